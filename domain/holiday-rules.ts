// A year's holiday arrangement as the county office enters it (节假日安排): what it must hold to be a calendar
// workflows can count working days with, and the sentence for what is wrong. The shipped years are in holidays.ts.
import type { HolidayYear } from './holidays';

export const HOLIDAY_LIMITS = {
  firstYear: 2020,
  lastYear: 2100,
  maxPeriods: 12,
  maxWorkdays: 12,
  name: 20,
  source: 200,
} as const;

export const HOLIDAY_REFUSALS = {
  year: `年份应在${HOLIDAY_LIMITS.firstYear}至${HOLIDAY_LIMITS.lastYear}之间`,
  sourceRequired: '已发布的安排请填写通知的文号或标题；尚未发布的请标为“暂定”',
  sourceTooLong: `通知文号或标题最多${HOLIDAY_LIMITS.source}个字`,
  noHolidays: '请至少填写一个节日的放假日期',
  tooMany: `节日和调休上班日各最多${HOLIDAY_LIMITS.maxPeriods}项`,
} as const;

const DAY_MS = 86_400_000;
const dayOf = (key: string): number | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  const t = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // 2026-02-30 parses to March: not a date.
  return new Date(t).toISOString().slice(0, 10) === key ? t / DAY_MS : null;
};
const weekdayOf = (day: number) => (((day + 4) % 7) + 7) % 7;

/** The first problem of a year's arrangement, as a sentence, or null. Each entry is named by what it is. */
export function holidayYearProblem(input: HolidayYear): string | null {
  const { year } = input;
  if (!Number.isInteger(year) || year < HOLIDAY_LIMITS.firstYear || year > HOLIDAY_LIMITS.lastYear)
    return HOLIDAY_REFUSALS.year;
  if (!input.provisional && !input.source.trim()) return HOLIDAY_REFUSALS.sourceRequired;
  if (input.source.length > HOLIDAY_LIMITS.source) return HOLIDAY_REFUSALS.sourceTooLong;
  if (input.holidays.length === 0) return HOLIDAY_REFUSALS.noHolidays;
  if (input.holidays.length > HOLIDAY_LIMITS.maxPeriods || input.adjustedWorkdays.length > HOLIDAY_LIMITS.maxWorkdays)
    return HOLIDAY_REFUSALS.tooMany;
  const yearStart = Date.UTC(year, 0, 1) / DAY_MS;
  const yearEnd = Date.UTC(year, 11, 31) / DAY_MS;
  const off = new Map<number, string>();
  for (const period of input.holidays) {
    const name = period.name.trim();
    if (!name || name.length > HOLIDAY_LIMITS.name) return `节日名称应为1至${HOLIDAY_LIMITS.name}个字`;
    const first = dayOf(period.first);
    const last = dayOf(period.last);
    if (first === null || last === null) return `${name}的放假日期不是有效日期`;
    if (last < first) return `${name}的最后一天早于第一天`;
    if (first < yearStart || last > yearEnd) return `${name}的放假日期不在${year}年内`;
    if (last - first > 14) return `${name}放假超过15天，请检查日期`;
    for (let day = first; day <= last; day += 1) {
      const other = off.get(day);
      if (other) return `${name}与${other}的放假日期重叠`;
      off.set(day, name);
    }
  }
  const names = new Set(input.holidays.map((period) => period.name.trim()));
  const seen = new Set<number>();
  for (const workday of input.adjustedWorkdays) {
    const day = dayOf(workday.date);
    if (day === null) return `调休上班日“${workday.date}”不是有效日期`;
    // 调休 may reach into the weeks around the year (a 元旦 paid for in late December).
    if (day < yearStart - 31 || day > yearEnd + 31) return `调休上班日${workday.date}离${year}年太远`;
    const weekday = weekdayOf(day);
    if (weekday !== 0 && weekday !== 6) return `调休上班日${workday.date}不是周六或周日，本来就要上班`;
    if (off.has(day)) return `调休上班日${workday.date}在${off.get(day)}假期之内`;
    if (!names.has(workday.holiday.trim()))
      return `调休上班日${workday.date}对应的节日“${workday.holiday}”不在本年的节日中`;
    if (seen.has(day)) return `调休上班日${workday.date}填了两次`;
    seen.add(day);
  }
  return null;
}

/** Whether two arrangements say the same (stored JSON does not keep the order of keys). */
export function sameHolidayYear(a: HolidayYear, b: HolidayYear): boolean {
  const canonical = (y: HolidayYear) =>
    JSON.stringify([
      y.year,
      y.provisional,
      y.source,
      y.holidays.map((p) => [p.name, p.first, p.last]),
      y.adjustedWorkdays.map((w) => [w.date, w.holiday]),
    ]);
  return canonical(a) === canonical(b);
}
