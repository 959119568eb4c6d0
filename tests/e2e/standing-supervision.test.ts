// Standing supervision in a real browser against the real api: the county office draws last month's 回头看, the
// township finds one of a department's closed hazards not rectified and reopens it, the leader sees that department's
// false-rectification rate; a department's head files this year's inspection plan, the office approves it, the
// leader sees its completion; the risk and directive pages open for the office and a unit. No page logs an error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lookBackPeriod } from '../../domain/look-back';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { insertHazardRow } from '../support/hazard-rows';
import { launchBrowser, screenshot } from './support/browser';
import { createPortals, settle, until, type Portals } from './support/portals';

const DAY = 24 * 3_600_000;
const REASON = '现场核查发现消防通道仍堆放杂物，整改不实';

let api: ApiEnv;
let browser: Browser;
let portals: Portals;

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 120 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  // Twenty of the emergency bureau's hazards closed last month, verified by its inspector.
  const db = api.database.db;
  const month = lookBackPeriod(new Date());
  const emergency = await api.orgId('emergency');
  const staff = await db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'emergency.staff')
    .executeTakeFirstOrThrow();
  const enterprises = await db
    .selectFrom('enterprise')
    .select(['id', 'regulator_id', 'township_id'])
    .where('regulator_id', '=', emergency)
    .orderBy('id')
    .limit(20)
    .execute();
  for (const [i, enterprise] of enterprises.entries()) {
    const closedAt = new Date(month.start.getTime() + (i + 1) * 30 * 3_600_000);
    const id = await insertHazardRow(db, {
      enterprise,
      status: 'CLOSED',
      description: `消防通道堆放杂物（第${i + 1}处）`,
      measures: '已清理杂物，设置禁止堆放标识',
      foundAt: new Date(closedAt.getTime() - 6 * DAY),
      rectifyBy: new Date(closedAt.getTime() - DAY),
      verifiedAt: closedAt,
    });
    await db
      .insertInto('hazard_event')
      .values({
        hazard_id: id,
        kind: 'VERIFICATION_PASSED',
        from_status: 'PENDING_VERIFICATION',
        to_status: 'CLOSED',
        actor_id: staff.id,
        event_key: `fixture-${id}:verify`,
        at: closedAt,
      })
      .execute();
  }
  await db.insertInto('look_back_rule').values({ ratio: 0.1, verify_days: 10 }).execute();
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
}

