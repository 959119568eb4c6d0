// 年度监督检查计划: one approved plan's year. At the start of each month (Shanghai) from its first month it writes
// that month's tasks (one per enterprise due, by the plan's cadence) and starts their task workflows, which remind and
// escalate like any task. The plan's workflow is its own calendar: a durable timer to each month's start.
import { setHandler, sleep } from '@temporalio/workflow';
import { monthStart } from '../domain/inspection-plans';
import { pagedActivities } from './activity-proxies';
import { getInspectionPlanState, type InspectionPlanState, type InspectionPlanWorkflowInput } from './messages';

const PAGE_SIZE = 500;

export async function inspectionPlanWorkflow(input: InspectionPlanWorkflowInput): Promise<InspectionPlanState> {
  const state: InspectionPlanState = { planId: input.planId, monthsPlanned: input.firstMonth, tasksWritten: 0 };
  setHandler(getInspectionPlanState, () => state);
  for (let month = input.firstMonth; month < 12; month += 1) {
    const startsIn = monthStart(input.year, month).getTime() - Date.now();
    if (startsIn > 0) await sleep(startsIn);
    const planned = await pagedActivities.planInspectionMonth({
      planId: input.planId,
      month,
      firstMonth: input.firstMonth,
    });
    for (let after = 0; ;) {
      const page = await pagedActivities.startPlanTasksPage({
        planId: input.planId,
        dueAt: planned.dueAt,
        afterTaskId: after,
        limit: input.pageSize ?? PAGE_SIZE,
      });
      if (page.lastTaskId === null) break;
      after = page.lastTaskId;
    }
    state.tasksWritten += planned.written;
    state.monthsPlanned = month + 1;
  }
  return state;
}
