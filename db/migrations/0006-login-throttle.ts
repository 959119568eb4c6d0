// Login throttling counts (domain/login-throttle.ts), one row per client address, per (account name, address) and
// per account name as typed: unknown names are counted like real ones. app_user.failed_logins and locked_until are
// no longer read or written; they stay for the old rows (a migration never drops what an older binary reads).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull().check(sql`failures >= 0`))
    .addColumn('first_failed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('locked_until', 'timestamptz')
    .addColumn('forget_at', 'timestamptz', (c) => c.notNull())
    .execute();
  // The sweep of forgotten counts reads by forget_at.
  await db.schema.createIndex('login_throttle_forget_at_idx').on('login_throttle').column('forget_at').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
}
