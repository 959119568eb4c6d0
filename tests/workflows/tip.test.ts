// A public tip's workflow on the time-skipping server with the real activities and services on PostgreSQL: triage,
// the VERIFY task as its child, a confirmed hazard entering the normal loop, the reward; and a late triage escalated.
import { describe, expect, it } from 'vitest';
import { userColumns } from '../../db/repositories/users';
import { DEFAULT_TIP_POLICY, tipLadder } from '../../domain/tips';
import { toViewer, type Viewer } from '../../services/auth';
import { createTipService, type TipService } from '../../services/tips';
import { createUpdateRunner } from '../../services/workflow-updates';
import {
  getTipState,
  hazardWorkflowId,
  submitInspection,
  taskWorkflowId,
  tipWorkflowId,
  type TipState,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv, type WorkflowTestEnv } from '../support/workflow-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const env = useWorkflowTestEnv();

/** The tip service on the test server's clock: `at` is read before each call, as time-skipping moves it. */
function tipService(t: WorkflowTestEnv): { service: TipService; tick: () => Promise<void> } {
  let at = new Date();
  const service = createTipService({
    db: t.db,
    client: t.client,
    taskQueue: t.taskQueue,
    updates: createUpdateRunner(t.client, { deadlineMs: 60_000 }),
    now: () => at,
  });
  return {
    service,
    tick: async () => {
      at = await t.now();
    },
  };
}

async function viewer(t: WorkflowTestEnv, username: string): Promise<Viewer> {
  return toViewer(
    await t.db.selectFrom('app_user').select(userColumns).where('username', '=', username).executeTakeFirstOrThrow(),
  );
}

