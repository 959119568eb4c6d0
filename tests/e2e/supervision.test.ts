// 督导 in a real browser against the real api: the county office launches a round over 应急管理局 and 城关镇 with two
// enterprises drawn from each, checks the department's ledgers (one item fails), inspects one drawn enterprise on site
// and finds a hazard; the department reports it rectified and sees the verification is the office's (次日核查), which
// the office does on the round's page; the round's table shows the hazard closed. No page logs an error.
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_OFFICE_CODE } from '../../seed/demo-county/index';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, fiveItems, REPORT, VERIFY } from '../support/api-fixtures';
import { launchBrowser, screenshot } from './support/browser';
import { chooseInMultiple, createPortals, settle, type Portals, until } from './support/portals';

const ROUND = '2026年第一季度安全生产督导检查';
const DEPARTMENT = '应急管理局';
const TOWNSHIP = '城关镇';
const FAILED_ITEM = '隐患排查治理台账';
const FAILED_NOTE = '隐患台账未记录核查销号时间';
const FINDING = '危化品仓库可燃气体报警器失效';
/** The draw and the site checks come from a workflow: patience on a loaded two-core machine. */
const SLOW = 60_000;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let roundPath = '';

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 120 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

/** The round's page, open as the county office. */
async function openRound(): Promise<Page> {
  expect(roundPath).not.toBe('');
  const page = await portals.open('admin');
  await page.goto(roundPath);
  await page.getByTestId('supervision-round-page').waitFor();
  return page;
}

const targetRow = (page: Page, unit: string) => page.getByTestId('target-row').filter({ hasText: unit });

