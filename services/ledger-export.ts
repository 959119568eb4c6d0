// Exporting the hazard ledger (隐患台账导出): who may, the rows their scope allows, and the audit row of each export.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import type { HazardFilter } from '../db/repositories/hazards';
import type { DB } from '../db/schema';
import type { Readers } from './readers';

export function createLedgerExport(db: Kysely<DB>) {
  return {
    /**
     * The rows of the viewer's ledger under the filter, read in pages as they are written out. Every role reads one:
     * the county's, a unit's own, an enterprise's own hazards (its scope cuts the rows).
     */
    rows: (readers: Readers, filter: HazardFilter) => readers.hazards.ledger(filter),

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
