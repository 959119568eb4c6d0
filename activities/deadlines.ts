// 重新计算在办期限: a changed holiday calendar sent to the running task and hazard workflows a page at a time (the
// Update `applyCalendar`, which answers whether a deadline moved), and the broadcast closed with its audit row.
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDeadlineRecomputeRepository } from '../db/repositories/deadline-recomputes';
import { createHolidayRepository } from '../db/repositories/holidays';
import type { DB } from '../db/schema';
import { applyCalendar, hazardWorkflowId, taskWorkflowId, type RecomputeDeadlinesResult } from '../workflows/messages';
import { inBatches } from './fan-out';

const UPDATE_CONCURRENCY = 20;

export function createDeadlineActivities({ db, client }: { db: Kysely<DB>; client: Client }) {
  return {
    /**
     * Sends the calendar as it now is to one page of open tasks or hazards; counts what it reached and what moved.
     * A workflow that finished meanwhile is skipped. Retrying a page sends the same calendar again: nothing moves twice.
     */
    async applyCalendarPage(input: {
      recomputeId: number;
      kind: 'task' | 'hazard';
      afterId: number;
      limit: number;
    }): Promise<{ taken: number; reached: number; moved: number; lastId: number | null }> {
      const recomputes = createDeadlineRecomputeRepository(db);
      const ids = await recomputes.openSubjects(input.kind, input.afterId, input.limit);
      const calendar = await createHolidayRepository(db).yearsInUse(new Date());
      let reached = 0;
      let moved = 0;
      await inBatches(ids, UPDATE_CONCURRENCY, async (id) => {
        const workflowId = input.kind === 'task' ? taskWorkflowId(id) : hazardWorkflowId(id);
        try {
          const result = await client.workflow.getHandle(workflowId).executeUpdate(applyCalendar, {
            args: [{ calendar }],
            updateId: `recompute-${input.recomputeId}:${workflowId}`,
          });
          reached += 1;
          if (result.moved) moved += 1;
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError) && !(error instanceof WorkflowUpdateFailedError)) throw error;
        }
      });
      await recomputes.count(input.recomputeId, {
        tasks: input.kind === 'task' ? reached : 0,
        hazards: input.kind === 'hazard' ? reached : 0,
        moved,
      });
      return { taken: ids.length, reached, moved, lastId: ids.length < input.limit ? null : (ids.at(-1) ?? null) };
    },

    async finishDeadlineRecompute(input: {
      recomputeId: number;
      actorId: number;
      requestId: string | null;
      at: string;
    }): Promise<RecomputeDeadlinesResult> {
      return db.transaction().execute(async (trx) => {
        const row = await createDeadlineRecomputeRepository(trx).finish(input.recomputeId, new Date(input.at));
        const counts = { tasks: row?.tasks ?? 0, hazards: row?.hazards ?? 0, moved: row?.moved ?? 0 };
        if (row)
          await createAuditRepository(trx).record({
            actorId: input.actorId,
            action: 'recomputeOpenDeadlines',
            subjectType: 'DeadlineRecompute',
            subjectId: input.recomputeId,
            requestId: input.requestId,
            after: counts,
          });
        return counts;
      });
    },
  };
}
