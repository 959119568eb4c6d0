// Side effects of a night patrol (夜间巡查): one window's tasks written and the unit told, in one transaction.
import type { Kysely } from 'kysely';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPatrolRepository } from '../db/repositories/patrols';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { takesNewTasks } from '../domain/enterprise-rules';
import type { HolidayYear } from '../domain/holidays';
import { patrolNotices } from '../domain/notices';
import { missingRow } from './failures';

export interface OpenedPatrolWindow {
  /** False once the schedule is deactivated: nothing written, the patrol ends. */
  active: boolean;
  tasks: { taskId: number; dueAt: string }[];
  /** The calendar the tasks' ladders count with. */
  calendar: HolidayYear[];
}

export function createPatrolActivities(db: Kysely<DB>) {
  return {
    /**
     * Writes a window's tasks: one INSPECT task per enterprise of the schedule still in the unit's charge and in
     * business, due at the window's end, and the unit's notice. A retried window writes nothing twice and returns the
     * same tasks.
     */
    async openPatrolWindow(input: {
      scheduleId: number;
      startsAt: string;
      endsAt: string;
      at: string;
    }): Promise<OpenedPatrolWindow> {
      const at = new Date(input.at);
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      return db.transaction().execute(async (trx) => {
        const patrols = createPatrolRepository(trx);
        const schedule = await patrols.lockForWindow(input.scheduleId);
        // The workflow starts inside the transaction that writes the schedule, so the row may not be visible yet.
        if (!schedule)
          throw missingRow(
            'PatrolScheduleNotYetVisible',
            `patrol schedule ${input.scheduleId} not visible yet`,
            `夜间巡查计划 ${input.scheduleId}`,
          );
        if (!schedule.active) return { active: false, tasks: [], calendar };
        const listed = (await patrols.enterprisesOf([schedule.id])).map((row) => row.enterprise_id);
        // An enterprise since moved to another unit, or 停产/注销, is not patrolled by this one.
        const inCharge = (await createEnterpriseRepository(trx).inChargeOf(schedule.org_unit_id, listed)).filter((e) =>
          takesNewTasks(e.status),
        );
        const startsAt = new Date(input.startsAt);
        const endsAt = new Date(input.endsAt);
        const tasks = await createTaskRepository(trx).insertPatrolWindow({
          scheduleId: schedule.id,
          assigneeOrgId: schedule.org_unit_id,
          enterprises: inCharge.map((e) => ({ id: e.id, topic: e.topic })),
          startsAt,
          endsAt,
        });
        if (tasks.length > 0)
          await createNotificationRepository(trx).send({
            ...patrolNotices.windowOpened({ name: schedule.name, tasks: tasks.length, startsAt, endsAt }),
            orgUnitId: schedule.org_unit_id,
            userId: null,
            subjectType: 'PatrolSchedule',
            subjectId: schedule.id,
            dedupeKey: `patrol-${schedule.id}:${input.startsAt}:opened`,
            at,
          });
        return {
          active: true,
          tasks: tasks.filter((t) => t.status === 'OPEN').map((t) => ({ taskId: t.id, dueAt: t.due_at.toISOString() })),
          calendar,
        };
      });
    },
  };
}
