// Working days in China (Asia/Shanghai): statutory holidays and 调休 of a WorkCalendar, else Mon–Fri. The county
// office's calendar is data (table holiday_year); a workflow counts with the calendar in its input, recorded in its
// history, and one started without it (before the calendar was data) with the years the code shipped with.
// Pure arithmetic on epoch milliseconds: deterministic inside Temporal workflows (no Intl, no clock).
import { HOLIDAY_YEARS, type HolidayYear } from './holidays';

const DAY_MS = 86_400_000;
// China has had a fixed UTC+8 with no daylight saving since 1991, so a constant offset is exact.
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** 00:00 Shanghai on the 1st of `month` (0–11; Date.UTC carries an overflow into the year). */
export function shanghaiMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS);
}

/** The Shanghai calendar year and month (0–11) an instant falls in. */
export function shanghaiMonthOf(at: Date): { year: number; month: number } {
  const wall = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() };
}
// Bounds the scans: no real calendar has this many non-working days in a row.
const MAX_SCAN_DAYS = 366;

/** The years the code shipped with; other years fall back to Mon–Fri. */
export const CALENDAR_YEARS: readonly number[] = HOLIDAY_YEARS.map((y) => y.year);
/** Shipped years whose dates are derived from the legal rules, not yet announced by the State Council. */
export const PROVISIONAL_YEARS: readonly number[] = HOLIDAY_YEARS.filter((y) => y.provisional).map((y) => y.year);

/** Days since 1970-01-01 in Shanghai. */
type DayNumber = number;

function dayNumberOfKey(key: string): DayNumber {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) throw new RangeError(`Bad calendar date "${key}" (expected YYYY-MM-DD)`);
  const [, y, m, d] = match;
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY_MS;
}

