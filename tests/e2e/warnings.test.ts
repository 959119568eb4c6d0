// 预警信息 and the 包保 chain's import in a real browser against the real api: the county office imports a township's
// chain from a workbook on the chain page (a file with a bad mobile number is previewed with its problem by row and
// cannot be imported; the corrected file can, and its three links appear with the links above them; editing the
// county leader's link keeps the leader's account); it issues an 橙色预警 to one township in its portal (the form
// refuses an empty choice of townships first); an enterprise of the township, on a phone, finds it from its home page
// and acknowledges it; the office's list counts the acknowledgement, and the leader and the township read the same
// list without a way to issue one. No page scrolls sideways on the phone, and no page logs an error.
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { chooseInMultiple, createPortals, settle, type Portals, until, viaMenu } from './support/portals';

/** The chain's township: its head (nanhu.head) reads the warnings of its enterprises. */
const TOWNSHIP = '南湖镇';
const TITLE = '暴雨橙色预警';
const CONTENT = '预计今晚至明天我县南部有大到暴雨，请立即停止户外高处作业，检查厂区排水设施，做好防汛物资和人员准备';
const ENTERPRISE_USER = 'qiye.yujing';
const ENTERPRISE_PASSWORD = 'qiye-yujing-2026';
/** Issuing starts a workflow and the lists are asked again after each step: patience on two loaded cores. */
const SLOW = 60_000;

/** The template's columns, as server/duty-template.ts writes them (domain/duty-import-rules.ts). */
const HEADERS = ['乡镇（街道）', '层级', '包保对象类型', '包保对象', '责任人', '手机号', '系统账号', '上级责任人'];
/** 南湖镇's chain: the county leader by account, a township official and a village cadre by phone, each under the one above. */
const chainRows = (cadrePhone: string): (string | null)[][] => [
  [TOWNSHIP, '县领导包乡镇', '乡镇（街道）', TOWNSHIP, '县分管领导', null, 'leader', null],
  [TOWNSHIP, '乡镇干部包村（点）', '村（社区）', '李家村', '陈立新', '13800138011', null, '县分管领导'],
  [TOWNSHIP, '村干部包户（点）', '农户', '李家村低洼片区农户', '王秀英', cadrePhone, null, '陈立新'],
];

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
/** Operating enterprises of the township: the warning reaches each of them. */
let recipients = 0;
let leaderId = 0;

async function workbook(rows: (string | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('包保责任');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 60 }), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  const db = api.database.db;
  const townshipId = await api.orgId('nanhu');
  const operating = await db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where('township_id', '=', townshipId)
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .execute();
  recipients = operating.length;
  const enterprise = operating[0];
  if (!enterprise) throw new Error(`${TOWNSHIP} has no operating enterprise`);
  leaderId = (await db.selectFrom('app_user').select('id').where('username', '=', 'leader').executeTakeFirstOrThrow())
    .id;
  // The enterprise's account, opened by the county office; its initial password changed, as on its first login.
  const created = await api.gql(
    'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
    {
      input: {
        username: ENTERPRISE_USER,
        displayName: '刘安全',
        role: 'ENTERPRISE',
        enterpriseId: api.gid('Enterprise', enterprise.id),
        initialPassword: 'chushi-2026',
      },
    },
    await api.login('admin'),
  );
  expect(created.errors).toBeUndefined();
  const login = await api.gql<{ login: { token: string } }>(
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    { u: ENTERPRISE_USER, p: 'chushi-2026' },
  );
  const changed = await api.gql(
    'mutation($p: String!) { changePassword(currentPassword: "chushi-2026", newPassword: $p) }',
    { p: ENTERPRISE_PASSWORD },
    login.data?.login.token,
  );
  expect(changed.errors).toBeUndefined();
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
});

/** The warning's row of a portal's list. */
const warningRow = (page: Page) => page.getByTestId('warning-row').filter({ hasText: TITLE });

