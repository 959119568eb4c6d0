// Checklist templates the county office edits (检查表管理): every edit is a new version of the template (same code,
// version + 1) and the old one is retired, so a running campaign keeps the items it launched with.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table checklist_template drop constraint checklist_template_code_key`.execute(db);
  await sql`
    alter table checklist_template
      add column version integer not null default 1 check (version >= 1),
      add column supersedes_id integer references checklist_template(id),
      add column retired_at timestamptz,
      add column created_by integer references app_user(id),
      add column idempotency_key text,
      add constraint checklist_template_code_version_key unique (code, version),
      add constraint checklist_template_idempotency_key unique (created_by, idempotency_key)`.execute(db);
  // One current version per code.
  await sql`create unique index checklist_template_current_idx on checklist_template (code) where retired_at is null`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`delete from checklist_template where version > 1`.execute(db);
  await sql`drop index checklist_template_current_idx`.execute(db);
  await sql`
    alter table checklist_template
      drop constraint checklist_template_code_version_key,
      drop column version,
      drop column supersedes_id,
      drop column retired_at,
      drop column created_by,
      drop column idempotency_key`.execute(db);
  await sql`alter table checklist_template add constraint checklist_template_code_key unique (code)`.execute(db);
}
