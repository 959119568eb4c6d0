// `npm run bench`: campaign fan-out, the api (dashboard, inbox, inspections) and the enterprise register import,
// each against its baseline in the same run. Tables go to stdout, then one JSON line per figure; progress goes to
// stderr.
//   BENCH_SCALE=small  a quick version of everything (fan-out of 1,000; a 5,000-enterprise county; an import of 5,000)
//   BENCH_ONLY=api|fanout|plan|import|response  one part only (plan: a campaign's task rows and its 双随机 draw, in pages;
//     import: a register of 60,000 rows uploaded, checked and committed, against one INSERT … ON CONFLICT;
//     response: an emergency response's activation until 5,000 links are notified, against the same rows written directly)
//   BENCH_SIZES=1000,10000  fan-out sizes (default 1000,10000,60000; small: 1000)
//   BENCH_RAW=0  fan-out without its baseline
//   BENCH_TEMPORAL=memory,file-wal  the dev server stores of the fan-out and the write path (default memory,file-wal):
//     in memory, a SQLite file as `npm start` keeps it (file-wal: with its WAL pragmas), or a file without them (file);
//     each on a fresh server with its own baseline
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { API_SCALES, benchApi } from './api-bench';
import { benchFanOut } from './fanout-bench';
import type { DevServerStore } from '../server/temporal';
import { benchImport } from './import-bench';
import { benchPlanning } from './plan-bench';
import { benchResponse } from './response-bench';
import { figureLine, type Figure } from './stats';

const scale = process.env.BENCH_SCALE === 'small' ? 'small' : 'full';
const only = process.env.BENCH_ONLY ?? 'all';
if (!['all', 'api', 'fanout', 'plan', 'import', 'response'].includes(only))
  throw new Error(`BENCH_ONLY must be api, fanout, plan, import or response, got ${only}`);
const sizes = (process.env.BENCH_SIZES ?? (scale === 'small' ? '1000' : '1000,10000,60000')).split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1))
  throw new Error(`BENCH_SIZES must be positive integers, got ${process.env.BENCH_SIZES}`);
const stores = (process.env.BENCH_TEMPORAL ?? 'memory,file-wal').split(',').map((s) => s.trim());
if (!stores.every((s): s is DevServerStore => s === 'memory' || s === 'file' || s === 'file-wal'))
  throw new Error(`BENCH_TEMPORAL must list memory, file or file-wal, got ${process.env.BENCH_TEMPORAL}`);
const log = (line: string) => console.error(`  ${line}`);
// Worker state changes are not the bench's news; warnings and errors still reach stderr.
Runtime.install({ logger: new DefaultLogger('WARN') });

const tables: string[][] = [];
const figures: Figure[] = [];
if (only === 'all' || only === 'plan') {
  const enterprises = scale === 'small' ? 5_000 : 60_000;
  log(`planning (${scale}): ${enterprises} enterprises`);
  const planning = await benchPlanning({ enterprises, ratios: [0.1, 1], log });
  tables.push(planning.table);
  figures.push(...planning.figures);
}
if (only === 'all' || only === 'fanout') {
  log(`fan-out (${scale}): ${sizes.join(', ')} enterprises`);
  const fanOut = await benchFanOut({ sizes, withBaseline: process.env.BENCH_RAW !== '0', stores, log });
  tables.push(fanOut.table);
  figures.push(...fanOut.figures);
}
if (only === 'all' || only === 'api') {
  log(`api (${scale}): ${JSON.stringify(API_SCALES[scale])}`);
  const api = await benchApi(API_SCALES[scale], stores, log);
  tables.push(api.table);
  figures.push(...api.figures);
}
if (only === 'all' || only === 'import') {
  const rows = scale === 'small' ? 5_000 : 60_000;
  log(`import (${scale}): ${rows} rows`);
  const imported = await benchImport({ rows, log });
  tables.push(imported.table);
  figures.push(...imported.figures);
}
if (only === 'all' || only === 'response') {
  const links = scale === 'small' ? 1_000 : 5_000;
  log(`response (${scale}): ${links} links`);
  const response = await benchResponse({ links, townships: 10, log });
  tables.push(response.table);
  figures.push(...response.figures);
}
for (const table of tables) console.log(`${table.join('\n')}\n`);
for (const figure of figures) console.log(figureLine(figure));
