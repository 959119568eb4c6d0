// 行政处罚案件 (issue 19 §3): a case opened from an inspection's violation or a failed 复查, run by
// enforcementCaseWorkflow from 立案 to 归档 (domain/cases.ts): its handlers (two or more 执法人员), its status, the
// statutory deadlines it is watched against, the amounts proposed and decided; each step an event (its key makes it
// once) with its document (migration 0034, subject_type EnforcementCase) and its audit row.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const STATUSES = [
  'FILED',
  'INVESTIGATED',
  'NOTIFIED',
  'REVIEWED',
  'DECIDED',
  'SERVED',
  'EXECUTED',
  'CLOSED',
  'ARCHIVED',
];
const ACTIONS = [
  'OPEN',
  'INVESTIGATE',
  'NOTIFY',
  'RECORD_STATEMENT',
  'REQUEST_HEARING',
  'HOLD_HEARING',
  'REVIEW',
  'DECIDE',
  'SERVE',
  'EXECUTE',
  'CLOSE',
  'ARCHIVE',
  'REMINDED',
  'OVERDUE',
];
const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table enforcement_case (
      id serial primary key,
      unit_id integer not null references org_unit (id),
      enterprise_id integer not null references enterprise (id),
      inspection_id integer references inspection (id),
      hazard_id integer references hazard (id),
      violation text not null,
      legal_basis text not null,
      handler_ids integer[] not null check (cardinality(handler_ids) >= 2),
      status text not null default 'FILED' check (status in (${list(STATUSES)})),
      filed_at timestamptz not null,
      decision_due_at timestamptz not null,
      notified_at timestamptz,
      statement_due_at timestamptz,
      hearing_due_at timestamptz,
      proposed_penalty numeric(14, 2),
      statement text,
      hearing_requested boolean not null default false,
      hearing_held boolean not null default false,
      reviewed_by integer references app_user (id),
      decided_at timestamptz,
      service_due_at timestamptz,
      penalty numeric(14, 2),
      served_at timestamptz,
      payment_due_at timestamptz,
      executed_at timestamptz,
      closed_at timestamptz,
      archived_at timestamptz,
      archive_number text,
      workflow_id text not null unique,
      created_by integer not null references app_user (id),
      idempotency_key text,
      created_at timestamptz not null default now(),
      check (inspection_id is not null or hazard_id is not null),
      unique (created_by, idempotency_key)
    )`.execute(db);
  await sql`create index enforcement_case_unit_idx on enforcement_case (unit_id, status)`.execute(db);
  await sql`create index enforcement_case_enterprise_idx on enforcement_case (enterprise_id)`.execute(db);
  await sql`
    create table enforcement_case_event (
      id serial primary key,
      case_id integer not null references enforcement_case (id),
      action text not null check (action in (${list(ACTIONS)})),
      actor_id integer references app_user (id),
      note text,
      data jsonb,
      event_key text not null unique,
      at timestamptz not null
    )`.execute(db);
  await sql`create index enforcement_case_event_case_idx on enforcement_case_event (case_id, at)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table enforcement_case_event`.execute(db);
  await sql`delete from document_hazard where document_id in (select id from document where subject_type = 'EnforcementCase')`.execute(
    db,
  );
  await sql`drop table enforcement_case`.execute(db);
}
