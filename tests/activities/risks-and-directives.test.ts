// The risk and directive activities called directly on PostgreSQL: each step's write, audit row, notice and escalation
// happen once however often the activity is retried, and a refusal writes nothing.
import { randomUUID } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectiveActivities } from '../../activities/directives';
import { createRiskActivities } from '../../activities/risks';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { createDirectiveRepository } from '../../db/repositories/directives';
import { createRiskRepository } from '../../db/repositories/risks';
import type { DB } from '../../db/schema';
import { DIRECTIVE_REFUSALS } from '../../domain/directives';
import { RISK_REFUSALS } from '../../domain/risks';
import { seedDemoCounty } from '../../seed/demo-county';
import { createTestDatabase, type TestDatabase } from '../support/database';

const DAY = 86_400_000;
const T0 = new Date('2026-03-02T10:00:00+08:00');
const at = (days: number) => new Date(T0.getTime() + days * DAY).toISOString();

let testDb: TestDatabase | undefined;
let database: Database | undefined;
let db: Kysely<DB>;
let township: number;
let regulator: number;
let staff: number;
let admin: number;

beforeAll(async () => {
  testDb = await createTestDatabase('wss_risk_activities');
  database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent' });
  db = database.db;
  await migrateToLatest(db);
  await seedDemoCounty(db, { demoPassword: 'demo-2026', withDemoUsers: true, enterpriseCount: 10 });
  const id = async (code: string) =>
    (await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const user = async (name: string) =>
    (await db.selectFrom('app_user').select('id').where('username', '=', name).executeTakeFirstOrThrow()).id;
  township = await id('nanhu');
  regulator = await id('housing');
  staff = await user('nanhu.staff');
  admin = await user('admin');
});

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
});

const count = async (table: 'audit_log' | 'escalation' | 'notification') =>
  (
    await db
      .selectFrom(table)
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow()
  ).n;

const failureOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e,
  );

describe('risk activities', () => {
  it('record each step and each rung once, and refuse a step the status does not allow', async () => {
    const risks = createRiskActivities(db);
    const riskId = await createRiskRepository(db).insert({
      kind: 'FIRE',
      level: 'GENERAL',
      place: '南湖镇农贸市场',
      description: '电动车集中停放处私拉电线充电',
      measures: '已通知市场管理方清理',
      reported_by_org_id: township,
      reported_by: staff,
      reported_at: T0,
      handle_by: at(14),
      workflow_id: `test-${randomUUID()}`,
    });
    const rung = { riskId, dueAt: at(14), rungKey: `risk-${riskId}:r0`, level: 'TOWNSHIP_HEAD' as const, at: at(14) };
    const before = { escalations: await count('escalation'), notices: await count('notification') };
    await risks.raiseRiskEscalation(rung);
    await risks.raiseRiskEscalation(rung);
    expect(await count('escalation')).toBe(before.escalations + 1);
    expect(await count('notification')).toBe(before.notices + 1);

    const close = {
      riskId,
      updateId: 'close-1',
      step: { action: 'CLOSE' as const, evidence: '私拉电线已全部拆除，设置集中充电桩', actorId: staff },
      at: at(15),
    };
    const audit = await count('audit_log');
    expect(await risks.recordRiskStep(close)).toEqual({ status: 'CLOSED' });
    expect(await risks.recordRiskStep(close)).toEqual({ status: 'CLOSED' });
    expect(await count('audit_log')).toBe(audit + 1);
    const row = await db.selectFrom('risk').selectAll().where('id', '=', riskId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'CLOSED', closed_by: staff, closing_update_id: 'close-1' });
    const escalation = await db.selectFrom('escalation').select('status').where('risk_id', '=', riskId).execute();
    expect(escalation).toEqual([{ status: 'RESOLVED' }]);

    const refused = await failureOf(
      risks.recordRiskStep({
        ...close,
        updateId: 'start-late',
        step: { action: 'START', note: '再处置', actorId: staff },
      }),
    );
    expect(refused).toBeInstanceOf(ApplicationFailure);
    expect((refused as ApplicationFailure).type).toBe('CONFLICT');
    expect((refused as ApplicationFailure).message).toBe(RISK_REFUSALS.closed);
    expect(await count('audit_log')).toBe(audit + 1);
    // A late rung after closing raises nothing.
    await risks.raiseRiskEscalation({ ...rung, rungKey: `risk-${riskId}:r1`, level: 'COUNTY_OFFICE' });
    expect(await count('escalation')).toBe(before.escalations + 1);
  });
});

