// The county's figures (DOMAIN.md) for the leader view, overall and by regulator, township and industry at once
// (GROUPING SETS), within a window and a filter. Whole days come from the daily rollups (migration
// 0004-daily-figures), partial days and the time-dependent overdue counts from the base tables, with each figure's
// condition on a row from figure-sql.ts, the same as the campaign figures (figures.ts) use.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { splitAtShanghaiDays, type DayWindow } from '../../domain/calendar';
import { emptyCounts, FIGURE_NAMES, withRate, type Figures } from '../../domain/figures';
import type { Industry } from '../../domain/types';
import type { DB } from '../schema';
import {
  hazardAwaitingSignOff,
  hazardClosed,
  hazardMajor,
  hazardNotDue,
  hazardSelfFound,
  inspectionTask,
  majorHazardOpen,
  oneIf,
  rectifiedByEnterprise,
  rectifiedOnBehalf,
  selfCheckTask,
  taskCounted,
  taskDone,
  taskNotDue,
  taskOpen,
} from './figure-sql';

export interface DashboardQuery {
  from: Date;
  to: Date;
  campaignId: number | null;
  regulatorId: number | null;
  townshipId: number | null;
  now: Date;
}

/** The dashboard shows every figure (domain/figures.ts) for its window. */
export type DashboardFigures = Figures;

export type DashboardDimension = 'regulator' | 'township' | 'industry';

export interface DashboardRowFigures extends DashboardFigures {
  dimension: DashboardDimension;
  /** Org unit id for regulator and township rows, the industry code for industry rows. */
  key: string;
}

export interface DashboardResult extends DashboardFigures {
  rows: DashboardRowFigures[];
}

interface GroupedRow {
  g_regulator: number;
  g_township: number;
  g_industry: number;
  regulator: number | null;
  township: number | null;
  industry: Industry | null;
  [figure: string]: number | string | null;
}

/** The figures the grouped query adds up; distinct enterprises come from the bitmap query. */
const COUNTED = FIGURE_NAMES.filter((name) => name !== 'enterprisesInspected');

const empty = (): DashboardFigures => withRate(emptyCounts());

function keyOf(row: GroupedRow): { dimension: DashboardDimension | 'overall'; key: string } {
  if (row.g_regulator === 0) return { dimension: 'regulator', key: String(row.regulator) };
  if (row.g_township === 0) return { dimension: 'township', key: String(row.township) };
  if (row.g_industry === 0) return { dimension: 'industry', key: String(row.industry) };
  return { dimension: 'overall', key: '' };
}

/** `column` within the window's whole days (`day` columns of the rollups). */
const inDays = (column: string, window: DayWindow): RawBuilder<unknown> =>
  window.days
    ? sql`${sql.ref(column)} >= ${window.days.from}::date and ${sql.ref(column)} < ${window.days.to}::date`
    : sql`false`;

/** `column` (an instant) within the window's partial days. */
const inEdges = (column: string, window: DayWindow): RawBuilder<unknown> => {
  if (window.edges.length === 0) return sql`false`;
  return sql`(${sql.join(
    window.edges.map(([from, to]) => sql`(${sql.ref(column)} >= ${from} and ${sql.ref(column)} < ${to})`),
    sql` or `,
  )})`;
};

/** The filter's conditions on a source's campaign, regulator and township columns. */
function filtered(
  q: DashboardQuery,
  columns: { campaign: string; regulator: string; township?: string },
): RawBuilder<unknown> {
  return sql.join(
    [
      sql`true`,
      ...(q.campaignId != null ? [sql`${sql.ref(columns.campaign)} = ${q.campaignId}`] : []),
      ...(q.regulatorId != null ? [sql`${sql.ref(columns.regulator)} = ${q.regulatorId}`] : []),
      ...(q.townshipId != null && columns.township ? [sql`${sql.ref(columns.township)} = ${q.townshipId}`] : []),
    ],
    sql` and `,
  );
}

const ZERO_COLUMNS = [
  'inspections',
  'inspectors',
  'found',
  'closed',
  'major',
  'major_open',
  'hazards_not_due',
  'self_found',
  'by_enterprise',
  'on_behalf',
  'awaiting',
  'tasks',
  'tasks_done',
  'tasks_open',
  'tasks_not_due',
  'self_checks',
  'self_checks_done',
] as const;
type Column = (typeof ZERO_COLUMNS)[number];

/** One source of the union: its grouping columns, then every figure column (0 where it has none). */
function source(
  from: RawBuilder<unknown>,
  dims: [string, string, string],
  figures: Partial<Record<Column, string | RawBuilder<unknown>>>,
  where: RawBuilder<unknown>,
) {
  const values = ZERO_COLUMNS.map((c) => {
    const value = figures[c] ?? '0';
    return sql`${typeof value === 'string' ? sql.raw(value) : value} as ${sql.raw(c)}`;
  });
  return sql`select ${sql.raw(dims[0])} as regulator_id, ${sql.raw(dims[1])} as township_id, ${sql.raw(dims[2])} as industry, ${sql.join(values)}
    from ${from} where ${where}`;
}

