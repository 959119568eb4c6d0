// `npm start` serves a built web admin: build it (Vite) when the bundle is missing or older than its sources.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './temporal-binaries';

const WEB_ROOT = path.join(PROJECT_ROOT, 'web-admin');
// The app imports pure rules from domain/ (the credit-code check); the lock file pins its libraries.
const SOURCES = [
  path.join(WEB_ROOT, 'src'),
  path.join(WEB_ROOT, 'index.html'),
  path.join(WEB_ROOT, 'vite.config.ts'),
  path.join(PROJECT_ROOT, 'domain'),
  path.join(PROJECT_ROOT, 'package-lock.json'),
];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds the web admin unless dist/index.html is newer than every source; returns whether it built. */
export async function ensureWebBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  if (!(await stat(path.join(WEB_ROOT, 'vite.config.ts')).catch(() => null))) return false;
  const built = (await stat(path.join(WEB_ROOT, 'dist', 'index.html')).catch(() => null))?.mtimeMs ?? 0;
  const sources = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  if (built > sources) return false;
  const vite = await import('vite').catch(() => null);
  if (!vite) {
    log('vite is not installed (install without --omit=dev to build the web admin); serving the API only');
    return false;
  }
  log(built === 0 ? 'building the web admin (first start)…' : 'web admin sources changed: rebuilding…');
  const started = performance.now();
  // Under vitest NODE_ENV is "test", which would bundle React's development build: build as production does.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: path.join(WEB_ROOT, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
  log(`web admin built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return true;
}
