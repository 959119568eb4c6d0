// An emergency response on the time-skipping server with the real activities and services on PostgreSQL: a 防汛Ⅳ级
// response over two townships notifies the 包保 chain of one (six links: the county leader, two township officials,
// three village cadres — in the app, or by text message with a link); those not at post by the deadline go to the link
// above, one window later to the county office; a township is reminded before its report is due and the one that did
// not report is escalated; the level is raised (every link asked again, new deadlines) and the response ended with its
// summary. Refusals: someone not in the chain, a report for another township, a level change after the end.
import { describe, expect, it } from 'vitest';
import { userColumns } from '../../db/repositories/users';
import { DEFAULT_RESPONSE_POLICY, RESPONSE_REFUSALS } from '../../domain/emergency-response';
import { toViewer, type Viewer } from '../../services/auth';
import { createDutyAssignmentService } from '../../services/duty-assignments';
import { createEmergencyResponseService } from '../../services/emergency-responses';
import { AppError } from '../../services/errors';
import { createUpdateRunner } from '../../services/workflow-updates';
import { createWarningService } from '../../services/warnings';
import { getResponseState, responseWorkflowId, warningWorkflowId, type ResponseState } from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv, type WorkflowTestEnv } from '../support/workflow-env';

const MINUTE = 60_000;
const env = useWorkflowTestEnv();

async function viewer(t: WorkflowTestEnv, username: string): Promise<Viewer> {
  return toViewer(
    await t.db.selectFrom('app_user').select(userColumns).where('username', '=', username).executeTakeFirstOrThrow(),
  );
}

