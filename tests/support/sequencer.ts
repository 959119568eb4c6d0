// The order the suite's files start in: longest first, by the durations of a recorded run (file-durations.json),
// so the two forks finish together. Vitest's own order needs its results cache, which a fresh clone (CI) lacks: it
// then starts the largest files first, and a small file that runs for minutes (`npm start`'s smoke test) started last
// and ran alone at the end. A file missing from the record counts a second per kilobyte of its source.
// Refresh the record after a big change: `npx vitest run --reporter=json --outputFile.json=/tmp/run.json`, then
// `node scripts/record-durations.ts /tmp/run.json`.
import { statSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import recorded from './file-durations.json' with { type: 'json' };

const durations: Record<string, number> = recorded;

export function expectedSeconds(root: string, moduleId: string): number {
  const file = path.relative(root, moduleId).split(path.sep).join('/');
  return durations[file] ?? statSync(moduleId).size / 1000;
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    return [...files].sort((a, b) => expectedSeconds(root, b.moduleId) - expectedSeconds(root, a.moduleId));
  }
}
