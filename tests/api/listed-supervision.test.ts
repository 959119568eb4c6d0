// 挂牌督办 as procedure (issue 19 §4): a major hazard found is listed with its 挂牌督办通知书 and appears on the public
// page; the enterprise files its 五落实 plan; its unit orders 暂时停产停业 once, with its 现场处理措施决定书; experts
// accept the rectification; the county office's sign-off removes it (核销通知书) and the public page says so. The
// refusals name the rule and change nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LISTING_REFUSALS } from '../../domain/listed-supervision';
import {
  codeOf,
  enterpriseLogin,
  finding,
  majorRectification,
  REPORT,
  SIGN_OFF,
  VERIFY,
} from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';
import { dbIdOf, must } from '../support/values';

let api: ApiEnv;
let emergency: number;
let enterprise: { id: number; name: string };

const RECORD = `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id hazards { id } } }`;
const HAZARD = `query($id: ID!) { node(id: $id) { ... on Hazard { id status listedAt delistedAt
  listing { plan { measures fundsYuan } suspendedAt suspensionReason expertAcceptance { experts passed } } } } }`;
const PUBLIC = `{ publicMajorHazards(first: 50) { totalCount edges { node { id enterpriseName regulatorName description
  status removedAt suspended } } } }`;
const DOCUMENTS = `query($id: ID!) { documents(subjectId: $id) { kind number issuer { id } } }`;
const PLAN = `mutation($id: ID!, $input: ListingPlanInput!) { submitListingPlan(hazardId: $id, input: $input) { id } }`;
const SUSPEND = `mutation($id: ID!, $reason: String!) { orderSuspension(hazardId: $id, reason: $reason) { id } }`;
const ACCEPT = `mutation($input: ExpertAcceptanceInput!) { recordExpertAcceptance(input: $input) { id } }`;

interface PublicRow {
  enterpriseName: string;
  description: string;
  status: string;
  removedAt: string | null;
  suspended: boolean;
}

async function publicRows(): Promise<PublicRow[]> {
  const result = await api.gql<{ publicMajorHazards: { edges: { node: PublicRow }[] } }>(PUBLIC, {}, null);
  expect(result.errors).toBeUndefined();
  return must(result.data).publicMajorHazards.edges.map((e) => e.node);
}

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 60 });
  emergency = await api.orgId('emergency');
  enterprise = await api.database.db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('regulator_id', '=', emergency)
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

