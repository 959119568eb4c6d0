// The register keeps up with the county (issue #17 §2): an enterprise is edited (a move to another industry or
// township sends only new work to the new unit), suspended (停产: no new tasks, open hazards stay), resumed (复产) and
// closed (注销: final, its accounts stop); every refusal is a sentence and changes nothing; every change is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTERPRISE_REFUSALS, alreadyInStatus, badPhone } from '../../domain/enterprise-rules';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  enterpriseLogin,
  finding,
  inDays,
  inspect,
  launchCampaign,
  openTaskOf,
  type LaunchedCampaign,
} from '../support/api-fixtures';

let api: ApiEnv;
let admin: string;
let first: LaunchedCampaign;

const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, input: $input) {
  id name industry contactPerson contactPhone address regulator { code } township { id name } status } }`;
const DEACTIVATE = `mutation($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {
  deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) { id status statusChangedAt statusReason } }`;
const RESUME = `mutation($id: ID!) { resumeEnterprise(id: $id) { id status statusChangedAt statusReason } }`;

interface Edited {
  name: string;
  industry: string;
  contactPerson: string | null;
  contactPhone: string | null;
  address: string | null;
  regulator: { code: string };
  township: { id: string; name: string };
  status: string;
}

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
  first = await launchCampaign(api, { name: '企业变更前的行动' });
});
afterAll(async () => {
  await api?.teardown();
});

/** The enterprise of a task (database ids). */
async function enterpriseOfTask(taskId: number): Promise<number> {
  return (
    await api.database.db.selectFrom('task').select('enterprise_id').where('id', '=', taskId).executeTakeFirstOrThrow()
  ).enterprise_id;
}

const auditOf = (enterpriseId: number, action: string) =>
  api.database.db
    .selectFrom('audit_log')
    .select(['before', 'after', 'actor_id'])
    .where('subject_type', '=', 'Enterprise')
    .where('subject_id', '=', String(enterpriseId))
    .where('action', '=', action)
    .orderBy('id')
    .execute();

const tasksOf = (campaignId: number, enterpriseId: number) =>
  api.database.db
    .selectFrom('task')
    .innerJoin('org_unit', 'org_unit.id', 'task.assignee_org_id')
    .select(['task.status', 'org_unit.code'])
    .where('task.campaign_id', '=', campaignId)
    .where('task.enterprise_id', '=', enterpriseId)
    .execute();

describe('editing an enterprise', () => {
  it('moves it to another industry and township: open work stays, new work goes to the new regulator', async () => {
    const task = await openTaskOf(api, first.dbId, 'emergency');
    const enterpriseId = await enterpriseOfTask(task.dbId);
    const [hazardId] = await inspect(api, task.id, 'emergency.staff', [finding('GENERAL', '配电箱未接地')]);
    const { township_id: was } = await api.database.db
      .selectFrom('enterprise')
      .select('township_id')
      .where('id', '=', enterpriseId)
      .executeTakeFirstOrThrow();
    const township = await api.orgId(was === (await api.orgId('kaifaqu')) ? 'chengguan' : 'kaifaqu');

    const result = await api.gql<{ updateEnterprise: Edited }>(
      UPDATE,
      {
        id: api.gid('Enterprise', enterpriseId),
        input: {
          name: '  清河县新材料建设有限公司 ',
          industry: 'CONSTRUCTION',
          townshipId: api.gid('OrgUnit', township),
          contactPerson: '刘建国',
          contactPhone: '0319-8123456',
          address: null,
        },
      },
      admin,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateEnterprise).toMatchObject({
      name: '清河县新材料建设有限公司',
      industry: 'CONSTRUCTION',
      contactPerson: '刘建国',
      contactPhone: '0319-8123456',
      address: null,
      regulator: { code: 'housing' },
      township: { id: api.gid('OrgUnit', township) },
      status: 'OPERATING',
    });

    // What was open stays with the emergency bureau: its task (done by the inspection) and its hazard.
    expect(await tasksOf(first.dbId, enterpriseId)).toEqual([{ status: 'DONE', code: 'emergency' }]);
    const hazard = await api.gql<{ node: { status: string; regulator: { code: string } } }>(
      'query($id: ID!) { node(id: $id) { ... on Hazard { status regulator { code } } } }',
      { id: hazardId },
      await api.login('emergency.staff'),
    );
    expect(hazard.data?.node).toEqual({ status: 'OPEN', regulator: { code: 'emergency' } });

    // A new campaign sends its task to housing.
    const second = await launchCampaign(api, { name: '企业变更后的行动', industries: ['CONSTRUCTION'] });
    expect(await tasksOf(second.dbId, enterpriseId)).toEqual([{ status: 'OPEN', code: 'housing' }]);

    // Audited with what each changed field was and became.
    const [audit] = await auditOf(enterpriseId, 'updateEnterprise');
    expect(audit?.before).toMatchObject({ industry: 'HAZARDOUS_CHEMICALS', contact_phone: null });
    expect(audit?.after).toMatchObject({
      industry: 'CONSTRUCTION',
      name: '清河县新材料建设有限公司',
      township_id: township,
      contact_phone: '0319-8123456',
    });
    expect(Object.keys(audit?.after ?? {})).not.toContain('legal_representative');
  });

  it('refuses a bad field, an unknown township, an empty edit and an unknown enterprise, changing nothing', async () => {
    const [enterprise] = await api.database.db
      .selectFrom('enterprise')
      .selectAll()
      .where('status', '=', 'OPERATING')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    if (!enterprise) throw new Error('no enterprise');
    const id = api.gid('Enterprise', enterprise.id);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ contactPhone: '打电话给我' }, 'BAD_USER_INPUT', badPhone('打电话给我')],
      [{ name: '厂' }, 'BAD_USER_INPUT', ENTERPRISE_REFUSALS.nameLength],
      [
        { townshipId: api.gid('OrgUnit', await api.orgId('emergency')) },
        'BAD_USER_INPUT',
        ENTERPRISE_REFUSALS.unknownTownship,
      ],
      [{ name: enterprise.name }, 'BAD_USER_INPUT', ENTERPRISE_REFUSALS.nothingToChange],
    ];
    for (const [input, code, message] of cases) {
      const result = await api.gql(UPDATE, { id, input }, admin);
      expect(codeOf(result), JSON.stringify(input)).toBe(code);
      expect(result.errors?.[0]?.message).toBe(message);
    }
    const missing = await api.gql(
      UPDATE,
      { id: api.gid('Enterprise', 99_999_999), input: { name: '某某公司' } },
      admin,
    );
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const after = await api.database.db
      .selectFrom('enterprise')
      .selectAll()
      .where('id', '=', enterprise.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(enterprise);
    expect(await auditOf(enterprise.id, 'updateEnterprise')).toEqual([]);
  });
});

describe('停产, 复产 and 注销', () => {
  it('a suspended enterprise gets no new task, keeps its open work, and is back in scope once resumed', async () => {
    const task = await openTaskOf(api, first.dbId, 'housing', 1);
    const enterpriseId = await enterpriseOfTask(task.dbId);
    const [hazardId] = await inspect(api, task.id, 'housing.staff', [finding('GENERAL', '脚手架未设剪刀撑')]);
    const id = api.gid('Enterprise', enterpriseId);
    const since = new Date(Date.now() - 3 * 86_400_000).toISOString();

    const suspended = await api.gql<{ deactivateEnterprise: Record<string, unknown> }>(
      DEACTIVATE,
      { id, reason: ' 冬季停工 ', at: since },
      admin,
    );
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data?.deactivateEnterprise).toMatchObject({
      status: 'SUSPENDED',
      statusChangedAt: since,
      statusReason: '冬季停工',
    });
    const again = await api.gql(DEACTIVATE, { id, reason: '再次停产' }, admin);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe(alreadyInStatus('SUSPENDED'));

    const during = await launchCampaign(api, { name: '停产期间的行动', industries: ['CONSTRUCTION'] });
    expect(await tasksOf(during.dbId, enterpriseId)).toEqual([]);
    const hazard = await api.database.db
      .selectFrom('hazard')
      .select('status')
      .where(
        'id',
        '=',
        Number(
          Buffer.from(hazardId ?? '', 'base64')
            .toString()
            .split(':')[1],
        ),
      )
      .executeTakeFirstOrThrow();
    expect(hazard.status).toBe('OPEN');
    const listed = await api.gql<{ enterprises: { totalCount: number; edges: { node: { id: string } }[] } }>(
      'query { enterprises(first: 100, filter: { status: SUSPENDED }) { totalCount edges { node { id } } } }',
      {},
      admin,
    );
    expect(listed.data?.enterprises.edges.map((e) => e.node.id)).toContain(id);

    const resumed = await api.gql<{ resumeEnterprise: Record<string, unknown> }>(RESUME, { id }, admin);
    expect(resumed.data?.resumeEnterprise).toEqual({
      id,
      status: 'OPERATING',
      statusChangedAt: null,
      statusReason: null,
    });
    const after = await launchCampaign(api, { name: '复产之后的行动', industries: ['CONSTRUCTION'] });
    expect(await tasksOf(after.dbId, enterpriseId)).toEqual([{ status: 'OPEN', code: 'housing' }]);
    expect((await auditOf(enterpriseId, 'deactivateEnterprise')).map((a) => a.after)).toEqual([
      { status: 'SUSPENDED', statusChangedAt: since, reason: '冬季停工' },
    ]);
    expect(await auditOf(enterpriseId, 'resumeEnterprise')).toHaveLength(1);
  });

  it('a closed enterprise is final: its accounts stop at once, and it cannot be edited, resumed or closed again', async () => {
    const [enterprise] = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('industry', '=', 'GAS')
      .orderBy('id')
      .limit(1)
      .execute();
    if (!enterprise) throw new Error('no gas enterprise');
    const token = await enterpriseLogin(api, enterprise.id);
    const myTasks = 'query { myTasks(first: 1) { totalCount } }';
    expect((await api.gql(myTasks, {}, token)).errors).toBeUndefined();
    const id = api.gid('Enterprise', enterprise.id);

    const refusals: [Record<string, unknown>, string, string][] = [
      [{ id, reason: '   ', status: 'CLOSED' }, 'BAD_USER_INPUT', ENTERPRISE_REFUSALS.reasonRequired],
      [{ id, reason: '注销', status: 'OPERATING' }, 'BAD_USER_INPUT', ENTERPRISE_REFUSALS.deactivateToOperating],
      [{ id, reason: '注销', status: 'CLOSED', at: inDays(3) }, 'BAD_USER_INPUT', ENTERPRISE_REFUSALS.dateInFuture],
    ];
    for (const [variables, code, message] of refusals) {
      const result = await api.gql(DEACTIVATE, variables, admin);
      expect(codeOf(result), JSON.stringify(variables)).toBe(code);
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect(await auditOf(enterprise.id, 'deactivateEnterprise')).toEqual([]);

    const closed = await api.gql(DEACTIVATE, { id, reason: '企业已注销营业执照', status: 'CLOSED' }, admin);
    expect(closed.errors).toBeUndefined();
    expect(codeOf(await api.gql(myTasks, {}, token))).toBe('UNAUTHENTICATED');
    const accounts = await api.database.db
      .selectFrom('app_user')
      .select('disabled')
      .where('enterprise_id', '=', enterprise.id)
      .execute();
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.every((a) => a.disabled)).toBe(true);

    for (const [query, variables, message] of [
      [UPDATE, { id, input: { name: '换个名字有限公司' } }, ENTERPRISE_REFUSALS.closedNotEditable],
      [RESUME, { id }, ENTERPRISE_REFUSALS.resumeOnlySuspended],
      [DEACTIVATE, { id, reason: '再注销一次', status: 'CLOSED' }, ENTERPRISE_REFUSALS.alreadyClosed],
    ] as const) {
      const result = await api.gql(query, variables, admin);
      expect(codeOf(result)).toBe('CONFLICT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
  });
});
