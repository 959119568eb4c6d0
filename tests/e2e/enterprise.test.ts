// The enterprise as a user (issue #12), in a real browser against the real api: the county office opens the
// enterprise's account; on a phone (390×844) the enterprise changes its initial password, self-checks item by item
// with a photo, and reports a major hazard's rectification with 五落实; the regulator verifies on a phone; the county
// office signs it off. No page scrolls sideways on the phone, and no page logs an error.
import { sql } from 'kysely';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { inDays, launchCampaign, waitForFanOut } from '../support/api-fixtures';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { createPortals, settle, until, viaMenu, type Portals } from './support/portals';

const CAMPAIGN = '危险化学品企业自查与重大事故隐患排查（浏览器测试）';
const USERNAME = 'qiye.e2e';
const MAJOR = '重大危险源未设置独立的安全仪表系统';

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let enterprise: { id: number; name: string; township_id: number };
let campaignId: number;
let photo: Buffer;

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv(), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  // The enterprise of the demo account enterprise1: a hazardous-chemicals firm with a major hazard source.
  enterprise = await api.database.db
    .selectFrom('app_user')
    .innerJoin('enterprise', 'enterprise.id', 'app_user.enterprise_id')
    .select(['enterprise.id', 'enterprise.name', 'enterprise.township_id'])
    .where('app_user.username', '=', 'enterprise1')
    .executeTakeFirstOrThrow();
  const template = await api.database.db
    .selectFrom('checklist_template')
    .select('id')
    .where(sql<boolean>`industries @> '["HAZARDOUS_CHEMICALS"]'::jsonb`)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const launched = await launchCampaign(api, {
    name: CAMPAIGN,
    industries: ['HAZARDOUS_CHEMICALS'],
    selfCheckDueAt: inDays(7),
    taskDueAt: inDays(20),
    checklistTemplateId: api.gid('ChecklistTemplate', template.id),
  });
  campaignId = launched.dbId;
  await waitForFanOut(api, campaignId);
  const first = await portals.open(null);
  photo = await first.screenshot({ clip: { x: 0, y: 0, width: 320, height: 240 } });
  await first.close();
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('the enterprise portal on a phone', () => {
  it("as admin, opens an account on the enterprise's page", async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-enterprises').click();
    const search = page.getByTestId('enterprise-search').locator('xpath=descendant-or-self::input');
    await search.fill(enterprise.name);
    await search.press('Enter');
    await until(() => page.getByTestId('enterprise-row').count()).toBe(1);
    await page.getByTestId('enterprise-accounts').click();
    const drawer = page.getByTestId('accounts-drawer');
    await drawer.getByTestId('account-add').click();
    await page.getByTestId('account-username').fill(USERNAME);
    await page.getByTestId('account-display-name').fill('王安全');
    await page.getByTestId('account-password').fill('chushi-2026');
    await page.getByTestId('account-submit').click();
    await until(() => drawer.getByTestId('account-row').filter({ hasText: USERNAME }).count()).toBe(1);
    await settle(page);
    await screenshot(page, 'admin-enterprise-accounts');
    await page.close();
  });

  it('changes the initial password, then self-checks every item with a hazard and a photo', async () => {
    const page = await portals.open(USERNAME, { phone: true, password: 'chushi-2026' });
    // The initial password first: nothing else opens until it is changed.
    await until(() => page.url()).toContain('/password');
    await page.getByTestId('password-current').fill('chushi-2026');
    await page.getByTestId('password-new').fill('qiye-anquan-2026');
    await page.getByTestId('password-confirm').fill('qiye-anquan-2026');
    await page.getByTestId('password-submit').click();
    await until(() => page.url()).toContain('/enterprise/tasks');
    const card = page.getByTestId('self-check-card').filter({ hasText: CAMPAIGN });
    await card.waitFor();
    await settle(page);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'enterprise-home-phone');
    await card.getByTestId('self-check-open').click();
    await page.getByTestId('self-check-page').waitFor();
    const items = page.getByTestId('self-check-item');
    const count = await items.count();
    expect(count).toBeGreaterThan(3);
    // The first item is not met: its hazard, plan and photo; every other item is met.
    await items.nth(0).getByText('不符合').click();
    const hazard = items.nth(0).getByTestId('self-check-hazard');
    await hazard.getByTestId('self-check-plan').fill('本周内补齐，由安全总监负责');
    await hazard
      .getByTestId('self-check-photos-input')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: photo });
    await hazard.getByTestId('self-check-photos-done').waitFor();
    for (let i = 1; i < count; i += 1) await items.nth(i).getByText('符合', { exact: true }).click();
    expect(await fitsWidth(page)).toBe(true);
    await items.nth(0).scrollIntoViewIfNeeded();
    await screenshot(page, 'enterprise-self-check-phone');
    await page.getByTestId('self-check-submit').click();
    await until(() => page.url()).toMatch(/\/enterprise\/tasks$/);
    const selfCheck = await api.database.db
      .selectFrom('self_check')
      .select('id')
      .where('enterprise_id', '=', enterprise.id)
      .where('campaign_id', '=', campaignId)
      .executeTakeFirstOrThrow();
    const found = await api.database.db
      .selectFrom('hazard')
      .innerJoin('photo', 'photo.hazard_id', 'hazard.id')
      .select(['hazard.source', 'hazard.rectification_plan'])
      .where('hazard.self_check_id', '=', selfCheck.id)
      .execute();
    expect(found).toEqual([{ source: 'SELF_CHECK', rectification_plan: '本周内补齐，由安全总监负责' }]);
    await page.close();
  });

  it('the inspector inspects on a phone, with the self-check beside the checklist; the enterprise reports with 五落实', async () => {
    const task = await api.database.db
      .selectFrom('task')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .where('enterprise_id', '=', enterprise.id)
      .where('kind', '=', 'INSPECT')
      .executeTakeFirstOrThrow();
    const inspector = await portals.open('emergency.staff', { phone: true });
    await inspector.goto(`/regulator/tasks/${encodeURIComponent(api.gid('Task', task.id))}/inspect`);
    await inspector.getByTestId('inspection-self-check').waitFor();
    await inspector.getByTestId('checklist-self-check').first().waitFor();
    // A major hazard straight from the checklist: its text becomes the finding.
    await inspector.getByTestId('finding-add').click();
    const finding = inspector.getByTestId('finding-card').nth(0);
    await finding.getByTestId('finding-description').fill(MAJOR);
    await finding.getByText('重大事故隐患').click();
    await inspector.getByTestId('inspection-inspectors').fill('2');
    expect(await fitsWidth(inspector)).toBe(true);
    await inspector.evaluate('window.scrollTo(0, 0)');
    await screenshot(inspector, 'regulator-inspection-phone');
    await inspector.getByTestId('inspection-submit').click();
    await inspector.getByTestId('my-tasks').waitFor({ timeout: 60_000 });
    const found = await api.database.db
      .selectFrom('hazard')
      .select(['level', 'source'])
      .where('description', '=', MAJOR)
      .executeTakeFirstOrThrow();
    expect(found).toEqual({ level: 'MAJOR', source: 'INSPECTION' });
    await inspector.close();

    const page = await portals.open(USERNAME, { phone: true, password: 'qiye-anquan-2026' });
    await viaMenu(page, 'nav-hazards');
    const card = page.getByTestId('enterprise-hazard-card').filter({ hasText: MAJOR });
    await card.getByTestId('enterprise-report-open').click({ timeout: 60_000 });
    const dialog = page.getByTestId('report-dialog');
    await dialog.getByTestId('report-five-items').waitFor();
    await page.getByTestId('report-measures').fill('增设独立安全仪表系统（SIS），联锁测试合格');
    // Without the five items the form says what is missing before anything is sent.
    await page.getByTestId('report-submit').click();
    await dialog.getByText('请填写整改责任人').waitFor();
    await page.getByTestId('report-responsible').fill('安全总监 王立新');
    await page.getByTestId('report-funds').locator('xpath=descendant-or-self::input').fill('186000');
    await page.getByTestId('report-contingency-plan').fill('整改期间降低储存量，专人24小时巡检');
    await page
      .getByTestId('report-photos-input')
      .setInputFiles({ name: 'sis.png', mimeType: 'image/png', buffer: photo });
    await page.getByTestId('report-photos-done').waitFor();
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'enterprise-rectification-phone');
    await page.getByTestId('report-submit').click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    const row = await api.database.db
      .selectFrom('hazard')
      .select(['status', 'reported_on_behalf', 'rectification_responsible'])
      .where('description', '=', MAJOR)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      status: 'PENDING_VERIFICATION',
      reported_on_behalf: false,
      rectification_responsible: '安全总监 王立新',
    });
    await page.close();
  });

  it('the regulator verifies on a phone; the county office signs the major hazard off', async () => {
    const phone = await portals.open('emergency.staff', { phone: true });
    await viaMenu(phone, 'nav-hazards');
    await phone.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    const row = phone.getByTestId('hazard-row').filter({ hasText: MAJOR });
    await row.getByTestId('verify-open').click();
    await phone.getByTestId('reported-by-enterprise').waitFor();
    await phone.getByTestId('verify-dialog').getByTestId('photo').first().waitFor();
    expect(await fitsWidth(phone)).toBe(true);
    await screenshot(phone, 'regulator-verify-phone');
    await phone.getByTestId('verify-comment').fill('现场核查，SIS已投用');
    await phone.getByTestId('verify-pass').click();
    await phone.getByTestId('verify-dialog').waitFor({ state: 'detached' });
    await until(
      async () =>
        (
          await api.database.db
            .selectFrom('hazard')
            .select('status')
            .where('description', '=', MAJOR)
            .executeTakeFirstOrThrow()
        ).status,
    ).toBe('PENDING_SIGN_OFF');

    const admin = await portals.open('admin');
    await admin.getByTestId('nav-sign-off').click();
    const pending = admin.getByTestId('sign-off-row').filter({ hasText: MAJOR });
    await pending.getByTestId('sign-off-open').click();
    await admin.getByTestId('sign-off-comment').fill('五落实到位，同意销号');
    await settle(admin);
    await screenshot(admin, 'admin-sign-off');
    await admin.getByTestId('sign-off-approve').click();
    await admin.getByTestId('sign-off-dialog').waitFor({ state: 'detached' });
    await until(() => pending.count()).toBe(0);
    await until(
      async () =>
        (
          await api.database.db
            .selectFrom('hazard')
            .select('status')
            .where('description', '=', MAJOR)
            .executeTakeFirstOrThrow()
        ).status,
    ).toBe('CLOSED');
  });

  it("the enterprise's notices: what was found, what was closed; all marked read", async () => {
    const page = await portals.open(USERNAME, { phone: true, password: 'qiye-anquan-2026' });
    await page.getByTestId('notification-bell').click();
    const list = page.getByTestId('notification-card');
    await until(() => list.count()).toBeGreaterThan(1);
    expect(await page.getByTestId('notification-list').textContent()).toContain('隐患整改通知');
    expect(await fitsWidth(page)).toBe(true);
    await settle(page);
    await screenshot(page, 'enterprise-notifications-phone');
    await page.getByTestId('notifications-read-all').click();
    await until(() => list.count()).toBe(0);
    await page.close();
    expect(portals.problems).toEqual([]);
  });
});
