// Routine and night inspections in a real browser against the real api: an inspector records a 日常检查 with a
// hazard at an enterprise found by name; the unit's head sets up a night patrol and stops it.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { launchBrowser, screenshot } from './support/browser';
import { createPortals, pick, settle, until, type Portals } from './support/portals';

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let enterprise: { id: number; name: string };
let township: { code: string; name: string };

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv(), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  enterprise = await api.database.db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('regulator_id', '=', await api.orgId('emergency'))
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  township = await api.database.db
    .selectFrom('org_unit')
    .select(['code', 'name'])
    .where('kind', '=', 'TOWNSHIP')
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

describe('routine and night inspections in a browser', () => {
  it('records an unregistered site as a lead with a photo; its township sees it and closes it', async () => {
    const page = await portals.open('emergency.staff');
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 64 } });
    await page.getByTestId('nav-routine').click();
    await page.getByRole('tab', { name: '未登记场所（打非线索）' }).click();
    await page.getByTestId('lead-site-name').fill('无名烟花作坊');
    await pick(page, 'lead-township', township.name);
    await page.getByTestId('lead-address').fill('后街18号院内');
    await page.getByTestId('lead-description').fill('无证生产烟花爆竹半成品');
    await page
      .getByTestId('lead-photos-input')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: photo });
    await page.getByTestId('lead-photos-done').waitFor();
    await page.getByTestId('lead-submit').click();
    await page.getByTestId('lead-row').filter({ hasText: '无名烟花作坊' }).waitFor();
    await screenshot(page, 'regulator-illegal-site');

    const local = await portals.open(`${township.code}.staff`);
    await local.getByTestId('nav-routine').click();
    await local.getByRole('tab', { name: '未登记场所（打非线索）' }).click();
    const row = local.getByTestId('lead-row').filter({ hasText: '无名烟花作坊' });
    await row.getByTestId('lead-close-open').click();
    await local.getByTestId('lead-close-note').fill('已联合公安取缔');
    await local.locator('#lead-close-submit').click();
    await until(() => row.textContent()).toContain('已取缔');
    expect(
      await api.database.db.selectFrom('illegal_site_lead').select(['site_name', 'status', 'outcome']).execute(),
    ).toEqual([{ site_name: '无名烟花作坊', status: 'CLOSED', outcome: 'BANNED' }]);
    expect(await api.database.db.selectFrom('photo').select('step').where('lead_id', 'is not', null).execute()).toEqual(
      [{ step: 'LEAD' }],
    );
  });

  it('as the regulator, records a 日常检查 with a hazard at an enterprise found by name', async () => {
    const page = await portals.open('emergency.staff');
    await page.getByTestId('nav-routine').click();
    await page.getByTestId('routine-page').waitFor();
    await pick(page, 'routine-enterprise', enterprise.name);
    await page.getByTestId('routine-add').click();
    await page.getByTestId('finding-card').first().getByTestId('finding-description').fill('配电室门口堆放杂物');
    await screenshot(page, 'regulator-routine');
    await page.getByTestId('routine-submit').click();
    await page.getByText(`已记录对${enterprise.name}的检查，发现隐患1项`).waitFor({ timeout: 60_000 });
    const hazard = await api.database.db
      .selectFrom('hazard')
      .innerJoin('inspection', 'inspection.id', 'hazard.inspection_id')
      .innerJoin('task', 'task.id', 'inspection.task_id')
      .select(['hazard.enterprise_id', 'task.routine_kind', 'task.status'])
      .where('hazard.description', '=', '配电室门口堆放杂物')
      .executeTakeFirstOrThrow();
    expect(hazard).toEqual({ enterprise_id: enterprise.id, routine_kind: 'ROUTINE', status: 'DONE' });
    // The hazard waits for its rectification like any other.
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('hazard-row').filter({ hasText: '配电室门口堆放杂物' }).waitFor();
  });

  it("as the unit's head, sets up a 22:00–06:00 patrol, sees its next window, and stops it", async () => {
    const page = await portals.open('emergency.head');
    await page.getByTestId('nav-patrols').click();
    await page.getByTestId('patrols-page').waitFor();
    await page.getByTestId('patrol-create-open').click();
    await page.getByTestId('patrol-name').fill('城区危化企业夜间巡查');
    await page.getByTestId('patrol-enterprises').click();
    await page.keyboard.type(enterprise.name);
    await page.locator('.ant-select-item-option-active:visible', { hasText: enterprise.name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.locator('#patrol-create-submit').click();
    const row = page.getByTestId('patrol-row').filter({ hasText: '城区危化企业夜间巡查' });
    await row.waitFor();
    await until(() => row.textContent()).toContain('22:00–次日06:00');
    await until(() => row.textContent()).toContain('每天');
    await settle(page);
    await screenshot(page, 'regulator-patrols');
    await row.getByTestId('patrol-stop').click();
    await page.locator('.ant-popconfirm-buttons button.ant-btn-primary').click();
    await until(() => row.textContent()).toContain('已停用');
    expect(await api.database.db.selectFrom('patrol_schedule').select(['name', 'active']).execute()).toEqual([
      { name: '城区危化企业夜间巡查', active: false },
    ]);
    expect(portals.problems).toEqual([]);
  });
});
