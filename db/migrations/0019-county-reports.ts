// The county's own reports (周报 / 月报 / 年报 across all its work): rows of `report` without a campaign, one per kind
// and period, rewritten in place when the office regenerates one.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`create unique index report_county_period_idx on report (kind, period_start) where campaign_id is null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index report_county_period_idx`.execute(db);
}
