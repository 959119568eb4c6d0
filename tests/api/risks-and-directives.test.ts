// Risk reports (风险上报) and directives from above (督办/交办) over HTTP: who sees which, who may do what, and every
// refusal a sentence an official can act on that changes nothing (row counts unchanged); retried requests applied once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIRECTIVE_REFUSALS } from '../../domain/directives';
import { RISK_REFUSALS } from '../../domain/risks';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, enterpriseLogin } from '../support/api-fixtures';

let api: ApiEnv;
let enterpriseToken: string;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 30 });
  const enterprise = await api.database.db
    .selectFrom('enterprise')
    .select('id')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  enterpriseToken = await enterpriseLogin(api, enterprise.id);
}, 120_000);

/** A demo account's session, or an enterprise account's (ENTERPRISE). */
const tokenOf = (who: string) => (who === 'ENTERPRISE' ? Promise.resolve(enterpriseToken) : api.login(who));

afterAll(async () => {
  await api?.teardown();
});

/** Every row a risk or directive command could write. */
async function rowCounts() {
  const db = api.database.db;
  const count = async (table: 'risk' | 'directive' | 'notification' | 'escalation') =>
    (
      await db
        .selectFrom(table)
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  // A login is audited too: the refused caller's own login is not a change the refusal made.
  const audit = await db
    .selectFrom('audit_log')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('action', '!=', 'login')
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom('directive_item')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number>`count(*) filter (where status = 'ANSWERED')::int`.as('answered'),
    ])
    .executeTakeFirstOrThrow();
  const states = await db
    .selectFrom('risk')
    .select(sql<string>`coalesce(string_agg(id || ':' || status, ',' order by id), '')`.as('s'))
    .executeTakeFirstOrThrow();
  const directives = await db
    .selectFrom('directive')
    .select(sql<string>`coalesce(string_agg(id || ':' || status, ',' order by id), '')`.as('s'))
    .executeTakeFirstOrThrow();
  return {
    risks: await count('risk'),
    riskStates: states.s,
    directives: await count('directive'),
    directiveStates: directives.s,
    items: items.n,
    answered: items.answered,
    audit: audit.n,
    notices: await count('notification'),
    escalations: await count('escalation'),
  };
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Refused with `code` (and `message` when given), and nothing stored changed. */
async function refusedUnchanged<T>(run: () => Promise<Answer<T>>, code: string, message?: string): Promise<void> {
  const before = await rowCounts();
  const result = await run();
  expect(codeOf(result), JSON.stringify(result.errors)).toBe(code);
  if (message) expect(result.errors?.[0]?.message).toBe(message);
  expect(await rowCounts()).toEqual(before);
}

const REPORT = `mutation($input: ReportRiskInput!) { reportRisk(input: $input) { id status handleBy unit { name } } }`;
const HANDLE = `mutation($input: HandleRiskInput!) { handleRisk(input: $input) { id status closingEvidence closedByName } }`;
const RISKS = `query($filter: RiskFilter) { risks(filter: $filter, first: 50) { totalCount edges { node { id place unit { name } } } } }`;

const riskInput = (place: string) => ({
  kind: 'GEOLOGICAL',
  level: 'SIGNIFICANT',
  place,
  description: '雨后山体出现裂缝，坡脚有少量落石',
  measures: '设置警戒线，禁止人员车辆通行，安排专人监测',
});

