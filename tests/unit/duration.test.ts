import { describe, it, expect } from 'vitest';
import {
  InvalidDurationError,
  addDuration,
  formatDurationZh,
  isValidDuration,
  isWorkingDayDuration,
  parseDuration,
  subtractDuration,
} from '../../domain/duration';
import type { Duration } from '../../domain/duration';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const sh = (local: string): Date => new Date(`${local}+08:00`);

describe('parseDuration', () => {
  it.each<[string, Duration]>([
    ['P7D', { ms: 7 * D }],
    ['PT30S', { ms: 30 * S }],
    ['P1DT2H', { ms: D + 2 * H }],
    ['PT15M', { ms: 15 * M }],
    ['PT1M', { ms: M }],
    ['PT1H30M', { ms: H + 30 * M }],
    ['P1DT2H3M4S', { ms: D + 2 * H + 3 * M + 4 * S }],
    ['PT36H', { ms: 36 * H }],
    ['P2W', { ms: 14 * D }],
    ['P0D', { ms: 0 }],
    ['PT0S', { ms: 0 }],
    ['P3WD', { workingDays: 3 }],
    ['P0WD', { workingDays: 0 }],
    ['P3650D', { ms: 3650 * D }],
    ['P3650WD', { workingDays: 3650 }],
    ['  P7D ', { ms: 7 * D }],
  ])('%s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ['', /empty/],
    ['   ', /empty/],
    ['P', /no amount/],
    ['PT', /no amount/],
    ['P1DT', /no amount/],
    ['7D', /must start with "P"/],
    ['p7d', /must start with "P"/],
    ['P1M', /months are ambiguous/],
    ['P1Y', /months are ambiguous/],
    ['P1Y2M3D', /months are ambiguous/],
    ['P1MT2H', /months are ambiguous/],
    ['-P1D', /negative/],
    ['P-1D', /negative/],
    ['PT-30S', /negative/],
    ['P3651D', /3650-day maximum/],
    ['P522W', /3650-day maximum/],
    ['PT87601H', /3650-day maximum/],
    ['P3650DT1S', /3650-day maximum/],
    ['P3651WD', /3650-day maximum/],
    ['P99999999999999999999D', /3650-day maximum/],
    ['P3WDT1H', /working days .* cannot be combined/],
    ['P1D3WD', /working days .* cannot be combined/],
    ['P1W2D', /weeks .* cannot be combined/],
    ['PT1.5H', /whole numbers only/],
    ['P1D2H', /not a supported/],
    ['PT2H1D', /not a supported/],
    ['PT30M2H', /not a supported/],
    ['P7', /not a supported/],
    ['7 days', /must start with "P"/],
  ])('rejects %j', (text, message) => {
    expect(() => parseDuration(text)).toThrow(InvalidDurationError);
    expect(() => parseDuration(text)).toThrow(message);
  });

  it('reports the input and a named error', () => {
    try {
      parseDuration('P1M');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidDurationError);
      expect(e).toBeInstanceOf(Error);
      if (!(e instanceof InvalidDurationError)) return;
      expect(e.name).toBe('InvalidDurationError');
      expect(e.input).toBe('P1M');
      expect(e.message).toMatch(/^Invalid duration "P1M": /);
    }
  });

  it('tells working-day durations apart', () => {
    expect(isWorkingDayDuration(parseDuration('P3WD'))).toBe(true);
    expect(isWorkingDayDuration(parseDuration('P3D'))).toBe(false);
  });
});

describe('isValidDuration', () => {
  it('accepts the policy forms', () => {
    for (const text of ['P7D', 'PT30S', 'P1DT2H', 'PT15M', 'P2W', 'P3WD'])
      expect(isValidDuration(text), text).toBe(true);
  });

  it('rejects bad input without throwing', () => {
    for (const text of ['', 'P', 'P1M', 'P1Y', '-P1D', 'P3651D', 'P3WDT1H', 'nonsense']) {
      expect(isValidDuration(text), text).toBe(false);
    }
  });
});

