// 红黑名单: each listing an entry with its history — a black-listing decided by the county office with a legal ground,
// a period and the evidence, run by a listingWorkflow until it ends or is removed; a red entry from published grades.
// enterprise.list_status stays the register's current value, set from the active entries in the same transaction.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table list_entry (
      id serial primary key,
      enterprise_id integer not null references enterprise (id),
      list text not null check (list in ('RED', 'BLACK')),
      status text not null default 'ACTIVE' check (status in ('ACTIVE', 'EXPIRED', 'REMOVED')),
      ground text not null,
      evidence text,
      starts_at timestamptz not null,
      ends_at timestamptz,
      decided_by integer references app_user (id),
      decided_at timestamptz not null,
      proposal_id integer references grading_proposal (id),
      reminded_at timestamptz,
      ended_at timestamptz,
      removed_by integer references app_user (id),
      removal_reason text,
      idempotency_key text unique,
      check (list = 'RED' or (ends_at is not null and evidence is not null))
    )`.execute(db);
  await sql`create unique index list_entry_active_idx on list_entry (enterprise_id, list) where status = 'ACTIVE'`.execute(
    db,
  );
  await sql`create index list_entry_enterprise_idx on list_entry (enterprise_id, decided_at desc)`.execute(db);
  await sql`create index list_entry_list_idx on list_entry (list, status, decided_at desc)`.execute(db);
  // The register's lists from before: an entry each (ground REGISTER), a black one for the longest period; the
  // workers start its listingWorkflow (server/schedules.ts ensureListingWorkflows).
  await sql`
    insert into list_entry (enterprise_id, list, ground, evidence, starts_at, ends_at, decided_at)
    select id, list_status, 'REGISTER',
      case when list_status = 'BLACK' then '启用红黑名单管理前，企业登记簿中已标注为黑名单' end,
      now(), case when list_status = 'BLACK' then now() + interval '3 years' end, now()
    from enterprise where list_status in ('RED', 'BLACK')`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table list_entry`.execute(db);
}
