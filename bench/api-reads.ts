// Reads over HTTP against the same SQL run directly: the leader's dashboard and a regulator's inbox. Requests
// are sequential and interleaved with their raw baseline, so both meet the same background load.
import { z } from 'zod';
import { createDashboardRepository, type DashboardQuery } from '../db/repositories/dashboard';
import { createTaskRepository } from '../db/repositories/tasks';
import type { RowScope } from '../db/repositories/scope';
import { dataOf, type ApiHarness, type GraphQLResponse, firstError } from './api-harness';
import { describeMs, summarize, timeMs, type Figure } from './stats';

export interface ReadOptions {
  runs: number;
  warmup: number;
  log: (line: string) => void;
}

const FIGURES =
  'inspections inspectorsDispatched enterprisesInspected hazardsFound hazardsClosed majorHazards majorHazardsOpen overdueHazards rectificationRate';
export const DASHBOARD = `query Dashboard {
  dashboard {
    ${FIGURES}
    byRegulator { key name orgUnit { code } ${FIGURES} }
    byTownship { key name orgUnit { code } ${FIGURES} }
    byIndustry { key name industry ${FIGURES} }
  }
}`;

export const INBOX = `query Inbox($first: Int) {
  myTasks(first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind status overdue dueAt doneAt enterprise { id name industry address township { name } } campaign { id name endsAt } assignee { code name } inspection { id } } }
  }
}`;

const dashboardShape = z.object({
  dashboard: z.object({ hazardsFound: z.number(), byRegulator: z.array(z.object({ name: z.string() })) }),
});
const inboxShape = z.object({
  myTasks: z.object({ totalCount: z.number(), edges: z.array(z.object({ node: z.object({ status: z.string() }) })) }),
});

/** Times `http` and `raw` alternately, `runs` times each after `warmup` untimed rounds; an HTTP error stops the bench. */
async function interleaved(
  runs: number,
  warmup: number,
  http: () => Promise<GraphQLResponse>,
  raw: () => Promise<unknown>,
) {
  const httpMs: number[] = [];
  const rawMs: number[] = [];
  const timeHttp = async (keep: boolean) => {
    const response = await http();
    const error = firstError(response);
    if (error) throw new Error(`request failed: ${error}`);
    if (keep) httpMs.push(response.ms);
  };
  const timeRaw = async (keep: boolean) => {
    const ms = await timeMs(raw);
    if (keep) rawMs.push(ms);
  };
  for (let i = 0; i < warmup + runs; i += 1) {
    const keep = i >= warmup;
    // Alternate which goes first, so neither always follows the other's cache footprint.
    if (i % 2 === 0) {
      await timeHttp(keep);
      await timeRaw(keep);
    } else {
      await timeRaw(keep);
      await timeHttp(keep);
    }
  }
  return { http: summarize(httpMs), raw: summarize(rawMs) };
}

/** The county dashboard as an admin sees it, against createDashboardRepository(db).figures with the same window. */
export async function benchDashboard(api: ApiHarness, options: ReadOptions): Promise<Figure[]> {
  const token = await api.login('admin');
  const repository = createDashboardRepository(api.database.db);
  // The window the resolver uses for an admin without a filter: all time up to now.
  const query = (): DashboardQuery => {
    const now = new Date();
    return {
      from: new Date(0),
      to: new Date(now.getTime() + 1),
      campaignId: null,
      regulatorId: null,
      townshipId: null,
      now,
    };
  };
  const viaHttp = dataOf(await api.post(DASHBOARD, {}, token), dashboardShape, 'dashboard').dashboard;
  const direct = await repository.figures(query());
  if (viaHttp.hazardsFound !== direct.hazardsFound)
    throw new Error(`dashboard says ${viaHttp.hazardsFound} hazards, the SQL ${direct.hazardsFound}`);
  options.log(
    `dashboard: ${viaHttp.hazardsFound} hazards, ${viaHttp.byRegulator.length} regulator rows; ${options.runs} sequential requests each way`,
  );

  const { http, raw } = await interleaved(
    options.runs,
    options.warmup,
    () => api.post(DASHBOARD, {}, token),
    () => repository.figures(query()),
  );
  options.log(`dashboard over HTTP: ${describeMs(http)}`);
  options.log(`dashboard raw SQL:   ${describeMs(raw)}`);
  const ratio = http.p50 / raw.p50;
  options.log(
    `dashboard targets: ratio p50 ${ratio.toFixed(2)} ≤ 1.5 ${ratio <= 1.5 ? 'MET' : 'NOT MET'}; ` +
      `p95 ${http.p95.toFixed(1)} ms < 150 ms ${http.p95 < 150 ? 'MET' : 'NOT MET'} (p95 ratio ${(http.p95 / raw.p95).toFixed(2)} ≤ 1.5 ${http.p95 / raw.p95 <= 1.5 ? 'MET' : 'NOT MET'})`,
  );
  return [
    { bench: 'dashboard_http_p50_ms', value: http.p50, unit: 'ms', baseline: raw.p50 },
    { bench: 'dashboard_http_p95_ms', value: http.p95, unit: 'ms', baseline: raw.p95 },
  ];
}

/**
 * The first inbox page of a regulator's staff with its enterprise, campaign and assignee, against the two
 * queries the resolver issues for it (the page and its totalCount) run directly with the same scope.
 */
export async function benchMyTasks(
  api: ApiHarness,
  options: ReadOptions & { username: string; regulatorCode: string },
): Promise<Figure[]> {
  const token = await api.login(options.username);
  const org = await api.orgId(options.regulatorCode);
  const tasks = createTaskRepository(api.database.db);
  const scope: RowScope = { kind: 'regulator', orgUnitId: org };
  // As the resolver asks for a regulator's inbox (services/access.ts tasksToDoBy).
  const filter = { kinds: ['INSPECT', 'VERIFY'] as const, assigneeOrgId: org, status: null, overdue: null };
  // connectionOf asks for one row more than `first` to know whether a next page exists.
  const page = { limit: 51, offset: 0 };
  const first = dataOf(await api.post(INBOX, { first: 50 }, token), inboxShape, 'myTasks').myTasks;
  const open = first.edges.filter((e) => e.node.status === 'OPEN').length;
  options.log(
    `myTasks as ${options.username}: ${first.totalCount} tasks in scope, first page ${first.edges.length} (${open} open)`,
  );

  const { http, raw } = await interleaved(
    options.runs,
    options.warmup,
    () => api.post(INBOX, { first: 50 }, token),
    () => {
      const now = new Date();
      return Promise.all([tasks.list(scope, filter, page, now), tasks.count(scope, filter, now)]);
    },
  );
  const listOnly: number[] = [];
  const countOnly: number[] = [];
  for (let i = 0; i < Math.min(options.runs, 50); i += 1) {
    listOnly.push(await timeMs(() => tasks.list(scope, filter, page, new Date())));
    countOnly.push(await timeMs(() => tasks.count(scope, filter, new Date())));
  }
  options.log(`myTasks(first: 50) over HTTP:   ${describeMs(http)}`);
  options.log(`myTasks raw SQL, page + count: ${describeMs(raw)}`);
  options.log(
    `  of which the page query alone: ${describeMs(summarize(listOnly))}; the count alone: ${describeMs(summarize(countOnly))}`,
  );
  return [{ bench: 'mytasks_first50_p95_ms', value: http.p95, unit: 'ms', baseline: raw.p95 }];
}
