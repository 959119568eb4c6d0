// 监管分工 (issue #17 §4): every department supervises something; the division is data the county office edits,
// effective for new work; an enterprise answers to a lead unit and to co-supervisors by topic; a campaign's fan-out
// sends each department the tasks of its topic and the townships their 属地 tasks, which township staff inspect.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGULATORS } from '../../domain/regulators';
import { assigneeOf, industryUnmapped, SUPERVISION_REFUSALS } from '../../domain/supervision-rules';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, finding, inspect, launchCampaign } from '../support/api-fixtures';

let api: ApiEnv;
let admin: string;

const DIVISION = `query { supervisionDivision {
  industries { industry enterprises regulator { code } }
  topics { topic enterprises regulator { code } }
} }`;
const SET_INDUSTRY = `mutation($industry: Industry!, $r: ID) {
  setIndustryRegulator(industry: $industry, regulatorId: $r) { enterprisesMoved regulator { code } } }`;
const SET_TOPIC = `mutation($topic: SupervisionTopic!, $r: ID!) {
  setTopicRegulator(topic: $topic, regulatorId: $r) { enterprisesMoved regulator { code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEnterpriseInput!) {
  updateEnterprise(id: $id, input: $input) { id regulator { code } coSupervisors { topic regulator { code } } } }`;
const CREATE_ENTERPRISE = `mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id regulator { code kind } } }`;

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
});
afterAll(async () => {
  await api?.teardown();
});

const db = () => api.database.db;

/** Every open or done task of a campaign with its topic, its unit and its enterprise's lead, township and co-supervisors. */
async function routedTasks(campaignId: number) {
  const tasks = await db()
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .select([
      'task.id',
      'task.kind',
      'task.topic',
      'task.assignee_org_id',
      'enterprise.id as enterprise_id',
      'enterprise.regulator_id',
      'enterprise.township_id',
    ])
    .where('task.campaign_id', '=', campaignId)
    .orderBy('task.id')
    .execute();
  const co = await db().selectFrom('enterprise_co_supervisor').selectAll().execute();
  return tasks.map((t) => ({
    ...t,
    expected: assigneeOf(t.topic, {
      regulatorId: t.regulator_id,
      townshipId: t.township_id,
      coSupervisors: Object.fromEntries(
        co.filter((c) => c.enterprise_id === t.enterprise_id).map((c) => [c.topic, c.regulator_id]),
      ),
    }),
  }));
}

