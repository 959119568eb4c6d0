// 应急响应 in a real browser against the real api: 南湖镇's 包保 chain (the county leader, the township head, two
// village cadres by phone) is set up through GraphQL; the county office activates a 防汛Ⅳ级 response over three
// townships in its portal; the township head acknowledges being at post on a phone in the app, a village cadre from
// the link of their text message (the public /duty page, on a phone); the leader's board follows without a reload;
// the township reports the situation from its phone; the office raises the level to Ⅲ级 (the old link stops working)
// and ends the response, and its summary appears. No page logs an error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { chooseInMultiple, createPortals, settle, type Portals, until, viaMenu } from './support/portals';

const TOWNSHIP = '南湖镇';
const OTHER_TOWNSHIPS = ['柳庄镇', '马头镇'];
const VILLAGE = '李家村';
const HOUSEHOLDS = '李家村低洼片区农户';
const REASON = '县气象台发布暴雨橙色预警';
const INSTRUCTIONS = '立即转移危险区域群众，巡查水库、山洪沟道和地质灾害隐患点';
const REPORT_TEXT = '全镇各村干部均已到岗，转移低洼片区群众，巡查红旗水库未见异常';
/** The chain is told by the response's workflow, and the board is asked every 10 s: patience on two loaded cores. */
const SLOW = 60_000;

