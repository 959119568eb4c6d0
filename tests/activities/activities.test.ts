// The activities called directly on PostgreSQL: retries change nothing, refusals write nothing, figures add up.
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockActivityEnvironment } from '@temporalio/testing';
import { createCampaignActivities } from '../../activities/campaigns';
import { createGradingActivities } from '../../activities/grading';
import { createListActivities } from '../../activities/lists';
import { createHazardActivities } from '../../activities/hazards';
import { createTaskActivities } from '../../activities/tasks';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { DEFAULT_POLICY } from '../../domain/policy';
import type { CampaignStatus, EscalationLevel, HazardLevel, Industry, TaskStatus } from '../../domain/types';
import { seedDemoCounty } from '../../seed/demo-county';
import type { FindingInput, SubmitInspectionInput } from '../../workflows/messages';
import { createTestDatabase, type TestDatabase } from '../support/database';

const DAY = 86_400_000;
const T0 = new Date('2026-03-02T00:00:00+08:00'); // a Monday, 00:00 Shanghai
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();

let testDb: TestDatabase | undefined;
let database: Database | undefined;
let client: Client | undefined;
let db: Kysely<DB>;
let tasks: ReturnType<typeof createTaskActivities>;
let hazards: ReturnType<typeof createHazardActivities>;
let campaigns: ReturnType<typeof createCampaignActivities>;
let enterprises: { id: number; industry: Industry; township_id: number; regulator_id: number }[];
let shared: number;

beforeAll(async () => {
  const created = await createTestDatabase('wss_activities');
  testDb = created;
  database = await openDatabase({ databaseUrl: created.url, dataDir: '/nonexistent' });
  db = database.db;
  await migrateToLatest(db);
  await seedDemoCounty(db, { demoPassword: 'demo-2026', withDemoUsers: true, enterpriseCount: 200 });
  const lazy = new Client(); // never connects: no activity called here talks to Temporal
  client = lazy;
  tasks = createTaskActivities(db);
  hazards = createHazardActivities(db);
  campaigns = createCampaignActivities({ db, client: lazy, taskQueue: 'activities-test' });
  enterprises = await db
    .selectFrom('enterprise')
    .select(['id', 'industry', 'township_id', 'regulator_id'])
    .orderBy('id')
    .execute();
  shared = await insertCampaign();
});

afterAll(async () => {
  await client?.connection.close();
  await database?.close();
  await testDb?.drop();
});

