// `npm run screenshots`: retakes the README's screenshots from the living demo county. It starts `npm start` on an
// empty temporary DATA_DIR (free ports), waits for the demo county's history to be written (a finished 百日攻坚, a
// running 重大事故隐患专项排查整治 with overdue tasks, hazards, escalations and reports), has the county office write
// last week's county report and renders its Word file's first page (LibreOffice, pdftoppm), then photographs each
// portal with Debian's Chromium into docs/screenshots/demo/. The server is always stopped and DATA_DIR removed.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../server/ports';
import { PROJECT_ROOT } from '../server/temporal-binaries';
import { graphql, runEntryPoint, type RunningProcess } from '../tests/support/processes';
import { launchBrowser, login, newContext } from '../tests/e2e/support/browser';

const OUT = path.join(PROJECT_ROOT, 'docs', 'screenshots', 'demo');
const HISTORY_DONE = 'demo history written in';
const HISTORY_TIMEOUT_MS = 5 * 60_000;
/** How long a page may take to show its content on a loaded two-core machine. */
const CONTENT_TIMEOUT_MS = 90_000;
const run = promisify(execFile);
const started = performance.now();

function log(line: string): void {
  console.log(`[screenshots ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
}

// ---- the demo county, started as a person starts it -------------------------------------------------------------

/** `npm start` on the empty DATA_DIR, on free ports. */
async function startDemo(dataDir: string) {
  const port = await freePort();
  const server = runEntryPoint('server/start.ts', {
    DATA_DIR: dataDir,
    PORT: String(port),
    TEMPORAL_PORT: String(await freePort()),
    TEMPORAL_UI_PORT: String(await freePort()),
    NODE_ENV: 'development',
  });
  log(`npm start on DATA_DIR=${dataDir}, port ${port}`);
  return { server, port };
}

/** Waits for the demo history's last line, failing at once when the server exits or the history fails. */
async function historyWritten(server: RunningProcess): Promise<void> {
  log('waiting for the demo history (up to 5 minutes)…');
  const deadline = Date.now() + HISTORY_TIMEOUT_MS;
  while (!server.output().includes(HISTORY_DONE)) {
    if (server.child.exitCode !== null) throw new Error(`npm start exited with code ${server.child.exitCode}`);
    if (server.output().includes('demo history failed')) throw new Error("writing the demo county's history failed");
    if (Date.now() > deadline) throw new Error(`no "${HISTORY_DONE}" from npm start within 5 minutes`);
    await sleep(500);
  }
  log(server.output().slice(server.output().indexOf(HISTORY_DONE)).split('\n')[0] ?? HISTORY_DONE);
  // The open work was just handed to workflows: let their first steps (reminders, escalations) land.
  await sleep(5_000);
}

// ---- last week's county report, as Word prints it ---------------------------------------------------------------

async function countyReportPage(port: number, work: string): Promise<void> {
  const login = await graphql(port, 'mutation { login(username: "admin", password: "demo-2026") { token } }');
  const token: unknown = login.body?.data?.login?.token;
  if (typeof token !== 'string') throw new Error(`login as admin failed: ${JSON.stringify(login.body)}`);
  const { body } = await graphql(
    port,
    'mutation($at: DateTime!) { generateCountyReport(kind: WEEKLY, periodStart: $at) { id docxUrl } }',
    { at: new Date(Date.now() - 7 * 86_400_000).toISOString() },
    token,
  );
  const docxUrl: unknown = body?.data?.generateCountyReport?.docxUrl;
  if (typeof docxUrl !== 'string') throw new Error(`generateCountyReport failed: ${JSON.stringify(body)}`);
  const response = await fetch(`http://127.0.0.1:${port}${docxUrl}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${docxUrl} answered ${response.status}`);
  const docx = path.join(work, 'county-report.docx');
  await writeFile(docx, Buffer.from(await response.arrayBuffer()));
  log(`last week's county report written (${docxUrl}); converting it with LibreOffice…`);
  const profile = `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`;
  await run('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], { timeout: 180_000 });
  const [pdf, png] = [docx.replace(/\.docx$/, '.pdf'), path.join(OUT, 'county-report-docx')];
  await run('pdftoppm', [...'-png -r 80 -f 1 -l 1 -singlefile'.split(' '), pdf, png]);
  log('county-report-docx.png');
}

// ---- the portals, in a browser ----------------------------------------------------------------------------------

interface Shot {
  name: string;
  user: string;
  phone?: boolean;
  /** A taller desktop viewport than 900 px, for a page whose point lies below the fold. */
  height?: number;
  /** Brings the page to what the picture shows, waiting for real content (never a fixed time). */
  show(page: Page): Promise<void>;
}

/** Waits for a chart to be drawn, then for its entry animation (about a second) to end. */
async function chartDrawn(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid=${testId}] canvas`).first().waitFor();
  await page.waitForTimeout(1_500);
}

const SHOTS: Shot[] = [
  {
    name: 'admin-campaigns',
    user: 'admin',
    async show(page) {
      await page.goto('/admin/campaigns');
      await page.getByTestId('campaign-list').locator('.ant-segmented-item', { hasText: '全部' }).click();
      await page.getByTestId('campaign-row').filter({ hasText: '百日攻坚' }).waitFor();
      await page.getByTestId('campaign-row').filter({ hasText: '重大事故隐患专项排查整治' }).waitFor();
    },
  },
  {
    name: 'admin-campaign',
    user: 'admin',
    height: 1240,
    async show(page) {
      await page.getByTestId('campaign-link').filter({ hasText: '重大事故隐患专项排查整治' }).click();
      await page.getByTestId('campaign-page').waitFor();
      await chartDrawn(page, 'chart-regulators');
    },
  },
  {
    name: 'admin-county-reports',
    user: 'admin',
    async show(page) {
      await page.goto('/admin/reports?kind=WEEKLY');
      await page.getByTestId('county-report-row').first().getByTestId('county-report-open').click();
      await page.getByTestId('county-report-body').locator('h3').first().waitFor();
    },
  },
  {
    name: 'admin-org-units',
    user: 'admin',
    async show(page) {
      await page.goto('/admin/org-units');
      await page.getByTestId('org-unit-row-regulator').first().waitFor();
      await page.getByTestId('division-industry-row').first().waitFor();
      // 监管分工's title below the sticky header, with the ends of the units' tables above it.
      await page
        .getByTestId('division-card')
        .evaluate((card) => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - 240));
    },
  },
  {
    name: 'leader-dashboard',
    user: 'leader',
    async show(page) {
      await page.goto('/leader');
      await page.getByTestId('rank-row-regulator').first().waitFor();
      await chartDrawn(page, 'chart-leader');
    },
  },
  {
    name: 'regulator-tasks',
    user: 'emergency.staff',
    async show(page) {
      await page.goto('/regulator/tasks');
      // Overdue first: an overdue row is drawn.
      await page.locator('[data-testid=task-row].lag-row').first().waitFor();
    },
  },
  {
    name: 'regulator-escalations',
    user: 'emergency.head',
    async show(page) {
      await page.goto('/regulator/escalations');
      await page.getByTestId('escalation-column-REGULATOR_HEAD').getByTestId('escalation-ack').first().waitFor();
    },
  },
  {
    name: 'enterprise-home',
    user: 'enterprise1',
    phone: true,
    async show(page) {
      await page.goto('/enterprise/tasks');
      await page.getByTestId('enterprise-card').waitFor();
      // Its hazards to rectify are counted: a number, not the dash shown while loading.
      await page.getByTestId('count-to-rectify').filter({ hasText: /\d/ }).waitFor();
    },
  },
  {
    name: 'enterprise-hazards',
    user: 'enterprise1',
    phone: true,
    async show(page) {
      await page.getByTestId('count-to-rectify').click();
      await page.getByTestId('enterprise-hazard-card').first().waitFor();
    },
  },
];

/** Each shot in turn, signed in through the login form; consecutive shots of one user share a page. */
async function photograph(browser: Browser, baseURL: string): Promise<void> {
  let signedIn = null as { user: string; page: Page } | null;
  for (const shot of SHOTS) {
    if (signedIn?.user !== shot.user) {
      await signedIn?.page.context().close();
      const context = await newContext(browser, baseURL, shot.phone ?? false);
      context.setDefaultTimeout(CONTENT_TIMEOUT_MS);
      signedIn = { user: shot.user, page: await context.newPage() };
      await login(signedIn.page, shot.user);
    }
    const { page } = signedIn;
    if (!shot.phone) await page.setViewportSize({ width: 1440, height: shot.height ?? 900 });
    await shot.show(page).catch((error: unknown) => {
      throw new Error(`${shot.name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    await page.waitForLoadState('networkidle');
    const alerts = await page.getByTestId('error-alert').allTextContents();
    if (alerts.length > 0) throw new Error(`${shot.name}: the page shows an error: ${alerts.join(' / ')}`);
    await page.screenshot({ path: path.join(OUT, `${shot.name}.png`) });
    log(`${shot.name}.png`);
  }
}

// ---- all of it, always cleaning up ------------------------------------------------------------------------------

async function main(): Promise<void> {
  // Ctrl-C reaches npm start too (one process group): outlive the first one, to clean up after it.
  process.once('SIGINT', () => log('SIGINT: stopping…'));
  const dataDir = await mkdtemp(path.join(tmpdir(), 'wss-screenshots-data-'));
  const work = await mkdtemp(path.join(tmpdir(), 'wss-screenshots-work-'));
  let server: RunningProcess | null = null;
  let browser: Browser | null = null;
  try {
    await mkdir(OUT, { recursive: true });
    const demo = await startDemo(dataDir);
    server = demo.server;
    await historyWritten(server);
    await countyReportPage(demo.port, work);
    browser = await launchBrowser();
    await photograph(browser, `http://127.0.0.1:${demo.port}`);
    log(`done: ${path.relative(PROJECT_ROOT, OUT)}/`);
  } catch (error) {
    process.exitCode = 1;
    console.error(`\nscreenshots failed: ${error instanceof Error ? error.message : String(error)}`);
    if (server) console.error(`last lines of npm start:\n${server.output().split('\n').slice(-30).join('\n')}`);
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) {
      const code = await server.stop('SIGINT');
      if (code !== 0) log(`npm start exited with code ${code}`);
    }
    await rm(dataDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  }
}

await main();