describe('directive activities', () => {
  it('record each answer and the reply once, and hold the reply until every item is answered', async () => {
    const directives = createDirectiveActivities(db);
    const repository = createDirectiveRepository(db);
    const directiveId = await repository.insert({
      kind: 'SUPERVISION_LETTER',
      source: '市安委办',
      document_number: '测试〔2026〕1号',
      title: '关于开展燃气安全排查的督促函',
      received_at: T0,
      reply_due_at: at(10),
      registered_by: admin,
      workflow_id: `test-${randomUUID()}`,
    });
    const [first, second] = await repository.insertItems([
      { directive_id: directiveId, position: 0, content: '排查餐饮场所燃气', assignee_org_id: township, due_at: at(5) },
      { directive_id: directiveId, position: 1, content: '排查燃气企业', assignee_org_id: regulator, due_at: at(5) },
    ]);
    if (!first || !second) throw new Error('two items');
    const reply = {
      directiveId,
      updateId: 'reply-1',
      reply: { reply: '各项排查均已完成，问题已整改到位。', actorId: admin },
      at: at(8),
    };
    const early = await failureOf(directives.recordDirectiveReply(reply));
    expect((early as ApplicationFailure).type).toBe('CONFLICT');
    expect((early as ApplicationFailure).message).toBe(DIRECTIVE_REFUSALS.itemsUnanswered(2));

    const rung = {
      itemId: second.id,
      dueAt: at(5),
      rungKey: `directive-item-${second.id}:r0`,
      level: 'REGULATOR_HEAD' as const,
      at: at(5),
    };
    const escalations = await count('escalation');
    await directives.raiseDirectiveItemEscalation(rung);
    await directives.raiseDirectiveItemEscalation(rung);
    expect(await count('escalation')).toBe(escalations + 1);

    const answer = (itemId: number, updateId: string) => ({
      directiveId,
      updateId,
      answer: { itemId, answer: '已逐户排查，隐患已整改。', actorId: staff },
      at: at(6),
    });
    const audit = await count('audit_log');
    expect(await directives.recordDirectiveItemAnswer(answer(first.id, 'a-1'))).toEqual({
      directiveStatus: 'OPEN',
      itemStatus: 'ANSWERED',
    });
    expect(await directives.recordDirectiveItemAnswer(answer(first.id, 'a-1'))).toEqual({
      directiveStatus: 'OPEN',
      itemStatus: 'ANSWERED',
    });
    const twice = await failureOf(directives.recordDirectiveItemAnswer(answer(first.id, 'a-other')));
    expect((twice as ApplicationFailure).message).toBe(DIRECTIVE_REFUSALS.itemAnswered);
    expect(await directives.recordDirectiveItemAnswer(answer(second.id, 'a-2'))).toEqual({
      directiveStatus: 'ANSWERED',
      itemStatus: 'ANSWERED',
    });
    expect(await count('audit_log')).toBe(audit + 2);
    expect(
      await db.selectFrom('escalation').select('status').where('directive_item_id', '=', second.id).execute(),
    ).toEqual([{ status: 'RESOLVED' }]);
    expect(
      await db.selectFrom('notification').select('kind').where('kind', '=', 'DIRECTIVE_ANSWERED').execute(),
    ).toHaveLength(1);

    expect(await directives.recordDirectiveReply(reply)).toEqual({ status: 'REPLIED' });
    expect(await directives.recordDirectiveReply(reply)).toEqual({ status: 'REPLIED' });
    expect(await count('audit_log')).toBe(audit + 3);
    const again = await failureOf(directives.recordDirectiveReply({ ...reply, updateId: 'reply-2' }));
    expect((again as ApplicationFailure).message).toBe(DIRECTIVE_REFUSALS.replied);
  });
});
