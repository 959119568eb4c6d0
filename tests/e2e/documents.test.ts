// 执法文书 in a real browser against the real api: an inspector records a 日常检查 with a finding; the inspection's
// page shows the numbered 现场检查记录 and 责令限期整改指令书, each with its printable PDF; the enterprise, on a phone,
// signs for the order with a name; the inspector's page then shows it signed for by that name, and the inspector
// corrects the record, which a new numbered document then names. Under that order the enterprise reports the
// rectification and applies for the 复查 (申请复查), seeing by when it is due; the unit's 复查 then issues the numbered
// 整改复查意见书, which the hazard's record shows.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { fitsWidth, launchBrowser } from './support/browser';
import { createPortals, pick, until, viaMenu, type Portals } from './support/portals';

const FINDING = '液氨储罐区可燃气体报警器失效';
const SIGNER = '李建国';
/** A moment as the app shows it: Asia/Shanghai, zh-CN (web-admin/src/format.ts). */
const shown = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour12: false,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
/** The machine may be loaded: a step waits this long for what the server does. */
const PATIENCE = 60_000;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
/** The enterprise of the demo account enterprise1, and the staff account of the department in charge of it. */
let enterprise: { id: number; name: string };
let inspector: string;
let unitName: string;

/** The documents the inspection of FINDING issued, in the order issued. */
async function issued() {
  return api.database.db
    .selectFrom('document')
    .innerJoin('inspection', 'inspection.id', 'document.subject_id')
    .innerJoin('hazard', 'hazard.inspection_id', 'inspection.id')
    .select(['document.id', 'document.kind', 'document.number', 'document.signer_name'])
    .where('document.subject_type', '=', 'Inspection')
    .where('hazard.description', '=', FINDING)
    .orderBy('document.id')
    .execute();
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
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('执法文书 in a browser', () => {
  it('as the inspector, records an inspection with a finding and finds its two numbered documents and their PDFs', async () => {
    const page = await portals.open(inspector);
    await page.getByTestId('nav-routine').click();
    await page.getByTestId('routine-page').waitFor();
    await pick(page, 'routine-enterprise', enterprise.name);
    await page.getByTestId('routine-add').click();
    await page.getByTestId('finding-card').first().getByTestId('finding-description').fill(FINDING);
    await page.getByTestId('routine-submit').click();
    await page.getByText(`已记录对${enterprise.name}的检查，发现隐患1项`).waitFor({ timeout: PATIENCE });

    const documents = await issued();
    expect(documents.map((d) => d.kind)).toEqual(['INSPECTION_RECORD', 'RECTIFICATION_ORDER']);
    expect(documents.every((d) => d.number.startsWith(unitName))).toBe(true);
    // Right after recording, the routine page offers the documents to print and have signed for on site.
    const recorded = page.getByTestId('documents-card');
    await until(() => recorded.getByTestId('document-number').allTextContents(), PATIENCE).toEqual(
      documents.map((d) => d.number),
    );

    // The inspection's own page: 我的任务 → 已完成 → 详情.
    await page.getByTestId('nav-tasks').click();
    await page.getByTestId('task-count-done').click();
    await page.getByTestId('task-row').filter({ hasText: enterprise.name }).getByTestId('task-details').click();
    await page.getByTestId('inspection-recorded').waitFor({ timeout: PATIENCE });
    const card = page.getByTestId('documents-card');
    const rows = card.getByTestId('document-row');
    await until(() => rows.count(), PATIENCE).toBe(2);
    const record = rows.filter({ hasText: '现场检查记录' });
    const order = rows.filter({ hasText: '责令限期整改指令书' });
    await until(() => record.getByTestId('document-number').textContent()).toBe(documents[0]?.number);
    await until(() => order.getByTestId('document-number').textContent()).toBe(documents[1]?.number);
    await until(() => order.getByTestId('document-status').textContent()).toBe('待签收');
    // The inspector may record the receipt on site and correct: the issuing unit's own.
    expect(await order.getByTestId('document-sign-open').textContent()).toContain('现场签收');
    expect(await order.getByTestId('document-correct-open').count()).toBe(1);

    // Each PDF opens with the page's session cookie.
    for (const row of [record, order]) {
      const link = row.getByTestId('document-pdf');
      expect(await link.getAttribute('target')).toBe('_blank');
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^\/documents\/\d+\.pdf$/);
      const response = await page.request.get(href ?? '');
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/pdf');
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });

  it('as the enterprise on a phone, signs for the order with a name; the inspector sees who signed', async () => {
    const documents = await issued();
    const orderNumber = documents[1]?.number ?? '';
    const phone = await portals.open('enterprise1', { phone: true });
    await viaMenu(phone, 'nav-inspection-log');
    const inspection = phone.getByTestId('inspection-log-row').filter({ hasText: unitName }).first();
    const order = inspection.getByTestId('document-row').filter({ hasText: '责令限期整改指令书' });
    await until(() => order.getByTestId('document-number').textContent(), PATIENCE).toBe(orderNumber);
    await until(() => order.getByTestId('document-status').textContent()).toBe('待签收');
    // The enterprise signs for what was served on it; only the issuing unit corrects.
    expect(await order.getByTestId('document-correct-open').count()).toBe(0);
    expect(await fitsWidth(phone)).toBe(true);
    await order.getByTestId('document-sign-open').click();
    const dialog = phone.getByTestId('document-sign-dialog');
    await dialog.getByTestId('document-signer-name').fill(SIGNER);
    await dialog.getByTestId('document-sign-submit').click();
    await until(() => order.getByTestId('document-status').textContent(), PATIENCE).toContain(`已签收：${SIGNER}`);
    await dialog.waitFor({ state: 'hidden' });
    expect(await order.getByTestId('document-sign-open').count()).toBe(0);
    expect(await fitsWidth(phone)).toBe(true);
    expect((await issued()).map((d) => d.signer_name)).toEqual([null, SIGNER]);

    const page = await portals.open(inspector);
    await page.getByTestId('task-count-done').click();
    await page.getByTestId('task-row').filter({ hasText: enterprise.name }).getByTestId('task-details').click();
    const signed = page
      .getByTestId('documents-card')
      .getByTestId('document-row')
      .filter({ hasText: '责令限期整改指令书' });
    await until(() => signed.getByTestId('document-status').textContent(), PATIENCE).toContain(`已签收：${SIGNER}`);
    expect(await signed.getByTestId('document-sign-open').count()).toBe(0);
    // The record was not signed for: it still waits.
    const record = page.getByTestId('documents-card').getByTestId('document-row').filter({ hasText: '现场检查记录' });
    expect(await record.getByTestId('document-status').textContent()).toBe('待签收');
  });

  it('as the inspector, corrects the record: a new numbered document names the old, which stays as issued', async () => {
    const page = await portals.open(inspector);
    await page.getByTestId('task-count-done').click();
    await page.getByTestId('task-row').filter({ hasText: enterprise.name }).getByTestId('task-details').click();
    const rows = page.getByTestId('documents-card').getByTestId('document-row');
    await until(() => rows.count(), PATIENCE).toBe(2);
    const [record] = await issued();
    await rows.filter({ hasText: '现场检查记录' }).getByTestId('document-correct-open').click();
    const dialog = page.getByTestId('document-correct-dialog');
    // Nothing changed: refused before it is sent.
    await dialog.getByTestId('document-correct-reason').fill('隐患部位记录有误');
    await dialog.getByTestId('document-correct-submit').click();
    await page.getByText('更正内容与原文书相同，无需更正').waitFor();
    await dialog.getByTestId('document-correct-item').first().fill(`液氨储罐区东侧：${FINDING}（一般事故隐患）`);
    await dialog.getByTestId('document-correct-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: PATIENCE });
    await until(() => rows.count(), PATIENCE).toBe(3);
    const correction = await api.database.db
      .selectFrom('document')
      .select(['number', 'corrects_id'])
      .where('corrects_id', '=', record?.id ?? 0)
      .executeTakeFirstOrThrow();
    const old = rows.filter({ hasText: record?.number ?? '' }).first();
    await until(() => old.getByTestId('document-status').textContent()).toBe(`已更正 → ${correction.number}`);
    expect(await old.getByTestId('document-correct-open').count()).toBe(0);
    const corrected = rows.filter({ hasText: `更正 ${record?.number ?? ''}` });
    await until(() => corrected.getByTestId('document-number').textContent()).toBe(correction.number);
    expect(portals.problems).toEqual([]);
  });
  it('under the order, the enterprise applies for 复查; the unit re-inspects and the 整改复查意见书 is issued', async () => {
    const hazardRow = () =>
      api.database.db
        .selectFrom('hazard')
        .select(['id', 'status', 'verify_by', 'reinspection_requested_at'])
        .where('description', '=', FINDING)
        .executeTakeFirstOrThrow();
    const phone = await portals.open('enterprise1', { phone: true });
    await viaMenu(phone, 'nav-hazards');
    const card = phone.getByTestId('enterprise-hazard-card').filter({ hasText: FINDING });
    await card.getByTestId('enterprise-report-open').click({ timeout: PATIENCE });
    const report = phone.getByTestId('report-dialog');
    await report.getByTestId('report-measures').fill('更换可燃气体报警器探头并校验合格');
    await report.getByTestId('report-submit').click();
    await report.waitFor({ state: 'detached', timeout: PATIENCE });
    await until(async () => (await hazardRow()).status, PATIENCE).toBe('PENDING_VERIFICATION');

    await phone.locator('.ant-segmented-item', { hasText: '已报告' }).click();
    await card.getByTestId('reinspection-request').click({ timeout: PATIENCE });
    await phone.getByText('申请复查后，监管部门应在复查期限内到现场复查').waitFor();
    await phone.locator('.ant-popconfirm-buttons button.ant-btn-primary').click();
    const requested = card.getByTestId('reinspection-requested');
    await requested.waitFor({ timeout: PATIENCE });
    const hazard = await hazardRow();
    expect(hazard.reinspection_requested_at).not.toBeNull();
    const due = `已申请复查，复查期限：${shown(new Date(hazard.verify_by ?? 0))}`;
    await until(() => requested.textContent(), PATIENCE).toBe(due);
    expect(await card.getByTestId('reinspection-request').count()).toBe(0);
    expect(await fitsWidth(phone)).toBe(true);

    // The unit sees the statutory day in the record, then re-inspects.
    const page = await portals.open(inspector);
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    const row = page.getByTestId('hazard-row').filter({ hasText: FINDING });
    await row.getByRole('button', { name: '详情' }).click({ timeout: PATIENCE });
    const drawer = page.getByTestId('hazard-drawer');
    await until(() => drawer.getByTestId('hazard-verify-by').textContent(), PATIENCE).toBe(
      shown(new Date(hazard.verify_by ?? 0)),
    );
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await row.getByTestId('verify-open').click();
    await page.getByTestId('verify-comment').fill('现场复查，报警器已更换并校验合格');
    await page.getByTestId('verify-pass').click();
    await page.getByTestId('verify-dialog').waitFor({ state: 'detached', timeout: PATIENCE });
    await until(async () => (await hazardRow()).status, PATIENCE).toBe('CLOSED');
    const opinion = () =>
      api.database.db
        .selectFrom('document')
        .select('number')
        .where('kind', '=', 'REINSPECTION_OPINION')
        .where('subject_type', '=', 'Hazard')
        .where('subject_id', '=', hazard.id)
        .execute();
    await until(async () => (await opinion()).length, PATIENCE).toBe(1);
    const [{ number } = { number: '' }] = await opinion();
    expect(number.startsWith(unitName)).toBe(true);

    await page.getByTestId('rectify-tab-CLOSED').click();
    await page.getByTestId('hazard-row').filter({ hasText: FINDING }).getByRole('button', { name: '详情' }).click({
      timeout: PATIENCE,
    });
    const issuedOpinion = drawer.getByTestId('document-row').filter({ hasText: '整改复查意见书' });
    await until(() => issuedOpinion.getByTestId('document-number').textContent(), PATIENCE).toBe(number);
    expect(portals.problems).toEqual([]);
  });
});
