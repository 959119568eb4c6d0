// The one way an instant is written to the API, in GraphQL variables and in query strings alike:
// ISO-8601 with an offset (a time without its zone is ambiguous between a browser and the server).
// Parsed strictly: a date that does not exist (2 月 30 日), 24:00, a 60th second or an offset beyond ±14:00 (the
// widest in use) is refused, not rolled over into another day as `new Date` would.
export const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

const MAX_OFFSET_MINUTES = 14 * 60;

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The instant of an ISO-8601 date-time with offset between the years 2000 and 2100; null for anything else. */
export function parseIsoDateTime(text: string): Date | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offset = 0;
  if (m[8] !== 'Z') {
    const [offsetHours, offsetMinutes] = [Number(m[10]), Number(m[11])];
    if (offsetMinutes > 59) return null;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
    if (Math.abs(offset) > MAX_OFFSET_MINUTES) return null;
  }
  const millis = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000);
  if (date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) return null;
  return date;
}

export const DATE_TIME_REFUSALS = {
  format: '时间格式应为带时区的 ISO-8601，例如 2026-12-01T09:00:00+08:00',
  impossible: (text: string) =>
    `时间 ${text} 不存在或超出范围：日期须真实存在（如没有2月30日），时刻在00:00至23:59:59之间，时区偏移不超过±14:00，年份在2000至2100年之间`,
} as const;

/** Why `text` is not an instant the API accepts, or null. */
export function dateTimeProblem(text: string): string | null {
  if (!ISO_DATE_TIME.test(text)) return DATE_TIME_REFUSALS.format;
  return parseIsoDateTime(text) ? null : DATE_TIME_REFUSALS.impossible(text);
}
