// 督导 (issue 18 §4): the county office's supervision round of townships and departments. A round is a campaign of
// kind SUPERVISION; its targets are units, not an industry or a township's enterprises:
// - supervision_target: one row per unit supervised in a round, with how many of its enterprises are drawn for a site
//   check, and the ledger check (台账检查) of the unit once recorded: each ledger item's result, notes, who and when.
// - task.supervised_unit_id: a site check's unit under supervision. The task is the county office's (its assignee),
//   the enterprise is one of the unit's drawn by the round's seed.
// - hazard.verifier_org_id: who verifies the rectification of a hazard (核查) when it is not its own unit: a site
//   check's finding is owned by the supervised unit, which sees to its rectification and reports it, and the county
//   office's supervision group verifies the report the next working day (次日核查).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

// The value lists as this migration knows them (never today's constants: a landed migration does not change).
const KINDS_BEFORE = [
  'HUNDRED_DAY_CRACKDOWN',
  'MAJOR_HAZARD_SWEEP',
  'CONCENTRATED_RECTIFICATION',
  'SPECIAL_INSPECTION',
  'SEASONAL',
  'OTHER',
];
const KINDS = [...KINDS_BEFORE, 'SUPERVISION'];

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

async function campaignKinds(db: AnyDb, values: readonly string[]): Promise<void> {
  await sql`alter table campaign drop constraint if exists campaign_kind_check`.execute(db);
  await sql`alter table campaign add constraint campaign_kind_check check (kind in (${list(values)}))`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await campaignKinds(db, KINDS);
  await sql`
    create table supervision_target (
      id serial primary key,
      campaign_id integer not null references campaign (id),
      org_unit_id integer not null references org_unit (id),
      sites integer not null check (sites between 0 and 50),
      ledger_items jsonb,
      ledger_notes text,
      ledger_checked_by integer references app_user (id),
      ledger_checked_at timestamptz,
      constraint supervision_target_key unique (campaign_id, org_unit_id),
      constraint supervision_target_ledger check ((ledger_checked_at is null) = (ledger_items is null))
    )`.execute(db);
  await sql`create index supervision_target_unit_idx on supervision_target (org_unit_id)`.execute(db);
  await sql`alter table task add column supervised_unit_id integer references org_unit (id)`.execute(db);
  await sql`create index task_supervised_unit_idx on task (supervised_unit_id) where supervised_unit_id is not null`.execute(
    db,
  );
  await sql`alter table hazard add column verifier_org_id integer references org_unit (id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table hazard drop column verifier_org_id`.execute(db);
  await sql`alter table task drop column supervised_unit_id`.execute(db);
  await sql`drop table supervision_target`.execute(db);
  // A database that holds supervision rounds refuses the old kinds: rounds are not dropped by a downgrade.
  await campaignKinds(db, KINDS_BEFORE);
}
