// The demo county's past (issue #15 §1), written on PostgreSQL without Temporal: the same seed and day give the same
// rows; a finished campaign whose every hazard was closed (some late, some rejected once, majors listed and signed
// off) with escalations at every rung and its reports; a running campaign midway; and the read model as the
// activities write it: every hazard with its FOUND event, every step audited at its own time.
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { lastEndedCountyPeriod } from '../../domain/county-reports';
import { finalReportPeriod, reportSchedule } from '../../domain/reports';
import { seedDemoCounty } from '../../seed/demo-county';
import { writeDemoHistory, type DemoOpenWork } from '../../seed/demo-county/history';
import { createTestDatabase, type TestDatabase } from '../support/database';

const NOW = new Date('2026-12-07T03:00:00Z');
const testDatabases: TestDatabase[] = [];
const databases: Database[] = [];

async function historyDatabase(): Promise<{ db: Kysely<DB>; open: DemoOpenWork }> {
  const testDb = await createTestDatabase('wss_history');
  testDatabases.push(testDb);
  const database = await openDatabase({
    databaseUrl: testDb.url,
    dataDir: path.join(tmpdir(), 'wss-history-unused'),
    poolSize: 2,
  });
  databases.push(database);
  await migrateToLatest(database.db);
  await seedDemoCounty(database.db, { demoPassword: 'demo-2026', withDemoUsers: true, enterpriseCount: 900 });
  const { open } = await writeDemoHistory(database.db, { now: NOW });
  return { db: database.db, open };
}

/** What the history wrote, as text: every hazard with its events, every task, escalation and report. */
async function fingerprint(db: Kysely<DB>): Promise<string> {
  const rows = await Promise.all([
    sql`select t.enterprise_id, t.status, t.due_at, t.done_at from task t order by t.id`.execute(db),
    sql`select enterprise_id, level, status, description, found_at, rectify_by, closed_at from hazard order by id`.execute(
      db,
    ),
    sql`select hazard_id, kind, to_status, at, comment from hazard_event order by id`.execute(db),
    sql`select level, status, raised_at, acknowledged_at, resolved_at from escalation order by id`.execute(db),
    sql`select kind, period_start, body from report order by id`.execute(db),
  ]);
  return JSON.stringify(rows.map((r) => r.rows));
}

let first: { db: Kysely<DB>; open: DemoOpenWork };
let second: { db: Kysely<DB>; open: DemoOpenWork };

beforeAll(async () => {
  first = await historyDatabase();
  second = await historyDatabase();
}, 600_000);

afterAll(async () => {
  await Promise.all(databases.map((d) => d.close()));
  await Promise.all(testDatabases.map((t) => t.drop()));
});