describe('risk reports', () => {
  it('are reported by units, seen by their own unit and the county, handled only by their own unit', async () => {
    const township = await api.login('kaifaqu.staff');
    const first = await api.gql<{ reportRisk: { id: string; status: string; unit: { name: string } } }>(
      REPORT,
      { input: { ...riskInput('开发区后山路K1+300边坡'), idempotencyKey: 'risk-a' } },
      township,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.reportRisk).toMatchObject({ status: 'REPORTED', unit: { name: '经济开发区' } });
    const riskId = first.data?.reportRisk.id ?? '';
    // A retried report is stored once.
    const before = await rowCounts();
    const again = await api.gql<{ reportRisk: { id: string } }>(
      REPORT,
      { input: { ...riskInput('开发区后山路K1+300边坡'), idempotencyKey: 'risk-a' } },
      township,
    );
    expect(again.data?.reportRisk.id).toBe(riskId);
    expect(await rowCounts()).toEqual(before);
    const department = await api.gql<{ reportRisk: { id: string } }>(
      REPORT,
      { input: { ...riskInput('城区在建工地深基坑'), kind: 'CONSTRUCTION', level: 'MAJOR' } },
      await api.login('housing.staff'),
    );
    expect(department.errors).toBeUndefined();

    // Refusals that store nothing.
    await refusedUnchanged(
      () => api.gql(REPORT, { input: { ...riskInput(' '), idempotencyKey: 'risk-b' } }, township),
      'BAD_USER_INPUT',
      RISK_REFUSALS.placeLength,
    );
    for (const who of ['admin', 'leader', 'ENTERPRISE'])
      await refusedUnchanged(
        async () => api.gql(REPORT, { input: riskInput('县城某处') }, await tokenOf(who)),
        'FORBIDDEN',
        RISK_REFUSALS.reporterNotUnit,
      );

    // Who sees which.
    const seen = async (who: string) => {
      const result = await api.gql<{ risks: { totalCount: number; edges: { node: { place: string } }[] } }>(
        RISKS,
        {},
        await tokenOf(who),
      );
      expect(result.errors, who).toBeUndefined();
      return result.data?.risks.edges.map((e) => e.node.place).sort();
    };
    expect(await seen('kaifaqu.head')).toEqual(['开发区后山路K1+300边坡']);
    expect(await seen('housing.head')).toEqual(['城区在建工地深基坑']);
    expect(await seen('emergency.staff')).toEqual([]);
    expect(await seen('nanhu.staff')).toEqual([]);
    expect(await seen('ENTERPRISE')).toEqual([]);
    expect(await seen('admin')).toEqual(['城区在建工地深基坑', '开发区后山路K1+300边坡']);
    expect(await seen('leader')).toEqual(['城区在建工地深基坑', '开发区后山路K1+300边坡']);
    const major = await api.gql<{ risks: { totalCount: number } }>(
      RISKS,
      { filter: { levels: ['MAJOR'] } },
      await api.login('admin'),
    );
    expect(major.data?.risks.totalCount).toBe(1);

    // Handled only by its own unit: another unit does not see it; the county sees it but may not act on it.
    const start = { riskId, action: 'START', note: '已组织人员清理落石并加密监测' };
    await refusedUnchanged(async () => api.gql(HANDLE, { input: start }, await api.login('housing.head')), 'NOT_FOUND');
    for (const who of ['admin', 'leader'])
      await refusedUnchanged(
        async () => api.gql(HANDLE, { input: start }, await api.login(who)),
        'FORBIDDEN',
        RISK_REFUSALS.handlerNotUnit,
      );
    await refusedUnchanged(
      () => api.gql(HANDLE, { input: { riskId, action: 'CLOSE', evidence: '好了' } }, township),
      'BAD_USER_INPUT',
      RISK_REFUSALS.evidenceLength,
    );
    const started = await api.gql<{ handleRisk: { status: string } }>(HANDLE, { input: start }, township);
    expect(started.data?.handleRisk.status).toBe('HANDLING');
    await refusedUnchanged(
      () => api.gql(HANDLE, { input: start }, township),
      'CONFLICT',
      RISK_REFUSALS.alreadyHandling,
    );
    const close = {
      riskId,
      action: 'CLOSE',
      evidence: '危岩已清除，坡面已挂网防护，经自然资源所复核险情解除',
      idempotencyKey: 'close-a',
    };
    const head = await api.login('kaifaqu.head');
    const closed = await api.gql<{ handleRisk: { status: string; closedByName: string } }>(
      HANDLE,
      { input: close },
      head,
    );
    expect(closed.data?.handleRisk).toMatchObject({ status: 'CLOSED', closedByName: '经济开发区负责人' });
    // The same close retried after its workflow ended answers as the first did, and changes nothing.
    const retried = await api.gql<{ handleRisk: { status: string } }>(HANDLE, { input: close }, head);
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.handleRisk.status).toBe('CLOSED');
    await refusedUnchanged(() => api.gql(HANDLE, { input: start }, township), 'CONFLICT', RISK_REFUSALS.closed);
  });
});

