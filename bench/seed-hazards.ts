// A year of past work for the api bench, written in bulk with SQL (INSERT … SELECT over generate_series): closed
// monthly campaigns, their tasks, the inspections of the done ones, and hazards found by those inspections, with
// the same regulator, township, enterprise, campaign and inspection ids the app's recordInspection writes.
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { DEFAULT_POLICY } from '../domain/policy';
import type { CampaignKind } from '../domain/types';
import { campaignWorkflowId } from '../workflows/messages';

export interface HistorySummary {
  campaigns: number;
  tasks: number;
  inspections: number;
  hazards: number;
  majorHazards: number;
  closedHazards: number;
  overdueHazards: number;
}

const DAY = 86_400_000;
const CAMPAIGNS = 12; // one a month over the last year
const DONE_SHARE = 0.95; // the rest were cancelled
const HAZARDS_PER_INSPECTION = 2.2;
const MAJOR_SHARE = 0.08;
const CLOSED_SHARE = 0.7;
const OPEN_SHARE = 0.18; // the rest await verification

const THEMES: readonly (readonly [CampaignKind, string])[] = [
  ['MAJOR_HAZARD_SWEEP', '重大事故隐患专项排查整治'],
  ['SPECIAL_INSPECTION', '有限空间作业专项检查'],
  ['SEASONAL', '季节性安全生产大检查'],
  ['CONCENTRATED_RECTIFICATION', '消防安全集中整治'],
  ['HUNDRED_DAY_CRACKDOWN', '安全生产百日攻坚行动'],
  ['SPECIAL_INSPECTION', '城镇燃气安全专项检查'],
];
const DESCRIPTIONS = [
  '配电箱未接地，电气线路私拉乱接',
  '安全出口被货物堵塞',
  '灭火器压力不足、超期未检验',
  '有限空间作业未执行"先通风、再检测、后作业"',
  '特种作业人员未持证上岗',
  '除尘系统未设置泄爆装置',
  '危险化学品未分类分区存放',
  '脚手架连墙件缺失',
  '安全警示标志缺失',
  '应急预案未按规定组织演练',
  '液氨泄漏报警装置失效',
  '燃气管道穿越卧室',
  '消防通道被占用',
  '叉车未定期检验',
];
const LOCATIONS = [
  '一号车间',
  '二号车间',
  '成品仓库',
  '配电室',
  '锅炉房',
  '罐区',
  '办公楼',
  '施工现场',
  '后厨',
  '地下室',
];

