// The county office's administration (issue #17) in a real browser against the real api. Accounts: open one for a
// township's person (a common password refused in the form, in the page's words), make them the township's head, give
// them a one-time password they must change at first sign-in, stop it. The register: download the template, fill it,
// upload it, read the check, import it with its progress bar, download the report. An enterprise edited (moved to
// another township, told what happens to its open work), suspended (停产) and resumed (复产). A checklist written and
// saved again as version 2, exported as .xlsx and read back into the editor. Next year's holidays entered when the
// State Council publishes them, and the open deadlines recomputed with them. A township added and renamed; a
// department added and handed an industry (监管分工), its enterprises moving with it. Last week's county report
// written on demand, read as a document and downloaded as Word.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { shanghaiDateKey } from '../../domain/calendar';
import { lastEndedCountyPeriod } from '../../domain/county-reports';
import { formatShanghaiDate, lastCoveredDay } from '../../domain/reports';
import { launchBrowser, screenshot } from './support/browser';
import { createPortals, pick, settle, until, type Portals } from './support/portals';

const USERNAME = 'li.e2e';

// The import test waits for a check and a commit of 2,400 rows, each with a bound a loaded machine stays inside.
vi.setConfig({ testTimeout: 600_000 });

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let scratch: string;

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv(), launchBrowser(), ensureWebBuilt()]);
  api = env;
  browser = chromium;
  portals = createPortals(browser, api.url);
  scratch = await mkdtemp(path.join(tmpdir(), 'wss-e2e-import-'));
}, 300_000);

afterEach(async (context) => {
  await portals?.closePages(context.task.result?.state === 'fail');
});

