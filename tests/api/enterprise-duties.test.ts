// Enterprises as users (issue #12): accounts opened by the county office, an enterprise that sees only itself through
// every entry point, rectification reported by the enterprise with 五落实, and a loop no single person can close.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAZARD_REFUSALS } from '../../domain/hazard-rules';
import { SELF_CHECK_REFUSALS } from '../../domain/self-check-rules';
import { PASSWORD_CHANGE_REQUIRED } from '../../services/access';
import { USER_REFUSALS } from '../../domain/user-rules';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  enterpriseLogin,
  finding,
  fiveItems,
  hazardEnterprise,
  inDays,
  inspect,
  launchCampaign,
  openTaskOf,
  REPORT,
  SIGN_OFF,
  uploadPhoto,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let campaign: LaunchedCampaign;

const CREATE_USER =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id role mustChangePassword enterprise { id } orgUnit { id } } }';
const HAZARD = `query($id: ID!) { node(id: $id) { ... on Hazard { id status reportedOnBehalf reporterName
  rectificationResponsible rectificationFunds rectificationContingencyPlan signedOffAt history { kind actorName } } } }`;

const dbIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]);

/** A hazard found by emergency's staff at its n-th open task: the global id and its enterprise. */
async function hazardAt(n: number, level: 'GENERAL' | 'MAJOR'): Promise<{ hazardId: string; enterpriseId: number }> {
  const task = await openTaskOf(api, campaign.dbId, 'emergency', n);
  const [hazardId] = await inspect(api, task.id, 'emergency.staff', [
    finding(level, level === 'MAJOR' ? '涉及重点监管危险化工工艺的装置未实现自动化控制' : '消防通道堆放杂物'),
  ]);
  if (!hazardId) throw new Error('no hazard found');
  // The hazard's workflow starts right after the inspection's reply.
  await waitFor(
    () =>
      api.env.client.workflow
        .getHandle(`hazard-${dbIdOf(hazardId)}`)
        .describe()
        .then(
          () => true,
          () => false,
        ),
    30_000,
    'the hazard workflow',
  );
  return { hazardId, enterpriseId: await hazardEnterprise(api, hazardId) };
}

beforeAll(async () => {
  api = await startApiEnv();
  campaign = await launchCampaign(api, { name: '企业主体责任测试', industries: ['HAZARDOUS_CHEMICALS', 'METALLURGY'] });
});
afterAll(async () => {
  await api?.teardown();
});

