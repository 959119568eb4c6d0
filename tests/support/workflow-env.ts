// A time-skipping Temporal server, a real PostgreSQL database with a small demo county, and a worker
// running today's workflows with the real activities.
import { afterEach, beforeEach } from 'vitest';
import { Worker } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import { createActivities } from '../../activities/index';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { testWorkflowBundle } from './test-bundle';
import { toViewer, type Viewer } from '../../services/auth';
import { userColumns } from '../../db/repositories/users';
import { createCampaignService, type LaunchCampaignInput } from '../../services/campaigns';
import { createUpdateRunner } from '../../services/workflow-updates';
import { seedDemoCounty } from '../../seed/demo-county/index';
import { createTestDatabase, type TestDatabase } from './database';
import { startTimeSkippingServer, type TimeSkippingServer } from './time-skipping';

export interface WorkflowTestEnv extends Pick<TimeSkippingServer, 'client' | 'sleep' | 'now' | 'result'> {
  db: Kysely<DB>;
  taskQueue: string;
  admin: Viewer;
  launch(input: LaunchCampaignInput, options?: { historyLimit?: number }): Promise<number>;
  teardown(): Promise<void>;
}

export async function createWorkflowTestEnv(options: { enterpriseCount?: number } = {}): Promise<WorkflowTestEnv> {
  const testDb: TestDatabase = await createTestDatabase('wss_wf');
  const database: Database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent' });
  await migrateToLatest(database.db);
  await seedDemoCounty(database.db, {
    demoPassword: 'demo-2026',
    withDemoUsers: true,
    enterpriseCount: options.enterpriseCount ?? 60,
  });
  const server = await startTimeSkippingServer();
  const taskQueue = `test-${Math.random().toString(36).slice(2)}`;
  const worker = await Worker.create({
    connection: server.nativeConnection,
    taskQueue,
    workflowBundle: await testWorkflowBundle(),
    activities: createActivities({ db: database.db, client: server.client, taskQueue }),
  });
  const running = worker.run();
  const adminRow = await database.db
    .selectFrom('app_user')
    .select(userColumns)
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  const admin: Viewer = toViewer(adminRow);
  return {
    client: server.client,
    sleep: server.sleep,
    now: server.now,
    result: server.result,
    db: database.db,
    taskQueue,
    admin,
    // The service's "now" is the test server's clock, which time-skipping moves ahead.
    launch: async (input, options) => {
      const serverTime = await server.now();
      return createCampaignService({
        db: database.db,
        client: server.client,
        updates: createUpdateRunner(server.client, { deadlineMs: 30_000 }),
        taskQueue,
        now: () => serverTime,
        campaignHistoryLimit: options?.historyLimit,
      }).launch(admin, input, null);
    },
    teardown: async () => {
      worker.shutdown();
      await running;
      await server.stop();
      await database.close();
      await testDb.drop();
    },
  };
}

/**
 * A fresh server (and database) per test: the time-skipping server stops skipping for good once a
 * workflow has completed in the same task that cancelled a timer, which our task and hazard workflows do.
 */
export function useWorkflowTestEnv(): () => WorkflowTestEnv {
  let current: WorkflowTestEnv | undefined;
  beforeEach(async () => {
    current = await createWorkflowTestEnv();
  });
  afterEach(async () => {
    await current?.teardown();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the workflow test environment is only there inside a test');
    return current;
  };
}