async function insertCampaign(
  o: {
    industries?: Industry[];
    townshipIds?: number[];
    ratio?: number;
    seed?: number | null;
    status?: CampaignStatus;
  } = {},
): Promise<number> {
  const row = await db
    .insertInto('campaign')
    .values({
      name: '安全生产专项检查',
      kind: 'SPECIAL_INSPECTION',
      status: o.status ?? 'ACTIVE',
      starts_at: T0,
      ends_at: at(30),
      task_due_at: at(20),
      scope: JSON.stringify({ industries: o.industries ?? [], townshipIds: o.townshipIds ?? [] }),
      sample_ratio: o.ratio ?? 1,
      sample_seed: o.seed ?? null,
      policy: JSON.stringify(DEFAULT_POLICY),
      workflow_id: `activities-${randomUUID()}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let used = 0;
/** A task for an enterprise no other task of the shared campaign has. */
async function newTask(o: { campaignId?: number; dueAt?: string; status?: TaskStatus } = {}) {
  const enterprise = enterprises[used];
  used += 1;
  if (!enterprise) throw new Error('out of enterprises');
  const row = await db
    .insertInto('task')
    .values({
      campaign_id: o.campaignId ?? shared,
      enterprise_id: enterprise.id,
      kind: 'INSPECT',
      status: o.status ?? 'OPEN',
      assignee_org_id: enterprise.regulator_id,
      due_at: o.dueAt ?? at(20),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, enterprise };
}

const finding = (level: HazardLevel, rectifyBy: string): FindingInput => ({
  level,
  description: level === 'MAJOR' ? '储罐区未设置紧急切断装置' : '灭火器过期未更换',
  location: '生产车间',
  checklistItemId: null,
  rectifyBy,
});
const submission = (inspectedAt: string, findings: FindingInput[], inspectorCount = 2): SubmitInspectionInput => ({
  actorId: null,
  requestId: 'req-1',
  inspectedAt,
  inspectorCount,
  findings,
  notes: '现场检查',
});

/** A fresh task inspected with `count` general hazards; their ids. */
async function openHazards(count: number): Promise<number[]> {
  const task = await newTask();
  const findings = Array.from({ length: count }, () => finding('GENERAL', at(7)));
  const recorded = await tasks.recordInspection({
    taskId: task.id,
    updateId: randomUUID(),
    submission: submission(at(1), findings),
    at: at(1),
  });
  return recorded.hazards.map((h) => h.id);
}

async function expectFailure(promise: Promise<unknown>, type: string): Promise<void> {
  const error = await promise.then(
    () => new Error('expected the activity to fail'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApplicationFailure);
  expect(error instanceof ApplicationFailure ? error.type : undefined).toBe(type);
}

const audits = (subjectType: string, subjectId: number) =>
  db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', String(subjectId))
    .execute();
const eventsOf = (hazardId: number) =>
  db
    .selectFrom('hazard_event')
    .select(['kind', 'from_status', 'to_status'])
    .where('hazard_id', '=', hazardId)
    .orderBy('id')
    .execute();
const notificationsOf = (subjectType: string, subjectIds: number[]) =>
  db
    .selectFrom('notification')
    .select(['kind', 'org_unit_id', 'user_id', 'title'])
    .where('subject_type', '=', subjectType)
    .where('subject_id', 'in', subjectIds)
    .execute();
const taskEnterprises = async (campaignId: number) =>
  (
    await db
      .selectFrom('task')
      .select('enterprise_id')
      .where('campaign_id', '=', campaignId)
      .orderBy('enterprise_id')
      .execute()
  ).map((t) => t.enterprise_id);

async function planAll(campaignId: number, limit = 20): Promise<number> {
  let after = 0;
  let written = 0;
  for (let page = 0; page < 100; page += 1) {
    const result = await campaigns.planTasksPage({ campaignId, afterEnterpriseId: after, limit });
    written += result.written;
    if (result.lastEnterpriseId === null) return written;
    after = result.lastEnterpriseId;
  }
  throw new Error('planning did not end');
}

const userId = async (username: string) =>
  (await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

describe('activities are idempotent under retry', () => {
  it('recordInspection: the same update twice writes one inspection, its hazards, FOUND events and audit row once', async () => {
    const task = await newTask();
    const input = {
      taskId: task.id,
      updateId: 'inspect-once',
      at: at(1),
      submission: submission(at(1), [finding('GENERAL', at(7)), finding('MAJOR', at(15))], 3),
    };
    const first = await tasks.recordInspection(input);
    const second = await tasks.recordInspection(input);
    expect(second).toEqual(first);
    expect(first.hazards.map((h) => h.level)).toEqual(['GENERAL', 'MAJOR']);
    expect(first.hazards.map((h) => h.rectifyBy)).toEqual([at(7), at(15)]);
    const inspections = await db
      .selectFrom('inspection')
      .select(['id', 'idempotency_key', 'inspector_count'])
      .where('task_id', '=', task.id)
      .execute();
    expect(inspections).toEqual([{ id: first.inspectionId, idempotency_key: 'inspect-once', inspector_count: 3 }]);
    const rows = await db
      .selectFrom('hazard')
      .select(['id', 'campaign_id', 'enterprise_id', 'regulator_id', 'township_id', 'status'])
      .where('enterprise_id', '=', task.enterprise.id)
      .orderBy('id')
      .execute();
    expect(rows.map((h) => h.id)).toEqual(first.hazards.map((h) => h.id));
    for (const h of rows) {
      expect(h).toMatchObject({
        campaign_id: shared,
        regulator_id: task.enterprise.regulator_id,
        township_id: task.enterprise.township_id,
        status: 'OPEN',
      });
      expect(await eventsOf(h.id)).toEqual([{ kind: 'FOUND', from_status: null, to_status: 'OPEN' }]);
    }
    const row = await db
      .selectFrom('task')
      .select(['status', 'done_at'])
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'DONE', done_at: new Date(at(1)) });
    expect((await audits('Task', task.id)).map((a) => a.action)).toEqual(['submitInspection']);
  });

  it('recordRectificationReport and recordVerification: one event and one audit row per update id, even retried late', async () => {
    const [closing, rejected] = await openHazards(2);
    if (closing === undefined || rejected === undefined) throw new Error('no hazards');
    const report = {
      hazardId: closing,
      updateId: 'report-1',
      actorId: null,
      requestId: null,
      at: at(2),
      measures: '已更换灭火器',
    };
    await hazards.recordRectificationReport(report);
    await hazards.recordRectificationReport(report);
    expect(
      await db
        .selectFrom('hazard')
        .select(['status', 'rectification_measures'])
        .where('id', '=', closing)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'PENDING_VERIFICATION', rectification_measures: '已更换灭火器' });
    const verify = {
      hazardId: closing,
      updateId: 'verify-1',
      actorId: null,
      requestId: null,
      at: at(3),
      passed: true,
      comment: '验收合格',
      newRectifyBy: null,
    };
    await hazards.recordVerification(verify);
    await hazards.recordVerification(verify);
    await hazards.recordRectificationReport(report); // a retry arriving after the hazard moved on is still a no-op
    expect(
      await db.selectFrom('hazard').select(['status', 'closed_at']).where('id', '=', closing).executeTakeFirstOrThrow(),
    ).toEqual({ status: 'CLOSED', closed_at: new Date(at(3)) });
    expect((await eventsOf(closing)).map((e) => e.kind)).toEqual([
      'FOUND',
      'RECTIFICATION_REPORTED',
      'VERIFICATION_PASSED',
    ]);
    expect((await audits('Hazard', closing)).map((a) => a.action).sort()).toEqual([
      'reportRectification',
      'verifyRectification',
    ]);
    await hazards.recordRectificationReport({ ...report, hazardId: rejected, updateId: 'report-2' });
    const reject = {
      ...verify,
      hazardId: rejected,
      updateId: 'reject-2',
      passed: false,
      comment: '整改不到位',
      newRectifyBy: at(10),
    };
    await hazards.recordVerification(reject);
    await hazards.recordVerification(reject);
    expect(
      await db
        .selectFrom('hazard')
        .select(['status', 'rectify_by', 'closed_at'])
        .where('id', '=', rejected)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'OPEN', rectify_by: new Date(at(10)), closed_at: null });
    expect(await eventsOf(rejected)).toEqual([
      { kind: 'FOUND', from_status: null, to_status: 'OPEN' },
      { kind: 'RECTIFICATION_REPORTED', from_status: 'OPEN', to_status: 'PENDING_VERIFICATION' },
      { kind: 'VERIFICATION_REJECTED', from_status: 'PENDING_VERIFICATION', to_status: 'OPEN' },
    ]);
    expect(await audits('Hazard', rejected)).toHaveLength(2);
  });

  it('raiseHazardEscalation: a listing that arrives after the hazard closed is recorded and settled; a rung is not', async () => {
    const [hazardId] = await openHazards(1);
    if (hazardId === undefined) throw new Error('no hazard');
    const step = { hazardId, actorId: null, requestId: null };
    await hazards.recordRectificationReport({
      ...step,
      updateId: 'late-listing-report',
      at: at(2),
      measures: '已整改',
    });
    await hazards.recordVerification({
      ...step,
      updateId: 'late-listing-verify',
      at: at(3),
      passed: true,
      comment: null,
      newRectifyBy: null,
    });
    // The worker that should have listed it was busy or killed: the listing and a later rung arrive after closing.
    await hazards.raiseHazardEscalation({
      hazardId,
      rungKey: `hazard-${hazardId}:listed`,
      level: 'COUNTY_OFFICE',
      listed: true,
      at: at(1),
    });
    await hazards.raiseHazardEscalation({
      hazardId,
      rungKey: `hazard-${hazardId}:c0:r2`,
      level: 'COUNTY_LEADER',
      listed: false,
      at: at(4),
    });
    const escalations = await db
      .selectFrom('escalation')
      .select(['level', 'status', 'resolved_at'])
      .where('hazard_id', '=', hazardId)
      .execute();
    expect(escalations).toEqual([{ level: 'COUNTY_OFFICE', status: 'RESOLVED', resolved_at: new Date(at(3)) }]);
    expect((await eventsOf(hazardId)).map((e) => e.kind)).toContain('LISTED_SUPERVISION');
  });

  it('raiseTaskEscalation and raiseHazardEscalation: one escalation and one notification per rung key', async () => {
    const task = await newTask({ dueAt: at(-5) });
    const rung = { taskId: task.id, rungKey: `task-${task.id}:0`, level: 'REGULATOR_HEAD' as const, at: at(-2) };
    await tasks.raiseTaskEscalation(rung);
    await tasks.raiseTaskEscalation(rung);
    const taskEscalations = await db
      .selectFrom('escalation')
      .select(['id', 'status'])
      .where('task_id', '=', task.id)
      .execute();
    expect(taskEscalations).toHaveLength(1);
    expect(
      await notificationsOf(
        'Escalation',
        taskEscalations.map((e) => e.id),
      ),
    ).toHaveLength(1);
    const [hazardId] = await openHazards(1);
    if (hazardId === undefined) throw new Error('no hazard');
    const hazardRung = {
      hazardId,
      rungKey: `hazard-${hazardId}:0`,
      level: 'COUNTY_OFFICE' as const,
      listed: false,
      at: at(9),
    };
    await hazards.raiseHazardEscalation(hazardRung);
    await hazards.raiseHazardEscalation(hazardRung);
    const hazardEscalations = await db
      .selectFrom('escalation')
      .select('id')
      .where('hazard_id', '=', hazardId)
      .execute();
    expect(hazardEscalations).toHaveLength(1);
    expect(
      await notificationsOf(
        'Escalation',
        hazardEscalations.map((e) => e.id),
      ),
    ).toHaveLength(1);
    expect((await eventsOf(hazardId)).map((e) => e.kind)).toEqual(['FOUND', 'ESCALATED']);
    expect((await audits('Hazard', hazardId)).map((a) => a.action)).toEqual(['escalateHazard']);
  });

  it('sendTaskReminder and sendHazardReminder: one notification per reminder, none for a finished subject', async () => {
    const task = await newTask();
    const reminder = { taskId: task.id, dueAt: at(20), at: at(19) };
    await tasks.sendTaskReminder(reminder);
    await tasks.sendTaskReminder(reminder);
    expect(await notificationsOf('Task', [task.id])).toEqual([
      { kind: 'TASK_DUE_SOON', org_unit_id: task.enterprise.regulator_id, user_id: null, title: '检查任务即将到期' },
    ]);
    const done = await newTask({ status: 'DONE' });
    await tasks.sendTaskReminder({ ...reminder, taskId: done.id });
    expect(await notificationsOf('Task', [done.id])).toHaveLength(0);
    const [hazardId] = await openHazards(1);
    if (hazardId === undefined) throw new Error('no hazard');
    const hazardReminder = { hazardId, cycle: 0, rectifyBy: at(7), at: at(6) };
    await hazards.sendHazardReminder(hazardReminder);
    await hazards.sendHazardReminder(hazardReminder);
    // One reminder each to the regulator (to press) and to the enterprise (to rectify), whatever the retries.
    const reminders = async () =>
      await db
        .selectFrom('notification')
        .select(['org_unit_id', 'enterprise_id'])
        .where('subject_type', '=', 'Hazard')
        .where('subject_id', '=', hazardId)
        .where('kind', '=', 'HAZARD_DUE_SOON')
        .execute();
    const hazardRow = await db
      .selectFrom('hazard')
      .select(['regulator_id', 'enterprise_id'])
      .where('id', '=', hazardId)
      .executeTakeFirstOrThrow();
    expect(await reminders()).toEqual(
      expect.arrayContaining([
        { org_unit_id: hazardRow.regulator_id, enterprise_id: null },
        { org_unit_id: null, enterprise_id: hazardRow.enterprise_id },
      ]),
    );
    expect(await reminders()).toHaveLength(2);
    await hazards.sendHazardReminder({ ...hazardReminder, cycle: 1 });
    expect(await reminders()).toHaveLength(4);
  });

  it('planTasksPage: a replanned campaign writes nothing and keeps its task set', async () => {
    const campaignId = await insertCampaign({ industries: ['CONSTRUCTION', 'GAS'] });
    const written = await planAll(campaignId, 7);
    const planned = await db
      .selectFrom('task')
      .select(['id', 'enterprise_id'])
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .execute();
    expect(written).toBeGreaterThan(0);
    expect(planned).toHaveLength(written);
    expect(await planAll(campaignId, 7)).toBe(0);
    expect(
      await db
        .selectFrom('task')
        .select(['id', 'enterprise_id'])
        .where('campaign_id', '=', campaignId)
        .orderBy('id')
        .execute(),
    ).toEqual(planned);
  });

  it('setCampaignStatus: a retry is silent, a stale `from` is a CONFLICT', async () => {
    const campaignId = await insertCampaign();
    const change = {
      campaignId,
      from: 'ACTIVE' as const,
      to: 'PAUSED' as const,
      at: at(3),
      reason: '节日停工',
      actorId: null,
      requestId: null,
    };
    await campaigns.setCampaignStatus(change);
    await campaigns.setCampaignStatus(change);
    expect(
      (await db.selectFrom('campaign').select('status').where('id', '=', campaignId).executeTakeFirstOrThrow()).status,
    ).toBe('PAUSED');
    await expectFailure(campaigns.setCampaignStatus({ ...change, to: 'CLOSED' }), 'CONFLICT');
    expect(
      (await db.selectFrom('campaign').select('status').where('id', '=', campaignId).executeTakeFirstOrThrow()).status,
    ).toBe('PAUSED');
    expect((await audits('Campaign', campaignId)).map((a) => a.action)).toEqual(['pauseCampaign']);
  });

  it('resumeCampaign and extendCampaign: a retry does not shift due times twice', async () => {
    const campaignId = await insertCampaign({ status: 'PAUSED' });
    const open = await newTask({ campaignId, dueAt: at(20) });
    const done = await newTask({ campaignId, dueAt: at(20), status: 'DONE' });
    const dueOf = async (taskId: number) =>
      (await db.selectFrom('task').select('due_at').where('id', '=', taskId).executeTakeFirstOrThrow()).due_at;
    const resume = { campaignId, at: at(5), shiftMs: 2 * DAY, actorId: null, requestId: null };
    await campaigns.resumeCampaign(resume);
    await campaigns.resumeCampaign(resume);
    expect(await dueOf(open.id)).toEqual(new Date(at(22)));
    expect(await dueOf(done.id)).toEqual(new Date(at(20)));
    const extend = {
      campaignId,
      endsAt: at(37),
      shiftMs: 7 * DAY,
      at: at(6),
      reason: '延期一周',
      actorId: null,
      requestId: null,
    };
    await campaigns.extendCampaign(extend);
    await campaigns.extendCampaign(extend);
    expect(
      await db
        .selectFrom('campaign')
        .select(['status', 'ends_at', 'task_due_at'])
        .where('id', '=', campaignId)
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: 'ACTIVE', ends_at: new Date(at(37)), task_due_at: new Date(at(27)) });
    expect(await dueOf(open.id)).toEqual(new Date(at(29)));
    expect(await dueOf(done.id)).toEqual(new Date(at(20)));
    expect((await audits('Campaign', campaignId)).map((a) => a.action).sort()).toEqual([
      'extendCampaign',
      'resumeCampaign',
    ]);
  });
});

describe('refusals write nothing', () => {
  it('recordInspection on a cancelled task is a CONFLICT', async () => {
    const task = await newTask();
    await tasks.cancelTask({ taskId: task.id, at: at(2), reason: '企业已关停' });
    await expectFailure(
      tasks.recordInspection({
        taskId: task.id,
        updateId: 'too-late',
        at: at(3),
        submission: submission(at(3), [finding('MAJOR', at(10))]),
      }),
      'CONFLICT',
    );
    expect(await db.selectFrom('inspection').select('id').where('task_id', '=', task.id).execute()).toHaveLength(0);
    expect(
      await db.selectFrom('hazard').select('id').where('enterprise_id', '=', task.enterprise.id).execute(),
    ).toHaveLength(0);
    expect(
      (await db.selectFrom('task').select('status').where('id', '=', task.id).executeTakeFirstOrThrow()).status,
    ).toBe('CANCELLED');
    expect((await audits('Task', task.id)).map((a) => a.action)).toEqual(['cancelTask']);
  });

  it('recordRectificationReport on a closed hazard is a CONFLICT', async () => {
    const [hazardId] = await openHazards(1);
    if (hazardId === undefined) throw new Error('no hazard');
    await hazards.recordRectificationReport({
      hazardId,
      updateId: randomUUID(),
      actorId: null,
      requestId: null,
      at: at(2),
      measures: '已整改',
    });
    await hazards.recordVerification({
      hazardId,
      updateId: randomUUID(),
      actorId: null,
      requestId: null,
      at: at(3),
      passed: true,
      comment: null,
      newRectifyBy: null,
    });
    await expectFailure(
      hazards.recordRectificationReport({
        hazardId,
        updateId: 'after-close',
        actorId: null,
        requestId: null,
        at: at(4),
        measures: '再次上报',
      }),
      'CONFLICT',
    );
    expect(
      await db.selectFrom('hazard_event').select('id').where('event_key', '=', 'after-close').execute(),
    ).toHaveLength(0);
    expect(await eventsOf(hazardId)).toHaveLength(3);
    expect(await audits('Hazard', hazardId)).toHaveLength(2);
  });

  it('unknown ids are NOT_FOUND', async () => {
    const missing = 987_654;
    await expectFailure(
      tasks.recordInspection({ taskId: missing, updateId: randomUUID(), at: at(1), submission: submission(at(1), []) }),
      'NOT_FOUND',
    );
    const transition = { hazardId: missing, updateId: randomUUID(), actorId: null, requestId: null, at: at(1) };
    await expectFailure(hazards.recordRectificationReport({ ...transition, measures: '整改' }), 'NOT_FOUND');
    await expectFailure(
      hazards.recordVerification({ ...transition, passed: true, comment: null, newRectifyBy: null }),
      'NOT_FOUND',
    );
    await expectFailure(campaigns.planTasksPage({ campaignId: missing, afterEnterpriseId: 0, limit: 20 }), 'NOT_FOUND');
    await expectFailure(
      campaigns.extendCampaign({
        campaignId: missing,
        endsAt: at(40),
        shiftMs: DAY,
        at: at(1),
        reason: '延期',
        actorId: null,
        requestId: null,
      }),
      'NOT_FOUND',
    );
    await expectFailure(
      campaigns.writeReport({
        campaignId: missing,
        period: { kind: 'WEEKLY', sequence: 1, periodStart: at(0), periodEnd: at(7) },
      }),
      'NOT_FOUND',
    );
  });
});

describe('a row its workflow was started with, not committed yet', () => {
  it('is retried for its first attempts, and NOT_FOUND once it can no longer be coming', async () => {
    const missing = 987_655;
    const grading = createGradingActivities(db);
    const lists = createListActivities(db);
    const attempt = (n: number) => new MockActivityEnvironment({ attempt: n });
    const failureOf = async (run: () => Promise<unknown>) => {
      const error = await run().then(
        () => null,
        (e: unknown) => e,
      );
      if (!(error instanceof ApplicationFailure))
        throw new Error(`expected an ApplicationFailure, got ${String(error)}`);
      return { type: error.type, nonRetryable: error.nonRetryable };
    };
    const page = () => grading.gradeEnterprisesPage({ proposalId: missing, afterId: 0, pageSize: 10 });
    const announce = () => lists.announceListing({ entryId: missing, at: at(1) });
    const plan = () => campaigns.planTasksPage({ campaignId: missing, afterEnterpriseId: 0, limit: 20 });
    expect(await failureOf(() => attempt(1).run(page))).toEqual({
      type: 'PROPOSAL_NOT_YET_COMMITTED',
      nonRetryable: false,
    });
    expect(await failureOf(() => attempt(1).run(announce))).toEqual({
      type: 'LISTING_NOT_YET_COMMITTED',
      nonRetryable: false,
    });
    expect(await failureOf(() => attempt(2).run(plan))).toEqual({
      type: 'CAMPAIGN_NOT_YET_COMMITTED',
      nonRetryable: false,
    });
    for (const run of [page, announce, plan])
      expect(await failureOf(() => attempt(8).run(run))).toEqual({ type: 'NOT_FOUND', nonRetryable: true });
  });
});

describe('planTasksPage draws the 双随机 sample', () => {
  const industries: Industry[] = ['OTHER', 'FIRE_KEY_UNIT', 'SPECIAL_EQUIPMENT'];
  const inScope = () => enterprises.filter((e) => industries.includes(e.industry));

  it('samples ceil(ratio × N) of the scope, reproducibly by seed and independent of the page size', async () => {
    const n = inScope().length;
    const first = await insertCampaign({ industries, ratio: 0.3, seed: 424242 });
    expect(await planAll(first, 20)).toBe(Math.ceil((3 * n) / 10));
    const drawn = await taskEnterprises(first);
    expect(drawn).toHaveLength(Math.ceil((3 * n) / 10));
    const scopeIds = new Set(inScope().map((e) => e.id));
    expect(drawn.every((id) => scopeIds.has(id))).toBe(true);
    const sameSeed = await insertCampaign({ industries, ratio: 0.3, seed: 424242 });
    await planAll(sameSeed, 1000);
    expect(await taskEnterprises(sameSeed)).toEqual(drawn);
    const otherSeed = await insertCampaign({ industries, ratio: 0.3, seed: 777 });
    await planAll(otherSeed, 20);
    const other = await taskEnterprises(otherSeed);
    expect(other).toHaveLength(drawn.length);
    expect(other).not.toEqual(drawn);
    const assigned = await db
      .selectFrom('task')
      .leftJoin('app_user', 'app_user.id', 'task.assignee_user_id')
      .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
      .select(['task.assignee_org_id', 'app_user.org_unit_id', 'app_user.role', 'enterprise.regulator_id'])
      .where('task.campaign_id', '=', first)
      .execute();
    for (const task of assigned) {
      expect(task).toEqual({
        assignee_org_id: task.regulator_id,
        org_unit_id: task.regulator_id,
        role: 'REGULATOR_STAFF',
        regulator_id: task.regulator_id,
      });
    }
  });

  it('without a seed every enterprise in scope gets an unassigned task; industries and townships filter', async () => {
    const everyone = await insertCampaign({ industries });
    expect(await planAll(everyone)).toBe(inScope().length);
    expect(await taskEnterprises(everyone)).toEqual(inScope().map((e) => e.id));
    const users = await db.selectFrom('task').select('assignee_user_id').where('campaign_id', '=', everyone).execute();
    expect(users.every((u) => u.assignee_user_id === null)).toBe(true);
    const townships = await db
      .selectFrom('org_unit')
      .select('id')
      .where('code', 'in', ['chengguan', 'kaifaqu'])
      .execute();
    const townshipIds = townships.map((t) => t.id);
    const byTownship = await insertCampaign({ townshipIds });
    await planAll(byTownship);
    const expected = enterprises.filter((e) => townshipIds.includes(e.township_id)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await taskEnterprises(byTownship)).toEqual(expected);
    const both = await insertCampaign({ industries, townshipIds });
    await planAll(both);
    const expectedBoth = inScope()
      .filter((e) => townshipIds.includes(e.township_id))
      .map((e) => e.id);
    expect(expectedBoth.length).toBeLessThan(expected.length);
    expect(await taskEnterprises(both)).toEqual(expectedBoth);
  });
});

describe('escalations are addressed by level', () => {
  it('REGULATOR_HEAD → the regulator and its head; COUNTY_OFFICE → the county office; COUNTY_LEADER → the county office and the leader', async () => {
    const county = (
      await db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow()
    ).id;
    const leader = await userId('leader');
    const task = await newTask({ dueAt: at(-20) });
    const regulator = await db
      .selectFrom('org_unit')
      .select('code')
      .where('id', '=', task.enterprise.regulator_id)
      .executeTakeFirstOrThrow();
    const head = await userId(`${regulator.code}.head`);
    const expected: [EscalationLevel, number, number | null][] = [
      ['REGULATOR_HEAD', task.enterprise.regulator_id, head],
      ['COUNTY_OFFICE', county, null],
      ['COUNTY_LEADER', county, leader],
    ];
    const [hazardId] = await openHazards(1);
    if (hazardId === undefined) throw new Error('no hazard');
    const hazardRegulator = (
      await db.selectFrom('hazard').select('regulator_id').where('id', '=', hazardId).executeTakeFirstOrThrow()
    ).regulator_id;
    for (const [i, [level]] of expected.entries()) {
      await tasks.raiseTaskEscalation({ taskId: task.id, rungKey: `task-${task.id}:${i}`, level, at: at(i) });
      await hazards.raiseHazardEscalation({
        hazardId,
        rungKey: `hazard-${hazardId}:${i}`,
        level,
        listed: level === 'COUNTY_LEADER',
        at: at(8 + i),
      });
    }
    const escalations = await db
      .selectFrom('escalation')
      .select(['id', 'level', 'addressee_org_id', 'addressee_user_id'])
      .where('task_id', '=', task.id)
      .orderBy('id')
      .execute();
    expect(escalations.map((e) => [e.level, e.addressee_org_id, e.addressee_user_id])).toEqual(expected);
    const notes = await notificationsOf(
      'Escalation',
      escalations.map((e) => e.id),
    );
    expect(notes.map((n) => [n.org_unit_id, n.user_id]).sort()).toEqual(
      expected.map(([, org, user]) => [org, user]).sort(),
    );
    const hazardEscalations = await db
      .selectFrom('escalation')
      .select(['level', 'addressee_org_id', 'addressee_user_id'])
      .where('hazard_id', '=', hazardId)
      .orderBy('id')
      .execute();
    const hazardHead = await db
      .selectFrom('app_user')
      .select('id')
      .where('org_unit_id', '=', hazardRegulator)
      .where('role', '=', 'REGULATOR_HEAD')
      .executeTakeFirstOrThrow();
    expect(hazardEscalations.map((e) => [e.level, e.addressee_org_id, e.addressee_user_id])).toEqual([
      ['REGULATOR_HEAD', hazardRegulator, hazardHead.id],
      ['COUNTY_OFFICE', county, null],
      ['COUNTY_LEADER', county, leader],
    ]);
    expect((await eventsOf(hazardId)).map((e) => e.kind)).toEqual([
      'FOUND',
      'ESCALATED',
      'ESCALATED',
      'LISTED_SUPERVISION',
    ]);
  });
});

describe('writeReport', () => {
  it('stores the period figures and the body once per (campaign, kind, periodStart)', async () => {
    const campaignId = await insertCampaign();
    const inspected = await newTask({ campaignId, dueAt: at(20) });
    await newTask({ campaignId, dueAt: at(2) }); // overdue at the period's end
    await newTask({ campaignId, dueAt: at(20) });
    const recorded = await tasks.recordInspection({
      taskId: inspected.id,
      updateId: randomUUID(),
      at: at(1),
      submission: submission(at(1), [finding('GENERAL', at(4)), finding('MAJOR', at(20))], 3),
    });
    const general = recorded.hazards.find((h) => h.level === 'GENERAL');
    if (!general) throw new Error('no general hazard');
    await hazards.recordRectificationReport({
      hazardId: general.id,
      updateId: randomUUID(),
      actorId: null,
      requestId: null,
      at: at(2),
      measures: '已整改',
    });
    await hazards.recordVerification({
      hazardId: general.id,
      updateId: randomUUID(),
      actorId: null,
      requestId: null,
      at: at(3),
      passed: true,
      comment: null,
      newRectifyBy: null,
    });
    const period = { kind: 'WEEKLY' as const, sequence: 1, periodStart: at(0), periodEnd: at(7) };
    await campaigns.writeReport({ campaignId, period });
    await campaigns.writeReport({ campaignId, period });
    const reports = await db
      .selectFrom('report')
      .select(['kind', 'period_start', 'period_end', 'stats', 'body'])
      .where('campaign_id', '=', campaignId)
      .execute();
    expect(reports).toHaveLength(1);
    const [report] = reports;
    if (!report) throw new Error('no report');
    expect(report).toMatchObject({ kind: 'WEEKLY', period_start: new Date(at(0)), period_end: new Date(at(7)) });
    const figures = {
      inspections: 1,
      inspectorsDispatched: 3,
      enterprisesInspected: 1,
      hazardsFound: 2,
      hazardsClosed: 1,
      majorHazards: 1,
      rectificationRate: 0.5,
      tasksOverdue: 1,
      tasksTotal: 3,
      tasksDone: 1,
      overdueHazards: 0,
    };
    expect(report.stats).toMatchObject({ figures, cumulative: figures });
    for (const text of [
      '本周',
      '工作周报（第1期）',
      '共检查企业1家（次）',
      '出动执法人员3人次',
      '发现隐患2项',
      '其中重大事故隐患1项',
      '已整改销号1项',
      '整改率50.0%',
      '检查任务3项，已完成1项',
      '逾期未完成检查任务1项',
    ]) {
      expect(report.body).toContain(text);
    }
    const next = { kind: 'WEEKLY' as const, sequence: 2, periodStart: at(7), periodEnd: at(14) };
    await campaigns.writeReport({ campaignId, period: next });
    const second = await db
      .selectFrom('report')
      .select('stats')
      .where('campaign_id', '=', campaignId)
      .where('period_start', '=', new Date(at(7)))
      .executeTakeFirstOrThrow();
    expect(second.stats).toMatchObject({
      figures: {
        inspections: 0,
        inspectorsDispatched: 0,
        hazardsFound: 0,
        hazardsClosed: 0,
        rectificationRate: 1,
        tasksOverdue: 1,
      },
      cumulative: { inspections: 1, hazardsFound: 2, hazardsClosed: 1, majorHazards: 1 },
    });
  });
});
