// Risk reports (风险上报) and directives from above (督办/交办): a township's or department's risk with its handling
// deadline, its measures and the evidence it is closed with; a letter from the city or province (督促函, 交办件) split
// into items, one per unit with its deadline, answered item by item and replied to once. An escalation may now press
// a late risk or a late directive item.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table risk (
      id integer primary key generated always as identity,
      kind text not null check (kind in ('FLOOD', 'GEOLOGICAL', 'HAZARDOUS_CHEMICALS', 'CONSTRUCTION', 'FIRE', 'TRAFFIC', 'OTHER')),
      level text not null check (level in ('MAJOR', 'SIGNIFICANT', 'GENERAL', 'LOW')),
      place text not null,
      description text not null,
      measures text not null,
      status text not null default 'REPORTED' check (status in ('REPORTED', 'HANDLING', 'CLOSED')),
      reported_by_org_id integer not null references org_unit(id),
      reported_by integer not null references app_user(id),
      reported_at timestamptz not null,
      handle_by timestamptz not null,
      handling_at timestamptz,
      handling_note text,
      closed_at timestamptz,
      closed_by integer references app_user(id),
      closing_evidence text,
      -- The reporter's idempotency key: a retried report finds its first row.
      idempotency_key text,
      -- The Update ids of the steps: a retried step finds itself recorded.
      handling_update_id text,
      closing_update_id text,
      workflow_id text not null unique,
      created_at timestamptz not null default now(),
      check ((status = 'CLOSED') = (closed_at is not null)))`.execute(db);
  await sql`create unique index risk_idempotency_key on risk (reported_by, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  await sql`create index risk_unit_idx on risk (reported_by_org_id, reported_at)`.execute(db);
  await sql`create index risk_status_idx on risk (status, handle_by)`.execute(db);

  await sql`
    create table directive (
      id integer primary key generated always as identity,
      kind text not null check (kind in ('SUPERVISION_LETTER', 'ASSIGNED_CASE')),
      source text not null,
      document_number text not null,
      title text not null,
      received_at timestamptz not null,
      reply_due_at timestamptz not null,
      status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'REPLIED')),
      reply text,
      replied_at timestamptz,
      replied_by integer references app_user(id),
      reply_update_id text,
      registered_by integer not null references app_user(id),
      idempotency_key text,
      workflow_id text not null unique,
      created_at timestamptz not null default now(),
      check ((status = 'REPLIED') = (replied_at is not null)))`.execute(db);
  await sql`create unique index directive_idempotency_key on directive (registered_by, idempotency_key) where idempotency_key is not null`.execute(
    db,
  );
  await sql`create index directive_received_idx on directive (received_at)`.execute(db);

  await sql`
    create table directive_item (
      id integer primary key generated always as identity,
      directive_id integer not null references directive(id),
      position integer not null,
      content text not null,
      assignee_org_id integer not null references org_unit(id),
      due_at timestamptz not null,
      status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
      answer text,
      answered_by integer references app_user(id),
      answered_at timestamptz,
      answer_update_id text,
      unique (directive_id, position),
      check ((status = 'ANSWERED') = (answered_at is not null)))`.execute(db);
  await sql`create index directive_item_assignee_idx on directive_item (assignee_org_id, status)`.execute(db);

  await sql`alter table escalation add column risk_id integer references risk(id)`.execute(db);
  await sql`alter table escalation add column directive_item_id integer references directive_item(id)`.execute(db);
  await sql`alter table escalation drop constraint escalation_one_subject`.execute(db);
  await sql`alter table escalation drop constraint escalation_subject_type_check`.execute(db);
  await sql`alter table escalation add constraint escalation_subject_type_check check (subject_type in ('TASK', 'HAZARD', 'TIP', 'RISK', 'DIRECTIVE_ITEM'))`.execute(
    db,
  );
  await sql`alter table escalation add constraint escalation_one_subject check (num_nonnulls(task_id, hazard_id, tip_id, risk_id, directive_item_id) = 1)`.execute(
    db,
  );
  await sql`create index escalation_risk_idx on escalation (risk_id) where risk_id is not null`.execute(db);
  await sql`create index escalation_directive_item_idx on escalation (directive_item_id) where directive_item_id is not null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from escalation where risk_id is not null or directive_item_id is not null`.execute(db);
  await sql`drop index escalation_directive_item_idx`.execute(db);
  await sql`drop index escalation_risk_idx`.execute(db);
  await sql`alter table escalation drop constraint escalation_one_subject`.execute(db);
  await sql`alter table escalation drop constraint escalation_subject_type_check`.execute(db);
  await sql`alter table escalation add constraint escalation_subject_type_check check (subject_type in ('TASK', 'HAZARD', 'TIP'))`.execute(
    db,
  );
  await sql`alter table escalation add constraint escalation_one_subject check (num_nonnulls(task_id, hazard_id, tip_id) = 1)`.execute(
    db,
  );
  await sql`alter table escalation drop column directive_item_id`.execute(db);
  await sql`alter table escalation drop column risk_id`.execute(db);
  await sql`drop table directive_item`.execute(db);
  await sql`drop table directive`.execute(db);
  await sql`drop table risk`.execute(db);
}
