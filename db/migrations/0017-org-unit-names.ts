// The county office adds townships and renames units (组织机构): a name is what people type in the register's
// township column and pick from lists, so it is unique within its kind.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`create unique index org_unit_kind_name_idx on org_unit (kind, name)`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index org_unit_kind_name_idx`.execute(db);
}
