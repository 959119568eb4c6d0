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
