// Every operation of API.md, happy path, over HTTP against a real server, PostgreSQL and Temporal dev server.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE_REFUSALS } from '../../domain/enterprise-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  finding,
  inDays,
  inspect,
  launchCampaign,
  MY_TASKS,
  openTaskOf,
  REPORT,
  SUBMIT,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let campaign: LaunchedCampaign;

beforeAll(async () => {
  api = await startApiEnv();
  campaign = await launchCampaign(api, { name: '危化品和建筑施工重大事故隐患专项排查整治' });
});
afterAll(async () => {
  await api?.teardown();
});

describe('sessions', () => {
  it('logs in, answers me, and logs out', async () => {
    const login = await api.gql<{
      login: { token: string; user: { username: string; role: string; orgUnit: { code: string } } };
    }>(
      'mutation { login(username: "emergency.staff", password: "demo-2026") { token user { username role orgUnit { code } } } }',
    );
    expect(login.data?.login.user).toEqual({
      username: 'emergency.staff',
      role: 'REGULATOR_STAFF',
      orgUnit: { code: 'emergency' },
    });
    const token = login.data?.login.token ?? '';
    expect((await api.gql<{ me: { username: string } }>('{ me { username } }', {}, token)).data?.me.username).toBe(
      'emergency.staff',
    );
    expect((await api.gql<{ logout: boolean }>('mutation { logout }', {}, token)).data?.logout).toBe(true);
    expect((await api.gql<{ me: null }>('{ me { username } }', {}, token)).data?.me).toBeNull();
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await api.gql('mutation { login(username: "nobody", password: "x") { token } }');
    const wrong = await api.gql('mutation { login(username: "housing.staff", password: "wrong") { token } }');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('refuses a guessing client for a while after 5 failures and says when to retry', async () => {
    const attempt = (username: string) =>
      api.gql('mutation($u: String!) { login(username: $u, password: "wrong") { token } }', { u: username });
    // Each failure past the fifth doubles the wait (1 s, 2 s, 4 s …): within a few attempts one is refused.
    const refusedAfter = async (username: string) => {
      for (let i = 1; i <= 12; i += 1) {
        const result = await attempt(username);
        expect(codeOf(result)).toBe('UNAUTHENTICATED');
        const message = result.errors?.[0]?.message ?? '';
        if (message !== '用户名或密码错误') return { tries: i, message, result };
      }
      throw new Error(`${username} was never refused`);
    };
    const { tries, message, result } = await refusedAfter('transport.staff');
    expect(tries).toBeGreaterThan(5);
    expect(message).toMatch(/^登录失败次数过多，请 \d+ 秒后重试$/u);
    const extensions: Record<string, unknown> = result.errors?.[0]?.extensions ?? {};
    expect(Date.parse(String(extensions.retryAfter))).toBeGreaterThan(Date.now() - 1_000);
  });
});

describe('registry', () => {
  it('lists org units, checklist templates and enterprises with filters and totalCount', async () => {
    const token = await api.login('admin');
    const units = await api.gql<{ orgUnits: { code: string }[] }>('{ orgUnits(kind: TOWNSHIP) { code } }', {}, token);
    expect(units.data?.orgUnits.map((u) => u.code)).toContain('chengguan');
    const templates = await api.gql<{ checklistTemplates: { name: string; items: { text: string }[] }[] }>(
      '{ checklistTemplates { name items { text } } }',
      {},
      token,
    );
    expect(templates.data?.checklistTemplates.length).toBeGreaterThan(0);
    expect(templates.data?.checklistTemplates[0]?.items.length).toBeGreaterThan(5);
    const all = await api.gql<{ enterprises: { totalCount: number } }>(
      '{ enterprises(first: 5) { totalCount } }',
      {},
      token,
    );
    expect(all.data?.enterprises.totalCount).toBe(300);
    const chem = await api.gql<{
      enterprises: {
        totalCount: number;
        edges: { node: { industry: string; regulator: { code: string } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(
      '{ enterprises(first: 3, filter: { industries: [HAZARDOUS_CHEMICALS] }) { totalCount pageInfo { hasNextPage endCursor } edges { node { industry regulator { code } } } } }',
      {},
      token,
    );
    const page = chem.data?.enterprises;
    expect(
      page?.edges.every((e) => e.node.industry === 'HAZARDOUS_CHEMICALS' && e.node.regulator.code === 'emergency'),
    ).toBe(true);
    const next = await api.gql<{ enterprises: { edges: unknown[] } }>(
      'query($after: String) { enterprises(first: 3, after: $after, filter: { industries: [HAZARDOUS_CHEMICALS] }) { edges { cursor } } }',
      { after: page?.pageInfo.endCursor },
      token,
    );
    expect(next.data?.enterprises.edges.length).toBe(Math.min(3, (page?.totalCount ?? 0) - 3));
  });

  it('registers an enterprise with a valid credit code, refuses a bad or duplicate one', async () => {
    const token = await api.login('admin');
    const uscc = makeEnterpriseUscc('130999', 987_654);
    const input = {
      uscc,
      name: '清河县测试化工有限公司',
      industry: 'HAZARDOUS_CHEMICALS',
      townshipId: api.gid('OrgUnit', await api.orgId('kaifaqu')),
    };
    const create = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id uscc regulator { code } township { code } } }`;
    const created = await api.gql<{
      createEnterprise: { uscc: string; regulator: { code: string }; township: { code: string } };
    }>(create, { input }, token);
    expect(created.data?.createEnterprise).toMatchObject({
      uscc,
      regulator: { code: 'emergency' },
      township: { code: 'kaifaqu' },
    });
    expect(codeOf(await api.gql(create, { input }, token))).toBe('CONFLICT');
    const badCode = await api.gql(
      create,
      { input: { ...input, uscc: `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}` } },
      token,
    );
    expect(codeOf(badCode)).toBe('BAD_USER_INPUT');
    expect(badCode.errors?.[0]?.message).toContain('统一社会信用代码');
    // The lists are decided (黑名单) or follow the grades (红名单), never typed in at registration.
    const listed = await api.gql(
      create,
      { input: { ...input, uscc: makeEnterpriseUscc('130999', 987_655), listStatus: 'BLACK' } },
      token,
    );
    expect(codeOf(listed)).toBe('BAD_USER_INPUT');
    expect(listed.errors?.[0]?.message).toBe(ENTERPRISE_REFUSALS.listStatusByDecision);
  });
});

describe('campaigns', () => {
  it('lists the campaign with its progress, scope and tasks', async () => {
    const token = await api.login('admin');
    const result = await api.gql<{
      campaigns: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            status: string;
            industries: string[];
            progress: { tasksTotal: number; rectificationRate: number };
            tasks: { totalCount: number };
          };
        }[];
      };
    }>(
      '{ campaigns(first: 10, status: [ACTIVE]) { totalCount edges { node { id status industries progress { tasksTotal rectificationRate } tasks(first: 2) { totalCount } } } } }',
      {},
      token,
    );
    const node = result.data?.campaigns.edges.find((e) => e.node.id === campaign.id)?.node;
    expect(node?.status).toBe('ACTIVE');
    expect(node?.industries).toEqual(['HAZARDOUS_CHEMICALS', 'CONSTRUCTION']);
    expect(node?.progress.tasksTotal).toBeGreaterThan(0);
    expect(node?.tasks.totalCount).toBe(node?.progress.tasksTotal);
    expect(node?.progress.rectificationRate).toBe(1);
    const one = await api.gql<{ campaign: { name: string }; node: { id: string } }>(
      'query($id: ID!) { campaign(id: $id) { name } node(id: $id) { id } }',
      { id: campaign.id },
      token,
    );
    expect(one.data?.campaign.name).toBe('危化品和建筑施工重大事故隐患专项排查整治');
    expect(one.data?.node.id).toBe(campaign.id);
  });

  it('a launch retried with its idempotency key creates one campaign', async () => {
    const token = await api.login('admin');
    const input = {
      name: '幂等发起测试',
      kind: 'SPECIAL_INSPECTION',
      endsAt: inDays(20),
      industries: ['GAS'],
      idempotencyKey: randomUUID(),
    };
    const launch = 'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }';
    const [first, second] = await Promise.all([
      api.gql<{ launchCampaign: { id: string } }>(launch, { input }, token),
      api.gql<{ launchCampaign: { id: string } }>(launch, { input }, token),
    ]);
    expect(first.data?.launchCampaign.id).toBeDefined();
    expect(second.data?.launchCampaign.id).toBe(first.data?.launchCampaign.id);
    const rows = await api.database.db.selectFrom('campaign').select('id').where('name', '=', '幂等发起测试').execute();
    expect(rows).toHaveLength(1);
  });

  it('pauses, resumes, extends and cancels through the workflow, each audited', async () => {
    const token = await api.login('admin');
    const steer = await launchCampaign(api, { name: '操控测试', industries: ['GAS'] });
    const pause = await api.gql<{ pauseCampaign: { status: string } }>(
      'mutation($id: ID!) { pauseCampaign(id: $id, reason: "春节假期暂停") { status } }',
      { id: steer.id },
      token,
    );
    expect(pause.data?.pauseCampaign.status).toBe('PAUSED');
    const again = await api.gql(
      'mutation($id: ID!) { pauseCampaign(id: $id, reason: "重复") { status } }',
      { id: steer.id },
      token,
    );
    expect(codeOf(again)).toBe('CONFLICT');
    const resume = await api.gql<{ resumeCampaign: { status: string } }>(
      'mutation($id: ID!) { resumeCampaign(id: $id) { status } }',
      { id: steer.id },
      token,
    );
    expect(resume.data?.resumeCampaign.status).toBe('ACTIVE');
    const endsAt = inDays(150);
    const extend = await api.gql<{ extendCampaign: { endsAt: string } }>(
      'mutation($id: ID!, $endsAt: DateTime!) { extendCampaign(id: $id, endsAt: $endsAt, reason: "任务量大，延期") { endsAt } }',
      { id: steer.id, endsAt },
      token,
    );
    expect(extend.data?.extendCampaign.endsAt).toBe(endsAt);
    const cancel = await api.gql<{
      cancelCampaign: { status: string; tasks: { edges: { node: { status: string } }[] } };
    }>(
      'mutation($id: ID!) { cancelCampaign(id: $id, reason: "并入其他行动") { status tasks(first: 50) { edges { node { status } } } } }',
      { id: steer.id },
      token,
    );
    expect(cancel.data?.cancelCampaign.status).toBe('CANCELLED');
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('task')
            .select('id')
            .where('campaign_id', '=', steer.dbId)
            .where('status', '=', 'OPEN')
            .execute()
        ).length === 0,
      30_000,
      'tasks cancelled',
    );
    const audit = await api.gql<{ auditLog: { action: string; actorName: string | null }[] }>(
      'query($id: ID!) { auditLog(subjectId: $id) { action actorName } }',
      { id: steer.id },
      token,
    );
    expect(audit.data?.auditLog.map((a) => a.action)).toEqual(
      expect.arrayContaining(['launchCampaign', 'pauseCampaign', 'resumeCampaign', 'extendCampaign', 'cancelCampaign']),
    );
  });
});

describe('the closed loop', () => {
  it('inspection → hazards → rectification → rejected → again → verified closed, with history, escalations, figures and audit', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency');
    const staff = await api.login('emergency.staff');
    const inbox = await api.gql<{
      myTasks: { totalCount: number; edges: { node: { id: string; assignee: { code: string } } }[] };
    }>(MY_TASKS, { first: 100, status: ['OPEN'] }, staff);
    expect(inbox.data?.myTasks.edges.map((e) => e.node.id)).toContain(task.id);
    expect(inbox.data?.myTasks.edges.every((e) => e.node.assignee.code === 'emergency')).toBe(true);

    const key = randomUUID();
    const input = {
      taskId: task.id,
      inspectorCount: 3,
      findings: [
        finding('GENERAL', '配电箱未接地'),
        finding('MAJOR', '涉及重点监管危险化工工艺的装置未实现自动化控制'),
      ],
      idempotencyKey: key,
    };
    const submitted = await api.gql<{
      submitInspection: {
        id: string;
        hazards: { id: string; level: string; status: string }[];
        task: { status: string };
      };
    }>(SUBMIT, { input }, staff);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitInspection.task.status).toBe('DONE');
    const [general, major] = submitted.data?.submitInspection.hazards ?? [];
    expect(general?.level).toBe('GENERAL');
    expect(major?.level).toBe('MAJOR');
    // The same click again: the first result, nothing new.
    const retried = await api.gql<{ submitInspection: { id: string } }>(SUBMIT, { input }, staff);
    expect(retried.data?.submitInspection.id).toBe(submitted.data?.submitInspection.id);
    expect(codeOf(await api.gql(SUBMIT, { input: { ...input, idempotencyKey: randomUUID() } }, staff))).toBe(
      'CONFLICT',
    );
    expect(
      await api.database.db.selectFrom('inspection').select('id').where('task_id', '=', task.dbId).execute(),
    ).toHaveLength(1);

    const hazardId = general?.id ?? '';
    const reported = await api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { hazardId, measures: '已重新敷设接地线并检测合格' } },
      staff,
    );
    expect(reported.data?.reportRectification.status).toBe('PENDING_VERIFICATION');
    const newRectifyBy = inDays(5);
    // Nobody verifies their own report (代报 included): the head verifies what the staff entered.
    const head = await api.login('emergency.head');
    const rejected = await api.gql<{ verifyRectification: { status: string; rectifyBy: string } }>(
      VERIFY,
      { input: { hazardId, passed: false, comment: '接地电阻仍超标', newRectifyBy } },
      head,
    );
    expect(rejected.data?.verifyRectification).toMatchObject({ status: 'OPEN', rectifyBy: newRectifyBy });
    await api.gql(REPORT, { input: { hazardId, measures: '更换接地极，复测 3.2Ω' } }, staff);
    const passed = await api.gql<{ verifyRectification: { status: string } }>(
      VERIFY,
      { input: { hazardId, passed: true, comment: '复核合格，予以销号' } },
      head,
    );
    expect(passed.data?.verifyRectification.status).toBe('CLOSED');

    const detail = await api.gql<{
      node: {
        status: string;
        history: { kind: string; actorName: string | null }[];
        enterprise: { name: string };
        campaign: { id: string };
      };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Hazard { status history { kind actorName } enterprise { name } campaign { id } } } }',
      { id: hazardId },
      staff,
    );
    expect(detail.data?.node.history.map((h) => h.kind)).toEqual([
      'FOUND',
      'RECTIFICATION_REPORTED',
      'VERIFICATION_REJECTED',
      'RECTIFICATION_REPORTED',
      'VERIFICATION_PASSED',
    ]);
    expect(detail.data?.node.campaign.id).toBe(campaign.id);

    // A major hazard is under county listed supervision at once: an escalation to the county office.
    const admin = await api.login('admin');
    await waitFor(
      async () => {
        const board = await api.gql<{
          escalations: { edges: { node: { hazard: { id: string } | null; level: string } }[] };
        }>('{ escalations(first: 50, status: [OPEN]) { edges { node { level hazard { id } } } } }', {}, admin);
        return Boolean(
          board.data?.escalations.edges.some(
            (e) => e.node.hazard?.id === major?.id && e.node.level === 'COUNTY_OFFICE',
          ),
        );
      },
      30_000,
      'the listed-supervision escalation',
    );
    const board = await api.gql<{ escalations: { edges: { node: { id: string; hazard: { id: string } | null } }[] } }>(
      '{ escalations(first: 50, status: [OPEN], level: COUNTY_OFFICE) { edges { node { id hazard { id } } } } }',
      {},
      admin,
    );
    const escalationId = board.data?.escalations.edges.find((e) => e.node.hazard?.id === major?.id)?.node.id;
    const ack = await api.gql<{ acknowledgeEscalation: { status: string; acknowledgeComment: string } }>(
      'mutation($id: ID!) { acknowledgeEscalation(id: $id, comment: "已安排专人督办") { status acknowledgeComment } }',
      { id: escalationId },
      admin,
    );
    expect(ack.data?.acknowledgeEscalation).toEqual({ status: 'ACKNOWLEDGED', acknowledgeComment: '已安排专人督办' });

    const ledger = await api.gql<{ hazards: { totalCount: number } }>(
      'query($c: ID!) { hazards(filter: { campaignId: $c, status: [CLOSED] }) { totalCount } }',
      { c: campaign.id },
      admin,
    );
    expect(ledger.data?.hazards.totalCount).toBe(1);
    const dash = await api.gql<{
      dashboard: {
        inspections: number;
        inspectorsDispatched: number;
        hazardsFound: number;
        hazardsClosed: number;
        majorHazards: number;
        majorHazardsOpen: number;
        rectificationRate: number;
        byRegulator: { name: string; hazardsFound: number }[];
        byIndustry: { key: string }[];
      };
    }>(
      'query($c: ID!) { dashboard(filter: { campaignId: $c }) { inspections inspectorsDispatched hazardsFound hazardsClosed majorHazards majorHazardsOpen rectificationRate byRegulator { name hazardsFound } byIndustry { key } } }',
      { c: campaign.id },
      admin,
    );
    expect(dash.data?.dashboard).toMatchObject({
      inspections: 1,
      inspectorsDispatched: 3,
      hazardsFound: 2,
      hazardsClosed: 1,
      majorHazards: 1,
      majorHazardsOpen: 1,
      rectificationRate: 0.5,
    });
    // Every regulator has a row, the idle ones too ("who lags"); only one found hazards in this campaign.
    expect(dash.data?.dashboard.byRegulator.filter((r) => r.hazardsFound > 0)).toEqual([
      { name: '应急管理局', hazardsFound: 2 },
    ]);
    expect(dash.data?.dashboard.byRegulator.length).toBeGreaterThan(3);
    const audit = await api.gql<{ auditLog: { action: string; requestId: string | null }[] }>(
      'query($id: ID!) { auditLog(subjectId: $id) { action requestId } }',
      { id: hazardId },
      admin,
    );
    expect(audit.data?.auditLog.map((a) => a.action)).toEqual([
      'verifyRectification',
      'reportRectification',
      'verifyRectification',
      'reportRectification',
    ]);
    expect(audit.data?.auditLog.every((a) => a.requestId)).toBe(true);
  });

  it('uploads a photo and attaches it to a finding; the photo is served to who may see the hazard', async () => {
    const staff = await api.login('housing.staff');
    const task = await openTaskOf(api, campaign.dbId, 'housing');
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: 'mutation($file: File!) { uploadPhoto(file: $file) { id url contentType } }',
        variables: { file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([png], { type: 'image/png' }), 'scaffold.png');
    const upload = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff}`, 'x-graphql-csrf': '1' },
      body: form,
    });
    const uploaded = (await upload.json()) as {
      data: { uploadPhoto: { id: string; url: string; contentType: string } };
    };
    expect(uploaded.data.uploadPhoto.contentType).toBe('image/png');
    const hazards = await api.gql<{ submitInspection: { hazards: { id: string }[] } }>(
      SUBMIT,
      {
        input: {
          taskId: task.id,
          inspectorCount: 2,
          findings: [{ ...finding('GENERAL', '脚手架连墙件缺失'), photoIds: [uploaded.data.uploadPhoto.id] }],
        },
      },
      staff,
    );
    const hazardId = hazards.data?.submitInspection.hazards[0]?.id;
    const withPhotos = await api.gql<{ node: { photos: { url: string; step: string }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Hazard { photos { url step } } } }',
      { id: hazardId },
      staff,
    );
    expect(withPhotos.data?.node.photos).toEqual([{ url: uploaded.data.uploadPhoto.url, step: 'FOUND' }]);
    const served = await fetch(`${api.url}${uploaded.data.uploadPhoto.url}`, {
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const other = await fetch(`${api.url}${uploaded.data.uploadPhoto.url}`, {
      headers: { authorization: `Bearer ${await api.login('emergency.staff')}` },
    });
    expect(other.status).toBe(404);
  });

  it('exports the hazard ledger as xlsx over HTTP', async () => {
    const response = await fetch(`${api.url}/exports/hazards.xlsx?campaignId=${encodeURIComponent(campaign.id)}`, {
      headers: { authorization: `Bearer ${await api.login('leader')}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });
});

describe('inbox order and pages', () => {
  it('pages through myTasks with cursors and counts', async () => {
    const staff = await api.login('emergency.staff');
    const first = await api.gql<{
      myTasks: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { id: string } }[];
      };
    }>(MY_TASKS, { first: 2 }, staff);
    expect(first.data?.myTasks.edges).toHaveLength(2);
    expect(first.data?.myTasks.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql<{ myTasks: { edges: { node: { id: string } }[] } }>(
      'query($after: String) { myTasks(first: 2, after: $after) { edges { node { id } } } }',
      { after: first.data?.myTasks.pageInfo.endCursor },
      staff,
    );
    expect(next.data?.myTasks.edges.map((e) => e.node.id)).not.toContain(first.data?.myTasks.edges[0]?.node.id);
  });

  it('hazards of a township are those of its enterprises', async () => {
    const township = await api.login('kaifaqu.staff');
    const result = await api.gql<{ hazards: { edges: { node: { township: { code: string } } }[] } }>(
      '{ hazards(first: 50) { edges { node { township { code } } } } }',
      {},
      township,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.hazards.edges.every((e) => e.node.township.code === 'kaifaqu')).toBe(true);
  });
});

export { inspect };
