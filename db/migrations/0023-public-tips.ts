// Public tips (有奖举报): the tip with its photos, the county's reward rules (versioned), the hourly submission counts
// that rate-limit the public endpoint across api processes, and a tip's verification as a task without a campaign:
// task.campaign_id becomes nullable beside task.tip_id (exactly one is set), the daily rollups keyed by campaign
// take a null campaign as one bucket (as hazard_daily already does), and an escalation may press a tip's triage.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const TIP_STAGES = `'RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED', 'UNFOUNDED', 'CONFIRMED', 'REWARD_APPROVED', 'REWARD_REFUSED', 'PAID'`;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table tip_reward_rule (
      id integer primary key generated always as identity,
      version integer not null,
      level text not null check (level in ('GENERAL', 'MAJOR')),
      min_amount integer not null check (min_amount >= 0),
      max_amount integer not null,
      proposed_amount integer not null,
      created_by integer references app_user(id),
      created_at timestamptz not null default now(),
      unique (version, level),
      check (min_amount <= proposed_amount and proposed_amount <= max_amount))`.execute(db);
  // Version 1, after the national 安全生产领域举报奖励办法: 一般 200–1,000 元, 重大 1,000–30,000 元.
  await sql`
    insert into tip_reward_rule (version, level, min_amount, max_amount, proposed_amount)
    values (1, 'GENERAL', 200, 1000, 500), (1, 'MAJOR', 1000, 30000, 3000)`.execute(db);

  await sql`
    create table tip (
      id integer primary key generated always as identity,
      -- SHA-256 of the tracking code: the code itself is the tipster's secret and is stored nowhere.
      tracking_hash text not null unique,
      stage text not null default 'RECEIVED' check (stage in (${sql.raw(TIP_STAGES)})),
      description text not null,
      location text not null,
      enterprise_text text,
      -- The register's enterprise the text was matched to on receipt, and how (USCC, NAME, NAME_PART).
      matched_enterprise_id integer references enterprise(id),
      match_method text check (match_method in ('USCC', 'NAME', 'NAME_PART')),
      contact_name text,
      contact_phone text,
      received_at timestamptz not null,
      triage_due_at timestamptz not null,
      triaged_at timestamptz,
      triaged_by integer references app_user(id),
      not_accepted_reason text,
      enterprise_id integer references enterprise(id),
      assignee_org_id integer references org_unit(id),
      verify_due_at timestamptz,
      verified_at timestamptz,
      hazard_count integer,
      reward_rule_version integer,
      reward_min integer,
      reward_max integer,
      reward_proposed integer,
      reward_due_at timestamptz,
      reward_amount integer,
      reward_reason text,
      reward_decided_at timestamptz,
      reward_decided_by integer references app_user(id),
      paid_at timestamptz,
      paid_by integer references app_user(id),
      -- The Update ids (the idempotency keys) of the steps: a retried request finds its own step recorded.
      triage_update_id text,
      reward_update_id text,
      paid_update_id text,
      workflow_id text not null unique,
      created_at timestamptz not null default now())`.execute(db);
  await sql`create index tip_stage_idx on tip (stage, received_at)`.execute(db);
  await sql`create index tip_assignee_idx on tip (assignee_org_id, received_at)`.execute(db);

  await sql`
    create table tip_photo (
      id integer primary key generated always as identity,
      tip_id integer not null references tip(id),
      position integer not null,
      content_type text not null,
      byte_size integer not null,
      sha256 text not null,
      data bytea not null,
      unique (tip_id, position))`.execute(db);

  // Accepted submissions per (key, hour): 'address:<addr>' and 'all'. Counted in the submission's transaction.
  await sql`
    create table tip_submission_count (
      key text not null,
      window_start timestamptz not null,
      submissions integer not null,
      primary key (key, window_start))`.execute(db);

  await sql`alter table task alter column campaign_id drop not null`.execute(db);
  await sql`alter table task add column tip_id integer references tip(id)`.execute(db);
  await sql`alter table task add constraint task_one_origin check ((campaign_id is null) <> (tip_id is null))`.execute(
    db,
  );
  // One verification per tip; (campaign, enterprise, kind, topic) stays unique among campaign tasks.
  await sql`create unique index task_tip_key on task (tip_id) where tip_id is not null`.execute(db);

  for (const [table, key] of [
    ['inspection_daily', 'day, campaign_id, regulator_id, township_id, industry'],
    ['task_daily', 'day, campaign_id, regulator_id, township_id, industry'],
    ['inspected_enterprises_daily', 'day, campaign_id, regulator_id'],
  ] as const) {
    await sql`alter table ${sql.raw(table)} drop constraint ${sql.raw(`${table}_pkey`)}`.execute(db);
    await sql`alter table ${sql.raw(table)} alter column campaign_id drop not null`.execute(db);
    await sql`create unique index ${sql.raw(`${table}_bucket`)} on ${sql.raw(table)} (${sql.raw(key)}) nulls not distinct`.execute(
      db,
    );
  }

  await sql`alter table escalation add column tip_id integer references tip(id)`.execute(db);
  await sql`alter table escalation drop constraint escalation_one_subject`.execute(db);
  await sql`alter table escalation drop constraint escalation_subject_type_check`.execute(db);
  await sql`alter table escalation add constraint escalation_subject_type_check check (subject_type in ('TASK', 'HAZARD', 'TIP'))`.execute(
    db,
  );
  await sql`alter table escalation add constraint escalation_one_subject check (num_nonnulls(task_id, hazard_id, tip_id) = 1)`.execute(
    db,
  );
  await sql`create index escalation_tip_idx on escalation (tip_id) where tip_id is not null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from escalation where tip_id is not null`.execute(db);
  await sql`drop index escalation_tip_idx`.execute(db);
  await sql`alter table escalation drop constraint escalation_one_subject`.execute(db);
  await sql`alter table escalation drop constraint escalation_subject_type_check`.execute(db);
  await sql`alter table escalation add constraint escalation_subject_type_check check (subject_type in ('TASK', 'HAZARD'))`.execute(
    db,
  );
  await sql`alter table escalation add constraint escalation_one_subject check ((task_id is null) <> (hazard_id is null))`.execute(
    db,
  );
  await sql`alter table escalation drop column tip_id`.execute(db);

  // A tip's verification goes with its tip: its inspection, hazards and their trail leave the rollups by trigger.
  await sql`delete from hazard_event where hazard_id in (select h.id from hazard h join inspection i on i.id = h.inspection_id join task t on t.id = i.task_id where t.tip_id is not null)`.execute(
    db,
  );
  await sql`delete from escalation where hazard_id in (select h.id from hazard h join inspection i on i.id = h.inspection_id join task t on t.id = i.task_id where t.tip_id is not null)`.execute(
    db,
  );
  await sql`delete from photo where inspection_id in (select i.id from inspection i join task t on t.id = i.task_id where t.tip_id is not null)
    or hazard_id in (select h.id from hazard h join inspection i on i.id = h.inspection_id join task t on t.id = i.task_id where t.tip_id is not null)`.execute(
    db,
  );
  await sql`delete from hazard where inspection_id in (select i.id from inspection i join task t on t.id = i.task_id where t.tip_id is not null)`.execute(
    db,
  );
  await sql`delete from inspection where task_id in (select id from task where tip_id is not null)`.execute(db);
  await sql`delete from escalation where task_id in (select id from task where tip_id is not null)`.execute(db);
  await sql`delete from task where tip_id is not null`.execute(db);
  for (const [table, key] of [
    ['inspection_daily', 'day, campaign_id, regulator_id, township_id, industry'],
    ['task_daily', 'day, campaign_id, regulator_id, township_id, industry'],
    ['inspected_enterprises_daily', 'day, campaign_id, regulator_id'],
  ] as const) {
    await sql`delete from ${sql.raw(table)} where campaign_id is null`.execute(db);
    await sql`drop index ${sql.raw(`${table}_bucket`)}`.execute(db);
    await sql`alter table ${sql.raw(table)} alter column campaign_id set not null`.execute(db);
    await sql`alter table ${sql.raw(table)} add primary key (${sql.raw(key)})`.execute(db);
  }
  await sql`drop index task_tip_key`.execute(db);
  await sql`alter table task drop constraint task_one_origin`.execute(db);
  await sql`alter table task drop column tip_id`.execute(db);
  await sql`alter table task alter column campaign_id set not null`.execute(db);
  await sql`drop table tip_submission_count`.execute(db);
  await sql`drop table tip_photo`.execute(db);
  await sql`drop table tip`.execute(db);
  await sql`drop table tip_reward_rule`.execute(db);
}