describe('the 包保 chain from a workbook', () => {
  it('as admin, previews a file with a problem, imports the corrected one and sees its three links', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-duty-chain').click();
    await page.getByTestId('duty-chain-page').waitFor();
    await page.getByTestId('duty-import').click();
    const dialog = page.getByTestId('duty-import-dialog');
    await dialog.waitFor();
    const upload = (name: string, buffer: Buffer) =>
      dialog.locator('input[type=file]').setInputFiles({
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
    const commit = page.getByTestId('duty-import-commit');

    // The cadre's mobile is short: the preview names the row, and nothing can be imported.
    await upload('南湖镇包保责任.xlsx', await workbook(chainRows('1390013')));
    const preview = dialog.locator('[data-testid=duty-import-preview][data-clean=false]');
    await preview.waitFor({ timeout: SLOW });
    expect(await page.getByTestId('duty-import-rows-read').textContent()).toBe('3');
    expect(await page.getByTestId('duty-import-rows-ok').textContent()).toBe('2');
    expect(await page.getByTestId('duty-import-problem').allTextContents()).toEqual([
      expect.stringMatching(/^第4行：手机号“1390013”有误/),
    ]);
    expect(await commit.isDisabled()).toBe(true);

    // Corrected: three rows without a problem, and 导入 writes them.
    await upload('南湖镇包保责任（改）.xlsx', await workbook(chainRows('13900139012')));
    await dialog.locator('[data-testid=duty-import-preview][data-clean=true]').waitFor({ timeout: SLOW });
    expect(await page.getByTestId('duty-import-rows-read').textContent()).toBe('3');
    expect(await page.getByTestId('duty-import-rows-ok').textContent()).toBe('3');
    expect(await page.getByTestId('duty-import-problem').count()).toBe(0);
    await until(() => commit.isEnabled()).toBe(true);
    await commit.click();
    await dialog.waitFor({ state: 'hidden', timeout: SLOW });
    await until(() => page.getByTestId('duty-row').count()).toBe(3);
    const cadre = page.getByTestId('duty-row').filter({ hasText: '李家村低洼片区农户' });
    expect(await cadre.getByTestId('duty-parent-name').textContent()).toBe('陈立新');
    const official = page.getByTestId('duty-row').filter({ hasText: '乡镇干部包村（点）' });
    expect(await official.getByTestId('duty-parent-name').textContent()).toBe('县分管领导');

    // The county leader's link names the leader's account; saved unchanged from the edit dialog, it keeps it.
    const county = page.getByTestId('duty-row').filter({ hasText: '县领导包乡镇' });
    await county.getByTestId('duty-edit').click();
    const edit = page.getByTestId('duty-dialog');
    await edit.waitFor();
    await until(() => edit.getByTestId('duty-account').textContent()).toContain('县分管领导（leader）');
    await page.getByTestId('duty-submit').click();
    await edit.waitFor({ state: 'hidden' });
    const links = await api.database.db
      .selectFrom('duty_assignment')
      .select(['tier', 'user_id', 'phone'])
      .orderBy('id')
      .execute();
    expect(links).toEqual([
      { tier: 'COUNTY', user_id: leaderId, phone: null },
      { tier: 'TOWNSHIP', user_id: null, phone: '13800138011' },
      { tier: 'VILLAGE', user_id: null, phone: '13900139012' },
    ]);
  });
});

describe('预警信息 in the browser', () => {
  it('as admin, issues an 橙色预警 to one township once the form has one', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-warnings').click();
    await page.getByTestId('warnings-page').waitFor();
    await page.getByTestId('warning-issue').click();
    const dialog = page.getByTestId('warning-issue-dialog');
    await dialog.waitFor();
    await page.getByTestId('warning-level-choice').getByText('橙色预警').click();
    await page.getByTestId('warning-title-input').fill(TITLE);
    await page.getByTestId('warning-content-input').fill(CONTENT);
    // Without a township nothing is sent.
    await page.getByTestId('warning-issue-submit').click();
    await dialog.getByText('请至少选择一个预警发布范围内的乡镇（街道）').waitFor();
    expect(await api.database.db.selectFrom('warning').select('id').execute()).toEqual([]);

    await chooseInMultiple(page, 'warning-townships-select', TOWNSHIP);
    await dialog.locator('.ant-modal-title').click();
    await page.getByTestId('warning-issue-submit').click();
    await dialog.waitFor({ state: 'hidden', timeout: SLOW });
    const row = warningRow(page);
    await until(() => row.count()).toBe(1);
    expect(await row.getByTestId('warning-level').textContent()).toBe('橙色预警');
    expect(await row.getByTestId('warning-acknowledged').textContent()).toBe(`0 / ${recipients}`);
    expect(await row.textContent()).toContain(TOWNSHIP);
  });

  it('as an enterprise of the township, acknowledges the warning on a phone', async () => {
    const page = await portals.open(ENTERPRISE_USER, { phone: true, password: ENTERPRISE_PASSWORD });
    // The home page says a warning awaits, and leads to it.
    await page.getByTestId('enterprise-home').waitFor();
    await until(() => page.getByTestId('warnings-pending').textContent()).toContain('1 条预警信息待确认');
    await page.getByTestId('warnings-pending-open').click();
    await page.getByTestId('warnings-page').waitFor();
    const card = page.getByTestId('warning-card').filter({ hasText: TITLE });
    await card.waitFor();
    expect(await card.getByTestId('warning-level').textContent()).toBe('橙色预警');
    expect(await card.getByTestId('warning-content').textContent()).toBe(CONTENT);
    expect(await card.getByTestId('warning-due').textContent()).toMatch(/^请于 .+ 前确认收到/);
    expect(await fitsWidth(page)).toBe(true);
    await settle(page);
    await screenshot(page, 'enterprise-warning-phone');

    await card.getByTestId('warning-ack').click();
    await until(() => card.getByTestId('warning-acked').textContent()).toMatch(/^已于 .+ 确认收到$/);
    expect(await card.getByTestId('warning-ack').count()).toBe(0);
    expect(await fitsWidth(page)).toBe(true);
    const acknowledged = await api.database.db
      .selectFrom('warning_recipient')
      .select('acknowledged_at')
      .where('acknowledged_at', 'is not', null)
      .execute();
    expect(acknowledged).toHaveLength(1);
    // Nothing awaits on the home page any more.
    await viaMenu(page, 'nav-tasks');
    await page.getByTestId('enterprise-home').waitFor();
    await settle(page);
    expect(await page.getByTestId('warnings-pending').count()).toBe(0);
  });

  it('as admin, the list counts one acknowledgement; the leader and the township read the same list', async () => {
    const admin = await portals.open('admin');
    await admin.goto('/admin/warnings');
    await admin.getByTestId('warnings-page').waitFor();
    await until(() => warningRow(admin).getByTestId('warning-acknowledged').textContent()).toBe(`1 / ${recipients}`);

    const leader = await portals.open('leader');
    await leader.getByTestId('nav-warnings').click();
    await leader.getByTestId('warnings-page').waitFor();
    await until(() => warningRow(leader).getByTestId('warning-acknowledged').textContent()).toBe(`1 / ${recipients}`);
    expect(await leader.getByTestId('warning-issue').count()).toBe(0);

    // The township counts its own enterprises: here, all of them.
    const township = await portals.open('nanhu.head', { phone: true });
    await viaMenu(township, 'nav-warnings');
    await township.getByTestId('warnings-page').waitFor();
    await until(() => warningRow(township).getByTestId('warning-acknowledged').textContent()).toBe(`1 / ${recipients}`);
    expect(await township.getByTestId('warning-issue').count()).toBe(0);
    expect(await fitsWidth(township)).toBe(true);
    await settle(admin);
    expect(portals.problems).toEqual([]);
  });
});
