// Public tips over HTTP: the anonymous submitTip with its photos from real client addresses (127.0.0.x sockets), its
// limits, refusals that store nothing, a tracking code that shows only its own tip's stage, the contact hidden from
// everyone but the county office, and a tip verified by its regulator with the ordinary inspection and rewarded.
import { request } from 'node:http';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitWindowOf, TIP_LIMITS, TIP_REFUSALS } from '../../domain/tips';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { tinyPng } from '../support/images';
import { waitFor } from '../support/processes';

let api: ApiEnv;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

interface Answer {
  status: number;
  data: { submitTip: { trackingCode: string } } | null;
  errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
}

const SUBMIT = 'mutation($input: SubmitTipInput!) { submitTip(input: $input) { trackingCode } }';

const tipText = (n: number) => ({
  description: `第${n}次看到烟花爆竹批发店在居民楼一层违规存放大量鞭炮`,
  location: '城关镇人民路与新华街交叉口',
});

/** submitTip as a phone's browser sends it (multipart, the CSRF header), from the local address `from`. */
async function submitTip(
  from: string,
  input: Record<string, unknown>,
  photos: { bytes: Uint8Array; name: string; type: string }[] = [],
): Promise<Answer> {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ query: SUBMIT, variables: { input: { ...input, photos: photos.map(() => null) } } }),
  );
  form.set(
    'map',
    JSON.stringify(Object.fromEntries(photos.map((_, i) => [String(i), [`variables.input.photos.${i}`]]))),
  );
  photos.forEach((p, i) => form.set(String(i), new Blob([new Uint8Array(p.bytes)], { type: p.type }), p.name));
  const encoded = new Request('http://localhost/graphql', { method: 'POST', body: form });
  const body = Buffer.from(await encoded.arrayBuffer());
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: api.port,
        path: '/graphql',
        method: 'POST',
        localAddress: from,
        headers: {
          'content-type': encoded.headers.get('content-type') ?? '',
          'content-length': body.byteLength,
          'x-graphql-csrf': '1',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as Omit<Answer, 'status'>) });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const png = () => ({ bytes: tinyPng(), name: 'photo.png', type: 'image/png' });

/** Every row a submission could leave behind. */
async function storedRows() {
  const db = api.database.db;
  const count = async (query: Promise<{ n: number } | undefined>) => (await query)?.n ?? 0;
  return {
    tips: await count(
      db
        .selectFrom('tip')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirst(),
    ),
    photos: await count(
      db
        .selectFrom('tip_photo')
        .select(sql<number>`count(*)::int`.as('n'))
        .executeTakeFirst(),
    ),
    counts: await count(
      db
        .selectFrom('tip_submission_count')
        .select(sql<number>`coalesce(sum(submissions), 0)::int`.as('n'))
        .executeTakeFirst(),
    ),
    audit: await count(
      db
        .selectFrom('audit_log')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('action', '=', 'submitTip')
        .executeTakeFirst(),
    ),
    notices: await count(
      db
        .selectFrom('notification')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('kind', '=', 'TIP_RECEIVED')
        .executeTakeFirst(),
    ),
  };
}

const STATUS = `query($code: String!) { tipByTrackingCode(code: $code) { stage stageName receivedAt triagedAt verifiedAt rewardDecidedAt paidAt } }`;