describe('督导 in the browser', () => {
  it('as admin, launches a round over a department and a township with two enterprises drawn from each', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-supervision').click();
    await page.getByTestId('supervision-list').waitFor();
    await page.getByTestId('supervision-launch').click();
    const dialog = page.getByTestId('supervision-launch-dialog');
    await dialog.waitFor();
    await page.getByTestId('supervision-name').fill(ROUND);
    // Without a unit, nothing is sent.
    await page.getByTestId('supervision-launch-submit').click();
    await dialog.getByText('请至少选择一个被督导的乡镇（街道）或行业监管部门').waitFor();
    await chooseInMultiple(page, 'supervision-units', DEPARTMENT);
    await chooseInMultiple(page, 'supervision-units', TOWNSHIP);
    await dialog.locator('.ant-modal-title').click();
    await page.getByTestId('supervision-sites').locator('xpath=descendant-or-self::input').fill('2');
    await page.getByTestId('supervision-launch-submit').click();
    await until(() => page.url()).toMatch(/\/admin\/supervision\/[^/]+$/);
    roundPath = new URL(page.url()).pathname;
    await page.getByTestId('supervision-round-page').waitFor();
    // The draw runs in the round's workflow: the page asks until the four site checks are there.
    await until(() => page.getByTestId('site-check-row').count(), SLOW).toBe(4);
    await until(() => page.getByTestId('target-row').count()).toBe(2);
    for (const unit of [DEPARTMENT, TOWNSHIP]) {
      await until(() => targetRow(page, unit).getByTestId('target-site-checks').textContent()).toBe('0 / 2');
      await until(() => targetRow(page, unit).getByTestId('ledger-status').textContent()).toBe('未检查');
    }
    // Each site check is the county office's, naming the unit whose enterprise it visits.
    const office = await api.orgId(COUNTY_OFFICE_CODE);
    const tasks = await api.database.db
      .selectFrom('task')
      .innerJoin('campaign', 'campaign.id', 'task.campaign_id')
      .select(['task.assignee_org_id', 'task.supervised_unit_id'])
      .where('campaign.name', '=', ROUND)
      .execute();
    expect(tasks).toHaveLength(4);
    expect(tasks.every((t) => t.assignee_org_id === office)).toBe(true);
    expect(new Set(tasks.map((t) => t.supervised_unit_id))).toEqual(
      new Set([await api.orgId('emergency'), await api.orgId('chengguan')]),
    );
    // The round is listed with its units; the campaign list keeps to campaigns.
    await page.getByTestId('nav-supervision').click();
    await until(() => page.getByTestId('supervision-row').filter({ hasText: ROUND }).textContent()).toContain(
      '2 个单位',
    );
    await page.getByTestId('nav-campaigns').click();
    await page.getByTestId('campaign-list').waitFor();
    await settle(page);
    expect(await page.getByTestId('campaign-list').textContent()).not.toContain(ROUND);
  });

  it('as admin, checks the department’s ledgers: a failed item needs a note; the result is shown read-only', async () => {
    const page = await openRound();
    await targetRow(page, DEPARTMENT).getByTestId('ledger-open').click();
    const dialog = page.getByTestId('ledger-dialog');
    const items = dialog.getByTestId('ledger-item');
    await until(() => items.count()).toBe(8);
    for (const item of await items.all()) {
      const failed = ((await item.textContent()) ?? '').includes(FAILED_ITEM);
      await item.getByText(failed ? '不合格' : '合格', { exact: true }).click();
    }
    await page.getByTestId('ledger-submit').click();
    await dialog.getByText('不合格的台账检查项须写明存在的问题').waitFor();
    await items.filter({ hasText: FAILED_ITEM }).getByTestId('ledger-note').fill(FAILED_NOTE);
    await page.getByTestId('ledger-notes').fill('其余台账齐全');
    await page.getByTestId('ledger-submit').click();
    const view = page.getByTestId('ledger-view-dialog');
    await until(() => view.getByTestId('ledger-recorded').textContent()).toContain('1项不合格');
    expect(await view.textContent()).toContain(FAILED_NOTE);
    await page.getByTestId('ledger-view-close').click();
    await view.waitFor({ state: 'hidden' });
    await until(() => targetRow(page, DEPARTMENT).getByTestId('ledger-status').textContent()).toBe('1项不合格');
    await until(() => targetRow(page, TOWNSHIP).getByTestId('ledger-status').textContent()).toBe('未检查');
    const target = await api.database.db
      .selectFrom('supervision_target')
      .select(['ledger_items', 'ledger_notes'])
      .where('org_unit_id', '=', await api.orgId('emergency'))
      .executeTakeFirstOrThrow();
    expect(target.ledger_notes).toBe('其余台账齐全');
    expect(target.ledger_items?.filter((i) => !i.passed)).toEqual([
      { code: 'HAZARD_LEDGER', passed: false, note: FAILED_NOTE },
    ]);
  });

  it('as admin, inspects one of the department’s drawn enterprises on site and records a hazard', async () => {
    const page = await openRound();
    const row = page.getByTestId('site-check-row').filter({ hasText: DEPARTMENT }).first();
    await row.getByTestId('site-check-open').click();
    await page.getByTestId('inspection-page').waitFor();
    await until(() => page.getByTestId('inspection-supervised-unit').textContent()).toBe(DEPARTMENT);
    await page.getByTestId('finding-add').click();
    await page.getByTestId('finding-card').first().getByTestId('finding-description').fill(FINDING);
    await page.getByTestId('inspection-submit').click();
    // Back on the round: the site check is done with its finding, the department's row counts it.
    await until(() => page.url(), SLOW).toContain(roundPath);
    await page.getByTestId('supervision-round-page').waitFor();
    await until(() => targetRow(page, DEPARTMENT).getByTestId('target-site-checks').textContent()).toBe('1 / 2');
    await until(() => targetRow(page, DEPARTMENT).getByTestId('target-hazards').textContent()).toBe('1 / 0 / 0');
    await until(() => page.getByTestId('site-check-row').filter({ hasText: '发现隐患1项' }).count()).toBe(1);
    // The finding is the department's to see rectified; the county office verifies it.
    const hazard = await api.database.db
      .selectFrom('hazard')
      .select(['regulator_id', 'verifier_org_id', 'status'])
      .where('description', '=', FINDING)
      .executeTakeFirstOrThrow();
    expect(hazard.regulator_id).toBe(await api.orgId('emergency'));
    expect(hazard.verifier_org_id).not.toBeNull();
    expect(hazard.verifier_org_id).not.toBe(hazard.regulator_id);
    expect(hazard.status).toBe('OPEN');
  });

  it('as the department, reports the rectification; the verification is the county office’s, not its own', async () => {
    const row = await api.database.db
      .selectFrom('hazard')
      .select('id')
      .where('description', '=', FINDING)
      .executeTakeFirstOrThrow();
    const hazardId = api.gid('Hazard', row.id);
    const reported = await api.gql(
      REPORT,
      {
        input: {
          hazardId,
          measures: '更换可燃气体报警器并与值班室联网，建立每日巡检记录',
          ...fiveItems(),
          idempotencyKey: randomUUID(),
        },
      },
      await api.login('emergency.staff'),
    );
    expect(reported.errors).toBeUndefined();
    // The department's head may not verify it: the office's supervision group does (次日核查).
    const refused = await api.gql(
      VERIFY,
      { input: { hazardId, passed: true, idempotencyKey: randomUUID() } },
      await api.login('emergency.head'),
    );
    expect(codeOf(refused)).toBe('FORBIDDEN');
    // Its rectification page says so instead of offering the verification.
    const page = await portals.open('emergency.head');
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('rectification-page').waitFor();
    await page.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    const hazardRow = page.getByTestId('hazard-row').filter({ hasText: FINDING });
    await until(() => hazardRow.getByTestId('verify-by-county-office').textContent()).toBe('待县安委办督导组次日核查');
    expect(await hazardRow.getByTestId('verify-open').count()).toBe(0);
  });

  it('as admin, verifies it on the round’s page the next day; the round’s table shows it closed', async () => {
    const page = await openRound();
    await until(() => targetRow(page, DEPARTMENT).getByTestId('target-hazards').textContent()).toBe('1 / 1 / 0');
    const awaiting = page.getByTestId('awaiting-hazard').filter({ hasText: FINDING });
    await awaiting.getByTestId('supervision-verify-open').click();
    const dialog = page.getByTestId('verify-dialog');
    await dialog.getByText('更换可燃气体报警器').waitFor();
    await page.getByTestId('verify-pass').click();
    await dialog.waitFor({ state: 'hidden', timeout: SLOW });
    await until(() => targetRow(page, DEPARTMENT).getByTestId('target-hazards').textContent()).toBe('1 / 0 / 1');
    await until(() => page.getByTestId('awaiting-hazard').count()).toBe(0);
    const hazard = await api.database.db
      .selectFrom('hazard')
      .select('status')
      .where('description', '=', FINDING)
      .executeTakeFirstOrThrow();
    expect(hazard.status).toBe('CLOSED');
    await settle(page);
    await screenshot(page, 'admin-supervision-round');
    expect(portals.problems).toEqual([]);
  });
});
