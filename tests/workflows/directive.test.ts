// A directive from above (督办/交办) and a risk report (风险上报) on the time-skipping server with the real activities
// and services on PostgreSQL: a letter split into items for two units, one answered in time and one late and climbing
// the ladder, the consolidated reply refused until both are answered, then sent; and a township's major risk reminded,
// escalated to its head when late, handled and closed with evidence.
import { describe, expect, it } from 'vitest';
import { userColumns } from '../../db/repositories/users';
import { addWorkingDays } from '../../domain/calendar';
import { DEFAULT_DIRECTIVE_POLICY, DIRECTIVE_REFUSALS } from '../../domain/directives';
import { subtractDuration } from '../../domain/duration';
import { DEFAULT_RISK_POLICY, unitLadder } from '../../domain/risks';
import { toViewer, type Viewer } from '../../services/auth';
import { createDirectiveService } from '../../services/directives';
import { AppError } from '../../services/errors';
import { createRiskService } from '../../services/risks';
import { createUpdateRunner } from '../../services/workflow-updates';
import {
  directiveWorkflowId,
  getDirectiveState,
  riskWorkflowId,
  type DirectiveState,
  type RiskState,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv, type WorkflowTestEnv } from '../support/workflow-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const env = useWorkflowTestEnv();

/** The services on the test server's clock: `tick` reads it before each call, as time-skipping moves it. */
function services(t: WorkflowTestEnv) {
  let at = new Date();
  const deps = {
    db: t.db,
    client: t.client,
    taskQueue: t.taskQueue,
    updates: createUpdateRunner(t.client, { deadlineMs: 60_000 }),
    now: () => at,
  };
  return {
    directives: createDirectiveService(deps),
    risks: createRiskService(deps),
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

const orgId = async (t: WorkflowTestEnv, code: string) =>
  (await t.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

/** Refused with this code, and the sentence matches. */
async function refused(promise: Promise<unknown>, code: string, message?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toBe(message);
}

describe('directiveWorkflow', () => {
  it("dispatches a letter's items to two units, escalates the late one, and ends with the one consolidated reply", async () => {
    const t = env();
    const { directives, tick } = services(t);
    const admin = await viewer(t, 'admin');
    const housing = await orgId(t, 'housing');
    const kaifaqu = await orgId(t, 'kaifaqu');
    await tick();
    const now = await t.now();
    const firstDue = addWorkingDays(now, 3);
    const secondDue = addWorkingDays(now, 4);
    const directive = await directives.register(
      admin,
      {
        kind: 'ASSIGNED_CASE',
        source: '市安委办',
        documentNumber: '市安委办交〔2026〕18号',
        title: '关于城镇燃气安全隐患问题线索的交办件',
        receivedAt: now,
        replyDueAt: addWorkingDays(now, 10),
        items: [
          { content: '核查开发区某小区燃气管道占压问题并督促整改', assigneeOrgId: kaifaqu, dueAt: firstDue },
          { content: '排查全县瓶装液化气供应站点证照情况', assigneeOrgId: housing, dueAt: secondDue },
        ],
        idempotencyKey: 'register-1',
      },
      'req-register',
    );
    // A retried registration stores nothing twice.
    const again = await directives.register(
      admin,
      {
        kind: 'ASSIGNED_CASE',
        source: '市安委办',
        documentNumber: '市安委办交〔2026〕18号',
        title: '关于城镇燃气安全隐患问题线索的交办件',
        receivedAt: now,
        replyDueAt: addWorkingDays(now, 10),
        items: [{ content: '重复提交', assigneeOrgId: kaifaqu, dueAt: firstDue }],
        idempotencyKey: 'register-1',
      },
      'req-register-again',
    );
    expect(again.id).toBe(directive.id);
    const items = await t.db
      .selectFrom('directive_item')
      .selectAll()
      .where('directive_id', '=', directive.id)
      .orderBy('position')
      .execute();
    expect(items.map((i) => [i.assignee_org_id, i.status, i.due_at.getTime()])).toEqual([
      [kaifaqu, 'OPEN', firstDue.getTime()],
      [housing, 'OPEN', secondDue.getTime()],
    ]);
    const [first, second] = items;
    if (!first || !second) throw new Error('two items');
    const assigned = await t.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('kind', '=', 'DIRECTIVE_ITEM_ASSIGNED')
      .orderBy('org_unit_id')
      .execute();
    expect(assigned.map((n) => n.org_unit_id).sort()).toEqual([kaifaqu, housing].sort());

    const handle = t.client.workflow.getHandle<(input: unknown) => Promise<DirectiveState>>(
      directiveWorkflowId(directive.id),
    );
    // The consolidated reply waits for every item.
    await refused(
      directives.reply(admin, { directiveId: directive.id, reply: '经核查，各项问题均已整改到位。' }, null),
      'CONFLICT',
      DIRECTIVE_REFUSALS.itemsUnanswered(2),
    );
    // A unit answers only its own item; another unit does not even see it.
    await refused(
      directives.answerItem(
        await viewer(t, 'housing.staff'),
        { itemId: first.id, answer: '已核查并督促整改完毕' },
        null,
      ),
      'NOT_FOUND',
    );

    // A working day before each deadline its unit is reminded.
    const reminders = () =>
      t.db
        .selectFrom('notification')
        .select(['org_unit_id', 'created_at'])
        .where('kind', '=', 'DIRECTIVE_ITEM_DUE_SOON')
        .execute();
    const firstReminder = subtractDuration(firstDue, 'P1WD');
    await t.sleep(firstReminder.getTime() - now.getTime() + HOUR);
    await waitFor(async () => (await reminders()).length === 1, 60_000, 'the first reminder');
    expect(await reminders()).toEqual([{ org_unit_id: kaifaqu, created_at: firstReminder }]);

    // The township answers in time.
    await tick();
    const answered = await directives.answerItem(
      await viewer(t, 'kaifaqu.staff'),
      {
        itemId: first.id,
        answer: '经现场核查，占压燃气管道的违章建筑已于当日拆除，管道运行正常。',
        idempotencyKey: 'answer-1',
      },
      'req-answer-1',
    );
    expect(answered.status).toBe('ANSWERED');
    expect((await handle.query(getDirectiveState)).items.map((i) => i.status)).toEqual(['ANSWERED', 'OPEN']);

    // The department is late: its head at the deadline, the county office a working day later.
    const escalations = () =>
      t.db
        .selectFrom('escalation')
        .select(['level', 'status', 'raised_at', 'subject_type', 'directive_item_id', 'addressee_org_id'])
        .where('directive_item_id', 'is not', null)
        .orderBy('raised_at')
        .execute();
    const rungs = unitLadder('r', secondDue, DEFAULT_DIRECTIVE_POLICY.steps, 'REGULATOR');
    const officeRung = rungs[1];
    if (!officeRung) throw new Error('a second rung');
    await t.sleep(officeRung.at.getTime() - (await t.now()).getTime() + HOUR);
    await waitFor(async () => (await escalations()).length === 2, 60_000, 'two rungs of the late item');
    const county = (
      await t.db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow()
    ).id;
    expect(await escalations()).toEqual([
      {
        level: 'REGULATOR_HEAD',
        status: 'OPEN',
        raised_at: secondDue,
        subject_type: 'DIRECTIVE_ITEM',
        directive_item_id: second.id,
        addressee_org_id: housing,
      },
      {
        level: 'COUNTY_OFFICE',
        status: 'OPEN',
        raised_at: officeRung.at,
        subject_type: 'DIRECTIVE_ITEM',
        directive_item_id: second.id,
        addressee_org_id: county,
      },
    ]);

    await tick();
    await directives.answerItem(
      await viewer(t, 'housing.head'),
      { itemId: second.id, answer: '全县12家瓶装液化气供应站点证照齐全，2家存在超范围经营，已责令停业整改。' },
      'req-answer-2',
    );
    expect((await escalations()).map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED']);
    expect(
      await t.db.selectFrom('notification').select('org_unit_id').where('kind', '=', 'DIRECTIVE_ANSWERED').execute(),
    ).toEqual([{ org_unit_id: county }]);
    expect(
      (await t.db.selectFrom('directive').select('status').where('id', '=', directive.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('ANSWERED');

    await tick();
    const replied = await directives.reply(
      admin,
      {
        directiveId: directive.id,
        reply:
          '我县已对交办的两项问题逐一核查处置：占压燃气管道的违章建筑已拆除；瓶装液化气供应站点已全面排查，问题站点已责令停业整改。',
        idempotencyKey: 'reply-1',
      },
      'req-reply',
    );
    expect(replied.status).toBe('REPLIED');
    const final = await t.result(handle);
    expect(final).toMatchObject({ status: 'REPLIED', remindersSent: 2, escalationsRaised: 2 });
    // The same reply retried after the workflow ended answers with what was recorded.
    const retried = await directives.reply(
      admin,
      { directiveId: directive.id, reply: '重复提交的回复内容', idempotencyKey: 'reply-1' },
      'req-reply-again',
    );
    expect(retried.reply).toBe(replied.reply);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('action', 'in', ['registerDirective', 'answerDirectiveItem', 'replyDirective'])
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'registerDirective',
      'answerDirectiveItem',
      'answerDirectiveItem',
      'replyDirective',
    ]);
    await recordHistory(handle, 'directiveWorkflow--late-item-escalated-replied');
  });
});

describe('riskWorkflow', () => {
  it("reminds the township before a major risk's deadline, escalates it to the township's head, and ends when closed", async () => {
    const t = env();
    const { risks, tick } = services(t);
    const staff = await viewer(t, 'kaifaqu.staff');
    await tick();
    const risk = await risks.report(
      staff,
      {
        kind: 'FLOOD',
        level: 'MAJOR',
        place: '开发区青龙河东岸堤防K3+200',
        description: '连续降雨后堤身出现多处渗水，险情可能扩大',
        measures: '设置警示标志，安排专人24小时巡查，备足沙袋',
        idempotencyKey: 'risk-1',
      },
      'req-risk',
    );
    expect(risk.status).toBe('REPORTED');
    const reportedAt = risk.reported_at;
    expect(risk.handle_by).toEqual(addWorkingDays(reportedAt, 3));
    const handle = t.client.workflow.getHandle<(input: unknown) => Promise<RiskState>>(riskWorkflowId(risk.id));
    const kaifaqu = await orgId(t, 'kaifaqu');

    const notices = (kind: string) =>
      t.db.selectFrom('notification').select(['org_unit_id', 'created_at']).where('kind', '=', kind).execute();
    const escalations = () =>
      t.db
        .selectFrom('escalation')
        .select(['level', 'status', 'raised_at', 'addressee_user_id'])
        .where('risk_id', '=', risk.id)
        .orderBy('raised_at')
        .execute();
    await t.sleep(risk.handle_by.getTime() - (await t.now()).getTime() - 2 * HOUR);
    await waitFor(async () => (await notices('RISK_DUE_SOON')).length === 1, 60_000, 'the reminder');
    expect(await notices('RISK_DUE_SOON')).toEqual([
      { org_unit_id: kaifaqu, created_at: subtractDuration(risk.handle_by, 'P1WD') },
    ]);
    expect(await escalations()).toEqual([]);

    await tick();
    const handling = await risks.handle(
      staff,
      { riskId: risk.id, action: 'START', note: '已组织抢险队伍加固堤身' },
      null,
    );
    expect(handling.status).toBe('HANDLING');

    await t.sleep(4 * HOUR);
    await waitFor(async () => (await escalations()).length === 1, 60_000, "the township head's rung");
    const head = await viewer(t, 'kaifaqu.head');
    expect(await escalations()).toEqual([
      { level: 'TOWNSHIP_HEAD', status: 'OPEN', raised_at: risk.handle_by, addressee_user_id: head.id },
    ]);
    const [, office] = unitLadder('r', risk.handle_by, DEFAULT_RISK_POLICY.steps, 'TOWNSHIP');
    expect(office?.at.getTime()).toBeGreaterThan(risk.handle_by.getTime() + DAY);

    await tick();
    const closed = await risks.handle(
      head,
      {
        riskId: risk.id,
        action: 'CLOSE',
        evidence: '堤身渗水点已全部封堵，背水坡已压渗加固，经水利站复核险情已排除',
        idempotencyKey: 'close-1',
      },
      'req-close',
    );
    expect(closed.status).toBe('CLOSED');
    expect((await escalations()).map((e) => e.status)).toEqual(['RESOLVED']);
    const final = await t.result(handle);
    expect(final).toMatchObject({ status: 'CLOSED', remindersSent: 1, escalationsRaised: 1 });
    // Closed: nothing more can be done to it.
    await refused(risks.handle(staff, { riskId: risk.id, action: 'START', note: '再次处置' }, null), 'CONFLICT');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'Risk')
      .where('subject_id', '=', String(risk.id))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['reportRisk', 'handleRisk', 'closeRisk']);
    await recordHistory(handle, 'riskWorkflow--late-major-closed');
  });
});