const REGISTER = `mutation($input: DirectiveInput!) { registerDirective(input: $input) { id status items { id assignee { name } } } }`;
const ANSWER = `mutation($input: AnswerDirectiveItemInput!) { answerDirectiveItem(input: $input) { id status answer } }`;
const REPLY = `mutation($id: ID!, $reply: String!, $key: String) { replyDirective(id: $id, reply: $reply, idempotencyKey: $key) { id status reply } }`;
const DIRECTIVES = `{ directives(first: 20) { totalCount edges { node { id title items { id assignee { name } } } } } }`;
const ITEMS = `{ directiveItems(first: 20) { totalCount edges { node { id content directive { title } } } } }`;

describe('directives from above', () => {
  it('are registered by the county office, answered item by item by their units, and replied to once all are in', async () => {
    const admin = await api.login('admin');
    const kaifaqu = api.gid('OrgUnit', await api.orgId('kaifaqu'));
    const emergency = api.gid('OrgUnit', await api.orgId('emergency'));
    const county = api.gid('OrgUnit', await api.orgId('county_office'));
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const input = (items: { content: string; assigneeId: string; dueAt: string }[]) => ({
      kind: 'SUPERVISION_LETTER',
      source: '省安委办',
      documentNumber: '省安委办函〔2026〕7号',
      title: '关于加强冬季危化品运输安全监管的督促函',
      receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
      replyDueAt: inDays(20),
      items,
    });
    const items = [
      { content: '排查开发区危化品停车场安全管理情况', assigneeId: kaifaqu, dueAt: inDays(7) },
      { content: '对全县危化品运输企业开展专项检查', assigneeId: emergency, dueAt: inDays(10) },
    ];

    // Refusals that store nothing.
    for (const who of ['leader', 'kaifaqu.head', 'emergency.staff'])
      await refusedUnchanged(async () => api.gql(REGISTER, { input: input(items) }, await api.login(who)), 'FORBIDDEN');
    await refusedUnchanged(
      () => api.gql(REGISTER, { input: input([]) }, admin),
      'BAD_USER_INPUT',
      DIRECTIVE_REFUSALS.noItems,
    );
    await refusedUnchanged(
      () =>
        api.gql(
          REGISTER,
          { input: input([{ content: '排查开发区危化品停车场安全管理情况', dueAt: inDays(7), assigneeId: county }]) },
          admin,
        ),
      'BAD_USER_INPUT',
      DIRECTIVE_REFUSALS.assigneeNotUnit,
    );
    await refusedUnchanged(
      () =>
        api.gql(
          REGISTER,
          {
            input: input([
              {
                content: '排查开发区危化品停车场安全管理情况',
                dueAt: inDays(7),
                assigneeId: api.gid('OrgUnit', 99_999),
              },
            ]),
          },
          admin,
        ),
      'NOT_FOUND',
    );
    await refusedUnchanged(
      () =>
        api.gql(
          REGISTER,
          {
            input: input([
              { content: '期限已过的事项', assigneeId: kaifaqu, dueAt: new Date(Date.now() - 600_000).toISOString() },
            ]),
          },
          admin,
        ),
      'BAD_USER_INPUT',
      DIRECTIVE_REFUSALS.itemDuePast,
    );

    const registered = await api.gql<{
      registerDirective: { id: string; status: string; items: { id: string; assignee: { name: string } }[] };
    }>(REGISTER, { input: { ...input(items), idempotencyKey: 'letter-7' } }, admin);
    expect(registered.errors).toBeUndefined();
    const directive = registered.data?.registerDirective;
    expect(directive?.status).toBe('OPEN');
    expect(directive?.items.map((i) => i.assignee.name)).toEqual(['经济开发区', '应急管理局']);
    const [kaifaquItem, emergencyItem] = directive?.items ?? [];
    const before = await rowCounts();
    const again = await api.gql<{ registerDirective: { id: string } }>(
      REGISTER,
      { input: { ...input(items), idempotencyKey: 'letter-7' } },
      admin,
    );
    expect(again.data?.registerDirective.id).toBe(directive?.id);
    expect(await rowCounts()).toEqual(before);

    // A unit sees the letter with its own item only; a unit without one sees nothing; the county sees all.
    const letters = async (who: string) => {
      const result = await api.gql<{
        directives: { edges: { node: { items: { assignee: { name: string } }[] } }[] };
      }>(DIRECTIVES, {}, await tokenOf(who));
      expect(result.errors, who).toBeUndefined();
      return result.data?.directives.edges.map((e) => e.node.items.map((i) => i.assignee.name));
    };
    expect(await letters('kaifaqu.staff')).toEqual([['经济开发区']]);
    expect(await letters('emergency.head')).toEqual([['应急管理局']]);
    expect(await letters('nanhu.head')).toEqual([]);
    expect(await letters('ENTERPRISE')).toEqual([]);
    expect(await letters('leader')).toEqual([['经济开发区', '应急管理局']]);
    const mine = await api.gql<{ directiveItems: { totalCount: number } }>(
      ITEMS,
      {},
      await api.login('emergency.staff'),
    );
    expect(mine.data?.directiveItems.totalCount).toBe(1);

    // The reply waits for every item.
    const reply = '我县已按要求完成危化品停车场排查和运输企业专项检查，发现的问题均已督促整改。';
    await refusedUnchanged(
      () => api.gql(REPLY, { id: directive?.id, reply }, admin),
      'CONFLICT',
      DIRECTIVE_REFUSALS.itemsUnanswered(2),
    );
    // Each item is answered by its own unit only.
    const answer = (itemId: string | undefined, text: string, key?: string) => ({
      input: { itemId, answer: text, ...(key ? { idempotencyKey: key } : {}) },
    });
    await refusedUnchanged(
      async () =>
        api.gql(ANSWER, answer(kaifaquItem?.id, '已排查完毕，未发现问题'), await api.login('emergency.staff')),
      'NOT_FOUND',
    );
    await refusedUnchanged(
      () => api.gql(ANSWER, answer(kaifaquItem?.id, '已排查完毕，未发现问题'), admin),
      'FORBIDDEN',
      DIRECTIVE_REFUSALS.answererNotUnit,
    );
    const township = await api.login('kaifaqu.staff');
    await refusedUnchanged(
      () => api.gql(ANSWER, answer(kaifaquItem?.id, '好'), township),
      'BAD_USER_INPUT',
      DIRECTIVE_REFUSALS.answerLength,
    );
    const first = await api.gql<{ answerDirectiveItem: { status: string } }>(
      ANSWER,
      answer(kaifaquItem?.id, '已对开发区3处危化品停车场逐一检查，1处消防器材过期已当场更换。', 'answer-k'),
      township,
    );
    expect(first.data?.answerDirectiveItem.status).toBe('ANSWERED');
    await refusedUnchanged(
      () => api.gql(ANSWER, answer(kaifaquItem?.id, '再次反馈同一事项的内容'), township),
      'CONFLICT',
      DIRECTIVE_REFUSALS.itemAnswered,
    );
    await refusedUnchanged(
      () => api.gql(REPLY, { id: directive?.id, reply }, admin),
      'CONFLICT',
      DIRECTIVE_REFUSALS.itemsUnanswered(1),
    );
    const second = await api.gql<{ answerDirectiveItem: { status: string } }>(
      ANSWER,
      answer(emergencyItem?.id, '检查危化品运输企业8家，发现隐患5项，均已责令限期整改。'),
      await api.login('emergency.head'),
    );
    expect(second.data?.answerDirectiveItem.status).toBe('ANSWERED');

    // Only the county office replies, once.
    await refusedUnchanged(
      async () => api.gql(REPLY, { id: directive?.id, reply }, await api.login('leader')),
      'FORBIDDEN',
    );
    const replied = await api.gql<{ replyDirective: { status: string; reply: string } }>(
      REPLY,
      { id: directive?.id, reply, key: 'reply-7' },
      admin,
    );
    expect(replied.errors).toBeUndefined();
    expect(replied.data?.replyDirective).toEqual({ id: directive?.id, status: 'REPLIED', reply });
    await refusedUnchanged(
      () => api.gql(REPLY, { id: directive?.id, reply: `${reply}（补充）` }, admin),
      'CONFLICT',
      DIRECTIVE_REFUSALS.replied,
    );
  });
});