afterAll(async () => {
  await portals?.close();
  await browser?.close();
  await api?.teardown();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('accounts in the admin panel', () => {
  it('opens an account, moves it to the head of its township, resets its password and stops it', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-users').click();
    await admin.getByTestId('user-row').first().waitFor();
    await settle(admin);
    await screenshot(admin, 'admin-users');

    // Open: a common password is refused in the form before anything is sent.
    await admin.getByTestId('user-create').click();
    const dialog = admin.getByTestId('user-dialog');
    await admin.getByTestId('user-username').fill(USERNAME);
    await admin.getByTestId('user-display-name').fill('李安全');
    await pick(admin, 'user-role', '乡镇（街道）安全监管员');
    await pick(admin, 'user-org-unit', '城关镇');
    await admin.getByTestId('user-password').fill('qwertyuiop');
    await dialog.getByRole('button', { name: '开设' }).click();
    await dialog.getByText('这个密码太常见').waitFor();
    await admin.getByTestId('user-password').fill('Chengguan-e2e-26');
    await dialog.getByRole('button', { name: '开设' }).click();
    await dialog.waitFor({ state: 'detached' });
    const search = admin.getByTestId('user-search').locator('xpath=descendant-or-self::input');
    await search.fill(USERNAME);
    await search.press('Enter');
    const row = admin.getByTestId('user-row').filter({ hasText: USERNAME });
    await until(() => row.textContent()).toContain('待修改初始密码');
    expect(await row.textContent()).toContain('城关镇');

    // Move: the head of the township now.
    await row.getByTestId('user-edit').click();
    await pick(admin, 'user-role', '乡镇（街道）负责人');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(() => row.textContent()).toContain('乡镇（街道）负责人');

    // Reset: a one-time password, shown once.
    await row.getByTestId('user-reset').click();
    await admin.getByTestId('reset-confirm').click();
    const shown = admin.getByTestId('reset-password');
    await shown.waitFor();
    const password = (await shown.textContent())?.trim() ?? '';
    expect(password).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    await admin.getByTestId('reset-done').click();

    // The person signs in with it and must choose their own before anything else; then sees the township's work.
    const person = await portals.open(USERNAME, { password });
    await until(() => person.url()).toContain('/password');
    await person.getByTestId('password-current').fill(password);
    await person.getByTestId('password-new').fill('Lian-chengguan-2026');
    await person.getByTestId('password-confirm').fill('Lian-chengguan-2026');
    await person.getByTestId('password-submit').click();
    await until(() => person.url()).toContain('/regulator/tasks');
    expect(await person.getByTestId('current-user').textContent()).toContain('李安全');

    // Stop: the account leaves the list of active ones, and its session ends.
    await row.getByTestId('user-deactivate').click();
    await admin.getByTestId('deactivate-reason').fill('调离城关镇');
    await admin.getByTestId('deactivate-dialog').getByRole('button', { name: '停用' }).click();
    await until(() => admin.getByTestId('user-row').filter({ hasText: USERNAME }).count()).toBe(0);
    await person.reload();
    await until(() => person.url()).toContain('/login');
  });
});

describe('the enterprise register', () => {
  it('downloads the template, uploads it filled, reads the check, imports it with a progress bar', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-enterprises').click();
    await admin.getByTestId('enterprise-import').click();
    await admin.getByTestId('import-page').waitFor();

    const [template] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByTestId('import-template').click(),
    ]);
    expect(template.suggestedFilename()).toBe('企业台账导入模板.xlsx');
    const templatePath = path.join(scratch, 'template.xlsx');
    await template.saveAs(templatePath);

    // The county's sheet: 2,400 new enterprises over three pages of the commit, and two rows with problems.
    const workbook = new ExcelJS.Workbook();
    const bytes = await readFile(templatePath);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    for (let i = 0; i < 2_400; i += 1)
      sheet.getRow(i + 2).values = [
        makeEnterpriseUscc('130529', 60_000_000 + i),
        `清河县导入测试第${i + 1}号企业`,
        i % 2 ? '其他工贸行业' : '建筑施工',
        i % 3 ? '城关镇' : '经济开发区',
      ];
    sheet.getRow(2_402).values = ['91130529MA0XXXXXX0', '代码有误企业', '冶金', '城关镇'];
    sheet.getRow(2_403).values = [makeEnterpriseUscc('130529', 69_999_999), '乡镇有误企业', '冶金', '火星镇'];
    const filled = path.join(scratch, '清河县企业台账.xlsx');
    await writeFile(filled, Buffer.from(await workbook.xlsx.writeBuffer()));

    await admin.locator('input[type=file]').setInputFiles(filled);
    const preview = admin.getByTestId('import-preview');
    await admin.locator('[data-testid=import-preview][data-status=PREVIEWED]').waitFor({ timeout: 180_000 });
    expect(await preview.textContent()).toContain('2,400');
    await until(() => admin.getByTestId('import-problems').locator('tr.ant-table-row').count()).toBe(2);
    expect(await admin.getByTestId('import-problems').textContent()).toContain('乡镇（街道）“火星镇”不存在');
    await settle(admin);
    await screenshot(admin, 'admin-import-preview');

    await admin.getByTestId('import-commit').click();
    await admin.getByTestId('import-progress').waitFor();
    await admin.locator('[data-testid=import-progress][data-done=true]').waitFor({ timeout: 240_000 });
    expect(await preview.textContent()).toContain('新增 2400 家');
    const [report] = await Promise.all([admin.waitForEvent('download'), admin.getByTestId('import-report').click()]);
    expect(report.suggestedFilename()).toMatch(/^企业台账导入结果-\d+\.xlsx$/);
    await until(() => admin.getByTestId('import-row').count()).toBe(1);
    // Every name as the county typed it (a streaming read once broke one character in a thousand).
    const names = await api.database.db
      .selectFrom('enterprise')
      .select('name')
      .where('name', 'like', '清河县导入测试第%号企业')
      .execute();
    expect(new Set(names.map((n) => n.name))).toEqual(
      new Set(Array.from({ length: 2_400 }, (_, i) => `清河县导入测试第${i + 1}号企业`)),
    );
  });

  it('edits an enterprise, suspends it and resumes it, saying what happens to its open work', async () => {
    const [enterprise] = await api.database.db
      .selectFrom('enterprise')
      .select(['id', 'name', 'uscc'])
      .where('township_id', '=', await api.orgId('chengguan'))
      .orderBy('id')
      .limit(1)
      .execute();
    if (!enterprise) throw new Error('no enterprise in 城关镇');
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-enterprises').click();
    const search = admin.getByTestId('enterprise-search').locator('xpath=descendant-or-self::input');
    await search.fill(enterprise.uscc);
    await search.press('Enter');
    const row = admin.getByTestId('enterprise-row').filter({ hasText: enterprise.uscc });
    await until(() => admin.getByTestId('enterprise-row').count()).toBe(1);
    expect(await row.getByTestId('enterprise-status').textContent()).toBe('在营');

    // Edit: a wrong phone is refused in the form; the move to another township is said to send only new work there.
    await row.getByTestId('enterprise-edit').click();
    const dialog = admin.getByTestId('enterprise-edit-dialog');
    expect(await dialog.textContent()).toContain('已派发的任务和未闭环的隐患仍由原单位办结');
    await admin.getByTestId('enterprise-edit-contact-person').fill('王安全');
    await admin.getByTestId('enterprise-edit-contact-phone').fill('打这个电话');
    await admin.getByTestId('enterprise-edit-submit').click();
    await dialog.getByText('请填写手机号或带区号的座机号').waitFor();
    await admin.getByTestId('enterprise-edit-contact-phone').fill('13803190077');
    await pick(admin, 'enterprise-edit-township', '经济开发区');
    await settle(admin);
    await screenshot(admin, 'admin-enterprise-edit');
    await admin.getByTestId('enterprise-edit-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await until(() => row.textContent()).toContain('经济开发区');
    const saved = await api.database.db
      .selectFrom('enterprise')
      .select(['contact_person', 'contact_phone', 'township_id'])
      .where('id', '=', enterprise.id)
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({
      contact_person: '王安全',
      contact_phone: '13803190077',
      township_id: await api.orgId('kaifaqu'),
    });

    // 停产: with its reason; the register shows it, and its filter finds it.
    await row.getByTestId('enterprise-deactivate').click();
    const stop = admin.getByTestId('enterprise-deactivate-dialog');
    expect(await stop.textContent()).toContain('不再派发新的检查任务');
    await admin.getByTestId('enterprise-deactivate-reason').fill('冬季停产检修');
    await admin.getByTestId('enterprise-deactivate-submit').click();
    await stop.waitFor({ state: 'detached' });
    await until(() => row.getByTestId('enterprise-status').textContent()).toBe('停产');

    // 复产: confirmed, in business again.
    await row.getByTestId('enterprise-resume').click();
    await admin.getByTestId('enterprise-resume-confirm').click();
    await until(() => row.getByTestId('enterprise-status').textContent()).toBe('在营');
    const audited = await api.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'Enterprise')
      .where('subject_id', '=', String(enterprise.id))
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.action)).toEqual(['updateEnterprise', 'deactivateEnterprise', 'resumeEnterprise']);
  });
});

