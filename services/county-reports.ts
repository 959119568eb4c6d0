// The county's own reports (县级周报 / 月度分析报告 / 年度工作报告): listed for the county's roles, regenerated on
// demand by the county office for any past period — through the same workflow and activity its schedules run.
import { randomUUID } from 'node:crypto';
import { WorkflowFailedError, type Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createCountyReportRepository } from '../db/repositories/county-reports';
import type { Page } from '../db/repositories/queries';
import type { DB } from '../db/schema';
import { shanghaiDateKey } from '../domain/calendar';
import {
  COUNTY_REPORT_KINDS,
  COUNTY_REPORT_REFUSALS,
  countyPeriodContaining,
  countyPeriodProblem,
  type CountyReportKind,
} from '../domain/county-reports';
import { figureReachOf } from '../domain/figures';
import { isOneOf, type ReportKind } from '../domain/types';
import type { CountyReportWorkflowInput } from '../workflows/county-report';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

/** County-wide papers are for the roles that see the county's figures (the rule readers.ts applies to reports by id). */
function requireCounty(viewer: Viewer): void {
  if (figureReachOf(viewer.role) !== 'county') throw new AppError('FORBIDDEN', COUNTY_REPORT_REFUSALS.countyOnly);
}

function countyKind(kind: ReportKind): CountyReportKind {
  if (!isOneOf(COUNTY_REPORT_KINDS, kind)) throw badInput(COUNTY_REPORT_REFUSALS.notCountyKind);
  return kind;
}

export function createCountyReportService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  now?: () => Date;
}) {
  const { db, client, taskQueue } = deps;
  const now = deps.now ?? (() => new Date());
  const reports = createCountyReportRepository(db);
  return {
    list(viewer: Viewer, kind: ReportKind | null, page: Page) {
      requireCounty(viewer);
      return reports.list(kind === null ? null : countyKind(kind), page);
    },

    count(viewer: Viewer, kind: ReportKind | null) {
      requireCounty(viewer);
      return reports.count(kind === null ? null : countyKind(kind));
    },

    /** Writes (or rewrites) the report of the period holding `periodStart`; its id. */
    async generate(viewer: Viewer, kind: ReportKind, periodStart: Date, requestId: string | null): Promise<number> {
      requireAdmin(viewer, '生成县级综合报告');
      const period = countyPeriodContaining(countyKind(kind), periodStart);
      refuseBadInput(countyPeriodProblem(period, now()));
      const input: CountyReportWorkflowInput = {
        kind: period.kind,
        periodStart: period.periodStart.toISOString(),
        actorId: viewer.id,
        requestId,
      };
      try {
        const { reportId } = await client.workflow.execute('countyReportWorkflow', {
          workflowId: `county-report-${period.kind.toLowerCase()}-${shanghaiDateKey(period.periodStart)}-${randomUUID().slice(0, 8)}`,
          taskQueue,
          args: [input],
          workflowExecutionTimeout: '2 minutes',
        });
        return reportId;
      } catch (error) {
        if (!(error instanceof WorkflowFailedError)) console.error('generateCountyReport failed:', error);
        throw new AppError('UNAVAILABLE', '报告生成暂时未完成，请稍后重试（重试会重新生成同一期报告，不会重复）');
      }
    },
  };
}

export type CountyReportService = ReturnType<typeof createCountyReportService>;
