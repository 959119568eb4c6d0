// Who may do what, and what nobody can see: the role × mutation matrix, row-level isolation through every
// entry point, concurrent transitions, and the N+1 bound.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_RULES } from '../../domain/grading';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { dbIdOf } from '../support/values';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  enterpriseLogin,
  hazardEnterprise,
  finding,
  inDays,
  inspect,
  launchCampaign,
  openTaskOf,
  REPORT,
  SUBMIT,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let campaign: LaunchedCampaign;
let township: string;

const ROLES = [
  'admin',
  'leader',
  'emergency.head',
  'emergency.staff',
  'TOWNSHIP',
  'TOWNSHIP_HEAD',
  'ENTERPRISE',
] as const;
type Who = (typeof ROLES)[number];
/** The township's staff and head are those of emergency's first task; the enterprise is that of the matrix's hazard. */
const tokenOf = (who: Who, enterpriseId: number) =>
  who === 'ENTERPRISE'
    ? enterpriseLogin(api, enterpriseId)
    : api.login(who === 'TOWNSHIP' ? `${township}.staff` : who === 'TOWNSHIP_HEAD' ? `${township}.head` : who);

beforeAll(async () => {
  api = await startApiEnv();
  // Tasks fall due seconds after launch and climb to REGULATOR_HEAD a second later: real escalations, real time.
  campaign = await launchCampaign(api, {
    name: '权限测试行动',
    industries: ['HAZARDOUS_CHEMICALS', 'OTHER', 'CONSTRUCTION'],
    taskDueAt: new Date(Date.now() + 8_000).toISOString(),
    steps: [
      { after: 'PT1S', level: 'REGULATOR_HEAD' },
      { after: 'P30D', level: 'COUNTY_OFFICE' },
    ],
  });
  // The township whose staff sees emergency's first task (it is at one of its enterprises).
  const task = await openTaskOf(api, campaign.dbId, 'emergency');
  const row = await api.database.db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
    .select('org_unit.code')
    .where('task.id', '=', task.dbId)
    .executeTakeFirstOrThrow();
  township = row.code;
});
afterAll(async () => {
  await api?.teardown();
});

/** A demo user's global id. */
async function userGid(username: string): Promise<string> {
  const row = await api.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return api.gid('User', row.id);
}

async function rowCounts() {
  const db = api.database.db;
  const count = async (
    table:
      | 'inspection'
      | 'hazard_event'
      | 'enterprise'
      | 'campaign'
      | 'audit_log'
      | 'photo'
      | 'app_user'
      | 'self_check'
      | 'grading_proposal'
      | 'grading_rule_set'
      | 'list_entry'
      | 'tip_reward_rule'
      | 'risk'
      | 'directive'
      | 'inspection_group'
      | 'inspection_budget_rule'
      | 'document'
      | 'enforcement_case'
      | 'enforcement_case_event'
      | 'hazard_listing',
  ) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const escalationsAcked = (
    await db.selectFrom('escalation').select('id').where('status', '=', 'ACKNOWLEDGED').execute()
  ).length;
  const usersDisabled = (await db.selectFrom('app_user').select('id').where('disabled', '=', true).execute()).length;
  return {
    inspection: await count('inspection'),
    events: await count('hazard_event'),
    enterprise: await count('enterprise'),
    campaign: await count('campaign'),
    audit: await count('audit_log'),
    photo: await count('photo'),
    users: await count('app_user'),
    selfChecks: await count('self_check'),
    gradings: await count('grading_proposal'),
    gradingRules: await count('grading_rule_set'),
    listings: await count('list_entry'),
    rewardRules: await count('tip_reward_rule'),
    risks: await count('risk'),
    directives: await count('directive'),
    inspectionGroups: await count('inspection_group'),
    budgetRules: await count('inspection_budget_rule'),
    documents: await count('document'),
    cases: await count('enforcement_case'),
    caseSteps: await count('enforcement_case_event'),
    hazardListings: await count('hazard_listing'),
    documentsSigned: Number(
      (
        await db
          .selectFrom('document')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('signed_at', 'is not', null)
          .executeTakeFirstOrThrow()
      ).n,
    ),
    escalationsAcked,
    usersDisabled,
  };
}

