// Campaign fan-out against the raw rate of starting empty workflows, in the same run. Each measurement gets a
// fresh dev server, so the baseline's closed workflows do not weigh on the fan-out (the in-memory store has
// crashed holding 130,000).
import { startHarness, type FanOutRun, type Harness } from './fanout-harness';
import type { Figure } from './stats';

async function onFreshServer(
  log: (line: string) => void,
  run: (harness: Harness) => Promise<FanOutRun>,
): Promise<FanOutRun> {
  const harness = await startHarness(log);
  try {
    return await run(harness);
  } finally {
    await harness.stop();
  }
}

export async function benchFanOut(options: {
  sizes: readonly number[];
  withBaseline: boolean;
  log: (line: string) => void;
}): Promise<{ table: string[]; figures: Figure[] }> {
  const { log } = options;
  const table = [
    '| enterprises | raw workflow starts (baseline) | campaign fan-out | ratio | bench process RSS after |',
    '|---:|---:|---:|---:|---:|',
  ];
  const figures: Figure[] = [];
  for (const size of options.sizes) {
    const raw = options.withBaseline ? await onFreshServer(log, (h) => h.rawStarts(size)) : null;
    const fan = await onFreshServer(log, (h) => h.fanOut(size));
    const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const ratio = raw ? (fan.perSecond / raw.perSecond).toFixed(2) : 'n/a';
    table.push(
      `| ${size.toLocaleString('en')} | ${raw ? `${raw.perSecond.toFixed(0)} /s` : 'not run'} | ${fan.perSecond.toFixed(0)} /s (${fan.seconds.toFixed(1)} s) | **${ratio}** | ${rssMb} MB |`,
    );
    log(
      `${size}: raw ${raw ? raw.perSecond.toFixed(0) : '-'}/s, fan-out ${fan.perSecond.toFixed(0)}/s, ratio ${ratio}, RSS ${rssMb} MB`,
    );
    figures.push({
      bench: `fanout_${size}_per_s`,
      value: fan.perSecond,
      unit: 'tasks/s',
      baseline: raw ? raw.perSecond : null,
    });
  }
  return { table, figures };
}
