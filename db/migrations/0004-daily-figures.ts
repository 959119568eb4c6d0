// The county's figures pre-aggregated per Shanghai day, so the dashboard reads a few thousand rollup rows instead
// of a year of inspections, hazards and tasks (measured: 1.1 s → see README "Benchmark").
//
// - inspection_daily, hazard_daily, task_daily: additive counts per (day, campaign, regulator, township,
//   industry). Statement-level triggers with transition tables keep them exact inside the writing transaction
//   (one upsert per statement and bucket, in key order so concurrent writers lock buckets in the same order).
// - inspected_enterprises_daily: "enterprises inspected" is a distinct count and does not add up over days, so
//   each (day, campaign, regulator) keeps the set of enterprises inspected as a bitmap (bit n = enterprise n);
//   a window ORs its days' bitmaps and counts the bits. enterprise_mask holds each township's and industry's
//   enterprises as the same kind of bitmap, to split the count by township and industry.
//
// Rows are attributed when written: an inspection to its task's regulator and its enterprise's township and
// industry at that moment, a hazard to the regulator and township it was recorded with, a task to the day it
// was created. The dashboard adds partial days (window edges, today) and the time-dependent "overdue" counts
// live, from the base tables (db/repositories/dashboard.ts).
import { sql, type Kysely } from 'kysely';

type AnyDb = Kysely<unknown>;

const BUCKET = 'day, campaign_id, regulator_id, township_id, industry';

