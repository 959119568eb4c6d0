// The Temporal Schedules the system keeps: created when a worker starts, left as they are when they exist (a
// schedule someone paused in the Temporal UI stays paused), so any number of workers may start at once.
import {
  ScheduleAlreadyRunning,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
  type Client,
  type ScheduleSpec,
} from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createListRepository } from '../db/repositories/lists';
import { createPatrolRepository } from '../db/repositories/patrols';
import type { DB } from '../db/schema';
import { listingReminderAt } from '../domain/lists';
import type { CountyReportWorkflowInput } from '../workflows/county-report';
import {
  listingWorkflowId,
  patrolWorkflowId,
  type ListingWorkflowInput,
  type PatrolWorkflowInput,
} from '../workflows/messages';

interface ScheduleDefinition {
  scheduleId: string;
  workflowType: string;
  spec: ScheduleSpec;
  args: unknown[];
}

/** The county's reports are dated on the Shanghai calendar: each runs just after its period ends there. */
const shanghai = (calendar: NonNullable<ScheduleSpec['calendars']>[number]): ScheduleSpec => ({
  calendars: [calendar],
  timezone: 'Asia/Shanghai',
});
const countyReport = (kind: CountyReportWorkflowInput['kind']): CountyReportWorkflowInput[] => [{ kind }];

export const SCHEDULES = {
  /** Hourly: photos attached to nothing for a day are removed (workflows/photo-sweep.ts). */
  photoSweep: {
    scheduleId: 'photo-sweep',
    workflowType: 'photoSweepWorkflow',
    spec: { intervals: [{ every: '1 hour' }] },
    args: [],
  },
  /** Every minute, when a channel beyond the app is configured: queued notices delivered (notification-delivery.ts). */
  notificationDelivery: {
    scheduleId: 'notification-delivery',
    workflowType: 'notificationDeliveryWorkflow',
    spec: { intervals: [{ every: '1 minute' }] },
    args: [],
  },
  /** Mondays 01:00: the county's weekly report of the week just ended (workflows/county-report.ts). */
  countyWeeklyReport: {
    scheduleId: 'county-report-weekly',
    workflowType: 'countyReportWorkflow',
    spec: shanghai({ dayOfWeek: 'MONDAY', hour: 1 }),
    args: countyReport('WEEKLY'),
  },
  /** The 1st of each month 02:00: last month's analysis. */
  countyMonthlyReport: {
    scheduleId: 'county-report-monthly',
    workflowType: 'countyReportWorkflow',
    spec: shanghai({ dayOfMonth: 1, hour: 2 }),
    args: countyReport('MONTHLY'),
  },
  /** 1 January 03:00: last year's report. */
  countyAnnualReport: {
    scheduleId: 'county-report-annual',
    workflowType: 'countyReportWorkflow',
    spec: shanghai({ month: 'JANUARY', dayOfMonth: 1, hour: 3 }),
    args: countyReport('ANNUAL'),
  },
  /** 1 January, April, July and October 04:00: the grading of the quarter just ended (workflows/grading.ts). */
  quarterlyGrading: {
    scheduleId: 'grading-quarterly',
    workflowType: 'gradingWorkflow',
    spec: shanghai({
      month: (['JANUARY', 'APRIL', 'JULY', 'OCTOBER'] as const).map((m) => ({ start: m, end: m })),
      dayOfMonth: 1,
      hour: 4,
    }),
    args: [{}],
  },
  /** The 1st of each month 05:00: 回头看 draws the hazards closed the month before (workflows/look-back.ts). */
  monthlyLookBack: {
    scheduleId: 'look-back-monthly',
    workflowType: 'lookBackWorkflow',
    spec: shanghai({ dayOfMonth: 1, hour: 5 }),
    args: [{}],
  },
} as const satisfies Record<string, ScheduleDefinition>;

/**
 * Creates each schedule that does not exist yet; returns the ids it created. The delivery schedule exists only while
 * the workers deliver beyond the app (every worker of a deployment has the same configuration).
 */
export async function ensureSchedules(
  client: Client,
  taskQueue: string,
  options: { delivery: boolean } = { delivery: false },
): Promise<string[]> {
  const created: string[] = [];
  const wanted: ScheduleDefinition[] = Object.values(SCHEDULES).filter(
    (s) => options.delivery || s !== SCHEDULES.notificationDelivery,
  );
  if (!options.delivery) {
    await client.schedule
      .getHandle(SCHEDULES.notificationDelivery.scheduleId)
      .delete()
      .catch((error: unknown) => {
        if (!(error instanceof ScheduleNotFoundError)) throw error;
      });
  }
  for (const schedule of wanted) {
    try {
      await client.schedule.create({
        scheduleId: schedule.scheduleId,
        spec: schedule.spec,
        action: {
          type: 'startWorkflow',
          workflowType: schedule.workflowType,
          workflowId: schedule.scheduleId,
          taskQueue,
          args: schedule.args,
        },
        // A run still going when the next is due makes the next one needless.
        policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
      });
      created.push(schedule.scheduleId);
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
  return created;
}

/**
 * Every black-listing in force has its listingWorkflow: one is started for an active entry without a running one
 * (an entry carried over by migration 0022 from the register, the demo county's, or one whose start was lost).
 * Idempotent across workers: a running workflow of the same id is left alone.
 */
export async function ensureListingWorkflows(client: Client, db: Kysely<DB>, taskQueue: string): Promise<number[]> {
  const started: number[] = [];
  for (const entry of await createListRepository(db).activeBlack()) {
    const args: ListingWorkflowInput = {
      entryId: entry.id,
      endsAt: (entry.ends_at ?? entry.starts_at).toISOString(),
      remindAt:
        entry.reminded_at || !entry.ends_at
          ? null
          : (listingReminderAt(entry.ends_at, entry.starts_at)?.toISOString() ?? null),
    };
    try {
      await client.workflow.start('listingWorkflow', {
        workflowId: listingWorkflowId(entry.id),
        taskQueue,
        args: [args],
        workflowIdConflictPolicy: 'FAIL',
      });
      started.push(entry.id);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return started;
}

/**
 * Every active night patrol has its workflow (夜间巡查): one whose run was ended by hand, or lost with a Temporal
 * namespace, is started again from now (a window already written is not written twice). Returns the schedules started.
 */
export async function ensurePatrolWorkflows(client: Client, db: Kysely<DB>, taskQueue: string): Promise<number[]> {
  const started: number[] = [];
  for (const schedule of await createPatrolRepository(db).activeWindows()) {
    const args: PatrolWorkflowInput = {
      scheduleId: schedule.id,
      window: { startMinute: schedule.start_minute, endMinute: schedule.end_minute, weekdays: schedule.weekdays },
    };
    try {
      await client.workflow.start('patrolWorkflow', {
        workflowId: patrolWorkflowId(schedule.id),
        taskQueue,
        args: [args],
        workflowIdConflictPolicy: 'FAIL',
      });
      started.push(schedule.id);
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return started;
}
