// 挂牌督办 in a real browser against the real api: the department leading enterprise1's industry records a 日常检查
// with a major hazard, which the workflow lists at once; the public page (no login, on a phone) shows it 督办中; the
// enterprise, on a phone, files its 五落实 治理方案 in the hazard's record; the unit's inspector orders the
// enterprise to suspend production there, and the record's documents then show the 现场处理措施决定书. The rest goes
// by the API — the rectification reported and verified, the experts' acceptance, the county office's 核销 — and the
// public page then shows the hazard 已核销.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { finding, majorRectification, REPORT, SIGN_OFF, VERIFY } from '../support/api-fixtures';
import { waitFor } from '../support/processes';
import { fitsWidth, launchBrowser } from './support/browser';
import { createPortals, until, viaMenu, type Portals } from './support/portals';

const FINDING = '液氨制冷机房氨泄漏报警与事故通风未联锁';
const PLAN = {
  measures: '增设氨气泄漏报警器并与事故排风机联锁，更换老化阀门',
  responsible: '企业主要负责人赵明，设备动力部',
  funds: '158000',
  contingency: '整改期间制冷机房停止运行，专人巡检，配备正压式空气呼吸器和应急喷淋',
};
const REASON = '氨泄漏报警与事故通风未联锁，机房内作业无法保证安全';
/** The machine may be loaded: a step waits this long for what the server does. */
const PATIENCE = 60_000;
const DAY = 86_400_000;
/** The Shanghai calendar day of an instant, as a date input takes it (YYYY-MM-DD). */
const shanghaiDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .slice(0, 10);

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
/** The enterprise of the demo account enterprise1, and the staff account of the department in charge of it. */
let enterprise: { id: number; name: string };
let inspector: string;
let unitName: string;
let hazardId: string;
let hazardDbId: number;

const gql = async <T>(query: string, variables: Record<string, unknown>, username: string) => {
  const result = await api.gql<T>(query, variables, await api.login(username));
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
};

const hazardRow = () =>
  api.database.db
    .selectFrom('hazard')
    .select(['id', 'status', 'listed_at', 'delisted_at'])
    .where('id', '=', hazardDbId)
    .executeTakeFirstOrThrow();

const listingRow = () =>
  api.database.db
    .selectFrom('hazard_listing')
    .select(['plan', 'suspended_at', 'suspension_reason', 'expert_acceptance'])
    .where('hazard_id', '=', hazardDbId)
    .executeTakeFirst();

