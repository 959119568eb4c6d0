// The api serves web-admin/dist: build it (with Vite's JS API) when it is missing or older than its sources.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { PROJECT_ROOT } from '../../../server/temporal-binaries';

const WEB = path.join(PROJECT_ROOT, 'web-admin');
const SOURCES = [path.join(WEB, 'src'), path.join(WEB, 'index.html'), path.join(WEB, 'vite.config.ts'), path.join(PROJECT_ROOT, 'domain'), path.join(PROJECT_ROOT, 'package-lock.json')];

async function newestMtime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestMtime(path.join(entry, child))));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds the web admin unless dist/index.html is newer than every source; returns whether it built. */
export async function ensureWebBuilt(): Promise<boolean> {
  const built = (await stat(path.join(WEB, 'dist', 'index.html')).catch(() => null))?.mtimeMs ?? 0;
  const sources = Math.max(...(await Promise.all(SOURCES.map(newestMtime))));
  if (built > sources) return false;
  // Vitest sets NODE_ENV=test, which would give React's development build: build as production does.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(WEB, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = previous;
  }
  return true;
}
