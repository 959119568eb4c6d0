// Writes through the api: a campaign launched by the admin (its task workflows fanned out), then one inspection
// per open task submitted by many regulator staff at once, against bare Updates of empty workflows.
import { randomUUID } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { z } from 'zod';
import { campaignWorkflowId, getCampaignState } from '../workflows/messages';
import { dataOf, dbIdOf, firstError, type ApiHarness } from './api-harness';
import { runEmptyUpdates } from './empty-updates';
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
  globalId: string;
}
interface Client {
  username: string;
  token: string;
  jobs: Job[];
}

/** Splits `clients` over the regulators in proportion to their open tasks (largest remainder, at least one each). */
function clientsPerRegulator(openByRegulator: Map<string, Job[]>, clients: number): Map<string, number> {
  const total = [...openByRegulator.values()].reduce((sum, jobs) => sum + jobs.length, 0);
  const quotas = [...openByRegulator].map(([code, jobs]) => {
    const exact = (clients * jobs.length) / total;
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

/**
 * Every open task of the campaign gets one inspection with one finding, submitted by `concurrency` staff users
 * at once, each of the task's regulator and working through their own share of its tasks.
 */
export async function benchSubmitInspections(
  api: ApiHarness,
  options: { campaignId: number; concurrency: number; log: (line: string) => void },
): Promise<Figure[]> {
  const db = api.database.db;
  const rows = await db
    .selectFrom('task')
    .innerJoin('org_unit', 'org_unit.id', 'task.assignee_org_id')
    .select(['task.id', 'org_unit.code'])
    .where('task.campaign_id', '=', options.campaignId)
    .where('task.status', '=', 'OPEN')
    .orderBy('task.id')
    .execute();
  const openByRegulator = new Map<string, Job[]>();
  for (const row of rows) {
    const jobs = openByRegulator.get(row.code) ?? [];
    jobs.push({ taskId: row.id, globalId: encodeGlobalID('Task', row.id) });
    openByRegulator.set(row.code, jobs);
  }
  const clients: Client[] = [];
  for (const [code, n] of clientsPerRegulator(openByRegulator, options.concurrency)) {
    const usernames = [`${code}.staff`, ...(await api.addStaff(code, n - 1))];
    const own: Client[] = [];
    for (const username of usernames) own.push({ username, token: await api.login(username), jobs: [] });
    (openByRegulator.get(code) ?? []).forEach((job, i) => own[i % own.length]?.jobs.push(job));
    clients.push(...own);
  }
  const shares = [...openByRegulator].map(([code, jobs]) => `${code} ${jobs.length}`).join(', ');
  options.log(`submitInspection: ${rows.length} open tasks (${shares}) for ${clients.length} staff users`);

  const baseline = await runEmptyUpdates({
    client: api.env.client,
    connection: api.env.nativeConnection,
    count: rows.length,
    concurrency: options.concurrency,
    log: options.log,
  });
  const bare = summarize(baseline.latenciesMs);
  options.log(`bare Update of an empty workflow: ${baseline.perSecond.toFixed(1)} /s; ${describeMs(bare)}`);

  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const started = performance.now();
  await inPool(clients, clients.length, async (client) => {
    for (const job of client.jobs) {
      const response = await api.post(
        SUBMIT,
        {
          input: {
            taskId: job.globalId,
            inspectorCount: 2,
            notes: '双随机抽查',
            idempotencyKey: randomUUID(),
            findings: [
              { level: 'GENERAL', description: '安全出口指示标志损坏', location: '一号车间', rectifyBy: inDays(10) },
            ],
          },
        },
        client.token,
      );
      const error =
        firstError(response) ??
        (submitted.safeParse(response.body).success
          ? null
          : `unexpected answer ${JSON.stringify(response.body).slice(0, 200)}`);
      if (error) errors.set(error, (errors.get(error) ?? 0) + 1);
      else latencies.push(response.ms);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  for (const [error, count] of errors) options.log(`submitInspection error ×${count}: ${error}`);
  if (latencies.length === 0) throw new Error('no inspection was submitted');
  const recorded = await db
    .selectFrom('inspection')
    .innerJoin('task', 'task.id', 'inspection.task_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('task.campaign_id', '=', options.campaignId)
    .executeTakeFirstOrThrow();
  const perSecond = latencies.length / seconds;
  const summary = summarize(latencies);
  options.log(
    `submitInspection over HTTP: ${latencies.length} ok in ${seconds.toFixed(1)} s = ${perSecond.toFixed(1)} /s; ${describeMs(summary)}; ` +
      `${recorded.n} inspections recorded`,
  );
  const sampled = rows.filter((_, i) => i % Math.max(1, Math.floor(rows.length / 40)) === 0).map((row) => row.id);
  options.log(`inside Temporal, from ${sampled.length} task workflow histories:`);
  for (const line of await submissionPhases(api.env.client, sampled)) options.log(`  ${line}`);
  return [
    { bench: 'submit_inspection_per_s', value: perSecond, unit: 'req/s', baseline: baseline.perSecond },
    { bench: 'submit_inspection_p95_ms', value: summary.p95, unit: 'ms', baseline: bare.p95 },
  ];
}
