// One all-in-one process per DATA_DIR: embedded PostgreSQL and Temporal's SQLite file have one writer.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StartupError } from './main';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, 'start.pid');
  const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
    throw new StartupError(
      `${path.resolve(dataDir)} is in use by another npm start (pid ${holder}): stop it or set DATA_DIR`,
    );
  }
  await writeFile(file, String(process.pid));
  return () => rm(file, { force: true });
}
