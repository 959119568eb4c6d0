// Aggregates within scope (issue #11, property 5): campaign progress, its reports and node(Report) give the county's
// figures to admins and leaders only; a regulator or a township sees the figures of its own rows, equal to what its
// lists and its dashboard count, and a unit with nothing in the campaign sees zeros, never the county's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaignActivities } from '../../activities/campaigns';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { finding, inDays, inspect, LAUNCH, REPORT, VERIFY, waitForFanOut } from '../support/api-fixtures';

let api: ApiEnv;
let campaignId: string;
let campaignDbId: number;
let reportId: string;
/** The campaign's townships: `main` with an emergency task inspected, `other` with a housing one; `idle` has none. */
const townships = { main: '', other: '', idle: '' };

/** A regulator's or a township's rows (both: those of the regulator in the township), or all of them. */
type Unit = { regulator?: string; township?: string } | 'county';

interface Progress {
  tasksTotal: number;
  tasksDone: number;
  tasksOverdue: number;
  hazardsFound: number;
  hazardsClosed: number;
  majorHazards: number;
  rectificationRate: number;
}
interface DashboardRow {
  key: string;
  tasksTotal: number;
  hazardsFound: number;
}
interface Seen {
  campaign: {
    progress: Progress;
    tasks: { totalCount: number };
    done: { totalCount: number };
    overdue: { totalCount: number };
    reports: { id: string; stats: Progress; cumulative: Progress; body: string }[];
  };
  hazards: { totalCount: number };
  closed: { totalCount: number };
  major: { totalCount: number };
  dashboard: Progress & { byRegulator: DashboardRow[]; byTownship: DashboardRow[] };
}

const PROGRESS = 'tasksTotal tasksDone tasksOverdue hazardsFound hazardsClosed majorHazards rectificationRate';
const SEEN = `query($id: ID!) {
  campaign(id: $id) {
    progress { ${PROGRESS} }
    tasks(first: 1) { totalCount }
    done: tasks(first: 1, status: [DONE]) { totalCount }
    overdue: tasks(first: 1, overdue: true) { totalCount }
    reports { id stats { ${PROGRESS} } cumulative { ${PROGRESS} } body }
  }
  hazards(first: 1, filter: { campaignId: $id }) { totalCount }
  closed: hazards(first: 1, filter: { campaignId: $id, status: [CLOSED] }) { totalCount }
  major: hazards(first: 1, filter: { campaignId: $id, level: MAJOR }) { totalCount }
  dashboard(filter: { campaignId: $id }) {
    ${PROGRESS}
    byRegulator { key tasksTotal hazardsFound }
    byTownship { key tasksTotal hazardsFound }
  }
}`;
const NODE = `query($id: ID!) { node(id: $id) { ... on Report { stats { ${PROGRESS} } cumulative { ${PROGRESS} } body } } }`;

