// An enterprise's lifecycle (停产 / 注销 / 复产): its standing in the register, since when and why. Only an enterprise
// in business (OPERATING) is in a campaign's scope; a suspended or closed one keeps its open tasks and hazards.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    alter table enterprise
      add column status text not null default 'OPERATING' check (status in ('OPERATING', 'SUSPENDED', 'CLOSED')),
      add column status_changed_at timestamptz,
      add column status_reason text`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await sql`alter table enterprise drop column status, drop column status_changed_at, drop column status_reason`.execute(
    db,
  );
}