describe('监管分工', () => {
  it('gives every department an industry or a topic, and 九小场所 to their townships', async () => {
    const result = await api.gql<{
      supervisionDivision: {
        industries: { industry: string; enterprises: number; regulator: { code: string } | null }[];
        topics: { topic: string; enterprises: number; regulator: { code: string } }[];
      };
    }>(DIVISION, {}, await api.login('fire.staff'));
    expect(result.errors).toBeUndefined();
    const division = result.data?.supervisionDivision;
    const codes = new Set([
      ...(division?.industries ?? []).map((d) => d.regulator?.code),
      ...(division?.topics ?? []).map((d) => d.regulator.code),
    ]);
    expect(REGULATORS.filter((r) => !codes.has(r.code)).map((r) => r.code)).toEqual([]);
    expect(division?.industries.find((d) => d.industry === 'SMALL_PREMISES')).toMatchObject({ regulator: null });
    expect(division?.industries.find((d) => d.industry === 'SCHOOL')?.regulator?.code).toBe('education');
    expect(division?.topics.find((d) => d.topic === 'TRAFFIC_SAFETY')?.enterprises).toBeGreaterThan(0);
    // A 九小场所's lead unit is its own township.
    const small = await db()
      .selectFrom('enterprise')
      .select(['regulator_id', 'township_id'])
      .where('industry', '=', 'SMALL_PREMISES')
      .execute();
    expect(small.length).toBeGreaterThan(0);
    expect(small.filter((e) => e.regulator_id !== e.township_id)).toEqual([]);
  });

  it('sends each department the tasks of its topic and the townships their 属地 tasks', async () => {
    const campaign = await launchCampaign(api, {
      name: '分工测试行动',
      industries: ['HAZARDOUS_CHEMICALS', 'SMALL_PREMISES'],
      topics: ['INDUSTRY', 'FIRE_SAFETY', 'SPECIAL_EQUIPMENT', 'LOCAL'],
    });
    const tasks = await routedTasks(campaign.dbId);
    const enterprises = new Set(tasks.map((t) => t.enterprise_id)).size;
    // Every task went where the rule says, and every enterprise got one task per topic that applies to it.
    expect(tasks.filter((t) => t.assignee_org_id !== t.expected)).toEqual([]);
    const byTopic = (topic: string) => tasks.filter((t) => t.topic === topic).length;
    expect(byTopic('INDUSTRY')).toBe(enterprises);
    expect(byTopic('LOCAL')).toBe(enterprises);
    expect(byTopic('FIRE_SAFETY')).toBe(enterprises); // chemical plants and small premises both answer to 消防
    const chemicals = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('industry', '=', 'HAZARDOUS_CHEMICALS')
      .where('status', '=', 'OPERATING')
      .execute();
    expect(byTopic('SPECIAL_EQUIPMENT')).toBe(chemicals.length);
    const fire = await api.orgId('fire');
    expect(tasks.filter((t) => t.topic === 'FIRE_SAFETY' && t.assignee_org_id !== fire)).toEqual([]);

    // The township's safety officer inspects its 属地 task; the hazard is the township's to close.
    const local = tasks.find((t) => t.topic === 'LOCAL');
    if (!local) throw new Error('no 属地 task');
    const township = await db()
      .selectFrom('org_unit')
      .select('code')
      .where('id', '=', local.township_id)
      .executeTakeFirstOrThrow();
    const localTaskId = api.gid('Task', local.id);
    // Another department's staff may not do the township's work.
    const refused = await api.gql(
      'mutation($input: SubmitInspectionInput!) { submitInspection(input: $input) { id } }',
      { input: { taskId: localTaskId, inspectorCount: 1, findings: [] } },
      await api.login('fire.staff'),
    );
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(codeOf(refused));
    const [hazardId] = await inspect(api, localTaskId, `${township.code}.staff`, [finding('GENERAL', '灭火器过期')]);
    expect(hazardId).toBeDefined();
    const hazard = await db()
      .selectFrom('hazard')
      .select(['regulator_id', 'township_id'])
      .where('inspection_id', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(hazard.regulator_id).toBe(local.township_id);

    // 消防 inspects its topic at a chemical plant: it sees the enterprise, and the hazard is its own.
    const fireTask = tasks.find((t) => t.topic === 'FIRE_SAFETY');
    if (!fireTask) throw new Error('no fire task');
    await inspect(api, api.gid('Task', fireTask.id), 'fire.staff', [finding('GENERAL', '消防通道堵塞')]);
    const fireHazard = await db()
      .selectFrom('hazard')
      .select('regulator_id')
      .where('enterprise_id', '=', fireTask.enterprise_id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(fireHazard.regulator_id).toBe(fire);
  });

  it('routes a 双随机 sample by the same rule', async () => {
    const campaign = await launchCampaign(api, {
      name: '分工抽查行动',
      industries: ['HAZARDOUS_CHEMICALS', 'ROAD_TRANSPORT', 'MALL'],
      topics: ['INDUSTRY', 'TRAFFIC_SAFETY', 'GAS_SAFETY'],
      sampleRatio: 0.6,
    });
    const tasks = await routedTasks(campaign.dbId);
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.filter((t) => t.assignee_org_id !== t.expected)).toEqual([]);
    expect(tasks.some((t) => t.topic === 'TRAFFIC_SAFETY')).toBe(true);
    // No enterprise without a co-supervisor for a topic gets a task of it.
    expect(tasks.filter((t) => t.expected === null)).toEqual([]);
  });

  it('moves the register with a new division: new work goes to the new department, open work stays', async () => {
    const before = await launchCampaign(api, { name: '调整前的加油站检查', industries: ['FUEL_STATION'] });
    const commerce = await api.orgId('commerce');
    const created = await api.gql<{ createOrgUnit: { id: string } }>(
      'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id kind } }',
      { input: { kind: 'REGULATOR', name: '城市管理综合执法局' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const newId = created.data?.createOrgUnit.id ?? '';
    const stations = await db().selectFrom('enterprise').select('id').where('industry', '=', 'FUEL_STATION').execute();
    const set = await api.gql<{ setIndustryRegulator: { enterprisesMoved: number } }>(
      SET_INDUSTRY,
      { industry: 'FUEL_STATION', r: newId },
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setIndustryRegulator.enterprisesMoved).toBe(stations.length);
    // The campaign launched before keeps its tasks with 商务局.
    const old = await db()
      .selectFrom('task')
      .select('assignee_org_id')
      .where('campaign_id', '=', before.dbId)
      .execute();
    expect(old.length).toBeGreaterThan(0);
    expect(old.filter((t) => t.assignee_org_id !== commerce)).toEqual([]);
    // A campaign launched now sends them to the new department.
    const after = await launchCampaign(api, { name: '调整后的加油站检查', industries: ['FUEL_STATION'] });
    const newDbId = Number(Buffer.from(newId, 'base64').toString('utf8').split(':')[1]);
    const fresh = await db()
      .selectFrom('task')
      .select('assignee_org_id')
      .where('campaign_id', '=', after.dbId)
      .execute();
    expect(fresh.length).toBe(old.length);
    expect(fresh.filter((t) => t.assignee_org_id !== newDbId)).toEqual([]);
    // A new registration follows the division too; the change is in the audit log with its count.
    const registered = await api.gql<{ createEnterprise: { regulator: { code: string } } }>(
      CREATE_ENTERPRISE,
      {
        input: {
          uscc: makeEnterpriseUscc('130999', 77_000_001),
          name: '清河县新城加油站',
          industry: 'FUEL_STATION',
          townshipId: api.gid('OrgUnit', await api.orgId('chengguan')),
        },
      },
      admin,
    );
    expect(registered.errors).toBeUndefined();
    const audit = await db()
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'setIndustryRegulator')
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ industry: 'FUEL_STATION', enterprisesMoved: stations.length });

    // 属地: an industry given to the townships moves each enterprise to its own township.
    const toLocal = await api.gql<{ setIndustryRegulator: { enterprisesMoved: number; regulator: null } }>(
      SET_INDUSTRY,
      { industry: 'FOREST_AREA', r: null },
      admin,
    );
    expect(toLocal.errors).toBeUndefined();
    const forests = await db()
      .selectFrom('enterprise')
      .select(['regulator_id', 'township_id'])
      .where('industry', '=', 'FOREST_AREA')
      .execute();
    expect(toLocal.data?.setIndustryRegulator.enterprisesMoved).toBe(forests.length);
    expect(forests.filter((e) => e.regulator_id !== e.township_id)).toEqual([]);
  });

  it("edits an enterprise's co-supervisors, and a topic's department moves them all", async () => {
    const target = await db()
      .selectFrom('enterprise')
      .select('id')
      .where('industry', '=', 'OTHER')
      .where('status', '=', 'OPERATING')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const id = api.gid('Enterprise', target.id);
    const edited = await api.gql<{
      updateEnterprise: { coSupervisors: { topic: string; regulator: { code: string } }[] };
    }>(UPDATE, { id, input: { coSupervisionTopics: ['GAS_SAFETY', 'SPECIAL_EQUIPMENT'] } }, admin);
    expect(edited.errors).toBeUndefined();
    expect(edited.data?.updateEnterprise.coSupervisors).toEqual([
      { topic: 'GAS_SAFETY', regulator: { code: 'housing' } },
      { topic: 'SPECIAL_EQUIPMENT', regulator: { code: 'market' } },
    ]);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('action', '=', 'updateEnterprise')
      .where('subject_id', '=', String(target.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      before: { coSupervisionTopics: [] },
      after: { coSupervisionTopics: ['GAS_SAFETY', 'SPECIAL_EQUIPMENT'] },
    });

    const gasCount = await db()
      .selectFrom('enterprise_co_supervisor')
      .select('enterprise_id')
      .where('topic', '=', 'GAS_SAFETY')
      .execute();
    const moved = await api.gql<{ setTopicRegulator: { enterprisesMoved: number } }>(
      SET_TOPIC,
      { topic: 'GAS_SAFETY', r: api.gid('OrgUnit', await api.orgId('emergency')) },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.setTopicRegulator.enterprisesMoved).toBe(gasCount.length);
    const now = await api.gql<{ node: { coSupervisors: { topic: string; regulator: { code: string } }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Enterprise { coSupervisors { topic regulator { code } } } } }',
      { id },
      admin,
    );
    expect(now.data?.node.coSupervisors[0]).toEqual({ topic: 'GAS_SAFETY', regulator: { code: 'emergency' } });
    // The co-supervising department sees the enterprise in its own register.
    const seen = await api.gql<{ node: { id: string } | null }>(
      'query($id: ID!) { node(id: $id) { id } }',
      { id },
      await api.login('market.staff'),
    );
    expect(seen.data?.node?.id).toBe(id);
  });

  it('refuses what is not a division, and changes nothing', async () => {
    const chengguan = api.gid('OrgUnit', await api.orgId('chengguan'));
    const emergency = api.gid('OrgUnit', await api.orgId('emergency'));
    const some = await db().selectFrom('enterprise').select('id').orderBy('id').executeTakeFirstOrThrow();
    const auditBefore = await db().selectFrom('audit_log').select('id').execute();
    const cases: [string, Record<string, unknown>, string][] = [
      [SET_INDUSTRY, { industry: 'SCHOOL', r: chengguan }, SUPERVISION_REFUSALS.notARegulator],
      [SET_INDUSTRY, { industry: 'HAZARDOUS_CHEMICALS', r: emergency }, SUPERVISION_REFUSALS.unchanged],
      [SET_TOPIC, { topic: 'INDUSTRY', r: emergency }, SUPERVISION_REFUSALS.notCoSupervision],
      [
        UPDATE,
        { id: api.gid('Enterprise', some.id), input: { coSupervisionTopics: ['LOCAL'] } },
        SUPERVISION_REFUSALS.notCoSupervision,
      ],
      [
        'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }',
        {
          input: {
            name: '无去向行动',
            kind: 'OTHER',
            endsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
            topics: [],
          },
        },
        SUPERVISION_REFUSALS.noTopics,
      ],
    ];
    for (const [query, variables, message] of cases) {
      const result = await api.gql(query, variables, admin);
      expect(codeOf(result), message).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect((await db().selectFrom('audit_log').select('id').execute()).length).toBe(auditBefore.length);

    // A county that has not yet said who leads an industry cannot register one of it.
    await db().deleteFrom('industry_regulator').where('industry', '=', 'WATER_WORKS').execute();
    const unmapped = await api.gql(
      CREATE_ENTERPRISE,
      {
        input: {
          uscc: makeEnterpriseUscc('130999', 77_000_002),
          name: '清河县东风水库管理所',
          industry: 'WATER_WORKS',
          townshipId: chengguan,
        },
      },
      admin,
    );
    expect(codeOf(unmapped)).toBe('BAD_USER_INPUT');
    expect(unmapped.errors?.[0]?.message).toBe(industryUnmapped('WATER_WORKS'));
  });
});
