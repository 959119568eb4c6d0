// 分级分类 and 红黑名单 through the API (issue #13 §1–2): a grading run over real inspections is reviewed (filtered,
// one grade overridden with a reason) and published into the history and the register; the red list follows two
// good periods; a black-listing needs a ground, a period and the evidence, takes the enterprise off the red list, and
// is removed early only with a reason. Everyone else is refused, and a refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_RULES, GRADING_REFUSALS, lastQuarterEnd } from '../../domain/grading';
import { ensureSchedules, SCHEDULES } from '../../server/schedules';
import { LIST_REFUSALS } from '../../domain/lists';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, enterpriseLogin, finding, inDays, inspect, launchCampaign, openTaskOf } from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let admin: string;
/** Inspected: A with two major hazards, B clean, C with five. */
const enterprises = { A: 0, B: 0, C: 0 };

const RUN = `mutation($periodEnd: DateTime) { runGrading(periodEnd: $periodEnd) { id status periodEnd } }`;
const PROPOSAL = `query($id: ID!, $filter: GradingItemFilter) { node(id: $id) { ... on GradingProposal {
  id status graded distribution { before { GOOD FAIR POOR } after { GOOD FAIR POOR } changed overridden redListed }
  items(first: 50, filter: $filter) { totalCount edges { node {
    enterprise { id } score previousGrade proposedGrade grade changed overrideReason redListProposed reasons
    indicators { indicator label value deduction } } } } } } }`;
const OVERRIDE = `mutation($p: ID!, $e: ID!, $g: Grade!, $r: String!) {
  overrideProposedGrade(proposalId: $p, enterpriseId: $e, grade: $g, reason: $r) { id distribution { overridden } } }`;
const PUBLISH = `mutation($id: ID!) { publishGradingProposal(id: $id) { id status publishedAt } }`;
const BLACK_LIST = `mutation($input: BlackListInput!) { blackListEnterprise(input: $input) {
  id list status ground groundName endsAt enterprise { id listStatus } } }`;
const REMOVE = `mutation($id: ID!, $reason: String!) { removeFromBlackList(entryId: $id, reason: $reason) {
  id status removalReason enterprise { listStatus } } }`;
const ENTRIES = `query($id: ID!) { node(id: $id) { ... on Enterprise { grade listStatus
  grades { grade score reasons overrideReason } listEntries { list status groundName removalReason } } } }`;

interface Item {
  enterprise: { id: string };
  score: number;
  previousGrade: string;
  proposedGrade: string;
  grade: string;
  changed: boolean;
  overrideReason: string | null;
  redListProposed: boolean;
  reasons: string[];
}
interface Proposal {
  id: string;
  status: string;
  graded: number;
  distribution: { before: Record<string, number>; after: Record<string, number>; changed: number; overridden: number };
  items: { totalCount: number; edges: { node: Item }[] };
}

async function proposal(id: string, filter: Record<string, unknown> = {}, token = admin): Promise<Proposal> {
  const result = await api.gql<{ node: Proposal }>(PROPOSAL, { id, filter }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.node;
}

/** Runs a grading to the end of `periodEnd` and waits until it is ready for review. */
async function graded(periodEnd: Date): Promise<Proposal> {
  const run = await api.gql<{ runGrading: { id: string; status: string } }>(
    RUN,
    { periodEnd: periodEnd.toISOString() },
    admin,
  );
  if (!run.data) throw new Error(JSON.stringify(run.errors));
  const id = run.data.runGrading.id;
  await waitFor(async () => (await proposal(id)).status === 'READY', 60_000, 'the grading proposal');
  return proposal(id);
}

const itemOf = (p: Proposal, enterpriseId: number) =>
  p.items.edges.find((e) => e.node.enterprise.id === api.gid('Enterprise', enterpriseId))?.node;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 300 });
  admin = await api.login('admin');
  const campaign = await launchCampaign(api, { industries: ['HAZARDOUS_CHEMICALS'] });
  const findings = {
    A: [finding('MAJOR', '储罐区未设置可燃气体报警'), finding('MAJOR', '装卸作业无人监护')],
    B: [],
    C: Array.from({ length: 5 }, (_, i) => finding('MAJOR', `重大事故隐患${i + 1}`)),
  };
  for (const key of ['A', 'B', 'C'] as const) {
    // Each inspection closes its task, so the next open one is the next enterprise.
    const task = await openTaskOf(api, campaign.dbId, 'emergency');
    const row = await api.database.db
      .selectFrom('task')
      .select('enterprise_id')
      .where('id', '=', task.dbId)
      .executeTakeFirstOrThrow();
    await inspect(api, task.id, 'emergency.staff', findings[key]);
    enterprises[key] = row.enterprise_id;
  }
  // Their register grades before: all 中, so every change shows.
  await api.database.db
    .updateTable('enterprise')
    .set({ grade: 'FAIR', list_status: 'NONE' })
    .where('id', 'in', Object.values(enterprises))
    .execute();
  await api.database.db.deleteFrom('list_entry').where('enterprise_id', 'in', Object.values(enterprises)).execute();
});
afterAll(async () => {
  await api?.teardown();
});