export async function up(db: AnyDb): Promise<void> {
  // Bitmaps: a set of enterprise ids as varbit, grown in steps of 8,192 bits; shorter bitmaps are padded on use.
  await sql`
    create function enterprise_bits(ids int[], len int) returns varbit language plpgsql immutable as $$
    declare
      bits varbit := repeat('0', len)::varbit;
      id int;
    begin
      foreach id in array ids loop
        bits := set_bit(bits, id, 1);
      end loop;
      return bits;
    end $$`.execute(db);
  await sql`
    create function bits_capacity(max_id int) returns int language sql immutable as $$
      select ((coalesce(max_id, 0) / 8192) + 1) * 8192 $$`.execute(db);
  await sql`
    create function bits_padded(bits varbit, len int) returns varbit language sql immutable as $$
      select case when length(bits) >= len then bits else bits || repeat('0', len - length(bits))::varbit end $$`.execute(
    db,
  );
  await sql`
    create function bits_or(a varbit, b varbit) returns varbit language sql immutable as $$
      select bits_padded(a, greatest(length(a), length(b))) | bits_padded(b, greatest(length(a), length(b))) $$`.execute(
    db,
  );

  await sql`
    create table inspection_daily (
      day date not null, campaign_id int not null, regulator_id int not null, township_id int not null, industry text not null,
      inspections int not null, inspectors_dispatched int not null,
      primary key (day, campaign_id, regulator_id, township_id, industry))`.execute(db);
  await sql`
    create table inspected_enterprises_daily (
      day date not null, campaign_id int not null, regulator_id int not null, enterprises varbit not null,
      primary key (day, campaign_id, regulator_id))`.execute(db);
  await sql`
    create table hazard_daily (
      day date not null, campaign_id int, regulator_id int not null, township_id int not null, industry text not null,
      hazards_found int not null, hazards_closed int not null, major_hazards int not null, major_hazards_open int not null)`.execute(
    db,
  );
  await sql`create unique index hazard_daily_bucket on hazard_daily (${sql.raw(BUCKET)}) nulls not distinct`.execute(
    db,
  );
  await sql`
    create table task_daily (
      day date not null, campaign_id int not null, regulator_id int not null, township_id int not null, industry text not null,
      tasks int not null, tasks_done int not null, tasks_open int not null,
      primary key (day, campaign_id, regulator_id, township_id, industry))`.execute(db);
  await sql`
    create table enterprise_mask (
      dimension text not null check (dimension in ('township', 'industry')), key text not null, enterprises varbit not null,
      primary key (dimension, key))`.execute(db);

  // Each trigger sees its statement's rows as transition tables: new rows count +1 and old rows −1, so an insert
  // adds, a delete takes away and an update moves a row between buckets or columns.
  await sql`
    create function transition_rows(op text) returns text language sql immutable as $$
      select case op
        when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
        when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
        else 'select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o' end $$`.execute(
    db,
  );

  // Inspections are written once and never changed by the app; should one change or go, its buckets are rebuilt.
  const inspectionBucket = `(i.inspected_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id`;
  await sql`
    create function inspection_daily_apply() returns trigger language plpgsql as $$
    declare
      touched text := format('select distinct ${sql.raw(inspectionBucket.replaceAll("'", "''"))} from (%s) i join task t on t.id = i.task_id', transition_rows(tg_op));
    begin
      if tg_op = 'INSERT' then
        insert into inspection_daily as d (${sql.raw(BUCKET)}, inspections, inspectors_dispatched)
        select ${sql.raw(inspectionBucket)}, e.township_id, e.industry, count(*), sum(i.inspector_count)
        from new_rows i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (${sql.raw(BUCKET)}) do update
          set inspections = d.inspections + excluded.inspections, inspectors_dispatched = d.inspectors_dispatched + excluded.inspectors_dispatched;
        insert into inspected_enterprises_daily as d (day, campaign_id, regulator_id, enterprises)
        select ${sql.raw(inspectionBucket)}, enterprise_bits(array_agg(i.enterprise_id), bits_capacity(max(i.enterprise_id)))
        from new_rows i join task t on t.id = i.task_id
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (day, campaign_id, regulator_id) do update set enterprises = bits_or(d.enterprises, excluded.enterprises);
        return null;
      end if;
      execute format('delete from inspection_daily where (day, campaign_id, regulator_id) in (%s)', touched);
      execute format('delete from inspected_enterprises_daily where (day, campaign_id, regulator_id) in (%s)', touched);
      execute format($q$
        insert into inspection_daily (${sql.raw(BUCKET)}, inspections, inspectors_dispatched)
        select ${sql.raw(inspectionBucket)}, e.township_id, e.industry, count(*), sum(i.inspector_count)
        from inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id
        where (${sql.raw(inspectionBucket)}) in (%s) group by 1, 2, 3, 4, 5 $q$, touched);
      execute format($q$
        insert into inspected_enterprises_daily (day, campaign_id, regulator_id, enterprises)
        select ${sql.raw(inspectionBucket)}, enterprise_bits(array_agg(i.enterprise_id), bits_capacity(max(i.enterprise_id)))
        from inspection i join task t on t.id = i.task_id
        where (${sql.raw(inspectionBucket)}) in (%s) group by 1, 2, 3 $q$, touched);
      return null;
    end $$`.execute(db);

  // Hazards and tasks change status: the statement's delta is added to each bucket it touches.
  await sql`
    create function hazard_daily_apply() returns trigger language plpgsql as $$
    begin
      execute format($q$
        insert into hazard_daily as d (${sql.raw(BUCKET)}, hazards_found, hazards_closed, major_hazards, major_hazards_open)
        select * from (
          select (h.found_at at time zone 'Asia/Shanghai')::date, h.campaign_id, h.regulator_id, h.township_id, h.industry,
            sum(h.sign)::int as found,
            coalesce(sum(h.sign) filter (where h.status = 'CLOSED'), 0)::int as closed,
            coalesce(sum(h.sign) filter (where h.level = 'MAJOR'), 0)::int as major,
            coalesce(sum(h.sign) filter (where h.level = 'MAJOR' and h.status <> 'CLOSED'), 0)::int as major_open
          from (%s) h group by 1, 2, 3, 4, 5) delta
        where (found, closed, major, major_open) <> (0, 0, 0, 0)
        order by 1, 2, 3, 4, 5
        on conflict (${sql.raw(BUCKET)}) do update
          set hazards_found = d.hazards_found + excluded.hazards_found, hazards_closed = d.hazards_closed + excluded.hazards_closed,
              major_hazards = d.major_hazards + excluded.major_hazards, major_hazards_open = d.major_hazards_open + excluded.major_hazards_open
        $q$, transition_rows(tg_op));
      return null;
    end $$`.execute(db);
  await sql`
    create function task_daily_apply() returns trigger language plpgsql as $$
    begin
      execute format($q$
        insert into task_daily as d (${sql.raw(BUCKET)}, tasks, tasks_done, tasks_open)
        select * from (
          select (t.created_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry,
            coalesce(sum(t.sign) filter (where t.status <> 'CANCELLED'), 0)::int as tasks,
            coalesce(sum(t.sign) filter (where t.status = 'DONE'), 0)::int as done,
            coalesce(sum(t.sign) filter (where t.status = 'OPEN'), 0)::int as open
          from (%s) t join enterprise e on e.id = t.enterprise_id group by 1, 2, 3, 4, 5) delta
        where (tasks, done, open) <> (0, 0, 0)
        order by 1, 2, 3, 4, 5
        on conflict (${sql.raw(BUCKET)}) do update
          set tasks = d.tasks + excluded.tasks, tasks_done = d.tasks_done + excluded.tasks_done, tasks_open = d.tasks_open + excluded.tasks_open
        $q$, transition_rows(tg_op));
      return null;
    end $$`.execute(db);
  for (const [table, fn] of [
    ['inspection', 'inspection_daily_apply'],
    ['hazard', 'hazard_daily_apply'],
    ['task', 'task_daily_apply'],
  ] as const) {
    await sql`create trigger ${sql.raw(`${table}_daily_insert`)} after insert on ${sql.raw(table)} referencing new table as new_rows for each statement execute function ${sql.raw(fn)}()`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`${table}_daily_update`)} after update on ${sql.raw(table)} referencing old table as old_rows new table as new_rows for each statement execute function ${sql.raw(fn)}()`.execute(
      db,
    );
    await sql`create trigger ${sql.raw(`${table}_daily_delete`)} after delete on ${sql.raw(table)} referencing old table as old_rows for each statement execute function ${sql.raw(fn)}()`.execute(
      db,
    );
  }

  // Township and industry masks follow the registry: new enterprises set their bits; a move or a removal rebuilds
  // the keys it touched from the registry.
  await sql`
    create function enterprise_mask_apply() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into enterprise_mask as m (dimension, key, enterprises)
        select k.dimension, k.key, enterprise_bits(array_agg(k.id), bits_capacity(max(k.id)))
        from (select 'township' as dimension, n.township_id::text as key, n.id from new_rows n
              union all select 'industry', n.industry, n.id from new_rows n) k
        group by 1, 2 order by 1, 2
        on conflict (dimension, key) do update set enterprises = bits_or(m.enterprises, excluded.enterprises);
        return null;
      end if;
      execute format($q$
        insert into enterprise_mask as m (dimension, key, enterprises)
        select k.dimension, k.key, coalesce((
            select enterprise_bits(array_agg(e.id), bits_capacity(max(e.id))) from enterprise e
            where case k.dimension when 'township' then e.township_id::text else e.industry end = k.key), ''::varbit)
        from (
          -- keys an enterprise joined or left (an unchanged row counts +1 and −1 in the same key)
          select 'township' as dimension, r.township_id::text as key from (%1$s) r group by r.township_id, r.id having sum(r.sign) <> 0
          union select 'industry', r.industry from (%1$s) r group by r.industry, r.id having sum(r.sign) <> 0
        ) k
        order by 1, 2
        on conflict (dimension, key) do update set enterprises = excluded.enterprises $q$, transition_rows(tg_op));
      return null;
    end $$`.execute(db);
  for (const op of ['insert', 'update', 'delete'] as const) {
    const tables =
      op === 'insert'
        ? 'new table as new_rows'
        : op === 'delete'
          ? 'old table as old_rows'
          : 'old table as old_rows new table as new_rows';
    await sql`create trigger ${sql.raw(`enterprise_mask_${op}`)} after ${sql.raw(op)} on enterprise referencing ${sql.raw(tables)} for each statement execute function enterprise_mask_apply()`.execute(
      db,
    );
  }

  // Backfill what is already there.
  await sql`
    insert into enterprise_mask (dimension, key, enterprises)
    select k.dimension, k.key, enterprise_bits(array_agg(k.id), bits_capacity(max(k.id)))
    from (select 'township' as dimension, township_id::text as key, id from enterprise union all select 'industry', industry, id from enterprise) k
    group by 1, 2`.execute(db);
  await sql`
    insert into inspection_daily (day, campaign_id, regulator_id, township_id, industry, inspections, inspectors_dispatched)
    select (i.inspected_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry, count(*), sum(i.inspector_count)
    from inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id group by 1, 2, 3, 4, 5`.execute(
    db,
  );
  await sql`
    insert into inspected_enterprises_daily (day, campaign_id, regulator_id, enterprises)
    select (i.inspected_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id,
      enterprise_bits(array_agg(i.enterprise_id), bits_capacity(max(i.enterprise_id)))
    from inspection i join task t on t.id = i.task_id group by 1, 2, 3`.execute(db);
  await sql`
    insert into hazard_daily (day, campaign_id, regulator_id, township_id, industry, hazards_found, hazards_closed, major_hazards, major_hazards_open)
    select (found_at at time zone 'Asia/Shanghai')::date, campaign_id, regulator_id, township_id, industry, count(*),
      count(*) filter (where status = 'CLOSED'), count(*) filter (where level = 'MAJOR'), count(*) filter (where level = 'MAJOR' and status <> 'CLOSED')
    from hazard group by 1, 2, 3, 4, 5`.execute(db);
  await sql`
    insert into task_daily (day, campaign_id, regulator_id, township_id, industry, tasks, tasks_done, tasks_open)
    select (t.created_at at time zone 'Asia/Shanghai')::date, t.campaign_id, t.assignee_org_id, e.township_id, e.industry,
      count(*) filter (where t.status <> 'CANCELLED'), count(*) filter (where t.status = 'DONE'), count(*) filter (where t.status = 'OPEN')
    from task t join enterprise e on e.id = t.enterprise_id group by 1, 2, 3, 4, 5`.execute(db);

  // Live parts: window edges by time, and the open work not yet due (overdue = open − not yet due).
  await sql`create index task_created_at_idx on task (created_at)`.execute(db);
  await sql`create index task_open_not_due_idx on task (due_at) include (created_at, campaign_id, assignee_org_id, enterprise_id) where status = 'OPEN'`.execute(
    db,
  );
  await sql`create index hazard_open_not_due_idx on hazard (rectify_by) include (found_at, campaign_id, regulator_id, township_id, industry) where status <> 'CLOSED'`.execute(
    db,
  );
}

export async function down(db: AnyDb): Promise<void> {
  await sql`drop index hazard_open_not_due_idx`.execute(db);
  await sql`drop index task_open_not_due_idx`.execute(db);
  await sql`drop index task_created_at_idx`.execute(db);
  for (const table of ['inspection', 'hazard', 'task']) {
    for (const op of ['insert', 'update', 'delete'])
      await sql`drop trigger ${sql.raw(`${table}_daily_${op}`)} on ${sql.raw(table)}`.execute(db);
  }
  for (const op of ['insert', 'update', 'delete'])
    await sql`drop trigger ${sql.raw(`enterprise_mask_${op}`)} on enterprise`.execute(db);
  for (const fn of ['enterprise_mask_apply', 'task_daily_apply', 'hazard_daily_apply', 'inspection_daily_apply']) {
    await sql`drop function ${sql.raw(fn)}()`.execute(db);
  }
  for (const table of [
    'enterprise_mask',
    'task_daily',
    'hazard_daily',
    'inspected_enterprises_daily',
    'inspection_daily',
  ]) {
    await sql`drop table ${sql.raw(table)}`.execute(db);
  }
  await sql`drop function transition_rows(text)`.execute(db);
  await sql`drop function bits_or(varbit, varbit)`.execute(db);
  await sql`drop function bits_padded(varbit, int)`.execute(db);
  await sql`drop function bits_capacity(int)`.execute(db);
  await sql`drop function enterprise_bits(int[], int)`.execute(db);
}
