// The county's figures (domain/figures.ts) counted from the base tables for campaigns: one set of counting SQL for a
// campaign's progress (all its work, as of now) and its period reports (a window [from, to), as of its end), overall
// or by campaign, regulator or township. The leader's dashboard reads the same figures from daily rollups
// (dashboard.ts), and tests/db/daily-figures.test.ts holds both to plain counts.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { emptyCounts, withRate, type Counts, type Figures } from '../../domain/figures';
import type { DB } from '../schema';

export type FiguresDimension = 'overall' | 'campaign' | 'regulator' | 'township';

export interface FiguresWindow {
  campaignIds: readonly number[];
  /** What happened at or after this instant (null: since the beginning). */
  from: Date | null;
  /** What happened before this instant (null: whenever, also ahead of now). */
  to: Date | null;
  /** The instant of the figures that change with time: overdue, and tasks not yet cancelled. */
  asOf: Date;
  /** Inspections are counted only when asked for (campaign lists show task and hazard figures). */
  inspections: boolean;
}

interface Row {
  key: number;
  [column: string]: number;
}

const after = (column: RawBuilder<unknown>, at: Date | null) =>
  at ? sql`${column} >= ${at}` : sql`${column} is not null`;
const before = (column: RawBuilder<unknown>, at: Date | null) => (at ? sql`${column} < ${at}` : sql`true`);

export function createFiguresRepository(db: Kysely<DB>) {
  async function rows(query: RawBuilder<Row>): Promise<Row[]> {
    return (await query.execute(db)).rows;
  }

  return {
    /** Figures per key of the dimension (0 for overall, which is always there). */
    async figures(w: FiguresWindow, dimension: FiguresDimension): Promise<Map<number, Figures>> {
      const keys: Record<FiguresDimension, [RawBuilder<unknown>, RawBuilder<unknown>]> = {
        overall: [sql`0`, sql`0`],
        campaign: [sql`t.campaign_id`, sql`h.campaign_id`],
        regulator: [sql`t.assignee_org_id`, sql`h.regulator_id`],
        township: [sql`e.township_id`, sql`h.township_id`],
      };
      const [taskKey, hazardKey] = keys[dimension];
      const { from, to, asOf } = w;
      const ids = sql.join(w.campaignIds.length ? [...w.campaignIds] : [0]);
      const notCancelled = sql`(t.cancelled_at is null or t.cancelled_at >= ${asOf})`;
      const [tasks, inspections, hazards] = await Promise.all([
        rows(sql<Row>`
          select ${taskKey} as key,
            count(*) filter (where ${notCancelled})::int as "tasksTotal",
            count(*) filter (where ${after(sql`t.done_at`, from)} and ${before(sql`t.done_at`, to)})::int as "tasksDone",
            count(*) filter (where t.due_at < ${asOf} and (t.done_at is null or t.done_at >= ${asOf})
              and ${notCancelled})::int as "tasksOverdue"
          from task t join enterprise e on e.id = t.enterprise_id
          where t.campaign_id in (${ids}) group by 1`),
        w.inspections
          ? rows(sql<Row>`
          select ${taskKey} as key, count(*)::int as "inspections",
            coalesce(sum(i.inspector_count), 0)::int as "inspectorsDispatched",
            count(distinct i.enterprise_id)::int as "enterprisesInspected"
          from inspection i join task t on t.id = i.task_id join enterprise e on e.id = t.enterprise_id
          where t.campaign_id in (${ids}) and ${after(sql`i.inspected_at`, from)} and ${before(sql`i.inspected_at`, to)}
          group by 1`)
          : Promise.resolve([]),
        rows(sql<Row>`
          select ${hazardKey} as key,
            count(*) filter (where ${after(sql`h.found_at`, from)})::int as "hazardsFound",
            count(*) filter (where ${after(sql`h.closed_at`, from)} and ${before(sql`h.closed_at`, to)})::int as "hazardsClosed",
            count(*) filter (where h.level = 'MAJOR' and ${after(sql`h.found_at`, from)})::int as "majorHazards",
            count(*) filter (where h.level = 'MAJOR' and ${after(sql`h.found_at`, from)}
              and (h.closed_at is null or h.closed_at >= ${asOf}))::int as "majorHazardsOpen",
            count(*) filter (where h.rectify_by < ${asOf} and (h.closed_at is null or h.closed_at >= ${asOf}))::int as "overdueHazards"
          from hazard h where h.campaign_id in (${ids}) and ${before(sql`h.found_at`, to)} group by 1`),
      ]);
      const counted = new Map<number, Counts>();
      for (const { key, ...counts } of [...tasks, ...inspections, ...hazards]) {
        counted.set(key, { ...(counted.get(key) ?? emptyCounts()), ...counts });
      }
      if (dimension === 'overall' && !counted.has(0)) counted.set(0, emptyCounts());
      return new Map([...counted].map(([key, counts]) => [key, withRate(counts)]));
    },
  };
}
