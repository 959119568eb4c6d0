// 回头看: a monthly, seeded draw of the hazards closed the month before (look_back, one per month), each drawn hazard an
// item checked again by a unit outside the chain that closed it through a VERIFY task (task.look_back_item_id, a
// task's third origin beside a campaign and a tip). The rule (share drawn, days to check) is versioned data. A hazard
// found not rectified is reopened: the REOPENED event.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

// The value lists as this migration knows them (never today's constants: a landed migration does not change).
const EVENTS_BEFORE = [
  'FOUND',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
  'ESCALATED',
  'LISTED_SUPERVISION',
  'SIGNED_OFF',
  'SIGN_OFF_RETURNED',
];
const EVENTS = [...EVENTS_BEFORE, 'REOPENED'];

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

async function eventKinds(db: AnyDb, values: readonly string[]): Promise<void> {
  await sql`alter table hazard_event drop constraint if exists hazard_event_kind_check`.execute(db);
  await sql`alter table hazard_event add constraint hazard_event_kind_check check (kind in (${list(values)}))`.execute(
    db,
  );
}

export async function up(db: AnyDb): Promise<void> {
  await eventKinds(db, EVENTS);
  await sql`
    create table look_back_rule (
      version serial primary key,
      ratio numeric(4, 3) not null check (ratio >= 0.05 and ratio <= 0.1),
      verify_days integer not null check (verify_days between 1 and 30),
      created_by integer references app_user (id),
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`insert into look_back_rule (ratio, verify_days) values (0.05, 10)`.execute(db);
  await sql`
    create table look_back (
      id serial primary key,
      period_start timestamptz not null unique,
      period_end timestamptz not null,
      rule_version integer not null references look_back_rule (version),
      ratio numeric(4, 3) not null,
      seed bigint not null,
      population integer not null,
      drawn integer not null,
      drawn_at timestamptz not null,
      requested_by integer references app_user (id)
    )`.execute(db);
  await sql`
    create table look_back_item (
      id serial primary key,
      look_back_id integer not null references look_back (id),
      hazard_id integer not null references hazard (id),
      closing_org_id integer not null references org_unit (id),
      assignee_org_id integer not null references org_unit (id),
      outcome text check (outcome in ('RECTIFIED', 'NOT_RECTIFIED')),
      judged_at timestamptz,
      judged_by integer references app_user (id),
      reason text,
      unique (look_back_id, hazard_id),
      check ((outcome is null) = (judged_at is null))
    )`.execute(db);
  await sql`create index look_back_item_hazard_idx on look_back_item (hazard_id)`.execute(db);
  await sql`create index look_back_item_closing_idx on look_back_item (closing_org_id, outcome)`.execute(db);
  await sql`alter table task add column look_back_item_id integer references look_back_item (id)`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check (num_nonnulls(campaign_id, tip_id, look_back_item_id) = 1)`.execute(
    db,
  );
  await sql`create unique index task_look_back_item_key on task (look_back_item_id) where look_back_item_id is not null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  // What the look-backs wrote goes with them: their tasks' inspections, the hazards those found, and the reopenings.
  const lookBackTasks = sql`(select id from task where look_back_item_id is not null)`;
  const lookBackHazards = sql`(select h.id from hazard h join inspection i on i.id = h.inspection_id where i.task_id in ${lookBackTasks})`;
  await sql`delete from hazard_event where hazard_id in ${lookBackHazards}`.execute(db);
  await sql`delete from escalation where hazard_id in ${lookBackHazards} or task_id in ${lookBackTasks}`.execute(db);
  await sql`delete from photo where hazard_id in ${lookBackHazards} or inspection_id in (select id from inspection where task_id in ${lookBackTasks})`.execute(
    db,
  );
  await sql`delete from hazard where id in ${lookBackHazards}`.execute(db);
  await sql`delete from inspection where task_id in ${lookBackTasks}`.execute(db);
  await sql`delete from task where look_back_item_id is not null`.execute(db);
  await sql`delete from hazard_event where kind = 'REOPENED'`.execute(db);
  await eventKinds(db, EVENTS_BEFORE);
  await sql`drop index task_look_back_item_key`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check ((campaign_id is null) <> (tip_id is null))`.execute(
    db,
  );
  await sql`alter table task drop column look_back_item_id`.execute(db);
  await sql`drop table look_back_item`.execute(db);
  await sql`drop table look_back`.execute(db);
  await sql`drop table look_back_rule`.execute(db);
}
