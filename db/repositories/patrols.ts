// Night-patrol schedules (夜间巡查计划): a unit's window in Shanghai local time and the enterprises it patrols; read by
// the unit (and the county), written by the unit's head; the patrol's workflow reads what a window needs.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../schema';
import type { RowScope } from './scope';
import { whenAny } from './queries';

export const patrolScheduleColumns = [
  'patrol_schedule.id',
  'patrol_schedule.org_unit_id',
  'patrol_schedule.name',
  'patrol_schedule.start_minute',
  'patrol_schedule.end_minute',
  'patrol_schedule.weekdays',
  'patrol_schedule.active',
  'patrol_schedule.created_by',
  'patrol_schedule.created_at',
  'patrol_schedule.deactivated_at',
] as const;

export function createPatrolRepository(db: Kysely<DB>) {
  /** A unit sees its own schedules; the county every one; an enterprise none (a patrol is not announced). */
  const scoped = (scope: RowScope) => {
    const query = db.selectFrom('patrol_schedule');
    if (scope.kind === 'county') return query;
    if (scope.kind === 'enterprise') return query.where(sql<boolean>`false`);
    return query.where('patrol_schedule.org_unit_id', '=', scope.orgUnitId);
  };

  return {
    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () => scoped(scope).select(patrolScheduleColumns).where('patrol_schedule.id', 'in', ids).execute()),

    /** Active first, then newest. */
    list: (scope: RowScope, limit: number) =>
      scoped(scope)
        .select(patrolScheduleColumns)
        .orderBy('patrol_schedule.active', 'desc')
        .orderBy('patrol_schedule.id', 'desc')
        .limit(limit)
        .execute(),

    byIdempotencyKey: (createdBy: number, key: string) =>
      db
        .selectFrom('patrol_schedule')
        .select('id')
        .where('created_by', '=', createdBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    /** The schedule and its enterprises; the workflow id is known only after the id, so it is written after. */
    insert: async (row: {
      orgUnitId: number;
      name: string;
      startMinute: number;
      endMinute: number;
      weekdays: number[];
      enterpriseIds: readonly number[];
      createdBy: number;
      createdAt: Date;
      idempotencyKey: string | null;
      workflowIdOf: (id: number) => string;
    }) => {
      const { id } = await db
        .insertInto('patrol_schedule')
        .values({
          org_unit_id: row.orgUnitId,
          name: row.name,
          start_minute: row.startMinute,
          end_minute: row.endMinute,
          weekdays: row.weekdays,
          created_by: row.createdBy,
          created_at: row.createdAt,
          idempotency_key: row.idempotencyKey,
          workflow_id: 'pending',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('patrol_schedule')
        .set({ workflow_id: row.workflowIdOf(id) })
        .where('id', '=', id)
        .execute();
      await db
        .insertInto('patrol_schedule_enterprise')
        .values(row.enterpriseIds.map((enterpriseId) => ({ schedule_id: id, enterprise_id: enterpriseId })))
        .execute();
      return id;
    },

    /** 停用: the patrol's workflow writes no window after it. False when it was inactive already. */
    deactivate: async (id: number, at: Date) =>
      Boolean(
        await db
          .updateTable('patrol_schedule')
          .set({ active: false, deactivated_at: at })
          .where('id', '=', id)
          .where('active', '=', true)
          .returning('id')
          .executeTakeFirst(),
      ),

    /** Every active schedule's window, for the workers' start-up check. */
    activeWindows: () =>
      db
        .selectFrom('patrol_schedule')
        .select(['id', 'start_minute', 'end_minute', 'weekdays'])
        .where('active', '=', true)
        .orderBy('id')
        .execute(),

    /** The enterprises of schedules, by schedule. */
    enterprisesOf: (scheduleIds: readonly number[]) =>
      whenAny(scheduleIds, () =>
        db
          .selectFrom('patrol_schedule_enterprise')
          .select(['schedule_id', 'enterprise_id'])
          .where('schedule_id', 'in', scheduleIds)
          .orderBy('schedule_id')
          .orderBy('enterprise_id')
          .execute(),
      ),

    /** What a window needs: the schedule's unit and whether it is active, locked against a concurrent 停用. */
    lockForWindow: (id: number) =>
      db
        .selectFrom('patrol_schedule')
        .select(['id', 'org_unit_id', 'name', 'active'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst(),

    /** Inspections of a schedule's windows, and how many happened outside their window. */
    figures: async (scheduleIds: readonly number[]) =>
      whenAny(scheduleIds, () =>
        db
          .selectFrom('task')
          .leftJoin('inspection', 'inspection.task_id', 'task.id')
          .select((eb) => [
            'task.patrol_schedule_id as schedule_id',
            eb.fn.countAll<number>().as('tasks'),
            eb.fn.count<number>('inspection.id').as('inspected'),
            eb.fn
              .count<number>('inspection.id')
              .filterWhere('inspection.outside_window', '=', true)
              .as('outside_window'),
          ])
          .where('task.patrol_schedule_id', 'in', scheduleIds)
          .groupBy('task.patrol_schedule_id')
          .execute(),
      ),
  };
}

export type PatrolScheduleRow = Awaited<ReturnType<ReturnType<typeof createPatrolRepository>['getByIds']>>[number];