export function createDashboardRepository(db: Kysely<DB>) {
  /** Counts that add up: rollup rows for whole days, base rows for the partial days and what is not yet due. */
  async function additive(q: DashboardQuery, window: DayWindow): Promise<GroupedRow[]> {
    const rollup = { campaign: 'campaign_id', regulator: 'regulator_id', township: 'township_id' };
    const hazard = { campaign: 'h.campaign_id', regulator: 'h.regulator_id', township: 'h.township_id' };
    // Inspections and tasks take their campaign and regulator from the task, their township from the enterprise.
    const task = { campaign: 't.campaign_id', regulator: 't.assignee_org_id', township: 'e.township_id' };
    const sources = [
      source(
        sql`inspection_daily`,
        ['regulator_id', 'township_id', 'industry'],
        { inspections: 'inspections', inspectors: 'inspectors_dispatched' },
        sql`${inDays('day', window)} and ${filtered(q, rollup)}`,
      ),
      source(
        sql`inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id`,
        ['t.assignee_org_id', 'e.township_id', 'e.industry'],
        { inspections: '1', inspectors: 'i.inspector_count' },
        sql`${inEdges('i.inspected_at', window)} and ${filtered(q, task)}`,
      ),
      source(
        sql`hazard_daily`,
        ['regulator_id', 'township_id', 'industry'],
        {
          found: 'hazards_found',
          closed: 'hazards_closed',
          major: 'major_hazards',
          major_open: 'major_hazards_open',
          self_found: 'self_found',
          by_enterprise: 'reported_by_enterprise',
          on_behalf: 'reported_on_behalf',
          awaiting: 'awaiting_sign_off',
        },
        sql`${inDays('day', window)} and ${filtered(q, rollup)}`,
      ),
      source(
        sql`hazard h`,
        ['h.regulator_id', 'h.township_id', 'h.industry'],
        {
          found: '1',
          closed: oneIf(hazardClosed('now')),
          major: oneIf(hazardMajor),
          major_open: oneIf(majorHazardOpen('now')),
          self_found: oneIf(hazardSelfFound),
          by_enterprise: oneIf(rectifiedByEnterprise),
          on_behalf: oneIf(rectifiedOnBehalf),
          awaiting: oneIf(hazardAwaitingSignOff),
        },
        sql`${inEdges('h.found_at', window)} and ${filtered(q, hazard)}`,
      ),
      // overdue = open − open and not yet due; the second is small: only recent deadlines are still ahead
      source(
        sql`hazard h`,
        ['h.regulator_id', 'h.township_id', 'h.industry'],
        { hazards_not_due: '1' },
        sql`${hazardNotDue('now', q.now)} and h.found_at >= ${q.from} and h.found_at < ${q.to} and ${filtered(q, hazard)}`,
      ),
      source(
        sql`task_daily`,
        ['regulator_id', 'township_id', 'industry'],
        {
          tasks: 'tasks',
          tasks_done: 'tasks_done',
          tasks_open: 'tasks_open',
          self_checks: 'self_checks',
          self_checks_done: 'self_checks_done',
        },
        sql`${inDays('day', window)} and ${filtered(q, rollup)}`,
      ),
      source(
        sql`task t join enterprise e on e.id = t.enterprise_id`,
        ['t.assignee_org_id', 'e.township_id', 'e.industry'],
        {
          tasks: oneIf(sql`${inspectionTask} and ${taskCounted('now')}`),
          tasks_done: oneIf(sql`${inspectionTask} and ${taskDone('now')}`),
          tasks_open: oneIf(sql`${inspectionTask} and ${taskOpen('now')}`),
          self_checks: oneIf(sql`${selfCheckTask} and ${taskCounted('now')}`),
          self_checks_done: oneIf(sql`${selfCheckTask} and ${taskDone('now')}`),
        },
        sql`${inEdges('t.created_at', window)} and ${filtered(q, task)}`,
      ),
      source(
        sql`task t join enterprise e on e.id = t.enterprise_id`,
        ['t.assignee_org_id', 'e.township_id', 'e.industry'],
        { tasks_not_due: '1' },
        sql`${inspectionTask} and ${taskNotDue('now', q.now)} and t.created_at >= ${q.from} and t.created_at < ${q.to} and ${filtered(q, task)}`,
      ),
    ];
    const result = await sql<GroupedRow>`
      select grouping(regulator_id) as g_regulator, grouping(township_id) as g_township, grouping(industry) as g_industry,
        regulator_id as regulator, township_id as township, industry,
        sum(inspections)::int as "inspections", sum(inspectors)::int as "inspectorsDispatched",
        sum(found)::int as "hazardsFound", sum(closed)::int as "hazardsClosed", sum(major)::int as "majorHazards",
        sum(major_open)::int as "majorHazardsOpen", (sum(found) - sum(closed) - sum(hazards_not_due))::int as "overdueHazards",
        sum(tasks)::int as "tasksTotal", sum(tasks_done)::int as "tasksDone", (sum(tasks_open) - sum(tasks_not_due))::int as "tasksOverdue",
        sum(self_checks)::int as "selfChecksDue", sum(self_checks_done)::int as "selfChecksDone",
        sum(self_found)::int as "hazardsSelfFound", sum(by_enterprise)::int as "rectificationsByEnterprise",
        sum(on_behalf)::int as "rectificationsOnBehalf", sum(awaiting)::int as "majorHazardsAwaitingSignOff"
      from (${sql.join(sources, sql` union all `)}) s
      group by grouping sets ((), (regulator_id), (township_id), (industry))`.execute(db);
    return result.rows;
  }

  /** Enterprises inspected, a distinct count: OR the days' bitmaps (and the partial days' enterprises), count bits. */
  async function distinctEnterprises(
    q: DashboardQuery,
    window: DayWindow,
  ): Promise<{ dimension: DashboardDimension | 'overall'; key: string; n: number }[]> {
    // The township filter is applied as a mask over the bitmaps, not as a column.
    const bucket = { campaign: 'campaign_id', regulator: 'regulator_id' };
    const edge = { campaign: 't.campaign_id', regulator: 't.assignee_org_id' };
    const scopeMask =
      q.townshipId != null
        ? sql`(select bits_padded(enterprises, c.len) from enterprise_mask where dimension = 'township' and key = ${String(q.townshipId)})`
        : null;
    const result = await sql<{ dimension: DashboardDimension | 'overall'; key: string; n: number }>`
      with c as (select bits_capacity((select max(id) from enterprise)) as len),
      sets as (
        select regulator_id, bits_padded(enterprises, c.len) as bits from inspected_enterprises_daily, c
        where ${inDays('day', window)} and ${filtered(q, bucket)}
        union all
        select t.assignee_org_id, enterprise_bits(array_agg(i.enterprise_id), c.len) from inspection i join task t on t.id = i.task_id, c
        where ${inEdges('i.inspected_at', window)} and ${filtered(q, edge)}
        group by t.assignee_org_id, c.len),
      by_regulator as (
        select regulator_id, ${scopeMask ? sql`bit_or(bits) & ${scopeMask}` : sql`bit_or(bits)`} as bits from sets, c group by regulator_id, c.len),
      everyone as (select bit_or(bits) as bits from by_regulator)
      select 'regulator' as dimension, regulator_id::text as key, bit_count(bits)::int as n from by_regulator
      union all select 'overall', '', coalesce(bit_count(bits), 0)::int from everyone
      union all select m.dimension, m.key, bit_count(everyone.bits & bits_padded(m.enterprises, c.len))::int
        from enterprise_mask m, everyone, c where everyone.bits is not null`.execute(db);
    return result.rows;
  }

  return {
    async figures(q: DashboardQuery): Promise<DashboardResult> {
      const window = splitAtShanghaiDays(q.from, q.to);
      const [grouped, distinct, units] = await Promise.all([
        additive(q, window),
        distinctEnterprises(q, window),
        db
          .selectFrom('org_unit')
          .select(['id', 'kind'])
          .where('kind', 'in', ['REGULATOR', 'TOWNSHIP'])
          .orderBy('id')
          .execute(),
      ]);
      let overall = empty();
      const rows = new Map<string, DashboardRowFigures>();
      const row = (dimension: DashboardDimension, key: string) => {
        const id = `${dimension}:${key}`;
        const found = rows.get(id) ?? { ...empty(), dimension, key };
        rows.set(id, found);
        return found;
      };
      // Every regulator and township in view has a row, idle or not: "who lags" must show who did nothing.
      for (const unit of units) {
        const dimension = unit.kind === 'REGULATOR' ? 'regulator' : 'township';
        const only = dimension === 'regulator' ? q.regulatorId : q.townshipId;
        if (only == null || only === unit.id) row(dimension, String(unit.id));
      }
      for (const grouping of grouped) {
        const { dimension, key } = keyOf(grouping);
        const counts: Partial<DashboardFigures> = {};
        for (const name of COUNTED) {
          const value = grouping[name];
          if (typeof value === 'number') counts[name] = value;
        }
        if (dimension === 'overall') overall = { ...overall, ...counts };
        else Object.assign(row(dimension, key), counts);
      }
      for (const { dimension, key, n } of distinct) {
        if (dimension === 'overall') overall.enterprisesInspected = n;
        else if (n > 0 || rows.has(`${dimension}:${key}`)) row(dimension, key).enterprisesInspected = n;
      }
      return { ...withRate(overall), rows: [...rows.values()].map(withRate) };
    },
  };
}
