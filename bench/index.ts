// `npm run bench`: campaign fan-out against the raw rate of starting empty workflows, in the same run.
// Sizes from BENCH_SIZES (default 1000,10000,60000). Each measurement gets a fresh dev server, so the
// baseline's closed workflows do not weigh on the fan-out (the in-memory store has crashed holding 130,000).
import { startHarness, type FanOutRun, type Harness } from './fanout-harness';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,60000').split(',').map(Number);
const withBaseline = process.env.BENCH_RAW !== '0';
const log = (line: string) => console.error(`  ${line}`);

async function onFreshServer(run: (harness: Harness) => Promise<FanOutRun>): Promise<FanOutRun> {
  const harness = await startHarness(log);
  try {
    return await run(harness);
  } finally {
    await harness.stop();
  }
}

const rows: string[] = [];
for (const size of sizes) {
  const raw = withBaseline ? await onFreshServer((h) => h.rawStarts(size)) : null;
  const fan = await onFreshServer((h) => h.fanOut(size));
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const ratio = raw ? (fan.perSecond / raw.perSecond).toFixed(2) : 'n/a';
  rows.push(`| ${size.toLocaleString('en')} | ${raw ? `${raw.perSecond.toFixed(0)} /s` : 'not run'} | ${fan.perSecond.toFixed(0)} /s (${fan.seconds.toFixed(1)} s) | **${ratio}** | ${rssMb} MB |`);
  log(`${size}: raw ${raw ? raw.perSecond.toFixed(0) : '-'}/s, fan-out ${fan.perSecond.toFixed(0)}/s, ratio ${ratio}, RSS ${rssMb} MB`);
}
console.log('| enterprises | raw workflow starts (baseline) | campaign fan-out | ratio | bench process RSS after |');
console.log('|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
