// `npm run bench`: campaign fan-out against the raw rate of starting empty workflows on the same server,
// in the same run. Sizes from BENCH_SIZES (default 1000,10000,60000).
import { startHarness } from './fanout-harness';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,60000').split(',').map(Number);
// BENCH_RAW=0 skips the baseline (the dev server's in-memory store has crashed holding 130,000 workflows).
const withBaseline = process.env.BENCH_RAW !== '0';
const harness = await startHarness((line) => console.error(`  ${line}`));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const raw = withBaseline ? await harness.rawStarts(size) : null;
    const fan = await harness.fanOut(size);
    const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const ratio = raw ? (fan.perSecond / raw.perSecond).toFixed(2) : 'n/a';
    rows.push(`| ${size.toLocaleString('en')} | ${raw ? `${raw.perSecond.toFixed(0)} /s` : 'not run'} | ${fan.perSecond.toFixed(0)} /s (${fan.seconds.toFixed(1)} s) | **${ratio}** | ${rssMb} MB |`);
    console.error(`  ${size}: raw ${raw ? raw.perSecond.toFixed(0) : '-'}/s, fan-out ${fan.perSecond.toFixed(0)}/s, ratio ${ratio}, RSS ${rssMb} MB`);
  }
} finally {
  await harness.stop();
}
console.log('| enterprises | raw workflow starts (baseline) | campaign fan-out | ratio | bench process RSS after |');
console.log('|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