describe('the county’s checklists', () => {
  it('writes a checklist and saves an edit as its next version', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-checklists').click();
    await admin.getByTestId('checklist-row').first().waitFor();

    await admin.getByTestId('checklist-create').click();
    const editor = admin.getByTestId('checklist-editor');
    await admin.getByTestId('checklist-name').fill('清河县九小场所消防检查表');
    const items = editor.getByTestId('checklist-item');
    await items.nth(0).getByLabel('类别').fill('消防设施');
    await items.nth(0).getByLabel('检查内容').fill('灭火器是否在有效期内并放置在明显位置');
    await admin.getByTestId('checklist-add-item').click();
    // A blank item is refused in the form before anything is sent.
    await admin.getByTestId('checklist-save').click();
    await editor.getByText('请填写检查内容').waitFor();
    await items.nth(1).getByLabel('类别').fill('安全疏散');
    await items.nth(1).getByLabel('检查内容').fill('疏散通道、安全出口是否畅通');
    await items.nth(1).getByLabel('依据（标准条款）').fill('《消防法》第二十八条');
    await items.nth(1).getByRole('switch').click();
    await admin.getByTestId('checklist-save').click();
    await editor.waitFor({ state: 'detached' });
    const row = admin.getByTestId('checklist-row').filter({ hasText: '清河县九小场所消防检查表' });
    await until(() => row.getByTestId('checklist-version').textContent()).toBe('第1版');

    await row.getByTestId('checklist-edit').click();
    expect(await editor.textContent()).toContain('已启动的专项行动继续使用原版本');
    await items.nth(0).getByLabel('检查内容').fill('灭火器是否在有效期内、压力正常并放置在明显位置');
    await settle(admin);
    await screenshot(admin, 'admin-checklist-editor');
    await admin.getByTestId('checklist-save').click();
    await editor.waitFor({ state: 'detached' });
    await until(() => row.getByTestId('checklist-version').textContent()).toBe('第2版');

    // Out as .xlsx, and back into a new template's editor as the same items.
    const [exported] = await Promise.all([
      admin.waitForEvent('download'),
      row.getByTestId('checklist-download').click(),
    ]);
    expect(exported.suggestedFilename()).toBe('清河县九小场所消防检查表（第2版）.xlsx');
    const exportedPath = path.join(scratch, 'checklist.xlsx');
    await exported.saveAs(exportedPath);
    await admin.getByTestId('checklist-create').click();
    await editor.locator('input[type=file]').setInputFiles(exportedPath);
    await until(() => items.count()).toBe(2);
    expect(await items.nth(0).getByLabel('检查内容').inputValue()).toBe(
      '灭火器是否在有效期内、压力正常并放置在明显位置',
    );
    expect(await items.nth(1).getByLabel('依据（标准条款）').inputValue()).toBe('《消防法》第二十八条');
    await editor.getByRole('button', { name: '取消' }).click();

    const versions = await api.database.db
      .selectFrom('checklist_template')
      .select(['version', 'retired_at'])
      .where('name', '=', '清河县九小场所消防检查表')
      .orderBy('version')
      .execute();
    expect(versions.map((v) => [v.version, v.retired_at !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
  });
});

describe('the holiday calendar', () => {
  it('marks a provisional year, and takes next year’s arrangement once it is published', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-holidays').click();
    const row = admin.getByTestId('holiday-row').filter({ hasText: '2027' });
    await until(() => row.getByTestId('holiday-status').textContent()).toBe('暂定');

    await row.getByTestId('holiday-edit').click();
    const editor = admin.getByTestId('holiday-editor');
    await admin.getByTestId('holiday-provisional').click();
    // Published without its notice: refused by the server in the office's words.
    await admin.getByTestId('holiday-source').fill('');
    await admin.getByTestId('holiday-save').click();
    await editor.getByText('已发布的安排请填写通知的文号或标题').waitFor();
    await admin.getByTestId('holiday-source').fill('国务院办公厅关于2027年部分节假日安排的通知');
    // A 调休 day on a weekday is refused too.
    await admin.getByTestId('holiday-add-workday').click();
    const workday = editor.getByTestId('holiday-workday').last();
    await workday.getByLabel('上班日期').fill('2027-02-17');
    await admin.getByTestId('holiday-save').click();
    await editor.getByText('调休上班日2027-02-17不是周六或周日，本来就要上班').waitFor();
    await workday.getByLabel('上班日期').fill('2027-02-27');
    await settle(admin);
    await screenshot(admin, 'admin-holidays');
    await admin.getByTestId('holiday-save').click();
    await editor.waitFor({ state: 'detached' });
    await until(() => row.getByTestId('holiday-status').textContent()).toBe('已发布');
    const stored = await api.database.db
      .selectFrom('holiday_year')
      .select(['provisional', 'source', 'adjusted_workdays'])
      .where('year', '=', 2027)
      .executeTakeFirstOrThrow();
    expect(stored.provisional).toBe(false);
    expect(stored.source).toBe('国务院办公厅关于2027年部分节假日安排的通知');
    expect(stored.adjusted_workdays.map((w) => w.date)).toContain('2027-02-27');

    // Open deadlines re-planned with it: the broadcast reaches every running task and says so.
    await admin.getByTestId('holiday-recompute').click();
    await admin.getByTestId('holiday-recompute-confirm').click();
    await admin.locator('[data-testid=holiday-recompute-status][data-status=DONE]').waitFor({ timeout: 120_000 });
    expect(await admin.getByTestId('holiday-recompute-status').textContent()).toContain('在办任务');
  });
});

describe('the county’s units', () => {
  it('adds a township and renames it', async () => {
    const admin = await portals.open('admin');
    await admin.getByTestId('nav-org-units').click();
    await admin.getByTestId('org-unit-row-township').first().waitFor();
    await admin.getByTestId('org-unit-create').click();
    const dialog = admin.getByTestId('org-unit-dialog');
    // A name the county already uses is refused in the server's words.
    await admin.getByTestId('org-unit-name').fill('城关镇');
    await admin.getByTestId('org-unit-save').click();
    await dialog.getByText('已有名为“城关镇”的乡镇（街道）').waitFor();
    await admin.getByTestId('org-unit-name').fill('新城街道');
    await admin.getByTestId('org-unit-save').click();
    await dialog.waitFor({ state: 'detached' });
    const row = admin.getByTestId('org-unit-row-township').filter({ hasText: '新城街道' });
    await row.waitFor();
    await row.getByTestId('org-unit-rename').click();
    await admin.getByTestId('org-unit-name').fill('新城镇');
    await admin.getByTestId('org-unit-save').click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByTestId('org-unit-row-township').filter({ hasText: '新城镇' }).waitFor();
    await settle(admin);
    await screenshot(admin, 'admin-org-units');
  });

  it('adds a department and hands it an industry, saying what moves now and what stays', async () => {
    const db = api.database.db;
    const leadOf = async () =>
      (
        await db
          .selectFrom('industry_regulator')
          .select('regulator_id')
          .where('industry', '=', 'FUEL_STATION')
          .executeTakeFirstOrThrow()
      ).regulator_id;
    expect(await leadOf()).toBe(await api.orgId('commerce'));
    const stations = await db.selectFrom('enterprise').select('id').where('industry', '=', 'FUEL_STATION').execute();
    expect(stations.length).toBeGreaterThan(0);

    const admin = await portals.open('admin');
    await admin.getByTestId('nav-org-units').click();
    await admin.getByTestId('org-unit-create').click();
    const dialog = admin.getByTestId('org-unit-dialog');
    await dialog.getByText('监管部门', { exact: true }).click();
    await until(() => admin.getByTestId('org-unit-kind-regulator').isChecked()).toBe(true);
    await admin.getByTestId('org-unit-name').fill('城市管理综合执法局');
    await admin.getByTestId('org-unit-save').click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByTestId('org-unit-row-regulator').filter({ hasText: '城市管理综合执法局' }).waitFor();

    // 监管分工: 加油加气站 from 商务局 to the new department, confirmed in words that say what moves and what stays.
    const row = admin.getByTestId('division-industry-row').filter({ hasText: '加油加气站' });
    await until(() => row.getByTestId('division-industry-lead').textContent()).toContain('商务局');
    await row.getByTestId('division-industry-lead').click();
    await admin.keyboard.type('城市管理综合执法局');
    await admin.locator('.ant-select-item-option-active:visible', { hasText: '城市管理综合执法局' }).first().waitFor();
    await admin.keyboard.press('Enter');
    const words = admin.getByTestId('division-confirm-text');
    await words.waitFor();
    expect(await words.textContent()).toContain(
      `将有 ${stations.length} 家企业随之调整到新单位；今后发起的专项行动按新分工下发任务，已下发的任务和已发现的隐患仍由原单位办理。`,
    );
    await admin.getByTestId('division-confirm').click();
    await admin.getByText(`监管分工已调整，${stations.length} 家企业随之调整到新单位`).waitFor({ timeout: 30_000 });
    await until(() => row.getByTestId('division-industry-lead').textContent()).toContain('城市管理综合执法局');

    const { id: department } = await db
      .selectFrom('org_unit')
      .select('id')
      .where('name', '=', '城市管理综合执法局')
      .executeTakeFirstOrThrow();
    expect(await leadOf()).toBe(department);
    const moved = await db
      .selectFrom('enterprise')
      .select('regulator_id')
      .where('industry', '=', 'FUEL_STATION')
      .execute();
    expect(moved.map((e) => e.regulator_id)).toEqual(stations.map(() => department));
    const audited = await db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'setIndustryRegulator')
      .where('subject_id', '=', 'FUEL_STATION')
      .execute();
    expect(audited.map((a) => a.after)).toEqual([
      { industry: 'FUEL_STATION', regulatorId: department, enterprisesMoved: stations.length },
    ]);
  });
});