describe('enterprise accounts', () => {
  it('the county office opens one per enterprise; the person must change the initial password before anything else', async () => {
    const admin = await api.login('admin');
    const enterpriseId = api.gid(
      'Enterprise',
      (await api.database.db.selectFrom('enterprise').select('id').orderBy('id').executeTakeFirstOrThrow()).id,
    );
    const username = `qiye-${randomUUID().slice(0, 6)}`;
    const input = {
      username,
      displayName: '李安全',
      role: 'ENTERPRISE',
      enterpriseId,
      initialPassword: 'first-pass-1',
    };
    // The wrong place for a role, a taken name, a weak password, and anyone but the admin: refused, nothing written.
    const users = async () => (await api.database.db.selectFrom('app_user').select('id').execute()).length;
    const before = await users();
    const noEnterprise = await api.gql(CREATE_USER, { input: { ...input, enterpriseId: null } }, admin);
    expect(noEnterprise.errors?.[0]).toMatchObject({
      message: USER_REFUSALS.enterpriseRequired,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const staffInTownship = await api.gql(
      CREATE_USER,
      {
        input: {
          ...input,
          role: 'REGULATOR_STAFF',
          enterpriseId: null,
          orgUnitId: api.gid('OrgUnit', await api.orgId('chengguan')),
        },
      },
      admin,
    );
    expect(codeOf(staffInTownship)).toBe('BAD_USER_INPUT');
    expect(staffInTownship.errors?.[0]?.message).toContain('行业监管部门');
    expect(codeOf(await api.gql(CREATE_USER, { input: { ...input, initialPassword: 'short' } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await api.gql(CREATE_USER, { input }, await api.login('emergency.head')))).toBe('FORBIDDEN');
    expect(await users()).toBe(before);

    const created = await api.gql<{
      createUser: { id: string; role: string; mustChangePassword: boolean; enterprise: { id: string }; orgUnit: null };
    }>(CREATE_USER, { input }, admin);
    expect(created.data?.createUser).toMatchObject({
      role: 'ENTERPRISE',
      mustChangePassword: true,
      enterprise: { id: enterpriseId },
      orgUnit: null,
    });
    expect(codeOf(await api.gql(CREATE_USER, { input }, admin))).toBe('CONFLICT');
    const accounts = await api.gql<{ node: { accounts: { username: string }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Enterprise { accounts { username } } } }',
      { id: enterpriseId },
      admin,
    );
    expect(accounts.data?.node.accounts.map((a) => a.username)).toContain(username);

    const login = await api.gql<{ login: { token: string; user: { mustChangePassword: boolean } } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword } } }',
      { u: username, p: 'first-pass-1' },
    );
    const token = login.data?.login.token ?? '';
    expect(login.data?.login.user.mustChangePassword).toBe(true);
    const blocked = await api.gql('{ myTasks { totalCount } }', {}, token);
    expect(blocked.errors?.[0]).toMatchObject({ message: PASSWORD_CHANGE_REQUIRED, extensions: { code: 'FORBIDDEN' } });
    expect((await api.gql<{ me: { username: string } }>('{ me { username } }', {}, token)).data?.me.username).toBe(
      username,
    );
    const photo = await fetch(`${api.url}/exports/hazards.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(photo.status).toBe(403);

    const wrong = await api.gql(
      'mutation { changePassword(currentPassword: "nope-nope", newPassword: "mine-2026-x") }',
      {},
      token,
    );
    expect(wrong.errors?.[0]?.message).toBe(USER_REFUSALS.currentPasswordWrong);
    const same = await api.gql(
      `mutation { changePassword(currentPassword: "first-pass-1", newPassword: "${username}") }`,
      {},
      token,
    );
    expect(same.errors?.[0]?.message).toBe(USER_REFUSALS.passwordIsUsername);
    const changed = await api.gql(
      'mutation { changePassword(currentPassword: "first-pass-1", newPassword: "mine-2026-x") }',
      {},
      token,
    );
    expect(changed.errors).toBeUndefined();
    expect(codeOf(await api.gql('{ myTasks { totalCount } }', {}, token))).toBeUndefined();
    const actions = await api.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'User')
      .where('subject_id', '=', String(dbIdOf(created.data?.createUser.id ?? '')))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['createUser', 'changePassword']);
  });
});

describe('an enterprise sees only itself', () => {
  it('through node, lists, nested fields, the ledger export, photos and figures; an unannounced inspection stays unseen', async () => {
    const mine = await hazardAt(0, 'GENERAL');
    const theirs = await hazardAt(1, 'GENERAL');
    expect(mine.enterpriseId).not.toBe(theirs.enterpriseId);
    const token = await enterpriseLogin(api, mine.enterpriseId);
    const staff = await api.login('emergency.staff');
    const theirPhoto = await uploadPhoto(api, staff);
    await api.gql(
      REPORT,
      { input: { hazardId: theirs.hazardId, measures: '清理通道', photoIds: [theirPhoto] } },
      staff,
    );

    // node: own hazard yes, another's null; its enterprise, and the other enterprise, likewise.
    const node = async (id: string) =>
      (await api.gql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id }, token)).data
        ?.node ?? null;
    expect(await node(mine.hazardId)).not.toBeNull();
    expect(await node(theirs.hazardId)).toBeNull();
    expect(await node(api.gid('Enterprise', theirs.enterpriseId))).toBeNull();
    expect(await node(api.gid('Enterprise', mine.enterpriseId))).not.toBeNull();

    // Lists: hazards, enterprises, inspections, escalations, campaigns, myTasks.
    const lists = await api.gql<{
      hazards: { edges: { node: { id: string; enterprise: { id: string } } }[] };
      enterprises: { totalCount: number; edges: { node: { id: string } }[] };
      inspections: { edges: { node: { enterprise: { id: string }; hazards: { id: string }[] } }[] };
      escalations: { totalCount: number };
      campaigns: { totalCount: number };
      myTasks: { totalCount: number };
    }>(
      `{ hazards(first: 100) { edges { node { id enterprise { id } } } }
         enterprises(first: 100) { totalCount edges { node { id } } }
         inspections(first: 100) { edges { node { enterprise { id } hazards { id } } } }
         escalations(first: 100) { totalCount } campaigns(first: 100) { totalCount } myTasks(first: 100) { totalCount } }`,
      {},
      token,
    );
    const own = api.gid('Enterprise', mine.enterpriseId);
    expect(lists.errors).toBeUndefined();
    expect(lists.data?.hazards.edges.map((e) => e.node.id)).toEqual([mine.hazardId]);
    expect(lists.data?.enterprises).toMatchObject({ totalCount: 1, edges: [{ node: { id: own } }] });
    expect(lists.data?.inspections.edges.every((e) => e.node.enterprise.id === own)).toBe(true);
    expect(lists.data?.inspections.edges.flatMap((e) => e.node.hazards.map((h) => h.id))).toEqual([mine.hazardId]);
    expect(lists.data?.escalations.totalCount).toBe(0);
    // The campaign it was inspected in; its own inspection tasks are not its to do.
    expect(lists.data?.campaigns.totalCount).toBe(1);
    expect(lists.data?.myTasks.totalCount).toBe(0);

    // An inspection task not yet carried out is not announced (双随机): the enterprise does not see it.
    const openTask = await openTaskOf(api, campaign.dbId, 'emergency', 5);
    expect(await node(openTask.id)).toBeNull();

    // Campaign figures are its own; reports are the government's papers; the county dashboard is not for it.
    const progress = await api.gql<{
      campaign: { progress: { hazardsFound: number; tasksTotal: number }; reports: unknown[] };
    }>(
      'query($id: ID!) { campaign(id: $id) { progress { hazardsFound tasksTotal } reports { id } } }',
      { id: campaign.id },
      token,
    );
    expect(progress.data?.campaign.progress).toEqual({ hazardsFound: 1, tasksTotal: 1 });
    expect(progress.data?.campaign.reports).toEqual([]);
    expect(codeOf(await api.gql('{ dashboard { hazardsFound } }', {}, token))).toBe('FORBIDDEN');

    // Downloads: the ledger holds its own rows only; another enterprise's photo is not found.
    const ledger = await fetch(`${api.url}/exports/hazards.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(ledger.status).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await ledger.arrayBuffer());
    expect(workbook.worksheets[0]?.rowCount).toBe(2);
    const photo = await fetch(`${api.url}/photos/${dbIdOf(theirPhoto)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(photo.status).toBe(404);

    // A report on another enterprise's hazard: not found, nothing written.
    const events = async () => (await api.database.db.selectFrom('hazard_event').select('id').execute()).length;
    const before = await events();
    expect(codeOf(await api.gql(REPORT, { input: { hazardId: theirs.hazardId, measures: '越权' } }, token))).toBe(
      'NOT_FOUND',
    );
    expect(await events()).toBe(before);
  });
});

describe('nobody closes alone', () => {
  it('the enterprise reports with 五落实 and a photo, another person verifies, the county office signs a major hazard off', async () => {
    const { hazardId, enterpriseId } = await hazardAt(2, 'MAJOR');
    const enterprise = await enterpriseLogin(api, enterpriseId);
    const staff = await api.login('emergency.staff');
    const head = await api.login('emergency.head');
    const admin = await api.login('admin');
    const events = async () =>
      (
        await api.database.db
          .selectFrom('hazard_event')
          .select('kind')
          .where('hazard_id', '=', dbIdOf(hazardId))
          .execute()
      ).length;
    const before = await events();

    // Each of 五落实 and the photo is required of a major hazard: refused with its sentence, nothing written.
    const photo = await uploadPhoto(api, enterprise);
    const full = { hazardId, measures: '装置加装 DCS 自动化控制系统并联锁', ...fiveItems(), photoIds: [photo] };
    for (const [missing, sentence] of [
      ['responsible', HAZARD_REFUSALS.responsibleMissing],
      ['funds', HAZARD_REFUSALS.fundsMissing],
      ['completedAt', HAZARD_REFUSALS.completedAtMissing],
      ['contingencyPlan', HAZARD_REFUSALS.contingencyPlanMissing],
      ['photoIds', HAZARD_REFUSALS.photoMissing],
    ] as const) {
      const result = await api.gql(REPORT, { input: { ...full, [missing]: null } }, enterprise);
      expect(result.errors?.[0], missing).toMatchObject({ message: sentence, extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(codeOf(await api.gql(REPORT, { input: { ...full, funds: 12.345 } }, enterprise))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(REPORT, { input: { ...full, completedAt: inDays(1) } }, enterprise))).toBe(
      'BAD_USER_INPUT',
    );
    // A township's officer neither reports nor verifies.
    const township = await api.database.db
      .selectFrom('enterprise')
      .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
      .select('org_unit.code')
      .where('enterprise.id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    const townshipStaff = await api.login(`${township.code}.staff`);
    expect((await api.gql(REPORT, { input: full }, townshipStaff)).errors?.[0]).toMatchObject({
      message: HAZARD_REFUSALS.reporterRole,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await events()).toBe(before);

    const reported = await api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { ...full, idempotencyKey: randomUUID() } },
      enterprise,
    );
    expect(reported.errors).toBeUndefined();
    expect(reported.data?.reportRectification.status).toBe('PENDING_VERIFICATION');
    const shown = await api.gql<{
      node: {
        reportedOnBehalf: boolean;
        reporterName: string;
        rectificationFunds: number;
        rectificationResponsible: string;
      };
    }>(HAZARD, { id: hazardId }, staff);
    expect(shown.data?.node).toMatchObject({
      reportedOnBehalf: false,
      rectificationFunds: 86000.5,
      rectificationResponsible: fiveItems().responsible,
    });
    expect(shown.data?.node.reporterName).toContain('安全员');

    // The enterprise cannot verify its own report, nor sign it off.
    expect(codeOf(await api.gql(VERIFY, { input: { hazardId, passed: true } }, enterprise))).toBe('FORBIDDEN');
    const verified = await api.gql<{ verifyRectification: { status: string } }>(
      VERIFY,
      { input: { hazardId, passed: true, comment: '现场核查，联锁投用' } },
      staff,
    );
    expect(verified.data?.verifyRectification.status).toBe('PENDING_SIGN_OFF');

    // Only the county office signs off: not the verifier, not the regulator's head.
    for (const token of [staff, head, enterprise]) {
      const refused = await api.gql(SIGN_OFF, { input: { hazardId, approved: true } }, token);
      expect(refused.errors?.[0]).toMatchObject({
        message: HAZARD_REFUSALS.signOffByCountyOffice,
        extensions: { code: 'FORBIDDEN' },
      });
    }
    expect(
      codeOf(await api.gql(SIGN_OFF, { input: { hazardId, approved: false, newRectifyBy: inDays(5) } }, admin)),
    ).toBe('BAD_USER_INPUT');
    // Two sign-offs racing: exactly one wins.
    const racing = await Promise.all([
      api.gql(
        SIGN_OFF,
        { input: { hazardId, approved: true, comment: '同意销号', idempotencyKey: randomUUID() } },
        admin,
      ),
      api.gql(
        SIGN_OFF,
        {
          input: {
            hazardId,
            approved: false,
            comment: '资料不全',
            newRectifyBy: inDays(5),
            idempotencyKey: randomUUID(),
          },
        },
        admin,
      ),
    ]);
    expect(racing.map(codeOf).sort()).toEqual(['CONFLICT', undefined].sort());
    const after = await api.gql<{ node: { status: string; history: { kind: string; actorName: string | null }[] } }>(
      HAZARD,
      { id: hazardId },
      admin,
    );
    const last = after.data?.node.history.at(-1)?.kind;
    expect(last === 'SIGNED_OFF' ? 'CLOSED' : 'OPEN').toBe(after.data?.node.status);
    // Reported, verified and signed off by three different people.
    const actors =
      after.data?.node.history.filter((h) => h.kind !== 'FOUND' && h.actorName).map((h) => h.actorName) ?? [];
    expect(new Set(actors).size).toBe(actors.length);
  });

  it('a 代报 is marked, and its reporter may not verify it: one person can no longer report and close', async () => {
    const { hazardId } = await hazardAt(3, 'GENERAL');
    const staff = await api.login('emergency.staff');
    const head = await api.login('emergency.head');
    await api.gql(REPORT, { input: { hazardId, measures: '已清理' } }, staff);
    const shown = await api.gql<{ node: { reportedOnBehalf: boolean } }>(HAZARD, { id: hazardId }, staff);
    expect(shown.data?.node.reportedOnBehalf).toBe(true);
    const events = async () =>
      (
        await api.database.db
          .selectFrom('hazard_event')
          .select('id')
          .where('hazard_id', '=', dbIdOf(hazardId))
          .execute()
      ).length;
    const before = await events();
    const self = await api.gql(VERIFY, { input: { hazardId, passed: true } }, staff);
    expect(self.errors?.[0]).toMatchObject({
      message: HAZARD_REFUSALS.verifierIsReporter,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await events()).toBe(before);
    const passed = await api.gql<{ verifyRectification: { status: string } }>(
      VERIFY,
      { input: { hazardId, passed: true } },
      head,
    );
    expect(passed.data?.verifyRectification.status).toBe('CLOSED');
  });
});

describe('the self-check stage (企业自查)', () => {
  const SELF_CHECK = `mutation($input: SubmitSelfCheckInput!) { submitSelfCheck(input: $input) {
    id answers { answer item { id } } hazards { id source level status rectificationPlan } task { id status } } }`;

  it('the enterprise answers every item and records what it found; the inspector sees it beside the checklist', async () => {
    const template = await api.database.db
      .selectFrom('checklist_template')
      .select('id')
      .where('code', '=', 'HAZARDOUS_CHEMICALS')
      .executeTakeFirst()
      .then(
        async (t) =>
          t ??
          (await api.database.db.selectFrom('checklist_template').select('id').orderBy('id').executeTakeFirstOrThrow()),
      );
    const items = await api.database.db
      .selectFrom('checklist_item')
      .select(['id', 'position'])
      .where('template_id', '=', template.id)
      .orderBy('position')
      .execute();
    const launched = await launchCampaign(api, {
      name: '企业自查测试',
      industries: ['METALLURGY'],
      selfCheckDueAt: inDays(7),
      taskDueAt: inDays(20),
      checklistTemplateId: api.gid('ChecklistTemplate', template.id),
    });
    const selfCheckTask = await api.database.db
      .selectFrom('task')
      .select(['id', 'enterprise_id'])
      .where('campaign_id', '=', launched.dbId)
      .where('kind', '=', 'SELF_CHECK')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const enterprise = await enterpriseLogin(api, selfCheckTask.enterprise_id);
    const inbox = await api.gql<{ myTasks: { edges: { node: { id: string; kind: string } }[] } }>(
      '{ myTasks(first: 50) { edges { node { id kind } } } }',
      {},
      enterprise,
    );
    const taskId = api.gid('Task', selfCheckTask.id);
    expect(inbox.data?.myTasks.edges.map((e) => e.node)).toContainEqual({ id: taskId, kind: 'SELF_CHECK' });

    const [first, ...rest] = items;
    if (!first) throw new Error('an empty checklist');
    const gidItem = (id: number) => api.gid('ChecklistItem', id);
    const answers = [
      { checklistItemId: gidItem(first.id), answer: 'NON_COMPLIANT', note: '培训台账缺两人' },
      ...rest.map((item) => ({ checklistItemId: gidItem(item.id), answer: 'COMPLIANT' })),
    ];
    const hazard = {
      level: 'GENERAL',
      description: '两名新员工未经三级安全教育上岗',
      checklistItemId: gidItem(first.id),
      rectifyBy: inDays(10),
      rectificationPlan: '停岗补训，考核合格后上岗',
    };
    const input = { taskId, answers, hazards: [hazard], notes: '安全总监组织自查', idempotencyKey: randomUUID() };
    const tasksDone = async () =>
      (await api.database.db.selectFrom('self_check').select('id').where('task_id', '=', selfCheckTask.id).execute())
        .length;

    // Refused, nothing written: an item missing, an item of another checklist, a not-met item without its hazard,
    // a hazard without a plan, anyone but the enterprise.
    const refusals = [
      [{ ...input, answers: answers.slice(1) }, 'BAD_USER_INPUT', /尚未作答/],
      [
        { ...input, answers: [...answers, { checklistItemId: gidItem(999_999), answer: 'COMPLIANT' }] },
        'BAD_USER_INPUT',
        /不属于本次检查表/,
      ],
      [{ ...input, hazards: [] }, 'BAD_USER_INPUT', /不符合.*登记对应的隐患/],
      [{ ...input, hazards: [{ ...hazard, rectificationPlan: ' ' }] }, 'BAD_USER_INPUT', /整改方案/],
    ] as const;
    for (const [bad, code, message] of refusals) {
      const result = await api.gql(SELF_CHECK, { input: bad }, enterprise);
      expect(codeOf(result)).toBe(code);
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    // The regulator sees the self-check task (it supervises it) but may not answer for the enterprise.
    const byRegulator = await api.gql(SELF_CHECK, { input }, await api.login('emergency.staff'));
    expect(byRegulator.errors?.[0]).toMatchObject({
      message: SELF_CHECK_REFUSALS.onlyTheEnterprise,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await tasksDone()).toBe(0);

    const submitted = await api.gql<{
      submitSelfCheck: {
        answers: unknown[];
        hazards: { id: string; source: string; rectificationPlan: string }[];
        task: { status: string };
      };
    }>(SELF_CHECK, { input }, enterprise);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitSelfCheck.answers).toHaveLength(items.length);
    expect(submitted.data?.submitSelfCheck.hazards).toMatchObject([
      { source: 'SELF_CHECK', rectificationPlan: hazard.rectificationPlan },
    ]);
    expect(submitted.data?.submitSelfCheck.task.status).toBe('DONE');
    // The same click again returns the first; another submission is a conflict.
    expect((await api.gql(SELF_CHECK, { input }, enterprise)).errors).toBeUndefined();
    const again = await api.gql(SELF_CHECK, { input: { ...input, idempotencyKey: randomUUID() } }, enterprise);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(await tasksDone()).toBe(1);

    // The regulator's inspector reads the self-check beside the inspection task of the same enterprise.
    const inspection = await api.database.db
      .selectFrom('task')
      .innerJoin('org_unit', 'org_unit.id', 'task.assignee_org_id')
      .select(['task.id', 'org_unit.code'])
      .where('task.campaign_id', '=', launched.dbId)
      .where('task.kind', '=', 'INSPECT')
      .where('task.enterprise_id', '=', selfCheckTask.enterprise_id)
      .executeTakeFirstOrThrow();
    const beside = await api.gql<{ node: { selfCheck: { answers: { answer: string }[]; hazards: { id: string }[] } } }>(
      'query($id: ID!) { node(id: $id) { ... on Task { selfCheck { answers { answer } hazards { id } } } } }',
      { id: api.gid('Task', inspection.id) },
      await api.login(`${inspection.code}.staff`),
    );
    expect(beside.data?.node.selfCheck.answers.filter((a) => a.answer === 'NON_COMPLIANT')).toHaveLength(1);
    expect(beside.data?.node.selfCheck.hazards).toHaveLength(1);
  });
});
