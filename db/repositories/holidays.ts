// The holiday calendar (holiday_year): one row per year, read whole by whoever counts working days, written by the
// county office one year at a time.
import type { Kysely } from 'kysely';
import { yearsFrom } from '../../domain/calendar';
import type { HolidayYear } from '../../domain/holidays';
import type { DB } from '../schema';

const columns = ['year', 'provisional', 'source', 'holidays', 'adjusted_workdays', 'updated_at'] as const;

export type HolidayYearRow = Awaited<ReturnType<ReturnType<typeof createHolidayRepository>['list']>>[number];

/** The domain's shape of a stored year. */
export const holidayYearOf = (row: HolidayYearRow): HolidayYear => ({
  year: row.year,
  provisional: row.provisional,
  source: row.source,
  holidays: row.holidays,
  adjustedWorkdays: row.adjusted_workdays,
});

export function createHolidayRepository(db: Kysely<DB>) {
  return {
    list: () => db.selectFrom('holiday_year').select(columns).orderBy('year').execute(),

    /** The calendar a workflow started or re-planned at `at` counts with: the years in use, as the domain has them. */
    yearsInUse: async (at: Date): Promise<HolidayYear[]> =>
      yearsFrom((await db.selectFrom('holiday_year').select(columns).orderBy('year').execute()).map(holidayYearOf), at),

    get: (year: number) => db.selectFrom('holiday_year').select(columns).where('year', '=', year).executeTakeFirst(),

    /** Writes a year's arrangement, a new one or over the old; the row as it now is. */
    save: (year: HolidayYear, by: number, at: Date) =>
      db
        .insertInto('holiday_year')
        .values({
          year: year.year,
          provisional: year.provisional,
          source: year.source,
          holidays: JSON.stringify(year.holidays),
          adjusted_workdays: JSON.stringify(year.adjustedWorkdays),
          updated_by: by,
          updated_at: at,
        })
        .onConflict((oc) =>
          oc.column('year').doUpdateSet((eb) => ({
            provisional: eb.ref('excluded.provisional'),
            source: eb.ref('excluded.source'),
            holidays: eb.ref('excluded.holidays'),
            adjusted_workdays: eb.ref('excluded.adjusted_workdays'),
            updated_by: eb.ref('excluded.updated_by'),
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .returning(columns)
        .executeTakeFirstOrThrow(),
  };
}
