// 综合查一次 in a real browser against the real api: a campaign sends 应急管理局 and 消防救援大队 to the same chemical
// plant in the same month; the department's head finds the joint visit proposed (with the plant's budget for the
// quarter) and forms one group of both departments' inspectors; one member records both departments' findings on the
// group's page in the one visit; the leader sees the group sent. No page logs an error.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { inDays, launchCampaign } from '../support/api-fixtures';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { chooseInMultiple, createPortals, settle, type Portals, until } from './support/portals';

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let enterprise: { id: number; name: string };
let groupUrl = '';

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 120 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  const campaign = await launchCampaign(api, {
    name: '危化品企业安全生产和消防安全专项检查',
    industries: ['HAZARDOUS_CHEMICALS'],
    topics: ['INDUSTRY', 'FIRE_SAFETY'],
    taskDueAt: inDays(20),
  });
  const fire = await api.orgId('fire');
  enterprise = await api.database.db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .select(['enterprise.id', 'enterprise.name'])
    .where('task.campaign_id', '=', campaign.dbId)
    .where('task.assignee_org_id', '=', fire)
    .orderBy('enterprise.id')
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

describe('a joint visit in the browser', () => {
  it('as a department head, finds the joint visit proposed and forms one group of both departments', async () => {
    const page = await portals.open('emergency.head');
    await page.getByTestId('nav-joint-visits').click();
    await page.getByTestId('joint-visits-page').waitFor();
    const row = page.getByTestId('proposal-row').filter({ hasText: enterprise.name });
    await row.waitFor();
    // Both departments' tasks, and the budget: two visits planned this quarter, one if joint.
    await until(() => row.textContent()).toContain('消防救援大队');
    await until(() => row.getByTestId('proposal-budget').textContent()).toContain('联合检查后计1次');
    await settle(page);
    await screenshot(page, 'regulator-joint-visits');
    await row.getByTestId('proposal-organise').click();
    const dialog = page.getByTestId('group-create-dialog');
    await until(() => dialog.getByTestId('group-name').inputValue()).toBe(`${enterprise.name}联合检查组`);
    // One department alone is refused by the form: two people at least.
    await chooseInMultiple(page, 'group-members', '应急管理局执法人员');
    await dialog.locator('.ant-modal-title').click();
    await page.locator('#group-create-submit').click();
    await dialog.getByText('每个参加单位至少选派一名人员，检查组不少于2人').first().waitFor();
    await chooseInMultiple(page, 'group-members', '消防救援大队执法人员');
    await dialog.locator('.ant-modal-title').click();
    await page.locator('#group-create-submit').click();
    await until(() => page.url()).toMatch(/\/regulator\/joint-visits\/[^/]+$/);
    groupUrl = new URL(page.url()).pathname;
    await page.getByTestId('inspection-group-page').waitFor();
    await until(() => page.getByTestId('group-task').count()).toBe(2);
    // The head is not a member: the group's inspectors record.
    await page.getByText('只有检查组成员可以录入检查结果').first().waitFor();
    const group = await api.database.db
      .selectFrom('inspection_group')
      .select(['id', 'leader_user_id'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const members = await api.database.db
      .selectFrom('inspection_group_member')
      .innerJoin('app_user', 'app_user.id', 'inspection_group_member.user_id')
      .select('app_user.username')
      .where('group_id', '=', group.id)
      .execute();
    expect(members.map((m) => m.username).sort()).toEqual(['emergency.staff', 'fire.staff']);
  });

  it('as a member, records both departments’ findings in the one visit; the summary follows', async () => {
    expect(groupUrl).not.toBe('');
    const page = await portals.open('emergency.staff');
    await page.goto(groupUrl);
    await page.getByTestId('inspection-group-page').waitFor();
    const record = async (unit: string, description: string) => {
      const card = page.getByTestId('group-task').filter({ hasText: `${unit}的检查任务` });
      await card.getByTestId('group-finding-add').click();
      await card.getByTestId('finding-description').fill(description);
      // The group's size is the default inspector count.
      await until(() =>
        card.getByTestId('group-task-inspectors').locator('xpath=descendant-or-self::input').inputValue(),
      ).toBe('2');
      await card.getByTestId('group-task-submit').click();
      await until(() => card.getByTestId('group-task-recorded').textContent()).toContain('发现隐患1项');
    };
    await record('消防救援大队', '消防控制室值班人员未持证上岗');
    await record('应急管理局', '危化品仓库未设置防爆照明');
    await until(() => page.getByTestId('group-finished').textContent()).toContain(
      '一次检查完成了2个单位的2项检查任务，共发现隐患2项',
    );
    await settle(page);
    await screenshot(page, 'regulator-inspection-group');
    // In the database: two inspections, one group, each department's hazard its own.
    const rows = await api.database.db
      .selectFrom('inspection')
      .innerJoin('task', 'task.id', 'inspection.task_id')
      .innerJoin('hazard', 'hazard.inspection_id', 'inspection.id')
      .select(['inspection.inspection_group_id', 'task.assignee_org_id', 'hazard.regulator_id'])
      .where('inspection.enterprise_id', '=', enterprise.id)
      .execute();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.inspection_group_id)).size).toBe(1);
    expect(rows[0]?.inspection_group_id).not.toBeNull();
    expect(rows.every((r) => r.regulator_id === r.assignee_org_id)).toBe(true);
  });

  it('as the enterprise, on a phone, reads its own inspection log: two units, one group', async () => {
    const username = `ent-log-${enterprise.id}`;
    const admin = await api.login('admin');
    const created = await api.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      {
        input: {
          username,
          displayName: '企业安全员',
          role: 'ENTERPRISE',
          enterpriseId: api.gid('Enterprise', enterprise.id),
          initialPassword: 'initial-2026',
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const token = (
      await api.gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: 'initial-2026' },
      )
    ).data?.login.token;
    await api.gql(
      'mutation { changePassword(currentPassword: "initial-2026", newPassword: "changed-2026") }',
      {},
      token,
    );
    const page = await portals.open(username, { phone: true, password: 'changed-2026' });
    await page.goto('/enterprise/inspections');
    await page.getByTestId('inspection-log-page').waitFor();
    await until(() => page.getByTestId('inspection-log-row').count()).toBe(2);
    const text = await page.getByTestId('inspection-log').textContent();
    expect(text).toContain('应急管理局');
    expect(text).toContain('消防救援大队');
    expect(text?.split(`${enterprise.name}联合检查组`).length).toBe(3);
    expect(await fitsWidth(page)).toBe(true);
    await settle(page);
    await screenshot(page, 'enterprise-inspection-log-phone');
  });

  it('as the leader, sees the group sent on the dashboard', async () => {
    const page = await portals.open('leader');
    await page.getByTestId('group-figures').waitFor();
    await until(() => page.getByTestId('figure-groups-sent').textContent()).toContain('1');
    await until(() => page.getByTestId('figure-groups-inspectors').textContent()).toContain('2');
    await until(() => page.getByTestId('figure-groups-joint').textContent()).toContain('1');
    expect(portals.problems).toEqual([]);
  });
});