async function tipRow(t: WorkflowTestEnv, id: number) {
  return t.db.selectFrom('tip').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function lastTipId(t: WorkflowTestEnv): Promise<number> {
  return (await t.db.selectFrom('tip').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
}

describe('tipWorkflow', () => {
  it('takes a tip through triage, a VERIFY task that finds a major hazard, a late reward decision escalated, approved and paid', async () => {
    const t = env();
    const { service, tick } = tipService(t);
    const enterprise = await t.db
      .selectFrom('enterprise')
      .select(['id', 'name', 'regulator_id'])
      .where('industry', '=', 'HAZARDOUS_CHEMICALS')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await tick();
    const receipt = await service.submit(
      {
        description: '仓库里堆放了大量油漆桶，没有通风，旁边还有人抽烟',
        location: '工业路18号仓库',
        enterpriseText: enterprise.name,
        contactName: '张先生',
        contactPhone: '13800000000',
      },
      [],
      '203.0.113.7',
      null,
    );
    expect(receipt.trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    const tipId = await lastTipId(t);
    const received = await tipRow(t, tipId);
    expect(received).toMatchObject({ stage: 'RECEIVED', matched_enterprise_id: enterprise.id, match_method: 'NAME' });
    // The code itself is stored nowhere.
    expect(JSON.stringify(received)).not.toContain(receipt.trackingCode.replaceAll('-', ''));

    await tick();
    const admin = await viewer(t, 'admin');
    await service.triage(
      admin,
      { tipId, accepted: true, enterpriseId: enterprise.id, assigneeOrgId: enterprise.regulator_id },
      'req-triage',
    );
    const task = await t.db.selectFrom('task').selectAll().where('tip_id', '=', tipId).executeTakeFirstOrThrow();
    expect(task).toMatchObject({
      kind: 'VERIFY',
      campaign_id: null,
      status: 'OPEN',
      assignee_org_id: enterprise.regulator_id,
    });
    const accepted = await tipRow(t, tipId);
    expect(accepted.stage).toBe('ACCEPTED');
    expect(accepted.verify_due_at?.getTime()).toBe(task.due_at.getTime());
    // The unit is told to verify it.
    const assigned = await t.db
      .selectFrom('notification')
      .select(['org_unit_id', 'kind'])
      .where('kind', '=', 'TIP_VERIFY_ASSIGNED')
      .execute();
    expect(assigned).toEqual([{ org_unit_id: enterprise.regulator_id, kind: 'TIP_VERIFY_ASSIGNED' }]);

    // The regulator records its verification with the ordinary inspection Update.
    const taskHandle = t.client.workflow.getHandle(taskWorkflowId(task.id));
    await waitFor(
      async () => (await taskHandle.describe()).status.name === 'RUNNING',
      60_000,
      'the VERIFY task workflow',
    );
    const inspectedAt = await t.now();
    const result = await taskHandle.executeUpdate(submitInspection, {
      args: [
        {
          actorId: null,
          inspectedAt: inspectedAt.toISOString(),
          inspectorCount: 2,
          findings: [
            {
              level: 'MAJOR',
              description: '油漆仓库无通风设施且现场有人吸烟',
              location: '工业路18号仓库',
              checklistItemId: null,
              rectifyBy: new Date(inspectedAt.getTime() + 10 * DAY).toISOString(),
            },
          ],
          notes: '举报属实',
        },
      ],
      updateId: 'verify-tip',
    });
    expect(result.hazardIds).toHaveLength(1);
    const [hazardId] = result.hazardIds;
    const hazard = await t.db
      .selectFrom('hazard')
      .selectAll()
      .where('id', '=', hazardId ?? 0)
      .executeTakeFirstOrThrow();
    expect(hazard).toMatchObject({ source: 'TIP', campaign_id: null, level: 'MAJOR', enterprise_id: enterprise.id });

    await waitFor(async () => (await tipRow(t, tipId)).stage === 'CONFIRMED', 60_000, 'the tip confirmed');
    const confirmed = await tipRow(t, tipId);
    expect(confirmed).toMatchObject({
      hazard_count: 1,
      reward_rule_version: 1,
      reward_min: 1000,
      reward_max: 30000,
      reward_proposed: 3000,
    });
    // The hazard is in the normal loop: its own workflow runs (and lists it, being major).
    await waitFor(
      async () => (await t.client.workflow.getHandle(hazardWorkflowId(hazard.id)).describe()).status.name === 'RUNNING',
      60_000,
      "the tip's hazard workflow",
    );

    // Nobody decides the reward in time: the leader in charge is pressed at the rung counted from its deadline.
    const rewardBy = confirmed.reward_due_at;
    if (!rewardBy) throw new Error('a confirmed tip has a reward deadline');
    const [leaderRung] = tipLadder('w', rewardBy, DEFAULT_TIP_POLICY.rewardSteps);
    if (!leaderRung) throw new Error('the default reward ladder has a rung');
    const tipEscalations = () =>
      t.db
        .selectFrom('escalation')
        .select(['level', 'status', 'raised_at', 'subject_type'])
        .where('tip_id', '=', tipId)
        .execute();
    await t.sleep(leaderRung.at.getTime() - (await t.now()).getTime() - 10 * 60_000);
    expect(await tipEscalations()).toEqual([]);
    await t.sleep(20 * 60_000);
    await waitFor(async () => (await tipEscalations()).length === 1, 60_000, 'the late reward rung');
    expect(await tipEscalations()).toEqual([
      { level: 'COUNTY_LEADER', status: 'OPEN', raised_at: leaderRung.at, subject_type: 'TIP' },
    ]);

    await tick();
    await service.decideReward(
      admin,
      { tipId, decision: 'APPROVE', amount: 5000, reason: '举报及时，避免了火灾事故' },
      'req-reward',
    );
    expect((await tipEscalations()).map((e) => e.status)).toEqual(['RESOLVED']);
    expect((await tipRow(t, tipId)).stage).toBe('REWARD_APPROVED');
    await tick();
    await service.decideReward(admin, { tipId, decision: 'PAID' }, 'req-paid');

    const handle = t.client.workflow.getHandle<(input: unknown) => Promise<TipState>>(tipWorkflowId(tipId));
    const final = await t.result(handle);
    expect(final).toMatchObject({ stage: 'PAID', verifyTaskId: task.id, escalationsRaised: 1 });
    const paid = await tipRow(t, tipId);
    expect(paid).toMatchObject({ stage: 'PAID', reward_amount: 5000, reward_reason: '举报及时，避免了火灾事故' });
    expect(paid.paid_at).not.toBeNull();

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type'])
      .where('subject_type', '=', 'Tip')
      .where('subject_id', '=', String(tipId))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'submitTip',
      'triageTip',
      'recordTipVerification',
      'decideTipReward',
      'payTipReward',
    ]);
    // Nothing of the contact went into the audit trail.
    const trail = await t.db.selectFrom('audit_log').select(['before', 'after']).execute();
    expect(JSON.stringify(trail)).not.toContain('13800000000');
    await recordHistory(handle, 'tipWorkflow--confirmed-reward-late-paid');
  });

  it('reminds the county office before the triage deadline and escalates to the office, then the leader', async () => {
    const t = env();
    const { service, tick } = tipService(t);
    await tick();
    await service.submit(
      {
        description: '路边加油站夜间有人用塑料桶散装卖汽油',
        location: '南湖乡国道旁',
        enterpriseText: null,
        contactName: null,
        contactPhone: null,
      },
      [],
      '203.0.113.8',
      null,
    );
    const tipId = await lastTipId(t);
    const handle = t.client.workflow.getHandle<(input: unknown) => Promise<TipState>>(tipWorkflowId(tipId));
    const { triage_due_at: triageBy } = await tipRow(t, tipId);
    const state = await handle.query(getTipState);
    expect(state.triageBy).toBe(triageBy.toISOString());

    const notices = (kind: string) =>
      t.db.selectFrom('notification').select(['created_at', 'org_unit_id']).where('kind', '=', kind).execute();
    const escalations = () =>
      t.db
        .selectFrom('escalation')
        .select(['level', 'status', 'raised_at', 'addressee_user_id', 'subject_type'])
        .where('tip_id', '=', tipId)
        .orderBy('raised_at')
        .execute();

    // Four hours before the deadline the office is reminded; nothing is escalated before it.
    const before = triageBy.getTime() - 4 * HOUR - (await t.now()).getTime();
    await t.sleep(before - 10 * 60_000);
    expect(await notices('TIP_TRIAGE_DUE_SOON')).toHaveLength(0);
    await t.sleep(20 * 60_000);
    await waitFor(async () => (await notices('TIP_TRIAGE_DUE_SOON')).length === 1, 60_000, 'the triage reminder');
    expect((await notices('TIP_TRIAGE_DUE_SOON'))[0]?.created_at.getTime()).toBe(triageBy.getTime() - 4 * HOUR);
    expect(await escalations()).toEqual([]);

    await t.sleep(4 * HOUR);
    await waitFor(async () => (await escalations()).length === 1, 60_000, 'the first rung');
    const [office] = await escalations();
    expect(office).toMatchObject({ level: 'COUNTY_OFFICE', status: 'OPEN', subject_type: 'TIP' });
    expect(office?.raised_at.getTime()).toBe(triageBy.getTime());

    // Three working days later the leader in charge is pressed (any leader: the tip names no enterprise yet).
    const leaderRung = tipLadder('t', triageBy, DEFAULT_TIP_POLICY.triageSteps)[1];
    if (!leaderRung) throw new Error('the default triage ladder has a second rung');
    await t.sleep(leaderRung.at.getTime() - (await t.now()).getTime() - 10 * 60_000);
    expect(await escalations()).toHaveLength(1);
    await t.sleep(20 * 60_000);
    await waitFor(async () => (await escalations()).length === 2, 60_000, 'the second rung');
    const leader = await viewer(t, 'leader');
    const [, second] = await escalations();
    expect(second).toMatchObject({ level: 'COUNTY_LEADER', status: 'OPEN', addressee_user_id: leader.id });
    expect(second?.raised_at.getTime()).toBe(leaderRung.at.getTime());
    expect(leaderRung.at.getTime()).toBeGreaterThanOrEqual(triageBy.getTime() + 3 * DAY);

    // Not accepted at last: the escalations are resolved and the tip's workflow ends.
    await tick();
    await service.triage(
      await viewer(t, 'admin'),
      { tipId, accepted: false, reason: '举报地点不在本县行政区域内，已告知举报人向属地反映' },
      null,
    );
    const final = await t.result(handle);
    expect(final).toMatchObject({ stage: 'NOT_ACCEPTED', remindersSent: 1, escalationsRaised: 2 });
    expect((await escalations()).map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED']);
    expect(await tipRow(t, tipId)).toMatchObject({
      stage: 'NOT_ACCEPTED',
      not_accepted_reason: '举报地点不在本县行政区域内，已告知举报人向属地反映',
    });
    await recordHistory(handle, 'tipWorkflow--late-triage-not-accepted');
  });
});