const orgId = async (t: WorkflowTestEnv, code: string) =>
  (await t.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

async function refused(promise: Promise<unknown>, code: string, message?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toBe(message);
}

describe('responseWorkflow', () => {
  it('notifies the chain, escalates a missing acknowledgement up the chain, presses for reports, changes level, ends with a summary', async () => {
    const t = env();
    let at = await t.now();
    const deps = {
      db: t.db,
      client: t.client,
      taskQueue: t.taskQueue,
      updates: createUpdateRunner(t.client, { deadlineMs: 60_000 }),
      now: () => at,
    };
    const responses = createEmergencyResponseService(deps);
    const links = createDutyAssignmentService({ db: t.db });
    const tick = async () => {
      at = await t.now();
    };
    const admin = await viewer(t, 'admin');
    const leader = await viewer(t, 'leader');
    const head = await viewer(t, 'kaifaqu.head');
    const kaifaqu = await orgId(t, 'kaifaqu');
    const nanhu = await orgId(t, 'nanhu');
    const office = (
      await t.db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow()
    ).id;

    // The chain of 经济开发区: the county leader, two officials (one with an account), three cadres by text message.
    const base = { townshipId: kaifaqu };
    const county = await links.create(
      admin,
      {
        ...base,
        tier: 'COUNTY',
        targetKind: 'TOWNSHIP',
        targetName: '经济开发区',
        personName: '王副县长',
        userId: leader.id,
      },
      null,
    );
    const official = await links.create(
      admin,
      {
        ...base,
        tier: 'TOWNSHIP',
        targetKind: 'VILLAGE',
        targetName: '李家村',
        personName: '开发区张主任',
        userId: head.id,
        parentId: county.id,
      },
      null,
    );
    const officialByPhone = await links.create(
      admin,
      {
        ...base,
        tier: 'TOWNSHIP',
        targetKind: 'RESERVOIR',
        targetName: '青山水库',
        personName: '刘干事',
        phone: '13900000001',
        parentId: county.id,
      },
      null,
    );
    const cadres: { id: number }[] = [];
    for (const [i, parent] of [official, official, officialByPhone].entries())
      cadres.push(
        await links.create(
          admin,
          {
            ...base,
            tier: 'VILLAGE',
            targetKind: i === 2 ? 'TORRENT_GULLY' : 'HOUSEHOLDS',
            targetName: i === 2 ? '石门沟山洪沟道' : `李家村${i + 1}组农户`,
            personName: `村干部${i + 1}`,
            phone: `1380000000${i + 1}`,
            parentId: parent.id,
          },
          null,
        ),
      );
    await tick();
    const start = at;
    const policy = DEFAULT_RESPONSE_POLICY.LEVEL_IV;
    const id = await responses.activate(
      admin,
      {
        kind: 'FLOOD',
        level: 'LEVEL_IV',
        townshipIds: [kaifaqu, nanhu],
        reason: '气象台发布暴雨橙色预警',
        instructions: '各包保责任人立即到岗，转移危险区群众',
        idempotencyKey: 'flood-1',
      },
      null,
    );
    expect(
      await responses.activate(
        admin,
        { kind: 'FLOOD', level: 'LEVEL_IV', townshipIds: [kaifaqu], reason: 'x', idempotencyKey: 'flood-1' },
        null,
      ),
    ).toBe(id);
    const handle = t.client.workflow.getHandle(responseWorkflowId(id));

    const acks = () =>
      t.db.selectFrom('duty_acknowledgement').selectAll().where('response_id', '=', id).orderBy('id').execute();
    await waitFor(async () => (await handle.query(getResponseState)).notified === 6, 60_000, 'the chain notified');
    const first = await acks();
    expect(first.map((a) => a.due_at.getTime() - start.getTime())).toEqual(Array(6).fill(policy.ackMinutes * MINUTE));
    const notices = await t.db
      .selectFrom('notification')
      .select(['user_id', 'phone', 'body'])
      .where('kind', '=', 'DUTY_POST')
      .orderBy('id')
      .execute();
    expect(notices).toHaveLength(6);
    // In the app for an account; by text message with a link to acknowledge for a number.
    expect(notices.filter((n) => n.user_id !== null).map((n) => n.user_id)).toEqual([leader.id, head.id]);
    expect(notices.filter((n) => n.user_id === null).every((n) => n.phone && n.body.includes('/duty/'))).toBe(true);

    // Not in the chain; a report for another township: refused, nothing written.
    await refused(
      responses.acknowledgePost(
        await viewer(t, 'emergency.staff'),
        { responseId: id, assignmentId: official.id },
        null,
      ),
      'FORBIDDEN',
      RESPONSE_REFUSALS.notInChain,
    );
    await refused(
      responses.submitSituationReport(
        await viewer(t, 'kaifaqu.staff'),
        { responseId: id, townshipId: nanhu, text: '雨情平稳' },
        null,
      ),
      'FORBIDDEN',
      RESPONSE_REFUSALS.reportForOtherTownship,
    );

    // The leader and the official with an account in the app; one cadre from the link of the text message.
    await t.sleep(20 * MINUTE);
    await tick();
    await responses.acknowledgePost(leader, { responseId: id, assignmentId: county.id }, null);
    await responses.acknowledgePost(head, { responseId: id, assignmentId: official.id }, null);
    const cadreAck = first.find((a) => a.assignment_id === cadres[0]?.id);
    const byLink = await responses.acknowledgePost(null, { token: cadreAck?.token ?? '' }, null);
    expect(byLink.acknowledged_at).toEqual(at);
    // Twice is once.
    expect(
      (await responses.acknowledgePost(head, { responseId: id, assignmentId: official.id }, null)).acknowledged_at,
    ).toEqual(at);

    // Past the deadline: 刘干事 goes to the county leader, 村干部2 to 张主任, 村干部3 to 刘干事 (by text message).
    await t.sleep(policy.ackMinutes * MINUTE);
    await waitFor(
      async () => (await acks()).filter((a) => a.escalated_up_at !== null).length === 3,
      60_000,
      'the missing links raised to the link above',
    );
    const up = await t.db
      .selectFrom('notification')
      .select(['user_id', 'phone', 'org_unit_id', 'body'])
      .where('kind', '=', 'DUTY_POST_MISSED')
      .orderBy('id')
      .execute();
    expect(up.map((n) => [n.user_id, n.phone])).toEqual(
      expect.arrayContaining([
        [leader.id, null],
        [head.id, null],
        [null, '13900000001'],
      ]),
    );
    expect(up.find((n) => n.user_id === leader.id)?.body).toContain('刘干事');

    // One window later the county office, once, naming them.
    await t.sleep(policy.ackMinutes * MINUTE);
    await waitFor(
      async () =>
        (
          await t.db
            .selectFrom('notification')
            .select('id')
            .where('org_unit_id', '=', office)
            .where('kind', '=', 'DUTY_POST_MISSED')
            .execute()
        ).length === 1,
      60_000,
      'the county office told',
    );

    // Reports: 经济开发区 reports in time, 南湖镇 does not: reminded, then missed and escalated.
    await tick();
    await responses.submitSituationReport(
      await viewer(t, 'kaifaqu.staff'),
      {
        responseId: id,
        rainfallMm: 86.5,
        peopleMoved: 42,
        dangersFound: 2,
        text: '辖区普降暴雨，已转移低洼地带群众',
        idempotencyKey: 'r1',
      },
      null,
    );
    await t.sleep(policy.reportEveryMinutes * MINUTE);
    await waitFor(
      async () =>
        (await t.db.selectFrom('situation_report_miss').select('township_id').where('response_id', '=', id).execute())
          .length === 1,
      60_000,
      'the missed report recorded',
    );
    const reminded = await t.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('kind', '=', 'SITUATION_REPORT_DUE')
      .execute();
    expect(reminded.map((n) => n.org_unit_id)).toEqual([nanhu]);
    const missed = await t.db
      .selectFrom('situation_report_miss')
      .select('township_id')
      .where('response_id', '=', id)
      .execute();
    expect(missed).toEqual([{ township_id: nanhu }]);

    // Raised to Ⅲ级: the chain asked again with the new, shorter deadline.
    await tick();
    await responses.changeLevel(admin, { id, level: 'LEVEL_III', reason: '降雨持续，水库超汛限水位' }, null);
    const state = await handle.query(getResponseState);
    expect(state).toMatchObject({ level: 'LEVEL_III', epoch: 2, notified: 6 });
    const second = (await acks()).filter((a) => a.epoch === 2);
    expect(second).toHaveLength(6);
    expect(second.map((a) => a.due_at.getTime() - new Date(state.epochStartedAt).getTime())).toEqual(
      Array(6).fill(DEFAULT_RESPONSE_POLICY.LEVEL_III.ackMinutes * MINUTE),
    );
    await refused(responses.changeLevel(admin, { id, level: 'LEVEL_III', reason: '重复' }, null), 'BAD_USER_INPUT');

    // Ended: the summary in the office's words; nothing more may change.
    await t.sleep(10 * MINUTE);
    await tick();
    await responses.acknowledgePost(leader, { responseId: id, assignmentId: county.id }, null);
    await responses.end(admin, { id, reason: '雨情结束，险情解除' }, null);
    const ended: ResponseState = await t.result(handle);
    expect(ended.status).toBe('ENDED');
    const row = await t.db.selectFrom('emergency_response').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.status).toBe('ENDED');
    expect(row.summary).toContain('防汛应急响应');
    expect(row.summary).toContain('调整为Ⅲ级');
    expect(row.summary).toContain('Ⅳ级响应');
    expect(row.summary).toContain('通知包保责任人6人，确认到岗3人，其中按时确认3人；逾期或未确认3人');
    expect(row.summary).toContain('刘干事（经济开发区青山水库，未确认）');
    expect(row.summary).toContain('累计转移群众42人');
    expect(row.summary).toContain('逾期未报1次');
    await refused(
      responses.changeLevel(admin, { id, level: 'LEVEL_II', reason: '再次' }, null),
      'CONFLICT',
      RESPONSE_REFUSALS.ended,
    );
    await refused(
      responses.acknowledgePost(head, { responseId: id, assignmentId: official.id }, null),
      'CONFLICT',
      RESPONSE_REFUSALS.ended,
    );
    await recordHistory(handle, 'responseWorkflow--flood-raised-and-ended');
  });

  it('sends the enterprises that did not acknowledge a warning to their regulators at the deadline, once', async () => {
    const t = env();
    const at = await t.now();
    const warnings = createWarningService({ db: t.db, client: t.client, taskQueue: t.taskQueue, now: () => at });
    const admin = await viewer(t, 'admin');
    const kaifaqu = await orgId(t, 'kaifaqu');
    const id = await warnings.issue(
      admin,
      { title: '暴雨橙色预警', content: '停止户外作业', level: 'ORANGE', townshipIds: [kaifaqu], ackWithinMinutes: 60 },
      null,
    );
    const recipients = await t.db
      .selectFrom('warning_recipient')
      .select(['enterprise_id', 'regulator_id'])
      .where('warning_id', '=', id)
      .orderBy('enterprise_id')
      .execute();
    expect(recipients.length).toBeGreaterThan(1);
    const first = recipients[0];
    if (!first) throw new Error('no recipient');
    const account = await t.db
      .insertInto('app_user')
      .values({
        username: `warning-ack-${id}`,
        display_name: '企业安全员',
        role: 'ENTERPRISE',
        enterprise_id: first.enterprise_id,
        org_unit_id: null,
        password_hash: 'x',
        must_change_password: false,
        locked_until: null,
      })
      .returning(userColumns)
      .executeTakeFirstOrThrow();
    await warnings.acknowledge(toViewer(account), id, null);
    await t.sleep(61 * MINUTE);
    await waitFor(
      async () =>
        (await t.db.selectFrom('warning').select('escalated_at').where('id', '=', id).executeTakeFirstOrThrow())
          .escalated_at !== null,
      60_000,
      'the warning escalated',
    );
    const told = await t.db
      .selectFrom('notification')
      .select(['org_unit_id', 'body'])
      .where('kind', '=', 'WARNING_NOT_ACKNOWLEDGED')
      .execute();
    const silentRegulators = new Set(recipients.slice(1).map((r) => r.regulator_id));
    expect(new Set(told.map((n) => n.org_unit_id))).toEqual(silentRegulators);
    const marked = await t.db
      .selectFrom('warning_recipient')
      .select('enterprise_id')
      .where('warning_id', '=', id)
      .where('escalated_at', 'is not', null)
      .execute();
    expect(marked.map((m) => m.enterprise_id).sort((a, b) => a - b)).toEqual(
      recipients.slice(1).map((r) => r.enterprise_id),
    );
    await recordHistory(t.client.workflow.getHandle(warningWorkflowId(id)), 'warningWorkflow--one-acknowledged');
  });
});
