import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CALENDAR_YEARS,
  PROVISIONAL_YEARS,
  addWorkingDays,
  holidayName,
  isWorkingDay,
  nextWorkingDayEnd,
  shanghaiDateKey,
  splitAtShanghaiDays,
  subtractWorkingDays,
} from '../../domain/calendar';
import { HOLIDAY_YEARS } from '../../domain/holidays';

const DAY_MS = 86_400_000;
// An instant given as Shanghai wall-clock time.
const sh = (local: string): Date => new Date(`${local}+08:00`);
// Noon keeps the date unambiguous in any host time zone.
const day = (date: string): Date => sh(`${date}T12:00:00`);

function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string): boolean => weekdayOf(date) === 0 || weekdayOf(date) === 6;

const EXPECTED: Record<number, { holidays: [string, string, string, number][]; workdays: string[] }> = {
  2025: {
    holidays: [
      ['元旦', '2025-01-01', '2025-01-01', 1],
      ['春节', '2025-01-28', '2025-02-04', 8],
      ['清明节', '2025-04-04', '2025-04-06', 3],
      ['劳动节', '2025-05-01', '2025-05-05', 5],
      ['端午节', '2025-05-31', '2025-06-02', 3],
      ['国庆节、中秋节', '2025-10-01', '2025-10-08', 8],
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    holidays: [
      ['元旦', '2026-01-01', '2026-01-03', 3],
      ['春节', '2026-02-15', '2026-02-23', 9],
      ['清明节', '2026-04-04', '2026-04-06', 3],
      ['劳动节', '2026-05-01', '2026-05-05', 5],
      ['端午节', '2026-06-19', '2026-06-21', 3],
      ['中秋节', '2026-09-25', '2026-09-27', 3],
      ['国庆节', '2026-10-01', '2026-10-07', 7],
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  2027: {
    holidays: [
      ['元旦', '2027-01-01', '2027-01-03', 3],
      ['春节', '2027-02-05', '2027-02-14', 10],
      ['清明节', '2027-04-03', '2027-04-05', 3],
      ['劳动节', '2027-05-01', '2027-05-05', 5],
      ['端午节', '2027-06-09', '2027-06-09', 1],
      ['中秋节', '2027-09-15', '2027-09-15', 1],
      ['国庆节', '2027-10-01', '2027-10-07', 7],
    ],
    workdays: ['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
  },
};

describe('calendar data', () => {
  it('covers 2025–2027, with 2027 provisional', () => {
    expect(CALENDAR_YEARS).toEqual([2025, 2026, 2027]);
    expect(PROVISIONAL_YEARS).toEqual([2027]);
  });

  for (const year of CALENDAR_YEARS) {
    const expected = EXPECTED[year];
    if (!expected) throw new Error(`no expectations for ${year}`);

    describe(String(year), () => {
      it.each(expected.holidays)('%s %s–%s is %i days off, all named', (name, first, last, length) => {
        const dates = datesBetween(first, last);
        expect(dates).toHaveLength(length);
        for (const date of dates) {
          expect(isWorkingDay(day(date)), date).toBe(false);
          expect(holidayName(day(date)), date).toBe(name);
        }
      });

      it.each(expected.workdays)('%s is an adjusted working day (调休上班) on a weekend', (date) => {
        expect(isWeekend(date)).toBe(true);
        expect(isWorkingDay(day(date))).toBe(true);
        expect(holidayName(day(date))).toBeUndefined();
      });

      it('matches the data file exactly', () => {
        const data = HOLIDAY_YEARS.find((y) => y.year === year);
        expect(data?.holidays.map((h) => [h.name, h.first, h.last])).toEqual(
          expected.holidays.map(([n, f, l]) => [n, f, l]),
        );
        expect(data?.adjustedWorkdays.map((w) => w.date)).toEqual(expected.workdays);
      });

      it('has 248 working days: 261 weekdays less the 13 statutory days', () => {
        const dates = datesBetween(`${year}-01-01`, `${year}-12-31`);
        expect(dates.filter((d) => !isWeekend(d))).toHaveLength(261);
        expect(dates.filter((d) => isWorkingDay(day(d)))).toHaveLength(248);
      });

      it('never asks for more than 6 working days in a row', () => {
        let run = 0;
        let longest = 0;
        for (const d of datesBetween(`${year}-01-01`, `${year}-12-31`)) {
          run = isWorkingDay(day(d)) ? run + 1 : 0;
          longest = Math.max(longest, run);
        }
        expect(longest).toBeLessThanOrEqual(6);
      });
    });
  }
});

describe('isWorkingDay', () => {
  it('treats ordinary weekends as days off and weekdays as working', () => {
    expect(isWorkingDay(day('2026-03-07'))).toBe(false); // Sat
    expect(isWorkingDay(day('2026-03-08'))).toBe(false); // Sun
    expect(isWorkingDay(day('2026-03-09'))).toBe(true); // Mon
    expect(isWorkingDay(day('2025-12-31'))).toBe(true); // Wed
  });

  it('uses the Shanghai date, not the UTC date', () => {
    // 2026-02-14 23:59 Shanghai is the 调休 Saturday; one millisecond later is 春节.
    expect(isWorkingDay(new Date('2026-02-14T15:59:59.999Z'))).toBe(true);
    expect(isWorkingDay(new Date('2026-02-14T16:00:00.000Z'))).toBe(false);
    expect(shanghaiDateKey(new Date('2026-02-14T16:00:00.000Z'))).toBe('2026-02-15');
    expect(holidayName(new Date('2026-09-30T16:00:00Z'))).toBe('国庆节');
  });

  it('falls back to Mon–Fri outside the covered years', () => {
    expect(isWorkingDay(day('2024-10-01'))).toBe(true); // a Tuesday; 2024 has no data
    expect(holidayName(day('2024-10-01'))).toBeUndefined();
    expect(isWorkingDay(day('2028-01-01'))).toBe(false); // Sat
    expect(isWorkingDay(day('2028-01-03'))).toBe(true); // Mon
    expect(isWorkingDay(day('1969-12-31'))).toBe(true); // Wed, before the epoch
  });

  it('has no holiday name on ordinary days', () => {
    expect(holidayName(day('2026-03-10'))).toBeUndefined();
    expect(holidayName(day('2026-03-07'))).toBeUndefined();
  });

  it('rejects an invalid Date', () => {
    expect(() => isWorkingDay(new Date('nope'))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it('goes from a Friday to the next Monday at the same time', () => {
    expect(addWorkingDays(sh('2026-03-13T10:00:00'), 1)).toEqual(sh('2026-03-16T10:00:00'));
    expect(addWorkingDays(sh('2026-03-13T10:00:00'), 5)).toEqual(sh('2026-03-20T10:00:00'));
  });

  it('returns a working-day start unchanged for 0', () => {
    expect(addWorkingDays(sh('2026-03-11T08:00:00'), 0)).toEqual(sh('2026-03-11T08:00:00'));
  });

  it('crosses 春节 2026 via the 调休 Saturdays', () => {
    const fri = sh('2026-02-13T10:00:00');
    expect(addWorkingDays(fri, 1)).toEqual(sh('2026-02-14T10:00:00'));
    expect(addWorkingDays(fri, 2)).toEqual(sh('2026-02-24T10:00:00'));
    expect(addWorkingDays(sh('2026-02-27T10:00:00'), 1)).toEqual(sh('2026-02-28T10:00:00'));
  });

  it('crosses 中秋 and 国庆 2026', () => {
    expect(addWorkingDays(sh('2026-09-18T09:30:00'), 1)).toEqual(sh('2026-09-20T09:30:00'));
    expect(addWorkingDays(sh('2026-09-24T09:30:00'), 1)).toEqual(sh('2026-09-28T09:30:00'));
    expect(addWorkingDays(sh('2026-09-30T09:30:00'), 1)).toEqual(sh('2026-10-08T09:30:00'));
    expect(addWorkingDays(sh('2026-09-30T09:30:00'), 3)).toEqual(sh('2026-10-10T09:30:00'));
  });

  it('starts counting from the next working day when started on a holiday or weekend', () => {
    expect(addWorkingDays(sh('2026-10-03T14:00:00'), 0)).toEqual(sh('2026-10-08T14:00:00'));
    expect(addWorkingDays(sh('2026-10-03T14:00:00'), 1)).toEqual(sh('2026-10-09T14:00:00'));
    expect(addWorkingDays(sh('2026-03-14T10:00:00'), 1)).toEqual(sh('2026-03-17T10:00:00'));
  });

  it('crosses the year end into the 元旦 调休 Sunday', () => {
    expect(addWorkingDays(sh('2025-12-31T17:00:00'), 1)).toEqual(sh('2026-01-04T17:00:00'));
  });

  it('keeps the Shanghai time of day even when the UTC date differs', () => {
    // 23:30 and 00:15 Shanghai fall on different UTC dates than their Shanghai dates.
    expect(addWorkingDays(sh('2026-03-13T23:30:00'), 1)).toEqual(sh('2026-03-16T23:30:00'));
    expect(addWorkingDays(sh('2026-03-13T00:15:00'), 1)).toEqual(sh('2026-03-16T00:15:00'));
    expect(addWorkingDays(sh('2026-09-30T07:59:59.123'), 1)).toEqual(sh('2026-10-08T07:59:59.123'));
  });

  it('falls back to Mon–Fri past the covered years', () => {
    expect(addWorkingDays(sh('2028-01-07T10:00:00'), 1)).toEqual(sh('2028-01-10T10:00:00'));
  });

  it('counts backwards for negative days', () => {
    expect(addWorkingDays(sh('2026-10-08T10:00:00'), -1)).toEqual(sh('2026-09-30T10:00:00'));
  });

  it('rejects fractional counts and invalid dates', () => {
    expect(() => addWorkingDays(sh('2026-03-13T10:00:00'), 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays(sh('2026-03-13T10:00:00'), Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays(new Date(Number.NaN), 1)).toThrow(RangeError);
  });
});

describe('subtractWorkingDays', () => {
  it('steps back over holidays and weekends', () => {
    expect(subtractWorkingDays(sh('2026-02-24T10:00:00'), 1)).toEqual(sh('2026-02-14T10:00:00'));
    expect(subtractWorkingDays(sh('2026-10-08T10:00:00'), 1)).toEqual(sh('2026-09-30T10:00:00'));
    expect(subtractWorkingDays(sh('2026-03-16T10:00:00'), 1)).toEqual(sh('2026-03-13T10:00:00'));
  });

  it('starts from the previous working day when started on a day off', () => {
    expect(subtractWorkingDays(sh('2026-10-03T10:00:00'), 0)).toEqual(sh('2026-09-30T10:00:00'));
    expect(subtractWorkingDays(sh('2026-10-03T10:00:00'), 1)).toEqual(sh('2026-09-29T10:00:00'));
  });

  it('undoes addWorkingDays from any working day', () => {
    for (const date of datesBetween('2025-12-20', '2027-01-10')) {
      const from = sh(`${date}T09:45:00`);
      if (!isWorkingDay(from)) continue;
      for (const n of [0, 1, 2, 5, 10]) {
        expect(subtractWorkingDays(addWorkingDays(from, n), n), `${date} ± ${n}`).toEqual(from);
      }
    }
  });
});

describe('nextWorkingDayEnd', () => {
  it('gives the end of Monday for a Friday', () => {
    const end = nextWorkingDayEnd(sh('2026-03-13T15:00:00'));
    expect(end).toEqual(sh('2026-03-16T23:59:59.999'));
    expect(end.toISOString()).toBe('2026-03-16T15:59:59.999Z');
  });

  it('gives the end of the next day mid-week', () => {
    expect(nextWorkingDayEnd(sh('2026-03-11T00:00:00'))).toEqual(sh('2026-03-12T23:59:59.999'));
    expect(nextWorkingDayEnd(sh('2026-03-11T23:59:59.999'))).toEqual(sh('2026-03-12T23:59:59.999'));
  });

  it('skips a holiday that starts tomorrow', () => {
    expect(nextWorkingDayEnd(sh('2026-09-30T16:00:00'))).toEqual(sh('2026-10-08T23:59:59.999'));
    expect(nextWorkingDayEnd(sh('2025-09-30T16:00:00'))).toEqual(sh('2025-10-09T23:59:59.999'));
    expect(nextWorkingDayEnd(sh('2026-02-14T10:00:00'))).toEqual(sh('2026-02-24T23:59:59.999'));
  });

  it('lands on a 调休 weekend day', () => {
    expect(nextWorkingDayEnd(sh('2026-02-13T10:00:00'))).toEqual(sh('2026-02-14T23:59:59.999'));
  });

  it('works from within a holiday', () => {
    expect(nextWorkingDayEnd(sh('2026-10-07T10:00:00'))).toEqual(sh('2026-10-08T23:59:59.999'));
    expect(nextWorkingDayEnd(sh('2026-10-01T10:00:00'))).toEqual(sh('2026-10-08T23:59:59.999'));
  });
});

describe('splitAtShanghaiDays', () => {
  const at = (iso: string) => new Date(iso);

  it('keeps whole Shanghai days for the rollup and the partial ends for live counting', () => {
    // 2026-11-02 10:00 to 2026-11-05 09:00 Shanghai time
    expect(splitAtShanghaiDays(at('2026-11-02T02:00:00Z'), at('2026-11-05T01:00:00Z'))).toEqual({
      days: { from: '2026-11-03', to: '2026-11-05' },
      edges: [
        [at('2026-11-02T02:00:00Z'), at('2026-11-02T16:00:00Z')],
        [at('2026-11-04T16:00:00Z'), at('2026-11-05T01:00:00Z')],
      ],
    });
  });

  it('has no edge where the window starts or ends at a Shanghai midnight', () => {
    expect(splitAtShanghaiDays(at('2026-10-31T16:00:00Z'), at('2026-11-30T16:00:00Z'))).toEqual({
      days: { from: '2026-11-01', to: '2026-12-01' },
      edges: [],
    });
  });

  it('counts a window inside one day, or across one midnight without a whole day, live', () => {
    expect(splitAtShanghaiDays(at('2026-11-02T02:00:00Z'), at('2026-11-02T05:00:00Z'))).toEqual({
      days: null,
      edges: [[at('2026-11-02T02:00:00Z'), at('2026-11-02T05:00:00Z')]],
    });
    expect(splitAtShanghaiDays(at('2026-11-02T10:00:00Z'), at('2026-11-03T10:00:00Z')).days).toBeNull();
    expect(splitAtShanghaiDays(at('2026-11-02T10:00:00Z'), at('2026-11-02T10:00:00Z'))).toEqual({
      days: null,
      edges: [],
    });
  });

  it('covers every instant of the window exactly once', () => {
    const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(
      fc.property(instant, instant, instant, (a, b, probe) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const { days, edges } = splitAtShanghaiDays(new Date(from), new Date(to));
        const inDays =
          days !== null && shanghaiDateKey(new Date(probe)) >= days.from && shanghaiDateKey(new Date(probe)) < days.to;
        const inEdges = edges.filter(([s, e]) => probe >= s.getTime() && probe < e.getTime()).length;
        expect((inDays ? 1 : 0) + inEdges).toBe(probe >= from && probe < to ? 1 : 0);
      }),
      { numRuns: 2000 },
    );
  });
});
