// `npm run bench`: campaign fan-out against the raw rate of starting empty workflows on the same server,
// in the same run. Sizes from BENCH_SIZES (default 1000,10000,60000).
import { startHarness } from './fanout-harness';

const sizes = (process.env.BENCH_SIZES ?? '1000,10000,60000').split(',').map(Number);
const harness = await startHarness((line) => console.error(`  ${line}`));
const rows: string[] = [];
try {
  for (const size of sizes) {
    const raw = await harness.rawStarts(size);
    const fan = await harness.fanOut(size);
    const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const ratio = fan.perSecond / raw.perSecond;
    rows.push(`| ${size.toLocaleString('en')} | ${raw.perSecond.toFixed(0)} /s | ${fan.perSecond.toFixed(0)} /s (${fan.seconds.toFixed(1)} s) | **${ratio.toFixed(2)}** | ${rssMb} MB |`);
    console.error(`  ${size}: raw ${raw.perSecond.toFixed(0)}/s, fan-out ${fan.perSecond.toFixed(0)}/s, ratio ${ratio.toFixed(2)}, RSS ${rssMb} MB`);
  }
} finally {
  await harness.stop();
}
console.log('| enterprises | raw workflow starts (baseline) | campaign fan-out | ratio | bench process RSS after |');
console.log('|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
