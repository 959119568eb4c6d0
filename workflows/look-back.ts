// 回头看: one month's draw. Started by the monthly Schedule (the month before) or by the county office for a month.
// The draw, its items and VERIFY tasks are written in one activity; each task then runs as its own taskWorkflow (a
// child left running: the checks outlive this workflow), which reminds and escalates like any task. A check's
// conclusion is recorded with its inspection; "not rectified" reopens the hazard from there.
import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy } from '@temporalio/common';
import { ParentClosePolicy, startChild, workflowInfo } from '@temporalio/workflow';
import { DEFAULT_POLICY } from '../domain/policy';
import { activities } from './activity-proxies';
import { taskWorkflowId, type LookBackWorkflowInput, type LookBackWorkflowResult } from './messages';
import { taskWorkflow } from './task';

export async function lookBackWorkflow(input: LookBackWorkflowInput): Promise<LookBackWorkflowResult> {
  const opened = await activities.openLookBack({
    periodStart: input.periodStart ?? null,
    at: new Date(Date.now()).toISOString(),
    requestedBy: input.requestedBy ?? null,
    requestId: input.requestId ?? null,
  });
  for (const task of opened.tasks) {
    try {
      await startChild(taskWorkflow, {
        workflowId: taskWorkflowId(task.taskId),
        taskQueue: workflowInfo().taskQueue,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        // A check already done is not started again by a rerun of its month.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [
          { taskId: task.taskId, kind: 'VERIFY', dueAt: task.dueAt, policy: DEFAULT_POLICY, calendar: opened.calendar },
        ],
      });
    } catch (err) {
      // A second run for a month drawn before finds its checks already running.
      if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }
  }
  return { lookBackId: opened.lookBackId, population: opened.population, drawn: opened.tasks.length };
}
