// Tasks (检查任务): read scoped, filtered, paged and batched by id; written by their lifecycle — planned in pages,
// done by an inspection, cancelled, due times moved with their campaign.
import { sql, type Insertable, type Kysely } from 'kysely';
import type { SupervisionTopic, TaskKind, TaskStatus } from '../../domain/types';
import type { CampaignScope, DB, TaskTable } from '../schema';
import { inCampaignScope } from './enterprises';
import { taskInScope, type RowScope } from './scope';
import { countOf, whenAny } from './queries';

export const taskColumns = [
  'task.id',
  'task.campaign_id',
  'task.tip_id',
  'task.look_back_item_id',
  'task.inspection_plan_id',
  'task.routine_kind',
  'task.patrol_schedule_id',
  'task.window_starts_at',
  'task.supervised_unit_id',
  'task.enterprise_id',
  'task.kind',
  'task.topic',
  'task.status',
  'task.assignee_org_id',
  'task.assignee_user_id',
  'task.due_at',
  'task.done_at',
  'task.cancelled_at',
] as const;

export interface TaskFilter {
  campaignId?: number | null;
  kinds?: readonly TaskKind[] | null;
  assigneeOrgId?: number | null;
  status?: readonly TaskStatus[] | null;
  overdue?: boolean | null;
}

