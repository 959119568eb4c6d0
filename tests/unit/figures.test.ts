// The figures' one home: the rate, its clamp, and the counts every view starts from.
import { describe, expect, it } from 'vitest';
import { emptyCounts, FIGURE_NAMES, figureReachOf, rectificationRate, withRate } from '../../domain/figures';
import { ROLES } from '../../domain/types';

describe('rectificationRate', () => {
  it('caps closed at found: a period that closes more than it finds is at 100 %, not above', () => {
    expect(rectificationRate(4, 6)).toBe(1);
    expect(rectificationRate(0, 3)).toBe(1);
    expect(rectificationRate(4, 3)).toBe(0.75);
  });
});

describe('withRate and emptyCounts', () => {
  it('start every figure at 0, and nothing found is a rate of 1', () => {
    const counts = emptyCounts();
    expect(Object.keys(counts).sort()).toEqual([...FIGURE_NAMES].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(withRate(counts).rectificationRate).toBe(1);
    expect(withRate({ ...counts, hazardsFound: 8, hazardsClosed: 7 }).rectificationRate).toBe(0.875);
  });
});

describe('figureReachOf', () => {
  it("gives the county's figures to the county office and its leaders, and a unit's own to everyone else", () => {
    expect(Object.fromEntries(ROLES.map((role) => [role, figureReachOf(role)]))).toEqual({
      ADMIN: 'county',
      LEADER: 'county',
      REGULATOR_HEAD: 'own',
      REGULATOR_STAFF: 'own',
      TOWNSHIP_HEAD: 'own',
      TOWNSHIP_STAFF: 'own',
      ENTERPRISE: 'own',
    });
  });
});
