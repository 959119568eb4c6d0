// `npm run setup:temporal`: make sure both Temporal binaries are there (CI runs this before the tests).
import { locateTemporalBinary, type TemporalBinaryName } from './temporal-binaries';
import { runMain } from './main';

runMain(async () => {
  for (const name of ['temporal', 'temporal-test-server'] satisfies TemporalBinaryName[]) {
    const executable = locateTemporalBinary(name);
    console.log(`${name}: ${executable.type === 'existing-path' ? executable.path : "the SDK's download"}`);
  }
});