export function createTaskRepository(db: Kysely<DB>) {
  const withContext = (taskId: number) =>
    db
      .selectFrom('task')
      .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
      // A tip's verification has no campaign (task.tip_id instead).
      .leftJoin('campaign', 'campaign.id', 'task.campaign_id')
      .select([
        ...taskColumns,
        'enterprise.name as enterprise_name',
        'enterprise.industry',
        'enterprise.township_id',
        'enterprise.regulator_id',
        'campaign.name as campaign_name',
      ])
      .where('task.id', '=', taskId);

  function filtered(scope: RowScope, filter: TaskFilter, now: Date) {
    let query = db.selectFrom('task').where(taskInScope(scope));
    if (filter.campaignId != null) query = query.where('task.campaign_id', '=', filter.campaignId);
    if (filter.assigneeOrgId != null) query = query.where('task.assignee_org_id', '=', filter.assigneeOrgId);
    if (filter.kinds?.length) query = query.where('task.kind', 'in', filter.kinds);
    if (filter.status?.length) query = query.where('task.status', 'in', filter.status);
    if (filter.overdue === true) query = query.where('task.status', '=', 'OPEN').where('task.due_at', '<', now);
    if (filter.overdue === false)
      query = query.where((eb) => eb.or([eb('task.status', '!=', 'OPEN'), eb('task.due_at', '>=', now)]));
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

    count: (scope: RowScope, filter: TaskFilter, now: Date) => countOf(filtered(scope, filter, now)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db.selectFrom('task').select(taskColumns).where('task.id', 'in', ids).where(taskInScope(scope)).execute(),
      ),

    /** A task with what its notices and escalations name: the enterprise, its regulator and township, the campaign if any. */
    withContext: (taskId: number) => withContext(taskId).executeTakeFirst(),

    /** The same, locking the task row only: locking the campaign row would serialise every inspection of it. */
    lockWithContext: (taskId: number) => withContext(taskId).forUpdate('task').executeTakeFirst(),

    /** One page of a campaign's open tasks in id order, for fan-out and broadcasts. */
    openPage: (campaignId: number, afterTaskId: number, limit: number) =>
      db
        .selectFrom('task')
        .select(['id', 'kind', 'due_at'])
        .where('campaign_id', '=', campaignId)
        .where('id', '>', afterTaskId)
        .where('status', '=', 'OPEN')
        .orderBy('id')
        .limit(limit)
        .execute(),

    /**
     * Plans a task of `kind` and `topic` for every enterprise of a scope in (afterEnterpriseId, lastEnterpriseId] that
     * the topic applies to, assigned to the topic's unit and to no one in it, in one statement (an inspection without
     * a draw; every self-check); a task already planned is left alone. Returns how many were written.
     */
    insertScopeRange: async (input: {
      campaignId: number;
      kind: TaskKind;
      /** Where the tasks go (domain/supervision-rules.ts assigneeOf, as SQL over the page). */
      topic: SupervisionTopic;
      scope: CampaignScope;
      afterEnterpriseId: number;
      lastEnterpriseId: number;
      dueAt: Date;
    }) => {
      const { scope, topic } = input;
      const inserted = await db
        .insertInto('task')
        .columns(['campaign_id', 'enterprise_id', 'kind', 'topic', 'assignee_org_id', 'due_at'])
        .expression((eb) => {
          const constants = [
            eb.val(input.campaignId).as('campaign_id'),
            'enterprise.id',
            eb.val(input.kind).as('kind'),
            eb.val(topic).as('topic'),
          ] as const;
          const range = eb
            .selectFrom('enterprise')
            .where('enterprise.id', '>', input.afterEnterpriseId)
            .where('enterprise.id', '<=', input.lastEnterpriseId)
            .where(inCampaignScope(scope));
          if (topic === 'INDUSTRY' || topic === 'LOCAL') {
            const unit = topic === 'INDUSTRY' ? 'enterprise.regulator_id' : 'enterprise.township_id';
            return range.select([...constants, unit, eb.val(input.dueAt).as('due_at')]).orderBy('enterprise.id');
          }
          // A co-supervision topic: only the enterprises that answer to a department for it, to that department.
          return range
            .innerJoin('enterprise_co_supervisor as co', (join) =>
              join.onRef('co.enterprise_id', '=', 'enterprise.id').on('co.topic', '=', topic),
            )
            .select([...constants, 'co.regulator_id', eb.val(input.dueAt).as('due_at')])
            .orderBy('enterprise.id');
        })
        .onConflict((oc) => oc.columns(['campaign_id', 'enterprise_id', 'kind', 'topic']).doNothing())
        .returning('id')
        .execute();
      return inserted.length;
    },

    /** Writes a page of planned tasks; a task already planned (campaign, enterprise, kind, topic) is left alone. */
    insertTaskPage: async (rows: readonly Insertable<TaskTable>[]) =>
      rows.length === 0
        ? 0
        : (
            await db
              .insertInto('task')
              .values([...rows])
              .onConflict((oc) => oc.columns(['campaign_id', 'enterprise_id', 'kind', 'topic']).doNothing())
              .returning('id')
              .execute()
          ).length,

    /** A routine task recorded with the key of the request that recorded it (`<actor>:<key>`), if any. */
    byRoutineKey: (routineKey: string) =>
      db.selectFrom('task').select(taskColumns).where('task.routine_key', '=', routineKey).executeTakeFirst(),

    /** A unit's own inspection without a campaign (日常检查 or 打非治违): assigned to the unit, due when recorded. */
    insertRoutine: async (row: {
      routineKind: 'ROUTINE' | 'CRACKDOWN';
      routineKey: string;
      enterpriseId: number;
      topic: SupervisionTopic;
      assigneeOrgId: number;
      assigneeUserId: number;
      dueAt: Date;
    }) =>
      (
        await db
          .insertInto('task')
          .values({
            routine_kind: row.routineKind,
            routine_key: row.routineKey,
            enterprise_id: row.enterpriseId,
            kind: 'INSPECT',
            topic: row.topic,
            assignee_org_id: row.assigneeOrgId,
            assignee_user_id: row.assigneeUserId,
            due_at: row.dueAt,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    /**
     * A night patrol's window: one INSPECT task per enterprise, assigned to the schedule's unit, due at the window's
     * end. A retried window writes nothing twice; returns every task of the window, new or not.
     */
    insertPatrolWindow: async (input: {
      scheduleId: number;
      assigneeOrgId: number;
      enterprises: readonly { id: number; topic: SupervisionTopic }[];
      startsAt: Date;
      endsAt: Date;
    }) => {
      if (input.enterprises.length > 0)
        await db
          .insertInto('task')
          .values(
            input.enterprises.map((e) => ({
              routine_kind: 'NIGHT_PATROL' as const,
              patrol_schedule_id: input.scheduleId,
              window_starts_at: input.startsAt,
              enterprise_id: e.id,
              kind: 'INSPECT' as const,
              topic: e.topic,
              assignee_org_id: input.assigneeOrgId,
              due_at: input.endsAt,
            })),
          )
          .onConflict((oc) =>
            oc
              .columns(['patrol_schedule_id', 'enterprise_id', 'window_starts_at'])
              .where('patrol_schedule_id', 'is not', null)
              .doNothing(),
          )
          .execute();
      return db
        .selectFrom('task')
        .select(['task.id', 'task.enterprise_id', 'task.due_at', 'task.status'])
        .where('task.patrol_schedule_id', '=', input.scheduleId)
        .where('task.window_starts_at', '=', input.startsAt)
        .orderBy('task.id')
        .execute();
    },

    /** A patrol schedule's tasks, latest window first. */
    ofPatrol: (scope: RowScope, scheduleId: number, limit: number) =>
      db
        .selectFrom('task')
        .select(taskColumns)
        .where('task.patrol_schedule_id', '=', scheduleId)
        .where(taskInScope(scope))
        .orderBy('task.window_starts_at', 'desc')
        .orderBy('task.id')
        .limit(limit)
        .execute(),

    markDone: (taskId: number, at: string) =>
      db.updateTable('task').set({ status: 'DONE', done_at: at }).where('id', '=', taskId).execute(),

    /** OPEN → CANCELLED; false when the task was no longer open (a retry, or done meanwhile). */
    cancelOpen: async (taskId: number, at: string) =>
      Boolean(
        await db
          .updateTable('task')
          .set({ status: 'CANCELLED', cancelled_at: at })
          .where('id', '=', taskId)
          .where('status', '=', 'OPEN')
          .returning('id')
          .executeTakeFirst(),
      ),

    /** Every open task of a campaign is due `shiftMs` later (a resume after a pause, an extension). */
    shiftOpenDueTimes: (campaignId: number, shiftMs: number) =>
      db
        .updateTable('task')
        .set({ due_at: sql`due_at + ${`${shiftMs} milliseconds`}::interval` })
        .where('campaign_id', '=', campaignId)
        .where('status', '=', 'OPEN')
        .execute(),
  };
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof createTaskRepository>['getByIds']>>[number];
