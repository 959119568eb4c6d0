// Exporting the hazard ledger (隐患台账导出): who may, the rows their scope allows, and the audit row of each export.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import type { HazardFilter } from '../db/repositories/hazards';
import type { DB } from '../db/schema';
import type { Role } from '../domain/types';
import type { Readers } from './readers';
import { AppError } from './errors';

// Every role reads the ledger; the rows each one gets are cut by its scope.
const LEDGER_ROLES: ReadonlySet<Role> = new Set([
  'ADMIN',
  'LEADER',
  'REGULATOR_HEAD',
  'REGULATOR_STAFF',
  'TOWNSHIP_STAFF',
]);

export function createLedgerExport(db: Kysely<DB>) {
  return {
    /** The rows of the viewer's ledger under the filter, read in pages as they are written out. */
    rows(readers: Readers, filter: HazardFilter) {
      if (!LEDGER_ROLES.has(readers.viewer.role)) throw new AppError('FORBIDDEN', '您的账户无权导出隐患台账');
      return readers.hazards.ledger(filter);
    },

    /** Recorded before the file is closed: a download the audit missed never completes. */
    recordExport: (readers: Readers, filter: HazardFilter, rows: number, requestId: string) =>
      createAuditRepository(db).record({
        actorId: readers.viewer.id,
        action: 'exportHazardLedger',
        subjectType: 'HazardLedger',
        subjectId: '-',
        requestId,
        after: { filter, rows },
      }),
  };
}