describe('the demo history', () => {
  it('is the same for the same seed and day', async () => {
    expect(await fingerprint(second.db)).toBe(await fingerprint(first.db));
    expect(second.open).toEqual(first.open);
  });

  it('has a finished campaign with everything closed, late and rejected steps, every rung, and its reports', async () => {
    const db = first.db;
    const campaign = await db
      .selectFrom('campaign')
      .selectAll()
      .where('kind', '=', 'HUNDRED_DAY_CRACKDOWN')
      .executeTakeFirstOrThrow();
    expect(campaign.status).toBe('CLOSED');
    expect(campaign.ends_at.getTime()).toBeLessThan(NOW.getTime());
    const hazards = await db
      .selectFrom('hazard')
      .select(['id', 'status', 'level', 'rectify_by', 'closed_at', 'reported_at'])
      .where('campaign_id', '=', campaign.id)
      .execute();
    expect(hazards.length).toBeGreaterThan(20);
    expect(hazards.filter((h) => h.status !== 'CLOSED')).toEqual([]);
    const events = await db
      .selectFrom('hazard_event')
      .innerJoin('hazard', 'hazard.id', 'hazard_event.hazard_id')
      .select(['hazard_event.kind', 'hazard.level'])
      .where('hazard.campaign_id', '=', campaign.id)
      .execute();
    const kinds = new Set(events.map((e) => e.kind));
    for (const kind of ['FOUND', 'RECTIFICATION_REPORTED', 'VERIFICATION_REJECTED', 'VERIFICATION_PASSED', 'ESCALATED'])
      expect(kinds, kind).toContain(kind);
    // Every major hazard listed (挂牌督办) and signed off by the county office.
    const majors = hazards.filter((h) => h.level === 'MAJOR').length;
    expect(majors).toBeGreaterThan(0);
    expect(events.filter((e) => e.kind === 'LISTED_SUPERVISION').length).toBe(majors);
    expect(events.filter((e) => e.kind === 'SIGNED_OFF').length).toBe(majors);
    // Some rectified late.
    expect(hazards.some((h) => (h.reported_at?.getTime() ?? 0) > h.rectify_by.getTime())).toBe(true);
    // Escalations at every rung of the ladder, all settled now.
    const rungs = await db
      .selectFrom('escalation')
      .leftJoin('task', 'task.id', 'escalation.task_id')
      .leftJoin('hazard', 'hazard.id', 'escalation.hazard_id')
      .select(['escalation.level', 'escalation.status'])
      .where((eb) => eb.or([eb('task.campaign_id', '=', campaign.id), eb('hazard.campaign_id', '=', campaign.id)]))
      .execute();
    expect(new Set(rungs.map((r) => r.level))).toEqual(new Set(['REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER']));
    expect(rungs.filter((r) => r.status !== 'RESOLVED')).toEqual([]);
    // Its reports: every week, month and the final one.
    const reports = await db.selectFrom('report').select('kind').where('campaign_id', '=', campaign.id).execute();
    expect(reports.length).toBe(
      reportSchedule(campaign.starts_at, campaign.ends_at, 'P7D').length +
        [finalReportPeriod(campaign.starts_at, campaign.ends_at)].length,
    );
  });

  it('has a running campaign midway, handing its open work to workflows', async () => {
    const db = first.db;
    const campaign = await db
      .selectFrom('campaign')
      .selectAll()
      .where('kind', '=', 'MAJOR_HAZARD_SWEEP')
      .executeTakeFirstOrThrow();
    expect(campaign.status).toBe('ACTIVE');
    expect(first.open.campaign.campaignId).toBe(campaign.id);
    const tasks = await db
      .selectFrom('task')
      .select(['status', 'due_at'])
      .where('campaign_id', '=', campaign.id)
      .execute();
    expect(tasks.some((t) => t.status === 'DONE')).toBe(true);
    expect(tasks.some((t) => t.status === 'OPEN' && t.due_at < NOW)).toBe(true);
    expect(tasks.some((t) => t.status === 'OPEN' && t.due_at > NOW)).toBe(true);
    // Every hazard handed over is open in the rows, and some are major (listed by their workflow).
    const open = first.open.hazards;
    expect(open.length).toBeGreaterThan(0);
    const rows = await db
      .selectFrom('hazard')
      .select(['id', 'status'])
      .where(
        'id',
        'in',
        open.map((h) => h.id),
      )
      .execute();
    expect(rows.filter((h) => h.status !== 'OPEN')).toEqual([]);
    expect(open.some((h) => h.level === 'MAJOR')).toBe(true);
    expect(open.some((h) => h.next === 'report')).toBe(true);
    // The demo enterprises' own accounts have hazards to rectify.
    const accounts = await db.selectFrom('app_user').select('enterprise_id').where('role', '=', 'ENTERPRISE').execute();
    for (const { enterprise_id: id } of accounts) expect(open.some((h) => h.enterpriseId === id)).toBe(true);
  });

  it("has the county's reports of last week, last month and last year", async () => {
    const reports = await first.db
      .selectFrom('report')
      .select(['kind', 'period_start'])
      .where('campaign_id', 'is', null)
      .orderBy('kind')
      .execute();
    expect(reports.map((r) => [r.kind, r.period_start.toISOString()])).toEqual(
      (['ANNUAL', 'MONTHLY', 'WEEKLY'] as const).map((kind) => [
        kind,
        lastEndedCountyPeriod(kind, NOW).periodStart.toISOString(),
      ]),
    );
  });

  it('is dated as it happened: audit rows at their steps, hazards with their FOUND event', async () => {
    const db = first.db;
    const orphans = await sql<{ n: number }>`
      select count(*)::int as n from hazard h
      where not exists (select 1 from hazard_event e where e.hazard_id = h.id and e.kind = 'FOUND')`.execute(db);
    expect(orphans.rows[0]?.n).toBe(0);
    // Each inspection's audit row carries the inspection's own time, not the seeding's.
    const mismatched = await sql<{ n: number }>`
      select count(*)::int as n from inspection i join audit_log a
        on a.action = 'submitInspection' and a.subject_type = 'Task' and a.subject_id = i.task_id::text
      where a.at <> i.inspected_at`.execute(db);
    expect(mismatched.rows[0]?.n).toBe(0);
    const future = await sql<{ n: number }>`select count(*)::int as n from hazard_event where at > ${NOW}`.execute(db);
    expect(future.rows[0]?.n).toBe(0);
  });
});
