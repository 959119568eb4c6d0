// The holiday calendar (节假日安排) as data: every signed-in user reads it (a deadline in a provisional year is shown
// with a warning); the county office enters a year's arrangement when the State Council publishes it. Deadlines
// computed afterwards use it: task workflows take the calendar in their input when they start (activities/fan-out.ts)
// and hand it to their hazards, so a workflow's calendar is in its history.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createHolidayRepository, holidayYearOf, type HolidayYearRow } from '../db/repositories/holidays';
import type { DB } from '../db/schema';
import type { HolidayYear } from '../domain/holidays';
import { holidayYearProblem, sameHolidayYear } from '../domain/holiday-rules';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { badInput, refuseBadInput } from './errors';

export function createHolidayService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    list: (): Promise<HolidayYearRow[]> => createHolidayRepository(db).list(),

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
