// The county's figures (domain/figures.ts) counted from the base tables for campaigns: a campaign's progress (all its
// work, as of now) and its period reports (a window [from, to), as of its end), overall or by campaign, regulator
// or township, within a viewer's row scope (scope.ts, the same rows its lists read). Each figure's condition on a
// row is in figure-sql.ts, shared with the live part of the leader's dashboard (dashboard.ts), whose whole days
// come from the daily rollups; tests/db/daily-figures.test.ts and the read-model comparison hold them to plain counts.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { emptyCounts, withRate, type Counts, type Figures } from '../../domain/figures';
import type { ReportContent, ReportFigures, ReportPeriod } from '../../domain/reports';
import type { DB } from '../schema';
import {
  hazardAwaitingSignOff,
  hazardClosed,
  hazardMajor,
  hazardOverdue,
  hazardSelfFound,
  inspectionTask,
  majorHazardOpen,
  rectifiedByEnterprise,
  rectifiedOnBehalf,
  selfCheckTask,
  taskCounted,
  taskDone,
  taskOverdue,
} from './figure-sql';
import { createOrgUnitRepository } from './org-units';
import { hazardInScope, inspectionInScope, taskInScope, type RowScope } from './scope';

export type FiguresDimension = 'overall' | 'campaign' | 'regulator' | 'township';

export interface FiguresWindow {
  campaignIds: readonly number[];
  /** What happened at or after this instant (null: since the beginning). */
  from: Date | null;
  /** What happened before this instant (null: whenever, also ahead of now). */
  to: Date | null;
  /** The instant of the states: closed, done, cancelled, overdue. */
  asOf: Date;
  /** Inspections are counted only when asked for (campaign lists show task and hazard figures). */
  inspections: boolean;
  /** Whose rows are counted: the county's, or those a regulator's or a township's lists read. */
  scope: RowScope;
}

interface Row {
  key: number;
  [column: string]: number;
}

const after = (column: RawBuilder<unknown>, at: Date | null) =>
  at ? sql`${column} >= ${at}` : sql`${column} is not null`;
const before = (column: RawBuilder<unknown>, at: Date | null) => (at ? sql`${column} < ${at}` : sql`true`);

/** A report keeps every figure but the states of now (open, awaiting sign-off), which are the dashboard's. */
const reportFigures = ({
  majorHazardsOpen: _open,
  majorHazardsAwaitingSignOff: _awaiting,
  ...figures
}: Figures): ReportFigures => figures;

