// Campaign fan-out against the raw rate of starting empty workflows, in the same run. Each measurement gets a
// fresh dev server, so the baseline's closed workflows do not weigh on the fan-out (the in-memory store has
// crashed holding 130,000).
import type { DevServerStore } from '../server/temporal';
import { startHarness, type FanOutRun, type Harness } from './fanout-harness';
import type { Figure } from './stats';

async function onFreshServer(
  log: (line: string) => void,
  store: DevServerStore,
  run: (harness: Harness) => Promise<FanOutRun>,
): Promise<FanOutRun> {
  const harness = await startHarness(log, store);
  try {
    return await run(harness);
  } finally {
    await harness.stop();
  }
}

export async function benchFanOut(options: {
  sizes: readonly number[];
  withBaseline: boolean;
  /** The dev server's stores to measure on, each with its own baseline (BENCH_TEMPORAL). */
  stores: readonly DevServerStore[];
  log: (line: string) => void;
}): Promise<{ table: string[]; figures: Figure[] }> {
  const { log } = options;
  const table = [
    '| dev server store | enterprises | raw workflow starts (baseline) | campaign fan-out | ratio | bench process RSS after |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  const figures: Figure[] = [];
  for (const store of options.stores)
    for (const size of options.sizes) {
      const raw = options.withBaseline ? await onFreshServer(log, store, (h) => h.rawStarts(size)) : null;
      const fan = await onFreshServer(log, store, (h) => h.fanOut(size));
      const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
      const ratio = raw ? (fan.perSecond / raw.perSecond).toFixed(2) : 'n/a';
      table.push(
        `| ${store} | ${size.toLocaleString('en')} | ${raw ? `${raw.perSecond.toFixed(0)} /s` : 'not run'} | ${fan.perSecond.toFixed(0)} /s (${fan.seconds.toFixed(1)} s) | **${ratio}** | ${rssMb} MB |`,
      );
      log(
        `${store} ${size}: raw ${raw ? raw.perSecond.toFixed(0) : '-'}/s, fan-out ${fan.perSecond.toFixed(0)}/s, ratio ${ratio}, RSS ${rssMb} MB`,
      );
      figures.push({
        bench: store === 'memory' ? `fanout_${size}_per_s` : `fanout_${size}_${store.replace('-', '_')}_per_s`,
        value: fan.perSecond,
        unit: 'tasks/s',
        baseline: raw ? raw.perSecond : null,
      });
    }
  return { table, figures };
}
