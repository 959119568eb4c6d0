// `npm run migrate` (add `-- --down` to roll everything back).
import { openDatabase } from '../db/connect';
import { migrateDownAll, migrateToLatest } from '../db/migrate';
import { loadConfig } from './config';
import { runMain } from './main';

runMain(async () => {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    const down = process.argv.includes('--down');
    const names = down ? await migrateDownAll(database.db) : await migrateToLatest(database.db);
    console.log(
      names.length ? `${down ? 'rolled back' : 'applied'}: ${names.join(', ')}` : 'migrations are up to date',
    );
  } finally {
    await database.close();
  }
});
