// Read paths measured by the bench at county-year scale (250,000 hazards, 120,000 tasks):
// - the inbox order (open first, then due time) gets a stored rank and an index that returns it in order;
// - hazards carry their enterprise's industry (filled by the database on insert), so the dashboard's
//   hazard aggregate reads one table, through an index that covers it.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table task add column inbox_rank smallint generated always as (case when status = 'OPEN' then 0 else 1 end) stored`.execute(
    db,
  );
  await sql`create index task_inbox_idx on task (assignee_org_id, inbox_rank, due_at, id)`.execute(db);

  await sql`alter table hazard add column industry text`.execute(db);
  await sql`update hazard h set industry = e.industry from enterprise e where e.id = h.enterprise_id`.execute(db);
  await sql`
    create function hazard_industry() returns trigger language plpgsql as $$
    begin
      select industry into new.industry from enterprise where id = new.enterprise_id;
      return new;
    end $$`.execute(db);
  await sql`create trigger hazard_industry before insert on hazard for each row execute function hazard_industry()`.execute(
    db,
  );
  await sql`alter table hazard alter column industry set not null`.execute(db);
  await sql`create index hazard_found_at_cover_idx on hazard (found_at) include (regulator_id, township_id, industry, level, status, rectify_by, campaign_id)`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_found_at_cover_idx`.execute(db);
  await sql`drop trigger hazard_industry on hazard`.execute(db);
  await sql`drop function hazard_industry()`.execute(db);
  await sql`alter table hazard drop column industry`.execute(db);
  await sql`drop index task_inbox_idx`.execute(db);
  await sql`alter table task drop column inbox_rank`.execute(db);
}
