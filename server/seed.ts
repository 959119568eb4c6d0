// `npm run seed`: migrate, then seed the demo county into an empty database.
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { isDatabaseEmpty, seedDemoCounty } from '../seed/demo-county/index';
import { loadConfig } from './config';
import { runMain, StartupError } from './main';

runMain(async () => {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await migrateToLatest(database.db);
    if (!(await isDatabaseEmpty(database.db))) {
      throw new StartupError(
        'the database already has data: seed only an empty database (drop it or use a new DATA_DIR)',
      );
    }
    const summary = await seedDemoCounty(database.db, {
      demoPassword: config.DEMO_PASSWORD,
      withDemoUsers: config.NODE_ENV !== 'production',
    });
    console.log(`seeded: ${JSON.stringify(summary)}`);
  } finally {
    await database.close();
  }
});
