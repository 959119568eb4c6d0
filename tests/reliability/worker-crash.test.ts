// Promise 1: the worker process is killed (SIGKILL) three times at random moments while a campaign fans out
// and regulators submit inspections, rectifications and verifications; each time it is restarted. Afterwards
// every task, inspection, hazard and escalation exists exactly once and every workflow has finished its loop.
// Short form: 150 enterprises; RELIABILITY=long: 10,000. Then the worker is killed in the middle of a register
// import (企业台账导入) of 3,000 rows (long: 60,000): the restarted worker finishes it with each enterprise once.
import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../domain/enterprise-import-rules';
import { REGULATORS } from '../../domain/regulators';
import { TOWNSHIPS } from '../../seed/demo-county';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { writeWorkflowBundle } from '../../server/worker-runtime';
import { testBundlePath } from '../support/test-bundle';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { codeOf, inDays, LAUNCH, majorRectification, REPORT, SIGN_OFF, SUBMIT, VERIFY } from '../support/api-fixtures';
import { runEntryPoint, waitFor, type RunningProcess } from '../support/processes';
import { sendFile } from '../support/uploads';

const LONG = process.env.RELIABILITY === 'long';
const ENTERPRISES = LONG ? 10_000 : 150;
const CONCURRENCY = 16;

let api: ApiEnv;
let dataDir: string;
let worker: RunningProcess;
const faults: string[] = [];

async function startWorkerProcess(): Promise<RunningProcess> {
  const child = runEntryPoint('server/worker.ts', {
    TEMPORAL_ADDRESS: api.env.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_TASK_QUEUE: api.taskQueue,
    DATABASE_URL: api.databaseUrl,
    DATA_DIR: dataDir,
    NODE_ENV: 'test',
    WORKFLOW_BUNDLE: path.join(dataDir, 'workflow-bundle.js'),
  });
  await waitFor(async () => child.output().includes('worker polling'), 60_000, 'the worker process to poll');
  return child;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'wss-crash-'));
  api = await startApiEnv({ enterpriseCount: ENTERPRISES, inProcessWorker: false, updateDeadlineMs: 8_000 });
  // As in the Docker image: workers start from a prebuilt bundle, so a restart after SIGKILL polls within a second.
  // (The run's own bundle when the global setup wrote one: the same code, bundled once.)
  const prebuilt = testBundlePath();
  if (prebuilt) await copyFile(prebuilt, path.join(dataDir, 'workflow-bundle.js'));
  else await writeWorkflowBundle(path.join(dataDir, 'workflow-bundle.js'));
  worker = await startWorkerProcess();
});
afterAll(async () => {
  await worker?.stop('SIGKILL');
  await api?.teardown();
  await rm(dataDir, { recursive: true, force: true });
});

