// The county's own reports (issue #15 §2–3): written by Temporal Schedules for the period just ended and on demand
// for any past one, with the dashboard's figures for the same window, listed for the county's roles only, and
// downloaded as Word documents in 公文 layout that LibreOffice opens.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNTY_REPORT_REFUSALS, countyPeriodContaining, lastEndedCountyPeriod } from '../../domain/county-reports';
import { ensureSchedules, SCHEDULES } from '../../server/schedules';
import type { Viewer } from '../../services/auth';
import { createCountyReportService } from '../../services/county-reports';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, finding, inspect, launchCampaign, openTaskOf } from '../support/api-fixtures';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let admin: string;

const REPORT = `query($id: ID!) { node(id: $id) { ... on Report { id kind periodStart periodEnd body docxUrl
  countyFigures { tasksTotal hazardsFound hazardsClosed majorHazards inspections inspectorsDispatched enterprisesInspected overdueHazards } } } }`;
const DASHBOARD = `query($from: DateTime!, $to: DateTime!) { dashboard(filter: { from: $from, to: $to }) {
  tasksTotal hazardsFound hazardsClosed majorHazards inspections inspectorsDispatched enterprisesInspected overdueHazards } }`;
const GENERATE = `mutation($kind: ReportKind!, $at: DateTime!) { generateCountyReport(kind: $kind, periodStart: $at) { id kind periodStart } }`;
const LIST = `query($kind: ReportKind) { countyReports(kind: $kind, first: 10) { totalCount edges { node { id kind periodStart } } } }`;

interface ReportNode {
  id: string;
  body: string;
  docxUrl: string;
  periodStart: string;
  periodEnd: string;
  countyFigures: Record<string, number>;
}

beforeAll(async () => {
  api = await startApiEnv();
  admin = await api.login('admin');
  // This week's work: one inspection with a general and a major hazard.
  const campaign = await launchCampaign(api, { name: '县级报告测试行动', industries: ['HAZARDOUS_CHEMICALS'] });
  const task = await openTaskOf(api, campaign.dbId, 'emergency');
  await inspect(api, task.id, 'emergency.staff', [
    finding('GENERAL', '安全警示标志缺失'),
    finding('MAJOR', '储罐区无可燃气体报警'),
  ]);
});
afterAll(async () => {
  await api?.teardown();
});

async function downloadDocx(url: string, token: string): Promise<Response> {
  return fetch(new URL(url, api.url), { headers: { authorization: `Bearer ${token}` } });
}

