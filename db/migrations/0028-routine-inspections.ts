// Routine and night inspections (issue 18 §3): a task's fifth origin, an inspection without a campaign.
// - task.routine_kind: ROUTINE (日常检查) or CRACKDOWN (打非治违), recorded by a unit at an enterprise in its charge, or
//   NIGHT_PATROL (夜间巡查), written by a patrol schedule's workflow for one window (patrol_schedule_id and the window's
//   start; the task is due at the window's end).
// - task.routine_key: a recorded routine inspection's idempotency key (`<actor>:<key>`), so a retry writes one task.
// - patrol_schedule (+ patrol_schedule_enterprise): a unit's standing night patrol — a window in Shanghai local time
//   (minutes after midnight; an end before the start is the next morning), the weekdays it starts on, the enterprises.
// - inspection.outside_window: a patrol's inspection that happened outside its window (accepted, flagged, counted).
// - illegal_site_lead (+ photo.lead_id): 打非治违 at a site not in the register — no enterprise, so no task or hazard —
//   recorded with its address, description and photos, and followed up by its township (属地) until closed.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table patrol_schedule (
      id serial primary key,
      org_unit_id integer not null references org_unit (id),
      name text not null,
      start_minute integer not null check (start_minute between 0 and 1439),
      end_minute integer not null check (end_minute between 0 and 1439),
      weekdays integer[] not null,
      active boolean not null default true,
      created_by integer not null references app_user (id),
      created_at timestamptz not null,
      deactivated_at timestamptz,
      idempotency_key text,
      workflow_id text not null,
      constraint patrol_schedule_window check (start_minute <> end_minute),
      constraint patrol_schedule_key unique (created_by, idempotency_key)
    )`.execute(db);
  await sql`create index patrol_schedule_unit_idx on patrol_schedule (org_unit_id, active)`.execute(db);
  await sql`
    create table patrol_schedule_enterprise (
      schedule_id integer not null references patrol_schedule (id),
      enterprise_id integer not null references enterprise (id),
      primary key (schedule_id, enterprise_id)
    )`.execute(db);

  await sql`
    alter table task
      add column routine_kind text check (routine_kind in ('ROUTINE', 'CRACKDOWN', 'NIGHT_PATROL')),
      add column routine_key text unique,
      add column patrol_schedule_id integer references patrol_schedule (id),
      add column window_starts_at timestamptz,
      add constraint task_patrol_window check (
        (routine_kind is not distinct from 'NIGHT_PATROL') = (patrol_schedule_id is not null)
        and (patrol_schedule_id is null) = (window_starts_at is null))`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check (num_nonnulls(campaign_id, tip_id, look_back_item_id, inspection_plan_id, routine_kind) = 1)`.execute(
    db,
  );
  // One task per enterprise and window of a schedule: a retried window writes nothing twice.
  await sql`create unique index task_patrol_key on task (patrol_schedule_id, enterprise_id, window_starts_at) where patrol_schedule_id is not null`.execute(
    db,
  );
  await sql`create index task_routine_idx on task (routine_kind, assignee_org_id) where routine_kind is not null`.execute(
    db,
  );
  await sql`alter table inspection add column outside_window boolean not null default false`.execute(db);

  await sql`
    create table illegal_site_lead (
      id serial primary key,
      site_name text not null,
      address text not null,
      description text not null,
      township_id integer not null references org_unit (id),
      reported_by_org_id integer not null references org_unit (id),
      reported_by integer not null references app_user (id),
      reported_at timestamptz not null,
      idempotency_key text,
      status text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
      outcome text check (outcome in ('BANNED', 'REGISTERED', 'NO_VIOLATION')),
      outcome_note text,
      closed_by integer references app_user (id),
      closed_at timestamptz,
      constraint illegal_site_lead_key unique (reported_by, idempotency_key),
      constraint illegal_site_lead_closed check ((status = 'CLOSED') = (outcome is not null and closed_at is not null))
    )`.execute(db);
  await sql`create index illegal_site_lead_township_idx on illegal_site_lead (township_id, status)`.execute(db);
  await sql`create index illegal_site_lead_reporter_idx on illegal_site_lead (reported_by_org_id, status)`.execute(db);
  await sql`alter table photo add column lead_id integer references illegal_site_lead (id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from photo where lead_id is not null`.execute(db);
  await sql`alter table photo drop column lead_id`.execute(db);
  await sql`drop table illegal_site_lead`.execute(db);
  const routineTasks = sql`(select id from task where routine_kind is not null)`;
  const routineHazards = sql`(select h.id from hazard h join inspection i on i.id = h.inspection_id where i.task_id in ${routineTasks})`;
  await sql`delete from hazard_event where hazard_id in ${routineHazards}`.execute(db);
  await sql`delete from escalation where hazard_id in ${routineHazards} or task_id in ${routineTasks}`.execute(db);
  await sql`delete from photo where hazard_id in ${routineHazards} or inspection_id in (select id from inspection where task_id in ${routineTasks})`.execute(
    db,
  );
  await sql`delete from look_back_item where hazard_id in ${routineHazards}`.execute(db);
  await sql`delete from hazard where id in ${routineHazards}`.execute(db);
  await sql`delete from inspection where task_id in ${routineTasks}`.execute(db);
  await sql`delete from task where routine_kind is not null`.execute(db);
  await sql`alter table inspection drop column outside_window`.execute(db);
  await sql`drop index task_routine_idx`.execute(db);
  await sql`drop index task_patrol_key`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task add constraint task_one_origin check (num_nonnulls(campaign_id, tip_id, look_back_item_id, inspection_plan_id) = 1)`.execute(
    db,
  );
  await sql`
    alter table task
      drop constraint task_patrol_window,
      drop column window_starts_at,
      drop column patrol_schedule_id,
      drop column routine_key,
      drop column routine_kind`.execute(db);
  await sql`drop table patrol_schedule_enterprise`.execute(db);
  await sql`drop table patrol_schedule`.execute(db);
}
