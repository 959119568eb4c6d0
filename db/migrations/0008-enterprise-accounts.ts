// Enterprises as users (企业安全管理人员) and a loop nobody closes alone: accounts bound to one enterprise, township
// heads, who reported a rectification (the enterprise or a regulator on its behalf, 代报) with the five items of
// 五落实, and the county office's sign-off of a verified major hazard (待销号审核).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

// The value lists as this migration knows them (never today's constants: a landed migration does not change).
const ROLES_BEFORE = ['ADMIN', 'LEADER', 'REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_STAFF'];
const ROLES = [...ROLES_BEFORE, 'TOWNSHIP_HEAD', 'ENTERPRISE'];
const STATUSES_BEFORE = ['OPEN', 'PENDING_VERIFICATION', 'CLOSED'];
const STATUSES = [...STATUSES_BEFORE, 'PENDING_SIGN_OFF'];
const EVENTS_BEFORE = [
  'FOUND',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
  'ESCALATED',
  'LISTED_SUPERVISION',
];
const EVENTS = [...EVENTS_BEFORE, 'SIGNED_OFF', 'SIGN_OFF_RETURNED'];

async function replaceCheck(db: AnyDb, table: string, column: string, values: readonly string[]): Promise<void> {
  const name = `${table}_${column}_check`;
  await sql`alter table ${sql.table(table)} drop constraint if exists ${sql.id(name)}`.execute(db);
  await sql`alter table ${sql.table(table)} add constraint ${sql.id(name)} check (${sql.ref(column)} in (${list(values)}))`.execute(
    db,
  );
}

export async function up(db: AnyDb): Promise<void> {
  await replaceCheck(db, 'app_user', 'role', ROLES);
  await sql`alter table app_user
    add column enterprise_id integer references enterprise(id),
    add column must_change_password boolean not null default false,
    alter column org_unit_id drop not null,
    add constraint app_user_enterprise_role check ((role = 'ENTERPRISE') = (enterprise_id is not null)),
    add constraint app_user_org_unit_role check (role = 'ENTERPRISE' or org_unit_id is not null)`.execute(db);
  await sql`create index app_user_enterprise_idx on app_user (enterprise_id) where enterprise_id is not null`.execute(
    db,
  );

  await replaceCheck(db, 'hazard', 'status', STATUSES);
  await replaceCheck(db, 'hazard_event', 'from_status', STATUSES);
  await replaceCheck(db, 'hazard_event', 'to_status', STATUSES);
  await replaceCheck(db, 'hazard_event', 'kind', EVENTS);
  // The latest rectification report: who entered it, whether on the enterprise's behalf, and 五落实
  // (责任 responsible, 措施 rectification_measures, 资金 funds, 时限 completed_at, 预案 contingency plan).
  await sql`alter table hazard
    add column reported_by integer references app_user(id),
    add column reported_on_behalf boolean,
    add column rectification_responsible text,
    add column rectification_funds numeric(14, 2) check (rectification_funds >= 0),
    add column rectification_completed_at timestamptz,
    add column rectification_contingency_plan text,
    add column signed_off_at timestamptz`.execute(db);
  await sql`create index hazard_pending_sign_off_idx on hazard (found_at) where status = 'PENDING_SIGN_OFF'`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_pending_sign_off_idx`.execute(db);
  await sql`alter table hazard
    drop column reported_by, drop column reported_on_behalf, drop column rectification_responsible,
    drop column rectification_funds, drop column rectification_completed_at,
    drop column rectification_contingency_plan, drop column signed_off_at`.execute(db);
  await replaceCheck(db, 'hazard_event', 'kind', EVENTS_BEFORE);
  await replaceCheck(db, 'hazard_event', 'to_status', STATUSES_BEFORE);
  await replaceCheck(db, 'hazard_event', 'from_status', STATUSES_BEFORE);
  await replaceCheck(db, 'hazard', 'status', STATUSES_BEFORE);
  await sql`drop index app_user_enterprise_idx`.execute(db);
  await sql`alter table app_user
    drop constraint app_user_org_unit_role, drop constraint app_user_enterprise_role,
    alter column org_unit_id set not null, drop column must_change_password, drop column enterprise_id`.execute(db);
  await replaceCheck(db, 'app_user', 'role', ROLES_BEFORE);
}
