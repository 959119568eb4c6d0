// A county moves in (企业台账导入): an uploaded register is kept with its rows as checked, committed by a workflow in
// pages, each row's outcome recorded for the import report; enterprises gain a contact person and phone.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table enterprise add column contact_person text, add column contact_phone text`.execute(db);
  await sql`
    create table enterprise_import (
      id integer primary key generated always as identity,
      status text not null default 'CHECKING'
        check (status in ('CHECKING', 'REFUSED', 'PREVIEWED', 'RUNNING', 'DONE', 'EXPIRED')),
      file_name text not null,
      file_sha256 char(64) not null,
      file_data bytea,
      uploaded_by integer not null references app_user(id),
      problem text,
      rows_total integer not null default 0,
      to_create integer not null default 0,
      to_update integer not null default 0,
      unchanged integer not null default 0,
      invalid integer not null default 0,
      created integer not null default 0,
      updated integer not null default 0,
      kept integer not null default 0,
      skipped integer not null default 0,
      checked_at timestamptz,
      expires_at timestamptz,
      committed_by integer references app_user(id),
      committed_at timestamptz,
      commit_key text unique,
      finished_at timestamptz,
      created_at timestamptz not null default now())`.execute(db);
  await sql`
    create table enterprise_import_row (
      import_id integer not null references enterprise_import(id) on delete cascade,
      row_number integer not null,
      uscc text,
      name text,
      data jsonb,
      action text not null check (action in ('CREATE', 'UPDATE', 'UNCHANGED', 'INVALID')),
      problems jsonb not null default '[]',
      outcome text check (outcome in ('CREATED', 'UPDATED', 'UNCHANGED', 'SKIPPED')),
      enterprise_id integer references enterprise(id),
      primary key (import_id, row_number))`.execute(db);
  await sql`create index enterprise_import_row_pending_idx on enterprise_import_row (import_id, row_number)
    where outcome is null and action <> 'INVALID'`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table enterprise_import_row`.execute(db);
  await sql`drop table enterprise_import`.execute(db);
  await sql`alter table enterprise drop column contact_person, drop column contact_phone`.execute(db);
}
