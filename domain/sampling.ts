// 双随机 (random enterprises, random inspectors): the sample size and the seeded draw, pure and reproducible. The
// same seed draws the same enterprises and inspectors whatever the page size; the repository only fetches candidates.

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