const CREATE_LINK = `mutation($input: DutyAssignmentInput!) { createDutyAssignment(input: $input) { id } }`;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let responsePath = '';
let householdsLinkId = 0;
let firstToken = '';

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 60 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  // 南湖镇's chain: the county leader for the township, its head for a village, two cadres by phone under the head.
  const admin = await api.login('admin');
  const townshipId = api.gid('OrgUnit', await api.orgId('nanhu'));
  const userId = async (username: string) =>
    api.gid(
      'User',
      (
        await api.database.db
          .selectFrom('app_user')
          .select('id')
          .where('username', '=', username)
          .executeTakeFirstOrThrow()
      ).id,
    );
  const create = async (input: Record<string, unknown>) => {
    const result = await api.gql<{ createDutyAssignment: { id: string } }>(
      CREATE_LINK,
      { input: { townshipId, ...input } },
      admin,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.createDutyAssignment.id ?? '';
  };
  const county = await create({
    tier: 'COUNTY',
    targetKind: 'TOWNSHIP',
    targetName: TOWNSHIP,
    personName: '县分管领导',
    userId: await userId('leader'),
  });
  const official = await create({
    tier: 'TOWNSHIP',
    targetKind: 'VILLAGE',
    targetName: VILLAGE,
    personName: '南湖镇负责人',
    userId: await userId('nanhu.head'),
    parentId: county,
  });
  await create({
    tier: 'VILLAGE',
    targetKind: 'HOUSEHOLDS',
    targetName: HOUSEHOLDS,
    personName: '李建国',
    phone: '13800138001',
    parentId: official,
  });
  await create({
    tier: 'VILLAGE',
    targetKind: 'GEOLOGICAL_POINT',
    targetName: '王家沟滑坡隐患点',
    personName: '王秀英',
    phone: '13900139002',
    parentId: official,
  });
  householdsLinkId = (
    await api.database.db
      .selectFrom('duty_assignment')
      .select('id')
      .where('target_name', '=', HOUSEHOLDS)
      .executeTakeFirstOrThrow()
  ).id;
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

/** Picks an option of a Select by clicking it. */
async function pickOption(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
  await until(() => page.locator('.ant-select-item-option:visible').count()).toBe(0);
}

/** 南湖镇's row of the live board. */
const boardRow = (page: Page) => page.getByTestId('board-row').filter({ hasText: TOWNSHIP });
const acknowledged = (page: Page) => boardRow(page).getByTestId('board-acknowledged').textContent();

/** The text-message token of the households' link for the response's current level. */
async function householdsToken(): Promise<string> {
  const row = await api.database.db
    .selectFrom('duty_acknowledgement')
    .select('token')
    .where('assignment_id', '=', householdsLinkId)
    .orderBy('epoch', 'desc')
    .executeTakeFirstOrThrow();
  return row.token;
}

async function openResponse(username: string): Promise<Page> {
  expect(responsePath).not.toBe('');
  const page = await portals.open(username);
  await page.goto(responsePath);
  await page.getByTestId('response-page').waitFor();
  return page;
}

describe('应急响应 in the browser', () => {
  it('as admin, sees the chain and activates a 防汛Ⅳ级 response over three townships', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-duty-chain').click();
    await page.getByTestId('duty-chain-page').waitFor();
    await until(() => page.getByTestId('duty-row').count()).toBe(4);
    expect(await page.getByTestId('duty-chain-page').textContent()).toContain('13800138001');
    // A cadre added by hand under the township head, then stopped (they left): the chain keeps its four links.
    await page.getByTestId('duty-create').click();
    const linkDialog = page.getByTestId('duty-dialog');
    await linkDialog.waitFor();
    await pickOption(page, 'duty-township', TOWNSHIP);
    await pickOption(page, 'duty-parent', '南湖镇负责人');
    await pickOption(page, 'duty-target-kind', '农户');
    await page.getByTestId('duty-target-name').fill('张家湾农户');
    await page.getByTestId('duty-person-name').fill('赵志刚');
    await page.getByTestId('duty-phone').fill('1370013');
    await page.getByTestId('duty-submit').click();
    await linkDialog.getByText('请填写责任人的11位手机号码').waitFor();
    await page.getByTestId('duty-phone').fill('13700137003');
    await page.getByTestId('duty-submit').click();
    await linkDialog.waitFor({ state: 'hidden' });
    const added = page.getByTestId('duty-row').filter({ hasText: '张家湾农户' });
    await until(() => added.count()).toBe(1);
    await added.getByTestId('duty-stop').click();
    await page.getByTestId('duty-stop-confirm').click();
    await until(() => added.count()).toBe(0);
    await until(() => page.getByTestId('duty-row').count()).toBe(4);

    await page.getByTestId('nav-responses').click();
    await page.getByTestId('responses-page').waitFor();
    await page.getByTestId('response-activate').click();
    const dialog = page.getByTestId('response-activate-dialog');
    await dialog.waitFor();
    // Without a township nothing is sent.
    await page.getByTestId('response-activate-submit').click();
    await dialog.getByText('请至少选择一个启动应急响应的乡镇（街道）').waitFor();
    await pickOption(page, 'response-kind', '防汛');
    await pickOption(page, 'response-level-select', 'Ⅳ级');
    for (const township of [TOWNSHIP, ...OTHER_TOWNSHIPS])
      await chooseInMultiple(page, 'response-townships-select', township);
    await dialog.locator('.ant-modal-title').click();
    await page.getByTestId('response-reason').fill(REASON);
    await page.getByTestId('response-instructions').fill(INSTRUCTIONS);
    await page.getByTestId('response-activate-submit').click();
    await until(() => page.url()).toMatch(/\/admin\/responses\/[^/]+$/);
    responsePath = new URL(page.url()).pathname;
    await page.getByTestId('response-page').waitFor();
    await until(() => page.getByTestId('response-title').textContent()).toBe('防汛Ⅳ级应急响应');
    // The workflow tells 南湖镇's four links; the two other townships have none.
    await until(() => page.getByTestId('board-row').count()).toBe(3);
    await until(() => acknowledged(page), SLOW).toBe('0 / 4');
    for (const township of OTHER_TOWNSHIPS)
      expect(
        await page
          .getByTestId('board-row')
          .filter({ hasText: township })
          .getByTestId('board-acknowledged')
          .textContent(),
      ).toBe('无包保责任人');
    expect(await page.getByTestId('response-ack-deadline').textContent()).toContain('2 小时内');
  });

  it('as the township head, acknowledges being at post on a phone, on the page opened at login', async () => {
    const page = await portals.open('nanhu.head', { phone: true });
    await page.getByTestId('my-tasks').waitFor();
    const card = page.getByTestId('duty-posts');
    await until(() => card.getByTestId('duty-post-target').textContent()).toBe(VILLAGE);
    expect(await card.textContent()).toContain('防汛Ⅳ级应急响应');
    await card.getByTestId('duty-ack').click();
    await until(() => card.getByTestId('duty-acked').textContent()).toMatch(/^已于 .+ 确认到岗$/);
    expect(await fitsWidth(page)).toBe(true);
    const ack = await api.database.db
      .selectFrom('duty_acknowledgement')
      .innerJoin('duty_assignment', 'duty_assignment.id', 'duty_acknowledgement.assignment_id')
      .select(['duty_acknowledgement.acknowledged_at'])
      .where('duty_assignment.target_name', '=', VILLAGE)
      .executeTakeFirstOrThrow();
    expect(ack.acknowledged_at).not.toBeNull();
  });

  it('as the leader, watches the board count a village cadre’s acknowledgement from a text message, without a reload', async () => {
    const leader = await portals.open('leader');
    // The leader answers for 南湖镇: the post waits on the overview the leader lands on.
    await until(() => leader.getByTestId('duty-posts').getByTestId('duty-post-target').textContent()).toBe(TOWNSHIP);
    await leader.getByTestId('nav-responses').click();
    await leader.getByTestId('response-link').first().click();
    await leader.getByTestId('response-page').waitFor();
    await until(() => acknowledged(leader), SLOW).toBe('1 / 4');
    // A mark on this document: a reload would lose it.
    await leader.evaluate('document.body.dataset.sameLoad = "yes"');

    // The cadre opens the link of the text message on a phone, without an account.
    firstToken = await householdsToken();
    const phone = await portals.open(null, { phone: true });
    await phone.goto(`/duty/${firstToken}`);
    const post = phone.getByTestId('duty-post');
    await until(() => post.getByTestId('duty-post-target').textContent()).toBe(HOUSEHOLDS);
    expect(await post.textContent()).toContain(TOWNSHIP);
    expect(await post.textContent()).toContain(INSTRUCTIONS);
    expect(await fitsWidth(phone)).toBe(true);
    await settle(phone);
    await screenshot(phone, 'duty-acknowledge-phone');
    await post.getByTestId('duty-ack').click();
    await until(() => post.getByTestId('duty-acknowledged-at').textContent()).toMatch(/^确认时间：/);
    // A link that is no link is explained.
    await phone.goto('/duty/not-a-real-token');
    await phone.getByTestId('duty-invalid').waitFor();

    // The leader's board counts it at its next poll, on the same document.
    await until(() => acknowledged(leader), SLOW).toBe('2 / 4');
    expect(await leader.evaluate('document.body.dataset.sameLoad')).toBe('yes');
    await settle(leader);
    await screenshot(leader, 'leader-response-board');
  });

  it('as the township head, reports the situation from a phone', async () => {
    const page = await portals.open('nanhu.head', { phone: true });
    await viaMenu(page, 'nav-responses');
    const card = page.getByTestId('township-response');
    await card.waitFor();
    await until(() => card.getByTestId('board-acknowledged').textContent()).toBe('2 / 4');
    await card.getByTestId('report-open').click();
    const dialog = page.getByTestId('report-dialog');
    await dialog.waitFor();
    await page.getByTestId('report-rainfall').locator('xpath=descendant-or-self::input').fill('85.5');
    await page.getByTestId('report-moved').locator('xpath=descendant-or-self::input').fill('32');
    await page.getByTestId('report-dangers').locator('xpath=descendant-or-self::input').fill('1');
    await page.getByTestId('report-text-input').fill(REPORT_TEXT);
    await page.getByTestId('report-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await until(() => card.getByTestId('report-item').count()).toBe(1);
    expect(await card.getByTestId('report-figures').textContent()).toBe('降雨 85.5 毫米 · 转移 32 人 · 险情 1 处');
    await until(() => card.getByTestId('report-next-due').textContent()).toContain('已报送');
    expect(await fitsWidth(page)).toBe(true);
  });

  it('as admin, raises the level to Ⅲ级 and ends the response; the summary appears', async () => {
    const page = await openResponse('admin');
    await until(() => boardRow(page).getByTestId('board-latest-report').textContent()).toContain('转移 32 人');
    expect(await page.getByTestId('report-list').textContent()).toContain(REPORT_TEXT);

    await page.getByTestId('response-change-level').click();
    await page.getByTestId('response-change-level-dialog').waitFor();
    await pickOption(page, 'response-new-level', 'Ⅲ级');
    await page.getByTestId('response-change-reason').fill('县气象台升级为暴雨红色预警');
    await page.getByTestId('response-change-level-submit').click();
    await page.getByTestId('response-change-level-confirm').click();
    await until(() => page.getByTestId('response-title').textContent(), SLOW).toBe('防汛Ⅲ级应急响应');
    await until(() => page.getByTestId('level-history-item').count()).toBe(2);
    // A new level: the chain acknowledges again, and the earlier text-message link no longer works.
    await until(() => acknowledged(page), SLOW).toBe('0 / 4');
    await until(householdsToken, SLOW).not.toBe(firstToken);
    const phone = await portals.open(null, { phone: true });
    await phone.goto(`/duty/${firstToken}`);
    await phone.getByTestId('duty-invalid').waitFor();

    await page.getByTestId('response-end').click();
    await page.getByTestId('response-end-dialog').waitFor();
    await page.getByTestId('response-end-reason').fill('降雨过程结束，各地未发生险情');
    await page.getByTestId('response-end-submit').click();
    await page.getByTestId('response-end-confirm').click();
    const summary = page.getByTestId('response-summary');
    await summary.waitFor({ timeout: SLOW });
    await until(() => page.getByTestId('response-status').first().textContent()).toBe('已结束');
    const text = await summary.innerText();
    expect(text).toContain('关于防汛应急响应工作情况的总结');
    // Its line breaks are kept: each part starts a line.
    expect(text).toMatch(/\n二、到岗到位/);
    expect(text).toMatch(/\n三、情况报告/);
    expect(await page.getByTestId('response-change-level').count()).toBe(0);
    await settle(page);
    expect(portals.problems).toEqual([]);
  });
});
