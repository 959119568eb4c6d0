// The dashboard reads daily rollups kept by triggers (migration 0004-daily-figures). Whatever the writes and
// whatever the window and filter, its figures must equal the same figures counted straight from the base tables.
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedHistory } from '../../bench/seed-hazards';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { createDashboardRepository, type DashboardFigures, type DashboardQuery } from '../../db/repositories/dashboard';
import type { DB } from '../../db/schema';
import { emptyCounts } from '../../domain/figures';
import { seedDemoCounty } from '../../seed/demo-county/index';
import { createTestDatabase, type TestDatabase } from '../support/database';

const DAY = 86_400_000;
const NOW = new Date(Date.UTC(2026, 10, 30, 5, 17, 23)); // 13:17 in Shanghai

type Figures = Omit<DashboardFigures, 'rectificationRate' | 'selfCheckRate'>;
type Dimension = 'overall' | 'regulator' | 'township' | 'industry';

/** The same figures the slow, obvious way: one plain GROUP BY per dimension over the base tables. */
async function reference(db: Kysely<DB>, q: DashboardQuery): Promise<Map<string, Figures>> {
  const figures = new Map<string, Figures>();
  const at = (key: string): Figures => {
    const found = figures.get(key) ?? emptyCounts();
    figures.set(key, found);
    return found;
  };
  at('overall:');
  const filter = (campaign: string, regulator: string, township: string) =>
    sql.join(
      [
        sql`true`,
        ...(q.campaignId != null ? [sql`${sql.ref(campaign)} = ${q.campaignId}`] : []),
        ...(q.regulatorId != null ? [sql`${sql.ref(regulator)} = ${q.regulatorId}`] : []),
        ...(q.townshipId != null ? [sql`${sql.ref(township)} = ${q.townshipId}`] : []),
      ],
      sql` and `,
    );
  const dimensions: [Dimension, string, string, string][] = [
    ['overall', `''`, `''`, `''`],
    ['regulator', 't.assignee_org_id::text', 'h.regulator_id::text', 't.assignee_org_id::text'],
    ['township', 'e.township_id::text', 'h.township_id::text', 'e.township_id::text'],
    ['industry', 'e.industry', 'h.industry', 'e.industry'],
  ];
  for (const [dimension, inspectionKey, hazardKey, taskKey] of dimensions) {
    const inspections = await sql<{ key: string; a: number; b: number; c: number }>`
      select ${sql.raw(inspectionKey)} as key, count(*)::int as a, sum(i.inspector_count)::int as b, count(distinct i.enterprise_id)::int as c
      from inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id
      where i.inspected_at >= ${q.from} and i.inspected_at < ${q.to} and ${filter('t.campaign_id', 't.assignee_org_id', 'e.township_id')}
      group by 1`.execute(db);
    for (const r of inspections.rows)
      Object.assign(at(`${dimension}:${r.key}`), {
        inspections: r.a,
        inspectorsDispatched: r.b,
        enterprisesInspected: r.c,
      });
    const hazards = await sql<{
      key: string;
      a: number;
      b: number;
      c: number;
      d: number;
      e: number;
      f: number;
      g: number;
      h: number;
      i: number;
    }>`
      select ${sql.raw(hazardKey)} as key, count(*)::int as a, count(*) filter (where h.status = 'CLOSED')::int as b,
        count(*) filter (where h.level = 'MAJOR')::int as c, count(*) filter (where h.level = 'MAJOR' and h.status <> 'CLOSED')::int as d,
        count(*) filter (where h.status <> 'CLOSED' and h.rectify_by < ${q.now})::int as e,
        count(*) filter (where h.source = 'SELF_CHECK')::int as f, count(*) filter (where h.reported_on_behalf = false)::int as g,
        count(*) filter (where h.reported_on_behalf = true)::int as h, count(*) filter (where h.status = 'PENDING_SIGN_OFF')::int as i
      from hazard h where h.found_at >= ${q.from} and h.found_at < ${q.to} and ${filter('h.campaign_id', 'h.regulator_id', 'h.township_id')}
      group by 1`.execute(db);
    for (const r of hazards.rows) {
      Object.assign(at(`${dimension}:${r.key}`), {
        hazardsFound: r.a,
        hazardsClosed: r.b,
        majorHazards: r.c,
        majorHazardsOpen: r.d,
        overdueHazards: r.e,
        hazardsSelfFound: r.f,
        rectificationsByEnterprise: r.g,
        rectificationsOnBehalf: r.h,
        majorHazardsAwaitingSignOff: r.i,
      });
    }
    const tasks = await sql<{ key: string; a: number; b: number; c: number; d: number; e: number }>`
      select ${sql.raw(taskKey)} as key, count(*) filter (where t.kind <> 'SELF_CHECK' and t.status <> 'CANCELLED')::int as a,
        count(*) filter (where t.kind <> 'SELF_CHECK' and t.status = 'DONE')::int as b,
        count(*) filter (where t.kind <> 'SELF_CHECK' and t.status = 'OPEN' and t.due_at < ${q.now})::int as c,
        count(*) filter (where t.kind = 'SELF_CHECK' and t.status <> 'CANCELLED')::int as d,
        count(*) filter (where t.kind = 'SELF_CHECK' and t.status = 'DONE')::int as e
      from task t join enterprise e on e.id = t.enterprise_id
      where t.created_at >= ${q.from} and t.created_at < ${q.to} and ${filter('t.campaign_id', 't.assignee_org_id', 'e.township_id')}
      group by 1`.execute(db);
    for (const r of tasks.rows)
      Object.assign(at(`${dimension}:${r.key}`), {
        tasksTotal: r.a,
        tasksDone: r.b,
        tasksOverdue: r.c,
        selfChecksDue: r.d,
        selfChecksDone: r.e,
      });
  }
  // A group with only cancelled tasks, say, has nothing to show: the dashboard lists such rows as idle.
  for (const [key, f] of figures) if (key !== 'overall:' && Object.values(f).every((n) => n === 0)) figures.delete(key);
  return figures;
}