describe('a grading run', () => {
  let first: Proposal;
  let firstEnd: Date;

  it('grades every enterprise from its record, with the reasons, ready for review', async () => {
    firstEnd = new Date();
    first = await graded(firstEnd);
    const register = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('status', '<>', 'CLOSED')
      .execute();
    expect(first.graded).toBe(register.length);
    const sum = (counts: Record<string, number>) => (counts.GOOD ?? 0) + (counts.FAIR ?? 0) + (counts.POOR ?? 0);
    expect(sum(first.distribution.before)).toBe(register.length);
    expect(sum(first.distribution.after)).toBe(register.length);

    const changed = await proposal(first.id, { changedOnly: true, search: null });
    const a = itemOf(changed, enterprises.A);
    const b = itemOf(changed, enterprises.B);
    const c = itemOf(changed, enterprises.C);
    // A: 100 − 2 majors × 15 − 2 hazards per inspection × 4 = 62 → 中, as before, so not among the changed.
    expect(a).toBeUndefined();
    expect(b).toMatchObject({
      score: 100,
      proposedGrade: 'GOOD',
      previousGrade: 'FAIR',
      changed: true,
      redListProposed: false,
    });
    expect(c).toMatchObject({ proposedGrade: 'POOR', changed: true });
    expect(c?.reasons).toContain('重大事故隐患 5 项，扣 75 分');
    const all = await proposal(first.id, { grade: 'FAIR', changedOnly: false });
    const fair = all.items.edges.map((e) => e.node);
    expect(fair.every((i) => i.grade === 'FAIR')).toBe(true);
    const onlyA = await proposal(first.id, { search: null, previousGrade: 'FAIR', grade: 'FAIR' });
    expect(onlyA.items.totalCount).toBeGreaterThan(0);
  });

  it('is for the county office to run, override and publish; leaders read it; bad overrides change nothing', async () => {
    const staff = await api.login('emergency.head');
    expect(codeOf(await api.gql(RUN, {}, staff))).toBe('FORBIDDEN');
    const leader = await api.login('leader');
    expect((await proposal(first.id, {}, leader)).status).toBe('READY');
    const variables = {
      p: first.id,
      e: api.gid('Enterprise', enterprises.C),
      g: 'FAIR',
      r: '企业已停产整改，复查确认',
    };
    expect(codeOf(await api.gql(OVERRIDE, variables, leader))).toBe('FORBIDDEN');
    const blank = await api.gql(OVERRIDE, { ...variables, r: '  ' }, admin);
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors?.[0]?.message).toBe(GRADING_REFUSALS.reasonRequired);
    const stranger = await api.gql(OVERRIDE, { ...variables, e: api.gid('Enterprise', 999_999) }, admin);
    expect(codeOf(stranger)).toBe('NOT_FOUND');
    expect((await proposal(first.id)).distribution.overridden).toBe(0);

    const overridden = await api.gql<{ overrideProposedGrade: { distribution: { overridden: number } } }>(
      OVERRIDE,
      variables,
      admin,
    );
    expect(overridden.data?.overrideProposedGrade.distribution.overridden).toBe(1);
    const c = itemOf(await proposal(first.id, { overridden: true }), enterprises.C);
    expect(c).toMatchObject({ proposedGrade: 'POOR', grade: 'FAIR', overrideReason: '企业已停产整改，复查确认' });
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('action', '=', 'overrideProposedGrade')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('publishes once into the history and the register; what is published stays as it was', async () => {
    const published = await api.gql<{ publishGradingProposal: { status: string } }>(PUBLISH, { id: first.id }, admin);
    expect(published.data?.publishGradingProposal.status).toBe('PUBLISHED');
    const grades = await api.database.db
      .selectFrom('enterprise')
      .select(['id', 'grade'])
      .where('id', 'in', [enterprises.B, enterprises.C])
      .orderBy('id')
      .execute();
    expect(Object.fromEntries(grades.map((g) => [g.id, g.grade]))).toEqual({
      [enterprises.B]: 'GOOD',
      [enterprises.C]: 'FAIR',
    });
    const history = await api.database.db.selectFrom('enterprise_grade').select('enterprise_id').execute();
    expect(history).toHaveLength(first.graded);

    expect((await api.gql(PUBLISH, { id: first.id }, admin)).errors?.[0]?.message).toBe(
      GRADING_REFUSALS.alreadyPublished,
    );
    const late = await api.gql(
      OVERRIDE,
      { p: first.id, e: api.gid('Enterprise', enterprises.B), g: 'POOR', r: '补充' },
      admin,
    );
    expect(codeOf(late)).toBe('CONFLICT');
    const again = await api.gql(RUN, { periodEnd: firstEnd.toISOString() }, admin);
    expect(again.errors?.[0]?.message).toBe(GRADING_REFUSALS.periodPublished);
    const future = await api.gql(RUN, { periodEnd: inDays(3) }, admin);
    expect(codeOf(future)).toBe('BAD_USER_INPUT');
    await expect(
      api.database.db
        .updateTable('enterprise_grade')
        .set({ grade: 'GOOD' })
        .where('enterprise_id', '=', enterprises.C)
        .execute(),
    ).rejects.toThrow(/历史记录/);

    // The enterprise reads its own grade and why.
    const own = await api.gql<{
      node: { grade: string; grades: { grade: string; reasons: string[]; overrideReason: string | null }[] };
    }>(ENTERPRISES_OWN, { id: api.gid('Enterprise', enterprises.C) }, await enterpriseLogin(api, enterprises.C));
    expect(own.data?.node.grade).toBe('FAIR');
    expect(own.data?.node.grades[0]).toMatchObject({ grade: 'FAIR', overrideReason: '企业已停产整改，复查确认' });
    expect(own.data?.node.grades[0]?.reasons).toContain('重大事故隐患 5 项，扣 75 分');
  });

  it('puts an enterprise good two periods running on the red list; an earlier period can no longer be published', async () => {
    const second = await graded(new Date());
    expect(itemOf(await proposal(second.id, { search: null, grade: 'GOOD' }), enterprises.B)).toMatchObject({
      grade: 'GOOD',
      redListProposed: true,
    });
    await api.gql(PUBLISH, { id: second.id }, admin);
    const b = await api.gql<{
      node: { listStatus: string; listEntries: { list: string; status: string; groundName: string }[] };
    }>(ENTRIES, { id: api.gid('Enterprise', enterprises.B) }, admin);
    expect(b.data?.node.listStatus).toBe('RED');
    expect(b.data?.node.listEntries).toEqual([
      { list: 'RED', status: 'ACTIVE', groundName: '企业分级连续评为“好”且无重大事故隐患', removalReason: null },
    ]);
    const figures = await api.gql<{
      gradingFigures: {
        current: Record<string, number>;
        lastPublished: { grades: Record<string, number> } | null;
        previousPublished: { grades: Record<string, number> } | null;
        redListed: number;
      };
    }>(
      `query { gradingFigures { current { GOOD FAIR POOR } lastPublished { periodEnd grades { GOOD FAIR POOR } }
        previousPublished { grades { GOOD FAIR POOR } } redListed blackListed } }`,
      {},
      await api.login('leader'),
    );
    const f = figures.data?.gradingFigures;
    const total = (c: Record<string, number> | undefined) => (c?.GOOD ?? 0) + (c?.FAIR ?? 0) + (c?.POOR ?? 0);
    expect(total(f?.lastPublished?.grades)).toBe(second.graded);
    expect(total(f?.previousPublished?.grades)).toBe(first.graded);
    expect(f?.current).toEqual(f?.lastPublished?.grades);
    expect(f?.redListed).toBeGreaterThanOrEqual(1);
    expect(codeOf(await api.gql('query { gradingFigures { redListed } }', {}, await api.login('emergency.head')))).toBe(
      'FORBIDDEN',
    );
    const earlier = await graded(new Date(firstEnd.getTime() - 86_400_000));
    expect((await api.gql(PUBLISH, { id: earlier.id }, admin)).errors?.[0]?.message).toBe(
      GRADING_REFUSALS.olderThanPublished,
    );
  });
});

describe('the grading rules', () => {
  const SET = `mutation($rules: String!, $note: String) { setGradingRules(rules: $rules, note: $note) { version rules } }`;

  it('are refused with the reason when they do not parse or their bands overlap, and a good set is a new version', async () => {
    const before = await api.database.db.selectFrom('grading_rule_set').select('version').execute();
    const unparsable = await api.gql(SET, { rules: '{"windowMonths": 12,' }, admin);
    expect(codeOf(unparsable)).toBe('BAD_USER_INPUT');
    expect(unparsable.errors?.[0]?.message).toBe('分级规则有误：分级规则必须是一个对象（JSON）');
    const overlapping = {
      ...DEFAULT_GRADING_RULES,
      bands: [
        { grade: 'POOR', min: 0, max: 70 },
        { grade: 'FAIR', min: 60, max: 85 },
        { grade: 'GOOD', min: 85, max: 100 },
      ],
    };
    const refused = await api.gql(SET, { rules: JSON.stringify(overlapping) }, admin);
    expect(refused.errors?.[0]?.message).toBe('分级规则有误：“差”与“中”的分数段重叠（60分）');
    expect(await api.database.db.selectFrom('grading_rule_set').select('version').execute()).toEqual(before);

    const stricter = { ...DEFAULT_GRADING_RULES, weights: { ...DEFAULT_GRADING_RULES.weights, majorHazards: 20 } };
    const saved = await api.gql<{ setGradingRules: { version: number; rules: string } }>(
      SET,
      { rules: JSON.stringify(stricter), note: '重大事故隐患扣分提高至20分' },
      admin,
    );
    expect(saved.data?.setGradingRules.version).toBe(before.length + 1);
    expect(JSON.parse(saved.data?.setGradingRules.rules ?? '{}')).toEqual(stricter);
    // The next run grades under it: C's five majors now cost 100 points.
    const next = await graded(new Date());
    expect(itemOf(await proposal(next.id, { search: null }), enterprises.C)?.reasons).toContain(
      '重大事故隐患 5 项，扣 100 分',
    );
  });
});

describe('the quarterly schedule', () => {
  it('grades the quarter just ended on the 1st of January, April, July and October at 04:00 in Shanghai', async () => {
    await ensureSchedules(api.env.client, api.taskQueue);
    const handle = api.env.client.schedule.getHandle(SCHEDULES.quarterlyGrading.scheduleId);
    const description = await handle.describe();
    expect(description.spec.timezone).toBe('Asia/Shanghai');
    const next = description.info.nextActionTimes[0];
    if (!next) throw new Error('the grading schedule has no next run');
    const shanghai = new Date(next.getTime() + 8 * 3_600_000);
    expect([shanghai.getUTCMonth() % 3, shanghai.getUTCDate(), shanghai.getUTCHours()]).toEqual([0, 1, 4]);

    const quarterEnd = lastQuarterEnd(new Date());
    await handle.trigger();
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('grading_proposal')
            .select('id')
            .where('period_end', '=', quarterEnd)
            .where('status', '=', 'READY')
            .execute()
        ).length === 1,
      60_000,
      "the scheduled grading of the quarter's end",
    );
  });
});

