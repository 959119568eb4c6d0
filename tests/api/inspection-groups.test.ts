// 检查组 and 综合查一次 over GraphQL: a campaign sends 应急管理局 and 消防救援大队 to the same chemical plants in the same
// month; each unit sees the joint visit proposed, the refusals change nothing, one group is formed (once per key) and
// records both departments' inspections in one visit; the dashboard, the budget and the enterprise's log follow.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countyPeriodContaining } from '../../domain/county-reports';
import { INSPECTION_GROUP_REFUSALS } from '../../domain/inspection-groups';
import type { Viewer } from '../../services/auth';
import { createCountyReportService } from '../../services/county-reports';
import { codeOf, enterpriseLogin, finding, inDays, launchCampaign } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';

let api: ApiEnv;
let enterpriseId = 0;
let emergencyTask = '';
let fireTask = '';
let groupId = '';

const PROPOSALS = `{ jointVisitProposals { enterpriseId enterpriseName month mayOrganise units { name }
  tasks { id unitName origin status } budget { cap done planned total over totalIfJoint } candidates { id name unitName } } }`;
const CREATE = `mutation($input: InspectionGroupInput!) { createInspectionGroup(input: $input) {
  id name visitDate leader { name } members { name unitName } enterprises { name } tasks { id unitName status } } }`;
// What a member of another unit reads back: the inspection, not the other unit's task or hazards (outside its scope).
const SUBMIT = `mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) { id inspectorCount groupName unit { name } } }`;
const GROUPS = '{ inspectionGroups(first: 10) { totalCount edges { node { id name } } } }';

interface Proposal {
  enterpriseId: string;
  mayOrganise: boolean;
  enterpriseName: string;
  month: string;
  units: { name: string }[];
  tasks: { id: string; unitName: string; origin: string; status: string }[];
  budget: { cap: number; done: number; planned: number; total: number; over: boolean; totalIfJoint: number };
  candidates: { id: string; name: string; unitName: string }[];
}

const userGid = async (username: string) => {
  const row = await api.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return api.gid('User', row.id);
};

async function counts() {
  const db = api.database.db;
  const n = async (table: 'inspection_group' | 'inspection_group_member' | 'inspection_group_task' | 'inspection') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    groups: await n('inspection_group'),
    members: await n('inspection_group_member'),
    tasks: await n('inspection_group_task'),
    // Logins write audit rows too: only the groups' own.
    audit: Number(
      (
        await db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'createInspectionGroup')
          .executeTakeFirstOrThrow()
      ).n,
    ),
    inspections: await n('inspection'),
  };
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
  // One campaign, two departments at each chemical plant: the lead (应急管理局) and fire safety (消防救援大队).
  const campaign = await launchCampaign(api, {
    name: '危化品企业安全生产和消防安全专项检查',
    industries: ['HAZARDOUS_CHEMICALS'],
    topics: ['INDUSTRY', 'FIRE_SAFETY'],
    taskDueAt: inDays(20),
  });
  const db = api.database.db;
  const [emergency, fire] = [await api.orgId('emergency'), await api.orgId('fire')];
  const first = await db
    .selectFrom('task')
    .select(['enterprise_id'])
    .where('campaign_id', '=', campaign.dbId)
    .where('assignee_org_id', '=', fire)
    .orderBy('enterprise_id')
    .executeTakeFirstOrThrow();
  enterpriseId = first.enterprise_id;
  const taskOf = async (unit: number) =>
    (
      await db
        .selectFrom('task')
        .select('id')
        .where('campaign_id', '=', campaign.dbId)
        .where('enterprise_id', '=', enterpriseId)
        .where('assignee_org_id', '=', unit)
        .executeTakeFirstOrThrow()
    ).id;
  emergencyTask = api.gid('Task', await taskOf(emergency));
  fireTask = api.gid('Task', await taskOf(fire));
}, 180_000);

