// 双随机 (random enterprises, random inspectors): the sample size and the seeded draw, pure and reproducible. The
// same seed draws the same enterprises and inspectors whatever the page size; the repository only fetches candidates.
import { GRADES, type Grade, type ListStatus } from './types';

/** How many of `total` enterprises in scope a campaign with this sample ratio inspects: ceil(total × ratio). */
export function sampleSize(total: number, ratio: number): number {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total must be a whole number ≥ 0, not ${total}`);
  if (!(ratio > 0 && ratio <= 1)) throw new RangeError(`ratio must lie in (0, 1], not ${ratio}`);
  return ratio >= 1 ? total : Math.ceil(total * ratio);
}

/** A 32-bit hash of the seed and the keys (murmur3's finaliser per key): a member's place depends on itself only. */
export function drawRank(seed: number, ...keys: readonly number[]): number {
  let h = seed >>> 0;
  for (const key of keys) {
    h = Math.imul(h ^ (key >>> 0), 0x9e3779b1) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Orders ids by their seeded rank (ties by id). */
const bySeededRank = (seed: number, ids: readonly number[]) =>
  ids
    .map((id) => ({ id, rank: drawRank(seed, id) }))
    .sort((a, b) => a.rank - b.rank || a.id - b.id)
    .map((d) => d.id);

/**
 * The enterprises drawn from all candidates in scope: `sampleSize` of them in seeded order. Without a seed, or at
 * ratio 1, everyone is drawn.
 */
export function drawSample(candidateIds: readonly number[], ratio: number, seed: number | null): Set<number> {
  if (seed === null || ratio >= 1) return new Set(candidateIds);
  return new Set(bySeededRank(seed, candidateIds).slice(0, sampleSize(candidateIds.length, ratio)));
}

/** The inspector proposed for an enterprise: one of its regulator's staff, drawn by seed; none without a seed. */
export function drawInspector(seed: number | null, enterpriseId: number, staffIds: readonly number[]): number | null {
  if (seed === null || staffIds.length === 0) return null;
  let best: { id: number; rank: number } | null = null;
  for (const id of staffIds) {
    const rank = drawRank(seed, enterpriseId, id);
    if (!best || rank < best.rank || (rank === best.rank && id < best.id)) best = { id, rank };
  }
  return best?.id ?? null;
}

/** 按风险分级抽查: a ratio per grade (差 more often than 好); black-listed enterprises are always drawn. */
export type GradeRatios = Record<Grade, number>;

export interface SamplingCandidate {
  id: number;
  grade: Grade;
  listStatus: ListStatus;
}

export const GRADE_SAMPLING_REFUSALS = {
  ratio: '各等级的抽查比例应在0到1之间（0表示不抽该等级，1表示全部检查）',
  none: '请至少为一个等级设置大于0的抽查比例',
  both: '按等级抽查时不再设置统一的抽查比例，请只选其一',
} as const;

/** The ratios of a draw by grade as a campaign row stores them (JSON), or null for one ratio (or none). */
export function gradeRatiosOf(stored: unknown): GradeRatios | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const r = stored as Partial<Record<Grade, unknown>>;
  return GRADES.every((grade) => typeof r[grade] === 'number') ? (r as GradeRatios) : null;
}

/** The first problem of a set of ratios by grade, or null. */
export function gradeRatiosProblem(ratios: GradeRatios): string | null {
  const values = GRADES.map((grade) => ratios[grade]);
  if (values.some((r) => !(r >= 0 && r <= 1))) return GRADE_SAMPLING_REFUSALS.ratio;
  return values.some((r) => r > 0) ? null : GRADE_SAMPLING_REFUSALS.none;
}

/** How many of each grade a draw takes (ceil of count × ratio, 0 for ratio 0), and the black-listed, all of them. */
export function sampleSizesByGrade(
  counts: Record<Grade, number> & { blackListed: number },
  ratios: GradeRatios,
): Record<Grade, number> & { blackListed: number } {
  const of = (grade: Grade) => (ratios[grade] <= 0 ? 0 : sampleSize(counts[grade], ratios[grade]));
  return { GOOD: of('GOOD'), FAIR: of('FAIR'), POOR: of('POOR'), blackListed: counts.blackListed };
}

/**
 * The draw by grade: within each grade (black-listed ones aside) `sampleSizesByGrade` of them in seeded order, and
 * every black-listed enterprise. The same seed over the same register draws the same enterprises.
 */
export function drawSampleByGrade(
  candidates: readonly SamplingCandidate[],
  ratios: GradeRatios,
  seed: number,
): Set<number> {
  const drawn = new Set(candidates.filter((c) => c.listStatus === 'BLACK').map((c) => c.id));
  for (const grade of GRADES) {
    const ids = candidates.filter((c) => c.grade === grade && c.listStatus !== 'BLACK').map((c) => c.id);
    if (ratios[grade] <= 0) continue;
    for (const id of bySeededRank(seed, ids).slice(0, sampleSize(ids.length, ratios[grade]))) drawn.add(id);
  }
  return drawn;
}
