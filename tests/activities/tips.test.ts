// The tip activities called directly on PostgreSQL: every stage's write, audit row and notice happen once however
// often the activity is retried, and a refusal writes nothing.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTaskActivities } from '../../activities/tasks';
import { createTipActivities } from '../../activities/tips';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { createTipRepository } from '../../db/repositories/tips';
import type { DB } from '../../db/schema';
import { TIP_REFUSALS } from '../../domain/tips';
import { seedDemoCounty } from '../../seed/demo-county';
import { createTestDatabase, type TestDatabase } from '../support/database';

const DAY = 86_400_000;
const T0 = new Date('2026-03-02T10:00:00+08:00');
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();

let testDb: TestDatabase | undefined;
let database: Database | undefined;
let db: Kysely<DB>;
let tips: ReturnType<typeof createTipActivities>;
let enterprise: { id: number; regulator_id: number };
let admin: number;

beforeAll(async () => {
  testDb = await createTestDatabase('wss_tip_activities');
  database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent' });
  db = database.db;
  await migrateToLatest(db);
  await seedDemoCounty(db, { demoPassword: 'demo-2026', withDemoUsers: true, enterpriseCount: 60 });
  tips = createTipActivities(db);
  enterprise = await db
    .selectFrom('enterprise')
    .select(['id', 'regulator_id'])
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  admin = (await db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

async function newTip(): Promise<number> {
  const id = await createTipRepository(db).insert({
    tracking_hash: randomUUID(),
    description: '加油站卸油时无人监护',
    location: '国道旁',
    received_at: T0,
    triage_due_at: at(2),
    workflow_id: `test-${randomUUID()}`,
  });
  return id;
}

async function counts(tipId: number) {
  const n = async (query: Promise<{ n: number } | undefined>) => (await query)?.n ?? 0;
  return {
    tasks: await n(
      db
        .selectFrom('task')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('tip_id', '=', tipId)
        .executeTakeFirst(),
    ),
    audit: await n(
      db
        .selectFrom('audit_log')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('subject_type', '=', 'Tip')
        .where('subject_id', '=', String(tipId))
        .executeTakeFirst(),
    ),
    escalations: await n(
      db
        .selectFrom('escalation')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('tip_id', '=', tipId)
        .executeTakeFirst(),
    ),
    notices: await n(
      db
        .selectFrom('notification')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('dedupe_key', 'like', `tip-${tipId}:%`)
        .executeTakeFirst(),
    ),
  };
}

async function refusal(promise: Promise<unknown>): Promise<ApplicationFailure> {
  const error = await promise.then(
    () => new Error('expected a refusal'),
    (e: unknown) => e,
  );
  if (!(error instanceof ApplicationFailure)) throw error;
  return error;
}

describe('tip activities are idempotent under retry', () => {
  it('a triage retried writes one VERIFY task, one notice and one audit row; the escalation before it, once per rung', async () => {
    const tipId = await newTip();
    const rung = {
      tipId,
      late: 'triage' as const,
      dueAt: at(2),
      rungKey: `tip-${tipId}:t0`,
      level: 'COUNTY_OFFICE' as const,
      at: at(2),
    };
    await tips.raiseTipEscalation(rung);
    await tips.raiseTipEscalation(rung);
    expect(await counts(tipId)).toMatchObject({ escalations: 1 });

    const triage = {
      tipId,
      updateId: 'triage-1',
      triage: {
        accepted: true as const,
        enterpriseId: enterprise.id,
        assigneeOrgId: enterprise.regulator_id,
        actorId: admin,
      },
      verifyDueAt: at(9),
      at: at(3),
    };
    const first = await tips.recordTipTriage(triage);
    const again = await tips.recordTipTriage(triage);
    expect(again).toEqual(first);
    expect(first.stage).toBe('ACCEPTED');
    expect(await counts(tipId)).toEqual({ tasks: 1, audit: 1, escalations: 1, notices: 1 });
    const escalation = await db
      .selectFrom('escalation')
      .select('status')
      .where('tip_id', '=', tipId)
      .executeTakeFirst();
    expect(escalation?.status).toBe('RESOLVED');
    // A rung arriving after the triage (a late timer) raises nothing.
    await tips.raiseTipEscalation({ ...rung, rungKey: `tip-${tipId}:t1`, level: 'COUNTY_LEADER' });
    expect((await counts(tipId)).escalations).toBe(1);
  });

  it('a verification retried proposes the reward once; a reward decision and the payment retried apply once', async () => {
    const tipId = await newTip();
    const { task } = await tips.recordTipTriage({
      tipId,
      updateId: 'triage-2',
      triage: { accepted: true, enterpriseId: enterprise.id, assigneeOrgId: enterprise.regulator_id, actorId: admin },
      verifyDueAt: at(9),
      at: at(1),
    });
    if (!task) throw new Error('an accepted tip has its task');
    await createTaskActivities(db).recordInspection({
      taskId: task.id,
      updateId: 'verify-inspection',
      submission: {
        actorId: null,
        inspectedAt: at(4),
        inspectorCount: 2,
        findings: [
          { level: 'GENERAL', description: '卸油无人监护', location: null, checklistItemId: null, rectifyBy: at(10) },
          {
            level: 'MAJOR',
            description: '油罐区动火作业未审批',
            location: null,
            checklistItemId: null,
            rectifyBy: at(10),
          },
        ],
        notes: null,
      },
      at: at(4),
    });
    const sources = await db
      .selectFrom('hazard')
      .innerJoin('inspection', 'inspection.id', 'hazard.inspection_id')
      .select('hazard.source')
      .where('inspection.task_id', '=', task.id)
      .execute();
    expect(sources.map((h) => h.source)).toEqual(['TIP', 'TIP']);

    const verification = { tipId, taskId: task.id, rewardDueAt: at(18), at: at(4) };
    expect(await tips.recordTipVerification(verification)).toEqual({ stage: 'CONFIRMED', hazards: 2 });
    expect(await tips.recordTipVerification(verification)).toEqual({ stage: 'CONFIRMED', hazards: 2 });
    // The gravest hazard's rule: 重大 1,000–30,000 元, 3,000 proposed.
    expect(
      await db
        .selectFrom('tip')
        .select(['reward_min', 'reward_max', 'reward_proposed', 'reward_rule_version'])
        .where('id', '=', tipId)
        .executeTakeFirst(),
    ).toEqual({ reward_min: 1000, reward_max: 30000, reward_proposed: 3000, reward_rule_version: 1 });

    const early = await refusal(
      tips.recordTipReward({ tipId, updateId: 'paid-0', reward: { decision: 'PAID', actorId: admin }, at: at(5) }),
    );
    expect(early).toMatchObject({ type: 'CONFLICT', message: TIP_REFUSALS.notApproved });
    const approve = {
      tipId,
      updateId: 'reward-1',
      reward: { decision: 'APPROVE' as const, amount: null, reason: null, actorId: admin },
      at: at(6),
    };
    expect(await tips.recordTipReward(approve)).toEqual({ stage: 'REWARD_APPROVED' });
    expect(await tips.recordTipReward(approve)).toEqual({ stage: 'REWARD_APPROVED' });
    const paid = { tipId, updateId: 'paid-1', reward: { decision: 'PAID' as const, actorId: admin }, at: at(7) };
    expect(await tips.recordTipReward(paid)).toEqual({ stage: 'PAID' });
    expect(await tips.recordTipReward(paid)).toEqual({ stage: 'PAID' });
    // triage, verification, decision, payment: one audit row each.
    expect((await counts(tipId)).audit).toBe(4);
    expect(
      await db.selectFrom('tip').select(['reward_amount', 'stage']).where('id', '=', tipId).executeTakeFirst(),
    ).toEqual({ reward_amount: 3000, stage: 'PAID' });
  });

  it('a verification that found nothing ends the tip as unfounded, with no reward proposed', async () => {
    const tipId = await newTip();
    const { task } = await tips.recordTipTriage({
      tipId,
      updateId: 'triage-3',
      triage: { accepted: true, enterpriseId: enterprise.id, assigneeOrgId: enterprise.regulator_id, actorId: admin },
      verifyDueAt: at(9),
      at: at(1),
    });
    if (!task) throw new Error('an accepted tip has its task');
    expect(await tips.recordTipVerification({ tipId, taskId: task.id, rewardDueAt: at(18), at: at(4) })).toEqual({
      stage: 'UNFOUNDED',
      hazards: 0,
    });
    expect(
      await db
        .selectFrom('tip')
        .select(['reward_proposed', 'reward_due_at'])
        .where('id', '=', tipId)
        .executeTakeFirst(),
    ).toEqual({ reward_proposed: null, reward_due_at: null });
  });
});

describe('tip refusals write nothing', () => {
  it('a triage not accepted without a reason, or to an unknown enterprise, is refused before any write', async () => {
    const tipId = await newTip();
    const before = await counts(tipId);
    const noReason = await refusal(
      tips.recordTipTriage({
        tipId,
        updateId: 'triage-4',
        triage: { accepted: false, reason: ' ', actorId: admin },
        verifyDueAt: at(9),
        at: at(1),
      }),
    );
    expect(noReason).toMatchObject({ type: 'CONFLICT', message: TIP_REFUSALS.notAcceptedNeedsReason });
    const unknown = await refusal(
      tips.recordTipTriage({
        tipId,
        updateId: 'triage-5',
        triage: { accepted: true, enterpriseId: 999_999, assigneeOrgId: enterprise.regulator_id, actorId: admin },
        verifyDueAt: at(9),
        at: at(1),
      }),
    );
    expect(unknown.type).toBe('NOT_FOUND');
    expect(await counts(tipId)).toEqual(before);
    expect((await db.selectFrom('tip').select('stage').where('id', '=', tipId).executeTakeFirst())?.stage).toBe(
      'RECEIVED',
    );
  });
});
