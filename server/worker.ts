// Production worker process: scale out by running more of these against the same task queue.
import { openDatabase } from '../db/connect';
import { loadConfig } from './config';
import { runMain, StartupError } from './main';
import { connectClient, connectWorker } from './temporal';
import { startWorker } from './worker-runtime';

runMain(async () => {
  const config = loadConfig();
  if (!config.TEMPORAL_ADDRESS) throw new StartupError('TEMPORAL_ADDRESS must be set for the worker process (npm start runs an embedded server)');
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE);
  const connection = await connectWorker(config.TEMPORAL_ADDRESS);
  const worker = await startWorker({
    connection, namespace: config.TEMPORAL_NAMESPACE, taskQueue: config.TEMPORAL_TASK_QUEUE,
    deps: { db: database.db, client: temporal.client, taskQueue: config.TEMPORAL_TASK_QUEUE },
  });
  console.log(`worker polling task queue ${config.TEMPORAL_TASK_QUEUE} on ${config.TEMPORAL_ADDRESS}`);
  // The SDK shuts the worker down on SIGINT/SIGTERM; then close what it used.
  await worker.done;
  await connection.close();
  await temporal.close();
  await database.close();
});
