// Drill-downs and filters in a real browser (Debian's Chromium) against the real api over a seeded county:
// the leader's "inspections" figure opens the inspections behind it, keeping the campaign and the period; a hazard
// figure opens the ledger with the same period; the registry filters by grade and red/black list.
// No workflow runs here: the rows are written at chosen instants, so the test takes seconds.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startReadApi, type EnterpriseRef, type ReadApi } from '../support/read-api';
import { launchBrowser } from './support/browser';
import { createPortals, until, type Portals } from './support/portals';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);
const CAMPAIGN = '危险化学品专项检查（浏览器筛选测试）';

let api: ReadApi;
let browser: Browser;
let portals: Portals;
const enterprises: EnterpriseRef[] = [];

/** The Shanghai calendar day of an instant, as a date input holds it. */
const shanghaiDay = (date: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);

/** The number a figure card shows (its accessible name is the label, then the value). */
async function figure(page: Page, name: string): Promise<number> {
  const label = await page.getByTestId(`dashboard-figure-${name}`).getAttribute('aria-label');
  return Number(/(\d+)\s*$/.exec(label ?? '')?.[1] ?? Number.NaN);
}

/** Picks an option of a plain (not searchable) antd Select by its text. */
async function choose(page: Page, selectTestId: string, option: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page
    .locator('.ant-select-item-option:visible')
    .filter({ hasText: new RegExp(`^${option}$`) })
    .click();
  await until(() => page.locator('.ant-select-item-option:visible').count()).toBe(0);
}

const pagerTotal = (page: Page) => page.getByTestId('pager-total').textContent();

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startReadApi('wss_drill'), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  const campaign = await api.insertCampaign(CAMPAIGN);
  const [e0, e1, e2] = await api.enterprisesOf('emergency');
  const [h0] = await api.enterprisesOf('housing');
  if (!e0 || !e1 || !e2 || !h0)
    throw new Error('the demo county needs three enterprises of emergency and one of housing');
  enterprises.push(e0, e1, e2, h0);
  const recent = await api.insertInspection(campaign, e0, ago(2), 3);
  await api.insertInspection(campaign, e1, ago(10), 2);
  await api.insertInspection(campaign, h0, ago(5), 2);
  const old = await api.insertInspection(campaign, e2, ago(60), 4);
  await api.insertHazard({
    enterprise: e0,
    campaignId: campaign,
    inspectionId: recent.inspectionId,
    level: 'MAJOR',
    description: '储罐区未设置紧急切断装置',
    foundAt: ago(2),
    rectifyBy: ago(-20),
  });
  await api.insertHazard({
    enterprise: e2,
    campaignId: campaign,
    inspectionId: old.inspectionId,
    description: '安全警示标志缺失',
    foundAt: ago(60),
    rectifyBy: ago(40),
  });
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.close();
});

describe('drill-downs and filters in a browser', () => {
  it('as the leader, opens the inspections behind the figure, keeping the period, and narrows them by date', async () => {
    const page = await portals.open('leader');
    await until(() => figure(page, 'inspections')).toBe(4);
    await page.getByTestId('dashboard-figure-inspections').click();
    await until(() => page.url()).toContain('/leader/inspections');
    await until(() => page.getByTestId('inspection-row').count()).toBe(4);
    expect(await pagerTotal(page)).toContain('4');
    expect(await page.getByTestId('inspection-row').first().textContent()).toContain(enterprises[0]?.name);
    await page.getByTestId('nav-dashboard').click();

    // The last 30 days: three inspections; the list opened from the figure holds the same three.
    await page.getByRole('combobox', { name: '统计期间' }).click();
    await page.locator('.ant-select-item-option:visible').filter({ hasText: '近30天' }).click();
    await until(() => figure(page, 'inspections')).toBe(3);
    await page.getByTestId('dashboard-figure-inspections').click();
    await until(() => page.getByTestId('inspection-row').count()).toBe(3);
    expect(new URL(page.url()).searchParams.get('inspectedFrom')).toBeTruthy();
    const from = page.getByTestId('inspection-filter-period-from');
    expect(await from.inputValue()).toBe(shanghaiDay(ago(30)));

    // A week back, by the date picker: the two latest; the address follows, so the list can be shared.
    await from.fill(shanghaiDay(ago(7)));
    await until(() => page.getByTestId('inspection-row').count()).toBe(2);
    const inspectedFrom = new URL(page.url()).searchParams.get('inspectedFrom') ?? '';
    expect(new Date(inspectedFrom).toISOString()).toBe(new Date(`${shanghaiDay(ago(7))}T00:00:00+08:00`).toISOString());
    // A reversed period is caught before anything is sent.
    await page.getByTestId('inspection-filter-period-to').fill(shanghaiDay(ago(8)));
    await page.getByTestId('inspection-filter-period').getByRole('alert').waitFor();
    expect(await page.getByTestId('inspection-row').count()).toBe(2);

    // A hazard figure of the same period opens the ledger with the period kept.
    await page.getByTestId('nav-dashboard').click();
    await page.getByRole('combobox', { name: '统计期间' }).click();
    await page.locator('.ant-select-item-option:visible').filter({ hasText: '近30天' }).click();
    await until(() => figure(page, 'hazardsFound')).toBe(1);
    await page.getByTestId('dashboard-figure-hazardsFound').click();
    await until(() => page.url()).toContain('/leader/hazards');
    await until(() => page.getByTestId('hazard-row').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('foundFrom')).toBeTruthy();
    expect(await page.getByTestId('filter-found-from').inputValue()).toBe(shanghaiDay(ago(30)));
    await page.getByTestId('filter-found-from').fill('');
    await until(() => page.getByTestId('hazard-row').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('foundFrom')).toBeNull();
  });

  it('as admin, filters the registry by grade and by red or black list', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-enterprises').click();
    await page.getByTestId('enterprise-row').first().waitFor();
    const count = async (grade: 'POOR' | null, list: 'BLACK' | 'RED') => {
      let query = api.db
        .selectFrom('enterprise')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('list_status', '=', list);
      if (grade) query = query.where('grade', '=', grade);
      return Number((await query.executeTakeFirstOrThrow()).n);
    };
    await choose(page, 'enterprise-filter-list', '红名单');
    await until(() => pagerTotal(page)).toBe(`共 ${await count(null, 'RED')} 条`);
    await choose(page, 'enterprise-filter-list', '黑名单');
    await choose(page, 'enterprise-filter-grade', '差');
    const black = await count('POOR', 'BLACK');
    expect(black).toBeGreaterThan(0);
    await until(() => pagerTotal(page)).toBe(`共 ${black} 条`);
    const rows = await page.getByTestId('enterprise-row').allTextContents();
    expect(rows).toHaveLength(Math.min(black, 20));
    expect(rows.every((text) => text.includes('黑名单') && text.includes('差'))).toBe(true);
    await page.close();
    expect(portals.problems).toEqual([]);
  });
});
