// Writes the county's own report of a period (县级周报 / 月报 / 年报): the dashboard's figures for the period's
// window (so the report and the leader's dashboard agree), the period before and the year so far counted the same
// way, escalations raised by rung and the campaigns of the period; composed by domain/county-reports.ts and stored
// once per kind and period (rewritten when regenerated), with an audit row when a person asked for it.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCountyReportRepository } from '../db/repositories/county-reports';
import { createDashboardRepository, type DashboardResult } from '../db/repositories/dashboard';
import { createGradingRepository } from '../db/repositories/grading';
import { createListRepository } from '../db/repositories/lists';
import { createInspectionGroupRepository } from '../db/repositories/inspection-groups';
import { createRiskRepository } from '../db/repositories/risks';
import { createTipRepository } from '../db/repositories/tips';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import {
  composeCountyReportBody,
  countyPeriodContaining,
  countyReportStats,
  previousCountyPeriod,
  type CountyBreakdownRow,
  type CountyPeriod,
  type CountyReportContent,
  type CountyReportKind,
} from '../domain/county-reports';
import { ESCALATION_LEVELS } from '../domain/types';

export interface WriteCountyReportInput {
  kind: CountyReportKind;
  periodStart: string;
  /** The instant of the states (closed, overdue …): when the report is written. */
  at: string;
  /** Who asked for it (generateCountyReport); null for the schedule. */
  actorId: number | null;
  requestId: string | null;
}

export function createCountyReportActivities(db: Kysely<DB>) {
  const dashboard = createDashboardRepository(db);
  const window = (period: Pick<CountyPeriod, 'periodStart' | 'periodEnd'>, now: Date) =>
    dashboard.figures({
      from: period.periodStart,
      to: period.periodEnd,
      campaignId: null,
      regulatorId: null,
      townshipId: null,
      now,
    });

  return {
    async writeCountyReport(input: WriteCountyReportInput): Promise<{ reportId: number }> {
      const at = new Date(input.at);
      const period = countyPeriodContaining(input.kind, new Date(input.periodStart));
      const year = countyPeriodContaining('ANNUAL', period.periodStart);
      const [figures, previous, yearToDate, units] = await Promise.all([
        window(period, at),
        window(previousCountyPeriod(period), at),
        window({ periodStart: year.periodStart, periodEnd: period.periodEnd }, at),
        createOrgUnitRepository(db).list(),
      ]);
      const reports = createCountyReportRepository(db);
      const raised = await reports.escalationsRaised(period.periodStart, period.periodEnd);
      const lists = createListRepository(db);
      const [grades, listed, blackListedInPeriod] = await Promise.all([
        createGradingRepository(db).figures(),
        lists.activeCounts(),
        lists.blackListedBetween(period.periodStart, period.periodEnd),
      ]);
      const named = (result: DashboardResult, dimension: 'regulator' | 'township'): CountyBreakdownRow[] =>
        units.flatMap((unit) => {
          const row = result.rows.find((r) => r.dimension === dimension && r.key === String(unit.id));
          return row ? [{ name: unit.name, figures: row }] : [];
        });
      const strip = ({ rows: _rows, ...totals }: DashboardResult) => totals;
      const content: CountyReportContent = {
        period,
        asOf: at,
        figures: strip(figures),
        previous: strip(previous),
        yearToDate: strip(yearToDate),
        escalations: Object.fromEntries(ESCALATION_LEVELS.map((level) => [level, raised[level] ?? 0])) as Record<
          (typeof ESCALATION_LEVELS)[number],
          number
        >,
        campaigns: await reports.campaignCounts(period.periodStart, period.periodEnd),
        byRegulator: named(figures, 'regulator'),
        byTownship: named(figures, 'township'),
        grading: { ...grades, redListed: listed.RED, blackListed: listed.BLACK, blackListedInPeriod },
        tips: await createTipRepository(db).figures({ from: period.periodStart, to: period.periodEnd }, null),
        risks: await createRiskRepository(db).figures({ from: period.periodStart, to: period.periodEnd }),
        groups: await createInspectionGroupRepository(db).figures({
          from: period.periodStart,
          to: period.periodEnd,
          regulatorId: null,
          townshipId: null,
          campaignId: null,
        }),
      };
      return db.transaction().execute(async (trx) => {
        const reportId = await createCountyReportRepository(trx).upsert({
          kind: period.kind,
          periodStart: period.periodStart,
          periodEnd: period.periodEnd,
          stats: countyReportStats(content),
          body: composeCountyReportBody(content),
          at,
        });
        if (input.actorId !== null)
          await createAuditRepository(trx).record({
            actorId: input.actorId,
            action: 'generateCountyReport',
            subjectType: 'Report',
            subjectId: reportId,
            requestId: input.requestId,
            after: { kind: period.kind, periodStart: period.periodStart, periodEnd: period.periodEnd },
          });
        return { reportId };
      });
    },
  };
}
