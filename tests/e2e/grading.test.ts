// 分级分类 and 红黑名单 in a real browser against the real api: the county office runs a grading, reviews it (one
// grade adjusted with a reason) and publishes it; black-lists an enterprise from the register with a ground, a period
// and the evidence, finds it under 红黑名单 and removes it early with a reason; the leader reads the figures and the
// grading without its buttons; the enterprise reads its grade and why on a phone. No page logs an error.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GRADING_REFUSALS } from '../../domain/grading';
import { BLACK_LIST_GROUND_NAMES_ZH } from '../../domain/lists';
import { ensureWebBuilt } from '../../server/web-build';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { enterpriseLogin } from '../support/api-fixtures';
import { fitsWidth, launchBrowser, screenshot } from './support/browser';
import { createPortals, pick, settle, until, viaMenu, type Portals } from './support/portals';

const OVERRIDE_REASON = '结合日常监管和举报核查情况，经县安委办研究调整';
const EVIDENCE = '执法人员依法检查时拒不开门、阻挠检查，有执法记录仪视频和现场笔录为证。';
const REMOVAL_REASON = '企业已整改到位并公开承诺，经集体研究决定提前移出';
/** A grading of the whole register runs as pages of a workflow: patience on a loaded machine. */
const GRADING_TIMEOUT = 180_000;

let api: ApiEnv;
let browser: Browser;
let portals: Portals;
let proposalId = 0;
/** The enterprise whose grade the office adjusts, and the grade it gets. */
let adjusted: { id: number; name: string; grade: 'GOOD' | 'FAIR' | 'POOR' };

const GRADE_ZH = { GOOD: '好', FAIR: '中', POOR: '差' } as const;

async function searchIn(page: Page, testId: string, text: string): Promise<void> {
  const search = page.getByTestId(testId).locator('xpath=descendant-or-self::input');
  await search.fill(text);
  await search.press('Enter');
}

