// The three portals in a real browser (Debian's Chromium) against the real api: Temporal dev server, PostgreSQL, worker.
// One story, in order: the admin launches a campaign, an inspector closes the loop on a hazard, the head and the admin
// acknowledge escalations, a refused step shows the server's words, the leader watches the figures and drills down.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gradeRatiosOf } from '../../domain/sampling';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  enterpriseLogin,
  finding,
  hazardEnterprise,
  inspect,
  launchCampaign,
  openTaskOf,
  REPORT,
  VERIFY,
} from '../support/api-fixtures';
import { launchBrowser, screenshot } from './support/browser';
import { createPortals, pick, settle, until, type Portals } from './support/portals';

const CAMPAIGN = '危险化学品重大事故隐患专项排查整治（浏览器测试）';
const LOOP_HAZARD = '储罐区可燃气体报警器失效';
const CONFLICT_HAZARD = '消防通道堆放杂物';
const OVERDUE_CAMPAIGN = '非煤矿山逾期督办测试';
const BY_GRADE_CAMPAIGN = '粉尘涉爆和有限空间按风险等级抽查（浏览器测试）';
const BY_GRADE_INDUSTRIES = ['COMBUSTIBLE_DUST', 'CONFINED_SPACE'] as const;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let majorHazardText = '';

const portal = (username: string) => portals.open(username);

async function hazardIdByDescription(description: string): Promise<string> {
  const row = await api.database.db
    .selectFrom('hazard')
    .select('id')
    .where('description', '=', description)
    .executeTakeFirstOrThrow();
  return api.gid('Hazard', row.id);
}

