// Planning a campaign's tasks (双随机 draw included) in pages, as the campaign workflow's planTasksPage does, against
// the same task rows written by one `INSERT … SELECT` in the same run: what the page loop and the draw cost.
import { sql } from 'kysely';
import { createCampaignActivities } from '../activities/campaigns';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { DB } from '../db/schema';
import { DEFAULT_POLICY } from '../domain/policy';
import { seedDemoCounty } from '../seed/demo-county/index';
import { createTestDatabase } from '../tests/support/database';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { summarize, timeMs, type Figure } from './stats';

const PAGE = 1000;
const BLOCKS = 3;

async function insertCampaign(db: Kysely<DB>, ratio: number): Promise<number> {
  const now = new Date();
  const row = await db
    .insertInto('campaign')
    .values({
      name: '双随机抽查（基准）',
      kind: 'SPECIAL_INSPECTION',
      status: 'ACTIVE',
      starts_at: now,
      ends_at: new Date(now.getTime() + 30 * 86_400_000),
      task_due_at: new Date(now.getTime() + 20 * 86_400_000),
      scope: JSON.stringify({ industries: [], townshipIds: [] }),
      sample_ratio: ratio,
      sample_seed: ratio < 1 ? 424242 : null,
      policy: JSON.stringify(DEFAULT_POLICY),
      workflow_id: `bench-${now.getTime()}-${Math.random()}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function benchPlanning(options: {
  enterprises: number;
  ratios: readonly number[];
  log: (line: string) => void;
}): Promise<{ table: string[]; figures: Figure[] }> {
  const testDb = await createTestDatabase('wss_bench_plan');
  const database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent', poolSize: 4 });
  const db = database.db;
  try {
    await migrateToLatest(db);
    await seedDemoCounty(db, { demoPassword: 'bench', withDemoUsers: true, enterpriseCount: options.enterprises });
    // The planning activities never touch the Temporal client.
    const client: Client = Object.create(null);
    const activities = createCampaignActivities({ db, client, taskQueue: 'bench' });
    const plan = async () => {
      const campaignId = await insertCampaign(db, ratio);
      for (let after = 0; ;) {
        const page = await activities.planTasksPage({ campaignId, afterEnterpriseId: after, limit: PAGE });
        if (page.lastEnterpriseId === null) return;
        after = page.lastEnterpriseId;
      }
    };
    // The baseline: the same number of task rows for the same scope, one statement.
    const raw = async () => {
      const campaignId = await insertCampaign(db, ratio);
      const n = Math.ceil(options.enterprises * ratio);
      await sql`insert into task (campaign_id, enterprise_id, kind, assignee_org_id, due_at)
        select ${campaignId}, e.id, 'INSPECT', e.regulator_id, now() + interval '20 days'
        from enterprise e order by md5('424242:' || e.id::text) limit ${n}`.execute(db);
    };
    let ratio = 1;
    const table = [
      `| sample ratio (${options.enterprises.toLocaleString('en')} enterprises) | one INSERT … SELECT (baseline) | planTasksPage in pages of ${PAGE} | ratio |`,
      '|---:|---:|---:|---:|',
    ];
    const figures: Figure[] = [];
    for (ratio of options.ratios) {
      const planned: number[] = [];
      const baseline: number[] = [];
      // Interleaved A/B blocks, medians of the blocks.
      for (let block = 0; block < BLOCKS; block++) {
        baseline.push(await timeMs(raw));
        planned.push(await timeMs(plan));
      }
      const a = summarize(baseline).p50;
      const b = summarize(planned).p50;
      options.log(`plan ratio ${ratio}: baseline ${a.toFixed(0)} ms, planTasksPage ${b.toFixed(0)} ms`);
      table.push(`| ${ratio} | ${a.toFixed(0)} ms | ${b.toFixed(0)} ms | ${(b / a).toFixed(2)} |`);
      figures.push({ bench: `plan_${options.enterprises}_ratio_${ratio}_ms`, value: b, unit: 'ms', baseline: a });
    }
    return { table, figures };
  } finally {
    await database.close();
    await testDb.drop();
  }
}
