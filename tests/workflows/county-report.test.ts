// countyReportWorkflow on the time-skipping server: run as its schedule runs it (no period given), it writes the
// county's report of the week that ended last by the workflow's own clock; given a period, that one.
import { describe, expect, it } from 'vitest';
import { countyPeriodContaining, lastEndedCountyPeriod } from '../../domain/county-reports';
import type { CountyReportWorkflowInput } from '../../workflows/county-report';
import { recordHistory } from '../support/histories';
import { useWorkflowTestEnv } from '../support/workflow-env';

const env = useWorkflowTestEnv();

describe('countyReportWorkflow', () => {
  it("writes the week that ended last, as the Monday schedule runs it, and a given month's on demand", async () => {
    const t = env();
    const now = await t.now();
    const weekly: CountyReportWorkflowInput = { kind: 'WEEKLY' };
    const handle = await t.client.workflow.start('countyReportWorkflow', {
      workflowId: 'county-report-weekly-test',
      taskQueue: t.taskQueue,
      args: [weekly],
    });
    const { reportId } = (await handle.result()) as { reportId: number };
    await recordHistory(handle, 'countyReportWorkflow--last-week');
    const report = await t.db.selectFrom('report').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow();
    const week = lastEndedCountyPeriod('WEEKLY', now);
    expect(report).toMatchObject({ campaign_id: null, kind: 'WEEKLY' });
    expect(report.period_start.toISOString()).toBe(week.periodStart.toISOString());
    expect(report.period_end.toISOString()).toBe(week.periodEnd.toISOString());
    expect(report.body.split('\n')[0]).toBe('全县安全生产监管工作周报');

    const month = countyPeriodContaining('MONTHLY', new Date(now.getTime() - 40 * 86_400_000));
    const monthly: CountyReportWorkflowInput = {
      kind: 'MONTHLY',
      periodStart: month.periodStart.toISOString(),
      actorId: t.admin.id,
    };
    const result = (await t.client.workflow.execute('countyReportWorkflow', {
      workflowId: 'county-report-monthly-test',
      taskQueue: t.taskQueue,
      args: [monthly],
    })) as { reportId: number };
    const written = await t.db
      .selectFrom('report')
      .selectAll()
      .where('id', '=', result.reportId)
      .executeTakeFirstOrThrow();
    expect(written.period_start.toISOString()).toBe(month.periodStart.toISOString());
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'subject_id'])
      .where('action', '=', 'generateCountyReport')
      .execute();
    expect(audit).toEqual([{ actor_id: t.admin.id, subject_id: String(result.reportId) }]);
  });
});
