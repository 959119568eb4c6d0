// The county office entering a day off into the stored calendar, as the workflow tests need it: `days` days from
// `first`, added to that year's arrangement (or a provisional year when none is stored).
import type { Kysely } from 'kysely';
import { createHolidayRepository, holidayYearOf } from '../../db/repositories/holidays';
import type { DB } from '../../db/schema';
import { shanghaiDateKey } from '../../domain/calendar';

const DAY = 86_400_000;

export async function enterHoliday(
  db: Kysely<DB>,
  by: number,
  holiday: { name: string; first: Date; days: number },
  at: Date,
): Promise<void> {
  const holidays = createHolidayRepository(db);
  const year = Number(shanghaiDateKey(holiday.first).slice(0, 4));
  const stored = await holidays.get(year);
  await holidays.save(
    {
      ...(stored ? holidayYearOf(stored) : { year, provisional: true, source: '测试', adjustedWorkdays: [] }),
      holidays: [
        ...(stored ? stored.holidays : []),
        {
          name: holiday.name,
          first: shanghaiDateKey(holiday.first),
          last: shanghaiDateKey(new Date(holiday.first.getTime() + (holiday.days - 1) * DAY)),
        },
      ],
    },
    by,
    at,
  );
}
