import { Migrator, type Kysely, type MigrationResultSet } from 'kysely';
import { migrationProvider } from './migrations/index';
import type { DB } from './schema';

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`migration ${failed} failed: ${message}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(db: Kysely<DB>): Promise<string[]> {
  return check(await new Migrator({ db, provider: migrationProvider }).migrateToLatest());
}

/** Rolls every migration back (tests and `npm run migrate -- --down`). */
export async function migrateDownAll(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const names: string[] = [];
  for (;;) {
    const applied = (await migrator.getMigrations()).filter((m) => m.executedAt !== undefined);
    if (applied.length === 0) return names;
    names.push(...check(await migrator.migrateDown()));
  }
}
