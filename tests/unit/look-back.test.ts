// 回头看's pure rules: the month, the seed and the draw (reproducible), who checks, the refusals, the rate.
import { describe, expect, it } from 'vitest';
import {
  drawLookBack,
  falseRectificationRate,
  LOOK_BACK_REFUSALS,
  lookBackAssignee,
  lookBackPeriod,
  lookBackRuleProblem,
  lookBackSeed,
  monthFrom,
  monthKey,
  monthLabel,
  reopenProblem,
} from '../../domain/look-back';

describe('look-back rules', () => {
  it('covers the Shanghai month before the run, and knows a month by its first instant', () => {
    // 1 December 05:00 Shanghai is 30 November 21:00 UTC: the month covered is November.
    const period = lookBackPeriod(new Date('2026-11-30T21:00:00Z'));
    expect(period).toEqual({ start: new Date('2026-10-31T16:00:00Z'), end: new Date('2026-11-30T16:00:00Z') });
    expect(monthLabel(period.start)).toBe('2026年11月');
    expect(monthKey(period.start)).toBe('2026-11');
    expect(monthFrom(period.start)).toEqual(period);
    expect(monthFrom(new Date('2026-11-01T00:00:00Z'))).toBeNull();
    // January draws December of the year before.
    expect(monthLabel(lookBackPeriod(new Date('2027-01-01T00:00:00Z')).start)).toBe('2026年12月');
  });

  it('draws the same hazards for the same month, ceil(population × ratio), at least one, and others for another month', () => {
    const ids = Array.from({ length: 200 }, (_, i) => i * 3 + 1);
    const seed = lookBackSeed(new Date('2026-10-31T16:00:00Z'));
    const first = drawLookBack(ids, 0.05, seed);
    expect(first).toHaveLength(10);
    expect(drawLookBack([...ids].reverse(), 0.05, seed)).toEqual(first);
    expect(first).toEqual([...first].sort((a, b) => a - b));
    expect(first.every((id) => ids.includes(id))).toBe(true);
    expect(drawLookBack(ids, 0.05, lookBackSeed(new Date('2026-09-30T16:00:00Z')))).not.toEqual(first);
    expect(drawLookBack([7], 0.05, seed)).toEqual([7]);
    expect(drawLookBack([], 0.1, seed)).toEqual([]);
  });

  it('sends the check outside the chain that closed the hazard', () => {
    const base = { townshipId: 10, regulatorId: 20, comprehensiveId: 30 };
    expect(lookBackAssignee({ ...base, closingOrgId: 20 })).toBe(10);
    expect(lookBackAssignee({ ...base, closingOrgId: 10 })).toBe(20);
    // A township-led industry closed by the township: the comprehensive supervisor checks.
    expect(lookBackAssignee({ townshipId: 10, regulatorId: 10, comprehensiveId: 30, closingOrgId: 10 })).toBe(30);
  });

  it('refuses a rule outside 5–10 % or 1–30 working days, and a reopening without a reason or a future deadline', () => {
    expect(lookBackRuleProblem({ ratio: 0.05, verifyDays: 10 })).toBeNull();
    expect(lookBackRuleProblem({ ratio: 0.1, verifyDays: 30 })).toBeNull();
    expect(lookBackRuleProblem({ ratio: 0.2, verifyDays: 10 })).toBe(LOOK_BACK_REFUSALS.ratioOutOfRange);
    expect(lookBackRuleProblem({ ratio: 0.04, verifyDays: 10 })).toBe(LOOK_BACK_REFUSALS.ratioOutOfRange);
    expect(lookBackRuleProblem({ ratio: 0.05, verifyDays: 0 })).toBe(LOOK_BACK_REFUSALS.verifyDaysOutOfRange);
    const now = new Date('2026-12-07T00:00:00Z');
    expect(reopenProblem('  ', new Date('2026-12-20T00:00:00Z'), now)).toBe(LOOK_BACK_REFUSALS.reasonRequired);
    expect(reopenProblem('仍未整改', now, now)).toBe(LOOK_BACK_REFUSALS.rectifyByInPast);
    expect(reopenProblem('仍未整改', new Date('2026-12-20T00:00:00Z'), now)).toBeNull();
  });

  it('rates false rectifications among the checks judged', () => {
    expect(falseRectificationRate(0, 0)).toBe(0);
    expect(falseRectificationRate(8, 2)).toBe(0.25);
  });
});
