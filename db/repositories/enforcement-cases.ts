// 行政处罚案件 (migration 0036): the case row, its steps as events (each once, by its key), reading in scope.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { CaseAction, CaseStatus } from '../../domain/cases';
import type { DB, EnforcementCaseTable } from '../schema';
import { countOf, whenAny, type Page } from './queries';
import type { RowScope } from './scope';

const caseColumns = [
  'enforcement_case.id',
  'enforcement_case.unit_id',
  'enforcement_case.enterprise_id',
  'enforcement_case.inspection_id',
  'enforcement_case.hazard_id',
  'enforcement_case.violation',
  'enforcement_case.legal_basis',
  'enforcement_case.handler_ids',
  'enforcement_case.status',
  'enforcement_case.filed_at',
  'enforcement_case.decision_due_at',
  'enforcement_case.notified_at',
  'enforcement_case.statement_due_at',
  'enforcement_case.hearing_due_at',
  'enforcement_case.service_due_at',
  'enforcement_case.payment_due_at',
  'enforcement_case.proposed_penalty',
  'enforcement_case.statement',
  'enforcement_case.hearing_requested',
  'enforcement_case.hearing_held',
  'enforcement_case.reviewed_by',
  'enforcement_case.decided_at',
  'enforcement_case.penalty',
  'enforcement_case.served_at',
  'enforcement_case.executed_at',
  'enforcement_case.closed_at',
  'enforcement_case.archived_at',
  'enforcement_case.archive_number',
  'enforcement_case.workflow_id',
  'enforcement_case.created_by',
] as const;

export interface CaseFilter {
  statuses?: readonly CaseStatus[] | null;
  unitId?: number | null;
  enterpriseId?: number | null;
}

/** The county reads every case; a unit its own; an enterprise the cases against it. */
export const caseInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`enforcement_case.enterprise_id = ${scope.enterpriseId}`
      : sql<boolean>`enforcement_case.unit_id = ${scope.orgUnitId}`;

export function createEnforcementCaseRepository(db: Kysely<DB>) {
  const filtered = (scope: RowScope, filter: CaseFilter) => {
    let query = db.selectFrom('enforcement_case').where(caseInScope(scope));
    if (filter.statuses?.length) query = query.where('enforcement_case.status', 'in', [...filter.statuses]);
    if (filter.unitId) query = query.where('enforcement_case.unit_id', '=', filter.unitId);
    if (filter.enterpriseId) query = query.where('enforcement_case.enterprise_id', '=', filter.enterpriseId);
    return query;
  };
  return {
    byIdempotencyKey: (createdBy: number, key: string) =>
      db
        .selectFrom('enforcement_case')
        .select('id')
        .where('created_by', '=', createdBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    insert: async (row: {
      unit_id: number;
      enterprise_id: number;
      inspection_id: number | null;
      hazard_id: number | null;
      violation: string;
      legal_basis: string;
      handler_ids: number[];
      filed_at: Date;
      decision_due_at: Date;
      workflow_id: string;
      created_by: number;
      idempotency_key: string | null;
    }) => (await db.insertInto('enforcement_case').values(row).returning('id').executeTakeFirstOrThrow()).id,

    update: (id: number, changes: Updateable<EnforcementCaseTable>) =>
      db.updateTable('enforcement_case').set(changes).where('id', '=', id).execute(),

    /** The case under its row lock, for a step decided on what it is now. */
    lockById: (id: number) =>
      db.selectFrom('enforcement_case').select(caseColumns).where('id', '=', id).forUpdate().executeTakeFirst(),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        filtered(scope, {})
          .select(caseColumns)
          .where('enforcement_case.id', 'in', [...ids])
          .execute(),
      ),

    list: (scope: RowScope, filter: CaseFilter, page: Page) =>
      filtered(scope, filter)
        .select(caseColumns)
        .orderBy('enforcement_case.filed_at', 'desc')
        .orderBy('enforcement_case.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: CaseFilter) => countOf(filtered(scope, filter)),

    stepRecorded: async (eventKey: string) =>
      (await db
        .selectFrom('enforcement_case_event')
        .select('id')
        .where('event_key', '=', eventKey)
        .executeTakeFirst()) !== undefined,

    recordEvent: (event: {
      case_id: number;
      action: CaseAction | 'OPEN' | 'REMINDED' | 'OVERDUE';
      actor_id: number | null;
      note: string | null;
      data: unknown;
      event_key: string;
      at: Date;
    }) =>
      db
        .insertInto('enforcement_case_event')
        .values({ ...event, data: event.data === null ? null : JSON.stringify(event.data) })
        .onConflict((oc) => oc.column('event_key').doNothing())
        .execute(),

    eventsOf: (caseIds: readonly number[]) =>
      whenAny(caseIds, () =>
        db
          .selectFrom('enforcement_case_event')
          .selectAll()
          .where('case_id', 'in', [...caseIds])
          .orderBy('at')
          .orderBy('id')
          .execute(),
      ),
  };
}

export type EnforcementCaseRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createEnforcementCaseRepository>['lockById']>>
>;