/** The public page, without login: its row of FINDING under the tab named `tab`. */
async function publicRow(page: Page, tab: '督办中' | '已核销') {
  await page.goto('/public/major-hazards');
  await page.getByTestId('public-hazards-page').waitFor();
  await page.getByRole('tab', { name: tab }).click();
  const pane = page.getByTestId(tab === '督办中' ? 'public-hazards-active' : 'public-hazards-removed');
  return pane.getByTestId('public-hazard-row').filter({ hasText: FINDING });
}

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv(), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  const row = await api.database.db
    .selectFrom('app_user')
    .innerJoin('enterprise', 'enterprise.id', 'app_user.enterprise_id')
    .innerJoin('org_unit', 'org_unit.id', 'enterprise.regulator_id')
    .select(['enterprise.id', 'enterprise.name', 'org_unit.code', 'org_unit.name as unit'])
    .where('app_user.username', '=', 'enterprise1')
    .executeTakeFirstOrThrow();
  enterprise = { id: row.id, name: row.name };
  inspector = `${row.code}.staff`;
  unitName = row.unit;

  // A 日常检查 by the department's inspector finds the major hazard; the workflow lists it at once.
  const recorded = await gql<{ recordRoutineInspection: { hazards: { id: string }[] } }>(
    `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id hazards { id } } }`,
    {
      input: {
        kind: 'ROUTINE',
        enterpriseId: api.gid('Enterprise', enterprise.id),
        inspectorCount: 2,
        findings: [finding('MAJOR', FINDING, 30)],
        notes: '重点部位专项检查',
        idempotencyKey: randomUUID(),
      },
    },
    inspector,
  );
  hazardId = recorded.recordRoutineInspection.hazards[0]?.id ?? '';
  hazardDbId = Number(Buffer.from(hazardId, 'base64').toString('utf8').split(':')[1]);
  await waitFor(async () => (await hazardRow()).listed_at !== null, PATIENCE, 'the listing of the major hazard');
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('挂牌督办 in a browser', () => {
  it('without login, on a phone, the public page (linked from the tip page) shows the hazard under 督办中', async () => {
    const phone = await portals.open(null, { phone: true });
    await phone.goto('/tip');
    await phone.getByTestId('tip-major-hazards-link').click();
    await phone.getByTestId('public-hazards-page').waitFor();
    expect(new URL(phone.url()).pathname).toBe('/public/major-hazards');
    const row = await publicRow(phone, '督办中');
    await row.waitFor({ timeout: PATIENCE });
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(enterprise.name);
    expect(text).toContain(unitName);
    expect(await row.getByTestId('public-hazard-suspended').count()).toBe(0);
    expect(await fitsWidth(phone)).toBe(true);
    // Not yet removed: nothing of it under 已核销.
    await phone.getByRole('tab', { name: '已核销' }).click();
    const removed = phone.getByTestId('public-hazards-removed');
    await removed.waitFor();
    expect(await removed.getByTestId('public-hazard-row').filter({ hasText: FINDING }).count()).toBe(0);
    expect(portals.problems).toEqual([]);
  });

  it('as the enterprise on a phone, files the 五落实 治理方案 in the hazard’s record', async () => {
    const phone = await portals.open('enterprise1', { phone: true });
    await viaMenu(phone, 'nav-hazards');
    const card = phone.getByTestId('enterprise-hazard-card').filter({ hasText: FINDING });
    await card.getByRole('button', { name: '详情' }).click({ timeout: PATIENCE });
    const drawer = phone.getByTestId('hazard-drawer');
    const section = drawer.getByTestId('listing-section');
    await until(() => section.getByTestId('listing-status').textContent(), PATIENCE).toBe('督办中');
    await section.getByTestId('listing-plan-none').waitFor();
    // The enterprise files its plan; the unit's steps are not its own.
    expect(await section.getByTestId('listing-suspend-open').count()).toBe(0);
    expect(await section.getByTestId('listing-accept-open').count()).toBe(0);
    // The 挂牌督办通知书 was served on it.
    await drawer
      .getByTestId('document-row')
      .filter({ hasText: '挂牌督办通知书' })
      .first()
      .waitFor({ timeout: PATIENCE });

    await section.getByTestId('listing-plan-open').click();
    const dialog = phone.getByTestId('listing-plan-dialog');
    await dialog.getByTestId('listing-plan-measures').fill(PLAN.measures);
    await dialog.getByTestId('listing-plan-responsible').fill(PLAN.responsible);
    await dialog.getByTestId('listing-plan-funds').fill(PLAN.funds);
    const completeBy = shanghaiDay(new Date(Date.now() + 20 * DAY));
    await dialog.getByTestId('listing-plan-complete-by').fill(completeBy);
    await dialog.getByTestId('listing-plan-contingency').fill(PLAN.contingency);
    await dialog.getByTestId('listing-plan-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: PATIENCE });
    await until(() => section.getByTestId('listing-plan-measures-text').textContent(), PATIENCE).toBe(PLAN.measures);
    expect(await section.getByTestId('listing-plan-complete-by-text').textContent()).toBe(
      completeBy.replaceAll('-', '/'),
    );
    expect(await fitsWidth(phone)).toBe(true);

    const plan = (await listingRow())?.plan;
    expect(plan).toMatchObject({
      measures: PLAN.measures,
      responsible: PLAN.responsible,
      fundsYuan: Number(PLAN.funds),
      contingencyPlan: PLAN.contingency,
    });
    // The deadline is the whole day chosen, Shanghai time.
    expect(new Date(plan?.completeBy ?? 0).toISOString()).toBe(new Date(`${completeBy}T23:59:59+08:00`).toISOString());
    expect(portals.problems).toEqual([]);
  });

  it('as the unit’s inspector, orders the suspension; the record shows it and its 现场处理措施决定书', async () => {
    const page = await portals.open(inspector);
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('rectify-tab-OPEN').click();
    const row = page.getByTestId('hazard-row').filter({ hasText: FINDING });
    await row.getByRole('button', { name: '详情' }).click({ timeout: PATIENCE });
    const drawer = page.getByTestId('hazard-drawer');
    const section = drawer.getByTestId('listing-section');
    await until(() => section.getByTestId('listing-plan-measures-text').textContent(), PATIENCE).toBe(PLAN.measures);
    expect(await section.getByTestId('listing-suspension').textContent()).toBe('未责令');
    // Not reported yet: no acceptance to record.
    expect(await section.getByTestId('listing-accept-open').count()).toBe(0);

    await section.getByTestId('listing-suspend-open').click();
    const dialog = page.getByTestId('listing-suspend-dialog');
    // Without a reason the form refuses.
    await dialog.getByTestId('listing-suspend-submit').click();
    await dialog.getByText('请写明责令暂时停产停业的理由').waitFor();
    await dialog.getByTestId('listing-suspend-reason').fill(REASON);
    await dialog.getByTestId('listing-suspend-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: PATIENCE });
    const suspension = section.getByTestId('listing-suspension');
    await until(() => suspension.textContent(), PATIENCE).toContain('已责令暂时停产停业');
    expect(await suspension.textContent()).toContain(REASON);
    // Once only: the button is gone.
    expect(await section.getByTestId('listing-suspend-open').count()).toBe(0);

    const order = await api.database.db
      .selectFrom('document')
      .select('number')
      .where('kind', '=', 'SUSPENSION_ORDER')
      .where('subject_type', '=', 'Hazard')
      .where('subject_id', '=', hazardDbId)
      .executeTakeFirstOrThrow();
    const issued = drawer.getByTestId('document-row').filter({ hasText: '现场处理措施决定书' });
    await until(() => issued.getByTestId('document-number').textContent(), PATIENCE).toBe(order.number);
    expect((await listingRow())?.suspension_reason).toBe(REASON);
    expect(portals.problems).toEqual([]);
  });

  it('reported, verified, accepted by experts and signed off by the API, the public page shows it under 已核销', async () => {
    const own = await api.login('enterprise1');
    await gql(
      REPORT,
      { input: { hazardId, measures: PLAN.measures, ...(await majorRectification(api, own)) } },
      'enterprise1',
    );
    await until(async () => (await hazardRow()).status, PATIENCE).toBe('PENDING_VERIFICATION');
    await gql(
      VERIFY,
      { input: { hazardId, passed: true, comment: '现场复查，报警与排风联锁有效', idempotencyKey: randomUUID() } },
      inspector,
    );
    await until(async () => (await hazardRow()).status, PATIENCE).toBe('PENDING_SIGN_OFF');
    await gql(
      `mutation($input: ExpertAcceptanceInput!) { recordExpertAcceptance(input: $input) { id } }`,
      { input: { hazardId, experts: ['陈工', '刘工'], opinion: '联锁试验合格，同意验收', passed: true } },
      inspector,
    );
    expect((await listingRow())?.expert_acceptance).toMatchObject({ experts: ['陈工', '刘工'], passed: true });
    await gql(
      SIGN_OFF,
      { input: { hazardId, approved: true, comment: '同意核销', idempotencyKey: randomUUID() } },
      'admin',
    );
    await until(async () => (await hazardRow()).delisted_at !== null, PATIENCE).toBe(true);
    const removedAt = (await hazardRow()).delisted_at ?? new Date(0);

    const page = await portals.open(null);
    const row = await publicRow(page, '已核销');
    await row.waitFor({ timeout: PATIENCE });
    expect(await row.textContent()).toContain(enterprise.name);
    expect(await row.getByTestId('public-hazard-suspended').textContent()).toBe('已责令停产停业');
    expect(await row.getByTestId('public-hazard-removed-at').textContent()).toBe(
      shanghaiDay(new Date(removedAt)).replaceAll('-', '/'),
    );
    await page.getByRole('tab', { name: '督办中' }).click();
    const active = page.getByTestId('public-hazards-active');
    await active.waitFor();
    expect(await active.getByTestId('public-hazard-row').filter({ hasText: FINDING }).count()).toBe(0);
    expect(portals.problems).toEqual([]);
  });
});
