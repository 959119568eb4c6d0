// Production api process: GraphQL, health and the web admin. Migrations run in their own job.
import { openDatabase } from '../db/connect';
import { loadConfig } from './config';
import { closeServer, listen } from './listen';
import { runMain, StartupError } from './main';
import { createApiServer } from './services';
import { connectClient } from './temporal';

runMain(async () => {
  const config = loadConfig();
  if (!config.TEMPORAL_ADDRESS)
    throw new StartupError('TEMPORAL_ADDRESS must be set for the api process (npm start runs an embedded server)');
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const temporal = await connectClient(config.TEMPORAL_ADDRESS, config.TEMPORAL_NAMESPACE);
  const server = createApiServer({
    db: database.db,
    client: temporal.client,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    sessionTtlHours: config.SESSION_TTL_HOURS,
    production: config.NODE_ENV === 'production',
    trustedProxies: config.TRUST_PROXY,
    corsOrigins: config.CORS_ORIGINS,
  });
  await listen(server, config.PORT);
  console.log(`api listening on :${config.PORT} (GraphQL at /graphql)`);
  const stop = async () => {
    await closeServer(server);
    await temporal.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
});
