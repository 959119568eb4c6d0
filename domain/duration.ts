// ISO-8601 durations as the policy language (P7D, PT30M, P1DT2H, P2W), plus PnWD for working days.
import { addWorkingDays, SHIPPED_CALENDAR, subtractWorkingDays, type WorkCalendar } from './calendar';

/** A parsed duration: either a count of working days (China calendar) or exact elapsed milliseconds. */
export type Duration = { workingDays: number } | { ms: number };

export class InvalidDurationError extends Error {
  override readonly name = 'InvalidDurationError';
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Invalid duration "${input}": ${reason}`);
  }
}

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const MAX_DAYS = 3650;
const EXPECTED = 'expected e.g. P7D, PT30M, P1DT2H, P2W or P3WD';

const ZH_UNITS: readonly (readonly [number, string])[] = [
  [DAY_MS, '天'],
  [HOUR_MS, '小时'],
  [MINUTE_MS, '分钟'],
  [SECOND_MS, '秒'],
  [1, '毫秒'],
];

const WORKING_DAYS = /^P(\d+)WD$/;
const WEEKS = /^P(\d+)W$/;
const CALENDAR = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

export function isWorkingDayDuration(d: Duration): d is { workingDays: number } {
  return 'workingDays' in d;
}

function count(text: string, digits: string | undefined, unitMs: number): number {
  if (digits === undefined) return 0;
  const n = Number(digits);
  // Checked per part too, so a huge part cannot lose precision before the total is checked.
  if (n * unitMs > MAX_DAYS * DAY_MS) throw new InvalidDurationError(text, `longer than the ${MAX_DAYS}-day maximum`);
  return n * unitMs;
}

/** Parses an ISO-8601 duration; throws {@link InvalidDurationError} with the reason when it is not acceptable. */
export function parseDuration(text: string): Duration {
  const s = text.trim();
  if (s === '') throw new InvalidDurationError(text, `empty (${EXPECTED})`);
  if (s.includes('-')) throw new InvalidDurationError(text, 'negative durations are not allowed');
  if (!s.startsWith('P')) throw new InvalidDurationError(text, `must start with "P" (${EXPECTED})`);
  const datePart = s.slice(1).split('T')[0] ?? '';
  if (/[YM]/.test(datePart)) {
    throw new InvalidDurationError(
      text,
      'years and months are ambiguous; use days (P30D), weeks (P4W) or working days (P20WD)',
    );
  }
  if (s === 'P' || s.endsWith('T'))
    throw new InvalidDurationError(text, `no amount after "${s.slice(-1)}" (${EXPECTED})`);

  const wd = WORKING_DAYS.exec(s);
  if (wd) {
    const workingDays = Number(wd[1]);
    if (workingDays > MAX_DAYS) throw new InvalidDurationError(text, `longer than the ${MAX_DAYS}-day maximum`);
    return { workingDays };
  }
  if (s.includes('WD')) throw new InvalidDurationError(text, 'working days (PnWD) cannot be combined with other units');

  const weeks = WEEKS.exec(s);
  if (weeks) return { ms: count(text, weeks[1], 7 * DAY_MS) };
  if (s.includes('W'))
    throw new InvalidDurationError(text, 'weeks (PnW) cannot be combined with other units; use days');

  const cal = CALENDAR.exec(s);
  if (!cal) throw new InvalidDurationError(text, `not a supported ISO-8601 duration; whole numbers only (${EXPECTED})`);
  const [, d, h, m, sec] = cal;
  const ms = count(text, d, DAY_MS) + count(text, h, HOUR_MS) + count(text, m, MINUTE_MS) + count(text, sec, SECOND_MS);
  if (ms > MAX_DAYS * DAY_MS) throw new InvalidDurationError(text, `longer than the ${MAX_DAYS}-day maximum`);
  return { ms };
}

export function isValidDuration(text: string): boolean {
  try {
    parseDuration(text);
    return true;
  } catch (e) {
    if (e instanceof InvalidDurationError) return false;
    throw e;
  }
}

function toDuration(d: string | Duration): Duration {
  return typeof d === 'string' ? parseDuration(d) : d;
}

/** `from` plus the duration: exact milliseconds, or working days at the same Shanghai time of day. */
export function addDuration(from: Date, d: string | Duration, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  const duration = toDuration(d);
  if (isWorkingDayDuration(duration)) return addWorkingDays(from, duration.workingDays, calendar);
  return new Date(from.getTime() + duration.ms);
}

/** `from` minus the duration (e.g. when to remind before a deadline). */
export function subtractDuration(from: Date, d: string | Duration, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  const duration = toDuration(d);
  if (isWorkingDayDuration(duration)) return subtractWorkingDays(from, duration.workingDays, calendar);
  return new Date(from.getTime() - duration.ms);
}

/** Chinese wording for people: `7天`, `3个工作日`, `30秒`, `1天2小时`. */
export function formatDurationZh(d: string | Duration): string {
  const duration = toDuration(d);
  if (isWorkingDayDuration(duration)) return `${duration.workingDays}个工作日`;
  if (duration.ms === 0) return '0秒';
  let rest = duration.ms;
  const parts: string[] = [];
  for (const [unitMs, label] of ZH_UNITS) {
    const n = Math.floor(rest / unitMs);
    rest -= n * unitMs;
    if (n > 0) parts.push(`${n}${label}`);
  }
  return parts.join('');
}