/** What a client does when an answer does not come: the same request, the same key, again. */
async function untilAnswered(query: string, variables: Record<string, unknown>, token: string): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const result = await api.gql(query, variables, token).catch(() => null);
    const code = result ? codeOf(result) : 'UNAVAILABLE';
    if (result && !result.errors) return;
    const inFlight = code === 'CONFLICT' && (result?.errors?.[0]?.message.includes('正在') ?? false);
    if (code !== 'UNAVAILABLE' && !inFlight)
      throw new Error(`refused: ${JSON.stringify(result?.errors)} for ${JSON.stringify(variables)}`);
    if (Date.now() > deadline) throw new Error(`no answer in 4 minutes for ${JSON.stringify(variables)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function pool<T>(items: T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) {
        const item = items[next];
        next += 1;
        if (item !== undefined) await run(item);
      }
    }),
  );
}

const running = async (type: string) =>
  (
    await api.env.client.workflow.count(
      `TaskQueue="${api.taskQueue}" AND WorkflowType="${type}" AND ExecutionStatus="Running"`,
    )
  ).count;

describe('worker killed three times mid-campaign', () => {
  it(
    'loses nothing, duplicates nothing, and every workflow finishes',
    { timeout: LONG ? 3_600_000 : 600_000 },
    async () => {
      const db = api.database.db;
      const admin = await api.login('admin');
      // Staff inspect and report rectification on the enterprise's behalf; the head verifies (the reporter may not);
      // the county office signs off a major hazard.
      const tokens = new Map<number, string>();
      const heads = new Map<number, string>();
      // The townships too: they lead the 属地 industries (九小场所), so some tasks are theirs.
      for (const { code } of [...REGULATORS, ...TOWNSHIPS]) {
        tokens.set(await api.orgId(code), await api.login(`${code}.staff`));
        heads.set(await api.orgId(code), await api.login(`${code}.head`));
      }

      // Chaos: three kills at random moments across the run, each followed by a restart. The long run lasts ~19
      // minutes (fan-out ~2, inspections ~9, rectification ~8), so its gaps put a kill in each phase.
      const gaps: [number, number][] = LONG
        ? [
            [20_000, 100_000],
            [150_000, 400_000],
            [300_000, 450_000],
          ]
        : [
            [2_000, 10_000],
            [2_000, 10_000],
            [2_000, 10_000],
          ];
      let chaosDone = false;
      const chaos = (async () => {
        for (const [min, max] of gaps) {
          await new Promise((resolve) => setTimeout(resolve, min + Math.random() * (max - min)));
          worker.child.kill('SIGKILL');
          await worker.exited;
          faults.push(`SIGKILL worker at ${new Date().toISOString()}`);
          await new Promise((resolve) => setTimeout(resolve, 500));
          worker = await startWorkerProcess();
        }
        chaosDone = true;
      })();

      const started = performance.now();
      const launched = await api.gql<{ launchCampaign: { id: string } }>(
        LAUNCH,
        {
          input: {
            name: '杀进程演练',
            kind: 'SPECIAL_INSPECTION',
            endsAt: inDays(100),
            taskDueAt: inDays(30),
            idempotencyKey: randomUUID(),
          },
        },
        admin,
      );
      expect(launched.errors).toBeUndefined();
      const campaignId = launched.data?.launchCampaign.id ?? '';
      const campaignDbId = Number(Buffer.from(campaignId, 'base64').toString().split(':')[1]);
      await waitFor(
        async () =>
          (await api.env.client.workflow.count(`TaskQueue="${api.taskQueue}" AND WorkflowType="taskWorkflow"`))
            .count === ENTERPRISES,
        600_000,
        'every task workflow',
      );

      const phase = (name: string) =>
        console.log(`worker-crash: ${name} at +${((performance.now() - started) / 1000).toFixed(0)} s`);
      phase('fanned out');
      const tasks = await db
        .selectFrom('task')
        .select(['id', 'assignee_org_id'])
        .where('campaign_id', '=', campaignDbId)
        .orderBy('id')
        .execute();
      expect(tasks).toHaveLength(ENTERPRISES);
      await pool(tasks, async (task) => {
        await untilAnswered(
          SUBMIT,
          {
            input: {
              taskId: api.gid('Task', task.id),
              inspectorCount: 2,
              idempotencyKey: `crash-submit-${task.id}`,
              findings: [
                {
                  level: task.id % 10 === 0 ? 'MAJOR' : 'GENERAL',
                  description: `演练隐患${task.id}`,
                  rectifyBy: inDays(10),
                },
              ],
            },
          },
          tokens.get(task.assignee_org_id) ?? admin,
        );
      });
      phase('inspections recorded');
      const hazards = await db
        .selectFrom('hazard')
        .select(['id', 'regulator_id', 'level'])
        .where('campaign_id', '=', campaignDbId)
        .orderBy('id')
        .execute();
      await pool(hazards, async (hazard) => {
        const token = tokens.get(hazard.regulator_id) ?? admin;
        const hazardId = api.gid('Hazard', hazard.id);
        const evidence = hazard.level === 'MAJOR' ? await majorRectification(api, token) : {};
        await untilAnswered(
          REPORT,
          { input: { hazardId, measures: '已整改', ...evidence, idempotencyKey: `crash-report-${hazard.id}` } },
          token,
        );
        await untilAnswered(
          VERIFY,
          { input: { hazardId, passed: true, idempotencyKey: `crash-verify-${hazard.id}` } },
          heads.get(hazard.regulator_id) ?? admin,
        );
        if (hazard.level === 'MAJOR')
          await untilAnswered(
            SIGN_OFF,
            { input: { hazardId, approved: true, idempotencyKey: `crash-sign-off-${hazard.id}` } },
            admin,
          );
      });
      phase('hazards closed');
      await chaos;
      expect(chaosDone).toBe(true);
      await untilAnswered(
        'mutation($id: ID!) { cancelCampaign(id: $id, reason: "演练结束") { id } }',
        { id: campaignId },
        admin,
      );
      await waitFor(
        async () =>
          (await running('taskWorkflow')) + (await running('hazardWorkflow')) + (await running('campaignWorkflow')) ===
          0,
        300_000,
        'every workflow to finish',
      );

      // Exactly once, everywhere.
      const one = async (query: ReturnType<typeof sql<{ n: number }>>) =>
        Number((await query.execute(db)).rows[0]?.n ?? -1);
      expect(
        await one(
          sql`select count(*)::int as n from inspection i join task t on t.id = i.task_id where t.campaign_id = ${campaignDbId}`,
        ),
      ).toBe(ENTERPRISES);
      expect(
        await one(
          sql`select count(distinct task_id)::int as n from inspection i join task t on t.id = i.task_id where t.campaign_id = ${campaignDbId}`,
        ),
      ).toBe(ENTERPRISES);
      expect(hazards).toHaveLength(ENTERPRISES);
      expect(
        await one(sql`select count(*)::int as n from task where campaign_id = ${campaignDbId} and status <> 'DONE'`),
      ).toBe(0);
      expect(
        await one(
          sql`select count(*)::int as n from hazard where campaign_id = ${campaignDbId} and status <> 'CLOSED'`,
        ),
      ).toBe(0);
      expect(
        await one(
          sql`select count(*)::int as n from (select hazard_id, kind from hazard_event group by 1, 2 having count(*) > 1) d`,
        ),
      ).toBe(0);
      expect(
        await one(
          sql`select count(*)::int as n from (select hazard_id, level from escalation where hazard_id is not null group by 1, 2 having count(*) > 1) d`,
        ),
      ).toBe(0);
      const majors = tasks.filter((t) => t.id % 10 === 0).length;
      expect(
        await one(
          sql`select count(*)::int as n from escalation e join hazard h on h.id = e.hazard_id where h.campaign_id = ${campaignDbId} and e.level = 'COUNTY_OFFICE'`,
        ),
      ).toBe(majors);
      expect(await one(sql`select count(*)::int as n from escalation where status <> 'RESOLVED'`)).toBe(0);
      const completed = async (type: string) =>
        (
          await api.env.client.workflow.count(
            `TaskQueue="${api.taskQueue}" AND WorkflowType="${type}" AND ExecutionStatus="Completed"`,
          )
        ).count;
      expect(await completed('taskWorkflow')).toBe(ENTERPRISES);
      expect(await completed('hazardWorkflow')).toBe(ENTERPRISES);
      const writes = ENTERPRISES * 5 + majors * 2;
      console.log(
        `worker-crash: ${faults.length} faults survived (${faults.join('; ')}); ${writes} writes checked (tasks, inspections, hazards, 2 transitions each, sign-offs, listed escalations); 0 duplicates`,
      );
    },
  );
});

describe('worker killed mid-import', () => {
  it('finishes the import after a restart with each enterprise created once', { timeout: 600_000 }, async () => {
    const db = api.database.db;
    const admin = await api.login('admin');
    // Three pages of 1,000 in the short form: enough for the worker to die between two of them.
    const rows = LONG ? 60_000 : 3_000;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('企业台账');
    sheet.addRow(IMPORT_COLUMNS.map((column) => column.header));
    const usccs = Array.from({ length: rows }, (_, i) => makeEnterpriseUscc('130529', 80_000_000 + i));
    usccs.forEach((uscc, i) => sheet.addRow([uscc, `清河县断电演练第${i + 1}号企业`, '冶金', '城关镇']));
    const upload = await sendFile<{ previewEnterpriseImport: { id: string } }>(
      api,
      admin,
      'mutation($file: File!) { previewEnterpriseImport(file: $file) { id } }',
      {
        bytes: new Uint8Array(await workbook.xlsx.writeBuffer()),
        name: '演练台账.xlsx',
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    );
    const previewId = upload.data?.previewEnterpriseImport.id;
    if (!previewId) throw new Error(`upload refused: ${JSON.stringify(upload.errors)}`);
    const importDbId = Number(Buffer.from(previewId, 'base64').toString().split(':')[1]);
    const status = async () =>
      (await db.selectFrom('enterprise_import').select('status').where('id', '=', importDbId).executeTakeFirstOrThrow())
        .status;
    await waitFor(async () => (await status()) === 'PREVIEWED', 300_000, 'the check of the file');
    const applied = async () =>
      Number(
        (
          await db
            .selectFrom('enterprise_import_row')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('import_id', '=', importDbId)
            .where('outcome', 'is not', null)
            .executeTakeFirstOrThrow()
        ).n,
      );

    await untilAnswered(
      'mutation($id: ID!, $key: String) { commitEnterpriseImport(previewId: $id, idempotencyKey: $key) { id } }',
      { id: previewId, key: `crash-import-${importDbId}` },
      admin,
    );
    // The kill lands once the first page is in and before the last: pages are a thousand rows, one transaction each.
    await waitFor(async () => (await applied()) > 0, 300_000, 'the first page of the import');
    worker.child.kill('SIGKILL');
    await worker.exited;
    const appliedAtKill = await applied();
    faults.push(`SIGKILL worker mid-import at ${appliedAtKill} of ${rows} rows`);
    expect(appliedAtKill).toBeLessThan(rows);
    worker = await startWorkerProcess();
    await waitFor(async () => (await status()) === 'DONE', 480_000, 'the import to finish after the restart');

    const counted = Number(
      (await sql<{ n: number }>`select count(*)::int as n from enterprise where uscc = any(${usccs})`.execute(db))
        .rows[0]?.n,
    );
    expect(counted).toBe(rows);
    const row = await db
      .selectFrom('enterprise_import')
      .select(['created', 'updated', 'kept', 'skipped'])
      .where('id', '=', importDbId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ created: rows, updated: 0, kept: 0, skipped: 0 });
    const outcomes = await db
      .selectFrom('enterprise_import_row')
      .select(['outcome', (eb) => eb.fn.countAll<number>().as('n')])
      .where('import_id', '=', importDbId)
      .groupBy('outcome')
      .execute();
    expect(outcomes.map((o) => [o.outcome, Number(o.n)])).toEqual([['CREATED', rows]]);
    const audited = await sql<{ n: number; subjects: number }>`
      select count(*)::int as n, count(distinct subject_id)::int as subjects from audit_log
      where action = 'importEnterprise' and subject_id in (select id::text from enterprise where uscc = any(${usccs}))`.execute(
      db,
    );
    expect(audited.rows[0]).toEqual({ n: rows, subjects: rows });
    console.log(`worker-crash: import of ${rows} rows killed at ${appliedAtKill} applied, finished with each once`);
  });
});