/** Writes `hazards` hazards (exactly) with the campaigns, tasks and inspections they come from, then counts them. */
export async function seedHistory(db: Kysely<DB>, options: { hazards: number; now: Date }): Promise<HistorySummary> {
  const { now } = options;
  await db.transaction().execute(async (trx) => {
    // Reproducible draws: random() in this session follows the seed.
    await sql`select setseed(0.2026)`.execute(trx);
    const enterprises = (
      await trx
        .selectFrom('enterprise')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n;
    const admin = await trx
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const tasksWanted = options.hazards / HAZARDS_PER_INSPECTION / DONE_SHARE;
    const share = Math.min(1, tasksWanted / (CAMPAIGNS * enterprises));

    const campaignIds: number[] = [];
    for (let n = 0; n < CAMPAIGNS; n += 1) {
      const theme = THEMES[n % THEMES.length] ?? ['OTHER', '安全生产专项检查'];
      const startsAt = new Date(now.getTime() - (365 - n * 30) * DAY);
      const month = Number(
        new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', month: 'numeric' }).format(startsAt),
      );
      const row = await trx
        .insertInto('campaign')
        .values({
          name: `${month}月${theme[1]}`,
          kind: theme[0],
          status: 'CLOSED',
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 28 * DAY),
          task_due_at: new Date(startsAt.getTime() + 25 * DAY),
          scope: JSON.stringify({ industries: [], townshipIds: [] }),
          policy: JSON.stringify(DEFAULT_POLICY),
          workflow_id: `pending-history-${n}`,
          created_by: admin.id,
          created_at: startsAt,
          updated_at: startsAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('campaign')
        .set({ workflow_id: campaignWorkflowId(row.id) })
        .where('id', '=', row.id)
        .execute();
      campaignIds.push(row.id);
    }
    const ids = sql`${campaignIds}::int[]`;

    await sql`
      with drawn as materialized (
        select c.id as campaign_id, e.id as enterprise_id, e.regulator_id, c.starts_at, c.task_due_at, c.ends_at,
          random() as pick, random() as outcome, random() as progress
        from campaign c cross join enterprise e where c.id = any(${ids}))
      insert into task (campaign_id, enterprise_id, kind, status, assignee_org_id, due_at, done_at, cancelled_at, created_at)
      select campaign_id, enterprise_id, 'INSPECT', case when outcome < ${DONE_SHARE}::float8 then 'DONE' else 'CANCELLED' end,
        regulator_id, task_due_at,
        case when outcome < ${DONE_SHARE}::float8 then starts_at + progress * (task_due_at - starts_at) end,
        case when outcome >= ${DONE_SHARE}::float8 then ends_at end,
        starts_at
      from drawn where pick < ${share}::float8
      order by campaign_id, enterprise_id`.execute(trx);

    await sql`
      insert into inspection (task_id, enterprise_id, inspected_at, inspector_count, notes, submitted_by, idempotency_key, created_at)
      select t.id, t.enterprise_id, t.done_at, 2 + floor(random() * 3)::int, null, staff.id, 'history-' || t.id, t.done_at
      from task t
      left join (select distinct on (org_unit_id) org_unit_id, id from app_user where role = 'REGULATOR_STAFF' order by org_unit_id, id) staff
        on staff.org_unit_id = t.assignee_org_id
      where t.campaign_id = any(${ids}) and t.status = 'DONE'
      order by t.id`.execute(trx);

    const reported = sql`(f.status <> 'OPEN')`;
    const reportedAt = sql`least(${now}::timestamptz, f.found_at + f.d2 * (f.rectify_by - f.found_at))`;
    const closedAt = sql`least(${now}::timestamptz, f.found_at + f.d2 * (f.rectify_by - f.found_at) + f.d3 * interval '5 days')`;
    await sql`
      with insp as materialized (
        select i.id, i.enterprise_id, i.inspected_at, t.campaign_id, row_number() over (order by i.id)::int as rn
        from inspection i join task t on t.id = i.task_id where t.campaign_id = any(${ids})),
      picks as materialized (
        select g, 1 + floor(random() * (select count(*) from insp))::int as rn, random() as lvl, random() as st, random() as d1, random() as d2, random() as d3
        from generate_series(1, ${options.hazards}::int) g),
      f as (
        select p.*, insp.id as inspection_id, insp.enterprise_id, insp.campaign_id, insp.inspected_at as found_at,
          (row_number() over (partition by insp.id order by p.g) - 1)::int as finding_index,
          case when p.lvl < ${MAJOR_SHARE}::float8 then 'MAJOR' else 'GENERAL' end as level,
          case when p.st < ${CLOSED_SHARE}::float8 then 'CLOSED' when p.st < ${CLOSED_SHARE + OPEN_SHARE}::float8 then 'OPEN' else 'PENDING_VERIFICATION' end as status,
          insp.inspected_at + (case when p.lvl < ${MAJOR_SHARE}::float8 then 30 + p.d1 * 60 else 7 + p.d1 * 23 end) * interval '1 day' as rectify_by
        from picks p join insp on insp.rn = p.rn)
      insert into hazard (inspection_id, finding_index, campaign_id, enterprise_id, regulator_id, township_id, checklist_item_id, level, status,
        description, location, found_at, rectify_by, rectification_measures, reported_at, verified_at, closed_at, created_at)
      select f.inspection_id, f.finding_index, f.campaign_id, f.enterprise_id, e.regulator_id, e.township_id, null, f.level, f.status,
        (${DESCRIPTIONS}::text[])[1 + f.g % ${DESCRIPTIONS.length}::int], (${LOCATIONS}::text[])[1 + (f.g / 7) % ${LOCATIONS.length}::int],
        f.found_at, f.rectify_by,
        case when ${reported} then '已按要求完成整改，留存整改前后影像资料' end,
        case when ${reported} then ${reportedAt} end,
        case when f.status = 'CLOSED' then ${closedAt} end,
        case when f.status = 'CLOSED' then ${closedAt} end,
        f.found_at
      from f join enterprise e on e.id = f.enterprise_id
      order by f.inspection_id, f.finding_index`.execute(trx);
  });
  await sql`analyze`.execute(db);
  return summarize(db, now);
}

async function summarize(db: Kysely<DB>, now: Date): Promise<HistorySummary> {
  const count = async (table: 'campaign' | 'task' | 'inspection') =>
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const hazards = await db
    .selectFrom('hazard')
    .select([
      sql<number>`count(*)::int`.as('all'),
      sql<number>`count(*) filter (where level = 'MAJOR')::int`.as('major'),
      sql<number>`count(*) filter (where status = 'CLOSED')::int`.as('closed'),
      sql<number>`count(*) filter (where status <> 'CLOSED' and rectify_by < ${now})::int`.as('overdue'),
    ])
    .executeTakeFirstOrThrow();
  return {
    campaigns: await count('campaign'),
    tasks: await count('task'),
    inspections: await count('inspection'),
    hazards: hazards.all,
    majorHazards: hazards.major,
    closedHazards: hazards.closed,
    overdueHazards: hazards.overdue,
  };
}
