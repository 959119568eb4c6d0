// `npm start`: the whole system in one process for a laptop. Embedded Temporal dev server (unless
// TEMPORAL_ADDRESS), embedded PostgreSQL (unless DATABASE_URL), migrations, demo county, worker and api.
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { isDatabaseEmpty, seedDemoCounty } from '../seed/demo-county/index';
import { loadConfig } from './config';
import { lockDataDir } from './data-dir-lock';
import { closeServer, listen } from './listen';
import { runMain } from './main';
import { assertPortFree } from './ports';
import { createApiServer } from './services';
import { connectClient, connectWorker, startDevServer, type DevServer } from './temporal';
import { ensureWebBuilt } from './web-build';
import { deliverySendersOf } from './delivery';
import { ensureListingWorkflows, ensurePatrolWorkflows, ensureSchedules } from './schedules';
import { interruptedDemoHistory, writeDemoHistoryInBackground } from './demo-history';
import { startWorker } from './worker-runtime';

const cleanups: (() => Promise<unknown>)[] = [];

async function stopAll(): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) =>
      console.error(`shutdown: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

runMain(async () => {
  const started = performance.now();
  const config = loadConfig();
  const production = config.NODE_ENV === 'production';
  await assertPortFree(config.PORT, 'api');
  const unlock = await lockDataDir(config.DATA_DIR);
  cleanups.push(unlock);

  const shutdown = (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    // A Temporal client call still backing off when its connection closes throws from its retry timer (grpc-js):
    // once stopping, that is the connection we closed, not a failure. Anything else still ends the process as before.
    process.on('uncaughtException', (error) => {
      if (error instanceof Error && error.message === 'Channel has been shut down') return;
      console.error(error);
      process.exit(1);
    });
    stopAll().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  try {
    let devServer: DevServer | undefined;
    if (!config.TEMPORAL_ADDRESS) {
      devServer = await startDevServer({
        dataDir: config.DATA_DIR,
        port: config.TEMPORAL_PORT,
        uiPort: config.TEMPORAL_UI_PORT,
        namespace: config.TEMPORAL_NAMESPACE,
      });
      cleanups.push(() => devServer?.stop() ?? Promise.resolve());
    }
    const temporalAddress = config.TEMPORAL_ADDRESS ?? devServer?.address ?? '';

    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
    cleanups.push(() => database.close());
    const applied = await migrateToLatest(database.db);
    let seeded = false;
    if (await isDatabaseEmpty(database.db)) {
      const summary = await seedDemoCounty(database.db, {
        demoPassword: config.DEMO_PASSWORD,
        withDemoUsers: !production,
      });
      console.log(
        `seeded the demo county: ${summary.orgUnits} org units, ${summary.enterprises} enterprises, ${summary.users} users`,
      );
      seeded = true;
    }

    const temporal = await connectClient(temporalAddress, config.TEMPORAL_NAMESPACE);
    cleanups.push(() => temporal.close());
    const workerConnection = await connectWorker(temporalAddress);
    cleanups.push(() => workerConnection.close());
    const senders = deliverySendersOf(config);
    const worker = await startWorker({
      connection: workerConnection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      deps: {
        db: database.db,
        client: temporal.client,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        senders,
        publicUrl: config.PUBLIC_URL,
      },
      bundlePath: config.WORKFLOW_BUNDLE,
    });
    cleanups.push(() => worker.stop());
    await ensureSchedules(temporal.client, config.TEMPORAL_TASK_QUEUE, { delivery: senders.length > 0 });
    await ensureListingWorkflows(temporal.client, database.db, config.TEMPORAL_TASK_QUEUE);
    await ensurePatrolWorkflows(temporal.client, database.db, config.TEMPORAL_TASK_QUEUE);
    worker.done.catch((error: unknown) => {
      console.error(`error: the worker stopped: ${error instanceof Error ? error.message : String(error)}`);
      shutdown('worker failure');
    });

    if (!production) await ensureWebBuilt((line) => console.log(line));
    const server = createApiServer({
      db: database.db,
      client: temporal.client,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      sessionTtlHours: config.SESSION_TTL_HOURS,
      production: production,
      trustedProxies: config.TRUST_PROXY,
      corsOrigins: config.CORS_ORIGINS,
    });
    await listen(server, config.PORT);
    cleanups.push(() => closeServer(server));

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
    const lines = [
      '',
      `安全生产专项行动监管系统 is running (started in ${seconds} s, RSS ${rssMb} MB)`,
      `  web admin   http://localhost:${config.PORT}/`,
      `  GraphQL     http://localhost:${config.PORT}/graphql`,
      `  health      http://localhost:${config.PORT}/healthz`,
      `  Temporal    ${temporalAddress}${devServer ? `  (UI ${devServer.uiUrl})` : ''}`,
      `  database    ${database.mode === 'embedded' ? `embedded PostgreSQL in ${database.location}` : database.location}`,
      `  migrations  ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}${seeded ? '; demo county seeded' : ''}`,
    ];
    if (!production) {
      lines.push(
        `  demo logins (password ${config.DEMO_PASSWORD}): admin, leader, emergency.head, emergency.staff,`,
        '              <regulator or township code>.head / .staff, e.g. housing.staff, chengguan.staff,',
        "              enterprise1 … enterprise3 (an enterprise's own account, on a phone)",
      );
    }
    lines.push('Press Ctrl-C to stop.');
    console.log(lines.join('\n'));
    if (seeded && !production) {
      const history = writeDemoHistoryInBackground({
        db: database.db,
        client: temporal.client,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        dataDir: config.DATA_DIR,
        log: (line) => console.log(line),
      });
      cleanups.push(() => history.stop());
    } else if (!seeded) {
      const note = await interruptedDemoHistory(config.DATA_DIR);
      if (note) console.log(note);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
});
