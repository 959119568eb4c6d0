// Tasks and inspections as regulators and admins read them: scoped, filtered, paged, batched by id.
import { sql, type Kysely } from 'kysely';
import type { TaskStatus } from '../../domain/types';
import type { DB } from '../schema';
import { inspectionInScope, taskInScope, type RowScope } from './scope';

export const taskColumns = [
  'task.id',
  'task.campaign_id',
  'task.enterprise_id',
  'task.kind',
  'task.status',
  'task.assignee_org_id',
  'task.assignee_user_id',
  'task.due_at',
  'task.done_at',
  'task.cancelled_at',
] as const;

export const inspectionColumns = [
  'inspection.id',
  'inspection.task_id',
  'inspection.enterprise_id',
  'inspection.inspected_at',
  'inspection.inspector_count',
  'inspection.notes',
  'inspection.submitted_by',
  'inspection.idempotency_key',
  'inspection.created_at',
] as const;

export interface TaskFilter {
  campaignId?: number | null;
  assigneeOrgId?: number | null;
  status?: readonly TaskStatus[] | null;
  overdue?: boolean | null;
}

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

export function createTaskRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: TaskFilter, now: Date) {
    let query = db.selectFrom('task').where(taskInScope(scope));
    if (filter.campaignId != null) query = query.where('task.campaign_id', '=', filter.campaignId);
    if (filter.assigneeOrgId != null) query = query.where('task.assignee_org_id', '=', filter.assigneeOrgId);
    if (filter.status?.length) query = query.where('task.status', 'in', filter.status);
    if (filter.overdue === true) query = query.where('task.status', '=', 'OPEN').where('task.due_at', '<', now);
    if (filter.overdue === false)
      query = query.where((eb) => eb.or([eb('task.status', '!=', 'OPEN'), eb('task.due_at', '>=', now)]));
    return query;
  }

  function inspectionsFiltered(scope: RowScope, filter: InspectionFilter) {
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
    /** Open and overdue first, then by due time: the inbox order. */
    list: (scope: RowScope, filter: TaskFilter, page: { limit: number; offset: number }, now: Date) =>
      filtered(scope, filter, now)
        .select(taskColumns)
        .orderBy('task.inbox_rank')
        .orderBy('task.due_at')
        .orderBy('task.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: async (scope: RowScope, filter: TaskFilter, now: Date) =>
      (
        await filtered(scope, filter, now)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('task').select(taskColumns).where('task.id', 'in', ids).where(taskInScope(scope)).execute(),

    /** The latest first. */
    listInspections: (scope: RowScope, filter: InspectionFilter, page: { limit: number; offset: number }) =>
      inspectionsFiltered(scope, filter)
        .select(inspectionColumns)
        .orderBy('inspection.inspected_at', 'desc')
        .orderBy('inspection.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    countInspections: async (scope: RowScope, filter: InspectionFilter) =>
      (
        await inspectionsFiltered(scope, filter)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,

    inspectionsByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('inspection')
            .select(inspectionColumns)
            .where('inspection.id', 'in', ids)
            .where(inspectionInScope(scope))
            .execute(),

    inspectionsByTaskIds: (scope: RowScope, taskIds: readonly number[]) =>
      taskIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('inspection')
            .select(inspectionColumns)
            .where('inspection.task_id', 'in', taskIds)
            .where(inspectionInScope(scope))
            .execute(),

    /** For a retried submission whose workflow has finished: the inspection it recorded, if it was this one. */
    inspectionByIdempotencyKey: (key: string) =>
      db
        .selectFrom('inspection')
        .select(inspectionColumns)
        .where('inspection.idempotency_key', '=', key)
        .executeTakeFirst(),
  };
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof createTaskRepository>['getByIds']>>[number];
export type InspectionRow = Awaited<ReturnType<ReturnType<typeof createTaskRepository>['inspectionsByIds']>>[number];
