// Migrations listed in code (not read from disk) so they run the same under tsx, vitest and a bundle.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-photo';
import * as m0003 from './0003-read-paths';
import * as m0004 from './0004-daily-figures';
import * as m0005 from './0005-audit-action-names';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-photo': m0002,
  '0003-read-paths': m0003,
  '0004-daily-figures': m0004,
  '0005-audit-action-names': m0005,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
