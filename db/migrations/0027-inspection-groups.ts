// 检查组 and 综合查一次: an inspection group (its members, possibly of several units, its leader, the day of its visit)
// holds the open tasks it visits, a task in one group at most; the inspection a member records for a group's task
// names the group (inspection.inspection_group_id), so a joint visit is one visit however many units' tasks it closes.
// The per-enterprise inspection budget (a cap on visits per quarter across all plans and campaigns) is versioned data.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table inspection_group (
      id serial primary key,
      name text not null,
      leader_user_id integer not null references app_user (id),
      visit_date timestamptz not null,
      created_by integer not null references app_user (id),
      created_at timestamptz not null default now(),
      idempotency_key text
    )`.execute(db);
  // A retried creation returns the first group: one key per person.
  await sql`create unique index inspection_group_key on inspection_group (created_by, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  await sql`create index inspection_group_visit_idx on inspection_group (visit_date)`.execute(db);
  await sql`
    create table inspection_group_member (
      group_id integer not null references inspection_group (id),
      user_id integer not null references app_user (id),
      primary key (group_id, user_id)
    )`.execute(db);
  await sql`create index inspection_group_member_user_idx on inspection_group_member (user_id)`.execute(db);
  await sql`
    create table inspection_group_task (
      group_id integer not null references inspection_group (id),
      task_id integer not null unique references task (id),
      primary key (group_id, task_id)
    )`.execute(db);
  await sql`alter table inspection add column inspection_group_id integer references inspection_group (id)`.execute(db);
  await sql`create index inspection_group_idx on inspection (inspection_group_id) where inspection_group_id is not null`.execute(
    db,
  );
  await sql`
    create table inspection_budget_rule (
      version serial primary key,
      max_visits integer not null check (max_visits between 1 and 12),
      created_by integer references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  // 减少涉企检查: at most two visits to an enterprise a quarter, across every plan and campaign, until the office says otherwise.
  await sql`insert into inspection_budget_rule (max_visits) values (2)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table inspection_budget_rule`.execute(db);
  await sql`drop index inspection_group_idx`.execute(db);
  await sql`alter table inspection drop column inspection_group_id`.execute(db);
  await sql`drop table inspection_group_task`.execute(db);
  await sql`drop table inspection_group_member`.execute(db);
  await sql`drop table inspection_group`.execute(db);
}