describe('addDuration', () => {
  it('adds calendar durations as exact elapsed time, holidays or not', () => {
    expect(addDuration(sh('2026-09-30T10:00:00'), 'P7D')).toEqual(sh('2026-10-07T10:00:00'));
    expect(addDuration(sh('2026-03-13T23:59:45'), 'PT30S')).toEqual(sh('2026-03-14T00:00:15'));
    expect(addDuration(sh('2026-03-13T10:00:00'), 'P1DT2H')).toEqual(sh('2026-03-14T12:00:00'));
    expect(addDuration(sh('2026-03-13T10:00:00'), 'P2W')).toEqual(sh('2026-03-27T10:00:00'));
  });

  it('adds working days on the China calendar', () => {
    expect(addDuration(sh('2026-09-29T10:00:00'), 'P3WD')).toEqual(sh('2026-10-09T10:00:00'));
    expect(addDuration(sh('2026-02-13T10:00:00'), 'P2WD')).toEqual(sh('2026-02-24T10:00:00'));
    expect(addDuration(sh('2026-03-13T10:00:00'), 'P1WD')).toEqual(sh('2026-03-16T10:00:00'));
  });

  it('accepts an already parsed duration', () => {
    expect(addDuration(sh('2026-03-13T10:00:00'), { ms: 15 * M })).toEqual(sh('2026-03-13T10:15:00'));
    expect(addDuration(sh('2026-03-13T10:00:00'), { workingDays: 1 })).toEqual(sh('2026-03-16T10:00:00'));
  });

  it('throws on bad text', () => {
    expect(() => addDuration(sh('2026-03-13T10:00:00'), 'P1M')).toThrow(InvalidDurationError);
  });
});

describe('subtractDuration', () => {
  it('subtracts calendar durations exactly', () => {
    expect(subtractDuration(sh('2026-10-08T10:00:00'), 'P1D')).toEqual(sh('2026-10-07T10:00:00'));
    expect(subtractDuration(sh('2026-10-08T10:00:00'), 'PT15M')).toEqual(sh('2026-10-08T09:45:00'));
  });

  it('subtracts working days (remind one working day before)', () => {
    expect(subtractDuration(sh('2026-10-08T10:00:00'), 'P1WD')).toEqual(sh('2026-09-30T10:00:00'));
    expect(subtractDuration(sh('2026-02-24T17:00:00'), { workingDays: 1 })).toEqual(sh('2026-02-14T17:00:00'));
  });
});

describe('formatDurationZh', () => {
  it.each<[string | Duration, string]>([
    ['P7D', '7天'],
    ['P3WD', '3个工作日'],
    ['PT30S', '30秒'],
    ['P1DT2H', '1天2小时'],
    ['PT15M', '15分钟'],
    ['PT1H30M', '1小时30分钟'],
    ['PT90M', '1小时30分钟'],
    ['P2W', '14天'],
    ['P1DT2H3M4S', '1天2小时3分钟4秒'],
    ['P0D', '0秒'],
    ['P0WD', '0个工作日'],
    [{ ms: 1500 }, '1秒500毫秒'],
    [{ workingDays: 5 }, '5个工作日'],
  ])('%j → %s', (input, expected) => {
    expect(formatDurationZh(input)).toBe(expected);
  });

  it('throws on bad text', () => {
    expect(() => formatDurationZh('P1Y')).toThrow(InvalidDurationError);
  });
});

describe('round trips', () => {
  const texts = ['P7D', 'PT30S', 'P1DT2H', 'PT15M', 'P2W', 'P3WD', 'P1WD', 'P10WD', 'P0D'];

  it.each(texts)('%s: subtract undoes add from a working day', (text) => {
    for (const from of [sh('2026-09-29T10:00:00'), sh('2026-02-13T08:30:00'), sh('2025-12-31T23:59:59.999')]) {
      expect(subtractDuration(addDuration(from, text), text)).toEqual(from);
    }
  });

  it.each(texts)('%s: parsed and text forms agree', (text) => {
    const parsed = parseDuration(text);
    const from = sh('2026-09-29T10:00:00');
    expect(addDuration(from, parsed)).toEqual(addDuration(from, text));
    expect(formatDurationZh(parsed)).toBe(formatDurationZh(text));
  });
});
