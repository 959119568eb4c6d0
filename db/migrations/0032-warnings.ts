// 预警信息 (issue 14 §3): a warning the county office issues after a consultation (会商研判) to the enterprises of chosen
// townships and industries; each enterprise acknowledges it; those that have not by the deadline are sent to their
// regulator. `warning_recipient` holds one row per enterprise reached, with its regulator as it was when issued.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table warning (
      id serial primary key,
      title text not null,
      content text not null,
      level text not null check (level in ('BLUE', 'YELLOW', 'ORANGE', 'RED')),
      township_ids integer[] not null check (cardinality(township_ids) > 0),
      industries text[] not null default '{}',
      issued_by integer not null references app_user (id),
      issued_at timestamptz not null,
      ack_due_at timestamptz not null,
      escalated_at timestamptz,
      workflow_id text not null unique,
      idempotency_key text,
      constraint warning_key unique (issued_by, idempotency_key)
    )`.execute(db);
  await sql`
    create table warning_recipient (
      warning_id integer not null references warning (id),
      enterprise_id integer not null references enterprise (id),
      regulator_id integer not null references org_unit (id),
      township_id integer not null references org_unit (id),
      acknowledged_at timestamptz,
      acknowledged_by integer references app_user (id),
      escalated_at timestamptz,
      primary key (warning_id, enterprise_id)
    )`.execute(db);
  await sql`create index warning_recipient_enterprise_idx on warning_recipient (enterprise_id)`.execute(db);
  await sql`create index warning_recipient_regulator_idx on warning_recipient (regulator_id, warning_id)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table warning_recipient`.execute(db);
  await sql`drop table warning`.execute(db);
}