describe('county reports', () => {
  it("writes this week's report with the dashboard's figures for the same window, once per period", async () => {
    // The service refuses a period that has not ended; seen from next week this one has.
    const week = countyPeriodContaining('WEEKLY', new Date());
    const nextWeek = () => new Date(week.periodEnd.getTime() + 86_400_000);
    const service = createCountyReportService({
      db: api.database.db,
      client: api.env.client,
      taskQueue: api.taskQueue,
      now: nextWeek,
    });
    const viewer: Viewer = {
      id: await userId('admin'),
      username: 'admin',
      displayName: '县安委办管理员',
      role: 'ADMIN',
      orgUnitId: await api.orgId('county_office'),
      enterpriseId: null,
      mustChangePassword: false,
    };
    const id = await service.generate(viewer, 'WEEKLY', new Date(), null);
    const report = await api.gql<{ node: ReportNode }>(REPORT, { id: api.gid('Report', id) }, admin);
    expect(report.errors).toBeUndefined();
    const node = report.data?.node;
    expect(node?.periodStart).toBe(week.periodStart.toISOString());
    const dashboard = await api.gql<{ dashboard: Record<string, number> }>(
      DASHBOARD,
      { from: week.periodStart.toISOString(), to: week.periodEnd.toISOString() },
      admin,
    );
    expect(node?.countyFigures).toEqual(dashboard.data?.dashboard);
    expect(node?.countyFigures.hazardsFound).toBeGreaterThanOrEqual(2);
    expect(node?.body.split('\n')[0]).toBe('全县安全生产监管工作周报');
    expect(node?.body).toContain(
      `本周全县共出动执法检查人员${node?.countyFigures.inspectorsDispatched}人次，检查企业单位${node?.countyFigures.inspections}家次`,
    );
    expect(node?.body).toContain(`重大事故隐患${node?.countyFigures.majorHazards}项`);
    expect(node?.body).toContain('（一）应急管理局：');

    // Regenerated: the same row, rewritten, and each generation in the audit log.
    expect(await service.generate(viewer, 'WEEKLY', week.periodStart, null)).toBe(id);
    const audit = await api.database.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'generateCountyReport')
      .execute();
    expect(audit.map((a) => a.subject_id)).toEqual([String(id), String(id)]);
  });

  it('is written by its schedule for the week just ended', async () => {
    await ensureSchedules(api.env.client, api.taskQueue);
    const handle = api.env.client.schedule.getHandle(SCHEDULES.countyWeeklyReport.scheduleId);
    const description = await handle.describe();
    expect(description.spec.calendars?.[0]?.dayOfWeek).toEqual([{ start: 'MONDAY', end: 'MONDAY', step: 1 }]);
    expect(description.spec.timezone).toBe('Asia/Shanghai');
    // Its next run is a Monday 01:00 in Shanghai.
    const next = description.info.nextActionTimes[0];
    if (!next) throw new Error('the weekly schedule has no next run');
    const shanghai = new Date(next.getTime() + 8 * 3_600_000);
    expect([shanghai.getUTCDay(), shanghai.getUTCHours(), shanghai.getUTCMinutes()]).toEqual([1, 1, 0]);

    const lastWeek = lastEndedCountyPeriod('WEEKLY', new Date());
    await handle.trigger();
    await waitFor(
      async () =>
        (await api.database.db
          .selectFrom('report')
          .select('id')
          .where('campaign_id', 'is', null)
          .where('kind', '=', 'WEEKLY')
          .where('period_start', '=', lastWeek.periodStart)
          .executeTakeFirst()) !== undefined,
      60_000,
      "the schedule's weekly report",
    );
  });

  it('lists for the county only, regenerates any ended period, and refuses what is not a county report', async () => {
    const lastYear = new Date(Date.UTC(new Date().getUTCFullYear() - 1, 5, 1));
    const generated = await api.gql<{ generateCountyReport: { id: string; kind: string; periodStart: string } }>(
      GENERATE,
      { kind: 'ANNUAL', at: lastYear.toISOString() },
      admin,
    );
    expect(generated.errors).toBeUndefined();
    expect(generated.data?.generateCountyReport.periodStart).toBe(
      countyPeriodContaining('ANNUAL', lastYear).periodStart.toISOString(),
    );
    const listed = await api.gql<{ countyReports: { totalCount: number } }>(
      LIST,
      { kind: 'ANNUAL' },
      await api.login('leader'),
    );
    expect(listed.data?.countyReports.totalCount).toBe(1);

    const cases: [string, Record<string, unknown>, string, string, string][] = [
      [
        GENERATE,
        { kind: 'WEEKLY', at: new Date().toISOString() },
        'admin',
        'BAD_USER_INPUT',
        COUNTY_REPORT_REFUSALS.notEnded,
      ],
      [
        GENERATE,
        { kind: 'FINAL', at: lastYear.toISOString() },
        'admin',
        'BAD_USER_INPUT',
        COUNTY_REPORT_REFUSALS.notCountyKind,
      ],
      [LIST, {}, 'emergency.head', 'FORBIDDEN', COUNTY_REPORT_REFUSALS.countyOnly],
    ];
    const before = await api.database.db.selectFrom('report').select('id').execute();
    for (const [query, variables, who, code, message] of cases) {
      const result = await api.gql(query, variables, await api.login(who));
      expect(codeOf(result), message).toBe(code);
      expect(result.errors?.[0]?.message).toBe(message);
    }
    expect(
      codeOf(await api.gql(GENERATE, { kind: 'ANNUAL', at: lastYear.toISOString() }, await api.login('leader'))),
    ).toBe('FORBIDDEN');
    expect((await api.database.db.selectFrom('report').select('id').execute()).length).toBe(before.length);
  });

  it('downloads as a Word document in 公文 layout that LibreOffice opens, and only for those who may read it', async () => {
    const listed = await api.gql<{ countyReports: { edges: { node: { id: string } }[] } }>(
      LIST,
      { kind: 'WEEKLY' },
      admin,
    );
    const id = listed.data?.countyReports.edges[0]?.node.id ?? '';
    const report = await api.gql<{ node: ReportNode }>(REPORT, { id }, admin);
    const url = report.data?.node.docxUrl ?? '';
    expect(url).toMatch(/^\/reports\/\d+\.docx$/);

    const response = await downloadDocx(url, admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(decodeURIComponent(response.headers.get('content-disposition') ?? '')).toContain(
      '全县安全生产监管工作周报.docx',
    );
    const file = Buffer.from(await response.arrayBuffer());
    const zip = await JSZip.loadAsync(file);
    const document = (await zip.file('word/document.xml')?.async('string')) ?? '';
    // A4, GB/T 9704 margins (37/35/28/26 mm in twips), the title, body font and size (三号 = 32 half-points).
    expect(document).toMatch(/<w:pgSz w:w="11907" w:h="16840"/);
    expect(document).toMatch(/w:top="2098"[^>]*w:bottom="1985"[^>]*w:left="1588"/);
    expect(document).toContain('全县安全生产监管工作周报');
    expect(document).toContain('方正小标宋简体');
    expect(document).toContain('仿宋_GB2312');
    expect(document).toContain('<w:sz w:val="32"/>');
    expect(document).toContain('县安全生产委员会办公室（应急管理局）');
    const footers = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(2);
    expect(await zip.file(footers[0] ?? '')?.async('string')).toContain('PAGE');

    // LibreOffice (Debian's) opens it and turns it into a PDF.
    const dir = await mkdtemp(path.join(tmpdir(), 'report-docx-'));
    try {
      await writeFile(path.join(dir, 'report.docx'), file);
      await promisify(execFile)(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          path.join(dir, 'report.docx'),
        ],
        { timeout: 180_000 },
      );
      const pdf = await readFile(path.join(dir, 'report.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await stat(path.join(dir, 'report.pdf'))).size).toBeGreaterThan(5_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    // A regulator may not read the county's report; nobody without a login may.
    expect((await downloadDocx(url, await api.login('emergency.head'))).status).toBe(404);
    expect((await fetch(new URL(url, api.url))).status).toBe(401);
  }, 240_000);
});

async function userId(username: string): Promise<number> {
  const row = await api.database.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}
