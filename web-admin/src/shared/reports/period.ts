// The periods of the county's reports on the Shanghai calendar (domain/county-reports.ts): a week from Monday, a
// calendar month, a calendar year. The server finds the period from any instant in it; the form sends the chosen
// day's (month's, year's) first midnight.
import { shanghaiDayStart, toShanghaiDate } from '../../format';

export const COUNTY_KINDS = ['WEEKLY', 'MONTHLY', 'ANNUAL'] as const;
export type CountyKind = (typeof COUNTY_KINDS)[number];

const DAY = 86_400_000;

/** The instant (ISO) the chosen `YYYY-MM-DD`, `YYYY-MM` or `YYYY` starts in Shanghai; null when malformed. */
export function periodStartOf(kind: CountyKind, value: string | null | undefined): string | null {
  if (!value) return null;
  if (kind === 'WEEKLY') return shanghaiDayStart(value);
  if (kind === 'MONTHLY') return /^\d{4}-\d{2}$/.test(value) ? shanghaiDayStart(`${value}-01`) : null;
  return /^\d{4}$/.test(value) ? shanghaiDayStart(`${value}-01-01`) : null;
}

/** The latest ended period of each kind, as the form's inputs hold it: the Sunday before, last month, last year. */
export function latestEnded(now: Date = new Date()): { day: string; month: string; year: string } {
  const today = toShanghaiDate(now);
  const [year = 2000, month = 1] = today.split('-').map(Number);
  // Sunday is 0: the days since this week's Monday, then one more for the Sunday that ended the last week.
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const sunday = toShanghaiDate(new Date(now.getTime() - (((weekday + 6) % 7) + 1) * DAY));
  const last = month === 1 ? { y: year - 1, m: 12 } : { y: year, m: month - 1 };
  return { day: sunday, month: `${last.y}-${String(last.m).padStart(2, '0')}`, year: String(year - 1) };
}

/** The years a yearly report can be asked for: the last ten that have ended, newest first. */
export function endedYears(now: Date = new Date()): string[] {
  const latest = Number(latestEnded(now).year);
  return Array.from({ length: 10 }, (_, i) => String(latest - i));
}

/** The last day a period covers (its end is the exclusive midnight after it), as an instant within that day. */
export function lastDayOf(report: { periodStart: string; periodEnd: string }): string {
  return new Date(Math.max(Date.parse(report.periodStart), Date.parse(report.periodEnd) - 1)).toISOString();
}

/** A report's title: its text's first line. */
export const titleOf = (body: string): string => body.split('\n')[0]?.trim() ?? '';
