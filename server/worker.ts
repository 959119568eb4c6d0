// Production worker process: scale out by running more of these against the same task queue.
import { openDatabase } from '../db/connect';
import { loadConfig } from './config';
import { existsSync } from 'node:fs';
import { runMain, StartupError } from './main';
import { connectClient, connectWorker } from './temporal';
import { deliverySendersOf } from './delivery';
import { ensureListingWorkflows, ensurePatrolWorkflows, ensureSchedules } from './schedules';
import { startWorker } from './worker-runtime';

runMain(async () => {
  const config = loadConfig();
  if (!config.TEMPORAL_ADDRESS)
    throw new StartupError('TEMPORAL_ADDRESS must be set for the worker process (npm start runs an embedded server)');
  if (config.WORKFLOW_BUNDLE && !existsSync(config.WORKFLOW_BUNDLE)) {
    throw new StartupError(
      `WORKFLOW_BUNDLE ${config.WORKFLOW_BUNDLE} does not exist: run npm run build:workflows, or unset it to bundle at start`,
    );
  }
  const senders = deliverySendersOf(config);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE);
  const connection = await connectWorker(config.TEMPORAL_ADDRESS);
  const worker = await startWorker({
    connection,
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
  await ensureSchedules(temporal.client, config.TEMPORAL_TASK_QUEUE, { delivery: senders.length > 0 });
  await ensureListingWorkflows(temporal.client, database.db, config.TEMPORAL_TASK_QUEUE);
  await ensurePatrolWorkflows(temporal.client, database.db, config.TEMPORAL_TASK_QUEUE);
  console.log(`worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  // The SDK shuts the worker down on SIGINT/SIGTERM; then close what it used.
  await worker.done;
  await connection.close();
  await temporal.close();
  await database.close();
});