describe('the black list', () => {
  const decision = () => ({
    enterpriseId: api.gid('Enterprise', enterprises.B),
    ground: 'REFUSED_INSPECTION',
    endsAt: inDays(366),
    evidence: '2026年12月5日拒绝执法人员进入储罐区检查，有执法记录仪视频和现场笔录',
  });

  it('needs a ground, a period and the evidence, from the county office; refusals change nothing', async () => {
    const staff = await api.login('emergency.head');
    expect(codeOf(await api.gql(BLACK_LIST, { input: decision() }, staff))).toBe('FORBIDDEN');
    const noGround = await api.gql(BLACK_LIST, { input: { ...decision(), ground: null } }, admin);
    expect(noGround.errors?.[0]?.message).toBe(LIST_REFUSALS.groundRequired);
    const noPeriod = await api.gql(BLACK_LIST, { input: { ...decision(), endsAt: null } }, admin);
    expect(noPeriod.errors?.[0]?.message).toBe(LIST_REFUSALS.periodRequired);
    const short = await api.gql(BLACK_LIST, { input: { ...decision(), endsAt: inDays(30) } }, admin);
    expect(short.errors?.[0]?.message).toBe(LIST_REFUSALS.periodTooShort);
    const bare = await api.gql(BLACK_LIST, { input: { ...decision(), evidence: ' ' } }, admin);
    expect(codeOf(bare)).toBe('BAD_USER_INPUT');
    const blacks = await api.database.db
      .selectFrom('list_entry')
      .select('id')
      .where('list', '=', 'BLACK')
      .where('enterprise_id', '=', enterprises.B)
      .execute();
    expect(blacks).toEqual([]);
  });

  it('black-lists once, takes the enterprise off the red list, tells everyone, and is removed early only with a reason', async () => {
    const key = `black-${enterprises.B}`;
    const listed = await api.gql<{
      blackListEnterprise: { id: string; status: string; enterprise: { listStatus: string } };
    }>(BLACK_LIST, { input: { ...decision(), idempotencyKey: key } }, admin);
    expect(listed.errors).toBeUndefined();
    const entry = listed.data?.blackListEnterprise;
    expect(entry).toMatchObject({ status: 'ACTIVE', enterprise: { listStatus: 'BLACK' } });
    const retried = await api.gql<{ blackListEnterprise: { id: string } }>(
      BLACK_LIST,
      { input: { ...decision(), idempotencyKey: key } },
      admin,
    );
    expect(retried.data?.blackListEnterprise.id).toBe(entry?.id);
    const twice = await api.gql(BLACK_LIST, { input: decision() }, admin);
    expect(twice.errors?.[0]?.message).toBe(LIST_REFUSALS.alreadyBlack);

    const entryId = Number(
      Buffer.from(entry?.id ?? '', 'base64')
        .toString('utf8')
        .split(':')[1],
    );
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('notification')
            .select('id')
            .where('subject_type', '=', 'ListEntry')
            .where('subject_id', '=', entryId)
            .where('kind', '=', 'BLACK_LISTED')
            .execute()
        ).length === 3,
      30_000,
      'the black-listing notices',
    );
    // Someone else's department does not see it; the enterprise's own does.
    const housing = await api.gql<{ listEntries: { totalCount: number } }>(
      'query { listEntries(filter: { list: BLACK }) { totalCount } }',
      {},
      await api.login('housing.staff'),
    );
    const emergency = await api.gql<{ listEntries: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query { listEntries(filter: { list: BLACK, status: ACTIVE }, first: 200) { totalCount edges { node { id } } } }',
      {},
      await api.login('emergency.staff'),
    );
    expect(emergency.data?.listEntries.edges.map((e) => e.node.id)).toContain(entry?.id);
    const housingIds = (
      await api.gql<{ listEntries: { edges: { node: { id: string } }[] } }>(
        'query { listEntries(filter: { list: BLACK }, first: 200) { edges { node { id } } } }',
        {},
        await api.login('housing.staff'),
      )
    ).data?.listEntries.edges.map((e) => e.node.id);
    expect(housing.errors).toBeUndefined();
    expect(housingIds).not.toContain(entry?.id);

    expect((await api.gql(REMOVE, { id: entry?.id, reason: ' ' }, admin)).errors?.[0]?.message).toBe(
      LIST_REFUSALS.reasonRequired,
    );
    expect(codeOf(await api.gql(REMOVE, { id: entry?.id, reason: '已整改' }, await api.login('leader')))).toBe(
      'FORBIDDEN',
    );
    const removed = await api.gql<{
      removeFromBlackList: { status: string; removalReason: string; enterprise: { listStatus: string } };
    }>(REMOVE, { id: entry?.id, reason: '企业已整改并完成信用修复，经县安委办研究同意提前移出' }, admin);
    expect(removed.data?.removeFromBlackList).toMatchObject({
      status: 'REMOVED',
      removalReason: '企业已整改并完成信用修复，经县安委办研究同意提前移出',
      enterprise: { listStatus: 'NONE' },
    });
    expect((await api.gql(REMOVE, { id: entry?.id, reason: '再次移出' }, admin)).errors?.[0]?.message).toBe(
      LIST_REFUSALS.notActive,
    );
    const history = await api.gql<{
      node: { listEntries: { list: string; status: string; removalReason: string | null }[] };
    }>(ENTRIES, { id: api.gid('Enterprise', enterprises.B) }, admin);
    expect(history.data?.node.listEntries.map((e) => [e.list, e.status, e.removalReason])).toEqual([
      ['BLACK', 'REMOVED', '企业已整改并完成信用修复，经县安委办研究同意提前移出'],
      ['RED', 'REMOVED', '列入黑名单，移出红名单'],
    ]);
    await waitFor(
      async () => {
        const described = await api.env.client.workflow.getHandle(`listing-${entryId}`).describe();
        return described.status.name === 'COMPLETED';
      },
      30_000,
      'the listing workflow to end',
    );
  });
});

const ENTERPRISES_OWN = `query($id: ID!) { node(id: $id) { ... on Enterprise { grade grades { grade reasons overrideReason } } } }`;