/** The repository's answer in the reference's shape, idle rows (all zero) left out. */
async function viaRollups(db: Kysely<DB>, q: DashboardQuery): Promise<Map<string, Figures>> {
  const result = await createDashboardRepository(db).figures(q);
  const strip = ({ rectificationRate: _rate, selfCheckRate: _selfCheckRate, ...f }: DashboardFigures): Figures => f;
  const figures = new Map<string, Figures>();
  const { rows, ...overall } = result;
  figures.set('overall:', strip(overall));
  for (const { dimension, key, ...f } of rows) {
    const counts = strip(f);
    if (Object.values(counts).some((n) => n !== 0)) figures.set(`${dimension}:${key}`, counts);
  }
  return figures;
}

describe('daily rollups behind the dashboard', () => {
  let testDb: TestDatabase;
  let database: Database;
  let db: Kysely<DB>;
  let ids: { campaigns: number[]; regulators: number[]; townships: number[] };

  beforeAll(async () => {
    testDb = await createTestDatabase('wss_daily');
    database = await openDatabase({ databaseUrl: testDb.url, dataDir: '' });
    db = database.db;
    await migrateToLatest(db);
    await seedDemoCounty(db, { demoPassword: 'demo-2026', withDemoUsers: true, enterpriseCount: 400 });
    await seedHistory(db, { hazards: 3_000, now: NOW });
    const units = await db.selectFrom('org_unit').select(['id', 'kind']).execute();
    ids = {
      campaigns: (await db.selectFrom('campaign').select('id').execute()).map((c) => c.id),
      regulators: units.filter((u) => u.kind === 'REGULATOR').map((u) => u.id),
      townships: units.filter((u) => u.kind === 'TOWNSHIP').map((u) => u.id),
    };

    // Today's work and changes to the past, as the app writes them: open tasks due before and after now,
    // inspections and hazards today, hazards closed, reopened and verified, a task cancelled, an inspection removed.
    const campaign = ids.campaigns.at(-1) ?? 0;
    await sql`
      insert into task (campaign_id, enterprise_id, kind, status, assignee_org_id, due_at, created_at)
      select ${campaign}, e.id, 'INSPECT', 'OPEN', e.regulator_id,
        ${NOW}::timestamptz + (case when e.id % 2 = 0 then -1 else 1 end) * interval '2 days',
        ${NOW}::timestamptz - (e.id % 20) * interval '1 hour'
      from enterprise e where e.id % 7 = 0
        and not exists (select 1 from task x where x.campaign_id = ${campaign} and x.enterprise_id = e.id)`.execute(db);
    await sql`
      insert into inspection (task_id, enterprise_id, inspected_at, inspector_count, idempotency_key)
      select t.id, t.enterprise_id, ${NOW}::timestamptz - (t.id % 9) * interval '1 hour', 2, 'today-' || t.id
      from task t where t.created_at > ${NOW}::timestamptz - interval '1 day' and t.enterprise_id % 3 = 0`.execute(db);
    await sql`update task set status = 'DONE', done_at = ${NOW} where id in (select task_id from inspection where idempotency_key like 'today-%')`.execute(
      db,
    );
    await sql`
      insert into hazard (inspection_id, finding_index, campaign_id, enterprise_id, regulator_id, township_id, level, status, description, found_at, rectify_by)
      select i.id, 0, t.campaign_id, e.id, e.regulator_id, e.township_id, case when i.id % 4 = 0 then 'MAJOR' else 'GENERAL' end, 'OPEN', '安全出口堵塞',
        i.inspected_at, i.inspected_at + interval '7 days'
      from inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id where i.idempotency_key like 'today-%'`.execute(
      db,
    );
    await sql`update hazard set status = 'CLOSED', closed_at = ${NOW} where id % 5 = 0 and status <> 'CLOSED'`.execute(
      db,
    );
    await sql`update hazard set status = 'OPEN', closed_at = null where id % 11 = 0 and status = 'CLOSED'`.execute(db);
    await sql`update hazard set rectify_by = rectify_by + interval '30 days' where id % 13 = 0`.execute(db);
    await sql`update task set status = 'CANCELLED', cancelled_at = ${NOW} where id % 17 = 0 and status = 'OPEN'`.execute(
      db,
    );
    // The enterprises' own duty: self-checks asked (some done, some cancelled), hazards they found themselves,
    // rectifications they reported or a regulator reported for them (代报), major hazards awaiting sign-off.
    await sql`
      insert into task (campaign_id, enterprise_id, kind, status, assignee_org_id, due_at, created_at, done_at)
      select ${campaign}, e.id, 'SELF_CHECK', case when e.id % 3 = 0 then 'DONE' else 'OPEN' end, e.regulator_id,
        ${NOW}::timestamptz + interval '3 days', ${NOW}::timestamptz - (e.id % 30) * interval '1 day',
        case when e.id % 3 = 0 then ${NOW}::timestamptz end
      from enterprise e where e.id % 5 = 0`.execute(db);
    await sql`update task set status = 'CANCELLED', cancelled_at = ${NOW} where kind = 'SELF_CHECK' and enterprise_id % 25 = 0 and status = 'OPEN'`.execute(
      db,
    );
    await sql`
      insert into self_check (task_id, campaign_id, enterprise_id, submitted_at, idempotency_key)
      select t.id, t.campaign_id, t.enterprise_id, ${NOW}, 'self-' || t.id from task t where t.kind = 'SELF_CHECK' and t.status = 'DONE'`.execute(
      db,
    );
    await sql`
      insert into hazard (source, self_check_id, finding_index, campaign_id, enterprise_id, regulator_id, township_id, level, status,
        description, found_at, rectify_by, rectification_plan)
      select 'SELF_CHECK', s.id, 0, s.campaign_id, e.id, e.regulator_id, e.township_id, 'GENERAL', 'OPEN', '自查发现：消防器材过期',
        ${NOW}::timestamptz - (s.id % 30) * interval '1 day', ${NOW}::timestamptz + interval '10 days', '更换灭火器'
      from self_check s join enterprise e on e.id = s.enterprise_id`.execute(db);
    await sql`update hazard set reported_on_behalf = (id % 2 = 0), reported_at = found_at + interval '1 day' where id % 3 = 0`.execute(
      db,
    );
    await sql`update hazard set status = 'PENDING_SIGN_OFF', verified_at = ${NOW} where level = 'MAJOR' and status <> 'CLOSED' and id % 4 = 1`.execute(
      db,
    );
    const gone = await sql<{
      id: number;
    }>`select i.id from inspection i where not exists (select 1 from hazard h where h.inspection_id = i.id) limit 3`.execute(
      db,
    );
    await db
      .deleteFrom('inspection')
      .where('id', 'in', [0, ...gone.rows.map((r) => r.id)])
      .execute();
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('equal the base tables for any window and filter', async () => {
    const instant = fc.oneof(
      fc.integer({ min: NOW.getTime() - 400 * DAY, max: NOW.getTime() + DAY }),
      // Shanghai midnights, where the window has no edge
      fc
        .integer({ min: -400, max: 1 })
        .map((d) => Math.floor((NOW.getTime() + 8 * 3_600_000) / DAY + d) * DAY - 8 * 3_600_000),
    );
    const pick = (list: number[]) => fc.option(fc.constantFrom(...list), { nil: null, freq: 2 });
    await fc.assert(
      fc.asyncProperty(
        instant,
        instant,
        pick(ids.campaigns),
        pick(ids.regulators),
        pick(ids.townships),
        async (a, b, campaignId, regulatorId, townshipId) => {
          const q: DashboardQuery = {
            from: new Date(Math.min(a, b)),
            to: new Date(Math.max(a, b) + 1),
            campaignId,
            regulatorId,
            townshipId,
            now: NOW,
          };
          expect(Object.fromEntries(await viaRollups(db, q))).toEqual(Object.fromEntries(await reference(db, q)));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('counts the whole history and today the same way', async () => {
    const q: DashboardQuery = {
      from: new Date(0),
      to: new Date(NOW.getTime() + 1),
      campaignId: null,
      regulatorId: null,
      townshipId: null,
      now: NOW,
    };
    const figures = await viaRollups(db, q);
    expect(figures.get('overall:')?.hazardsFound).toBeGreaterThan(3_000);
    expect(Object.fromEntries(figures)).toEqual(Object.fromEntries(await reference(db, q)));
  });

  it('keeps the township and industry masks equal to the registry when enterprises move', async () => {
    const [first, second] = ids.townships;
    await sql`update enterprise set township_id = case township_id when ${first}::int then ${second}::int else ${first}::int end where id % 10 = 1`.execute(
      db,
    );
    await sql`update enterprise set name = name || '（更名）' where id % 10 = 2`.execute(db);
    const mismatched = await sql<{ dimension: string; key: string }>`
      with expected as (
        select 'township' as dimension, township_id::text as key, array_agg(id order by id) as ids from enterprise group by 1, 2
        union all select 'industry', industry, array_agg(id order by id) from enterprise group by 1, 2),
      stored as (
        select m.dimension, m.key, array(select g from generate_series(0, length(m.enterprises) - 1) g where get_bit(m.enterprises, g) = 1) as ids
        from enterprise_mask m)
      select coalesce(e.dimension, s.dimension) as dimension, coalesce(e.key, s.key) as key
      from expected e full join stored s on s.dimension = e.dimension and s.key = e.key
      where coalesce(e.ids, '{}') is distinct from coalesce(s.ids, '{}')`.execute(db);
    expect(mismatched.rows).toEqual([]);
  });
});
