// An emergency response's activation until every link of the 包保 chain is notified (issue 14 §5), on the real
// Temporal dev server and PostgreSQL, against the same acknowledgement, notice and outbox rows written directly by the
// repository in the same run: what the service, the workflow start and the activity add to two SQL statements.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { sql } from 'kysely';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { createDutyAssignmentRepository, type NewDutyAssignment } from '../db/repositories/duty-assignments';
import { createEmergencyResponseRepository } from '../db/repositories/emergency-responses';
import { userColumns } from '../db/repositories/users';
import { ackDueAt, DEFAULT_RESPONSE_POLICY, postNotice } from '../domain/emergency-response';
import { seedDemoCounty } from '../seed/demo-county/index';
import { locateTemporalBinary } from '../server/temporal-binaries';
import { startWorker } from '../server/worker-runtime';
import { toViewer } from '../services/auth';
import { createEmergencyResponseService } from '../services/emergency-responses';
import { createUpdateRunner } from '../services/workflow-updates';
import { createTestDatabase } from '../tests/support/database';
import { getResponseState, responseWorkflowId } from '../workflows/messages';
import { summarize, type Figure } from './stats';

const BLOCKS = 3;
const MARK = '\u0000';

export async function benchResponse(options: {
  links: number;
  townships: number;
  log: (line: string) => void;
}): Promise<{ table: string[]; figures: Figure[] }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wss-response-'));
  const env = await TestWorkflowEnvironment.createLocal({
    server: { executable: locateTemporalBinary('temporal'), extraArgs: ['--log-level', 'error'] },
  });
  const test = await createTestDatabase('wss_bench_response');
  const database = await openDatabase({ databaseUrl: test.url, dataDir: dir, poolSize: 10 });
  const db = database.db;
  const taskQueue = 'response-bench';
  try {
    await migrateToLatest(db);
    await seedDemoCounty(db, { demoPassword: 'bench', withDemoUsers: true, enterpriseCount: 500 });
    const townships = (
      await db.selectFrom('org_unit').select('id').where('kind', '=', 'TOWNSHIP').orderBy('id').execute()
    )
      .slice(0, options.townships)
      .map((t) => t.id);
    const leader = await db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    const links = createDutyAssignmentRepository(db);
    const perTownship = Math.floor(options.links / townships.length);
    for (const [t, townshipId] of townships.entries()) {
      const [county] = await links.insertMany([
        link({ tier: 'COUNTY', township_id: townshipId, target_kind: 'TOWNSHIP', user_id: leader.id }, `县领导${t}`),
      ]);
      const officials = await links.insertMany(
        Array.from({ length: 20 }, (_, i) =>
          link(
            { tier: 'TOWNSHIP', township_id: townshipId, target_kind: 'VILLAGE', parent_id: county?.id ?? null },
            `乡镇干部${t}-${i}`,
          ),
        ),
      );
      await links.insertMany(
        Array.from({ length: perTownship - 21 }, (_, i) =>
          link(
            {
              tier: 'VILLAGE',
              township_id: townshipId,
              target_kind: 'HOUSEHOLDS',
              parent_id: officials[i % officials.length]?.id ?? null,
            },
            `村干部${t}-${i}`,
          ),
        ),
      );
    }
    const total = perTownship * townships.length;
    options.log(`${total} links in ${townships.length} townships`);
    const worker = await startWorker({
      connection: env.nativeConnection,
      namespace: 'default',
      taskQueue,
      deps: { db, client: env.client, taskQueue },
    });
    // Notices go out through the outbox as they would with a gateway: one delivery row per notice on both sides (set
    // after the worker, which writes the channels it delivers at its start).
    await sql`insert into notification_channel (channel) values ('WEBHOOK') on conflict do nothing`.execute(db);
    const admin = toViewer(
      await db.selectFrom('app_user').select(userColumns).where('username', '=', 'admin').executeTakeFirstOrThrow(),
    );
    const service = createEmergencyResponseService({
      db,
      client: env.client,
      taskQueue,
      updates: createUpdateRunner(env.client, { deadlineMs: 60_000 }),
    });
    const responses = createEmergencyResponseRepository(db);

    // A: activateResponse, until the workflow says every link is notified (its rows and notices are written by then).
    const activate = async (): Promise<number> => {
      const started = performance.now();
      const id = await service.activate(
        admin,
        { kind: 'FLOOD', level: 'LEVEL_IV', townshipIds: townships, reason: '基准测试' },
        null,
      );
      const handle = env.client.workflow.getHandle(responseWorkflowId(id));
      for (;;) {
        const state = await handle.query(getResponseState).catch(() => null);
        if (state && state.notified === total) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const seconds = (performance.now() - started) / 1000;
      await service.end(admin, { id, reason: '基准测试结束' }, null);
      return seconds;
    };
    // B: the same acknowledgement, notice and outbox rows, written by the repository for a response row inserted directly.
    const direct = async (): Promise<number> => {
      const { version, policy } = await responses.currentPolicy();
      const at = new Date();
      const { id } = await responses.insert({
        kind: 'FLOOD',
        level: 'LEVEL_IV',
        township_ids: townships,
        reason: '基准测试（直接写入）',
        instructions: null,
        policy,
        policy_version: version,
        activated_by: admin.id,
        activated_at: at,
        idempotency_key: null,
        workflow_id: `bench-direct-${at.getTime()}-${Math.random()}`,
      });
      const dueAt = ackDueAt(at, DEFAULT_RESPONSE_POLICY.LEVEL_IV);
      const notice = postNotice({
        kind: 'FLOOD',
        level: 'LEVEL_IV',
        instructions: null,
        targetName: MARK,
        dueAt,
        changed: false,
      });
      const [before, after] = notice.body.split(MARK) as [string, string];
      const started = performance.now();
      const notified = await responses.notifyEpoch({
        responseId: id,
        epoch: 1,
        at,
        dueAt,
        notice: { kind: 'DUTY_POST', title: notice.title, before, after, linkPrefix: '' },
      });
      if (notified !== total) throw new Error(`direct write notified ${notified} of ${total}`);
      return (performance.now() - started) / 1000;
    };
    const a: number[] = [];
    const b: number[] = [];
    // Interleaved A/B blocks, medians of the blocks.
    for (let block = 0; block < BLOCKS; block++) {
      a.push(await activate());
      b.push(await direct());
      options.log(`block ${block + 1}: activation ${a.at(-1)?.toFixed(2)} s, direct ${b.at(-1)?.toFixed(2)} s`);
    }
    await worker.stop();
    const sa = summarize(a);
    const sb = summarize(b);
    const table = [
      `| ${total.toLocaleString('en')} links, ${townships.length} townships | the same rows written directly (baseline) | activateResponse until every link notified | ratio | target |`,
      '|---|---:|---:|---:|---:|',
      `| median of ${BLOCKS} interleaved blocks | ${sb.p50.toFixed(2)} s | ${sa.p50.toFixed(2)} s | ${(sa.p50 / sb.p50).toFixed(2)}× | < 30 s |`,
    ];
    return {
      table,
      figures: [{ bench: `response activation, ${total} links`, value: sa.p50, unit: 's', baseline: sb.p50 }],
    };
  } finally {
    await database.close();
    await test.drop();
    await env.teardown();
    await rm(dir, { recursive: true, force: true });
  }
}

function link(
  row: Pick<NewDutyAssignment, 'tier' | 'township_id' | 'target_kind'> & Partial<NewDutyAssignment>,
  name: string,
): NewDutyAssignment {
  return {
    target_name: `${name}包保对象`,
    person_name: name,
    phone: row.user_id ? null : `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    user_id: null,
    parent_id: null,
    created_by: null,
    ...row,
  };
}
