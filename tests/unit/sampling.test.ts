// The 双随机 rule: how many are drawn, and that a seed draws the same enterprises and inspectors every time.
import { describe, expect, it } from 'vitest';
import {
  drawInspector,
  drawRank,
  drawSample,
  drawSampleByGrade,
  GRADE_SAMPLING_REFUSALS,
  gradeRatiosOf,
  gradeRatiosProblem,
  sampleSize,
  sampleSizesByGrade,
  type SamplingCandidate,
} from '../../domain/sampling';

const ids = Array.from({ length: 500 }, (_, i) => i * 3 + 7);

describe('sampleSize', () => {
  it('is ceil(total × ratio), all at ratio 1, none of none', () => {
    expect(sampleSize(2500, 0.1)).toBe(250);
    expect(sampleSize(7, 0.5)).toBe(4);
    expect(sampleSize(1, 0.01)).toBe(1);
    expect(sampleSize(86, 1)).toBe(86);
    expect(sampleSize(0, 0.3)).toBe(0);
  });
  it('refuses a ratio outside (0, 1] and a negative or fractional total', () => {
    expect(() => sampleSize(10, 0)).toThrow(RangeError);
    expect(() => sampleSize(10, 1.5)).toThrow(RangeError);
    expect(() => sampleSize(-1, 0.5)).toThrow(RangeError);
    expect(() => sampleSize(2.5, 0.5)).toThrow(RangeError);
  });
});

describe('drawSample', () => {
  it('draws sampleSize members of the candidates, the same for the same seed in any order', () => {
    const drawn = drawSample(ids, 0.3, 424242);
    expect(drawn.size).toBe(sampleSize(ids.length, 0.3));
    expect([...drawn].every((id) => ids.includes(id))).toBe(true);
    expect(drawSample([...ids].reverse(), 0.3, 424242)).toEqual(drawn);
    expect(drawSample(ids, 0.3, 777)).not.toEqual(drawn);
  });
  it('draws everyone without a seed or at ratio 1', () => {
    expect(drawSample(ids, 0.3, null).size).toBe(ids.length);
    expect(drawSample(ids, 1, 5).size).toBe(ids.length);
  });
  it('spreads the draw over the candidates rather than taking the lowest ids', () => {
    const drawn = [...drawSample(ids, 0.2, 99)];
    const middle = ids[ids.length / 2] ?? 0;
    const lowHalf = drawn.filter((id) => id < middle).length;
    expect(lowHalf / drawn.length).toBeGreaterThan(0.35);
    expect(lowHalf / drawn.length).toBeLessThan(0.65);
  });
});

describe('drawInspector', () => {
  it('picks one of the staff by seed and enterprise, reproducibly; none without a seed or staff', () => {
    const staff = [11, 12, 13, 14];
    const picked = drawInspector(5, 101, staff);
    expect(staff).toContain(picked);
    expect(drawInspector(5, 101, [...staff].reverse())).toBe(picked);
    const spread = new Set(Array.from({ length: 40 }, (_, e) => drawInspector(5, e, staff)));
    expect(spread.size).toBeGreaterThan(1);
    expect(drawInspector(null, 101, staff)).toBeNull();
    expect(drawInspector(5, 101, [])).toBeNull();
  });
  it('ranks depend on every key', () => {
    expect(drawRank(1, 2, 3)).not.toBe(drawRank(1, 3, 2));
    expect(drawRank(1, 2)).not.toBe(drawRank(2, 2));
  });
});

describe('按风险分级抽查', () => {
  const candidates: SamplingCandidate[] = Array.from({ length: 300 }, (_, i) => ({
    id: i + 1,
    grade: (['GOOD', 'FAIR', 'POOR'] as const)[i % 3] ?? 'FAIR',
    listStatus: i % 50 === 7 ? 'BLACK' : i % 40 === 3 ? 'RED' : 'NONE',
  }));
  const ratios = { GOOD: 0.2, FAIR: 0.5, POOR: 1 };

  it('draws each grade by its ratio and every black-listed enterprise, the same for the same seed', () => {
    const drawn = drawSampleByGrade(candidates, ratios, 4242);
    expect(drawSampleByGrade(candidates, ratios, 4242)).toEqual(drawn);
    expect(drawSampleByGrade([...candidates].reverse(), ratios, 4242)).toEqual(drawn);
    expect(drawSampleByGrade(candidates, ratios, 4243)).not.toEqual(drawn);
    const black = candidates.filter((c) => c.listStatus === 'BLACK');
    expect(black.every((c) => drawn.has(c.id))).toBe(true);
    const of = (grade: string) => candidates.filter((c) => c.grade === grade && c.listStatus !== 'BLACK');
    const counts = {
      GOOD: of('GOOD').length,
      FAIR: of('FAIR').length,
      POOR: of('POOR').length,
      blackListed: black.length,
    };
    const sizes = sampleSizesByGrade(counts, ratios);
    for (const grade of ['GOOD', 'FAIR', 'POOR'] as const)
      expect(of(grade).filter((c) => drawn.has(c.id)).length, grade).toBe(sizes[grade]);
    expect(sizes).toEqual({
      GOOD: Math.ceil(counts.GOOD * 0.2),
      FAIR: Math.ceil(counts.FAIR * 0.5),
      POOR: counts.POOR,
      blackListed: black.length,
    });
    expect(drawn.size).toBe(sizes.GOOD + sizes.FAIR + sizes.POOR + sizes.blackListed);
  });

  it('takes none of a grade at ratio 0, and refuses ratios that say nothing or too much', () => {
    const drawn = drawSampleByGrade(candidates, { GOOD: 0, FAIR: 0, POOR: 1 }, 7);
    expect(candidates.filter((c) => c.grade === 'GOOD' && c.listStatus !== 'BLACK' && drawn.has(c.id))).toEqual([]);
    expect(gradeRatiosProblem({ GOOD: 0, FAIR: 0, POOR: 0 })).toBe(GRADE_SAMPLING_REFUSALS.none);
    expect(gradeRatiosProblem({ GOOD: 1.5, FAIR: 0, POOR: 1 })).toBe(GRADE_SAMPLING_REFUSALS.ratio);
    expect(gradeRatiosProblem({ GOOD: -0.1, FAIR: 0, POOR: 1 })).toBe(GRADE_SAMPLING_REFUSALS.ratio);
    expect(gradeRatiosProblem({ GOOD: Number.NaN, FAIR: 0, POOR: 1 })).toBe(GRADE_SAMPLING_REFUSALS.ratio);
    expect(gradeRatiosProblem(ratios)).toBeNull();
    expect(gradeRatiosOf({ GOOD: 0.2, FAIR: 0.5, POOR: 1 })).toEqual(ratios);
    expect(gradeRatiosOf(null)).toBeNull();
    expect(gradeRatiosOf({ GOOD: 0.2 })).toBeNull();
  });
});
