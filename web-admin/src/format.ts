// Dates are shown in Asia/Shanghai whatever the device's zone; numbers in the chosen locale.
import type { Locale } from './locales';

const ZONE = 'Asia/Shanghai';
// China has kept UTC+8 without daylight saving since 1991: a wall-clock input is that instant minus eight hours.
const SHANGHAI_OFFSET = '+08:00';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { timeZone: ZONE, hour12: false, ...options });
    formatters.set(key, found);
  }
  return found;
}

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return formatter(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return formatter(locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

export function formatPercent(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** An amount in yuan, e.g. ¥86,000.50. */
export function formatYuan(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(value);
}

/** The `YYYY-MM-DDTHH:mm` value of a datetime-local input showing this instant on a Shanghai wall clock. */
export function toShanghaiInput(date: Date): string {
  const parts = formatter('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** The instant (ISO, UTC) of a datetime-local value read as Shanghai wall-clock time; null when empty or malformed. */
export function fromShanghaiInput(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}:00${SHANGHAI_OFFSET}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The Shanghai calendar day `YYYY-MM-DD` of an instant. */
export function toShanghaiDate(date: Date): string {
  return toShanghaiInput(date).slice(0, 10);
}

/** The instant (ISO, UTC) a Shanghai calendar day starts, `plusDays` after the `YYYY-MM-DD` given; null when malformed. */
export function shanghaiDayStart(value: string, plusDays = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const ms = Date.parse(`${value}T00:00:00${SHANGHAI_OFFSET}`);
  return Number.isNaN(ms) ? null : new Date(ms + plusDays * 86_400_000).toISOString();
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** How long ago, in whole days or hours: { unit, n }. */
export function ageOf(iso: string, now: number = Date.now()): { unit: 'days' | 'hours' | 'minutes'; n: number } {
  const ms = Math.max(0, now - Date.parse(iso));
  if (ms >= DAY) return { unit: 'days', n: Math.floor(ms / DAY) };
  if (ms >= HOUR) return { unit: 'hours', n: Math.floor(ms / HOUR) };
  return { unit: 'minutes', n: Math.floor(ms / 60_000) };
}

export function inDays(days: number, from: Date = new Date()): Date {
  return new Date(from.getTime() + days * DAY);
}

/** A day in words, Shanghai time: 2026年5月11日, May 11, 2026. */
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  return formatter(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

/** A time of day with seconds, Shanghai time: 14:05:09 (when a polled figure last came). */
export function formatTimeOfDay(date: Date, locale: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}
