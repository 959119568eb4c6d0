// 回头看 for the county: draw a month on demand (the monthly Schedule draws the month before), read the draws and their
// items, set the rule, and reopen a closed hazard found not rectified — which is the conclusion of its look-back check,
// recorded through that task's workflow like any inspection.
import type { Client } from '@temporalio/client';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createHazardRepository } from '../db/repositories/hazards';
import { createLookBackRepository } from '../db/repositories/look-backs';
import type { Page } from '../db/repositories/queries';
import type { DB } from '../db/schema';
import { figureReachOf } from '../domain/figures';
import {
  LOOK_BACK_REFUSALS,
  lookBackRuleProblem,
  monthFrom,
  monthKey,
  reopenProblem,
  type LookBackRule,
} from '../domain/look-back';
import { farDateProblem } from '../domain/limits';
import { lookBackWorkflowId, type LookBackWorkflowInput } from '../workflows/messages';
import { isOfUnit, notFound, requireAdmin, requireStaffOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';
import type { TaskService } from './tasks';

/** The draws are the government's own business: no enterprise account reads them. */
function requireGovernment(viewer: Viewer): void {
  if (viewer.role === 'ENTERPRISE') throw new AppError('FORBIDDEN', '回头看抽查情况仅政府部门可以查看');
}

export function createLookBackService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  tasks: TaskService;
  now?: () => Date;
}) {
  const { db, client, taskQueue, tasks } = deps;
  const now = deps.now ?? (() => new Date());
  const lookBacks = createLookBackRepository(db);

  return {
    /** Draws the month starting at `periodStart` (a past month) once; a second call returns the first draw. */
    async run(viewer: Viewer, periodStart: Date, requestId: string | null): Promise<number> {
      requireAdmin(viewer, '只有县安委办可以组织回头看抽查');
      const month = monthFrom(periodStart);
      if (!month) throw badInput('请选择要回头看的月份（从该月 1 日 0 时开始）');
      if (month.end.getTime() > now().getTime()) throw badInput(LOOK_BACK_REFUSALS.periodInFuture);
      const drawn = await lookBacks.byPeriod(month.start);
      if (drawn) return drawn.id;
      const args: LookBackWorkflowInput = {
        periodStart: month.start.toISOString(),
        requestedBy: viewer.id,
        requestId,
      };
      const workflowId = lookBackWorkflowId(monthKey(month.start));
      try {
        await client.workflow.start('lookBackWorkflow', { workflowId, taskQueue, args: [args] });
      } catch (err) {
        // Asked twice at once: the first run draws, both wait for it.
        if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
      }
      const result = (await client.workflow.getHandle(workflowId).result()) as { lookBackId: number };
      return result.lookBackId;
    },

    async list(viewer: Viewer, page: Page) {
      requireGovernment(viewer);
      return { rows: await lookBacks.list(page), total: await lookBacks.count() };
    },

    async items(viewer: Viewer, lookBackId: number) {
      requireGovernment(viewer);
      return lookBacks.items(lookBackId, rowScopeOf(viewer));
    },

    /** The check behind a task, for whoever may see the task. */
    itemOfTask: (taskId: number) => lookBacks.itemOfTask(taskId),

    rule: () => lookBacks.currentRule(),

    async setRule(viewer: Viewer, rule: LookBackRule, requestId: string | null) {
      requireAdmin(viewer, '只有县安委办可以修改回头看抽查比例');
      refuseBadInput(lookBackRuleProblem(rule));
      return db.transaction().execute(async (trx) => {
        const before = await createLookBackRepository(trx).currentRule();
        const saved = await createLookBackRepository(trx).insertRule(rule, viewer.id);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setLookBackRule',
          subjectType: 'LookBackRule',
          subjectId: saved.version,
          requestId,
          before: { ratio: before.ratio, verifyDays: before.verifyDays },
          after: { ratio: rule.ratio, verifyDays: rule.verifyDays },
          at: saved.created_at.toISOString(),
        });
        return { version: saved.version, ...rule };
      });
    },

    /** 虚假整改率 per closing unit for the draws of a year (the county office and the leaders). */
    async figures(viewer: Viewer, from: Date, to: Date) {
      if (figureReachOf(viewer.role) !== 'county')
        throw new AppError('FORBIDDEN', '虚假整改率仅县安委办和县领导可以查看');
      return lookBacks.figuresByUnit(from, to);
    },

    /**
     * 未整改到位: the conclusion of the hazard's open look-back check by the unit holding it — an inspection with the
     * reason, the hazard reopened with a new deadline in the same transaction, its new run started by the task.
     */
    async reopen(
      viewer: Viewer,
      input: {
        hazardId: number;
        reason: string;
        newRectifyBy: Date;
        inspectorCount?: number | null;
        idempotencyKey?: string | null;
      },
      requestId: string | null,
    ) {
      const hazards = createHazardRepository(db);
      const latest = await lookBacks.latestCheckOf(input.hazardId);
      // A retried request (its key) reaches the check it concluded, which answers with what it recorded.
      const check =
        latest && (latest.task_status === 'OPEN' || (input.idempotencyKey && isOfUnit(viewer, latest.assignee_org_id)))
          ? latest
          : undefined;
      const [visible] = await hazards.getByIds(rowScopeOf(viewer), [input.hazardId]);
      if (!check && !visible) throw notFound('隐患');
      if (!check) {
        if (visible?.status !== 'CLOSED') throw new AppError('CONFLICT', LOOK_BACK_REFUSALS.notClosed);
        throw new AppError('FORBIDDEN', LOOK_BACK_REFUSALS.reopenForbidden);
      }
      requireStaffOf(viewer, check.assignee_org_id, '填写该隐患的回头看结论');
      const [drawn] = await hazards.getByIds({ kind: 'county' }, [input.hazardId]);
      if (check.task_status === 'OPEN' && drawn?.status !== 'CLOSED')
        throw new AppError('CONFLICT', LOOK_BACK_REFUSALS.notClosed);
      const reason = input.reason.trim();
      refuseBadInput(reopenProblem(reason, input.newRectifyBy, now()));
      refuseBadInput(farDateProblem(input.newRectifyBy, now(), '新的整改期限'));
      await tasks.submitInspection(
        viewer,
        {
          taskId: check.task_id,
          inspectorCount: input.inspectorCount ?? 2,
          findings: [],
          notes: reason,
          lookBack: { rectified: false, reason, newRectifyBy: input.newRectifyBy },
          idempotencyKey: input.idempotencyKey ?? null,
        },
        requestId,
      );
      const [hazard] = await hazards.getByIds({ kind: 'county' }, [input.hazardId]);
      if (!hazard) throw new Error(`hazard ${input.hazardId} reopened but not readable`);
      return hazard;
    },
  };
}

export type LookBackService = ReturnType<typeof createLookBackService>;
