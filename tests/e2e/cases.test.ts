// 行政处罚案件 in a real browser against the real api: an inspector of the department leading enterprise1's industry
// opens a case (立案) from the page of an inspection that found a violation, naming the unit's head as co-handler;
// concludes the investigation, issues the notice with the fine proposed, records the party's hearing request and the
// hearing. Trying the legal review himself, he is refused in the server's words; the county office's admin does the
// review (法制审核) on its own desk; the head decides. The remaining steps go by the API; the desk then shows the case
// 已归档 with its four documents, and the enterprise, on a phone, finds the case and signs for the decision. A hazard
// whose 复查 failed offers 立案 in its record.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CASE_REFUSALS } from '../../domain/cases';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';
import { enterpriseLogin, finding, REPORT, VERIFY } from '../support/api-fixtures';
import { fitsWidth, launchBrowser } from './support/browser';
import { chooseInMultiple, createPortals, until, viaMenu, type Portals } from './support/portals';

const FINDING = '特种作业人员未持证上岗';
/** A second finding of the inspection, whose 复查 fails. */
const LOCKED_EXIT = '二号仓库安全出口锁闭';
const VIOLATION = '特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业';
const BASIS = '《中华人民共和国安全生产法》第三十条第一款、第九十七条第（七）项';
const EARLIER = '未如实记录安全生产教育和培训情况';
const ARCHIVE_NUMBER = `罚档〔2026〕${Math.floor(Math.random() * 900) + 100}`;
/** The machine may be loaded: a step waits this long for what the server does. */
const PATIENCE = 60_000;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
/** The enterprise of the demo account enterprise1, the department in charge of it, its staff and head accounts. */
let enterprise: { id: number; name: string };
let unitName: string;
let staff: string;
let head: { username: string; name: string; gid: string };
let inspectionId: string;
/** The case's record as the unit's desk addresses it. */
let casePath = '';

const gql = async <T>(query: string, variables: Record<string, unknown>, username: string) => {
  const result = await api.gql<T>(query, variables, await api.login(username));
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
};

const ADVANCE = `mutation($input: AdvanceCaseInput!) { advanceCase(input: $input) { id status } }`;

async function caseRow() {
  return api.database.db
    .selectFrom('enforcement_case')
    .select(['id', 'status', 'handler_ids', 'penalty'])
    .where('violation', '=', VIOLATION)
    .executeTakeFirst();
}

/** Takes one step of the case on its page: the step's button, the dialog's fields, its submit. */
async function take(page: Page, action: string, fields: { note?: string; penalty?: string } = {}) {
  await page.getByTestId(`case-action-${action}`).click({ timeout: PATIENCE });
  const dialog = page.getByTestId('case-advance-dialog');
  await dialog.waitFor();
  if (fields.penalty !== undefined) await dialog.getByTestId('case-penalty').fill(fields.penalty);
  if (fields.note !== undefined) await dialog.getByTestId('case-note').fill(fields.note);
  await dialog.getByTestId('case-advance-submit').click();
  return dialog;
}

