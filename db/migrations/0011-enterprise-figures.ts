// The figures of enterprises' own duty in the daily rollups (see 0004-daily-figures): self-checks due and done
// (自查率), hazards the enterprises found themselves, rectifications reported by the enterprise or on its behalf (代报),
// major hazards awaiting the county office's sign-off. Inspection tasks no longer count self-checks among them.
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const BUCKET = 'day, campaign_id, regulator_id, township_id, industry';

async function hazardFunction(db: AnyDb, withEnterpriseFigures: boolean): Promise<void> {
  const extraColumns = withEnterpriseFigures
    ? ', self_found, reported_by_enterprise, reported_on_behalf, awaiting_sign_off'
    : '';
  const extraSums = withEnterpriseFigures
    ? `,
            coalesce(sum(h.sign) filter (where h.source = 'SELF_CHECK'), 0)::int as self_found,
            coalesce(sum(h.sign) filter (where h.reported_on_behalf = false), 0)::int as by_enterprise,
            coalesce(sum(h.sign) filter (where h.reported_on_behalf = true), 0)::int as on_behalf,
            coalesce(sum(h.sign) filter (where h.status = 'PENDING_SIGN_OFF'), 0)::int as awaiting`
    : '';
  const extraZero = withEnterpriseFigures ? ', self_found, by_enterprise, on_behalf, awaiting' : '';
  const zeros = withEnterpriseFigures ? '0, 0, 0, 0, 0, 0, 0, 0' : '0, 0, 0, 0';
  const extraUpdates = withEnterpriseFigures
    ? `, self_found = d.self_found + excluded.self_found, reported_by_enterprise = d.reported_by_enterprise + excluded.reported_by_enterprise,
              reported_on_behalf = d.reported_on_behalf + excluded.reported_on_behalf, awaiting_sign_off = d.awaiting_sign_off + excluded.awaiting_sign_off`
    : '';
  await sql`
    create or replace function hazard_daily_apply() returns trigger language plpgsql as $$
    begin
      execute format($q$
        insert into hazard_daily as d (${sql.raw(BUCKET)}, hazards_found, hazards_closed, major_hazards, major_hazards_open${sql.raw(extraColumns)})
        select * from (
          select (h.found_at at time zone 'Asia/Shanghai')::date, h.campaign_id, h.regulator_id, h.township_id, h.industry,
            sum(h.sign)::int as found,
            coalesce(sum(h.sign) filter (where h.status = 'CLOSED'), 0)::int as closed,
            coalesce(sum(h.sign) filter (where h.level = 'MAJOR'), 0)::int as major,
            coalesce(sum(h.sign) filter (where h.level = 'MAJOR' and h.status <> 'CLOSED'), 0)::int as major_open${sql.raw(extraSums)}
          from (%s) h group by 1, 2, 3, 4, 5) delta
        where (found, closed, major, major_open${sql.raw(extraZero)}) <> (${sql.raw(zeros)})
        order by 1, 2, 3, 4, 5
        on conflict (${sql.raw(BUCKET)}) do update
          set hazards_found = d.hazards_found + excluded.hazards_found, hazards_closed = d.hazards_closed + excluded.hazards_closed,
              major_hazards = d.major_hazards + excluded.major_hazards, major_hazards_open = d.major_hazards_open + excluded.major_hazards_open${sql.raw(extraUpdates)}
        $q$, transition_rows(tg_op));
      return null;
    end $$`.execute(db);
}

async function taskFunction(db: AnyDb, withSelfChecks: boolean): Promise<void> {
  // An inspection task is every kind but the enterprise's own self-check.
  const inspection = withSelfChecks ? "t.kind <> 'SELF_CHECK' and " : '';
  const extraColumns = withSelfChecks ? ', self_checks, self_checks_done' : '';
  const extraSums = withSelfChecks
    ? `,
            coalesce(sum(t.sign) filter (where t.kind = 'SELF_CHECK' and t.status <> 'CANCELLED'), 0)::int as self_checks,
            coalesce(sum(t.sign) filter (where t.kind = 'SELF_CHECK' and t.status = 'DONE'), 0)::int as self_checks_done`
    : '';
  const extraZero = withSelfChecks ? ', self_checks, self_checks_done' : '';
  const zeros = withSelfChecks ? '0, 0, 0, 0, 0' : '0, 0, 0';
  const extraUpdates = withSelfChecks
    ? ', self_checks = d.self_checks + excluded.self_checks, self_checks_done = d.self_checks_done + excluded.self_checks_done'
    : '';
  await sql`
    create or replace function task_daily_apply() returns trigger language plpgsql as $$
    begin
      execute format($q$
        insert into task_daily as d (${sql.raw(BUCKET)}, tasks, tasks_done, tasks_open${sql.raw(extraColumns)})
        select * from (
          select (t.created_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry,
            coalesce(sum(t.sign) filter (where ${sql.raw(inspection)}t.status <> 'CANCELLED'), 0)::int as tasks,
            coalesce(sum(t.sign) filter (where ${sql.raw(inspection)}t.status = 'DONE'), 0)::int as done,
            coalesce(sum(t.sign) filter (where ${sql.raw(inspection)}t.status = 'OPEN'), 0)::int as open${sql.raw(extraSums)}
          from (%s) t join enterprise e on e.id = t.enterprise_id group by 1, 2, 3, 4, 5) delta
        where (tasks, done, open${sql.raw(extraZero)}) <> (${sql.raw(zeros)})
        order by 1, 2, 3, 4, 5
        on conflict (${sql.raw(BUCKET)}) do update
          set tasks = d.tasks + excluded.tasks, tasks_done = d.tasks_done + excluded.tasks_done, tasks_open = d.tasks_open + excluded.tasks_open${sql.raw(extraUpdates)}
        $q$, transition_rows(tg_op));
      return null;
    end $$`.execute(db);
}