async function seenBy(username: string): Promise<Seen> {
  const result = await api.gql<Seen>(SEEN, { id: campaignId }, await api.login(username));
  if (!result.data) throw new Error(`${username}: ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function reportSeenBy(username: string) {
  const result = await api.gql<{ node: { stats: Progress; cumulative: Progress; body: string } | null }>(
    NODE,
    { id: reportId },
    await api.login(username),
  );
  expect(result.errors, username).toBeUndefined();
  const node = result.data?.node;
  if (!node) throw new Error(`${username} cannot read the report`);
  return node;
}

/** The campaign's figures counted by hand over the rows of one unit (or of all of them). */
async function countedFor(unit: Unit): Promise<Progress> {
  const db = api.database.db;
  const regulatorId = unit !== 'county' && unit.regulator ? await api.orgId(unit.regulator) : null;
  const townshipId = unit !== 'county' && unit.township ? await api.orgId(unit.township) : null;
  let tasks = db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .select(['task.status'])
    .where('task.campaign_id', '=', campaignDbId)
    .where('task.status', '<>', 'CANCELLED');
  if (regulatorId) tasks = tasks.where('task.assignee_org_id', '=', regulatorId);
  if (townshipId) tasks = tasks.where('enterprise.township_id', '=', townshipId);
  let hazards = db.selectFrom('hazard').select(['status', 'level']).where('campaign_id', '=', campaignDbId);
  if (regulatorId) hazards = hazards.where('regulator_id', '=', regulatorId);
  if (townshipId) hazards = hazards.where('township_id', '=', townshipId);
  const [t, h] = await Promise.all([tasks.execute(), hazards.execute()]);
  const found = h.length;
  const closed = h.filter((x) => x.status === 'CLOSED').length;
  return {
    tasksTotal: t.length,
    tasksDone: t.filter((x) => x.status === 'DONE').length,
    tasksOverdue: 0,
    hazardsFound: found,
    hazardsClosed: closed,
    majorHazards: h.filter((x) => x.level === 'MAJOR').length,
    rectificationRate: found === 0 ? 1 : Math.round((closed / found) * 10_000) / 10_000,
  };
}

const ZERO: Progress = {
  tasksTotal: 0,
  tasksDone: 0,
  tasksOverdue: 0,
  hazardsFound: 0,
  hazardsClosed: 0,
  majorHazards: 0,
  rectificationRate: 1,
};

async function nameOf(code: string): Promise<string> {
  const row = await api.database.db
    .selectFrom('org_unit')
    .select('name')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.name;
}

/** An open task of the regulator at an enterprise of the township. */
async function taskAt(regulator: string, township: string): Promise<string> {
  const row = await api.database.db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .select('task.id')
    .where('task.campaign_id', '=', campaignDbId)
    .where('task.assignee_org_id', '=', await api.orgId(regulator))
    .where('enterprise.township_id', '=', await api.orgId(township))
    .where('task.status', '=', 'OPEN')
    .orderBy('task.id')
    .executeTakeFirstOrThrow();
  return api.gid('Task', row.id);
}

beforeAll(async () => {
  api = await startApiEnv();
  const db = api.database.db;
  // The township with the most chemical enterprises, and another with construction sites.
  const counts = await db
    .selectFrom('enterprise')
    .innerJoin('org_unit', 'org_unit.id', 'enterprise.township_id')
    .select(['org_unit.code', 'enterprise.industry', (eb) => eb.fn.countAll<number>().as('n')])
    .where('enterprise.industry', 'in', ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'])
    .groupBy(['org_unit.code', 'enterprise.industry'])
    .orderBy('n', 'desc')
    .orderBy('org_unit.code')
    .execute();
  townships.main = counts.find((c) => c.industry === 'HAZARDOUS_CHEMICALS')?.code ?? '';
  townships.other = counts.find((c) => c.industry === 'CONSTRUCTION' && c.code !== townships.main)?.code ?? '';
  const all = await db.selectFrom('org_unit').select('code').where('kind', '=', 'TOWNSHIP').orderBy('id').execute();
  townships.idle = all.map((t) => t.code).find((code) => code !== townships.main && code !== townships.other) ?? '';
  if (!townships.main || !townships.other || !townships.idle) throw new Error('the seed lacks the townships needed');

  const launched = await api.gql<{ launchCampaign: { id: string } }>(
    LAUNCH,
    {
      input: {
        name: '危化品和建筑施工专项整治（范围测试）',
        kind: 'MAJOR_HAZARD_SWEEP',
        endsAt: inDays(100),
        taskDueAt: inDays(30),
        industries: ['HAZARDOUS_CHEMICALS', 'CONSTRUCTION'],
        townshipIds: [
          api.gid('OrgUnit', await api.orgId(townships.main)),
          api.gid('OrgUnit', await api.orgId(townships.other)),
        ],
      },
    },
    await api.login('admin'),
  );
  if (!launched.data) throw new Error(`launch failed: ${JSON.stringify(launched.errors)}`);
  campaignId = launched.data.launchCampaign.id;
  campaignDbId = Number(Buffer.from(campaignId, 'base64').toString('utf8').split(':')[1]);
  await waitForFanOut(api, campaignDbId);
  const startsAt = (
    await db.selectFrom('campaign').select('starts_at').where('id', '=', campaignDbId).executeTakeFirstOrThrow()
  ).starts_at;

  // emergency finds a major and a general hazard in `main`; housing finds one in `other` and closes it.
  await inspect(api, await taskAt('emergency', townships.main), 'emergency.staff', [
    finding('MAJOR', '储罐区可燃气体报警器失效'),
    finding('GENERAL', '安全警示标志缺失'),
  ]);
  const [housingHazard] = await inspect(api, await taskAt('housing', townships.other), 'housing.staff', [
    finding('GENERAL', '临边防护缺失'),
  ]);
  const housing = await api.login('housing.staff');
  expect(
    (await api.gql(REPORT, { input: { hazardId: housingHazard, measures: '已设置防护栏杆' } }, housing)).errors,
  ).toBeUndefined();
  // The staff reported on the enterprise's behalf (代报): the head verifies (nobody verifies their own report).
  const housingHead = await api.login('housing.head');
  expect(
    (await api.gql(VERIFY, { input: { hazardId: housingHazard, passed: true } }, housingHead)).errors,
  ).toBeUndefined();

  // The campaign's weekly report, written by the activity the workflow runs, over everything so far.
  const periodEnd = new Date(Date.now() + 1);
  await new Promise((resolve) => setTimeout(resolve, 5));
  await createCampaignActivities({ db, client: api.env.client, taskQueue: api.taskQueue }).writeReport({
    campaignId: campaignDbId,
    period: { kind: 'WEEKLY', sequence: 1, periodStart: startsAt.toISOString(), periodEnd: periodEnd.toISOString() },
  });
  const report = await db
    .selectFrom('report')
    .select('id')
    .where('campaign_id', '=', campaignDbId)
    .executeTakeFirstOrThrow();
  reportId = api.gid('Report', report.id);
});
afterAll(async () => {
  await api?.teardown();
});

/** What each user should see: the county's, or the figures of its own rows (townships are picked at start). */
const VIEWERS: { label: string; username: () => string; unit: () => Unit }[] = [
  { label: 'admin', username: () => 'admin', unit: () => 'county' },
  { label: 'leader', username: () => 'leader', unit: () => 'county' },
  { label: 'a regulator with work', username: () => 'emergency.staff', unit: () => ({ regulator: 'emergency' }) },
  { label: "another regulator's head", username: () => 'housing.head', unit: () => ({ regulator: 'housing' }) },
  { label: 'a regulator with nothing', username: () => 'transport.staff', unit: () => ({ regulator: 'transport' }) },
  {
    label: 'a township with work',
    username: () => `${townships.main}.staff`,
    unit: () => ({ township: townships.main }),
  },
  {
    label: 'a township with no enterprise in the campaign',
    username: () => `${townships.idle}.staff`,
    unit: () => ({ township: townships.idle }),
  },
];

describe('campaign figures within scope', () => {
  it('the fixture has work in two townships and two regulators, so every cut differs from the county', async () => {
    const county = await countedFor('county');
    expect(county.hazardsFound).toBe(3);
    expect(county.hazardsClosed).toBe(1);
    expect(county.majorHazards).toBe(1);
    for (const unit of [{ regulator: 'emergency' }, { regulator: 'housing' }, { township: townships.main }]) {
      const own = await countedFor(unit);
      expect(own.tasksTotal, JSON.stringify(unit)).toBeGreaterThan(0);
      expect(own.tasksTotal, JSON.stringify(unit)).toBeLessThan(county.tasksTotal);
    }
  });

  for (const viewer of VIEWERS) {
    it(`${viewer.label}: progress, reports and node(Report) count the rows it sees, as its lists and dashboard do`, async () => {
      const username = viewer.username();
      const unit = viewer.unit();
      const expected = await countedFor(unit);
      const seen = await seenBy(username);
      const { progress, reports } = seen.campaign;
      expect(progress, 'progress').toEqual(expected);
      // The same figures as its own lists count ...
      expect(progress.tasksTotal, 'tasks list').toBe(seen.campaign.tasks.totalCount);
      expect(progress.tasksDone, 'done tasks').toBe(seen.campaign.done.totalCount);
      expect(progress.tasksOverdue, 'overdue tasks').toBe(seen.campaign.overdue.totalCount);
      expect(progress.hazardsFound, 'hazards list').toBe(seen.hazards.totalCount);
      expect(progress.hazardsClosed, 'closed hazards').toBe(seen.closed.totalCount);
      expect(progress.majorHazards, 'major hazards').toBe(seen.major.totalCount);
      // ... and as its dashboard over the campaign shows.
      const { byRegulator, byTownship, ...board } = seen.dashboard;
      expect(board, 'dashboard').toEqual(progress);

      // The report covers the whole campaign so far: its period and cumulative figures are the progress.
      expect(reports).toHaveLength(1);
      const [report] = reports;
      expect(report?.stats, 'report stats').toEqual(progress);
      expect(report?.cumulative, 'report cumulative').toEqual(progress);
      const node = await reportSeenBy(username);
      expect(node.stats, 'node(Report) stats').toEqual(progress);
      expect(node.cumulative, 'node(Report) cumulative').toEqual(progress);
      expect(node.body, 'node(Report) body').toBe(report?.body);
      expect(node.body).toContain(`发现隐患${progress.hazardsFound}项`);
      // A unit's report says whose figures it holds; the county's is the one the workflow stored.
      if (unit === 'county') expect(node.body).not.toContain('本报告仅统计');
      else expect(node.body).toContain(`本报告仅统计${await nameOf(unit.regulator ?? unit.township ?? '')}职责范围内`);

      // The report's breakdown has a line for a unit only where the viewer sees work of that unit.
      const lineShown = async (row: { regulator?: string; township?: string }) => {
        const name = await nameOf(row.regulator ?? row.township ?? '');
        return node.body.includes(`）${name}：`);
      };
      const workSeen = async (row: { regulator?: string; township?: string }) => {
        let both: { regulator?: string; township?: string } = row;
        if (unit !== 'county') {
          if (row.regulator && unit.regulator && row.regulator !== unit.regulator) return false;
          if (row.township && unit.township && row.township !== unit.township) return false;
          both = { regulator: unit.regulator ?? row.regulator, township: unit.township ?? row.township };
        }
        const c = await countedFor(both);
        return c.tasksTotal > 0 || c.hazardsFound > 0;
      };
      for (const row of [
        { regulator: 'emergency' },
        { regulator: 'housing' },
        { township: townships.main },
        { township: townships.other },
      ]) {
        expect(await lineShown(row), `${JSON.stringify(row)} in the report ${username} reads`).toBe(
          await workSeen(row),
        );
      }
      if (expected.tasksTotal === 0) {
        expect(progress).toEqual(ZERO);
        expect(node.body.split('暂无检查任务和隐患情况。'), 'both breakdowns empty').toHaveLength(3);
      }

      // Its dashboard rows with figures are its own.
      const busy = (rows: DashboardRow[]) =>
        rows.filter((r) => r.tasksTotal > 0 || r.hazardsFound > 0).map((r) => r.key);
      if (unit !== 'county' && unit.regulator) {
        const own = String(await api.orgId(unit.regulator));
        expect(busy(byRegulator).every((key) => key === own)).toBe(true);
      }
      if (unit !== 'county' && unit.township) {
        const own = String(await api.orgId(unit.township));
        expect(busy(byTownship).every((key) => key === own)).toBe(true);
      }
    });
  }

  it("a unit's figures are not the county's unless its rows are all of them", async () => {
    const county = (await seenBy('admin')).campaign.progress;
    for (const username of ['emergency.staff', 'housing.head', `${townships.main}.staff`]) {
      expect((await seenBy(username)).campaign.progress, username).not.toEqual(county);
    }
    for (const username of ['transport.staff', `${townships.idle}.staff`]) {
      expect((await seenBy(username)).campaign.progress, username).toEqual(ZERO);
      expect((await reportSeenBy(username)).stats, username).toEqual(ZERO);
    }
  });
});
