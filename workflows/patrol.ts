// 夜间巡查: a unit's standing night patrol. For each window of its schedule (Shanghai local time, crossing midnight)
// it waits until PATROL_OPEN_AHEAD_MS before the window, writes the window's tasks — one per enterprise, due at the
// window's end — in one activity, and starts each task's own taskWorkflow (a child left running). An inspection that
// happens outside its window is accepted and flagged by recordInspection. Ends at the first window after the schedule
// is deactivated; continues as new every PATROL_WINDOWS_PER_RUN windows.
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { ParentClosePolicy, continueAsNew, sleep, startChild, workflowInfo } from '@temporalio/workflow';
import { nextPatrolWindow, PATROL_TASK_POLICY, PATROL_WINDOWS_PER_RUN, patrolOpensAt } from '../domain/patrol';
import { activities } from './activity-proxies';
import { taskWorkflowId, type PatrolWorkflowInput, type PatrolWorkflowResult } from './messages';
import { taskWorkflow } from './task';

export async function patrolWorkflow(input: PatrolWorkflowInput): Promise<PatrolWorkflowResult> {
  let after = new Date(input.after ?? Date.now());
  let opened = 0;
  for (;;) {
    const window = nextPatrolWindow(after, input.window);
    const wait = patrolOpensAt(window).getTime() - Date.now();
    if (wait > 0) await sleep(wait);
    const result = await activities.openPatrolWindow({
      scheduleId: input.scheduleId,
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
      at: new Date().toISOString(),
    });
    if (!result.active) return { windowsOpened: (input.windowsOpened ?? 0) + opened };
    for (const task of result.tasks) {
      try {
        await startChild(taskWorkflow, {
          workflowId: taskWorkflowId(task.taskId),
          taskQueue: workflowInfo().taskQueue,
          // A patrol's task and the hazards it finds outlive the patrol's workflow.
          parentClosePolicy: ParentClosePolicy.ABANDON,
          // A task already started (a retried window) is not started again.
          workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
          args: [
            {
              taskId: task.taskId,
              kind: 'INSPECT',
              dueAt: task.dueAt,
              policy: PATROL_TASK_POLICY,
              calendar: result.calendar,
            },
          ],
        });
      } catch (err) {
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
    }
    opened += 1;
    // The next window starts after this one's start.
    after = new Date(window.startsAt.getTime() + 1);
    if (opened >= PATROL_WINDOWS_PER_RUN || workflowInfo().continueAsNewSuggested)
      await continueAsNew<typeof patrolWorkflow>({
        ...input,
        after: after.toISOString(),
        windowsOpened: (input.windowsOpened ?? 0) + opened,
      });
  }
}