beforeAll(async () => {
  // The global setup builds the web admin already (unless WEB_BUILD=0): this is a cheap check that it is there.
  const [env, chromium] = await Promise.all([startApiEnv(), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  // A campaign due in seconds whose ladder's first rung is one second after the due time: the head gets escalations.
  await launchCampaign(api, {
    name: OVERDUE_CAMPAIGN,
    industries: ['NON_COAL_MINE'],
    taskDueAt: new Date(Date.now() + 6_000).toISOString(),
    steps: [{ after: 'PT1S', level: 'REGULATOR_HEAD' }],
    remindBefore: null,
  });
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

describe('the web admin in a browser', () => {
  it("shows the login page and refuses a wrong password with the server's message", async () => {
    const page = await portals.open(null);
    await page.goto('/admin/campaigns');
    await page.getByTestId('login-username').waitFor();
    await screenshot(page, 'login');
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await until(() => page.getByTestId('error-alert').textContent()).toContain('用户名或密码');
    await page.close();
  });

  it('as admin, launches a campaign through the wizard and watches it fan out', async () => {
    const page = await portal('admin');
    await until(() => page.url()).toContain('/admin/campaigns');
    await page.getByTestId('campaign-launch').click();
    // Step 1: a name is required before the next step.
    await page.getByTestId('wizard-next').click();
    await page.locator('.ant-form-item-explain-error').first().waitFor();
    await page.getByTestId('launch-name').fill(CAMPAIGN);
    await page.getByTestId('wizard-next').click();
    // Step 2: the live count of enterprises in scope follows the industries picked.
    const everyone = await api.database.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await until(() => page.getByTestId('scope-count').textContent()).toContain(String(Number(everyone.n)));
    await page.getByTestId('industry-HAZARDOUS_CHEMICALS').click();
    const chemicals = await api.database.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('industry', '=', 'HAZARDOUS_CHEMICALS')
      .executeTakeFirstOrThrow();
    await until(() => page.getByTestId('scope-count').textContent()).toContain(String(Number(chemicals.n)));
    await pick(page, 'launch-template', '危险化学品企业安全检查表');
    await screenshot(page, 'admin-launch-wizard');
    await page.getByTestId('wizard-next').click();
    // Step 3: a preset fills the escalation ladder.
    await page.getByTestId('ladder-preset-strict').click();
    await until(() => page.getByTestId('ladder-step-row').count()).toBe(3);
    await page.getByTestId('wizard-next').click();
    await page.getByTestId('launch-review').waitFor();
    await page.getByTestId('wizard-submit').click();
    // The campaign page follows the fan-out until every task exists.
    await page.getByTestId('fanout-progress').waitFor();
    await page.locator('[data-testid=fanout-progress][data-settled=true]').waitFor({ timeout: 60_000 });
    await until(() => page.getByTestId('campaign-tasks').textContent()).toContain(`/ ${Number(chemicals.n)}`);
    await settle(page);
    await screenshot(page, 'admin-campaign');
    // Pausing asks for the reason; resuming brings it back.
    await page.getByTestId('campaign-pause').click();
    // Asked for reduced motion (support/browser.ts), the dialog does not zoom in: nothing animates in it.
    const dialog = page.locator('.ant-modal').filter({ has: page.getByTestId('campaign-action-dialog') });
    expect(
      await dialog.evaluate((modal) =>
        modal
          .getAnimations({ subtree: true })
          .filter((a) => a.playState === 'running')
          .map((a) => (a instanceof CSSAnimation ? a.animationName : String(a.id))),
      ),
    ).toEqual([]);
    await page.getByTestId('campaign-action-dialog').getByRole('button', { name: '暂停' }).click();
    await page.getByTestId('campaign-action-dialog').getByText('请填写原因').waitFor();
    await page.getByTestId('action-reason').fill('迎接上级检查，暂停一天');
    await page.getByTestId('campaign-action-dialog').getByRole('button', { name: '暂停' }).click();
    await until(() => page.getByTestId('campaign-status').textContent()).toBe('已暂停');
    await page.getByTestId('campaign-resume').click();
    await page.getByTestId('campaign-action-dialog').getByRole('button', { name: '恢复' }).click();
    await until(() => page.getByTestId('campaign-status').textContent()).toBe('进行中');
    await page.getByTestId('nav-campaigns').click();
    await until(() => page.getByTestId('campaign-row').filter({ hasText: CAMPAIGN }).count()).toBe(1);
    await screenshot(page, 'admin-campaigns');
    await page.close();
  });

  it('as admin, registers an enterprise; a wrong credit code is caught before sending', async () => {
    const page = await portal('admin');
    await page.getByTestId('nav-enterprises').click();
    await page.getByTestId('enterprise-row').first().waitFor();
    await settle(page);
    await screenshot(page, 'admin-enterprises');
    await page.getByTestId('enterprise-create').click();
    const dialog = page.getByTestId('enterprise-create-dialog');
    const uscc = makeEnterpriseUscc('130999', 424_242);
    const wrong = `${uscc.slice(0, 17)}${uscc.endsWith('0') ? '1' : '0'}`;
    await page.getByTestId('enterprise-uscc').fill(wrong);
    await page.getByTestId('enterprise-name').fill('清河县浏览器测试化工有限公司');
    await dialog.getByRole('button', { name: '登记' }).click();
    await dialog.getByText('统一社会信用代码校验位不正确').waitFor();
    await page.getByTestId('enterprise-uscc').fill(uscc.toLowerCase());
    await pick(page, 'enterprise-industry', '危险化学品');
    await pick(page, 'enterprise-township', '经济开发区');
    await dialog.getByRole('button', { name: '登记' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const search = page.getByTestId('enterprise-search').locator('xpath=descendant-or-self::input');
    await search.fill('浏览器测试化工');
    await search.press('Enter');
    await until(() => page.getByTestId('enterprise-row').count()).toBe(1);
    expect(await page.getByTestId('enterprise-row').first().textContent()).toContain(uscc);
  });

  it("as the regulator, inspects with a hazard and a photo, reports on the enterprise's behalf; the head rejects, then verifies", async () => {
    const page = await portal('emergency.staff');
    const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 64 } });
    const row = page.getByTestId('task-row').filter({ hasText: CAMPAIGN }).first();
    await row.waitFor();
    await settle(page);
    await screenshot(page, 'regulator-tasks');
    await row.getByTestId('task-inspect').click();
    await page.getByTestId('inspection-page').waitFor();
    // A general hazard with a photo, a major one straight from the checklist, and one for the refusal test.
    await page.getByTestId('finding-add').click();
    const first = page.getByTestId('finding-card').nth(0);
    await first.getByTestId('finding-description').fill(LOOP_HAZARD);
    await first.getByTestId('finding-location').fill('二号罐区');
    await page
      .getByTestId('finding-photos-0-input')
      .setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: photo });
    await page.getByTestId('finding-photos-0-done').waitFor();
    const major = page
      .getByTestId('checklist-item')
      .filter({ has: page.locator('.ant-tag-red') })
      .first();
    majorHazardText =
      (await major.locator('.ant-typography').first().textContent())?.replace('重大隐患判定', '').trim() ?? '';
    await major.getByTestId('checklist-add').click();
    await page.getByTestId('finding-add').click();
    await page.getByTestId('finding-card').nth(2).getByTestId('finding-description').fill(CONFLICT_HAZARD);
    await page.getByTestId('inspection-inspectors').fill('3');
    await page.getByTestId('inspection-notes').fill('现场检查发现隐患3项，已当场下达整改通知');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'regulator-inspection');
    await page.getByTestId('inspection-submit').click();
    // Three hazard workflows start behind this click: on a loaded machine that takes a while.
    await page.getByTestId('my-tasks').waitFor({ timeout: 60_000 });

    const hazards = await api.database.db.selectFrom('hazard').select(['description', 'level']).execute();
    expect(hazards.map((h) => h.level).sort()).toEqual(['GENERAL', 'GENERAL', 'MAJOR']);

    await page.getByTestId('nav-hazards').click();
    const loop = page.getByTestId('hazard-row').filter({ hasText: LOOP_HAZARD });
    await loop.getByTestId('report-open').click();
    await page.getByTestId('report-measures').fill('已更换报警器探头并联动测试合格');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-dialog').waitFor({ state: 'detached' });

    // Nobody verifies their own report: the staff who entered it (代报) sees why the verdicts are off.
    await page.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    await loop.getByTestId('verify-open').click();
    await page.getByTestId('verify-own-report').waitFor();
    expect(await page.getByTestId('verify-pass').isDisabled()).toBe(true);
    await page.getByTestId('verify-dialog').getByRole('button', { name: '取消' }).click();
    // The head verifies: rejecting needs a reason, which the form asks for before anything is sent.
    const head = await portal('emergency.head');
    await head.getByTestId('nav-hazards').click();
    await head.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    const loopForHead = head.getByTestId('hazard-row').filter({ hasText: LOOP_HAZARD });
    await loopForHead.getByTestId('verify-open').click();
    await head.getByTestId('reported-on-behalf').waitFor();
    await head.getByTestId('verify-reject').click();
    await head.getByTestId('verify-dialog').getByText('核查不通过时请填写核查意见').waitFor();
    await head.getByTestId('verify-comment').fill('报警器未接入中控室，需继续整改');
    await head.getByTestId('verify-reject').click();
    await head.getByTestId('verify-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('rectify-tab-OPEN').click();
    await loop.getByTestId('report-open').click();
    await page.getByTestId('report-measures').fill('报警信号已接入中控室DCS，复测合格');
    await page
      .getByTestId('report-photos-input')
      .setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: photo });
    await page.getByTestId('report-photos-done').waitFor();
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-dialog').waitFor({ state: 'detached' });

    await head.getByTestId('rectify-tab-OPEN').click();
    await head.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    await loopForHead.getByTestId('verify-open').click();
    await head.getByTestId('verify-dialog').getByTestId('photo').first().waitFor();
    await screenshot(head, 'regulator-verify');
    await head.getByTestId('verify-comment').fill('复核合格，予以销号');
    await head.getByTestId('verify-pass').click();
    await head.getByTestId('verify-dialog').waitFor({ state: 'detached' });

    await page.getByTestId('rectify-tab-CLOSED').click();
    await loop.click();
    const events = page.getByTestId('hazard-drawer').getByTestId('hazard-event');
    await until(() => events.count()).toBe(5);
    await until(() => page.getByTestId('hazard-drawer').getByTestId('photo').count()).toBe(2);
    await settle(page);
    await screenshot(page, 'regulator-hazard-history');
    await page.close();
  });

  it("a refused action shows the server's message: verifying what another officer just closed", async () => {
    const page = await portal('emergency.staff');
    const hazardId = await hazardIdByDescription(CONFLICT_HAZARD);
    // The enterprise reports its own rectification.
    const enterprise = await enterpriseLogin(api, await hazardEnterprise(api, hazardId));
    const reported = await api.gql<{ reportRectification: { status: string } }>(
      REPORT,
      { input: { hazardId, measures: '杂物已清理' } },
      enterprise,
    );
    expect(reported.data?.reportRectification.status).toBe('PENDING_VERIFICATION');
    await page.getByTestId('nav-hazards').click();
    await page.getByTestId('rectify-tab-PENDING_VERIFICATION').click();
    await page.getByTestId('hazard-row').filter({ hasText: CONFLICT_HAZARD }).getByTestId('verify-open').click();
    // Meanwhile the head verifies it from another desk.
    const head = await api.login('emergency.head');
    const passed = await api.gql<{ verifyRectification: { status: string } }>(
      VERIFY,
      { input: { hazardId, passed: true, comment: '已核查' } },
      head,
    );
    expect(passed.data?.verifyRectification.status).toBe('CLOSED');
    await page.getByTestId('verify-pass').click();
    const alert = page.getByTestId('verify-dialog').getByTestId('error-alert');
    await until(() => alert.textContent()).toContain('该隐患已销号');
    await screenshot(page, 'regulator-refused');
    await page.close();
  });

  it('as the head, acknowledges an escalation of an overdue task', async () => {
    const page = await portal('emergency.head');
    await page.getByTestId('nav-escalations').click();
    const column = page.getByTestId('escalation-column-REGULATOR_HEAD');
    await until(async () => {
      await page.getByTestId('escalation-refresh').click();
      return column.getByTestId('escalation-ack').count();
    }, 60_000).toBeGreaterThan(0);
    const before = await column.getByTestId('escalation-card').count();
    await settle(page);
    await screenshot(page, 'regulator-escalations');
    const card = column.getByTestId('escalation-card').filter({ hasText: OVERDUE_CAMPAIGN }).first();
    const escalationId = await card.getAttribute('data-escalation-id');
    await card.getByTestId('escalation-ack').click();
    await page.getByTestId('escalation-comment').fill('已责成分管科室督促企业完成检查');
    await page.getByRole('button', { name: '确认签收' }).click();
    await page.getByTestId('escalation-ack-dialog').waitFor({ state: 'detached' });
    await until(() => column.getByTestId('escalation-card').count()).toBe(before - 1);
    const row = await api.database.db
      .selectFrom('escalation')
      .select(['status', 'acknowledge_comment'])
      .where(
        'id',
        '=',
        Number(
          Buffer.from(escalationId ?? '', 'base64')
            .toString('utf8')
            .split(':')[1],
        ),
      )
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'ACKNOWLEDGED', acknowledge_comment: '已责成分管科室督促企业完成检查' });
    await page.close();
  });

  it('as admin, acknowledges the listed supervision of the major hazard', async () => {
    const page = await portal('admin');
    await page.getByTestId('nav-escalations').click();
    const card = page
      .getByTestId('escalation-column-COUNTY_OFFICE')
      .getByTestId('escalation-card')
      .filter({ hasText: majorHazardText.slice(0, 12) });
    await until(async () => {
      await page.getByTestId('escalation-refresh').click();
      return card.count();
    }, 30_000).toBe(1);
    await card.getByTestId('escalation-ack').click();
    await page.getByTestId('escalation-comment').fill('已挂牌督办，安排专人跟踪');
    await page.getByRole('button', { name: '确认签收' }).click();
    await until(() => card.count()).toBe(0);
    await page.close();
  });

  it('as the leader, sees the figures change and drills down to the list behind a number', async () => {
    const page = await portal('leader');
    await until(() => page.url()).toMatch(/\/leader$/);
    const found = page.getByTestId('dashboard-figure-hazardsFound');
    await until(() => found.textContent()).toContain('3');
    await until(() => page.getByTestId('dashboard-figure-hazardsClosed').textContent()).toContain('2');
    await until(() => page.getByTestId('dashboard-figure-inspectorsDispatched').textContent()).toContain('3');
    // A housing inspector records a hazard elsewhere in the county; the leader refreshes and the figures move.
    const construction = await launchCampaign(api, { name: '建筑施工专项检查', industries: ['CONSTRUCTION'] });
    const task = await openTaskOf(api, construction.dbId, 'housing');
    await inspect(api, task.id, 'housing.staff', [finding('GENERAL', '脚手架连墙件缺失')]);
    await page.getByTestId('dashboard-refresh').click();
    await until(() => found.textContent()).toContain('4');
    // Every regulator is ranked, idle ones too, with its tasks done out of those dispatched.
    const regulators = await api.database.db
      .selectFrom('org_unit')
      .select('id')
      .where('kind', '=', 'REGULATOR')
      .execute();
    await until(() => page.getByTestId('rank-row-regulator').count()).toBe(regulators.length);
    const housingTasks = await api.database.db
      .selectFrom('task')
      .select('status')
      .where('assignee_org_id', '=', await api.orgId('housing'))
      .where('status', '<>', 'CANCELLED')
      .execute();
    expect(
      await page
        .getByTestId('rank-row-regulator')
        .filter({ hasText: '住房和城乡建设局' })
        .getByTestId('rank-tasks')
        .textContent(),
    ).toBe(`${housingTasks.filter((t) => t.status === 'DONE').length}/${housingTasks.length}`);
    await settle(page);
    await screenshot(page, 'leader-dashboard');
    // The major hazard under listed supervision: its number opens the ledger filtered to it.
    await page.getByTestId('dashboard-figure-majorHazardsOpen').click();
    await until(() => page.url()).toContain('/leader/hazards?');
    expect(new URL(page.url()).searchParams.get('level')).toBe('MAJOR');
    await until(() => page.getByTestId('hazard-row').count()).toBe(1);
    await settle(page);
    await screenshot(page, 'leader-drilldown');
    await page.getByTestId('hazard-row').first().click();
    await page.getByTestId('hazard-drawer').getByTestId('hazard-event').first().waitFor();
    await settle(page);
    await screenshot(page, 'leader-hazard-detail');
    // A regulator's number in the ranking opens that regulator's hazards.
    await page.goBack();
    await page
      .getByTestId('rank-row-regulator')
      .filter({ hasText: '住房和城乡建设局' })
      .getByTestId('rank-found')
      .click();
    await until(() => page.getByTestId('hazard-row').count()).toBe(1);
    expect(await page.getByTestId('hazard-row').first().textContent()).toContain('脚手架连墙件缺失');
    await page.getByTestId('nav-escalations').click();
    await page.getByTestId('escalation-column-REGULATOR_HEAD').getByTestId('escalation-card').first().waitFor();
    await page.getByTestId('escalation-board').getByText('全部').click();
    await page.getByTestId('escalation-column-COUNTY_OFFICE').getByTestId('escalation-card').first().waitFor();
    await settle(page);
    await screenshot(page, 'leader-escalations');
    await page.close();
  });

  it('switches the language, keeps it across a reload, and switches back', async () => {
    const page = await portal('leader');
    await page.getByTestId('leader-dashboard').getByText('全县安全生产概况').waitFor();
    await page.getByTestId('lang-switch').getByText('EN').click();
    await page.getByTestId('leader-dashboard').getByText('County work safety at a glance').waitFor();
    expect(await page.getByTestId('nav-escalations').textContent()).toBe('Escalation board');
    await page.reload();
    await page.getByTestId('leader-dashboard').getByText('County work safety at a glance').waitFor();
    await settle(page);
    await screenshot(page, 'leader-dashboard-en');
    await page.getByTestId('lang-switch').getByText('中文').click();
    await page.getByTestId('leader-dashboard').getByText('全县安全生产概况').waitFor();
    await page.close();
  });

  it('as admin, launches a campaign drawn by risk grade: the preview counts each grade, the ratios are recorded', async () => {
    const db = api.database.db;
    const inScope = () =>
      db
        .selectFrom('enterprise')
        .where('industry', 'in', [...BY_GRADE_INDUSTRIES])
        .where('status', '=', 'OPERATING');
    // Two enterprises in scope on the black list: the draw takes them whatever their grade.
    const blackListed = await inScope().select(['id', 'list_status']).orderBy('id').limit(2).execute();
    expect(blackListed).toHaveLength(2);
    const blackIds = blackListed.map((e) => e.id);
    await db.updateTable('enterprise').set({ list_status: 'BLACK' }).where('id', 'in', blackIds).execute();
    try {
      const register = await inScope().select(['grade', 'list_status']).execute();
      const count = (grade: string) => register.filter((e) => e.grade === grade && e.list_status !== 'BLACK').length;
      const black = register.filter((e) => e.list_status === 'BLACK').length;
      expect(black).toBeGreaterThanOrEqual(2);
      const [poor, fair, good] = [count('POOR'), count('FAIR'), count('GOOD')];

      const page = await portal('admin');
      await until(() => page.url()).toContain('/admin/campaigns');
      await page.getByTestId('campaign-launch').click();
      await page.getByTestId('launch-name').fill(BY_GRADE_CAMPAIGN);
      await page.getByTestId('wizard-next').click();
      for (const industry of BY_GRADE_INDUSTRIES) await page.getByTestId(`industry-${industry}`).click();
      await page.getByTestId('launch-sample-mode').getByText('按风险等级', { exact: true }).click();
      // The defaults (差 100 %, 中 50 %, 好 20 %) are previewed over the scope at once.
      const line = (grade: string) => page.getByTestId(`sample-preview-${grade}`);
      await until(() => line('FAIR').textContent(), 60_000).toBe(
        `中：在范围内 ${fair} 家，抽取 ${Math.ceil(fair * 0.5)} 家`,
      );
      // Every grade at 0 draws no one but the black-listed: refused before sending, in the server's words.
      for (const grade of ['POOR', 'FAIR', 'GOOD']) await page.getByTestId(`launch-grade-${grade}`).fill('0');
      await until(() => page.getByTestId('sample-grade-problem').textContent()).toBe(
        '请至少为一个等级设置大于0的抽查比例',
      );
      await page.getByTestId('wizard-next').click();
      await until(() => page.getByTestId('wizard-problems').textContent()).toContain(
        '请至少为一个等级设置大于0的抽查比例',
      );
      await page.getByTestId('launch-grade-POOR').fill('100');
      await page.getByTestId('launch-grade-FAIR').fill('40');
      await page.getByTestId('launch-grade-GOOD').fill('10');
      const drawn = poor + Math.ceil(fair * 0.4) + Math.ceil(good * 0.1) + black;
      await until(() => line('POOR').textContent()).toBe(`差：在范围内 ${poor} 家，抽取 ${poor} 家`);
      await until(() => line('FAIR').textContent()).toBe(`中：在范围内 ${fair} 家，抽取 ${Math.ceil(fair * 0.4)} 家`);
      await until(() => line('GOOD').textContent()).toBe(`好：在范围内 ${good} 家，抽取 ${Math.ceil(good * 0.1)} 家`);
      expect(await page.getByTestId('sample-preview-black').textContent()).toBe(`黑名单企业 ${black} 家，全部检查`);
      expect(await page.getByTestId('sample-preview-total').textContent()).toBe(`合计抽取 ${drawn} 家`);
      await until(() => page.getByTestId('scope-sampled').textContent()).toContain(String(drawn));
      await page.getByTestId('wizard-next').click();
      await page.getByTestId('wizard-step-2').waitFor();
      await page.getByTestId('wizard-next').click();
      const summary = '按风险等级抽查：差100% · 中40% · 好10%，黑名单全部检查';
      await until(() => page.getByTestId('review-sample').textContent()).toBe(summary);
      await page.getByTestId('wizard-submit').click();
      // The fan-out expects the preview's total (one task per enterprise for its lead regulator) and makes it.
      await page.getByTestId('fanout-progress').waitFor({ timeout: 60_000 });
      await until(() => page.getByTestId('fanout-count').textContent(), 60_000).toContain(`预计 ${drawn} 项`);
      await page.locator('[data-testid=fanout-progress][data-settled=true]').waitFor({ timeout: 120_000 });
      await until(() => page.getByTestId('campaign-tasks').textContent(), 60_000).toContain(`/ ${drawn}`);
      await until(() => page.getByTestId('campaign-sample').textContent()).toBe(summary);

      const campaign = await db
        .selectFrom('campaign')
        .select(['id', 'sample_ratio', 'sample_ratio_by_grade', 'sample_seed'])
        .where('name', '=', BY_GRADE_CAMPAIGN)
        .executeTakeFirstOrThrow();
      expect(gradeRatiosOf(campaign.sample_ratio_by_grade)).toEqual({ POOR: 1, FAIR: 0.4, GOOD: 0.1 });
      expect(Number(campaign.sample_ratio)).toBe(1);
      expect(campaign.sample_seed).not.toBeNull();
      const tasked = await db
        .selectFrom('task')
        .select('enterprise_id')
        .where('campaign_id', '=', campaign.id)
        .where('enterprise_id', 'in', blackIds)
        .execute();
      expect(new Set(tasked.map((t) => t.enterprise_id)).size).toBe(2);
      await page.close();
    } finally {
      for (const e of blackListed)
        await db.updateTable('enterprise').set({ list_status: e.list_status }).where('id', '=', e.id).execute();
    }
  });

  it('a session ended elsewhere sends the page back to login, and no page logged an error', async () => {
    const page = await portal('admin');
    // The session is an HttpOnly cookie: the page's script sees no token anywhere.
    const stored: unknown = await page.evaluate('localStorage.getItem("wss.session")');
    expect(typeof stored === 'string' && stored.includes('token')).toBe(false);
    expect(await page.evaluate('document.cookie')).toBe('');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'wss_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    const token = cookie?.value;
    expect((await api.gql<{ logout: boolean }>('mutation { logout }', {}, token)).data?.logout).toBe(true);
    await page.goto('/admin/hazards');
    // Back on the login page, told why (the notice can take a while on a loaded machine).
    await page.getByTestId('session-expired').waitFor({ timeout: 60_000 });
    await until(() => page.url()).toContain('/login');
    // A reload (or a navigation that raced the refusal of a background request) still says why.
    await page.reload();
    await page.getByTestId('session-expired').waitFor({ timeout: 60_000 });
    await page.close();
    expect(portals.problems).toEqual([]);
  });
});
