// The api as issues #4 and #16 measure it: a county with a year of hazards, then the dashboard, a regulator's inbox
// and the write path (submitInspection taken apart down to a bare Update), each against its baseline in the same
// run. The reads never touch Temporal: they run once, on the first store. The write path runs on each store asked
// for (BENCH_TEMPORAL), each on a fresh dev server, database and campaign.
import { benchDashboard, benchMyTasks } from './api-reads';
import { benchWritePath, launchSampledCampaign, writePathFigures, WRITE_PATHS } from './api-writes';
import { startApiHarness } from './api-harness';
import { seedHistory } from './seed-hazards';
import type { DevServerStore } from '../server/temporal';
import type { Figure } from './stats';

export interface ApiScale {
  enterprises: number;
  hazards: number;
  /** Open tasks (with their workflows) for the write path: dealt to three paths and `blocks` blocks. */
  launchTasks: number;
  blocks: number;
  /** Sequential requests per read bench, after `warmup` untimed ones. */
  runs: number;
  warmup: number;
  concurrency: number;
}

export const API_SCALES = {
  full: {
    enterprises: 60_000,
    hazards: 250_000,
    launchTasks: 3_600,
    blocks: 3,
    runs: 200,
    warmup: 20,
    concurrency: 50,
  },
  small: { enterprises: 5_000, hazards: 20_000, launchTasks: 900, blocks: 3, runs: 60, warmup: 5, concurrency: 50 },
} as const satisfies Record<string, ApiScale>;

const STORE_LABEL: Record<DevServerStore, string> = {
  memory: 'dev server in memory',
  file: 'dev server on a SQLite file',
  'file-wal': 'dev server on a SQLite file in WAL mode (as npm start)',
};

export async function benchApi(
  scale: ApiScale,
  stores: readonly DevServerStore[],
  log: (line: string) => void,
): Promise<{ table: string[]; figures: Figure[] }> {
  const figures: Figure[] = [];
  const table: string[] = [];
  for (const [i, store] of stores.entries()) {
    log(`api on the ${STORE_LABEL[store]}`);
    const api = await startApiHarness({ enterprises: scale.enterprises, store, log });
    try {
      const label = stores.length > 1 || store !== 'memory' ? `_${store.replace('-', '_')}` : '';
      if (i === 0) {
        const started = performance.now();
        const history = await seedHistory(api.database.db, { hazards: scale.hazards, now: new Date() });
        log(
          `seeded a year of history in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(history)}`,
        );
        const reads = { runs: scale.runs, warmup: scale.warmup, log };
        const readFigures = [
          ...(await benchDashboard(api, reads)),
          ...(await benchMyTasks(api, { ...reads, username: 'emergency.staff', regulatorCode: 'emergency' })),
        ];
        figures.push(...readFigures);
        table.push(
          `API reads on ${scale.enterprises.toLocaleString('en')} enterprises, ${history.hazards.toLocaleString('en')} hazards`,
          '',
          '| figure | api | baseline | ratio |',
          '|---|---:|---:|---:|',
          ...readFigures.map(
            (f) =>
              `| ${f.bench} | ${f.value.toFixed(1)} ${f.unit} | ${f.baseline === null ? 'n/a' : `${f.baseline.toFixed(1)} ${f.unit}`} | ` +
              `${f.baseline ? (f.value / f.baseline).toFixed(2) : 'n/a'} |`,
          ),
          '',
        );
      }
      const campaign = await launchSampledCampaign(api, {
        tasks: scale.launchTasks,
        enterprises: scale.enterprises,
        log,
      });
      const written = await benchWritePath(api, {
        campaignId: campaign.campaignId,
        concurrency: scale.concurrency,
        blocks: scale.blocks,
        log,
      });
      figures.push(...(await writePathFigures(api, written, label, log)));
      const bare = written.figures.find((f) => f.path === 'bare');
      table.push(
        `Write path on the ${STORE_LABEL[store]}: ${scale.concurrency} in flight, medians of ${scale.blocks} interleaved blocks ` +
          `(campaign of ${campaign.tasks.toLocaleString('en')} tasks fanned out in ${campaign.seconds.toFixed(1)} s)`,
        '',
        '| path | per second | × bare | p50 | p95 | p95 × bare |',
        '|---|---:|---:|---:|---:|---:|',
        ...written.figures.map((f) => {
          const name = WRITE_PATHS.find(([path]) => path === f.path)?.[1] ?? f.path;
          return (
            `| ${name} | ${f.perSecond.toFixed(1)} | ${bare ? (f.perSecond / bare.perSecond).toFixed(2) : 'n/a'} | ` +
            `${f.p50.toFixed(0)} ms | ${f.p95.toFixed(0)} ms | ${bare ? (f.p95 / bare.p95).toFixed(2) : 'n/a'} |`
          );
        }),
        '',
      );
    } finally {
      await api.stop();
    }
  }
  return { table, figures };
}
