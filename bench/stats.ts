// What every benchmark reports: percentiles of timed samples, a bounded pool of requests in flight, and one
// JSON line per figure with its baseline from the same run.

export interface Figure {
  bench: string;
  value: number;
  unit: string;
  /** The same work without the part under test, measured in the same run; null when there is no fair one. */
  baseline: number | null;
}

export interface Summary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('no samples to take a percentile of');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
    mean: samples.reduce((sum, s) => sum + s, 0) / samples.length,
  };
}

export const describeMs = (s: Summary) =>
  `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms, mean ${s.mean.toFixed(1)} ms (n=${s.count})`;

/** Runs `work` once and returns how long it took, in milliseconds. */
export async function timeMs(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Runs `work` over every item with at most `concurrency` in flight; resolves once all have settled. */
export async function inPool<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < items.length; index = next++) {
      const item = items[index];
      if (item !== undefined) await work(item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
}

const number = (value: number | null, digits: number): string =>
  value === null || !Number.isFinite(value) ? 'null' : String(Number(value.toFixed(digits)));

/** `{"bench": …, "value": …, "unit": …, "baseline": …, "ratio": …}` exactly, one figure per line. */
export function figureLine(figure: Figure): string {
  const ratio = figure.baseline === null || figure.baseline === 0 ? null : figure.value / figure.baseline;
  return (
    `{"bench": ${JSON.stringify(figure.bench)}, "value": ${number(figure.value, 2)}, "unit": ${JSON.stringify(figure.unit)}, ` +
    `"baseline": ${number(figure.baseline, 2)}, "ratio": ${number(ratio, 3)}}`
  );
}

/** A logger that says nothing: a bench's workers must not print between its figures. */
export const quietLogger = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  log: () => undefined,
};
