// Campaigns on the time-skipping server: a 100-day window to its FINAL report, and steering.
import { describe, expect, it } from 'vitest';
import { reportSchedule } from '../../domain/reports';
import {
  cancel,
  campaignWorkflowId,
  extend,
  getCampaignState,
  pause,
  resume,
  taskWorkflowId,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 86_400_000;
const env = useWorkflowTestEnv();

/** 00:00 Shanghai on the first day of the month after `at`. */
function nextMonthStart(at: Date): Date {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  return new Date(Date.UTC(shanghai.getUTCFullYear(), shanghai.getUTCMonth() + 1, 1) - 8 * 3600_000);
}

async function campaignRow(id: number) {
  const t = env();
  return t.db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function waitForFanOut(campaignId: number): Promise<number[]> {
  const t = env();
  for (let i = 0; i < 60; i += 1) {
    const state = await t.client.workflow.getHandle(campaignWorkflowId(campaignId)).query(getCampaignState);
    if (state.tasksPlanned > 0 && state.tasksStarted === state.tasksPlanned) {
      return (
        await t.db.selectFrom('task').select('id').where('campaign_id', '=', campaignId).orderBy('id').execute()
      ).map((r) => r.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('fan-out did not finish');
}

describe('campaignWorkflow', () => {
  it('waits for a scheduled start, runs 100 days and closes with 14 weekly, 3 monthly and one final report', async () => {
    const t = env();
    const startsAt = nextMonthStart(await t.now());
    const endsAt = new Date(startsAt.getTime() + 100 * DAY);
    const campaignId = await t.launch({
      name: '冬春季节安全生产百日攻坚行动',
      kind: 'HUNDRED_DAY_CRACKDOWN',
      startsAt,
      endsAt,
      industries: ['GAS', 'NON_COAL_MINE'],
    });
    expect((await campaignRow(campaignId)).status).toBe('SCHEDULED');
    expect(await t.db.selectFrom('task').select('id').where('campaign_id', '=', campaignId).execute()).toHaveLength(0);

    const handle = t.client.workflow.getHandle(campaignWorkflowId(campaignId));
    const final = await t.result(handle);
    expect(final).toMatchObject({ status: 'CLOSED', reportsWritten: 18 });
    await recordHistory(handle, 'campaignWorkflow--hundred-day');

    const reports = await t.db
      .selectFrom('report')
      .select(['kind', 'period_start', 'period_end', 'body'])
      .where('campaign_id', '=', campaignId)
      .orderBy('period_end')
      .orderBy('kind')
      .execute();
    const count = (kind: string) => reports.filter((r) => r.kind === kind).length;
    expect([count('WEEKLY'), count('MONTHLY'), count('FINAL')]).toEqual([14, 3, 1]);
    const expected = reportSchedule(startsAt, endsAt, 'P7D').filter((p) => p.kind === 'WEEKLY');
    expect(
      reports.filter((r) => r.kind === 'WEEKLY').map((r) => [r.period_start.getTime(), r.period_end.getTime()]),
    ).toEqual(expected.map((p) => [p.periodStart.getTime(), p.periodEnd.getTime()]));
    const finalReport = reports.find((r) => r.kind === 'FINAL');
    expect(finalReport?.period_start).toEqual(startsAt);
    expect(finalReport?.body).toContain('冬春季节安全生产百日攻坚行动总结报告');

    const tasks = await t.db
      .selectFrom('task')
      .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
      .select(['task.id', 'enterprise.industry'])
      .where('task.campaign_id', '=', campaignId)
      .execute();
    const inScope = await t.db
      .selectFrom('enterprise')
      .select('id')
      .where('industry', 'in', ['GAS', 'NON_COAL_MINE'])
      .execute();
    expect(tasks).toHaveLength(inScope.length);
    const row = await campaignRow(campaignId);
    expect(row.status).toBe('CLOSED');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'Campaign')
      .where('subject_id', '=', String(campaignId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['launchCampaign', 'startCampaign', 'closeCampaign']);
  });

  it('continues as new when its history grows and carries its state across runs', async () => {
    const t = env();
    const startsAt = nextMonthStart(await t.now());
    const endsAt = new Date(startsAt.getTime() + 100 * DAY);
    const campaignId = await t.launch(
      { name: '重大事故隐患专项排查整治', kind: 'MAJOR_HAZARD_SWEEP', startsAt, endsAt, industries: ['GAS'] },
      { historyLimit: 40 },
    );
    const handle = t.client.workflow.getHandle(campaignWorkflowId(campaignId));
    const first = (await handle.describe()).runId;
    expect(await t.result(handle)).toMatchObject({ status: 'CLOSED', reportsWritten: 18 });
    expect((await handle.describe()).runId).not.toBe(first);
    const reports = await t.db.selectFrom('report').select('kind').where('campaign_id', '=', campaignId).execute();
    expect(reports).toHaveLength(18);
    const tasks = await t.db.selectFrom('task').select('id').where('campaign_id', '=', campaignId).execute();
    const gas = await t.db.selectFrom('enterprise').select('id').where('industry', '=', 'GAS').execute();
    expect(tasks).toHaveLength(gas.length);
  });

  it('pauses (no reminders or escalations), resumes with deadlines moved, extends and cancels', async () => {
    const t = env();
    const now = await t.now();
    const dueAt = new Date(now.getTime() + 10 * DAY);
    const campaignId = await t.launch({
      name: '建筑施工安全专项整治',
      kind: 'CONCENTRATED_RECTIFICATION',
      endsAt: new Date(now.getTime() + 30 * DAY),
      taskDueAt: dueAt,
      industries: ['CONSTRUCTION'],
    });
    const taskIds = await waitForFanOut(campaignId);
    expect(taskIds.length).toBeGreaterThan(0);
    const handle = t.client.workflow.getHandle(campaignWorkflowId(campaignId));

    await t.sleep(DAY);
    const paused = await handle.executeUpdate(pause, {
      args: [{ actorId: t.admin.id, reason: '上级检查组进驻，暂停一周' }],
      updateId: 'pause-1',
    });
    expect(paused.status).toBe('PAUSED');
    expect((await campaignRow(campaignId)).status).toBe('PAUSED');
    // The same key again: applied once.
    expect(
      await handle.executeUpdate(pause, {
        args: [{ actorId: t.admin.id, reason: '上级检查组进驻，暂停一周' }],
        updateId: 'pause-1',
      }),
    ).toEqual(paused);

    // Paused past the due time and past the first rung: nothing fires.
    await t.sleep(14 * DAY);
    expect(
      await t.db.selectFrom('notification').select('id').where('subject_type', '=', 'Task').execute(),
    ).toHaveLength(0);
    expect(await t.db.selectFrom('escalation').select('id').where('task_id', 'in', taskIds).execute()).toHaveLength(0);

    const resumed = await handle.executeUpdate(resume, { args: [{ actorId: t.admin.id }] });
    expect(resumed.status).toBe('ACTIVE');
    // Server time also runs in real time between calls: paused for 14 days and a few milliseconds.
    expect(resumed.pausedMs).toBeGreaterThanOrEqual(14 * DAY);
    expect(resumed.pausedMs).toBeLessThan(14 * DAY + 10_000);
    const movedDue = new Date(dueAt.getTime() + resumed.pausedMs);
    const dues = await t.db.selectFrom('task').select('due_at').where('campaign_id', '=', campaignId).execute();
    expect(new Set(dues.map((d) => d.due_at.toISOString()))).toEqual(new Set([movedDue.toISOString()]));

    // Extend by 10 days: open tasks' due times move with the end.
    const newEnd = new Date(now.getTime() + 40 * DAY).toISOString();
    const extended = await handle.executeUpdate(extend, {
      args: [{ actorId: t.admin.id, endsAt: newEnd, reason: '延长整治期限' }],
    });
    expect(extended.endsAt).toBe(newEnd);
    const finalDue = new Date(movedDue.getTime() + 10 * DAY);
    await t.sleep(1_000);
    for (const id of taskIds) {
      const state = await t.client.workflow.getHandle(taskWorkflowId(id)).query('getTaskState');
      expect(state).toMatchObject({ paused: false, dueAt: finalDue.toISOString() });
    }
    // Reminders now come a day before the new due time, not before.
    const untilReminder = finalDue.getTime() - DAY - (await t.now()).getTime();
    await t.sleep(untilReminder - 3_600_000);
    expect(
      await t.db.selectFrom('notification').select('id').where('kind', '=', 'TASK_DUE_SOON').execute(),
    ).toHaveLength(0);
    await t.sleep(2 * 3_600_000);
    expect(
      await t.db.selectFrom('notification').select('id').where('kind', '=', 'TASK_DUE_SOON').execute(),
    ).toHaveLength(taskIds.length);

    const cancelled = await handle.executeUpdate(cancel, {
      args: [{ actorId: t.admin.id, reason: '行动合并至全县集中攻坚' }],
    });
    expect(cancelled.status).toBe('CANCELLED');
    expect(await t.result(handle)).toMatchObject({ status: 'CANCELLED' });
    // The campaign delivers the cancellation to its open tasks; each task workflow then records it itself, so the
    // rows follow a moment after the campaign's result.
    const statuses = async () =>
      new Set(
        (await t.db.selectFrom('task').select('status').where('campaign_id', '=', campaignId).execute()).map(
          (x) => x.status,
        ),
      );
    await waitFor(async () => (await statuses()).size === 1, 30_000, 'every task of the campaign cancelled');
    expect(await statuses()).toEqual(new Set(['CANCELLED']));
    expect(
      await t.db
        .selectFrom('report')
        .select('kind')
        .where('campaign_id', '=', campaignId)
        .where('kind', '=', 'FINAL')
        .execute(),
    ).toHaveLength(1);
    await expect(handle.executeUpdate(resume, { args: [{ actorId: t.admin.id }] })).rejects.toThrow();
    await recordHistory(handle, 'campaignWorkflow--steered');
    const [firstTask] = taskIds;
    if (firstTask !== undefined)
      await recordHistory(
        t.client.workflow.getHandle(taskWorkflowId(firstTask)),
        'taskWorkflow--paused-resumed-cancelled',
      );
  });
});
