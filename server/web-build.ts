// `npm start` serves a built web admin: build it (Vite) when the bundle is missing or older than its sources.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from './temporal-binaries';

const WEB_ROOT = path.join(PROJECT_ROOT, 'web-admin');

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSource(full) : (await stat(full)).mtimeMs);
  }
  return newest;
}

export async function ensureWebBuilt(log: (line: string) => void): Promise<void> {
  const index = path.join(WEB_ROOT, 'dist', 'index.html');
  const built = await stat(index).then((s) => s.mtimeMs, () => 0);
  const sources = await newestSource(WEB_ROOT).catch(() => 0);
  if (sources === 0 || (built > 0 && built >= sources)) return;
  log(built === 0 ? 'building the web admin (first start)…' : 'web admin sources changed: rebuilding…');
  const started = performance.now();
  const vite = await import('vite').catch(() => null);
  if (!vite) {
    log('vite is not installed (npm install without --omit=dev builds the web admin); serving the API only');
    return;
  }
  await vite.build({ configFile: path.join(WEB_ROOT, 'vite.config.ts'), logLevel: 'warn' });
  log(`web admin built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
