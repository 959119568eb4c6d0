// The enterprise's self-check stage (企业自查): a campaign's self-check deadline, the self-check with its answer to
// each checklist item (符合 / 不符合 / 不适用), hazards found by the enterprise itself (source SELF_CHECK, each with its
// rectification plan), and the township's rung of a missed self-check's ladder (TOWNSHIP_HEAD).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const LEVELS_BEFORE = ['REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER'];
const LEVELS = ['TOWNSHIP_HEAD', ...LEVELS_BEFORE];

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

async function replaceLevelCheck(db: AnyDb, levels: readonly string[]): Promise<void> {
  await sql`alter table escalation drop constraint if exists escalation_level_check`.execute(db);
  await sql`alter table escalation add constraint escalation_level_check check (level in (${list(levels)}))`.execute(
    db,
  );
}

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table campaign add column self_check_due_at timestamptz`.execute(db);

  await sql`
    create table self_check (
      id integer primary key generated always as identity,
      task_id integer not null unique references task(id),
      campaign_id integer not null references campaign(id),
      enterprise_id integer not null references enterprise(id),
      submitted_by integer references app_user(id),
      submitted_at timestamptz not null,
      notes text,
      idempotency_key text unique,
      created_at timestamptz not null default now())`.execute(db);
  // The inspector reads the enterprise's self-check beside the checklist: by campaign and enterprise.
  await sql`create index self_check_campaign_enterprise_idx on self_check (campaign_id, enterprise_id)`.execute(db);
  await sql`
    create table self_check_answer (
      self_check_id integer not null references self_check(id),
      checklist_item_id integer not null references checklist_item(id),
      answer text not null check (answer in ('COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE')),
      note text,
      primary key (self_check_id, checklist_item_id))`.execute(db);

  await sql`alter table hazard
    add column source text not null default 'INSPECTION' check (source in ('INSPECTION', 'SELF_CHECK', 'TIP')),
    add column self_check_id integer references self_check(id),
    add column rectification_plan text,
    add constraint hazard_self_check_finding_key unique (self_check_id, finding_index),
    add constraint hazard_self_check_source check ((source = 'SELF_CHECK') = (self_check_id is not null))`.execute(db);

  await replaceLevelCheck(db, LEVELS);
}

export async function down(db: AnyDb): Promise<void> {
  await replaceLevelCheck(db, LEVELS_BEFORE);
  await sql`alter table hazard
    drop constraint hazard_self_check_source, drop constraint hazard_self_check_finding_key,
    drop column rectification_plan, drop column self_check_id, drop column source`.execute(db);
  await sql`drop table self_check_answer`.execute(db);
  await sql`drop table self_check`.execute(db);
  await sql`alter table campaign drop column self_check_due_at`.execute(db);
}
