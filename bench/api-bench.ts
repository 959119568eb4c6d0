// The api as issue #4 measures it: a county with a year of hazards, then the dashboard, a regulator's inbox
// and concurrent inspections over HTTP, each against its baseline in the same run.
import { benchDashboard, benchMyTasks } from './api-reads';
import { benchSubmitInspections, launchSampledCampaign } from './api-writes';
import { startApiHarness } from './api-harness';
import { seedHistory } from './seed-hazards';
import type { Figure } from './stats';

export interface ApiScale {
  enterprises: number;
  hazards: number;
  /** Open tasks (with their workflows) for the submitInspection bench. */
  launchTasks: number;
  /** Sequential requests per read bench, after `warmup` untimed ones. */
  runs: number;
  warmup: number;
  concurrency: number;
}

export const API_SCALES = {
  full: { enterprises: 60_000, hazards: 250_000, launchTasks: 2_000, runs: 200, warmup: 20, concurrency: 50 },
  small: { enterprises: 5_000, hazards: 20_000, launchTasks: 200, runs: 60, warmup: 5, concurrency: 50 },
} as const satisfies Record<string, ApiScale>;

export async function benchApi(
  scale: ApiScale,
  log: (line: string) => void,
): Promise<{ table: string[]; figures: Figure[] }> {
  const api = await startApiHarness({ enterprises: scale.enterprises, log });
  try {
    const started = performance.now();
    const history = await seedHistory(api.database.db, { hazards: scale.hazards, now: new Date() });
    log(
      `seeded a year of history in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(history)}`,
    );
    const campaign = await launchSampledCampaign(api, {
      tasks: scale.launchTasks,
      enterprises: scale.enterprises,
      log,
    });
    const reads = { runs: scale.runs, warmup: scale.warmup, log };
    const figures = [
      ...(await benchDashboard(api, reads)),
      ...(await benchMyTasks(api, { ...reads, username: 'emergency.staff', regulatorCode: 'emergency' })),
      ...(await benchSubmitInspections(api, { campaignId: campaign.campaignId, concurrency: scale.concurrency, log })),
    ];
    const table = [
      `API on ${scale.enterprises.toLocaleString('en')} enterprises, ${history.hazards.toLocaleString('en')} hazards; ` +
        `campaign of ${campaign.tasks.toLocaleString('en')} tasks fanned out in ${campaign.seconds.toFixed(1)} s`,
      '',
      '| figure | api | baseline | ratio |',
      '|---|---:|---:|---:|',
      ...figures.map(
        (f) =>
          `| ${f.bench} | ${f.value.toFixed(1)} ${f.unit} | ${f.baseline === null ? 'n/a' : `${f.baseline.toFixed(1)} ${f.unit}`} | ` +
          `${f.baseline ? (f.value / f.baseline).toFixed(2) : 'n/a'} |`,
      ),
    ];
    return { table, figures };
  } finally {
    await api.stop();
  }
}
