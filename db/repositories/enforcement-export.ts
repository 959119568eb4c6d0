// 一次录入: a period's inspections, documents and cases in a reader's scope, as domain/enforcement-export.ts lays them out.
import { sql, type Kysely } from 'kysely';
import type { ExportCase, ExportDocument, ExportInspection } from '../../domain/enforcement-export';
import { taskOriginOf, TASK_ORIGIN_NAMES_ZH } from '../../domain/task-origin';
import type { DB } from '../schema';
import { documentInScope } from './documents';
import { caseInScope } from './enforcement-cases';
import { inspectionInScope, type RowScope } from './scope';

const MAX_ROWS = 50_000;

export function createEnforcementExportRepository(db: Kysely<DB>) {
  return {
    async inspections(scope: RowScope, from: Date, to: Date): Promise<ExportInspection[]> {
      const rows = await db
        .selectFrom('inspection')
        .innerJoin('task', 'task.id', 'inspection.task_id')
        .innerJoin('enterprise', 'enterprise.id', 'inspection.enterprise_id')
        .innerJoin('org_unit as township', 'township.id', 'enterprise.township_id')
        .innerJoin('org_unit as unit', 'unit.id', 'task.assignee_org_id')
        .leftJoin('app_user as inspector', 'inspector.id', 'inspection.submitted_by')
        .select([
          'inspection.id',
          'enterprise.name as enterprise_name',
          'enterprise.uscc',
          'enterprise.industry',
          'township.name as township_name',
          'unit.name as unit_name',
          'inspection.inspected_at',
          'inspection.inspector_count',
          'inspector.display_name as inspector_name',
          'inspection.notes',
          'task.supervised_unit_id',
          'task.campaign_id',
          'task.tip_id',
          'task.inspection_plan_id',
          'task.routine_kind',
          sql<number>`(select count(*)::int from hazard h where h.inspection_id = inspection.id and h.level = 'GENERAL')`.as(
            'general_count',
          ),
          sql<number>`(select count(*)::int from hazard h where h.inspection_id = inspection.id and h.level = 'MAJOR')`.as(
            'major_count',
          ),
          sql<
            string | null
          >`(select d.number from document d where d.subject_type = 'Inspection' and d.subject_id = inspection.id and d.kind = 'INSPECTION_RECORD' and not exists (select 1 from document c where c.corrects_id = d.id) order by d.id desc limit 1)`.as(
            'record_number',
          ),
          sql<
            string | null
          >`(select d.number from document d where d.subject_type = 'Inspection' and d.subject_id = inspection.id and d.kind = 'RECTIFICATION_ORDER' and not exists (select 1 from document c where c.corrects_id = d.id) order by d.id desc limit 1)`.as(
            'order_number',
          ),
        ])
        .where(inspectionInScope(scope))
        .where('inspection.inspected_at', '>=', from)
        .where('inspection.inspected_at', '<', to)
        .orderBy('inspection.inspected_at')
        .orderBy('inspection.id')
        .limit(MAX_ROWS)
        .execute();
      return rows.map((r) => ({ ...r, origin: TASK_ORIGIN_NAMES_ZH[taskOriginOf(r)] }));
    },

    documents: (scope: RowScope, from: Date, to: Date): Promise<ExportDocument[]> =>
      db
        .selectFrom('document')
        .innerJoin('enterprise', 'enterprise.id', 'document.enterprise_id')
        .innerJoin('org_unit as issuer', 'issuer.id', 'document.issuer_org_id')
        .leftJoin('document as corrected', 'corrected.id', 'document.corrects_id')
        .select([
          'document.id',
          'document.kind',
          'document.number',
          'issuer.name as issuer_name',
          'enterprise.name as enterprise_name',
          'enterprise.uscc',
          'document.issued_at',
          'document.signed_at',
          'document.signer_name',
          'corrected.number as corrects_number',
          'document.content_hash',
        ])
        .where(documentInScope(scope))
        .where('document.issued_at', '>=', from)
        .where('document.issued_at', '<', to)
        .orderBy('document.issued_at')
        .orderBy('document.id')
        .limit(MAX_ROWS)
        .execute(),

    cases: (scope: RowScope, from: Date, to: Date): Promise<ExportCase[]> =>
      db
        .selectFrom('enforcement_case')
        .innerJoin('enterprise', 'enterprise.id', 'enforcement_case.enterprise_id')
        .innerJoin('org_unit as unit', 'unit.id', 'enforcement_case.unit_id')
        .select([
          'enforcement_case.id',
          sql<
            string | null
          >`(select d.number from document d where d.subject_type = 'EnforcementCase' and d.subject_id = enforcement_case.id and d.kind = 'CASE_FILING' order by d.id limit 1)`.as(
            'filing_number',
          ),
          'unit.name as unit_name',
          'enterprise.name as enterprise_name',
          'enterprise.uscc',
          'enterprise.legal_representative',
          'enforcement_case.violation',
          'enforcement_case.legal_basis',
          'enforcement_case.status',
          'enforcement_case.filed_at',
          'enforcement_case.notified_at',
          'enforcement_case.proposed_penalty',
          'enforcement_case.hearing_requested',
          'enforcement_case.decided_at',
          'enforcement_case.penalty',
          'enforcement_case.served_at',
          'enforcement_case.executed_at',
          'enforcement_case.closed_at',
          'enforcement_case.archive_number',
        ])
        .where(caseInScope(scope))
        .where('enforcement_case.filed_at', '>=', from)
        .where('enforcement_case.filed_at', '<', to)
        .orderBy('enforcement_case.filed_at')
        .orderBy('enforcement_case.id')
        .limit(MAX_ROWS)
        .execute(),
  };
}