beforeAll(async () => {
  const [env, chromium] = await Promise.all([startApiEnv({ enterpriseCount: 300 }), launchBrowser(), ensureWebBuilt()]);
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

describe('分级分类 and 红黑名单 in the browser', () => {
  it('as admin, runs a grading and waits for it to be ready for review', async () => {
    const page = await portals.open('admin');
    await page.getByTestId('nav-grading').click();
    await page.getByTestId('grading-page').waitFor();
    await page.getByTestId('grading-run').click();
    const dialog = page.getByTestId('grading-run-dialog');
    await dialog.getByText('每季度初系统会按计划自动评定一次').waitFor();
    // No date: the quarter just ended.
    await page.getByTestId('grading-run-submit').click();
    await until(() => page.url()).toMatch(/\/admin\/grading\/[^/]+$/);
    await until(
      () => page.getByTestId('grading-review').getByTestId('grading-status').first().textContent(),
      GRADING_TIMEOUT,
    ).toBe('待审核');
    const proposal = await api.database.db
      .selectFrom('grading_proposal')
      .select(['id', 'status', 'graded'])
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(proposal.status).toBe('READY');
    proposalId = proposal.id;
    // The changed ones first: the switch is on, and the list holds as many as the distribution counts.
    const changed = await api.database.db
      .selectFrom('grading_proposal_item')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('proposal_id', '=', proposalId)
      .whereRef('proposed_grade', '<>', 'previous_grade')
      .executeTakeFirstOrThrow();
    await until(() => page.getByTestId('grading-changed').textContent()).toContain(String(Number(changed.n)));
    if (Number(changed.n) > 0) await page.getByTestId('grading-item').first().waitFor();
    await settle(page);
    await screenshot(page, 'admin-grading-review');
    await page.close();
  });

  it('adjusts one enterprise’s grade with a reason, then publishes: the grades become history', async () => {
    const item = await api.database.db
      .selectFrom('grading_proposal_item')
      .innerJoin('enterprise', 'enterprise.id', 'grading_proposal_item.enterprise_id')
      .select(['enterprise.id', 'enterprise.name', 'enterprise.uscc', 'grading_proposal_item.proposed_grade'])
      .where('proposal_id', '=', proposalId)
      .orderBy('enterprise.id')
      .executeTakeFirstOrThrow();
    adjusted = { id: item.id, name: item.name, grade: item.proposed_grade === 'POOR' ? 'FAIR' : 'POOR' };
    const page = await portals.open('admin');
    await page.goto(`/admin/grading/${encodeURIComponent(api.gid('GradingProposal', proposalId))}`);
    await page.getByTestId('grading-distribution').waitFor();
    // Every enterprise, not only the changed ones; then the one by its credit code.
    await page.getByTestId('grading-filter-changed').click();
    await searchIn(page, 'grading-search', item.uscc);
    const row = page.getByTestId('grading-item').filter({ hasText: item.name });
    await until(() => page.getByTestId('grading-item').count()).toBe(1);
    // Why it was graded so: the reasons in the server's words.
    await row.getByTestId('grading-basis').click();
    await until(() => page.getByTestId('grade-reason').first().textContent()).toContain('得分');
    await page.keyboard.press('Escape');

    await row.getByTestId('grading-override').click();
    const dialog = page.getByTestId('grading-override-dialog');
    // Choosing the proposed grade again withdraws an adjustment: the dialog says so.
    await dialog.getByText(`选回“${GRADE_ZH[item.proposed_grade]}”则撤销人工调整`).waitFor();
    await dialog.locator('label.ant-radio-button-wrapper', { hasText: GRADE_ZH[adjusted.grade] }).click();
    // A reason is required.
    await page.getByTestId('grading-override-submit').click();
    await dialog.getByText('请填写调整理由').waitFor();
    await page.getByTestId('grading-override-reason').fill(OVERRIDE_REASON);
    await page.getByTestId('grading-override-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await until(() => row.getByTestId('grading-override-reason-shown').textContent()).toContain(OVERRIDE_REASON);
    await until(() => page.getByTestId('grading-overridden').textContent()).toContain('1');
    const saved = await api.database.db
      .selectFrom('grading_proposal_item')
      .select(['override_grade', 'override_reason'])
      .where('proposal_id', '=', proposalId)
      .where('enterprise_id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ override_grade: adjusted.grade, override_reason: OVERRIDE_REASON });

    await page.getByTestId('grading-publish').click();
    await page.locator('.ant-modal-confirm').getByText('不能再修改').waitFor();
    await page.getByTestId('grading-publish-confirm').click();
    await until(() => page.getByTestId('grading-review').getByTestId('grading-status').first().textContent()).toBe(
      '已发布',
    );
    await page.getByTestId('grading-published').waitFor();
    // Published: nothing to adjust or publish any more.
    expect(await page.getByTestId('grading-override').count()).toBe(0);
    expect(await page.getByTestId('grading-publish').count()).toBe(0);
    const enterprise = await api.database.db
      .selectFrom('enterprise')
      .select('grade')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(enterprise.grade).toBe(adjusted.grade);
    // A refusal in the server's words: the quarter is published, it cannot be graded again.
    await page.getByTestId('nav-grading').click();
    await page.getByTestId('grading-run').click();
    await page.getByTestId('grading-run-submit').click();
    await until(() => page.getByTestId('grading-run-dialog').getByTestId('error-alert').textContent()).toContain(
      GRADING_REFUSALS.periodPublished,
    );
    await page.close();
  });

  it('black-lists an enterprise from the register, finds it under 红黑名单 and removes it early with a reason', async () => {
    const target = await api.database.db
      .selectFrom('enterprise')
      .select(['id', 'name', 'uscc'])
      .where('status', '=', 'OPERATING')
      .where('list_status', '=', 'NONE')
      .where('id', '<>', adjusted.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const page = await portals.open('admin');
    await page.getByTestId('nav-enterprises').click();
    await searchIn(page, 'enterprise-search', target.uscc);
    await until(() => page.getByTestId('enterprise-row').count()).toBe(1);
    const row = page.getByTestId('enterprise-row').first();
    await row.getByTestId('enterprise-black-list').click();
    const dialog = page.getByTestId('black-list-dialog');
    await dialog.getByText('不少于6个月，不超过3年').waitFor();
    // A ground and the evidence are required.
    await page.getByTestId('black-list-submit').click();
    await dialog.getByText('请选择事由').waitFor();
    await dialog.getByText('请写明事实和证据').waitFor();
    await pick(page, 'black-list-ground', '拒绝、阻碍');
    await page.getByTestId('black-list-evidence').fill(EVIDENCE);
    await settle(page);
    await screenshot(page, 'admin-black-list');
    await page.getByTestId('black-list-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await until(() => row.textContent()).toContain('黑名单');
    // No second black-listing while it is on the list.
    expect(await row.getByTestId('enterprise-black-list').count()).toBe(0);
    const entry = await api.database.db
      .selectFrom('list_entry')
      .select(['ground', 'evidence', 'starts_at', 'ends_at', 'status'])
      .where('enterprise_id', '=', target.id)
      .where('list', '=', 'BLACK')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ ground: 'REFUSED_INSPECTION', evidence: EVIDENCE, status: 'ACTIVE' });
    const months = (entry.ends_at?.getTime() ?? 0) - entry.starts_at.getTime();
    expect(months / 86_400_000).toBeGreaterThan(3 * 365 - 2);

    await page.getByTestId('nav-lists').click();
    await page.getByTestId('lists-page').waitFor();
    const listed = page.getByTestId('list-entry-row').filter({ hasText: target.name });
    await until(() => listed.count(), 30_000).toBe(1);
    expect(await listed.textContent()).toContain(BLACK_LIST_GROUND_NAMES_ZH.REFUSED_INSPECTION);
    await listed.getByTestId('list-remove').click();
    const remove = page.getByTestId('list-remove-dialog');
    await page.getByTestId('list-remove-submit').click();
    await remove.getByText('请填写移出理由').waitFor();
    await page.getByTestId('list-remove-reason').fill(REMOVAL_REASON);
    await page.getByTestId('list-remove-submit').click();
    await remove.waitFor({ state: 'hidden' });
    await until(() => listed.count()).toBe(0);
    await page.getByTestId('lists-status-REMOVED').click();
    const removed = page.getByTestId('list-entry-row').filter({ hasText: target.name });
    await until(() => removed.getByTestId('list-removal-reason').textContent()).toBe(REMOVAL_REASON);
    await until(() => removed.getByTestId('list-entry-status').textContent()).toBe('已移出');
    await settle(page);
    await screenshot(page, 'admin-lists');
    const after = await api.database.db
      .selectFrom('enterprise')
      .select('list_status')
      .where('id', '=', target.id)
      .executeTakeFirstOrThrow();
    expect(after.list_status).toBe('NONE');
    await page.close();
  });

  it('as the leader, reads the figures and the published grading, without the office’s buttons', async () => {
    const page = await portals.open('leader');
    const figures = page.getByTestId('grading-figures');
    await figures.waitFor();
    const counts = await api.database.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('grade', '=', 'GOOD')
      .where('status', '<>', 'CLOSED')
      .executeTakeFirstOrThrow();
    await until(() => page.getByTestId('grading-current-GOOD').textContent()).toContain(String(Number(counts.n)));
    await settle(page);
    await screenshot(page, 'leader-grading-figures');
    await page.getByTestId('nav-grading').click();
    await page.getByTestId('grading-row').first().waitFor();
    expect(await page.getByTestId('grading-run').count()).toBe(0);
    await page.getByTestId('grading-row').first().click();
    await until(() => page.getByTestId('grading-review').getByTestId('grading-status').first().textContent()).toBe(
      '已发布',
    );
    await page.getByTestId('grading-distribution').waitFor();
    expect(await page.getByTestId('grading-override').count()).toBe(0);
    await page.close();
  });

  it('as the enterprise on a phone, reads its grade, the office’s adjustment and the reasons', async () => {
    await enterpriseLogin(api, adjusted.id);
    const account = await api.database.db
      .selectFrom('app_user')
      .select('username')
      .where('enterprise_id', '=', adjusted.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    const page = await portals.open(account.username, { phone: true, password: 'changed-2026' });
    await viaMenu(page, 'nav-grade');
    const current = page.getByTestId('own-grade-current');
    await until(() => current.textContent()).toContain(GRADE_ZH[adjusted.grade]);
    const card = page.getByTestId('own-grade-card').first();
    await until(() => card.getByTestId('own-grade-override').textContent()).toContain(OVERRIDE_REASON);
    await until(() => card.getByTestId('grade-reason').first().textContent()).toContain('得分');
    await settle(page);
    expect(await fitsWidth(page)).toBe(true);
    await screenshot(page, 'enterprise-grade-phone');
    await page.close();
  });

  it('logged no console errors on any page', () => {
    expect(portals.problems).toEqual([]);
  });
});