describe('role × mutation matrix', () => {
  it('refuses every mutation to the roles API.md does not give it, changing nothing', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency');
    const [hazardId] = await inspect(
      api,
      (await openTaskOf(api, campaign.dbId, 'emergency', 1)).id,
      'emergency.staff',
      [finding('GENERAL', '消防通道堵塞')],
    );
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('escalation')
            .select('id')
            .where('level', '=', 'REGULATOR_HEAD')
            .where('status', '=', 'OPEN')
            .where('task_id', '=', task.dbId)
            .execute()
        ).length > 0,
      40_000,
      'a REGULATOR_HEAD escalation',
    );
    const escalation = await api.database.db
      .selectFrom('escalation')
      .select('id')
      .where('task_id', '=', task.dbId)
      .where('level', '=', 'REGULATOR_HEAD')
      .executeTakeFirstOrThrow();
    const kaifaqu = api.gid('OrgUnit', await api.orgId('kaifaqu'));
    const enterpriseId = await hazardEnterprise(api, hazardId ?? '');
    // A case opened by 应急管理局 from the matrix's inspection, with its head as co-handler.
    const { inspection_id: matrixInspection } = await api.database.db
      .selectFrom('hazard')
      .select('inspection_id')
      .where('id', '=', dbIdOf(hazardId ?? ''))
      .executeTakeFirstOrThrow();
    const head = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'emergency.head')
      .executeTakeFirstOrThrow();
    const opened = await api.gql<{ openCase: { id: string } }>(
      'mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }',
      {
        input: {
          inspectionId: api.gid('Inspection', matrixInspection ?? 0),
          violation: '矩阵测试违法事实',
          legalBasis: '矩阵测试依据',
          coHandlerIds: [api.gid('User', head.id)],
        },
      },
      await api.login('emergency.staff'),
    );
    const matrixCase = opened.data?.openCase.id ?? '';
    const { document_id: orderId } = await api.database.db
      .selectFrom('document_hazard')
      .select('document_id')
      .where('hazard_id', '=', dbIdOf(hazardId ?? ''))
      .executeTakeFirstOrThrow();
    const enterpriseUser = await api.database.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'enterprise1')
      .executeTakeFirstOrThrow();
    const mutations: Record<
      string,
      { query: string; variables: Record<string, unknown>; allowed: Who[]; hiddenFrom?: Who[] }
    > = {
      createEnterprise: {
        query: 'mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { id } }',
        variables: {
          input: {
            uscc: makeEnterpriseUscc('130999', 555_001),
            name: '矩阵测试企业',
            industry: 'OTHER',
            townshipId: kaifaqu,
          },
        },
        allowed: ['admin'],
      },
      updateEnterprise: {
        query: 'mutation($id: ID!) { updateEnterprise(id: $id, input: { name: "矩阵改名企业" }) { id } }',
        variables: { id: api.gid('Enterprise', enterpriseId) },
        allowed: ['admin'],
      },
      deactivateEnterprise: {
        query: 'mutation($id: ID!) { deactivateEnterprise(id: $id, reason: "测试停产") { id } }',
        variables: { id: api.gid('Enterprise', enterpriseId) },
        allowed: ['admin'],
      },
      resumeEnterprise: {
        query: 'mutation($id: ID!) { resumeEnterprise(id: $id) { id } }',
        variables: { id: api.gid('Enterprise', enterpriseId) },
        allowed: ['admin'],
      },
      createChecklistTemplate: {
        query: 'mutation($input: ChecklistTemplateInput!) { createChecklistTemplate(input: $input) { id } }',
        variables: { input: { name: '矩阵检查表', items: [{ category: '安全管理', text: '制度是否健全' }] } },
        allowed: ['admin'],
      },
      updateChecklistTemplate: {
        query:
          'mutation($id: ID!, $input: ChecklistTemplateInput!) { updateChecklistTemplate(id: $id, input: $input) { id } }',
        variables: {
          id: api.gid('ChecklistTemplate', 1),
          input: { name: '矩阵检查表', items: [{ category: '安全管理', text: '制度是否健全' }] },
        },
        allowed: ['admin'],
      },
      setHolidayYear: {
        query: 'mutation($input: HolidayYearInput!) { setHolidayYear(input: $input) { year } }',
        variables: {
          input: {
            year: 2028,
            provisional: true,
            source: '矩阵测试',
            holidays: [{ name: '元旦', first: '2028-01-01', last: '2028-01-01' }],
            adjustedWorkdays: [],
          },
        },
        allowed: ['admin'],
      },
      recomputeOpenDeadlines: {
        query: 'mutation { recomputeOpenDeadlines { id } }',
        variables: {},
        allowed: ['admin'],
      },
      createOrgUnit: {
        query: 'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id } }',
        variables: { input: { kind: 'TOWNSHIP', name: '矩阵测试镇' } },
        allowed: ['admin'],
      },
      renameOrgUnit: {
        query: 'mutation($id: ID!) { renameOrgUnit(id: $id, name: "矩阵改名镇") { id } }',
        variables: { id: kaifaqu },
        allowed: ['admin'],
      },
      setIndustryRegulator: {
        query: 'mutation($r: ID) { setIndustryRegulator(industry: MALL, regulatorId: $r) { enterprisesMoved } }',
        variables: { r: null },
        allowed: ['admin'],
      },
      setTopicRegulator: {
        query: 'mutation($r: ID!) { setTopicRegulator(topic: GAS_SAFETY, regulatorId: $r) { enterprisesMoved } }',
        variables: { r: api.gid('OrgUnit', await api.orgId('emergency')) },
        allowed: ['admin'],
      },
      generateCountyReport: {
        query: 'mutation($at: DateTime!) { generateCountyReport(kind: ANNUAL, periodStart: $at) { id } }',
        variables: { at: new Date(Date.UTC(new Date().getUTCFullYear() - 1, 5, 1)).toISOString() },
        allowed: ['admin'],
      },
      launchCampaign: {
        query: 'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id } }',
        variables: { input: { name: '矩阵测试', kind: 'OTHER', endsAt: inDays(10), industries: ['GAS'] } },
        allowed: ['admin'],
      },
      activateResponse: {
        query: 'mutation($input: ActivateResponseInput!) { activateResponse(input: $input) { id } }',
        variables: { input: { kind: 'FLOOD', level: 'LEVEL_IV', townshipIds: [kaifaqu], reason: '矩阵测试' } },
        allowed: ['admin'],
      },
      changeResponseLevel: {
        query: 'mutation($id: ID!) { changeResponseLevel(id: $id, level: LEVEL_III, reason: "矩阵测试") { id } }',
        variables: { id: api.gid('EmergencyResponse', 999_999) },
        allowed: ['admin'],
      },
      endResponse: {
        query: 'mutation($id: ID!) { endResponse(id: $id, reason: "矩阵测试") { id } }',
        variables: { id: api.gid('EmergencyResponse', 999_999) },
        allowed: ['admin'],
      },
      createDutyAssignment: {
        query: 'mutation($input: DutyAssignmentInput!) { createDutyAssignment(input: $input) { id } }',
        variables: {
          input: {
            tier: 'VILLAGE',
            townshipId: kaifaqu,
            targetKind: 'HOUSEHOLDS',
            targetName: '1组',
            personName: '矩阵',
            phone: '13800000009',
          },
        },
        allowed: ['admin'],
      },
      updateDutyAssignment: {
        query:
          'mutation($id: ID!, $input: DutyAssignmentInput!) { updateDutyAssignment(id: $id, input: $input) { id } }',
        variables: {
          id: api.gid('DutyAssignment', 999_999),
          input: {
            tier: 'VILLAGE',
            townshipId: kaifaqu,
            targetKind: 'HOUSEHOLDS',
            targetName: '1组',
            personName: '矩阵',
            phone: '13800000009',
          },
        },
        allowed: ['admin'],
      },
      issueWarning: {
        query: 'mutation($input: IssueWarningInput!) { issueWarning(input: $input) { id } }',
        variables: { input: { title: '矩阵预警', content: '矩阵测试', level: 'BLUE', townshipIds: [kaifaqu] } },
        allowed: ['admin'],
      },
      acknowledgePost: {
        query: 'mutation($a: ID!) { acknowledgePost(assignmentId: $a) { id } }',
        variables: { a: api.gid('DutyAssignment', 999_999) },
        allowed: [],
      },
      submitSituationReport: {
        query: 'mutation($input: SituationReportInput!) { submitSituationReport(input: $input) { id } }',
        variables: { input: { responseId: api.gid('EmergencyResponse', 999_999), text: '矩阵测试' } },
        allowed: [],
      },
      acknowledgeWarning: {
        query: 'mutation($id: ID!) { acknowledgeWarning(id: $id) { id } }',
        variables: { id: api.gid('Warning', 999_999) },
        allowed: [],
      },
      launchSupervision: {
        query: 'mutation($input: LaunchSupervisionInput!) { launchSupervision(input: $input) { id } }',
        variables: { input: { name: '矩阵督导', endsAt: inDays(10), unitIds: [kaifaqu] } },
        allowed: ['admin'],
      },
      recordLedgerCheck: {
        query: 'mutation($input: LedgerCheckInput!) { recordLedgerCheck(input: $input) { id } }',
        variables: {
          input: { campaignId: campaign.id, unitId: kaifaqu, items: [{ code: 'TRAINING', passed: true }] },
        },
        allowed: ['admin'],
      },
      pauseCampaign: {
        query: 'mutation($id: ID!) { pauseCampaign(id: $id, reason: "测试") { id } }',
        variables: { id: campaign.id },
        allowed: ['admin'],
      },
      resumeCampaign: {
        query: 'mutation($id: ID!) { resumeCampaign(id: $id) { id } }',
        variables: { id: campaign.id },
        allowed: ['admin'],
      },
      extendCampaign: {
        query: 'mutation($id: ID!, $e: DateTime!) { extendCampaign(id: $id, endsAt: $e, reason: "测试") { id } }',
        variables: { id: campaign.id, e: inDays(120) },
        allowed: ['admin'],
      },
      cancelCampaign: {
        query: 'mutation($id: ID!) { cancelCampaign(id: $id, reason: "测试") { id } }',
        variables: { id: campaign.id },
        allowed: ['admin'],
      },
      submitInspection: {
        query: SUBMIT,
        variables: { input: { taskId: task.id, inspectorCount: 2, findings: [] } },
        allowed: ['emergency.head', 'emergency.staff'],
      },
      reportRectification: {
        query: REPORT,
        variables: { input: { hazardId, measures: '已整改' } },
        allowed: ['emergency.head', 'emergency.staff', 'ENTERPRISE'],
      },
      verifyRectification: {
        query: VERIFY,
        variables: { input: { hazardId, passed: true } },
        allowed: ['emergency.head', 'emergency.staff'],
      },
      acknowledgeEscalation: {
        query: 'mutation($id: ID!) { acknowledgeEscalation(id: $id) { id } }',
        variables: { id: api.gid('Escalation', escalation.id) },
        allowed: ['emergency.head'],
      },
      signOffHazard: {
        query: 'mutation($input: SignOffHazardInput!) { signOffHazard(input: $input) { id } }',
        variables: { input: { hazardId, approved: true } },
        allowed: ['admin'],
      },
      // Public tips: the county office triages and rewards (refused by role before the tip is even looked up).
      triageTip: {
        query: 'mutation($input: TriageTipInput!) { triageTip(input: $input) { id } }',
        variables: { input: { tipId: api.gid('Tip', 1), accepted: false, reason: '测试理由' } },
        allowed: ['admin'],
      },
      decideTipReward: {
        query: 'mutation($input: TipRewardInput!) { decideTipReward(input: $input) { id } }',
        variables: { input: { tipId: api.gid('Tip', 1), decision: 'REFUSE', reason: '测试理由' } },
        allowed: ['admin'],
      },
      setTipRewardRules: {
        query: 'mutation($rules: [TipRewardRuleInput!]!) { setTipRewardRules(rules: $rules) { version } }',
        variables: {
          rules: [
            { level: 'GENERAL', min: 200, max: 1000, proposed: 500 },
            { level: 'MAJOR', min: 1000, max: 30000, proposed: 3000 },
          ],
        },
        allowed: ['admin'],
      },
      registerDirective: {
        query: 'mutation($input: DirectiveInput!) { registerDirective(input: $input) { id } }',
        variables: {
          input: {
            kind: 'ASSIGNED_CASE',
            source: '市安委办',
            documentNumber: '矩阵测试〔2026〕1号',
            title: '矩阵测试交办件',
            receivedAt: new Date().toISOString(),
            replyDueAt: inDays(20),
            items: [{ content: '矩阵测试事项', assigneeId: kaifaqu, dueAt: inDays(10) }],
          },
        },
        allowed: ['admin'],
      },
      replyDirective: {
        query: 'mutation($id: ID!) { replyDirective(id: $id, reply: "矩阵测试回复内容") { id } }',
        variables: { id: api.gid('Directive', 1) },
        allowed: ['admin'],
      },
      // A unit's people report its risks; the county office and leaders read them, and an enterprise reports none.
      reportRisk: {
        query: 'mutation($input: ReportRiskInput!) { reportRisk(input: $input) { id } }',
        variables: {
          input: {
            kind: 'OTHER',
            level: 'LOW',
            place: '矩阵测试地点',
            description: '矩阵测试风险描述',
            measures: '矩阵测试措施',
          },
        },
        allowed: ['emergency.head', 'emergency.staff', 'TOWNSHIP', 'TOWNSHIP_HEAD'],
      },
      // Only the enterprise itself answers its self-check, and this is not even one of its tasks.
      submitSelfCheck: {
        query: 'mutation($input: SubmitSelfCheckInput!) { submitSelfCheck(input: $input) { id } }',
        variables: { input: { taskId: task.id, answers: [], hazards: [] } },
        allowed: [],
      },
      createUser: {
        query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        variables: {
          input: {
            username: 'matrix.enterprise',
            displayName: '矩阵测试企业安全员',
            role: 'ENTERPRISE',
            enterpriseId: api.gid('Enterprise', enterpriseId),
            initialPassword: 'Chushi-2026-mima',
          },
        },
        allowed: ['admin'],
      },
      deactivateUser: {
        query: 'mutation($id: ID!) { deactivateUser(id: $id, reason: "测试") { id } }',
        variables: { id: api.gid('User', enterpriseUser.id) },
        allowed: ['admin'],
      },
      updateUser: {
        query: 'mutation($id: ID!) { updateUser(id: $id, input: { displayName: "改名" }) { id } }',
        variables: { id: api.gid('User', enterpriseUser.id) },
        allowed: ['admin'],
      },
      resetPassword: {
        query: 'mutation($id: ID!) { resetPassword(userId: $id) { password } }',
        variables: { id: api.gid('User', enterpriseUser.id) },
        allowed: ['admin'],
      },
      runGrading: {
        query: 'mutation { runGrading { id } }',
        variables: {},
        allowed: ['admin'],
      },
      setGradingRules: {
        query: 'mutation($r: String!) { setGradingRules(rules: $r) { version } }',
        variables: { r: JSON.stringify(DEFAULT_GRADING_RULES) },
        allowed: ['admin'],
      },
      overrideProposedGrade: {
        query:
          'mutation($p: ID!, $e: ID!) { overrideProposedGrade(proposalId: $p, enterpriseId: $e, grade: POOR, reason: "测试") { id } }',
        variables: { p: api.gid('GradingProposal', 1), e: api.gid('Enterprise', enterpriseId) },
        allowed: ['admin'],
      },
      publishGradingProposal: {
        query: 'mutation($id: ID!) { publishGradingProposal(id: $id) { id } }',
        variables: { id: api.gid('GradingProposal', 1) },
        allowed: ['admin'],
      },
      blackListEnterprise: {
        query: 'mutation($input: BlackListInput!) { blackListEnterprise(input: $input) { id } }',
        variables: {
          input: {
            enterpriseId: api.gid('Enterprise', enterpriseId),
            ground: 'REFUSED_INSPECTION',
            endsAt: inDays(400),
            evidence: '矩阵测试',
          },
        },
        allowed: ['admin'],
      },
      removeFromBlackList: {
        query: 'mutation($id: ID!) { removeFromBlackList(entryId: $id, reason: "测试") { id } }',
        variables: { id: api.gid('ListEntry', 1) },
        allowed: ['admin'],
      },
      // 回头看: the county office draws a month and sets the rule.
      runLookBack: {
        query: 'mutation($at: DateTime!) { runLookBack(periodStart: $at) { id } }',
        variables: { at: '2026-10-31T16:00:00.000Z' },
        allowed: ['admin'],
      },
      setLookBackRule: {
        query: 'mutation { setLookBackRule(ratio: 0.08, verifyDays: 10) { version } }',
        variables: {},
        allowed: ['admin'],
      },
      // 年度监督检查计划: a unit's head files it, the county office reviews it.
      fileInspectionPlan: {
        query: 'mutation($input: InspectionPlanInput!) { fileInspectionPlan(input: $input) { id } }',
        variables: {
          input: {
            year: new Date().getFullYear() + 5,
            frequencies: { majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 },
          },
        },
        allowed: ['emergency.head', 'TOWNSHIP_HEAD'],
      },
      approveInspectionPlan: {
        query: 'mutation($id: ID!) { approveInspectionPlan(id: $id, approved: true) { id } }',
        variables: { id: api.gid('InspectionPlan', 1) },
        allowed: ['admin'],
      },
      // 检查组: the head of the unit owning the task (or the county office) forms one; the budget is the office's.
      createInspectionGroup: {
        query: 'mutation($input: InspectionGroupInput!) { createInspectionGroup(input: $input) { id } }',
        variables: {
          input: {
            name: '矩阵测试检查组',
            visitDate: new Date().toISOString(),
            memberIds: [await userGid('emergency.staff'), await userGid('emergency.head')],
            taskIds: [task.id],
          },
        },
        allowed: ['admin', 'emergency.head'],
      },
      setInspectionBudget: {
        query: 'mutation { setInspectionBudget(maxVisits: 3) { version } }',
        variables: {},
        allowed: ['admin'],
      },
      // 日常检查 / 打非治违: a unit's people at an enterprise in its charge (the county office and leaders inspect nothing).
      recordRoutineInspection: {
        query: 'mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id } }',
        variables: {
          input: {
            kind: 'ROUTINE',
            enterpriseId: api.gid('Enterprise', enterpriseId),
            inspectorCount: 2,
            findings: [],
          },
        },
        allowed: ['emergency.head', 'emergency.staff', 'TOWNSHIP', 'TOWNSHIP_HEAD'],
      },
      // 夜间巡查: a unit's head sets up and stops its own patrols.
      createPatrolSchedule: {
        query: 'mutation($input: PatrolScheduleInput!) { createPatrolSchedule(input: $input) { id } }',
        variables: {
          input: {
            name: '矩阵测试巡查',
            startsAt: '22:00',
            endsAt: '06:00',
            weekdays: [5, 6],
            enterpriseIds: [api.gid('Enterprise', enterpriseId)],
          },
        },
        allowed: ['emergency.head', 'TOWNSHIP_HEAD'],
      },
      deactivatePatrolSchedule: {
        query: 'mutation($id: ID!) { deactivatePatrolSchedule(id: $id) { id } }',
        variables: { id: api.gid('PatrolSchedule', 999_999) },
        allowed: [],
      },
      // 打非治违 at an unregistered site: a unit's people record it; the site's township closes it.
      reportIllegalSite: {
        query: 'mutation($input: ReportIllegalSiteInput!) { reportIllegalSite(input: $input) { id } }',
        variables: {
          input: {
            siteName: '矩阵测试场所',
            address: '矩阵测试地址',
            description: '矩阵测试',
            townshipId: api.gid('OrgUnit', 1),
          },
        },
        allowed: ['emergency.head', 'emergency.staff', 'TOWNSHIP', 'TOWNSHIP_HEAD'],
      },
      closeIllegalSiteLead: {
        query: 'mutation($id: ID!) { closeIllegalSiteLead(id: $id, outcome: BANNED, note: "矩阵测试") { id } }',
        variables: { id: api.gid('IllegalSiteLead', 999_999) },
        allowed: [],
      },
      // 执法文书: the enterprise signs for the inspection's order, or its issuer records the receipt on site; only
      // the issuer corrects it.
      signDocument: {
        query: 'mutation($id: ID!) { signDocument(id: $id, signerName: "矩阵签收人") { id } }',
        variables: { id: api.gid('Document', orderId) },
        allowed: ['emergency.head', 'emergency.staff', 'ENTERPRISE'],
      },
      // 申请复查: the enterprise of a hazard under an order, once its rectification is reported.
      requestReinspection: {
        query: 'mutation($id: ID!) { requestReinspection(hazardId: $id) { id } }',
        variables: { id: hazardId },
        allowed: ['ENTERPRISE'],
      },
      // 立案: an 执法人员 of the unit (the matrix's hazard has not failed a 复查: its own people get that sentence).
      openCase: {
        query: 'mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }',
        variables: {
          input: { hazardId, violation: '矩阵测试', legalBasis: '矩阵测试', coHandlerIds: [api.gid('User', 1)] },
        },
        allowed: ['emergency.head', 'emergency.staff'],
      },
      // 办理: the case's handlers (the review someone else's, the decision the head's): an enterprise and the
      // county's readers may not; another unit does not see the case.
      advanceCase: {
        query: 'mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { id } }',
        variables: { input: { caseId: matrixCase, action: 'INVESTIGATE', note: '矩阵测试' } },
        allowed: ['emergency.head', 'emergency.staff'],
      },
      // 挂牌督办: the plan is the enterprise's (or its unit's on its behalf); the suspension and the acceptance its
      // unit's or the county office's. The matrix's hazard is not listed: the allowed get that sentence.
      submitListingPlan: {
        query:
          'mutation($id: ID!, $input: ListingPlanInput!) { submitListingPlan(hazardId: $id, input: $input) { id } }',
        variables: {
          id: hazardId,
          input: {
            measures: '矩阵',
            responsible: '矩阵',
            fundsYuan: 1,
            completeBy: inDays(10),
            contingencyPlan: '矩阵',
          },
        },
        allowed: ['emergency.head', 'emergency.staff', 'ENTERPRISE'],
      },
      orderSuspension: {
        query: 'mutation($id: ID!) { orderSuspension(hazardId: $id, reason: "矩阵测试") { id } }',
        variables: { id: hazardId },
        allowed: ['admin', 'emergency.head', 'emergency.staff'],
      },
      recordExpertAcceptance: {
        query: 'mutation($input: ExpertAcceptanceInput!) { recordExpertAcceptance(input: $input) { id } }',
        variables: { input: { hazardId, experts: ['矩阵专家'], opinion: '矩阵测试', passed: true } },
        allowed: ['admin', 'emergency.head', 'emergency.staff'],
      },
      correctDocument: {
        query: 'mutation($input: CorrectDocumentInput!) { correctDocument(input: $input) { id } }',
        variables: { input: { documentId: api.gid('Document', orderId), reason: '矩阵测试', notes: '矩阵更正' } },
        allowed: ['emergency.head', 'emergency.staff'],
      },
    };
    const refused: string[] = [];
    for (const [name, m] of Object.entries(mutations)) {
      for (const who of ROLES) {
        if (m.allowed.includes(who)) continue;
        const token = await tokenOf(who, enterpriseId);
        const before = await rowCounts();
        const result = await api.gql(m.query, m.variables, token);
        const code = codeOf(result);
        // A township staff member sees the task but may not act on it; what it cannot see is NOT_FOUND.
        expect(['FORBIDDEN', 'NOT_FOUND'], `${who} → ${name}: ${JSON.stringify(result.errors)}`).toContain(code);
        if (who === 'admin' || who === 'leader') expect(code, `${who} → ${name}`).toBe('FORBIDDEN');
        expect(await rowCounts(), `${who} → ${name} changed rows`).toEqual(before);
        refused.push(`${who}:${name}`);
      }
    }
    // 46 mutations for the county office alone × 6 other roles, inspection and verification × 5, rectification × 4,
    // acknowledgement × 6, the self-check × 7, a risk report × 3, a unit's inspection plan × 5, an inspection group × 5,
    // a routine inspection × 3, a patrol schedule × 5 and its deactivation × 7 (a head of no such schedule: NOT_FOUND),
    // an unregistered site's lead × 3 and its closing × 7; an acknowledgement of a post, a situation report and an
    // acknowledgement of a warning by no one in the matrix × 7 each (none of its people is in a 包保 chain or reached);
    // a receipt for an inspection's order × 4, an application for its 复查 × 6, its correction × 5, a case × 5, a step
    // of it × 5, a listed hazard's plan × 4, its suspension × 4 and its acceptance × 4.
    expect(refused.length).toBe(
      46 * 6 + 2 * 5 + 4 + 6 + 7 + 3 + 5 + 5 + 3 + 5 + 7 + 3 + 7 + 3 * 7 + 4 + 6 + 5 + 5 + 5 + 4 + 4 + 4,
    );
    // And the allowed ones go through (the acknowledgement first: the inspection resolves the task's escalations).
    const ack = await api.gql<{ acknowledgeEscalation: { id: string } }>(
      mutations.acknowledgeEscalation?.query ?? '',
      mutations.acknowledgeEscalation?.variables,
      await api.login('emergency.head'),
    );
    expect(ack.errors).toBeUndefined();
    expect(
      codeOf(
        await api.gql(
          mutations.submitInspection?.query ?? '',
          mutations.submitInspection?.variables,
          await api.login('emergency.staff'),
        ),
      ),
    ).toBeUndefined();
    expect(
      codeOf(
        await api.gql(
          mutations.reportRectification?.query ?? '',
          mutations.reportRectification?.variables,
          await api.login('emergency.head'),
        ),
      ),
    ).toBeUndefined();
    expect(
      codeOf(
        await api.gql(
          mutations.verifyRectification?.query ?? '',
          mutations.verifyRectification?.variables,
          await api.login('emergency.staff'),
        ),
      ),
    ).toBeUndefined();
    for (const name of [
      'createUser',
      'createEnterprise',
      'launchCampaign',
      'extendCampaign',
      'pauseCampaign',
      'resumeCampaign',
    ] as const) {
      const m = mutations[name];
      const variables = name === 'extendCampaign' ? { ...m?.variables, e: inDays(130) } : m?.variables;
      expect(codeOf(await api.gql(m?.query ?? '', variables, await api.login('admin'))), name).toBeUndefined();
    }
  });

  it('a photo upload is refused to a leader', async () => {
    const form = new FormData();
    form.set(
      'operations',
      JSON.stringify({
        query: 'mutation($file: File!) { uploadPhoto(file: $file) { id } }',
        variables: { file: null },
      }),
    );
    form.set('map', JSON.stringify({ 0: ['variables.file'] }));
    form.set('0', new Blob([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], { type: 'image/jpeg' }), 'a.jpg');
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await api.login('leader')}`, 'x-graphql-csrf': '1' },
      body: form,
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

describe('row-level isolation', () => {
  it("regulator B never sees regulator A's task, inspection, hazard, escalation or photo, through any entry point", async () => {
    const a = await api.login('emergency.staff');
    const b = await api.login('housing.staff');
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 2);
    const submitted = await api.gql<{ submitInspection: { id: string; hazards: { id: string }[] } }>(
      SUBMIT,
      {
        input: { taskId: task.id, inspectorCount: 2, findings: [finding('MAJOR', '储罐区可燃气体报警器失效')] },
      },
      a,
    );
    const inspectionId = submitted.data?.submitInspection.id ?? '';
    const hazardId = submitted.data?.submitInspection.hazards[0]?.id ?? '';
    const hazardDbId = Number(Buffer.from(hazardId, 'base64').toString().split(':')[1]);
    await waitFor(
      async () =>
        (await api.database.db.selectFrom('escalation').select('id').where('hazard_id', '=', hazardDbId).execute())
          .length > 0,
      30_000,
      'listed supervision',
    );
    const escalation = await api.database.db
      .selectFrom('escalation')
      .select('id')
      .where('hazard_id', '=', hazardDbId)
      .executeTakeFirstOrThrow();
    const escalationId = api.gid('Escalation', escalation.id);

    for (const id of [task.id, inspectionId, hazardId, escalationId]) {
      const seen = await api.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id }, b);
      expect(seen.errors, id).toBeUndefined();
      expect(seen.data?.node, id).toBeNull();
      expect(
        (await api.gql<{ node: { id: string } }>('query($id: ID!) { node(id: $id) { id } }', { id }, a)).data?.node.id,
      ).toBe(id);
    }
    const viaCampaign = await api.gql<{
      campaign: { tasks: { totalCount: number; edges: { node: { id: string; assignee: { code: string } } }[] } };
    }>(
      'query($id: ID!) { campaign(id: $id) { tasks(first: 200) { totalCount edges { node { id assignee { code } } } } } }',
      { id: campaign.id },
      b,
    );
    expect(viaCampaign.data?.campaign.tasks.edges.every((e) => e.node.assignee.code === 'housing')).toBe(true);
    expect(viaCampaign.data?.campaign.tasks.edges.map((e) => e.node.id)).not.toContain(task.id);
    const ledger = await api.gql<{ hazards: { edges: { node: { id: string } }[] } }>(
      '{ hazards(first: 200) { edges { node { id } } } }',
      {},
      b,
    );
    expect(ledger.data?.hazards.edges.map((e) => e.node.id)).not.toContain(hazardId);
    const filtered = await api.gql<{ hazards: { totalCount: number } }>(
      'query($r: ID!) { hazards(filter: { regulatorId: $r }) { totalCount } }',
      { r: api.gid('OrgUnit', await api.orgId('emergency')) },
      b,
    );
    expect(filtered.data?.hazards.totalCount).toBe(0);
    const inbox = await api.gql<{ myTasks: { edges: { node: { id: string } }[] } }>(
      '{ myTasks(first: 200) { edges { node { id } } } }',
      {},
      b,
    );
    expect(inbox.data?.myTasks.edges.map((e) => e.node.id)).not.toContain(task.id);
    const board = await api.gql<{ escalations: { edges: { node: { id: string } }[] } }>(
      '{ escalations(first: 200) { edges { node { id } } } }',
      {},
      b,
    );
    expect(board.data?.escalations.edges.map((e) => e.node.id)).not.toContain(escalationId);
    // Mutations on what B cannot see: NOT_FOUND, as if it did not exist.
    expect(codeOf(await api.gql(REPORT, { input: { hazardId, measures: '越权' } }, b))).toBe('NOT_FOUND');
    expect(codeOf(await api.gql(VERIFY, { input: { hazardId, passed: true } }, b))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(
          SUBMIT,
          {
            input: {
              taskId: (await openTaskOf(api, campaign.dbId, 'emergency', 3)).id,
              inspectorCount: 1,
              findings: [],
            },
          },
          b,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      codeOf(
        await api.gql(
          'mutation($id: ID!) { acknowledgeEscalation(id: $id) { id } }',
          { id: escalationId },
          await api.login('housing.head'),
        ),
      ),
    ).toBe('NOT_FOUND');
    // The export and the photo URL too.
    const xlsx = await fetch(`${api.url}/exports/hazards.xlsx`, { headers: { authorization: `Bearer ${b}` } });
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await xlsx.arrayBuffer());
    const ids: number[] = [];
    book.worksheets[0]?.eachRow((row, index) => {
      if (index > 1) ids.push(Number(row.getCell(2).value));
    });
    expect(ids).not.toContain(hazardDbId);
    const photo = await api.database.db
      .insertInto('photo')
      .values({
        uploaded_by: 1,
        content_type: 'image/png',
        byte_size: 4,
        sha256: 'x',
        file_name: null,
        data: Buffer.from([1, 2, 3, 4]),
        hazard_id: hazardDbId,
        step: 'FOUND',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await fetch(`${api.url}/photos/${photo.id}`, { headers: { authorization: `Bearer ${b}` } })).status).toBe(
      404,
    );
    expect((await fetch(`${api.url}/photos/${photo.id}`, { headers: { authorization: `Bearer ${a}` } })).status).toBe(
      200,
    );
  });
});

describe('races', () => {
  it('two concurrent verifyRectification on one hazard: exactly one wins, the other is CONFLICT', async () => {
    const staff = await api.login('emergency.staff');
    const head = await api.login('emergency.head');
    const [hazardId] = await inspect(
      api,
      (await openTaskOf(api, campaign.dbId, 'emergency', 4)).id,
      'emergency.staff',
      [finding('GENERAL', '安全警示标志缺失')],
    );
    // The enterprise reports its own rectification; two of the regulator's people race to verify it.
    const enterprise = await enterpriseLogin(api, await hazardEnterprise(api, hazardId ?? ''));
    expect(
      codeOf(await api.gql(REPORT, { input: { hazardId, measures: '已补设警示标志' } }, enterprise)),
    ).toBeUndefined();
    const before = await rowCounts();
    const results = await Promise.all([
      api.gql(VERIFY, { input: { hazardId, passed: true, idempotencyKey: randomUUID() } }, staff),
      api.gql(
        VERIFY,
        {
          input: { hazardId, passed: false, comment: '不合格', newRectifyBy: inDays(3), idempotencyKey: randomUUID() },
        },
        head,
      ),
    ]);
    const codes = results.map(codeOf).sort();
    expect(codes).toEqual(['CONFLICT', undefined].sort());
    expect((await rowCounts()).events).toBe(before.events + 1);
  });
});

describe('no N+1', () => {
  it('a 100-task myTasks page with enterprise, campaign, inspection and hazards runs a constant number of statements', async () => {
    const staff = await api.login('emergency.staff');
    const query = `{ myTasks(first: 100) { totalCount edges { node { id status overdue enterprise { name township { name } regulator { name } }
      campaign { name progress { tasksTotal } } assignee { name } inspection { id hazards { id level escalations { id } history { kind } } } } } } }`;
    api.queries.count = 0;
    const small = await api.gql<{ myTasks: { edges: unknown[] } }>(query.replace('first: 100', 'first: 5'), {}, staff);
    const fewRows = api.queries.count;
    api.queries.count = 0;
    const large = await api.gql<{ myTasks: { edges: unknown[] } }>(query, {}, staff);
    const manyRows = api.queries.count;
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(large.data?.myTasks.edges.length).toBeGreaterThan(20);
    expect(manyRows).toBeLessThanOrEqual(16);
    // The first five are open tasks (the inbox puts them first), so the small page never reaches the loaders below an
    // inspection (its hazards, their escalations and history: three statements); growing with the rows it may not.
    expect(manyRows).toBeLessThanOrEqual(fewRows + 3);
  });
});
