// 年度监督检查计划's pure rules: the cadence (months due), the visits for an enterprise, the frequencies allowed, the
// filing deadline, the year, the completion.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FREQUENCIES,
  dueMonths,
  filedLate,
  frequenciesOf,
  frequenciesProblem,
  INSPECTION_PLAN_REFUSALS,
  monthDueAt,
  monthIn,
  planCompletion,
  planYearProblem,
  visitsFor,
} from '../../domain/inspection-plans';

describe('inspection plan rules', () => {
  it('spreads an enterprise’s visits every 12/f months from the first month, offset by its id', () => {
    expect(dueMonths(7, 12, 0)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(dueMonths(8, 4, 0)).toEqual([2, 5, 8, 11]);
    expect(dueMonths(9, 4, 0)).toEqual([0, 3, 6, 9]);
    expect(dueMonths(5, 2, 0)).toEqual([5, 11]);
    expect(dueMonths(5, 1, 0)).toEqual([5]);
    expect(dueMonths(5, 0, 0)).toEqual([]);
    // Approved in April: the same cadence from April on; a turn that would fall after December comes in December.
    expect(dueMonths(8, 4, 3)).toEqual([5, 8, 11]);
    expect(dueMonths(11, 1, 3)).toEqual([11]);
    expect(dueMonths(7, 1, 3)).toEqual([10]);
    // Every enterprise of a yearly cadence gets exactly one visit, and the months share the load.
    const counts = new Array<number>(12).fill(0);
    for (let id = 1; id <= 1200; id += 1) for (const m of dueMonths(id, 1, 0)) counts[m] = (counts[m] ?? 0) + 1;
    expect(counts).toEqual(new Array<number>(12).fill(100));
  });

  it('gives an enterprise its grade’s visits, or the major hazard source’s when more', () => {
    expect(visitsFor({ grade: 'GOOD', majorHazardSource: false }, DEFAULT_FREQUENCIES)).toBe(1);
    expect(visitsFor({ grade: 'POOR', majorHazardSource: false }, DEFAULT_FREQUENCIES)).toBe(4);
    expect(visitsFor({ grade: 'GOOD', majorHazardSource: true }, DEFAULT_FREQUENCIES)).toBe(12);
  });

  it('allows cadences a month-by-month plan can keep, a major hazard source at least as often as any grade', () => {
    expect(frequenciesProblem(DEFAULT_FREQUENCIES)).toBeNull();
    expect(frequenciesProblem({ ...DEFAULT_FREQUENCIES, FAIR: 5 })).toBe(INSPECTION_PLAN_REFUSALS.badFrequency);
    expect(frequenciesProblem({ ...DEFAULT_FREQUENCIES, POOR: -1 })).toBe(INSPECTION_PLAN_REFUSALS.badFrequency);
    expect(frequenciesProblem({ majorHazardSource: 2, POOR: 4, FAIR: 2, GOOD: 1 })).toBe(
      INSPECTION_PLAN_REFUSALS.majorBelowGrade,
    );
    expect(frequenciesOf({ majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 })).toEqual(DEFAULT_FREQUENCIES);
    expect(frequenciesOf({ POOR: 4 })).toBeNull();
  });

  it('dates a month’s visit at its last second, Shanghai; a plan is late after the first quarter', () => {
    expect(monthDueAt(2027, 0).toISOString()).toBe('2027-01-31T15:59:59.000Z');
    expect(monthDueAt(2027, 11).toISOString()).toBe('2027-12-31T15:59:59.000Z');
    expect(monthIn(2027, new Date('2027-03-31T16:00:00Z'))).toBe(3);
    expect(monthIn(2027, new Date('2026-12-07T00:00:00Z'))).toBe(0);
    expect(filedLate(2027, new Date('2027-03-31T15:59:59Z'))).toBe(false);
    expect(filedLate(2027, new Date('2027-03-31T16:00:00Z'))).toBe(true);
    const now = new Date('2026-12-07T00:00:00Z');
    expect(planYearProblem(2026, now)).toBeNull();
    expect(planYearProblem(2027, now)).toBeNull();
    expect(planYearProblem(2025, now)).toBe(INSPECTION_PLAN_REFUSALS.yearOutOfRange);
    expect(planCompletion(0, 0)).toBe(1);
    expect(planCompletion(8, 6)).toBe(0.75);
  });
});
