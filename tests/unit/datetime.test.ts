// Instants as the API reads them: strict ISO-8601 with an offset; what does not exist is refused, not rolled over.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_REFUSALS, dateTimeProblem, parseIsoDateTime } from '../../domain/datetime';

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-12-01T09:00:00+08:00', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T09:00+08:00', '2026-12-01T01:00:00.000Z'],
    ['2028-02-29T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['2026-03-01T00:00:00.5-05:30', '2026-03-01T05:30:00.500Z'],
    ['2026-06-30T23:59:59.999+14:00', '2026-06-30T09:59:59.999Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseIsoDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each([
    '2027-02-30T17:00+08:00', // no 30 February
    '2026-02-29T12:00+08:00', // 2026 is not a leap year
    '2026-04-31T12:00+08:00',
    '2026-13-01T12:00+08:00',
    '2026-00-10T12:00+08:00',
    '2026-01-00T12:00+08:00',
    '2027-01-10T24:00+08:00',
    '2027-01-10T12:60+08:00',
    '2027-01-10T12:00:60+08:00',
    '2027-01-10T10:00+23:59',
    '2027-01-10T10:00-14:01',
    '2027-01-10T10:00+08:60',
    '1999-12-31T12:00:00Z',
    '2101-01-01T12:00:00Z',
  ])('refuses %s as an instant that does not exist or is out of range', (text) => {
    expect(parseIsoDateTime(text)).toBeNull();
    expect(dateTimeProblem(text)).toBe(DATE_TIME_REFUSALS.impossible(text));
  });

  it.each(['2026/12/31', '2026-12-31', '2026-12-31T12:00', '2026-12-31 12:00+08:00', 'tomorrow', ''])(
    'refuses %j as not ISO-8601 with an offset',
    (text) => {
      expect(parseIsoDateTime(text)).toBeNull();
      expect(dateTimeProblem(text)).toBe(DATE_TIME_REFUSALS.format);
    },
  );

  it('reads back every instant of 2000–2100 written with any offset in ±14:00', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 2), max: Date.UTC(2100, 11, 30) }),
        fc.integer({ min: -14 * 4, max: 14 * 4 }).map((q) => q * 15),
        (millis, offset) => {
          const local = new Date(millis + offset * 60_000);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const text = `${local.toISOString().slice(0, 23)}${zone}`;
          expect(parseIsoDateTime(text)?.getTime()).toBe(millis);
          expect(dateTimeProblem(text)).toBeNull();
        },
      ),
      { numRuns: 500 },
    );
  });
});
