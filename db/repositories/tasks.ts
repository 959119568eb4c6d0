// Tasks and inspections as regulators and admins read them: scoped, filtered, paged, batched by id.
import { sql, type Kysely } from 'kysely';
import type { TaskStatus } from '../../domain/types';
import type { DB } from '../schema';
import { inspectionInScope, taskInScope, type RowScope } from './scope';

export const taskColumns = [
  'task.id', 'task.campaign_id', 'task.enterprise_id', 'task.kind', 'task.status', 'task.assignee_org_id',
  'task.assignee_user_id', 'task.due_at', 'task.done_at', 'task.cancelled_at',
] as const;

export const inspectionColumns = [
  'inspection.id', 'inspection.task_id', 'inspection.enterprise_id', 'inspection.inspected_at', 'inspection.inspector_count',
  'inspection.notes', 'inspection.submitted_by', 'inspection.idempotency_key', 'inspection.created_at',
] as const;

export interface TaskFilter {
  campaignId?: number | null;
  assigneeOrgId?: number | null;
  status?: readonly TaskStatus[] | null;
  overdue?: boolean | null;
}

export function createTaskRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: TaskFilter, now: Date) {
    let query = db.selectFrom('task').where(taskInScope(scope));
    if (filter.campaignId != null) query = query.where('task.campaign_id', '=', filter.campaignId);
    if (filter.assigneeOrgId != null) query = query.where('task.assignee_org_id', '=', filter.assigneeOrgId);
    if (filter.status?.length) query = query.where('task.status', 'in', filter.status);
    if (filter.overdue === true) query = query.where('task.status', '=', 'OPEN').where('task.due_at', '<', now);
    if (filter.overdue === false) query = query.where((eb) => eb.or([eb('task.status', '!=', 'OPEN'), eb('task.due_at', '>=', now)]));
    return query;
  }

  return {
    /** Open and overdue first, then by due time: the inbox order. */
    list: (scope: RowScope, filter: TaskFilter, page: { limit: number; offset: number }, now: Date) =>
      filtered(scope, filter, now).select(taskColumns)
        .orderBy('task.inbox_rank').orderBy('task.due_at').orderBy('task.id')
        .limit(page.limit).offset(page.offset).execute(),

    count: async (scope: RowScope, filter: TaskFilter, now: Date) =>
      (await filtered(scope, filter, now).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n,

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('task').select(taskColumns).where('task.id', 'in', ids).where(taskInScope(scope)).execute(),

    inspectionsByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0 ? Promise.resolve([]) : db.selectFrom('inspection').select(inspectionColumns)
        .where('inspection.id', 'in', ids).where(inspectionInScope(scope)).execute(),

    inspectionsByTaskIds: (scope: RowScope, taskIds: readonly number[]) =>
      taskIds.length === 0 ? Promise.resolve([]) : db.selectFrom('inspection').select(inspectionColumns)
        .where('inspection.task_id', 'in', taskIds).where(inspectionInScope(scope)).execute(),

    /** For a retried submission whose workflow has finished: the inspection it recorded, if it was this one. */
    inspectionByIdempotencyKey: (key: string) =>
      db.selectFrom('inspection').select(inspectionColumns).where('inspection.idempotency_key', '=', key).executeTakeFirst(),
  };
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof createTaskRepository>['getByIds']>>[number];
export type InspectionRow = Awaited<ReturnType<ReturnType<typeof createTaskRepository>['inspectionsByIds']>>[number];
