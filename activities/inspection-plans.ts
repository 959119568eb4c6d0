// Side effects of an annual inspection plan's months: a month's tasks written in one statement, then their task
// workflows started a page at a time (ids `task-<id>`, so a retried page starts nothing twice).
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createInspectionPlanRepository } from '../db/repositories/inspection-plans';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import { frequenciesOf, monthDueAt } from '../domain/inspection-plans';
import { DEFAULT_POLICY } from '../domain/policy';
import { taskWorkflowId, type TaskWorkflowInput } from '../workflows/messages';
import { inBatches } from './fan-out';
import { missingRow, notFound } from './failures';

const START_CONCURRENCY = 50;

export function createInspectionPlanActivities({
  db,
  client,
  taskQueue,
}: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
}) {
  const plans = createInspectionPlanRepository(db);
  return {
    /** Month `month`'s tasks of an approved plan; the month's due time, and how many were written now. */
    async planInspectionMonth(input: {
      planId: number;
      month: number;
      firstMonth: number;
    }): Promise<{ dueAt: string; written: number }> {
      const plan = await plans.byId(input.planId);
      if (!plan) throw notFound(`检查计划 ${input.planId}`);
      const dueAt = monthDueAt(plan.year, input.month);
      // The approval starts this workflow inside its transaction: under load the first month can run before that
      // commit, and must wait for it rather than find the plan still under review and write nothing.
      if (plan.status === 'SUBMITTED')
        throw missingRow(
          'PLAN_NOT_APPROVED_YET',
          `检查计划 ${plan.id} 的批准尚未生效，稍后重试`,
          `检查计划 ${plan.id} 未获批准`,
        );
      // A plan no longer approved (none can be withdrawn today) writes nothing.
      if (plan.status !== 'APPROVED') return { dueAt: dueAt.toISOString(), written: 0 };
      const frequencies = frequenciesOf(plan.frequencies);
      if (!frequencies) throw new Error(`inspection plan ${plan.id} holds unreadable frequencies`);
      const [unit] = await createOrgUnitRepository(db).getByIds([plan.org_unit_id]);
      if (!unit) throw notFound(`单位 ${plan.org_unit_id}`);
      const written = await plans.insertMonthTasks({
        planId: plan.id,
        unitId: plan.org_unit_id,
        unitKind: unit.kind,
        frequencies,
        firstMonth: input.firstMonth,
        month: input.month,
        dueAt,
      });
      return { dueAt: dueAt.toISOString(), written };
    },

    /** Starts the task workflows of one page of a month's open tasks. */
    async startPlanTasksPage(input: {
      planId: number;
      dueAt: string;
      afterTaskId: number;
      limit: number;
    }): Promise<{ started: number; lastTaskId: number | null }> {
      const page = await plans.openTasksPage(input.planId, new Date(input.dueAt), input.afterTaskId, input.limit);
      const calendar = await createHolidayRepository(db).yearsInUse(new Date());
      let started = 0;
      await inBatches(page, START_CONCURRENCY, async (task) => {
        const args: TaskWorkflowInput = {
          taskId: task.id,
          kind: task.kind,
          dueAt: task.due_at.toISOString(),
          policy: DEFAULT_POLICY,
          calendar,
        };
        try {
          await client.workflow.start('taskWorkflow', { workflowId: taskWorkflowId(task.id), taskQueue, args: [args] });
          started += 1;
        } catch (error) {
          if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
        }
      });
      const last = page[page.length - 1]?.id;
      return { started, lastTaskId: last === undefined || page.length < input.limit ? null : last };
    },
  };
}
