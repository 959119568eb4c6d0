// 重新计算在办期限: the county office's broadcast of a changed holiday calendar to every running task and hazard
// workflow, kept with its counts (how many it reached, how many had a deadline move) for the office and the audit log.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`
    create table deadline_recompute (
      id integer primary key generated always as identity,
      status text not null default 'RUNNING' check (status in ('RUNNING', 'DONE')),
      requested_by integer not null references app_user(id),
      tasks integer not null default 0,
      hazards integer not null default 0,
      moved integer not null default 0,
      started_at timestamptz not null default now(),
      finished_at timestamptz)`.execute(db);
  // One broadcast at a time.
  await sql`create unique index deadline_recompute_running_idx on deadline_recompute ((true)) where status = 'RUNNING'`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop table deadline_recompute`.execute(db);
}
