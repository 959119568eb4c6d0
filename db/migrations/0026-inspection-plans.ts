// 年度监督检查计划: each department (or township) files its plan for a year — visits a year by grade and for a major
// hazard source, as data — and the county office approves or returns it. An approved plan's workflow writes its tasks
// month by month (task.inspection_plan_id, a task's fourth origin), one per enterprise and month due.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table inspection_plan (
      id serial primary key,
      org_unit_id integer not null references org_unit (id),
      year integer not null check (year between 2000 and 2100),
      frequencies jsonb not null,
      notes text,
      status text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'RETURNED')),
      enterprises integer not null,
      planned_visits integer not null,
      filed_by integer not null references app_user (id),
      filed_at timestamptz not null,
      reviewed_by integer references app_user (id),
      reviewed_at timestamptz,
      review_comment text,
      idempotency_key text unique
    )`.execute(db);
  // One plan in force (or under review) per unit and year; a returned one may be filed again.
  await sql`create unique index inspection_plan_current_idx on inspection_plan (org_unit_id, year) where status <> 'RETURNED'`.execute(
    db,
  );
  await sql`create index inspection_plan_year_idx on inspection_plan (year, status)`.execute(db);
  await sql`alter table task add column inspection_plan_id integer references inspection_plan (id)`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check (num_nonnulls(campaign_id, tip_id, look_back_item_id, inspection_plan_id) = 1)`.execute(
    db,
  );
  // One visit per enterprise and month of a plan (due at the month's end): a retried month writes nothing twice.
  await sql`create unique index task_plan_key on task (inspection_plan_id, enterprise_id, due_at) where inspection_plan_id is not null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  const planTasks = sql`(select id from task where inspection_plan_id is not null)`;
  const planHazards = sql`(select h.id from hazard h join inspection i on i.id = h.inspection_id where i.task_id in ${planTasks})`;
  await sql`delete from hazard_event where hazard_id in ${planHazards}`.execute(db);
  await sql`delete from escalation where hazard_id in ${planHazards} or task_id in ${planTasks}`.execute(db);
  await sql`delete from photo where hazard_id in ${planHazards} or inspection_id in (select id from inspection where task_id in ${planTasks})`.execute(
    db,
  );
  await sql`delete from look_back_item where hazard_id in ${planHazards}`.execute(db);
  await sql`delete from hazard where id in ${planHazards}`.execute(db);
  await sql`delete from inspection where task_id in ${planTasks}`.execute(db);
  await sql`delete from task where inspection_plan_id is not null`.execute(db);
  await sql`drop index task_plan_key`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check (num_nonnulls(campaign_id, tip_id, look_back_item_id) = 1)`.execute(
    db,
  );
  await sql`alter table task drop column inspection_plan_id`.execute(db);
  await sql`drop table inspection_plan`.execute(db);
}
