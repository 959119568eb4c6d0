// An inbox for every role (站内通知): a notice goes to a person, a unit or an enterprise (its accounts), each reader
// marks it read for themselves; and an outbox for delivery beyond the app (a webhook), retried with backoff.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table notification
    alter column org_unit_id drop not null,
    add column enterprise_id integer references enterprise(id),
    add constraint notification_addressee check (org_unit_id is not null or enterprise_id is not null or user_id is not null),
    drop column read_at`.execute(db);
  await sql`create index notification_enterprise_idx on notification (enterprise_id, created_at) where enterprise_id is not null`.execute(
    db,
  );
  await sql`create index notification_user_idx on notification (user_id, created_at) where user_id is not null`.execute(
    db,
  );
  // Read is per reader: a unit's notice is read by each of its people on their own.
  await sql`
    create table notification_read (
      notification_id integer not null references notification(id) on delete cascade,
      user_id integer not null references app_user(id) on delete cascade,
      read_at timestamptz not null,
      primary key (user_id, notification_id))`.execute(db);
  // The channels notices are delivered on beyond the app, as the workers are configured (a webhook URL).
  await sql`
    create table notification_channel (
      channel text primary key check (channel in ('WEBHOOK')),
      enabled_at timestamptz not null default now())`.execute(db);
  await sql`
    create table notification_delivery (
      id integer primary key generated always as identity,
      notification_id integer not null references notification(id) on delete cascade,
      channel text not null check (channel in ('WEBHOOK')),
      status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null,
      last_error text,
      delivered_at timestamptz,
      created_at timestamptz not null default now(),
      unique (notification_id, channel))`.execute(db);
  await sql`create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'PENDING'`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table notification_delivery`.execute(db);
  await sql`drop table notification_channel`.execute(db);
  await sql`drop table notification_read`.execute(db);
  await sql`drop index notification_user_idx`.execute(db);
  await sql`drop index notification_enterprise_idx`.execute(db);
  await sql`delete from notification where org_unit_id is null`.execute(db);
  await sql`alter table notification
    add column read_at timestamptz,
    drop constraint notification_addressee,
    drop column enterprise_id,
    alter column org_unit_id set not null`.execute(db);
}
