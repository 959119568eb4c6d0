// 一次录入: who may export a period's enforcement records (the county, a unit its own; never an enterprise), the rows
// their scope allows, and the audit row of each export.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnforcementExportRepository } from '../db/repositories/enforcement-export';
import type { DB } from '../db/schema';
import { ENFORCEMENT_EXPORT_REFUSALS, exportPeriodProblem } from '../domain/enforcement-export';
import { rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';

export function createEnforcementExport(db: Kysely<DB>) {
  return {
    async read(viewer: Viewer, period: { from: Date; to: Date }, format: 'xlsx' | 'json', requestId: string | null) {
      if (viewer.role === 'ENTERPRISE') throw new AppError('FORBIDDEN', ENFORCEMENT_EXPORT_REFUSALS.enterprise);
      const problem = exportPeriodProblem(period.from, period.to);
      if (problem) throw badInput(problem);
      const scope = rowScopeOf(viewer);
      const rows = createEnforcementExportRepository(db);
      const [inspections, documents, cases] = await Promise.all([
        rows.inspections(scope, period.from, period.to),
        rows.documents(scope, period.from, period.to),
        rows.cases(scope, period.from, period.to),
      ]);
      await createAuditRepository(db).record({
        actorId: viewer.id,
        action: 'exportEnforcementData',
        subjectType: 'EnforcementExport',
        subjectId: '-',
        requestId,
        after: {
          from: period.from.toISOString(),
          to: period.to.toISOString(),
          format,
          rows: { inspections: inspections.length, documents: documents.length, cases: cases.length },
        },
      });
      return { inspections, documents, cases };
    },
  };
}
