// Public tips in a real browser against the real api: on a phone (390×844) and without login, someone reports a
// hazard with a photo and gets a tracking code, then looks the tip up with it; the county office triages it to the
// enterprise's regulator on its 有奖举报 page; the regulator finds the VERIFY task with the tip beside the inspection
// form; the tipster sees the new stage. No page scrolls sideways on the phone, and no page logs an error.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { tinyPng } from '../support/images';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { createPortals, until, viaMenu, type Portals } from './support/portals';

const WHAT = '仓库门口堆放几十桶稀释剂，没有防晒和通风，附近有人吸烟';
const FOUND = '仓库外露天堆放稀释剂约30桶，未设防晒通风设施';

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let enterprise: { id: number; name: string };
let trackingCode = '';

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 120 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  // An enterprise the emergency management bureau leads, named by the tipster as it is in the register.
  enterprise = await api.database.db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('regulator_id', '=', await api.orgId('emergency'))
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('public tips', () => {
  it('on a phone, without login, sends a tip with a photo and gets a tracking code that finds it', async () => {
    const page = await portals.open(null, { phone: true });
    await page.goto('/tip');
    await page.getByTestId('tip-page').waitFor();
    await page.getByTestId('tip-description').fill(WHAT);
    await page.getByTestId('tip-location').fill('开发区化工园区纬三路');
    await page.getByTestId('tip-enterprise').fill(enterprise.name);
    await page
      .getByTestId('tip-photos-input')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: tinyPng() });
    await until(() => page.getByTestId('tip-photo').count()).toBe(1);
    await page.getByTestId('tip-contact-name').fill('赵先生');
    await page.getByTestId('tip-contact-phone').fill('13600001234');
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'tip-form-phone');
    await page.getByTestId('tip-submit').click();

    const code = page.getByTestId('tip-code');
    await code.waitFor();
    trackingCode = (await code.innerText()).trim();
    expect(trackingCode).toMatch(/^[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}$/);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'tip-phone');
    const stored = await api.database.db
      .selectFrom('tip')
      .select(['matched_enterprise_id', 'contact_phone'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ matched_enterprise_id: enterprise.id, contact_phone: '13600001234' });
    expect(await api.database.db.selectFrom('tip_photo').select('id').execute()).toHaveLength(1);

    await page.getByRole('tab', { name: '查询进度' }).click();
    const input = page.getByTestId('tip-lookup-code').locator('xpath=descendant-or-self::input');
    await input.fill(trackingCode.toLowerCase());
    await page.getByTestId('tip-lookup-submit').click();
    await until(() => page.getByTestId('tip-stage').innerText()).toBe('已收到，待受理');
    expect(await page.getByTestId('tip-status').innerText()).not.toContain('赵先生');
    expect(await fitsWidth(page)).toBe(true);

    // A code of no tip says so.
    await input.fill('2222-2222-2222-2222');
    await page.getByTestId('tip-lookup-submit').click();
    await page.getByTestId('tip-none').waitFor();
  });

  it('the county office triages it to the regulator, who records its verification with the inspection form; the tipster sees the stage', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-tips').click();
    const row = admin.getByTestId('tip-row').filter({ hasText: WHAT });
    await until(() => row.count()).toBe(1);
    await row.getByRole('button', { name: '详情' }).click();
    await until(() => admin.getByTestId('tip-contact').innerText()).toBe('赵先生 13600001234');
    await admin.keyboard.press('Escape');
    await row.getByTestId('tip-triage-open').click();
    const dialog = admin.getByTestId('tip-triage-dialog');
    // The register's match is chosen, and its regulator with it.
    await until(() => dialog.getByTestId('tip-triage-enterprise').innerText()).toContain(enterprise.name);
    await until(() => dialog.getByTestId('tip-triage-assignee').innerText()).toContain('应急管理局');
    await admin.locator('#tip-triage-submit').click();
    await until(() => row.getByTestId('tip-stage-tag').innerText()).toBe('核查中');
    await screenshot(admin, 'admin-tips');
    // The county changes its reward rules: a new version, the old one kept.
    await admin.getByTestId('tip-rules-open').click();
    const rules = admin.getByTestId('tip-rules-dialog');
    const proposed = rules.locator('#GENERAL_proposed');
    await until(() => proposed.inputValue()).toBe('500');
    await proposed.fill('600');
    await rules.getByRole('button', { name: '保存为新版本' }).click();
    await rules.waitFor({ state: 'detached' });
    const versions = await api.database.db
      .selectFrom('tip_reward_rule')
      .select(['version', 'proposed_amount'])
      .where('level', '=', 'GENERAL')
      .orderBy('version')
      .execute();
    expect(versions).toEqual([
      { version: 1, proposed_amount: 500 },
      { version: 2, proposed_amount: 600 },
    ]);

    const inspector = await portals.open('emergency.staff', { phone: true });
    await viaMenu(inspector, 'nav-tasks');
    const task = inspector.getByTestId('task-row').filter({ hasText: enterprise.name }).first();
    await task.getByTestId('task-inspect').click();
    const tip = inspector.getByTestId('inspection-tip');
    await until(() => tip.innerText()).toContain(WHAT);
    expect(await tip.innerText()).not.toContain('13600001234');
    expect(await fitsWidth(inspector)).toBe(true);
    // The verification is recorded with the ordinary form: what was found is a hazard from a tip.
    await inspector.getByTestId('finding-add').click();
    await inspector.getByTestId('finding-card').nth(0).getByTestId('finding-description').fill(FOUND);
    await inspector.getByTestId('inspection-inspectors').fill('2');
    await inspector.getByTestId('inspection-submit').click();
    await inspector.getByTestId('my-tasks').waitFor({ timeout: 60_000 });
    const hazard = await api.database.db
      .selectFrom('hazard')
      .select(['source', 'enterprise_id', 'campaign_id'])
      .where('description', '=', FOUND)
      .executeTakeFirstOrThrow();
    expect(hazard).toEqual({ source: 'TIP', enterprise_id: enterprise.id, campaign_id: null });

    const tipster = await portals.open(null, { phone: true });
    await tipster.goto('/tip');
    await tipster.getByRole('tab', { name: '查询进度' }).click();
    await tipster.getByTestId('tip-lookup-code').locator('xpath=descendant-or-self::input').fill(trackingCode);
    await tipster.getByTestId('tip-lookup-submit').click();
    // Verified and found true: the tipster sees the reward under review, still nothing of who handles it.
    await until(async () => {
      await tipster.getByTestId('tip-lookup-submit').click();
      return tipster.getByTestId('tip-stage').innerText();
    }, 60_000).toBe('经核查属实，奖励审核中');
    expect(await tipster.getByTestId('tip-status').innerText()).not.toMatch(/应急管理局|执法人员/);
  });

  it('logged no error on any page', () => {
    expect(portals.problems).toEqual([]);
  });
});