/** Waits for the case page's status tag to read `status`. */
async function statusIs(page: Page, status: string) {
  await until(() => page.getByTestId('case-page').getByTestId('case-status').textContent(), PATIENCE).toBe(status);
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
  unitName = row.unit;
  staff = `${row.code}.staff`;
  const headRow = await api.database.db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name'])
    .where('username', '=', `${row.code}.head`)
    .executeTakeFirstOrThrow();
  head = { username: headRow.username, name: headRow.display_name, gid: api.gid('User', headRow.id) };

  // The inspection that found the violation: a 日常检查 by the department's inspector.
  const recorded = await gql<{ recordRoutineInspection: { id: string } }>(
    `mutation($input: RoutineInspectionInput!) { recordRoutineInspection(input: $input) { id } }`,
    {
      input: {
        kind: 'ROUTINE',
        enterpriseId: api.gid('Enterprise', enterprise.id),
        inspectorCount: 2,
        findings: [finding('MAJOR', FINDING, 10), finding('GENERAL', LOCKED_EXIT, 10)],
        notes: '执法检查',
        idempotencyKey: randomUUID(),
      },
    },
    staff,
  );
  inspectionId = recorded.recordRoutineInspection.id;
  // An earlier case of the unit, with its head as co-handler: a unit may not list its own accounts (that is the
  // county office's 账号管理), so the 立案 form offers the colleagues the API shows it — the handlers of its cases.
  await gql(
    `mutation($input: OpenCaseInput!) { openCase(input: $input) { id } }`,
    {
      input: {
        inspectionId,
        violation: EARLIER,
        legalBasis: '《中华人民共和国安全生产法》第二十八条第四款',
        coHandlerIds: [head.gid],
        idempotencyKey: randomUUID(),
      },
    },
    staff,
  );
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('行政处罚案件 in a browser', () => {
  it('as the inspector, opens the case from the inspection, investigates, notifies, records the hearing, and may not review it himself', async () => {
    const page = await portals.open(staff);
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('task-count-done').click();
    await page.getByTestId('task-row').filter({ hasText: enterprise.name }).getByTestId('task-details').click();
    await page.getByTestId('inspection-recorded').waitFor({ timeout: PATIENCE });
    await page.getByTestId('case-open').click();
    const dialog = page.getByTestId('case-open-dialog');
    // The inspection's finding is the violation's first draft.
    await until(() => dialog.getByTestId('case-violation-input').inputValue()).toBe(`${FINDING}；${LOCKED_EXIT}`);
    // Alone is refused by the form: two officers at least.
    await dialog.getByTestId('case-violation-input').fill(VIOLATION);
    await dialog.getByTestId('case-legal-basis').fill(BASIS);
    await dialog.getByTestId('case-open-submit').click();
    await dialog.getByText(CASE_REFUSALS.coHandlerRequired).waitFor();
    await chooseInMultiple(page, 'case-co-handlers', head.name);
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByTestId('case-open-submit').click();
    await until(() => new URL(page.url()).pathname, PATIENCE).toMatch(/^\/regulator\/cases\/[^/]+$/);
    casePath = new URL(page.url()).pathname;
    await page.getByTestId('case-page').waitFor();
    await statusIs(page, '已立案（调查取证）');
    await until(() => page.getByTestId('case-handlers').textContent()).toContain(head.name);
    const documents = page.getByTestId('documents-card').getByTestId('document-title');
    await until(() => documents.allTextContents(), PATIENCE).toEqual(['立案审批表']);
    expect((await caseRow())?.handler_ids).toHaveLength(2);

    // 调查终结: the note is required by the form.
    const investigate = await take(page, 'INVESTIGATE');
    await investigate.getByText(CASE_REFUSALS.noteRequired).waitFor();
    await investigate.getByTestId('case-note').fill('调取培训记录和操作证书，询问作业人员，证据确实充分');
    await investigate.getByTestId('case-advance-submit').click();
    await investigate.waitFor({ state: 'hidden', timeout: PATIENCE });
    await statusIs(page, '调查终结');

    // 告知 with the fine proposed: the 行政处罚告知书 is issued.
    const notify = await take(page, 'NOTIFY', { penalty: '20000' });
    await notify.waitFor({ state: 'hidden', timeout: PATIENCE });
    await statusIs(page, '已告知（陈述申辩、听证期间）');
    await until(() => documents.allTextContents(), PATIENCE).toEqual(['立案审批表', '行政处罚告知书']);

    // The party asks for a hearing within its period; the hearing is held.
    const request = await take(page, 'REQUEST_HEARING', { note: '当事人书面申请听证' });
    await request.waitFor({ state: 'hidden', timeout: PATIENCE });
    await until(() => page.getByTestId('case-hearing').textContent(), PATIENCE).toBe('已申请，待举行');
    expect(await page.getByTestId('case-action-REQUEST_HEARING').count()).toBe(0);
    const hearing = await take(page, 'HOLD_HEARING', { note: '听证由法制科科长主持，当事人到场陈述意见' });
    await hearing.waitFor({ state: 'hidden', timeout: PATIENCE });
    await until(() => page.getByTestId('case-hearing').textContent(), PATIENCE).toBe('已举行');

    // The handler may not review his own case: the server's sentence, and nothing changes.
    const review = await take(page, 'REVIEW', { note: '事实清楚，证据确凿' });
    await until(() => review.getByTestId('error-alert').textContent(), PATIENCE).toContain(
      CASE_REFUSALS.reviewerIsHandler,
    );
    await review.getByRole('button', { name: '取消' }).click();
    await review.waitFor({ state: 'hidden' });
    expect((await caseRow())?.status).toBe('NOTIFIED');
    expect(portals.problems).toEqual([]);
  });

  it('as the county office, does the legal review from its case desk', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-desk').waitFor();
    const row = page.getByTestId('case-row').filter({ hasText: enterprise.name }).filter({ hasText: VIOLATION });
    await until(() => row.getByTestId('case-status').textContent(), PATIENCE).toBe('已告知（陈述申辩、听证期间）');
    await row.getByTestId('case-details').click();
    await page.getByTestId('case-page').waitFor();
    // The county office reviews; the handlers' steps are not its own.
    await until(() => page.getByTestId('case-actions').getByRole('button').allTextContents(), PATIENCE).toEqual([
      '法制审核',
    ]);
    const review = await take(page, 'REVIEW', { note: '事实清楚，证据确凿，程序合法，处罚适当' });
    await review.waitFor({ state: 'hidden', timeout: PATIENCE });
    await statusIs(page, '法制审核通过');
    expect(portals.problems).toEqual([]);
  });

  it('as the head, decides the penalty; after service, execution, closing and archiving the desk shows it archived with its four documents', async () => {
    const page = await portals.open(head.username);
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-desk').waitFor();
    await page.getByTestId('case-row').filter({ hasText: VIOLATION }).getByTestId('case-details').click();
    await until(() => new URL(page.url()).pathname).toBe(casePath);
    const decide = await take(page, 'DECIDE', { penalty: '15000' });
    await decide.waitFor({ state: 'hidden', timeout: PATIENCE });
    await statusIs(page, '已作出处罚决定');
    expect(Number((await caseRow())?.penalty)).toBe(15_000);

    // 送达, 执行, 结案 and 归档 by the API, as the handler and the head.
    const caseId = decodeURIComponent(casePath.split('/').pop() ?? '');
    const advance = (username: string, action: string, extra: Record<string, unknown> = {}) =>
      gql(ADVANCE, { input: { caseId, action, idempotencyKey: randomUUID(), ...extra } }, username);
    await advance(staff, 'SERVE', { note: '直接送达，当事人签收' });
    await advance(staff, 'EXECUTE', { note: '已缴纳罚款，票据号 3713290001' });
    await advance(head.username, 'CLOSE');
    await advance(staff, 'ARCHIVE', { archiveNumber: ARCHIVE_NUMBER });

    const desk = await portals.open(staff);
    await desk.getByTestId('nav-cases').click();
    const row = desk.getByTestId('case-row').filter({ hasText: VIOLATION });
    await until(() => row.getByTestId('case-status').textContent(), PATIENCE).toBe('已归档');
    // Filtering by status keeps it and leaves the earlier case, still at its filing, out.
    await chooseInMultiple(desk, 'case-status-filter', '已归档');
    await until(() => desk.getByTestId('case-row').count(), PATIENCE).toBe(1);
    await row.getByTestId('case-details').click();
    await statusIs(desk, '已归档');
    await until(() => desk.getByTestId('case-archive-number-shown').textContent(), PATIENCE).toBe(ARCHIVE_NUMBER);
    await until(
      () => desk.getByTestId('documents-card').getByTestId('document-title').allTextContents(),
      PATIENCE,
    ).toEqual(['立案审批表', '行政处罚告知书', '行政处罚决定书', '结案审批表']);
    expect(await desk.getByTestId('case-actions').getByRole('button').count()).toBe(0);
    expect(await desk.getByTestId('case-event').count()).toBeGreaterThanOrEqual(10);
    expect(portals.problems).toEqual([]);
  });

  it('as the enterprise on a phone, finds the case against it and signs for the decision', async () => {
    const phone = await portals.open('enterprise1', { phone: true });
    await viaMenu(phone, 'nav-cases');
    const card = phone.getByTestId('own-case-row').filter({ hasText: VIOLATION });
    await until(() => card.getByTestId('case-status').textContent(), PATIENCE).toBe('已归档');
    expect(await card.textContent()).toContain(unitName);
    const decision = card.getByTestId('document-row').filter({ hasText: '行政处罚决定书' });
    await until(() => decision.getByTestId('document-status').textContent(), PATIENCE).toBe('待签收');
    // The internal approval forms are not served on the enterprise: it does not sign for them.
    expect(
      await card
        .getByTestId('document-row')
        .filter({ hasText: '立案审批表' })
        .getByTestId('document-sign-open')
        .count(),
    ).toBe(0);
    await decision.getByTestId('document-sign-open').click();
    const dialog = phone.getByTestId('document-sign-dialog');
    await dialog.getByTestId('document-signer-name').fill('李建国');
    await dialog.getByTestId('document-sign-submit').click();
    await until(() => decision.getByTestId('document-status').textContent(), PATIENCE).toContain('已签收：李建国');
    expect(await fitsWidth(phone)).toBe(true);
    expect(portals.problems).toEqual([]);
  });

  it('as the inspector, finds 立案 offered in the record of a hazard whose 复查 failed', async () => {
    const hazard = await api.database.db
      .selectFrom('hazard')
      .select('id')
      .where('description', '=', LOCKED_EXIT)
      .executeTakeFirstOrThrow();
    const hazardId = api.gid('Hazard', hazard.id);
    await waitFor(
      async () => (await api.env.client.workflow.getHandle(`hazard-${hazard.id}`).describe()).status.name === 'RUNNING',
      PATIENCE,
      "the hazard's workflow",
    );
    const own = await enterpriseLogin(api, enterprise.id);
    expect((await api.gql(REPORT, { input: { hazardId, measures: '已拆除锁具' } }, own)).errors).toBeUndefined();
    await gql(
      VERIFY,
      {
        input: {
          hazardId,
          passed: false,
          comment: '复查时安全出口仍被货物堵塞',
          newRectifyBy: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          idempotencyKey: randomUUID(),
        },
      },
      staff,
    );

    const page = await portals.open(staff);
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('rectify-tab-OPEN').click();
    const row = page.getByTestId('hazard-row').filter({ hasText: LOCKED_EXIT });
    await row.getByRole('button', { name: '详情' }).click({ timeout: PATIENCE });
    const drawer = page.getByTestId('hazard-drawer');
    await drawer.getByTestId('hazard-case-hint').waitFor({ timeout: PATIENCE });
    await drawer.getByTestId('case-open').click();
    const dialog = page.getByTestId('case-open-dialog');
    await until(() => dialog.getByTestId('case-violation-input').inputValue()).toBe(LOCKED_EXIT);
    await until(() => dialog.textContent()).toContain(enterprise.name);
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    // The inspection's other hazard never failed a 复查: its record offers no 立案.
    await page.getByTestId('hazard-row').filter({ hasText: FINDING }).getByRole('button', { name: '详情' }).click();
    await until(() => drawer.getByTestId('hazard-event').count(), PATIENCE).toBeGreaterThan(0);
    await until(() => drawer.textContent()).toContain(FINDING);
    expect(await drawer.getByTestId('hazard-case-hint').count()).toBe(0);
    expect(portals.problems).toEqual([]);
  });
});