export function createFiguresRepository(db: Kysely<DB>) {
  /** Whose report a unit's recount is: its org unit's name, or an enterprise's. */
  async function scopeName(scope: Exclude<RowScope, { kind: 'county' }>, units: { id: number; name: string }[]) {
    if (scope.kind !== 'enterprise') return units.find((u) => u.id === scope.orgUnitId)?.name ?? '';
    const enterprise = await db
      .selectFrom('enterprise')
      .select('name')
      .where('id', '=', scope.enterpriseId)
      .executeTakeFirst();
    return enterprise?.name ?? '';
  }

  async function rows(query: RawBuilder<Row>): Promise<Row[]> {
    return (await query.execute(db)).rows;
  }

  /** The rows of task `t`, inspection `i` and hazard `h` in the scope, by the WHERE clauses the lists use. */
  function inScope(scope: RowScope): Record<'task' | 'inspection' | 'hazard', RawBuilder<unknown>> {
    if (scope.kind === 'county') return { task: sql`true`, inspection: sql`true`, hazard: sql`true` };
    return {
      task: sql`t.id in ${db.selectFrom('task').select('task.id').where(taskInScope(scope))}`,
      inspection: sql`i.id in ${db.selectFrom('inspection').select('inspection.id').where(inspectionInScope(scope))}`,
      hazard: sql`h.id in ${db.selectFrom('hazard').select('hazard.id').where(hazardInScope(scope))}`,
    };
  }

  /** Figures per key of the dimension (0 for overall, which is always there). */
  async function figures(w: FiguresWindow, dimension: FiguresDimension): Promise<Map<number, Figures>> {
    const keys: Record<FiguresDimension, [RawBuilder<unknown>, RawBuilder<unknown>]> = {
      overall: [sql`0`, sql`0`],
      campaign: [sql`t.campaign_id`, sql`h.campaign_id`],
      regulator: [sql`t.assignee_org_id`, sql`h.regulator_id`],
      township: [sql`e.township_id`, sql`h.township_id`],
    };
    const [taskKey, hazardKey] = keys[dimension];
    const { from, to, asOf } = w;
    const ids = sql.join(w.campaignIds.length ? [...w.campaignIds] : [0]);
    const seen = inScope(w.scope);
    const [tasks, inspections, hazards] = await Promise.all([
      // A campaign's tasks are all of its work: counted as of the instant, not by a window.
      rows(sql<Row>`
        select ${taskKey} as key,
          count(*) filter (where ${inspectionTask} and ${taskCounted(asOf)})::int as "tasksTotal",
          count(*) filter (where ${inspectionTask} and ${taskDone(asOf)})::int as "tasksDone",
          count(*) filter (where ${inspectionTask} and ${taskOverdue(asOf, asOf)})::int as "tasksOverdue",
          count(*) filter (where ${selfCheckTask} and ${taskCounted(asOf)})::int as "selfChecksDue",
          count(*) filter (where ${selfCheckTask} and ${taskDone(asOf)})::int as "selfChecksDone"
        from task t join enterprise e on e.id = t.enterprise_id
        where t.campaign_id in (${ids}) and ${seen.task} group by 1`),
      w.inspections
        ? rows(sql<Row>`
        select ${taskKey} as key, count(*)::int as "inspections",
          coalesce(sum(i.inspector_count), 0)::int as "inspectorsDispatched",
          count(distinct i.enterprise_id)::int as "enterprisesInspected"
        from inspection i join task t on t.id = i.task_id join enterprise e on e.id = t.enterprise_id
        where t.campaign_id in (${ids}) and ${after(sql`i.inspected_at`, from)} and ${before(sql`i.inspected_at`, to)}
          and ${seen.inspection}
        group by 1`)
        : Promise.resolve([]),
      // Hazards found in the window, each in its state as of the instant: closed ≤ found, as on the dashboard.
      rows(sql<Row>`
        select ${hazardKey} as key,
          count(*)::int as "hazardsFound",
          count(*) filter (where ${hazardClosed(asOf)})::int as "hazardsClosed",
          count(*) filter (where ${hazardMajor})::int as "majorHazards",
          count(*) filter (where ${majorHazardOpen(asOf)})::int as "majorHazardsOpen",
          count(*) filter (where ${hazardOverdue(asOf, asOf)})::int as "overdueHazards",
          count(*) filter (where ${hazardSelfFound})::int as "hazardsSelfFound",
          count(*) filter (where ${rectifiedByEnterprise} and h.reported_at < ${asOf})::int as "rectificationsByEnterprise",
          count(*) filter (where ${rectifiedOnBehalf} and h.reported_at < ${asOf})::int as "rectificationsOnBehalf",
          count(*) filter (where ${hazardAwaitingSignOff} and h.verified_at < ${asOf})::int as "majorHazardsAwaitingSignOff"
        from hazard h
        where h.campaign_id in (${ids}) and ${after(sql`h.found_at`, from)} and ${before(sql`h.found_at`, to)}
          and ${seen.hazard}
        group by 1`),
    ]);
    const counted = new Map<number, Counts>();
    for (const { key, ...counts } of [...tasks, ...inspections, ...hazards]) {
      counted.set(key, { ...(counted.get(key) ?? emptyCounts()), ...counts });
    }
    if (dimension === 'overall' && !counted.has(0)) counted.set(0, emptyCounts());
    return new Map([...counted].map(([key, counts]) => [key, withRate(counts)]));
  }

  return {
    figures,

    /**
     * A report's content as the scope sees it: the period's figures, the running totals since the campaign began and
     * their breakdown by regulator and by township, all as of the period's end. For the county it is what the
     * campaign's workflow stores; for a unit, the same counts over its own rows, named as its report.
     */
    async reportContent(
      report: { campaignId: number; campaignName: string; period: ReportPeriod },
      scope: RowScope,
    ): Promise<ReportContent> {
      const { period } = report;
      const window = { campaignIds: [report.campaignId], to: period.periodEnd, asOf: period.periodEnd, scope };
      const [periodFigures, cumulative, byRegulator, byTownship, units] = await Promise.all([
        figures({ ...window, from: period.periodStart, inspections: true }, 'overall'),
        figures({ ...window, from: null, inspections: true }, 'overall'),
        figures({ ...window, from: null, inspections: true }, 'regulator'),
        figures({ ...window, from: null, inspections: true }, 'township'),
        createOrgUnitRepository(db).list(),
      ]);
      const named = (m: Map<number, Figures>) =>
        units.flatMap((u) => {
          const f = m.get(u.id);
          return f ? [{ name: u.name, figures: reportFigures(f) }] : [];
        });
      const zero = withRate(emptyCounts());
      return {
        campaignName: report.campaignName,
        period,
        figures: reportFigures(periodFigures.get(0) ?? zero),
        cumulative: reportFigures(cumulative.get(0) ?? zero),
        byRegulator: named(byRegulator),
        byTownship: named(byTownship),
        ...(scope.kind === 'county' ? {} : { scopeName: await scopeName(scope, units) }),
      };
    },
  };
}
