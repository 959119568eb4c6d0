// The county's figures (DOMAIN.md) for the leader view: two grouped aggregates over inspections and hazards,
// overall and by regulator, township and industry at once (GROUPING SETS), within a window and a filter.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { rectificationRate } from '../../domain/reports';
import type { Industry } from '../../domain/types';
import type { DB } from '../schema';

export interface DashboardQuery {
  from: Date;
  to: Date;
  campaignId: number | null;
  regulatorId: number | null;
  townshipId: number | null;
  now: Date;
}

export interface DashboardFigures {
  inspections: number; inspectorsDispatched: number; enterprisesInspected: number;
  hazardsFound: number; hazardsClosed: number; majorHazards: number; majorHazardsOpen: number; overdueHazards: number;
  rectificationRate: number;
}

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
  g_regulator: number; g_township: number; g_industry: number;
  regulator: number | null; township: number | null; industry: Industry | null;
  [figure: string]: number | string | null;
}

const COUNTED = [
  'inspections', 'inspectorsDispatched', 'enterprisesInspected', 'hazardsFound', 'hazardsClosed', 'majorHazards', 'majorHazardsOpen', 'overdueHazards',
] as const satisfies readonly (keyof DashboardFigures)[];

const empty = (): DashboardFigures => ({
  inspections: 0, inspectorsDispatched: 0, enterprisesInspected: 0, hazardsFound: 0, hazardsClosed: 0, majorHazards: 0,
  majorHazardsOpen: 0, overdueHazards: 0, rectificationRate: 1,
});

function keyOf(row: GroupedRow): { dimension: DashboardDimension | 'overall'; key: string } {
  if (row.g_regulator === 0) return { dimension: 'regulator', key: String(row.regulator) };
  if (row.g_township === 0) return { dimension: 'township', key: String(row.township) };
  if (row.g_industry === 0) return { dimension: 'industry', key: String(row.industry) };
  return { dimension: 'overall', key: '' };
}

export function createDashboardRepository(db: Kysely<DB>) {
  // Grouping sets with count(distinct) sort in memory: give them room instead of spilling to disk.
  const run = (query: RawBuilder<GroupedRow>) => db.transaction().execute(async (trx) => {
    await sql`set local work_mem = '32MB'`.execute(trx);
    return (await query.execute(trx)).rows;
  });

  return {
    async figures(q: DashboardQuery): Promise<DashboardResult> {
      const inspectionWhere = sql.join([
        sql`i.inspected_at >= ${q.from}`, sql`i.inspected_at < ${q.to}`,
        ...(q.campaignId != null ? [sql`t.campaign_id = ${q.campaignId}`] : []),
        ...(q.regulatorId != null ? [sql`t.assignee_org_id = ${q.regulatorId}`] : []),
        ...(q.townshipId != null ? [sql`e.township_id = ${q.townshipId}`] : []),
      ], sql` and `);
      const hazardWhere = sql.join([
        sql`h.found_at >= ${q.from}`, sql`h.found_at < ${q.to}`,
        ...(q.campaignId != null ? [sql`h.campaign_id = ${q.campaignId}`] : []),
        ...(q.regulatorId != null ? [sql`h.regulator_id = ${q.regulatorId}`] : []),
        ...(q.townshipId != null ? [sql`h.township_id = ${q.townshipId}`] : []),
      ], sql` and `);
      const [inspections, hazards] = await Promise.all([
        run(sql<GroupedRow>`
          select grouping(t.assignee_org_id) as g_regulator, grouping(e.township_id) as g_township, grouping(e.industry) as g_industry,
            t.assignee_org_id as regulator, e.township_id as township, e.industry as industry,
            count(*)::int as "inspections", coalesce(sum(i.inspector_count), 0)::int as "inspectorsDispatched",
            count(distinct i.enterprise_id)::int as "enterprisesInspected"
          from inspection i join task t on t.id = i.task_id join enterprise e on e.id = i.enterprise_id
          where ${inspectionWhere}
          group by grouping sets ((), (t.assignee_org_id), (e.township_id), (e.industry))`),
        run(sql<GroupedRow>`
          select grouping(h.regulator_id) as g_regulator, grouping(h.township_id) as g_township, grouping(h.industry) as g_industry,
            h.regulator_id as regulator, h.township_id as township, h.industry as industry,
            count(*)::int as "hazardsFound",
            count(*) filter (where h.status = 'CLOSED')::int as "hazardsClosed",
            count(*) filter (where h.level = 'MAJOR')::int as "majorHazards",
            count(*) filter (where h.level = 'MAJOR' and h.status <> 'CLOSED')::int as "majorHazardsOpen",
            count(*) filter (where h.status <> 'CLOSED' and h.rectify_by < ${q.now})::int as "overdueHazards"
          from hazard h
          where ${hazardWhere}
          group by grouping sets ((), (h.regulator_id), (h.township_id), (h.industry))`),
      ]);
      let overall = empty();
      const rows = new Map<string, DashboardRowFigures>();
      for (const row of [...inspections, ...hazards]) {
        const { dimension, key } = keyOf(row);
        const counts: Partial<DashboardFigures> = {};
        for (const name of COUNTED) {
          const value = row[name];
          if (typeof value === 'number') counts[name] = value;
        }
        if (dimension === 'overall') {
          overall = { ...overall, ...counts };
        } else {
          const id = `${dimension}:${key}`;
          rows.set(id, { ...(rows.get(id) ?? { ...empty(), dimension, key }), ...counts });
        }
      }
      const withRate = <T extends DashboardFigures>(f: T): T => ({ ...f, rectificationRate: rectificationRate(f.hazardsFound, f.hazardsClosed) });
      return { ...withRate(overall), rows: [...rows.values()].map(withRate) };
    },
  };
}
