// The web admin's typed operations are generated from graphql/schema.graphql and committed: they must match it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/temporal-binaries';
import config from '../../web-admin/codegen';

describe('web-admin/src/gql', () => {
  it('is what `npm run codegen` generates from the committed SDL and the queries', async () => {
    const outputs = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await readFile(path.resolve(PROJECT_ROOT, output.filename), 'utf8').catch(() => '');
      expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
    }
  }, 60_000);
});