describe('the county’s reports', () => {
  it('writes last week’s report on demand, shows it as a document and serves it as Word', async () => {
    const week = lastEndedCountyPeriod('WEEKLY', new Date());
    const from = formatShanghaiDate(week.periodStart);
    const to = formatShanghaiDate(lastCoveredDay(week));
    // A Wednesday of last week: any day names its week.
    const day = shanghaiDateKey(new Date(week.periodStart.getTime() + 2 * 86_400_000));

    const admin = await portals.open('admin');
    await admin.getByTestId('nav-reports').click();
    await admin.getByTestId('county-reports-page').waitFor();
    await admin.getByTestId('county-report-generate').click();
    const dialog = admin.getByTestId('county-report-dialog');
    await dialog.getByText('只能生成已结束的周期，重新生成会覆盖该期报告').waitFor();
    await dialog.getByText('周报', { exact: true }).click();
    await until(() => admin.getByTestId('county-report-kind-weekly').isChecked()).toBe(true);
    await admin.getByTestId('county-report-day').fill(day);
    await admin.getByTestId('county-report-submit').click();
    // The report workflow counts the whole county behind this click: on a loaded machine that takes a while.
    await dialog.waitFor({ state: 'detached', timeout: 120_000 });
    await admin.getByText(`已生成周报（${from} 至 ${to}）`).waitFor({ timeout: 30_000 });

    const row = admin.getByTestId('county-report-row').filter({ hasText: `${from} 至 ${to}` });
    await until(() => row.count(), 30_000).toBe(1);
    await row.getByTestId('county-report-open').click();
    const body = admin.getByTestId('county-report-body');
    await body.waitFor();
    expect(await body.locator('h2').textContent()).toBe('全县安全生产监管工作周报');
    expect(await body.textContent()).toContain(`（${from}至${to}）`);
    expect(await body.locator('h3').first().textContent()).toBe('一、总体情况');
    await admin.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 30_000 });
    await settle(admin);
    await screenshot(admin, 'admin-county-report');

    // Word: saved under the report's title; the address answers with the session, as the download button sends it.
    const [saved] = await Promise.all([
      admin.waitForEvent('download'),
      admin.getByTestId('county-report-drawer-download').click(),
    ]);
    expect(saved.suggestedFilename()).toBe('全县安全生产监管工作周报.docx');
    const url = await row.getByTestId('county-report-download').getAttribute('data-href');
    expect(url).toMatch(/^\/reports\/[^/]+\.docx$/);
    const answer = await admin.evaluate(async (address) => {
      const response = await fetch(address, { headers: { 'x-graphql-csrf': '1' } });
      return { status: response.status, type: response.headers.get('content-type') };
    }, url ?? '');
    expect(answer).toEqual({
      status: 200,
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });

    // The county leader reads the same reports from the leader's menu, and writes none.
    const leader = await portals.open('leader');
    await leader.getByTestId('nav-reports').click();
    await leader
      .getByTestId('county-report-row')
      .filter({ hasText: `${from} 至 ${to}` })
      .waitFor();
    expect(await leader.getByTestId('county-report-generate').count()).toBe(0);
  });
});
