// The county's figures (DOMAIN.md) as SQL aggregates, overall or grouped by regulator or township.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { rectificationRate, type ReportFigures } from '../../domain/reports';
import type { DB } from '../schema';

export type FiguresDimension = 'overall' | 'regulator' | 'township';

export interface FiguresScope {
  campaignId: number;
  from: Date;
  to: Date;
  /** Period figures count what happened in [from, to); cumulative ones everything before `to`. */
  cumulative: boolean;
}

interface Counts {
  key: number;
  [column: string]: number;
}

const emptyFigures = (): ReportFigures => ({
  inspections: 0,
  inspectorsDispatched: 0,
  enterprisesInspected: 0,
  tasksTotal: 0,
  tasksDone: 0,
  tasksOverdue: 0,
  hazardsFound: 0,
  hazardsClosed: 0,
  majorHazards: 0,
  overdueHazards: 0,
  rectificationRate: 1,
});

export function createFiguresRepository(db: Kysely<DB>) {
  async function rows(query: RawBuilder<Counts>): Promise<Counts[]> {
    return (await query.execute(db)).rows;
  }

  return {
    async figures(scope: FiguresScope, dimension: FiguresDimension): Promise<Map<number, ReportFigures>> {
      const { campaignId, to } = scope;
      const from = scope.cumulative ? new Date(0) : scope.from;
      const taskKey =
        dimension === 'regulator' ? sql`t.assignee_org_id` : dimension === 'township' ? sql`e.township_id` : sql`0`;
      const hazardKey =
        dimension === 'regulator' ? sql`h.regulator_id` : dimension === 'township' ? sql`h.township_id` : sql`0`;
      const [tasks, inspections, hazards] = await Promise.all([
        rows(sql<Counts>`
          select ${taskKey} as key,
            count(*) filter (where t.cancelled_at is null or t.cancelled_at >= ${to})::int as "tasksTotal",
            count(*) filter (where t.done_at >= ${from} and t.done_at < ${to})::int as "tasksDone",
            count(*) filter (where t.due_at < ${to} and (t.done_at is null or t.done_at >= ${to})
              and (t.cancelled_at is null or t.cancelled_at >= ${to}))::int as "tasksOverdue"
          from task t join enterprise e on e.id = t.enterprise_id
          where t.campaign_id = ${campaignId} group by 1`),
        rows(sql<Counts>`
          select ${taskKey} as key, count(*)::int as "inspections",
            coalesce(sum(i.inspector_count), 0)::int as "inspectorsDispatched",
            count(distinct i.enterprise_id)::int as "enterprisesInspected"
          from inspection i join task t on t.id = i.task_id join enterprise e on e.id = t.enterprise_id
          where t.campaign_id = ${campaignId} and i.inspected_at >= ${from} and i.inspected_at < ${to} group by 1`),
        rows(sql<Counts>`
          select ${hazardKey} as key,
            count(*) filter (where h.found_at >= ${from})::int as "hazardsFound",
            count(*) filter (where h.closed_at >= ${from} and h.closed_at < ${to})::int as "hazardsClosed",
            count(*) filter (where h.level = 'MAJOR' and h.found_at >= ${from})::int as "majorHazards",
            count(*) filter (where h.rectify_by < ${to} and (h.closed_at is null or h.closed_at >= ${to}))::int as "overdueHazards"
          from hazard h where h.campaign_id = ${campaignId} and h.found_at < ${to} group by 1`),
      ]);
      const result = new Map<number, ReportFigures>();
      const merge = (list: Counts[]) => {
        for (const { key, ...counts } of list) {
          const figures = result.get(key) ?? emptyFigures();
          result.set(key, { ...figures, ...counts });
        }
      };
      merge(tasks);
      merge(inspections);
      merge(hazards);
      if (dimension === 'overall' && !result.has(0)) result.set(0, emptyFigures());
      for (const [key, figures] of result) {
        result.set(key, {
          ...figures,
          rectificationRate: rectificationRate(
            figures.hazardsFound,
            Math.min(figures.hazardsClosed, figures.hazardsFound),
          ),
        });
      }
      return result;
    },
  };
}