describe('submitTip and tipByTrackingCode', () => {
  it('takes a tip with photos without login and shows its stage, and only its stage, to its tracking code', async () => {
    const first = await submitTip(
      '127.0.0.2',
      { ...tipText(1), enterprise: '某某烟花爆竹批发部', contactName: '李女士', contactPhone: '13912345678' },
      [png(), png()],
    );
    expect(first.errors).toBeUndefined();
    const code = first.data?.submitTip.trackingCode ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    const second = await submitTip('127.0.0.2', tipText(2));
    const otherCode = second.data?.submitTip.trackingCode ?? '';
    expect(otherCode).not.toBe(code);
    expect((await storedRows()).photos).toBe(2);

    const status = await api.gql<{ tipByTrackingCode: Record<string, unknown> | null }>(STATUS, { code }, null);
    expect(status.errors).toBeUndefined();
    expect(status.data?.tipByTrackingCode).toMatchObject({
      stage: 'RECEIVED',
      stageName: '已收到，待受理',
      triagedAt: null,
    });
    // Typed in lower case with spaces, it is the same code.
    const typed = await api.gql<{ tipByTrackingCode: { stage: string } | null }>(
      STATUS,
      { code: code.toLowerCase().replaceAll('-', ' ') },
      null,
    );
    expect(typed.data?.tipByTrackingCode?.stage).toBe('RECEIVED');
    // The answer names nothing of the tip's content or its tipster.
    expect(JSON.stringify(status)).not.toMatch(/李女士|13912345678|烟花|人民路/);
    // The public type has no contact, no text and no staff to ask for.
    const prying = await api.gql(
      'query($code: String!) { tipByTrackingCode(code: $code) { stage contact { phone } description assignee { name } } }',
      { code },
      null,
    );
    expect(prying.data ?? null).toBeNull();
    expect(prying.errors?.map((e) => e.message).join(' ')).toMatch(/Cannot query field "contact"/);

    // A well-formed code of no tip is null; a malformed one is refused with a sentence.
    const unknown = await api.gql(STATUS, { code: '2222-2222-2222-2222' }, null);
    expect(unknown.data).toEqual({ tipByTrackingCode: null });
    const malformed = await api.gql(STATUS, { code: 'O0O0' }, null);
    expect(malformed.errors?.[0]).toMatchObject({
      message: TIP_REFUSALS.badCode,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('refuses a file that is not an image by its bytes, and then stores nothing', async () => {
    const before = await storedRows();
    const fake = await submitTip('127.0.0.5', tipText(3), [
      png(),
      { bytes: new TextEncoder().encode('<html>not a photo</html>'), name: 'scene.jpg', type: 'image/jpeg' },
    ]);
    expect(fake.errors?.[0]).toMatchObject({ message: TIP_REFUSALS.notImage, extensions: { code: 'BAD_USER_INPUT' } });
    const four = await submitTip('127.0.0.5', tipText(4), [png(), png(), png(), png()]);
    expect(four.errors?.[0]?.message).toBe(TIP_REFUSALS.tooManyPhotos);
    const big = await submitTip('127.0.0.5', tipText(5), [
      { bytes: Buffer.concat([tinyPng(), Buffer.alloc(TIP_LIMITS.photoBytes)]), name: 'big.png', type: 'image/png' },
    ]);
    expect(big.errors?.[0]?.message).toBe(TIP_REFUSALS.photoTooLarge);
    // Without a session, a multipart body over 16 MB is refused before it is read.
    const huge = await submitTip('127.0.0.5', tipText(8), [
      { bytes: Buffer.concat([tinyPng(), Buffer.alloc(17 * 1024 * 1024)]), name: 'huge.png', type: 'image/png' },
    ]);
    expect(huge.status).toBe(413);
    expect(huge.errors?.[0]?.message).toBe('请求过大（上限 16 MB）；举报最多附3张照片，每张不超过5 MB');
    const short = await submitTip('127.0.0.5', { description: '有隐患', location: '城关镇' });
    expect(short.errors?.[0]?.message).toBe(TIP_REFUSALS.descriptionShort);
    const long = await submitTip('127.0.0.5', { ...tipText(6), description: '隐'.repeat(2001) });
    expect(long.errors?.[0]?.message).toBe(TIP_REFUSALS.descriptionLong);
    const phone = await submitTip('127.0.0.5', { ...tipText(7), contactPhone: '110' });
    expect(phone.errors?.[0]?.message).toBe(TIP_REFUSALS.contactPhone);
    expect(await storedRows()).toEqual(before);
  });

  it('limits each client address per hour, with a sentence, and the county as a whole', async () => {
    const before = await storedRows();
    for (let n = 0; n < TIP_LIMITS.perAddressPerHour; n += 1) {
      const accepted = await submitTip('127.0.0.3', tipText(10 + n));
      expect(accepted.errors, `submission ${n + 1}`).toBeUndefined();
    }
    const over = await submitTip('127.0.0.3', tipText(20));
    expect(over.errors?.[0]).toMatchObject({
      message: TIP_REFUSALS.addressLimit,
      extensions: { code: 'BAD_USER_INPUT', reason: 'RATE_LIMITED' },
    });
    // Another address is not held back by it.
    expect((await submitTip('127.0.0.4', tipText(21))).errors).toBeUndefined();
    const after = await storedRows();
    expect(after.tips - before.tips).toBe(TIP_LIMITS.perAddressPerHour + 1);
    expect(after.counts - before.counts).toBe(2 * (TIP_LIMITS.perAddressPerHour + 1));

    // The county-wide count is full (as if other api processes had taken it), this hour and the next.
    const db = api.database.db;
    const now = Date.now();
    const windows = [limitWindowOf(new Date(now)), limitWindowOf(new Date(now + 3_600_000))];
    await db
      .insertInto('tip_submission_count')
      .values(windows.map((w) => ({ key: 'all', window_start: w, submissions: TIP_LIMITS.globalPerHour })))
      .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ submissions: TIP_LIMITS.globalPerHour }))
      .execute();
    const full = await storedRows();
    const busy = await submitTip('127.0.0.6', tipText(22));
    expect(busy.errors?.[0]).toMatchObject({
      message: TIP_REFUSALS.globalLimit,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await storedRows()).toEqual(full);
    await db.deleteFrom('tip_submission_count').where('key', '=', 'all').execute();
  });

  it('takes one tip per request', async () => {
    const twice = await api.gql(
      `mutation($a: SubmitTipInput!, $b: SubmitTipInput!) { a: submitTip(input: $a) { trackingCode } b: submitTip(input: $b) { trackingCode } }`,
      { a: tipText(30), b: tipText(31) },
      null,
    );
    expect(twice.errors?.[0]?.message).toBe('一次请求只能提交一条举报');
  });
});

const TIPS = `query($filter: TipFilter) { tips(filter: $filter, first: 50) { totalCount edges { node { id stage description contact { name phone } photos { url } verifyTask { id } } } } }`;

interface TipsAnswer {
  tips: {
    totalCount: number;
    edges: {
      node: {
        id: string;
        stage: string;
        description: string;
        contact: { name: string | null; phone: string | null } | null;
        photos: { url: string }[];
        verifyTask: { id: string } | null;
      };
    }[];
  };
}

describe('the county office, the regulator and the others', () => {
  it('shows the contact to the county office only, a tip to the unit it is assigned to, and none to an enterprise', async () => {
    const code = (
      await submitTip(
        '127.0.0.7',
        {
          ...tipText(40),
          description: '加油站卸油时无人监护且消防器材过期',
          contactName: '王先生',
          contactPhone: '13700001111',
        },
        [png()],
      )
    ).data?.submitTip.trackingCode;
    expect(code).toBeTruthy();
    const db = api.database.db;
    const tipId = (await db.selectFrom('tip').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow()).id;
    const gid = api.gid('Tip', tipId);
    const find = (answer: { data: TipsAnswer | null }) => answer.data?.tips.edges.find((e) => e.node.id === gid)?.node;

    const admin = await api.login('admin');
    const asAdmin = await api.gql<TipsAnswer>(TIPS, {}, admin);
    expect(asAdmin.errors).toBeUndefined();
    expect(find(asAdmin)?.contact).toEqual({ name: '王先生', phone: '13700001111' });
    const photoUrl = find(asAdmin)?.photos[0]?.url ?? '';
    const photo = await fetch(`${api.url}${photoUrl}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');

    const leader = await api.gql<TipsAnswer>(TIPS, {}, await api.login('leader'));
    expect(find(leader)).toMatchObject({ stage: 'RECEIVED', contact: null });

    const emergency = await api.login('emergency.staff');
    expect(find(await api.gql<TipsAnswer>(TIPS, {}, emergency))).toBeUndefined();
    const enterprise = await api.gql<TipsAnswer>(TIPS, {}, await api.login('enterprise2'));
    expect(enterprise.data?.tips.totalCount).toBe(0);
    const anonymous = await api.gql<TipsAnswer>(TIPS, {}, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Only the county office triages.
    const target = await db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id'])
      .where('regulator_id', '=', await api.orgId('emergency'))
      .where('status', '=', 'OPERATING')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const triage = `mutation($input: TriageTipInput!) { triageTip(input: $input) { stage verifyTask { id kind campaign { id } } } }`;
    const accept = {
      tipId: gid,
      accepted: true,
      enterpriseId: api.gid('Enterprise', target.id),
      assigneeId: api.gid('OrgUnit', target.regulator_id),
      idempotencyKey: 'triage-1',
    };
    const refused = await api.gql(triage, { input: accept }, emergency);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withoutReason = await api.gql(triage, { input: { tipId: gid, accepted: false } }, admin);
    expect(withoutReason.errors?.[0]).toMatchObject({
      message: TIP_REFUSALS.notAcceptedNeedsReason,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const accepted = await api.gql<{
      triageTip: { stage: string; verifyTask: { id: string; kind: string; campaign: null } };
    }>(triage, { input: accept }, admin);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.triageTip).toMatchObject({
      stage: 'ACCEPTED',
      verifyTask: { kind: 'VERIFY', campaign: null },
    });
    // The same click again changes nothing; a second triage is a conflict.
    const again = await api.gql<{ triageTip: { stage: string } }>(triage, { input: accept }, admin);
    expect(again.data?.triageTip.stage).toBe('ACCEPTED');
    const late = await api.gql(triage, { input: { ...accept, idempotencyKey: 'triage-2' } }, admin);
    expect(late.errors?.[0]).toMatchObject({ message: TIP_REFUSALS.notReceived, extensions: { code: 'CONFLICT' } });
    expect(await db.selectFrom('task').select('id').where('tip_id', '=', tipId).execute()).toHaveLength(1);

    // Now the unit reads it, without the contact, and has the VERIFY task in its list.
    const asUnit = find(await api.gql<TipsAnswer>(TIPS, {}, emergency));
    expect(asUnit).toMatchObject({ stage: 'ACCEPTED', contact: null });
    expect((await fetch(`${api.url}${photoUrl}`, { headers: { authorization: `Bearer ${emergency}` } })).status).toBe(
      200,
    );
    const housing = await api.login('housing.staff');
    expect(find(await api.gql<TipsAnswer>(TIPS, {}, housing))).toBeUndefined();
    expect((await fetch(`${api.url}${photoUrl}`, { headers: { authorization: `Bearer ${housing}` } })).status).toBe(
      404,
    );
    const myTasks = await api.gql<{
      myTasks: { edges: { node: { id: string; kind: string; campaign: null; tip: { description: string } | null } }[] };
    }>(`{ myTasks(first: 100) { edges { node { id kind campaign { id } tip { description } } } } }`, {}, emergency);
    const verifyTask = myTasks.data?.myTasks.edges.map((e) => e.node).find((n) => n.kind === 'VERIFY');
    expect(verifyTask).toMatchObject({ campaign: null, tip: { description: '加油站卸油时无人监护且消防器材过期' } });

    // The reward waits for a confirmed verification.
    const decide = `mutation($input: TipRewardInput!) { decideTipReward(input: $input) { stage rewardProposed rewardAmount } }`;
    const early = await api.gql(decide, { input: { tipId: gid, decision: 'APPROVE' } }, admin);
    expect(early.errors?.[0]).toMatchObject({ message: TIP_REFUSALS.notConfirmed, extensions: { code: 'CONFLICT' } });

    // The regulator records its verification with the ordinary inspection: one general hazard.
    const rectifyBy = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const inspected = await api.gql<{ submitInspection: { hazards: { id: string; source: string; level: string }[] } }>(
      `mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) { hazards { id source level } } }`,
      {
        input: {
          taskId: verifyTask?.id,
          inspectorCount: 2,
          findings: [{ level: 'GENERAL', description: '消防器材过期未更换', rectifyBy }],
          idempotencyKey: 'verify-1',
        },
      },
      emergency,
    );
    expect(inspected.errors).toBeUndefined();
    expect(inspected.data?.submitInspection.hazards.map((h) => [h.source, h.level])).toEqual([['TIP', 'GENERAL']]);
    await waitFor(
      async () =>
        (await db.selectFrom('tip').select('stage').where('id', '=', tipId).executeTakeFirst())?.stage === 'CONFIRMED',
      60_000,
      'the tip confirmed',
    );

    const outOfRange = await api.gql(
      decide,
      { input: { tipId: gid, decision: 'APPROVE', amount: 5000, reason: '重要' } },
      admin,
    );
    expect(outOfRange.errors?.[0]).toMatchObject({
      message: '奖励金额应为200至1000元之间的整数（按奖励标准）',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const approved = await api.gql<{
      decideTipReward: { stage: string; rewardProposed: number; rewardAmount: number };
    }>(decide, { input: { tipId: gid, decision: 'APPROVE', idempotencyKey: 'reward-1' } }, admin);
    expect(approved.data?.decideTipReward).toEqual({
      stage: 'REWARD_APPROVED',
      rewardProposed: 500,
      rewardAmount: 500,
    });
    const seen = await api.gql<{ tipByTrackingCode: { stage: string; rewardDecidedAt: string | null } }>(
      STATUS,
      { code },
      null,
    );
    expect(seen.data?.tipByTrackingCode.stage).toBe('REWARD_APPROVED');
    expect(seen.data?.tipByTrackingCode.rewardDecidedAt).not.toBeNull();
    const paid = await api.gql<{ decideTipReward: { stage: string } }>(
      decide,
      { input: { tipId: gid, decision: 'PAID', idempotencyKey: 'paid-1' } },
      admin,
    );
    expect(paid.data?.decideTipReward.stage).toBe('PAID');
    // The tip's hazard goes round the ordinary loop: reported (代报 by the regulator), verified by another, closed.
    const hazardId = inspected.data?.submitInspection.hazards[0]?.id;
    const reported = await api.gql(
      `mutation($input: ReportRectificationInput!) { reportRectification(input: $input) { status } }`,
      { input: { hazardId, measures: '已更换全部过期灭火器并落实卸油监护制度', idempotencyKey: 'rect-1' } },
      emergency,
    );
    expect(reported.errors).toBeUndefined();
    const verified = await api.gql<{ verifyRectification: { status: string } }>(
      `mutation($input: VerifyRectificationInput!) { verifyRectification(input: $input) { status } }`,
      { input: { hazardId, passed: true, idempotencyKey: 'verify-rect-1' } },
      await api.login('emergency.head'),
    );
    expect(verified.errors).toBeUndefined();
    expect(verified.data?.verifyRectification.status).toBe('CLOSED');

    // A retried click after the tip's workflow has ended still answers with the tip.
    const retried = await api.gql<{ decideTipReward: { stage: string } }>(
      decide,
      { input: { tipId: gid, decision: 'PAID', idempotencyKey: 'paid-1' } },
      admin,
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data?.decideTipReward.stage).toBe('PAID');

    // The confirmed tip counts against the enterprise in the next grading (分级分类's 举报属实 indicator).
    const run = await api.gql<{ runGrading: { id: string } }>(
      'mutation($at: DateTime) { runGrading(periodEnd: $at) { id } }',
      { at: new Date().toISOString() },
      admin,
    );
    const proposalId = Number(
      Buffer.from(run.data?.runGrading.id ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    await waitFor(
      async () =>
        (await db.selectFrom('grading_proposal').select('status').where('id', '=', proposalId).executeTakeFirst())
          ?.status === 'READY',
      60_000,
      'the grading after the tip',
    );
    const graded = await db
      .selectFrom('grading_proposal_item')
      .select(['indicators', 'reasons'])
      .where('proposal_id', '=', proposalId)
      .where('enterprise_id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(graded.indicators).toContainEqual({ indicator: 'confirmedTips', value: 1, deduction: 5 });
    expect(graded.reasons).toContain('举报属实 1 件，扣 5 分');
  });

  it("counts the window's tips on the dashboard: the county's for the office and leaders, its own for a unit", async () => {
    const QUERY = `query($filter: DashboardFilter) { dashboard(filter: $filter) { tips { received accepted confirmed rewarded rewardAmount } } }`;
    const received = (await api.database.db.selectFrom('tip').select('id').execute()).length;
    const county = { received, accepted: 1, confirmed: 1, rewarded: 1, rewardAmount: 500 };
    for (const who of ['admin', 'leader']) {
      const answer = await api.gql<{ dashboard: { tips: unknown } }>(QUERY, {}, await api.login(who));
      expect(answer.data?.dashboard.tips, who).toEqual(county);
    }
    // The unit verifying the tip counts it (received, accepted, confirmed, rewarded); another unit counts none.
    const own = await api.gql<{ dashboard: { tips: unknown } }>(QUERY, {}, await api.login('emergency.head'));
    expect(own.data?.dashboard.tips).toEqual({
      received: 1,
      accepted: 1,
      confirmed: 1,
      rewarded: 1,
      rewardAmount: 500,
    });
    const other = await api.gql<{ dashboard: { tips: unknown } }>(QUERY, {}, await api.login('housing.head'));
    expect(other.data?.dashboard.tips).toEqual({
      received: 0,
      accepted: 0,
      confirmed: 0,
      rewarded: 0,
      rewardAmount: 0,
    });
    // A window before any tip counts none.
    const before = await api.gql<{ dashboard: { tips: unknown } }>(
      QUERY,
      { filter: { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z' } },
      await api.login('admin'),
    );
    expect(before.data?.dashboard.tips).toEqual({
      received: 0,
      accepted: 0,
      confirmed: 0,
      rewarded: 0,
      rewardAmount: 0,
    });
  });

  it('lets the county office change the reward rules as a new version, refusing a set that does not hold', async () => {
    const admin = await api.login('admin');
    const SET = `mutation($rules: [TipRewardRuleInput!]!) { setTipRewardRules(rules: $rules) { version rules { level min max proposed } } }`;
    const bad = await api.gql(SET, { rules: [{ level: 'GENERAL', min: 1000, max: 200, proposed: 500 }] }, admin);
    expect(bad.errors?.[0]).toMatchObject({
      message: '重大隐患应有且只有一条奖励标准；一般隐患的奖励下限不能高于上限',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const rules = [
      { level: 'GENERAL', min: 300, max: 2000, proposed: 800 },
      { level: 'MAJOR', min: 2000, max: 50000, proposed: 5000 },
    ];
    const set = await api.gql<{ setTipRewardRules: { version: number } }>(SET, { rules }, admin);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setTipRewardRules.version).toBe(2);
    const current = await api.gql<{ tipRewardRules: unknown }>(
      '{ tipRewardRules { version rules { level min max proposed } } }',
      {},
      await api.login('emergency.staff'),
    );
    expect(current.data?.tipRewardRules).toEqual({ version: 2, rules });
    // The tip already rewarded keeps the version it was proposed by.
    const rewarded = await api.database.db
      .selectFrom('tip')
      .select(['reward_rule_version', 'reward_amount'])
      .where('stage', '=', 'PAID')
      .executeTakeFirstOrThrow();
    expect(rewarded).toEqual({ reward_rule_version: 1, reward_amount: 500 });
  });
});