function keyOfDayNumber(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The holidays and 调休 of some years, as days; other years count Monday to Friday. */
export class WorkCalendar {
  private readonly holidayByDay = new Map<DayNumber, string>();
  private readonly adjustedWorkdays = new Set<DayNumber>();
  /** The years it knows, and those of them still provisional (no notice yet). */
  readonly years: readonly number[];
  readonly provisionalYears: readonly number[];

  constructor(years: readonly HolidayYear[]) {
    for (const year of years) {
      for (const period of year.holidays) {
        const last = dayNumberOfKey(period.last);
        for (let day = dayNumberOfKey(period.first); day <= last; day++) this.holidayByDay.set(day, period.name);
      }
      for (const workday of year.adjustedWorkdays) this.adjustedWorkdays.add(dayNumberOfKey(workday.date));
    }
    this.years = years.map((y) => y.year).sort((a, b) => a - b);
    this.provisionalYears = years.filter((y) => y.provisional).map((y) => y.year);
  }

  isWorkingDayNumber(day: DayNumber): boolean {
    // Only known years have entries, so other years fall through to Mon–Fri.
    if (this.adjustedWorkdays.has(day)) return true;
    if (this.holidayByDay.has(day)) return false;
    // 1970-01-01 was a Thursday (4).
    const weekday = (((day + 4) % 7) + 7) % 7;
    return weekday !== 0 && weekday !== 6;
  }

  holidayOn(day: DayNumber): string | undefined {
    return this.holidayByDay.get(day);
  }
}

/** The years the code shipped with (domain/holidays.ts): the calendar of workflows started without one. */
export const SHIPPED_CALENDAR = new WorkCalendar(HOLIDAY_YEARS);

/**
 * The years a workflow started at `at` may count in: the year before (a deadline set back) and every later year entered.
 * Older years stay out of its input, which is recorded in every history.
 */
export function yearsFrom<Y extends { year: number }>(years: readonly Y[], at: Date): Y[] {
  const year = Number(shanghaiDateKey(at).slice(0, 4));
  return years.filter((y) => y.year >= year - 1);
}

/** The calendar of a workflow's input: its years, or the shipped ones when the input has none. */
export function calendarOf(years: readonly HolidayYear[] | null | undefined): WorkCalendar {
  return years ? new WorkCalendar(years) : SHIPPED_CALENDAR;
}

function assertValid(date: Date): number {
  const t = date.getTime();
  if (Number.isNaN(t)) throw new RangeError('Invalid Date');
  return t;
}

function assertCount(days: number): void {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Working days must be an integer, got ${days}`);
}

function dayNumberOf(t: number): DayNumber {
  return Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS);
}

function stepToWorkingDay(day: DayNumber, step: 1 | -1, calendar: WorkCalendar): DayNumber {
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day += step) {
    if (calendar.isWorkingDayNumber(day)) return day;
  }
  throw new RangeError(`No working day within ${MAX_SCAN_DAYS} days of ${keyOfDayNumber(day)}`);
}

// Moves by whole days, which keeps the Shanghai time of day because the offset never changes.
function shiftDays(t: number, from: DayNumber, to: DayNumber): Date {
  return new Date(t + (to - from) * DAY_MS);
}

/** The Shanghai calendar date of an instant, as `YYYY-MM-DD`. */
export function shanghaiDateKey(date: Date): string {
  return keyOfDayNumber(dayNumberOf(assertValid(date)));
}

/** Whether the Shanghai calendar date of `date` is a working day (holidays off, 调休 weekends on). */
export function isWorkingDay(date: Date, calendar: WorkCalendar = SHIPPED_CALENDAR): boolean {
  return calendar.isWorkingDayNumber(dayNumberOf(assertValid(date)));
}

/** The Chinese name of the statutory holiday on that Shanghai date, if any (e.g. `春节`). */
export function holidayName(date: Date, calendar: WorkCalendar = SHIPPED_CALENDAR): string | undefined {
  return calendar.holidayOn(dayNumberOf(assertValid(date)));
}

/**
 * The instant `days` working days after `from`, at the same Shanghai time of day.
 * If `from` falls on a non-working day, counting starts from the next working day
 * (Sat 10:00 + 1 → Tue 10:00 in a plain week; + 0 → Mon 10:00). Negative `days` count backwards.
 */
export function addWorkingDays(from: Date, days: number, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  assertCount(days);
  if (days < 0) return subtractWorkingDays(from, -days, calendar);
  const t = assertValid(from);
  const start = dayNumberOf(t);
  let day = stepToWorkingDay(start, 1, calendar);
  for (let left = days; left > 0; left--) day = stepToWorkingDay(day + 1, 1, calendar);
  return shiftDays(t, start, day);
}

/**
 * The instant `days` working days before `from`, at the same Shanghai time of day (used for "remind before").
 * If `from` falls on a non-working day, counting starts from the previous working day.
 */
export function subtractWorkingDays(from: Date, days: number, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  assertCount(days);
  if (days < 0) return addWorkingDays(from, -days, calendar);
  const t = assertValid(from);
  const start = dayNumberOf(t);
  let day = stepToWorkingDay(start, -1, calendar);
  for (let left = days; left > 0; left--) day = stepToWorkingDay(day - 1, -1, calendar);
  return shiftDays(t, start, day);
}

/** The last millisecond (23:59:59.999 Shanghai) of the first working day strictly after `from`'s date (次日核查). */
export function nextWorkingDayEnd(from: Date, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  const next = stepToWorkingDay(dayNumberOf(assertValid(from)) + 1, 1, calendar);
  return new Date((next + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

/** The Shanghai wall-clock time, `HH:mm`. */
export function formatShanghaiTime(date: Date): string {
  const wall = new Date(date.getTime() + SHANGHAI_OFFSET_MS);
  return `${String(wall.getUTCHours()).padStart(2, '0')}:${String(wall.getUTCMinutes()).padStart(2, '0')}`;
}

/** A window [from, to) cut at Shanghai midnights: the whole days inside it and the partial days at its ends. */
export interface DayWindow {
  /** Whole Shanghai days, `from` inclusive and `to` exclusive (`YYYY-MM-DD`); null when the window holds none. */
  days: { from: string; to: string } | null;
  /** The parts of the window outside those days: none, one or two instant ranges [from, to). */
  edges: [Date, Date][];
}

/** Cuts [from, to) at Shanghai midnights, so whole days can come from a daily rollup and the rest live. */
export function splitAtShanghaiDays(from: Date, to: Date): DayWindow {
  const start = assertValid(from);
  const end = assertValid(to);
  if (end <= start) return { days: null, edges: [] };
  const midnightOf = (day: DayNumber) => day * DAY_MS - SHANGHAI_OFFSET_MS;
  const startDay = dayNumberOf(start);
  const firstWhole = midnightOf(startDay) === start ? startDay : startDay + 1;
  const endDay = dayNumberOf(end); // the day `to` falls in; whole days end at its midnight
  if (firstWhole >= endDay) return { days: null, edges: [[from, to]] };
  const edges: [Date, Date][] = [];
  if (start < midnightOf(firstWhole)) edges.push([from, new Date(midnightOf(firstWhole))]);
  if (midnightOf(endDay) < end) edges.push([new Date(midnightOf(endDay)), to]);
  return { days: { from: keyOfDayNumber(firstWhole), to: keyOfDayNumber(endDay) }, edges };
}
