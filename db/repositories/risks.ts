// Risk reports (风险上报): inserted by the service with their workflow, read scoped (a unit its own, the county all),
// moved through their statuses by the risk workflow's activities, and counted for the county's reports.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { RiskKind, RiskLevel, RiskStatus } from '../../domain/risks';
import type { DB, RiskTable } from '../schema';
import { countOf, whenAny } from './queries';
import { riskInScope, type RowScope } from './scope';

export const riskColumns = [
  'risk.id',
  'risk.kind',
  'risk.level',
  'risk.place',
  'risk.description',
  'risk.measures',
  'risk.status',
  'risk.reported_by_org_id',
  'risk.reported_by',
  'risk.reported_at',
  'risk.handle_by',
  'risk.handling_at',
  'risk.handling_note',
  'risk.closed_at',
  'risk.closed_by',
  'risk.closing_evidence',
] as const;

export interface RiskFilter {
  statuses?: readonly RiskStatus[] | null;
  kinds?: readonly RiskKind[] | null;
  levels?: readonly RiskLevel[] | null;
  unitId?: number | null;
  /** Open past its deadline as of `lateAt`. */
  lateAt?: Date | null;
}

export function createRiskRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: RiskFilter) {
    let query = db.selectFrom('risk').where(riskInScope(scope));
    if (filter.statuses?.length) query = query.where('risk.status', 'in', filter.statuses);
    if (filter.kinds?.length) query = query.where('risk.kind', 'in', filter.kinds);
    if (filter.levels?.length) query = query.where('risk.level', 'in', filter.levels);
    if (filter.unitId != null) query = query.where('risk.reported_by_org_id', '=', filter.unitId);
    if (filter.lateAt) query = query.where('risk.status', '!=', 'CLOSED').where('risk.handle_by', '<', filter.lateAt);
    return query;
  }

  return {
    insert: async (row: Insertable<RiskTable>) =>
      (await db.insertInto('risk').values(row).returning('id').executeTakeFirstOrThrow()).id,

    update: (riskId: number, set: Updateable<RiskTable>) =>
      db.updateTable('risk').set(set).where('id', '=', riskId).execute(),

    /** The risk a reporter's retried request already wrote, if any. */
    byIdempotencyKey: (reportedBy: number, key: string) =>
      db
        .selectFrom('risk')
        .select('id')
        .where('reported_by', '=', reportedBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    list: (scope: RowScope, filter: RiskFilter, page: { limit: number; offset: number }) =>
      filtered(scope, filter)
        .select(riskColumns)
        .orderBy('risk.reported_at', 'desc')
        .orderBy('risk.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: RiskFilter) => countOf(filtered(scope, filter)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () => filtered(scope, {}).select(riskColumns).where('risk.id', 'in', ids).execute()),

    /** The row with everything an activity needs, locked until its transaction ends. */
    lock: (riskId: number) => db.selectFrom('risk').selectAll().where('id', '=', riskId).forUpdate().executeTakeFirst(),

    /** Whether a step of this Update id (a retried request's) is recorded on the risk. */
    stepRecorded: async (riskId: number, updateId: string) =>
      Boolean(
        await db
          .selectFrom('risk')
          .select('id')
          .where('id', '=', riskId)
          .where((eb) => eb.or([eb('handling_update_id', '=', updateId), eb('closing_update_id', '=', updateId)]))
          .executeTakeFirst(),
      ),

    /** The risk's unit: its kind sets who its head is (a township's or a department's). */
    unitOf: (riskId: number) =>
      db
        .selectFrom('risk')
        .innerJoin('org_unit', 'org_unit.id', 'risk.reported_by_org_id')
        .select(['org_unit.id', 'org_unit.kind', 'org_unit.name'])
        .where('risk.id', '=', riskId)
        .executeTakeFirstOrThrow(),

    /**
     * The risks of a window [from, to): reported in it (and of them major), closed in it, and late — open past its
     * deadline at the window's end, or closed within the window after its deadline.
     */
    async figures(window: { from: Date; to: Date }) {
      const row = await sql<{ reported: number; major: number; closed: number; late: number }>`
        select
          count(*) filter (where reported_at >= ${window.from} and reported_at < ${window.to})::int as reported,
          count(*) filter (where reported_at >= ${window.from} and reported_at < ${window.to} and level = 'MAJOR')::int as major,
          count(*) filter (where closed_at >= ${window.from} and closed_at < ${window.to})::int as closed,
          count(*) filter (where
            (closed_at >= ${window.from} and closed_at < ${window.to} and closed_at > handle_by)
            or (reported_at < ${window.to} and handle_by < ${window.to} and (closed_at is null or closed_at >= ${window.to})))::int as late
        from risk`.execute(db);
      const figures = row.rows[0];
      return {
        reported: figures?.reported ?? 0,
        major: figures?.major ?? 0,
        closed: figures?.closed ?? 0,
        late: figures?.late ?? 0,
      };
    },
  };
}

export type RiskRow = Awaited<ReturnType<ReturnType<typeof createRiskRepository>['getByIds']>>[number];