describe('standing supervision in the browser', () => {
  it('as admin, draws last month’s 回头看: two of twenty closed hazards, each for its township', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-look-back').click();
    await page.getByTestId('look-back-page').waitFor();
    // The month offered first is the month before this one.
    await page.getByTestId('look-back-run').click();
    await page.getByTestId('look-back-row').first().waitFor();
    await until(() => page.getByTestId('look-back-item').count()).toBe(2);
    await settle(page);
    await screenshot(page, 'admin-look-back');
  });

  it('as the township, finds a department’s closed hazard not rectified and reopens it with a new deadline', async () => {
    const db = api.database.db;
    const check = await db
      .selectFrom('look_back_item')
      .innerJoin('task', 'task.look_back_item_id', 'look_back_item.id')
      .innerJoin('org_unit', 'org_unit.id', 'look_back_item.assignee_org_id')
      .select(['task.id as taskId', 'look_back_item.hazard_id', 'org_unit.code'])
      .orderBy('look_back_item.id')
      .executeTakeFirstOrThrow();
    const page = await portals.open(`${check.code}.staff`);
    await page.getByTestId('nav-tasks').click();
    await page.getByText('回头看核查').first().waitFor();
    await page.goto(`/regulator/tasks/${encodeURIComponent(api.gid('Task', check.taskId))}/inspect`);
    const panel = page.getByTestId('look-back-check');
    await panel.getByText('已清理杂物，设置禁止堆放标识').waitFor();
    await page.getByTestId('look-back-not-rectified').click();
    // Without the reason and the new deadline, nothing is sent.
    await page.getByTestId('look-back-submit').click();
    await panel.getByText('请写明未整改到位的具体情况').waitFor();
    await page.getByTestId('look-back-reason').fill(REASON);
    const wall = new Date(Date.now() + 15 * DAY + 8 * 3_600_000).toISOString().slice(0, 16);
    await page.getByTestId('look-back-rectify-by').fill(wall);
    await settle(page);
    await screenshot(page, 'regulator-look-back-check');
    await page.getByTestId('look-back-submit').click();
    await until(() => page.url()).toMatch(/\/regulator\/tasks$/);
    const hazard = await db
      .selectFrom('hazard')
      .select('status')
      .where('id', '=', check.hazard_id)
      .executeTakeFirstOrThrow();
    expect(hazard.status).toBe('OPEN');
    const event = await db
      .selectFrom('hazard_event')
      .select(['kind', 'comment'])
      .where('hazard_id', '=', check.hazard_id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ kind: 'REOPENED', comment: REASON });
  });

  it('as the leader, sees the department’s false-rectification rate', async () => {
    const page = await portals.open('leader');
    await page.goto('/leader/look-back');
    const rates = page.getByTestId('false-rectification-rates');
    await rates.getByText('应急管理局').waitFor();
    await until(() => rates.getByTestId('false-rectification-rate').first().textContent()).toBe('100.0%');
    // And on the dashboard, the county's rate at a glance.
    await page.goto('/leader');
    await until(() => page.getByTestId('standing-false-rate').textContent()).toContain('100.0%');
  });

  it('files the department’s plan for this year, the office approves it, the leader sees its completion', async () => {
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
    const head = await portals.open('emergency.head');
    await head.getByTestId('nav-plans').click();
    await head.getByTestId('plans-page').waitFor();
    await head.getByTestId('plan-file').click();
    await head.getByTestId('plan-file-dialog').waitFor();
    await pickOption(head, 'plan-year', `${year}年`);
    await head.getByTestId('plan-file-submit').click();
    await head.getByTestId('plan-file-dialog').waitFor({ state: 'hidden' });
    await head.getByTestId('plan-row').getByText('待审核').waitFor();

    const admin = await portals.open('admin');
    await admin.getByTestId('nav-plans').click();
    await admin.getByTestId('plan-row').getByText('应急管理局').waitFor();
    await admin.getByTestId('plan-review').click();
    await admin.getByTestId('plan-review-comment').fill('同意，按计划执行');
    await admin.getByTestId('plan-review-submit').click();
    await admin.getByTestId('plan-row').getByText('已批准').waitFor();
    // This month's tasks are written as soon as it is approved.
    await until(
      async () =>
        Number(
          (
            await api.database.db
              .selectFrom('task')
              .select((eb) => eb.fn.countAll().as('n'))
              .where('inspection_plan_id', 'is not', null)
              .executeTakeFirstOrThrow()
          ).n,
        ) > 0,
      60_000,
    ).toBe(true);

    const leader = await portals.open('leader');
    await leader.goto('/leader/plans');
    await leader.getByTestId('plan-completion').waitFor();
    await until(() => leader.getByTestId('plan-completion').textContent()).toMatch(/已生成[1-9]\d*项/);
    await settle(leader);
    await screenshot(leader, 'leader-plans');
  });

  it('opens the risk and directive pages for the office and a unit', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-risks').click();
    await admin.getByTestId('risks-page').waitFor();
    await admin.getByTestId('nav-directives').click();
    await admin.getByTestId('directives-page').waitFor();
    const unit = await portals.open('emergency.staff');
    await unit.getByTestId('nav-risks').click();
    await unit.getByTestId('risks-page').waitFor();
    await unit.getByTestId('nav-directives').click();
    await unit.getByTestId('my-directive-items-page').waitFor();
    await settle(unit);
    expect(portals.problems).toEqual([]);
  });
});