/** The rollups again from the base tables, as the triggers would have kept them. */
async function rebuild(db: AnyDb, withEnterpriseFigures: boolean): Promise<void> {
  await sql`delete from hazard_daily`.execute(db);
  await sql`delete from task_daily`.execute(db);
  if (withEnterpriseFigures) {
    await sql`
      insert into hazard_daily (${sql.raw(BUCKET)}, hazards_found, hazards_closed, major_hazards, major_hazards_open,
        self_found, reported_by_enterprise, reported_on_behalf, awaiting_sign_off)
      select (found_at at time zone 'Asia/Shanghai')::date, campaign_id, regulator_id, township_id, industry, count(*),
        count(*) filter (where status = 'CLOSED'), count(*) filter (where level = 'MAJOR'),
        count(*) filter (where level = 'MAJOR' and status <> 'CLOSED'), count(*) filter (where source = 'SELF_CHECK'),
        count(*) filter (where reported_on_behalf = false), count(*) filter (where reported_on_behalf = true),
        count(*) filter (where status = 'PENDING_SIGN_OFF')
      from hazard group by 1, 2, 3, 4, 5`.execute(db);
    await sql`
      insert into task_daily (${sql.raw(BUCKET)}, tasks, tasks_done, tasks_open, self_checks, self_checks_done)
      select (t.created_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry,
        count(*) filter (where t.kind <> 'SELF_CHECK' and t.status <> 'CANCELLED'),
        count(*) filter (where t.kind <> 'SELF_CHECK' and t.status = 'DONE'),
        count(*) filter (where t.kind <> 'SELF_CHECK' and t.status = 'OPEN'),
        count(*) filter (where t.kind = 'SELF_CHECK' and t.status <> 'CANCELLED'),
        count(*) filter (where t.kind = 'SELF_CHECK' and t.status = 'DONE')
      from task t join enterprise e on e.id = t.enterprise_id group by 1, 2, 3, 4, 5`.execute(db);
    return;
  }
  await sql`
    insert into hazard_daily (${sql.raw(BUCKET)}, hazards_found, hazards_closed, major_hazards, major_hazards_open)
    select (found_at at time zone 'Asia/Shanghai')::date, campaign_id, regulator_id, township_id, industry, count(*),
      count(*) filter (where status = 'CLOSED'), count(*) filter (where level = 'MAJOR'), count(*) filter (where level = 'MAJOR' and status <> 'CLOSED')
    from hazard group by 1, 2, 3, 4, 5`.execute(db);
  await sql`
    insert into task_daily (${sql.raw(BUCKET)}, tasks, tasks_done, tasks_open)
    select (t.created_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry,
      count(*) filter (where t.status <> 'CANCELLED'), count(*) filter (where t.status = 'DONE'), count(*) filter (where t.status = 'OPEN')
    from task t join enterprise e on e.id = t.enterprise_id group by 1, 2, 3, 4, 5`.execute(db);
}

export async function up(db: AnyDb): Promise<void> {
  await sql`alter table hazard_daily
    add column self_found int not null default 0, add column reported_by_enterprise int not null default 0,
    add column reported_on_behalf int not null default 0, add column awaiting_sign_off int not null default 0`.execute(
    db,
  );
  await sql`alter table task_daily add column self_checks int not null default 0, add column self_checks_done int not null default 0`.execute(
    db,
  );
  await hazardFunction(db, true);
  await taskFunction(db, true);
  await rebuild(db, true);
}

export async function down(db: AnyDb): Promise<void> {
  await hazardFunction(db, false);
  await taskFunction(db, false);
  await sql`alter table hazard_daily drop column self_found, drop column reported_by_enterprise, drop column reported_on_behalf, drop column awaiting_sign_off`.execute(
    db,
  );
  await sql`alter table task_daily drop column self_checks, drop column self_checks_done`.execute(db);
  await rebuild(db, false);
}