afterAll(async () => {
  await api?.teardown();
});

describe('joint visits (综合查一次) over GraphQL', () => {
  it('proposes the visit to each department involved and the county, not to others nor the enterprise', async () => {
    const proposalOf = async (username: string) => {
      const result = await api.gql<{ jointVisitProposals: Proposal[] }>(PROPOSALS, {}, await api.login(username));
      expect(result.errors).toBeUndefined();
      return result.data?.jointVisitProposals.find((p) => p.enterpriseId === api.gid('Enterprise', enterpriseId));
    };
    const seen = await proposalOf('emergency.head');
    expect(seen?.tasks.map((t) => t.id).sort()).toEqual([emergencyTask, fireTask].sort());
    expect(seen?.units.map((u) => u.name).sort()).toEqual(['应急管理局', '消防救援大队'].sort());
    expect(seen?.tasks[0]?.origin).toBe('「危化品企业安全生产和消防安全专项检查」');
    // Two units' tasks planned this quarter: two visits; one joint visit would make them one.
    expect(seen?.budget).toMatchObject({ cap: 2, done: 0, planned: 2, totalIfJoint: 1 });
    // The people who may go: both departments' heads and staff (and the county office).
    expect(seen?.candidates.map((c) => c.unitName)).toEqual(expect.arrayContaining(['应急管理局', '消防救援大队']));
    expect(seen?.candidates.map((c) => c.unitName)).not.toContain('交通运输局');
    expect(seen?.mayOrganise).toBe(true);
    expect((await proposalOf('fire.staff'))?.mayOrganise).toBe(false);
    expect((await proposalOf('leader'))?.mayOrganise).toBe(false);
    expect(await proposalOf('transport.head')).toBeUndefined();
    const enterprise = await enterpriseLogin(api, enterpriseId);
    expect(codeOf(await api.gql(PROPOSALS, {}, enterprise))).toBe('FORBIDDEN');
  });

  it('refuses a group from staff, from a unit with no task there, too small, with outsiders or a unit left out, in the past: nothing changes', async () => {
    const input = async () => ({
      name: '危化品企业联合检查组',
      visitDate: new Date().toISOString(),
      memberIds: [await userGid('emergency.staff'), await userGid('fire.staff')],
      taskIds: [emergencyTask, fireTask],
      idempotencyKey: randomUUID(),
    });
    const head = await api.login('emergency.head');
    const before = await counts();
    const refused = async (token: string, change: Record<string, unknown>) =>
      (await api.gql(CREATE, { input: { ...(await input()), ...change } }, token)).errors?.[0];

    expect(await refused(await api.login('emergency.staff'), {})).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.creatorRole,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await refused(await api.login('transport.head'), {})).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.noOwnTask,
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await refused(head, { memberIds: [await userGid('emergency.staff')] })).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.tooFewMembers,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      await refused(head, { memberIds: [await userGid('emergency.staff'), await userGid('transport.staff')] }),
    ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('不是参加单位') });
    expect(
      await refused(head, { memberIds: [await userGid('emergency.staff'), await userGid('emergency.head')] }),
    ).toMatchObject({ message: INSPECTION_GROUP_REFUSALS.unitWithoutMember('消防救援大队') });
    expect(await refused(head, { visitDate: inDays(-2) })).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.visitInPast,
    });
    expect(await refused(head, { visitDate: inDays(25) })).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.taskDueBeforeVisit(1),
    });
    expect(await refused(head, { taskIds: [emergencyTask, api.gid('Task', 999_999)] })).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await refused(head, { leaderId: await userGid('fire.head') })).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.leaderNotMember,
    });
    expect(await counts()).toEqual(before);
  });

  it('forms one group for both departments, once per key; the task cannot join a second group', async () => {
    const head = await api.login('emergency.head');
    const before = await counts();
    const input = {
      name: '危化品企业联合检查组',
      visitDate: new Date().toISOString(),
      memberIds: [await userGid('emergency.staff'), await userGid('fire.staff')],
      leaderId: await userGid('emergency.staff'),
      taskIds: [emergencyTask, fireTask],
      idempotencyKey: randomUUID(),
    };
    const created = await api.gql<{ createInspectionGroup: { id: string; leader: { name: string } } }>(
      CREATE,
      { input },
      head,
    );
    expect(created.errors).toBeUndefined();
    groupId = created.data?.createInspectionGroup.id ?? '';
    expect(created.data?.createInspectionGroup).toMatchObject({
      leader: { name: '应急管理局执法人员' },
      members: [
        { name: '应急管理局执法人员', unitName: '应急管理局' },
        { name: '消防救援大队执法人员', unitName: '消防救援大队' },
      ],
      tasks: expect.arrayContaining([{ id: fireTask, unitName: '消防救援大队', status: 'OPEN' }]),
    });
    const again = await api.gql<{ createInspectionGroup: { id: string } }>(CREATE, { input }, head);
    expect(again.data?.createInspectionGroup.id).toBe(groupId);
    expect(await counts()).toEqual({
      ...before,
      groups: before.groups + 1,
      members: before.members + 2,
      tasks: before.tasks + 2,
      audit: before.audit + 1,
    });
    const second = await api.gql(
      CREATE,
      { input: { ...input, idempotencyKey: randomUUID(), taskIds: [emergencyTask] } },
      head,
    );
    expect(second.errors?.[0]).toMatchObject({
      message: INSPECTION_GROUP_REFUSALS.taskInGroup(1),
      extensions: { code: 'CONFLICT' },
    });
    // The members are told where and when they go, the fire department that its task joined; the enterprise nothing.
    const inbox = async (token: string) =>
      (
        await api.gql<{ notifications: { edges: { node: { kind: string; title: string; body: string } }[] } }>(
          '{ notifications(first: 20) { edges { node { kind title body } } } }',
          {},
          token,
        )
      ).data?.notifications.edges.map((e) => e.node) ?? [];
    const fireStaff = (await inbox(await api.login('fire.staff'))).filter((n) => n.kind === 'INSPECTION_GROUP_FORMED');
    expect(fireStaff.map((n) => n.title).sort()).toEqual(['检查任务已编入检查组', '检查组派出通知']);
    expect(fireStaff.find((n) => n.title === '检查组派出通知')?.body).toContain('联合检查（');
    const enterpriseInbox = await inbox(await enterpriseLogin(api, enterpriseId));
    expect(enterpriseInbox.filter((n) => n.kind === 'INSPECTION_GROUP_FORMED')).toEqual([]);
    // The proposal is taken: no longer proposed.
    const proposals = await api.gql<{ jointVisitProposals: Proposal[] }>(PROPOSALS, {}, head);
    expect(proposals.data?.jointVisitProposals.map((p) => p.enterpriseId)).not.toContain(
      api.gid('Enterprise', enterpriseId),
    );
    // Who reads the group: both departments and the county, not another department.
    const listed = async (username: string) =>
      (
        await api.gql<{ inspectionGroups: { edges: { node: { id: string } }[] } }>(
          GROUPS,
          {},
          await api.login(username),
        )
      ).data?.inspectionGroups.edges.map((e) => e.node.id);
    expect(await listed('fire.head')).toContain(groupId);
    expect(await listed('leader')).toContain(groupId);
    expect(await listed('transport.head')).toEqual([]);
  });

  it('records both departments’ inspections in one visit by the group’s members; an outsider cannot', async () => {
    const submit = (taskId: string, token: string, findings: ReturnType<typeof finding>[]) =>
      api.gql<{ submitInspection: { id: string; inspectorCount: number; unit: { name: string } } }>(
        SUBMIT,
        { input: { taskId, inspectorCount: 2, findings, notes: '联合检查', idempotencyKey: randomUUID() } },
        token,
      );
    expect(codeOf(await submit(fireTask, await api.login('transport.staff'), []))).toBe('NOT_FOUND');
    // The emergency department's inspector records the fire department's findings, and the other way round.
    const fireRecorded = await submit(fireTask, await api.login('emergency.staff'), [
      finding('GENERAL', '消防控制室值班人员未持证上岗'),
    ]);
    expect(fireRecorded.errors).toBeUndefined();
    expect(fireRecorded.data?.submitInspection).toMatchObject({
      groupName: '危化品企业联合检查组',
      unit: { name: '消防救援大队' },
    });
    const emergencyRecorded = await submit(emergencyTask, await api.login('fire.staff'), [
      finding('GENERAL', '危化品仓库未设置防爆照明'),
      finding('GENERAL', '储罐区安全警示标志缺失'),
    ]);
    expect(emergencyRecorded.errors).toBeUndefined();
    const db = api.database.db;
    const rows = await db
      .selectFrom('inspection')
      .innerJoin('task', 'task.id', 'inspection.task_id')
      .select(['inspection.inspection_group_id', 'task.assignee_org_id', 'task.status'])
      .where('inspection.enterprise_id', '=', enterpriseId)
      .execute();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.inspection_group_id)).size).toBe(1);
    expect(rows.every((r) => r.inspection_group_id !== null && r.status === 'DONE')).toBe(true);
    // The hazards are each department's own.
    const hazards = await db
      .selectFrom('hazard')
      .select(['regulator_id'])
      .where('enterprise_id', '=', enterpriseId)
      .execute();
    const [fire, emergency] = [await api.orgId('fire'), await api.orgId('emergency')];
    expect(hazards.filter((h) => h.regulator_id === fire)).toHaveLength(1);
    expect(hazards.filter((h) => h.regulator_id === emergency)).toHaveLength(2);

    const group = await api.gql<{ node: { tasks: { status: string; findings: number; recordedByGroup: boolean }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on InspectionGroup { tasks { status findings recordedByGroup } } } }`,
      { id: groupId },
      await api.login('fire.head'),
    );
    expect(group.data?.node.tasks.map((t) => t.findings).sort()).toEqual([1, 2]);
    expect(group.data?.node.tasks.every((t) => t.status === 'DONE' && t.recordedByGroup)).toBe(true);
  });

  it('counts one group sent and its inspectors on the dashboard, and one visit against the budget', async () => {
    const DASH = `query($f: DashboardFilter) { dashboard(filter: $f) { inspections inspectionGroups { groupsSent inspectorsDispatched jointGroups } } }`;
    const f = { from: inDays(-1), to: inDays(1) };
    const figures = async (username: string) =>
      (
        await api.gql<{
          dashboard: { inspections: number; inspectionGroups: Record<string, number> };
        }>(DASH, { f }, await api.login(username))
      ).data?.dashboard;
    expect((await figures('leader'))?.inspectionGroups).toEqual({
      groupsSent: 1,
      inspectorsDispatched: 2,
      jointGroups: 1,
    });
    expect((await figures('fire.head'))?.inspectionGroups.groupsSent).toBe(1);
    expect((await figures('transport.head'))?.inspectionGroups.groupsSent).toBe(0);
    const budget = await api.gql<{ inspectionBudgets: { done: number; planned: number; units: { name: string }[] }[] }>(
      'query($ids: [ID!]!) { inspectionBudgets(enterpriseIds: $ids) { done planned units { name } } }',
      { ids: [api.gid('Enterprise', enterpriseId)] },
      await api.login('leader'),
    );
    expect(budget.data?.inspectionBudgets[0]).toMatchObject({ done: 1, planned: 0 });
    expect(budget.data?.inspectionBudgets[0]?.units).toHaveLength(2);
  });

  it('writes the group sent into the county’s weekly report', async () => {
    // The service refuses a period that has not ended; seen from next week this one has.
    const week = countyPeriodContaining('WEEKLY', new Date());
    const service = createCountyReportService({
      db: api.database.db,
      client: api.env.client,
      taskQueue: api.taskQueue,
      now: () => new Date(week.periodEnd.getTime() + 86_400_000),
    });
    const admin = await api.database.db
      .selectFrom('app_user')
      .select(['id', 'org_unit_id'])
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const viewer: Viewer = {
      id: admin.id,
      username: 'admin',
      displayName: '县安委办管理员',
      role: 'ADMIN',
      orgUnitId: admin.org_unit_id,
      enterpriseId: null,
      mustChangePassword: false,
    };
    const id = await service.generate(viewer, 'WEEKLY', new Date(), null);
    const report = await api.database.db
      .selectFrom('report')
      .select('body')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(report.body.split('\n')).toContain('本周派出检查组1个、检查人员2人次，其中联合检查组1个。');
  });

  it('shows the enterprise its own inspection log: the units and the group of the one visit', async () => {
    const token = await enterpriseLogin(api, enterpriseId);
    const log = await api.gql<{
      inspections: { edges: { node: { unit: { name: string }; groupName: string | null; hazards: unknown[] } }[] };
    }>(
      '{ inspections(first: 20) { edges { node { inspectedAt unit { name } groupName hazards { id } } } } }',
      {},
      token,
    );
    expect(log.errors).toBeUndefined();
    const nodes = log.data?.inspections.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.unit.name).sort()).toEqual(['应急管理局', '消防救援大队'].sort());
    expect(nodes.every((n) => n.groupName === '危化品企业联合检查组')).toBe(true);
    // It reads no group, no proposal, no budget beyond its log.
    expect(codeOf(await api.gql(GROUPS, {}, token))).toBe('FORBIDDEN');
  });

  it('warns the launch wizard of the enterprises in scope already at the cap in the tasks’ quarter', async () => {
    const PREVIEW = `query($i: [Industry!]!, $d: DateTime!) { campaignBudgetPreview(industries: $i, dueAt: $d) {
      cap inScope atCap periodLabel } }`;
    const variables = { i: ['HAZARDOUS_CHEMICALS'], d: inDays(20) };
    expect(codeOf(await api.gql(PREVIEW, variables, await api.login('emergency.head')))).toBe('FORBIDDEN');
    const preview = await api.gql<{ campaignBudgetPreview: { cap: number; inScope: number; atCap: number } }>(
      PREVIEW,
      variables,
      await api.login('admin'),
    );
    // Every other plant has two departments' visits planned in that quarter (at the cap of 2); the one visited
    // jointly has one visit, whichever quarter it falls in.
    const figures = preview.data?.campaignBudgetPreview;
    expect(figures?.cap).toBe(2);
    expect(figures?.inScope).toBeGreaterThan(1);
    expect(figures?.atCap).toBe((figures?.inScope ?? 0) - 1);
  });

  it('lets the county office set the budget, and nobody else', async () => {
    const SET = 'mutation($n: Int!) { setInspectionBudget(maxVisits: $n) { version maxVisits } }';
    expect(codeOf(await api.gql(SET, { n: 3 }, await api.login('leader')))).toBe('FORBIDDEN');
    expect(codeOf(await api.gql(SET, { n: 0 }, await api.login('admin')))).toBe('BAD_USER_INPUT');
    const set = await api.gql<{ setInspectionBudget: { maxVisits: number } }>(SET, { n: 3 }, await api.login('admin'));
    expect(set.data?.setInspectionBudget.maxVisits).toBe(3);
    const rule = await api.gql<{ inspectionBudgetRule: { maxVisits: number } }>(
      '{ inspectionBudgetRule { maxVisits } }',
      {},
      await api.login('emergency.staff'),
    );
    expect(rule.data?.inspectionBudgetRule.maxVisits).toBe(3);
  });
});
