// Writes through the api: a campaign launched by the admin (its task workflows fanned out), then one inspection
// per open task submitted by many regulator staff at once, against bare Updates of empty workflows.
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { z } from 'zod';
import {
  campaignWorkflowId,
  getCampaignState,
  submitInspection,
  taskWorkflowId,
  type SubmitInspectionInput,
} from '../workflows/messages';
import { dataOf, dbIdOf, firstError, type ApiHarness } from './api-harness';
import { startBareUpdates, timedRun, type UpdateRun } from './bare-updates';
import { submissionPhases } from './submit-phases';
import { describeMs, inPool, summarize, type Figure } from './stats';

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const LAUNCH = 'mutation($input: LaunchCampaignInput!) { launchCampaign(input: $input) { id status } }';
export const SUBMIT = `mutation($input: SubmitInspectionInput!) {
  submitInspection(input: $input) { id inspectorCount hazards { id level status rectifyBy } task { id status } }
}`;
const submitted = z.object({
  data: z.object({
    submitInspection: z.object({
      hazards: z.array(z.object({ id: z.string() })).length(1),
      task: z.object({ status: z.literal('DONE') }),
    }),
  }),
});

export interface LaunchedCampaign {
  campaignId: number;
  tasks: number;
  seconds: number;
}

/** Launches a 双随机 sample of about `tasks` enterprises as the admin and waits until every task workflow runs. */
export async function launchSampledCampaign(
  api: ApiHarness,
  options: { tasks: number; enterprises: number; log: (line: string) => void },
): Promise<LaunchedCampaign> {
  const sampleRatio = Math.min(1, options.tasks / options.enterprises);
  // The campaign samples ceil(count × ratio) enterprises (planTasksPage).
  const expected = Math.ceil(options.enterprises * sampleRatio);
  const started = performance.now();
  const response = await api.post(
    LAUNCH,
    {
      input: {
        name: '安全生产双随机抽查（基准）',
        kind: 'SPECIAL_INSPECTION',
        endsAt: inDays(100),
        taskDueAt: inDays(30),
        sampleRatio,
      },
    },
    await api.login('admin'),
  );
  const campaignId = dbIdOf(
    dataOf(response, z.object({ launchCampaign: z.object({ id: z.string() }) }), 'launchCampaign').launchCampaign.id,
  );
  const handle = api.env.client.workflow.getHandle(campaignWorkflowId(campaignId));
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    const state = await handle.query(getCampaignState).catch(() => null);
    if (state && state.tasksPlanned >= expected && state.tasksStarted === state.tasksPlanned) break;
    if (Date.now() > deadline)
      throw new Error(
        `campaign ${campaignId} did not fan out ${expected} tasks in 30 minutes: ${JSON.stringify(state)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  options.log(
    `launched campaign ${campaignId} (sample ratio ${sampleRatio.toFixed(4)}): ${expected} task workflows running after ${seconds.toFixed(1)} s`,
  );
  await sql`analyze task`.execute(api.database.db);
  return { campaignId, tasks: expected, seconds };
}

interface Job {
  taskId: number;
  code: string;
}
interface Client {
  username: string;
  token: string;
}

/** Splits `clients` over the regulators in proportion to their open tasks (largest remainder, at least one each). */
function clientsPerRegulator(openByRegulator: Map<string, number>, clients: number): Map<string, number> {
  const total = [...openByRegulator.values()].reduce((sum, n) => sum + n, 0);
  const quotas = [...openByRegulator].map(([code, n]) => {
    const exact = (clients * n) / total;
    return { code, n: Math.max(1, Math.floor(exact)), remainder: exact - Math.floor(exact) };
  });
  const left = clients - quotas.reduce((sum, q) => sum + q.n, 0);
  [...quotas]
    .sort((a, b) => b.remainder - a.remainder)
    .slice(0, Math.max(0, left))
    .forEach((q) => {
      q.n += 1;
    });
  return new Map(quotas.map((q) => [q.code, q.n]));
}

const FINDING = { level: 'GENERAL', description: '安全出口指示标志损坏', location: '一号车间' } as const;

/** The submission as the service hands it to the task workflow once it has checked it. */
function checkedSubmission(actorId: number): SubmitInspectionInput {
  return {
    inspectedAt: new Date().toISOString(),
    inspectorCount: 2,
    notes: '双随机抽查',
    photoIds: [],
    findings: [{ ...FINDING, checklistItemId: null, rectifyBy: inDays(10), photoIds: [] }],
    actorId,
    requestId: null,
  };
}

/** The way a submission is made, from the bare engine to the whole api; each a row of the table. */
export const WRITE_PATHS = [
  ['bare', 'bare Update of an empty workflow'],
  ['recording', 'bare Update running recordInspection (one SQL transaction)'],
  ['task', "the task workflow's Update, from a Temporal client"],
  ['http', 'submitInspection over HTTP (GraphQL, session, checks)'],
] as const;
export type WritePath = (typeof WRITE_PATHS)[number][0];

export interface WritePathFigures {
  path: WritePath;
  /** Medians over the blocks. */
  perSecond: number;
  p50: number;
  p95: number;
  blocks: number;
}

/**
 * The write path taken apart, in interleaved blocks: each block sends `perBlock` submissions down each of the four
 * paths (in a rotated order), `concurrency` in flight, each on tasks of its own; the figures are the medians over the
 * blocks. The open tasks of the campaign are dealt to the paths and blocks in turn, so each gets every regulator's.
 */
export async function benchWritePath(
  api: ApiHarness,
  options: { campaignId: number; concurrency: number; blocks: number; log: (line: string) => void },
): Promise<{ figures: WritePathFigures[]; sampledTaskIds: number[] }> {
  const db = api.database.db;
  const rows = await db
    .selectFrom('task')
    .innerJoin('org_unit', 'org_unit.id', 'task.assignee_org_id')
    .select(['task.id', 'org_unit.code'])
    .where('task.campaign_id', '=', options.campaignId)
    .where('task.status', '=', 'OPEN')
    .orderBy('task.id')
    .execute();
  const { blocks, concurrency } = options;
  const taskPaths: WritePath[] = ['recording', 'task', 'http'];
  const perBlock = Math.floor(rows.length / (taskPaths.length * blocks));
  if (perBlock < concurrency)
    throw new Error(
      `${rows.length} open tasks give ${perBlock} per path and block, fewer than ${concurrency} in flight`,
    );
  const jobs = new Map<string, Job[]>();
  rows.slice(0, perBlock * taskPaths.length * blocks).forEach((row, i) => {
    const key = `${taskPaths[i % taskPaths.length]}:${Math.floor(i / taskPaths.length) % blocks}`;
    jobs.set(key, [...(jobs.get(key) ?? []), { taskId: row.id, code: row.code }]);
  });
  const jobsOf = (path: WritePath, block: number) => jobs.get(`${path}:${block}`) ?? [];

  // The HTTP clients: `concurrency` staff users, over the regulators in proportion to their share of the HTTP tasks.
  const httpShare = new Map<string, number>();
  for (let b = 0; b < blocks; b++)
    for (const job of jobsOf('http', b)) httpShare.set(job.code, (httpShare.get(job.code) ?? 0) + 1);
  const users = new Map<string, Client[]>();
  for (const [code, n] of clientsPerRegulator(httpShare, concurrency)) {
    const names = [`${code}.staff`, ...(await api.addStaff(code, n - 1))];
    const own: Client[] = [];
    for (const username of names) own.push({ username, token: await api.login(username) });
    users.set(code, own);
  }
  const staffIds = new Map(
    (
      await db
        .selectFrom('app_user')
        .select(['username', 'id'])
        .where('username', 'in', [...new Set(rows.map((row) => `${row.code}.staff`))])
        .execute()
    ).map((u) => [u.username.replace(/\.staff$/u, ''), u.id]),
  );
  // The recording and task paths act as each regulator's first staff user, as the HTTP path's users do.
  const actorOf = (job: Job) => {
    const id = staffIds.get(job.code);
    if (id === undefined) throw new Error(`no staff user ${job.code}.staff for task ${job.taskId}`);
    return id;
  };
  options.log(
    `write path: ${rows.length} open tasks; ${blocks} blocks of ${perBlock} submissions per path, ${concurrency} in flight`,
  );

  const bare = await startBareUpdates({ client: api.env.client, connection: api.env.nativeConnection, db });
  const samples = new Map<WritePath, { perSecond: number; p50: number; p95: number }[]>();
  const sampledTaskIds: number[] = [];
  try {
    for (let block = 0; block < blocks; block++) {
      const order = WRITE_PATHS.map(([path]) => path);
      const rotated = [...order.slice(block % order.length), ...order.slice(0, block % order.length)];
      for (const path of rotated) {
        const run = await runPath(path, block);
        const summary = summarize(run.latenciesMs);
        samples.set(path, [
          ...(samples.get(path) ?? []),
          { perSecond: run.perSecond, p50: summary.p50, p95: summary.p95 },
        ]);
        options.log(`block ${block + 1} ${path}: ${run.perSecond.toFixed(1)} /s; ${describeMs(summary)}`);
      }
    }
  } finally {
    await bare.stop();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const figures = WRITE_PATHS.map(([path]) => {
    const runs = samples.get(path) ?? [];
    return {
      path,
      perSecond: median(runs.map((r) => r.perSecond)),
      p50: median(runs.map((r) => r.p50)),
      p95: median(runs.map((r) => r.p95)),
      blocks: runs.length,
    };
  });
  return { figures, sampledTaskIds };

  async function runPath(path: WritePath, block: number): Promise<UpdateRun> {
    if (path === 'bare') return bare.empty(perBlock, concurrency);
    const own = jobsOf(path, block);
    if (path === 'recording')
      return bare.recording(
        own.map((job) => ({ taskId: job.taskId, submission: checkedSubmission(actorOf(job)) })),
        concurrency,
      );
    if (path === 'task')
      return timedRun(own, concurrency, (job) =>
        api.env.client.workflow
          .getHandle(taskWorkflowId(job.taskId))
          .executeUpdate(submitInspection, { args: [checkedSubmission(actorOf(job))], updateId: randomUUID() }),
      );
    return submitOverHttp(api, own, users, concurrency, sampledTaskIds, options.log);
  }
}

/** One inspection per task over HTTP, each regulator's tasks dealt round-robin to its staff users, all at once. */
async function submitOverHttp(
  api: ApiHarness,
  jobs: Job[],
  users: Map<string, Client[]>,
  concurrency: number,
  sampledTaskIds: number[],
  log: (line: string) => void,
): Promise<UpdateRun> {
  const queues = new Map<string, Job[]>();
  const dealt = new Map<string, number>();
  for (const job of jobs) {
    const own = users.get(job.code) ?? [];
    const turn = dealt.get(job.code) ?? 0;
    dealt.set(job.code, turn + 1);
    const user = own[turn % own.length];
    if (user) queues.set(user.username, [...(queues.get(user.username) ?? []), job]);
  }
  const tokens = new Map([...users.values()].flat().map((u) => [u.username, u.token]));
  const latenciesMs: number[] = [];
  const errors = new Map<string, number>();
  const started = performance.now();
  await inPool([...queues], concurrency, async ([username, own]) => {
    for (const job of own) {
      const response = await api.post(
        SUBMIT,
        {
          input: {
            taskId: encodeGlobalID('Task', job.taskId),
            inspectorCount: 2,
            notes: '双随机抽查',
            idempotencyKey: randomUUID(),
            findings: [{ ...FINDING, rectifyBy: inDays(10) }],
          },
        },
        tokens.get(username) ?? null,
      );
      const error =
        firstError(response) ??
        (submitted.safeParse(response.body).success
          ? null
          : `unexpected answer ${JSON.stringify(response.body).slice(0, 200)}`);
      if (error) errors.set(error, (errors.get(error) ?? 0) + 1);
      else latenciesMs.push(response.ms);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  for (const [error, count] of errors) log(`submitInspection error ×${count}: ${error}`);
  if (latenciesMs.length === 0) throw new Error('no inspection was submitted');
  sampledTaskIds.push(
    ...jobs.filter((_, i) => i % Math.max(1, Math.floor(jobs.length / 15)) === 0).map((j) => j.taskId),
  );
  return { seconds, perSecond: latenciesMs.length / seconds, latenciesMs };
}

/** The write path's figures for the bench's table and JSON lines, each path against the bare Update. */
export async function writePathFigures(
  api: ApiHarness,
  result: { figures: WritePathFigures[]; sampledTaskIds: number[] },
  label: string,
  log: (line: string) => void,
): Promise<Figure[]> {
  const bare = result.figures.find((f) => f.path === 'bare');
  if (!bare) throw new Error('no bare Update figures');
  log(`inside Temporal, from ${result.sampledTaskIds.length} task workflow histories of the HTTP path:`);
  for (const line of await submissionPhases(api.env.client, result.sampledTaskIds)) log(`  ${line}`);
  return result.figures
    .filter((f) => f.path !== 'bare')
    .flatMap((f) => [
      { bench: `${f.path}_update_per_s${label}`, value: f.perSecond, unit: 'req/s', baseline: bare.perSecond },
      { bench: `${f.path}_update_p95_ms${label}`, value: f.p95, unit: 'ms', baseline: bare.p95 },
    ]);
}
