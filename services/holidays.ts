// The holiday calendar (节假日安排) as data: every signed-in user reads it (a deadline in a provisional year is shown
// with a warning); the county office enters a year's arrangement when the State Council publishes it. Deadlines
// computed afterwards use it: task workflows take the calendar in their input when they start (activities/fan-out.ts)
// and hand it to their hazards, so a workflow's calendar is in its history.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createDeadlineRecomputeRepository, type DeadlineRecomputeRow } from '../db/repositories/deadline-recomputes';
import { createHolidayRepository, holidayYearOf, type HolidayYearRow } from '../db/repositories/holidays';
import type { DB } from '../db/schema';
import type { HolidayYear } from '../domain/holidays';
import { holidayYearProblem, sameHolidayYear } from '../domain/holiday-rules';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { recomputeDeadlinesWorkflowId } from '../workflows/messages';
import { AppError, badInput, refuseBadInput } from './errors';

export const RECOMPUTE_REFUSALS = {
  running: '正在重新计算在办期限，请等本次完成后再试',
  unavailable: '工作流引擎或数据库暂时不可用，未能开始重新计算；请稍后再试',
} as const;

export function createHolidayService(deps: { db: Kysely<DB>; client: Client; taskQueue: string; now?: () => Date }) {
  const { db, client, taskQueue } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    list: (): Promise<HolidayYearRow[]> => createHolidayRepository(db).list(),

    /** The latest broadcasts of a changed calendar, newest first (ADMIN). */
    recomputes(viewer: Viewer): Promise<DeadlineRecomputeRow[]> {
      requireAdmin(viewer, '查看重新计算在办期限');
      return createDeadlineRecomputeRepository(db).latest(10);
    },

    /**
     * 重新计算在办期限: sends the calendar as it now is to every running task and hazard workflow, which re-plan their
     * working-day deadlines; one at a time. The row and its workflow start together, or neither; the counts and the
     * audit row come when it is done.
     */
    async recompute(viewer: Viewer, requestId: string | null): Promise<DeadlineRecomputeRow> {
      requireAdmin(viewer, '重新计算在办期限');
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createDeadlineRecomputeRepository(trx).start(viewer.id);
          await client.workflow.start('recomputeDeadlinesWorkflow', {
            workflowId: recomputeDeadlinesWorkflowId(row.id),
            taskQueue,
            args: [{ recomputeId: row.id, actorId: viewer.id, requestId }],
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', RECOMPUTE_REFUSALS.running);
        if (error instanceof AppError) throw error;
        console.error('recomputeOpenDeadlines: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', RECOMPUTE_REFUSALS.unavailable);
      }
    },

    async set(viewer: Viewer, input: HolidayYear, requestId: string | null): Promise<HolidayYearRow> {
      requireAdmin(viewer, '修改节假日安排');
      const year: HolidayYear = {
        year: input.year,
        provisional: input.provisional,
        source: input.source.trim(),
        holidays: input.holidays
          .map((p) => ({ name: p.name.trim(), first: p.first.trim(), last: p.last.trim() }))
          .sort((a, b) => a.first.localeCompare(b.first)),
        adjustedWorkdays: input.adjustedWorkdays
          .map((w) => ({ date: w.date.trim(), holiday: w.holiday.trim() }))
          .sort((a, b) => a.date.localeCompare(b.date)),
      };
      refuseBadInput(holidayYearProblem(year));
      return db.transaction().execute(async (trx) => {
        const holidays = createHolidayRepository(trx);
        const before = await holidays.get(year.year);
        if (before && sameHolidayYear(holidayYearOf(before), year)) throw badInput('节假日安排没有改动');
        const row = await holidays.save(year, viewer.id, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setHolidayYear',
          subjectType: 'HolidayYear',
          subjectId: year.year,
          requestId,
          before: before ? holidayYearOf(before) : null,
          after: year,
        });
        return row;
      });
    },
  };
}

export type HolidayService = ReturnType<typeof createHolidayService>;
