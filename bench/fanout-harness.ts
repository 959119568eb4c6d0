// A campaign fan-out against the real Temporal dev server and real PostgreSQL, with the raw rate of
// starting as many empty workflows on the same server as the baseline. Used by the bench and a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { locateTemporalBinary } from '../server/temporal-binaries';
import { devServerStoreOptions, type DevServerStore } from '../server/temporal';
import { startWorker, type RunningWorker } from '../server/worker-runtime';
import { createCampaignService } from '../services/campaigns';
import { createUpdateRunner } from '../services/workflow-updates';
import { seedDemoCounty } from '../seed/demo-county/index';
import { toViewer, type Viewer } from '../services/auth';
import { userColumns } from '../db/repositories/users';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';
import { campaignWorkflowId, getCampaignState } from '../workflows/messages';
import { quietLogger } from './stats';

const DAY = 86_400_000;
const RAW_CONCURRENCY = 50; // the same number of starts in flight as startTaskWorkflowsPage uses

let empty: Promise<WorkflowBundleWithSourceMap> | undefined;
const emptyBundle = () => {
  empty ??= bundleWorkflowCode({
    workflowsPath: fileURLToPath(new URL('./empty-workflow.ts', import.meta.url)),
    logger: quietLogger,
  });
  return empty;
};

export interface FanOutRun {
  enterprises: number;
  seconds: number;
  perSecond: number;
}

export interface Harness {
  client: Client;
  /** Seeds a county of `enterprises`, launches a campaign over all of it, and times it until every task workflow runs. */
  fanOut(enterprises: number): Promise<FanOutRun>;
  /**
   * Starts `count` empty workflows on the same server with the same concurrency, a worker running them:
   * both sides pay for the start and for the first workflow task.
   */
  rawStarts(count: number): Promise<FanOutRun>;
  stop(): Promise<void>;
}

export async function startHarness(
  log: (line: string) => void = () => undefined,
  store: DevServerStore = 'memory',
): Promise<Harness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wss-fanout-'));
  // In memory, or a SQLite file as `npm start` keeps it (with or without its pragmas): BENCH_TEMPORAL chooses.
  const options = devServerStoreOptions(store, dir);
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: locateTemporalBinary('temporal'),
      ...(options.dbFilename ? { dbFilename: options.dbFilename } : {}),
      extraArgs: ['--log-level', 'error', ...options.extraArgs],
    },
  });
  const databases: { test: TestDatabase; database: Database; worker: RunningWorker }[] = [];
  let runs = 0;

  return {
    client: env.client,
    async fanOut(enterprises) {
      runs += 1;
      const test = await createTestDatabase('wss_bench');
      const database = await openDatabase({ databaseUrl: test.url, dataDir: dir, poolSize: 20 });
      await migrateToLatest(database.db);
      // One Temporal namespace serves every run: keep workflow ids (campaign-<id>, task-<id>) apart.
      for (const table of ['campaign', 'task', 'hazard']) {
        await sql`alter table ${sql.table(table)} alter column id restart with ${sql.lit(runs * 1_000_000)}`.execute(
          database.db,
        );
      }
      await seedDemoCounty(database.db, {
        demoPassword: 'demo-2026',
        withDemoUsers: true,
        enterpriseCount: enterprises,
      });
      const taskQueue = `fanout-${runs}`;
      const worker = await startWorker({
        connection: env.nativeConnection,
        namespace: 'default',
        taskQueue,
        deps: { db: database.db, client: env.client, taskQueue },
      });
      databases.push({ test, database, worker });
      const admin = await database.db
        .selectFrom('app_user')
        .select(userColumns)
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      const viewer: Viewer = toViewer(admin);
      log(`seeded ${enterprises} enterprises; launching`);
      const started = performance.now();
      const campaignId = await createCampaignService({
        db: database.db,
        client: env.client,
        updates: createUpdateRunner(env.client, { deadlineMs: 30_000 }),
        taskQueue,
      }).launch(
        viewer,
        { name: `扇出基准${enterprises}`, kind: 'MAJOR_HAZARD_SWEEP', endsAt: new Date(Date.now() + 100 * DAY) },
        null,
      );
      const handle = env.client.workflow.getHandle(campaignWorkflowId(campaignId));
      for (;;) {
        const state = await handle.query(getCampaignState).catch(() => null);
        if (state && state.tasksPlanned === enterprises && state.tasksStarted === enterprises) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seconds = (performance.now() - started) / 1000;
      return { enterprises, seconds, perSecond: enterprises / seconds };
    },
    async rawStarts(count) {
      runs += 1;
      const taskQueue = `raw-${runs}`;
      const worker = await Worker.create({
        connection: env.nativeConnection,
        taskQueue,
        workflowBundle: await emptyBundle(),
        activities: {},
      });
      const running = worker.run();
      const ids = Array.from({ length: count }, (_, i) => `raw-${runs}-${i}`);
      const started = performance.now();
      for (let i = 0; i < ids.length; i += RAW_CONCURRENCY) {
        await Promise.all(
          ids
            .slice(i, i + RAW_CONCURRENCY)
            .map((workflowId) => env.client.workflow.start('emptyWorkflow', { workflowId, taskQueue, args: [] })),
        );
      }
      const seconds = (performance.now() - started) / 1000;
      worker.shutdown();
      await running;
      return { enterprises: count, seconds, perSecond: count / seconds };
    },
    async stop() {
      for (const { worker, database, test } of databases) {
        await worker.stop();
        await database.close();
        await test.drop();
      }
      await env.teardown();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
