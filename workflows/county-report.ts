// The county's own report of a period (县级周报 / 月报 / 年报). Started by its Temporal Schedule at the start of each
// week, month and year (server/schedules.ts) for the period just ended, or by the county office for any past
// period (generateCountyReport). One activity computes, composes and stores it.
import type { CountyReportKind } from '../domain/county-reports';
import { lastEndedCountyPeriod } from '../domain/county-reports';
import { activities } from './activity-proxies';

export interface CountyReportWorkflowInput {
  kind: CountyReportKind;
  /** The period to write (any instant in it); absent: the one that ended last (the schedule's run). */
  periodStart?: string;
  actorId?: number | null;
  requestId?: string | null;
}

export async function countyReportWorkflow(input: CountyReportWorkflowInput): Promise<{ reportId: number }> {
  const now = new Date(Date.now());
  const periodStart = input.periodStart ?? lastEndedCountyPeriod(input.kind, now).periodStart.toISOString();
  return activities.writeCountyReport({
    kind: input.kind,
    periodStart,
    at: now.toISOString(),
    actorId: input.actorId ?? null,
    requestId: input.requestId ?? null,
  });
}
