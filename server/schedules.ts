// The Temporal Schedules the system keeps: created when a worker starts, left as they are when they exist (a
// schedule someone paused in the Temporal UI stays paused), so any number of workers may start at once.
import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

export const SCHEDULES = {
  /** Hourly: photos attached to nothing for a day are removed (workflows/photo-sweep.ts). */
  photoSweep: { scheduleId: 'photo-sweep', workflowType: 'photoSweepWorkflow', every: '1 hour' },
  /** Every minute, when a channel beyond the app is configured: queued notices delivered (notification-delivery.ts). */
  notificationDelivery: {
    scheduleId: 'notification-delivery',
    workflowType: 'notificationDeliveryWorkflow',
    every: '1 minute',
  },
} as const;

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
  const wanted = Object.values(SCHEDULES).filter((s) => options.delivery || s !== SCHEDULES.notificationDelivery);
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
        spec: { intervals: [{ every: schedule.every }] },
        action: {
          type: 'startWorkflow',
          workflowType: schedule.workflowType,
          workflowId: schedule.scheduleId,
          taskQueue,
          args: [],
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
