// Writes tests/support/file-durations.json from a vitest JSON report: each test file's seconds in that run, longest
// first. The sequencer (tests/support/sequencer.ts) starts files in that order.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const report = process.argv[2];
if (!report) throw new Error('usage: node scripts/record-durations.ts <vitest JSON report>');
const { testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
  testResults: { name: string; startTime: number; endTime: number }[];
};
const seconds = testResults
  .map(
    (file) =>
      [
        path.relative(process.cwd(), file.name).split(path.sep).join('/'),
        (file.endTime - file.startTime) / 1000,
      ] as const,
  )
  .sort((a, b) => b[1] - a[1])
  .map(([file, s]) => [file, Math.round(s * 10) / 10] as const);
writeFileSync('tests/support/file-durations.json', `${JSON.stringify(Object.fromEntries(seconds), null, 2)}\n`);
console.log(`recorded ${seconds.length} files`);