describe('挂牌督办 of a major hazard', () => {
  it('lists it with its notice, takes the plan, the suspension and the acceptance, and removes it at sign-off', async () => {
    const staff = await api.login('emergency.staff');
    const own = await enterpriseLogin(api, enterprise.id);
    const recorded = await api.gql<{ recordRoutineInspection: { hazards: { id: string }[] } }>(
      RECORD,
      {
        input: {
          kind: 'ROUTINE',
          enterpriseId: api.gid('Enterprise', enterprise.id),
          inspectorCount: 2,
          findings: [finding('MAJOR', '液氯储罐区未设置泄漏检测报警装置', 30)],
          notes: '重大危险源专项检查',
          idempotencyKey: randomUUID(),
        },
      },
      staff,
    );
    expect(recorded.errors).toBeUndefined();
    const hazardId = must(must(recorded.data).recordRoutineInspection.hazards[0]).id;
    const read = async () =>
      must((await api.gql<{ node: Record<string, unknown> }>(HAZARD, { id: hazardId }, staff)).data).node;
    // The workflow lists it at once: the county office's notice, served on the enterprise.
    await waitFor(async () => (await read()).listedAt !== null, 60_000, 'the listing of the major hazard');
    const office = await api.database.db
      .selectFrom('org_unit')
      .select('id')
      .where('kind', '=', 'COUNTY_OFFICE')
      .executeTakeFirstOrThrow();
    const docs = async () =>
      must(
        (
          await api.gql<{ documents: { kind: string; number: string; issuer: { id: string } }[] }>(
            DOCUMENTS,
            { id: hazardId },
            own,
          )
        ).data,
      ).documents;
    const notice = (await docs()).find((d) => d.kind === 'LISTING_NOTICE');
    expect(notice?.issuer.id).toBe(api.gid('OrgUnit', office.id));
    const listed = (await publicRows()).find((r) => r.description === '液氯储罐区未设置泄漏检测报警装置');
    expect(listed).toMatchObject({ enterpriseName: enterprise.name, status: 'UNDER_SUPERVISION', suspended: false });

    // 五落实: a plan missing its parts is refused; the enterprise's own is recorded.
    const plan = {
      measures: '增设有毒气体检测报警装置并接入DCS',
      responsible: '企业主要负责人张三，设备部',
      fundsYuan: 120_000,
      completeBy: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      contingencyPlan: '整改期间储罐区停止装卸作业，专人巡检，配备正压式空气呼吸器',
    };
    const partial = await api.gql(PLAN, { id: hazardId, input: { ...plan, responsible: ' ' } }, own);
    expect(codeOf(partial)).toBe('BAD_USER_INPUT');
    expect(partial.errors?.[0]?.message).toBe(LISTING_REFUSALS.planFields);
    expect((await read()).listing).toBeNull();
    const audited = async () =>
      (
        await api.database.db
          .selectFrom('audit_log')
          .select('action')
          .where('subject_type', '=', 'Hazard')
          .where('subject_id', '=', String(dbIdOf(hazardId)))
          .where('action', '=', 'submitListingPlan')
          .execute()
      ).length;
    expect((await api.gql(PLAN, { id: hazardId, input: plan }, own)).errors).toBeUndefined();
    // The same plan sent again (a lost answer) is recorded once.
    expect((await api.gql(PLAN, { id: hazardId, input: plan }, own)).errors).toBeUndefined();
    expect(await audited()).toBe(1);
    expect((await read()).listing).toMatchObject({ plan: { fundsYuan: 120_000 } });

    // 暂时停产停业: the unit orders it once, with its document; not the enterprise; the public page says so.
    expect(codeOf(await api.gql(SUSPEND, { id: hazardId, reason: '无法保证安全' }, own))).toBe('FORBIDDEN');
    const suspended = await api.gql(
      SUSPEND,
      { id: hazardId, reason: '泄漏检测报警装置缺失，储罐区无法保证安全' },
      staff,
    );
    expect(suspended.errors).toBeUndefined();
    // Another department sees nothing of it; the same order again (a retry) is answered once, with one document.
    const foreign = await api.gql(SUSPEND, { id: hazardId, reason: '越权' }, await api.login('housing.staff'));
    expect(codeOf(foreign)).toBe('NOT_FOUND');
    const retried = await api.gql(SUSPEND, { id: hazardId, reason: '泄漏检测报警装置缺失，储罐区无法保证安全' }, staff);
    expect(retried.errors).toBeUndefined();
    const again = await api.gql(SUSPEND, { id: hazardId, reason: '再次' }, staff);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toBe(LISTING_REFUSALS.suspendedAlready);
    expect((await docs()).filter((d) => d.kind === 'SUSPENSION_ORDER')).toHaveLength(1);
    expect((await publicRows()).find((r) => r.description === '液氯储罐区未设置泄漏检测报警装置')?.suspended).toBe(
      true,
    );

    // 专家验收 after the rectification is reported.
    const acceptance = { hazardId, experts: ['李工', '王工'], opinion: '报警装置已投用，联锁有效', passed: true };
    const early = await api.gql(ACCEPT, { input: acceptance }, staff);
    expect(early.errors?.[0]?.message).toBe(LISTING_REFUSALS.acceptanceNotReady);
    const report = await api.gql(
      REPORT,
      { input: { hazardId, measures: '已增设报警装置', ...(await majorRectification(api, own)) } },
      own,
    );
    expect(report.errors).toBeUndefined();
    const verified = await api.gql(
      VERIFY,
      { input: { hazardId, passed: true, comment: '复查合格', idempotencyKey: randomUUID() } },
      staff,
    );
    expect(verified.errors).toBeUndefined();
    expect((await api.gql(ACCEPT, { input: acceptance }, staff)).errors).toBeUndefined();
    expect((await read()).listing).toMatchObject({ expertAcceptance: { experts: ['李工', '王工'], passed: true } });

    // 核销: the county office signs it off; the removal notice is issued and the public page shows it removed.
    const signed = await api.gql(
      SIGN_OFF,
      { input: { hazardId, approved: true, comment: '同意核销', idempotencyKey: randomUUID() } },
      await api.login('admin'),
    );
    expect(signed.errors).toBeUndefined();
    expect((await read()).delistedAt).not.toBeNull();
    const removal = (await docs()).find((d) => d.kind === 'LISTING_REMOVAL');
    expect(removal?.number).toMatch(/核销〔\d{4}〕\d+号$/);
    const removedRow = (await publicRows()).find((r) => r.description === '液氯储罐区未设置泄漏检测报警装置');
    expect(removedRow).toMatchObject({ status: 'REMOVED' });
    expect(removedRow?.removedAt).not.toBeNull();
    // After 核销 nothing more is filed.
    const late = await api.gql(PLAN, { id: hazardId, input: plan }, own);
    expect(codeOf(late)).toBe('CONFLICT');
  });
});
