// The holiday calendar as data (节假日安排): a calendar of other years counts other working days; a year's arrangement
// is checked before it is kept; and the years the code ships with agree with the notices as Xinhua published them.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarOf, SHIPPED_CALENDAR, WorkCalendar, yearsFrom } from '../../domain/calendar';
import { escalationLadder, verificationDeadline } from '../../domain/escalation';
import { HOLIDAY_REFUSALS, holidayYearProblem } from '../../domain/holiday-rules';
import { HOLIDAY_YEARS, type HolidayYear } from '../../domain/holidays';

const at = (iso: string) => new Date(`${iso}+08:00`);
const official2027: HolidayYear = {
  year: 2027,
  provisional: false,
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试用）',
  holidays: [{ name: '春节', first: '2027-02-05', last: '2027-02-15' }],
  adjustedWorkdays: [{ date: '2027-02-20', holiday: '春节' }],
};

describe('a calendar as data', () => {
  it('counts working days with its own years, and with the shipped ones when a workflow has none', () => {
    const own = calendarOf([official2027]);
    // Mon 2027-02-15 is a working day on the shipped (provisional) calendar, still 春节 on this one.
    expect(addWorkingDays(at('2027-02-04T10:00:00'), 1)).toEqual(at('2027-02-15T10:00:00'));
    expect(addWorkingDays(at('2027-02-04T10:00:00'), 1, own)).toEqual(at('2027-02-16T10:00:00'));
    expect(calendarOf(undefined)).toBe(SHIPPED_CALENDAR);
    expect(own.years).toEqual([2027]);
    expect(own.provisionalYears).toEqual([]);
    expect(SHIPPED_CALENDAR.provisionalYears).toEqual([2027]);
  });

  it('moves a working-day rung and 次日核查 with the calendar the workflow was given', () => {
    const own = new WorkCalendar([official2027]);
    const dueAt = at('2027-02-04T18:00:00');
    const steps = [{ after: 'P1WD', level: 'REGULATOR_HEAD' as const }];
    expect(escalationLadder(dueAt, steps)[0]?.at).toEqual(at('2027-02-15T18:00:00'));
    expect(escalationLadder(dueAt, steps, own)[0]?.at).toEqual(at('2027-02-16T18:00:00'));
    expect(verificationDeadline(at('2027-02-04T09:00:00'), own)).toEqual(new Date('2027-02-16T15:59:59.999Z'));
  });

  it('gives a workflow the year before and every later year, no older ones', () => {
    const years = [2024, 2025, 2026, 2027].map((year) => ({ year }));
    expect(yearsFrom(years, at('2026-12-07T12:00:00')).map((y) => y.year)).toEqual([2025, 2026, 2027]);
    expect(yearsFrom(years, new Date('2026-12-31T17:00:00Z')).map((y) => y.year)).toEqual([2026, 2027]);
  });
});

describe("a year's arrangement", () => {
  const ok = (change: Partial<HolidayYear>) => holidayYearProblem({ ...official2027, ...change });

  it('is taken when its dates are real, inside the year, apart, and its 调休 are weekends outside them', () => {
    for (const year of HOLIDAY_YEARS) expect(holidayYearProblem(year), String(year.year)).toBeNull();
    expect(ok({})).toBeNull();
  });

  it('is refused with the entry that is wrong', () => {
    expect(ok({ year: 1999 })).toBe(HOLIDAY_REFUSALS.year);
    expect(ok({ source: '  ' })).toBe(HOLIDAY_REFUSALS.sourceRequired);
    expect(ok({ source: '', provisional: true })).toBeNull();
    expect(ok({ holidays: [] })).toBe(HOLIDAY_REFUSALS.noHolidays);
    expect(ok({ holidays: [{ name: '春节', first: '2027-02-30', last: '2027-03-02' }] })).toBe(
      '春节的放假日期不是有效日期',
    );
    expect(ok({ holidays: [{ name: '春节', first: '2027-02-15', last: '2027-02-05' }] })).toBe(
      '春节的最后一天早于第一天',
    );
    expect(ok({ holidays: [{ name: '元旦', first: '2026-12-31', last: '2027-01-01' }], adjustedWorkdays: [] })).toBe(
      '元旦的放假日期不在2027年内',
    );
    expect(
      ok({
        holidays: [
          { name: '春节', first: '2027-02-05', last: '2027-02-15' },
          { name: '元宵', first: '2027-02-15', last: '2027-02-15' },
        ],
      }),
    ).toBe('元宵与春节的放假日期重叠');
    expect(ok({ adjustedWorkdays: [{ date: '2027-02-17', holiday: '春节' }] })).toBe(
      '调休上班日2027-02-17不是周六或周日，本来就要上班',
    );
    expect(ok({ adjustedWorkdays: [{ date: '2027-02-06', holiday: '春节' }] })).toBe(
      '调休上班日2027-02-06在春节假期之内',
    );
    expect(ok({ adjustedWorkdays: [{ date: '2027-02-20', holiday: '国庆节' }] })).toBe(
      '调休上班日2027-02-20对应的节日“国庆节”不在本年的节日中',
    );
  });
});

/**
 * The notices as Xinhua published them (新华社; gmw.cn 2024-11-12 and 2025-11-04), transcribed apart from
 * domain/holidays.ts: "一、元旦：1月1日（周三）放假1天，不调休。二、春节：1月28日至2月4日放假调休，共8天。1月26日（周日）、
 * 2月8日（周六）上班。…"
 */
const NOTICES: Record<number, { off: [string, string, string][]; on: string[] }> = {
  2025: {
    off: [
      ['元旦', '01-01', '01-01'],
      ['春节', '01-28', '02-04'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '05-31', '06-02'],
      ['国庆节、中秋节', '10-01', '10-08'],
    ],
    on: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: [
      ['元旦', '01-01', '01-03'],
      ['春节', '02-15', '02-23'],
      ['清明节', '04-04', '04-06'],
      ['劳动节', '05-01', '05-05'],
      ['端午节', '06-19', '06-21'],
      ['中秋节', '09-25', '09-27'],
      ['国庆节', '10-01', '10-07'],
    ],
    on: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

describe('the shipped years', () => {
  it.each([2025, 2026])('%i is the State Council notice, date for date', (year) => {
    const shipped = HOLIDAY_YEARS.find((y) => y.year === year);
    const notice = NOTICES[year];
    if (!shipped || !notice) throw new Error(`no ${year}`);
    expect(shipped.provisional).toBe(false);
    expect(shipped.holidays.map((h) => [h.name, h.first, h.last])).toEqual(
      notice.off.map(([name, first, last]) => [name, `${year}-${first}`, `${year}-${last}`]),
    );
    expect(shipped.adjustedWorkdays.map((w) => w.date)).toEqual(notice.on.map((d) => `${year}-${d}`));
  });
});
