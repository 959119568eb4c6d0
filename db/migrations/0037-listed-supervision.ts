// 挂牌督办 as procedure (issue 19 §4): when a major hazard is listed its 挂牌督办通知书 is issued (hazard.listed_at,
// written by the hazard's workflow); the county office's sign-off is its 核销 (hazard.delisted_at, the 核销通知书). What
// people file meanwhile is the listing's own record (hazard_listing): the enterprise's 五落实 治理方案, the unit's order
// to suspend production (暂时停产停业), the experts' acceptance. The public page lists what is listed and what was removed.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table hazard add column listed_at timestamptz, add column delisted_at timestamptz`.execute(db);
  // Major hazards listed before this migration: their listing is the LISTED_SUPERVISION event.
  await sql`
    update hazard set listed_at = e.at
    from (select hazard_id, min(at) as at from hazard_event where kind = 'LISTED_SUPERVISION' group by hazard_id) e
    where e.hazard_id = hazard.id`.execute(db);
  await sql`update hazard set delisted_at = signed_off_at where listed_at is not null and signed_off_at is not null`.execute(
    db,
  );
  await sql`create index hazard_listed_idx on hazard (listed_at desc) where listed_at is not null`.execute(db);
  await sql`
    create table hazard_listing (
      hazard_id integer primary key references hazard (id),
      plan jsonb,
      plan_at timestamptz,
      plan_by integer references app_user (id),
      suspended_at timestamptz,
      suspended_by integer references app_user (id),
      suspension_reason text,
      expert_acceptance jsonb,
      accepted_at timestamptz,
      accepted_by integer references app_user (id)
    )`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table hazard_listing`.execute(db);
  await sql`alter table hazard drop column listed_at, drop column delisted_at`.execute(db);
}
