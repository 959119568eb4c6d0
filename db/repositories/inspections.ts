// Inspections (检查记录): read scoped, filtered and batched; written once, with the task they complete.
import { type Insertable, type Kysely } from 'kysely';
import type { DB, InspectionTable } from '../schema';
import { inspectionInScope, type RowScope } from './scope';
import { countOf, whenAny } from './queries';

export const inspectionColumns = [
  'inspection.id',
  'inspection.task_id',
  'inspection.enterprise_id',
  'inspection.inspected_at',
  'inspection.inspector_count',
  'inspection.notes',
  'inspection.submitted_by',
  'inspection.idempotency_key',
  'inspection.outside_window',
  'inspection.created_at',
  'inspection.inspection_group_id',
] as const;

/** The inspections behind the dashboard's figures: the same window and the same meaning of regulator and township. */
export interface InspectionFilter {
  campaignId?: number | null;
  /** The regulator whose task was inspected (the dashboard's by-regulator row). */
  regulatorId?: number | null;
  /** The township of the inspected enterprise (the dashboard's by-township row). */
  townshipId?: number | null;
  /** Inspected at or after this instant. */
  inspectedFrom?: Date | null;
  /** Inspected before this instant. */
  inspectedTo?: Date | null;
}

export function createInspectionRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: InspectionFilter) {
    const { campaignId, regulatorId, townshipId } = filter;
    let query = db.selectFrom('inspection').where(inspectionInScope(scope));
    if (campaignId != null || regulatorId != null) {
      query = query.where((eb) => {
        let task = eb
          .selectFrom('task as filter_t')
          .select('filter_t.id')
          .whereRef('filter_t.id', '=', 'inspection.task_id');
        if (campaignId != null) task = task.where('filter_t.campaign_id', '=', campaignId);
        if (regulatorId != null) task = task.where('filter_t.assignee_org_id', '=', regulatorId);
        return eb.exists(task);
      });
    }
    if (townshipId != null) {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('enterprise as filter_e')
            .select('filter_e.id')
            .whereRef('filter_e.id', '=', 'inspection.enterprise_id')
            .where('filter_e.township_id', '=', townshipId),
        ),
      );
    }
    if (filter.inspectedFrom) query = query.where('inspection.inspected_at', '>=', filter.inspectedFrom);
    if (filter.inspectedTo) query = query.where('inspection.inspected_at', '<', filter.inspectedTo);
    return query;
  }

  return {
    /** The latest first. */
    list: (scope: RowScope, filter: InspectionFilter, page: { limit: number; offset: number }) =>
      filtered(scope, filter)
        .select(inspectionColumns)
        .orderBy('inspection.inspected_at', 'desc')
        .orderBy('inspection.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: InspectionFilter) => countOf(filtered(scope, filter)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('inspection')
          .select(inspectionColumns)
          .where('inspection.id', 'in', ids)
          .where(inspectionInScope(scope))
          .execute(),
      ),

    byTaskIds: (scope: RowScope, taskIds: readonly number[]) =>
      whenAny(taskIds, () =>
        db
          .selectFrom('inspection')
          .select(inspectionColumns)
          .where('inspection.task_id', 'in', taskIds)
          .where(inspectionInScope(scope))
          .execute(),
      ),

    /** For a retried submission whose workflow has finished: the inspection it recorded, if it was this one. */
    getByIdempotencyKey: (key: string) =>
      db
        .selectFrom('inspection')
        .select(inspectionColumns)
        .where('inspection.idempotency_key', '=', key)
        .executeTakeFirst(),

    /** The inspection recorded for a task, if any (a task has at most one), with the key of the step that wrote it. */
    recordedFor: (taskId: number) =>
      db.selectFrom('inspection').select(['id', 'idempotency_key']).where('task_id', '=', taskId).executeTakeFirst(),

    insert: (row: Insertable<InspectionTable>) =>
      db.insertInto('inspection').values(row).returning(['id', 'idempotency_key']).executeTakeFirstOrThrow(),
  };
}

export type InspectionRow = Awaited<ReturnType<ReturnType<typeof createInspectionRepository>['getByIds']>>[number];
