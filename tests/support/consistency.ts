// The consistency checker: gathers what the workflows hold (their queries while running, their results once
// completed) and what PostgreSQL holds, plus duplicates and half-written changes found by SQL, and hands them
// to the pure comparison in tests/support/read-model-comparison.ts. Run it when the workflows have no pending work (pendingWork).
import type { Client, WorkflowHandle } from '@temporalio/client';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import {
  compareReadModel,
  type ConsistencyFacts,
  type Duplicate,
  type HalfWrite,
  type HeldState,
  type Lifecycle,
  type Mismatch,
} from './read-model-comparison';
import { getCampaignState, getHazardState, getTaskState } from '../../workflows/messages';

const SUBJECTS: Record<string, { subject: Lifecycle; query: string }> = {
  campaignWorkflow: { subject: 'CAMPAIGN', query: getCampaignState.name },
  taskWorkflow: { subject: 'TASK', query: getTaskState.name },
  hazardWorkflow: { subject: 'HAZARD', query: getHazardState.name },
};

async function inPool<T, R>(items: T[], width: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const index = next;
        next += 1;
        results[index] = await run(items[index] as T);
      }
    }),
  );
  return results;
}

interface Execution {
  type: string;
  workflowId: string;
  status: string;
}

/** The latest run of every workflow on the task queue (a campaign that continued as new counts once). */
async function executions(client: Client, taskQueue: string): Promise<Execution[]> {
  const latest = new Map<string, Execution>();
  for await (const info of client.workflow.list({ query: `TaskQueue="${taskQueue}"` })) {
    if (info.status.name === 'CONTINUED_AS_NEW') continue;
    latest.set(info.workflowId, { type: info.type, workflowId: info.workflowId, status: info.status.name });
  }
  return [...latest.values()];
}

/** What each campaign, task and hazard workflow holds: the query while it runs, its result once it completed. */
export async function heldStates(client: Client, taskQueue: string): Promise<HeldState[]> {
  const known = (await executions(client, taskQueue)).filter((e) => SUBJECTS[e.type]);
  return inPool(known, 16, async (execution) => {
    const { subject, query } = SUBJECTS[execution.type] as (typeof SUBJECTS)[string];
    const id = Number(execution.workflowId.slice(execution.workflowId.lastIndexOf('-') + 1));
    const handle: WorkflowHandle = client.workflow.getHandle(execution.workflowId);
    let status: string | null = null;
    try {
      const state =
        execution.status === 'COMPLETED'
          ? ((await handle.result()) as { status: string })
          : await handle.query<{ status: string }>(query);
      status = state.status;
    } catch {
      status = null;
    }
    return { subject, id, execution: execution.status, status };
  });
}

export interface PendingWork {
  /** Activities scheduled, running or retrying; `retrying` of them are past their first attempt. */
  activities: number;
  retrying: number;
  /** Workflow tasks not yet completed and child workflows not yet started. */
  workflowTasks: number;
  children: number;
  total: number;
}

/** What running workflows still have to do: the read model is settled when there is nothing. */
export async function pendingWork(client: Client, taskQueue: string): Promise<PendingWork> {
  const running = (await executions(client, taskQueue)).filter((e) => e.status === 'RUNNING');
  const described = await inPool(
    running,
    16,
    async (e) => (await client.workflow.getHandle(e.workflowId).describe()).raw,
  );
  const work: PendingWork = { activities: 0, retrying: 0, workflowTasks: 0, children: 0, total: 0 };
  for (const raw of described) {
    const activities = raw.pendingActivities ?? [];
    work.activities += activities.length;
    work.retrying += activities.filter((a) => (a.attempt ?? 1) > 1).length;
    work.workflowTasks += raw.pendingWorkflowTask ? 1 : 0;
    work.children += raw.pendingChildren?.length ?? 0;
  }
  work.total = work.activities + work.workflowTasks + work.children;
  return work;
}

/**
 * True once each of these workflows is at rest: closed, or running with no workflow task, activity or child start
 * pending (only timers and messages left to wait for). A workflow not started yet is not at rest.
 */
export async function workflowsAtRest(client: Client, workflowIds: readonly string[]): Promise<boolean> {
  const rests = await inPool([...workflowIds], 16, async (workflowId) => {
    try {
      const raw = (await client.workflow.getHandle(workflowId).describe()).raw;
      if (raw.workflowExecutionInfo?.closeTime) return true;
      return !raw.pendingWorkflowTask && !raw.pendingActivities?.length && !raw.pendingChildren?.length;
    } catch {
      return false;
    }
  });
  return rests.every(Boolean);
}

type Rows<T> = Promise<{ rows: T[] }>;
const rowsOf = async <T>(query: Rows<T>) => (await query).rows;

/** Keys with more rows than they may have. */
export async function duplicateRows(db: Kysely<DB>): Promise<Duplicate[]> {
  const checks: [string, ReturnType<typeof sql<{ key: string; n: number }>>][] = [
    [
      'inspection per idempotency key',
      sql`select idempotency_key as key, count(*)::int as n from inspection where idempotency_key is not null group by 1 having count(*) > 1`,
    ],
    [
      'inspection per task',
      sql`select task_id::text as key, count(*)::int as n from inspection group by 1 having count(*) > 1`,
    ],
    [
      'hazard per finding',
      sql`select inspection_id || ':' || finding_index as key, count(*)::int as n from hazard group by inspection_id, finding_index having count(*) > 1`,
    ],
    [
      'hazard event per hazard, kind and instant',
      sql`select hazard_id || ':' || kind || ':' || at as key, count(*)::int as n from hazard_event group by hazard_id, kind, at having count(*) > 1`,
    ],
    [
      'found or listed event per hazard',
      sql`select hazard_id || ':' || kind as key, count(*)::int as n from hazard_event where kind in ('FOUND', 'LISTED_SUPERVISION') group by hazard_id, kind having count(*) > 1`,
    ],
    [
      'escalation per subject, level and instant',
      sql`select coalesce('task-' || task_id, 'hazard-' || hazard_id) || ':' || level || ':' || raised_at as key, count(*)::int as n from escalation group by task_id, hazard_id, level, raised_at having count(*) > 1`,
    ],
    [
      'audit row per recorded inspection',
      sql`select subject_id as key, count(*)::int as n from audit_log where action = 'submitInspection' group by 1 having count(*) > 1`,
    ],
    [
      'campaign per idempotency key',
      sql`select idempotency_key as key, count(*)::int as n from campaign where idempotency_key is not null group by 1 having count(*) > 1`,
    ],
  ];
  const found: Duplicate[] = [];
  for (const [what, query] of checks) {
    for (const row of await rowsOf(query.execute(db))) found.push({ what, key: row.key, count: row.n });
  }
  return found;
}

/** Changes recorded in part: each row with the companions its transaction writes with it. */
export async function halfWrittenRows(db: Kysely<DB>): Promise<HalfWrite[]> {
  const checks: [string, ReturnType<typeof sql<{ key: string }>>][] = [
    [
      'inspection of a task not DONE',
      sql`select i.id::text as key from inspection i join task t on t.id = i.task_id where t.status <> 'DONE'`,
    ],
    [
      'task DONE without its inspection',
      sql`select t.id::text as key from task t where t.status = 'DONE' and not exists (select 1 from inspection i where i.task_id = t.id)`,
    ],
    [
      'inspection without its audit row',
      sql`select i.id::text as key from inspection i where not exists (select 1 from audit_log a where a.action = 'submitInspection' and a.subject_type = 'Task' and a.subject_id = i.task_id::text)`,
    ],
    [
      'hazard without its FOUND event',
      sql`select h.id::text as key from hazard h where not exists (select 1 from hazard_event e where e.hazard_id = h.id and e.kind = 'FOUND')`,
    ],
    [
      "hazard whose status is not its last event's",
      sql`select h.id::text as key from hazard h join lateral (
        select e.to_status from hazard_event e where e.hazard_id = h.id and e.kind in ('FOUND', 'RECTIFICATION_REPORTED', 'VERIFICATION_PASSED', 'VERIFICATION_REJECTED')
        order by e.id desc limit 1) last on true where last.to_status <> h.status`,
    ],
    [
      'hazard transitions without their audit rows',
      sql`select h.id::text as key from hazard h where
        (select count(*) from hazard_event e where e.hazard_id = h.id and e.kind in ('RECTIFICATION_REPORTED', 'VERIFICATION_PASSED', 'VERIFICATION_REJECTED'))
        <> (select count(*) from audit_log a where a.subject_type = 'Hazard' and a.subject_id = h.id::text and a.action in ('reportRectification', 'verifyRectification'))`,
    ],
    [
      'hazard escalation without its event',
      sql`select x.id::text as key from escalation x where x.hazard_id is not null and not exists (select 1 from hazard_event e where e.event_key = 'escalation:' || x.rung_key)`,
    ],
    [
      'campaign without its launch audit row',
      sql`select c.id::text as key from campaign c where not exists (select 1 from audit_log a where a.action = 'launchCampaign' and a.subject_id = c.id::text)`,
    ],
  ];
  const found: HalfWrite[] = [];
  for (const [what, query] of checks) {
    for (const row of await rowsOf(query.execute(db))) found.push({ what, key: row.key });
  }
  return found;
}

export interface ConsistencyReport {
  mismatches: Mismatch[];
  /** Workflow states compared with their rows, and rows read by the duplicate and half-written checks. */
  checked: { workflows: number; rows: number; writes: number };
  duplicates: number;
  halfWritten: number;
}

/**
 * Compares the read model with the workflows. `findingsSubmitted` (task id → findings of the inspection the
 * client had accepted) adds the check that every finding became exactly one hazard.
 */
export async function checkConsistency(deps: {
  client: Client;
  taskQueue: string;
  db: Kysely<DB>;
  findingsSubmitted?: Map<number, number>;
}): Promise<ConsistencyReport> {
  const { db } = deps;
  const workflows = await heldStates(deps.client, deps.taskQueue);
  const [campaigns, tasks, hazards] = await Promise.all([
    db.selectFrom('campaign').select(['id', 'status']).execute(),
    db.selectFrom('task').select(['id', 'status']).execute(),
    db.selectFrom('hazard').select(['id', 'status']).execute(),
  ]);
  const hazardsRecorded = await rowsOf(
    sql<{ taskId: number; hazards: number }>`
    select i.task_id as "taskId", count(h.id)::int as hazards from inspection i left join hazard h on h.inspection_id = i.id group by i.task_id`.execute(
      db,
    ),
  );
  const duplicates = await duplicateRows(db);
  const halfWritten = await halfWrittenRows(db);
  const facts: ConsistencyFacts = {
    workflows,
    rows: [
      ...campaigns.map((r) => ({ subject: 'CAMPAIGN' as const, id: r.id, status: r.status })),
      ...tasks.map((r) => ({ subject: 'TASK' as const, id: r.id, status: r.status })),
      ...hazards.map((r) => ({ subject: 'HAZARD' as const, id: r.id, status: r.status })),
    ],
    hazardsRecorded,
    findingsSubmitted: deps.findingsSubmitted
      ? [...deps.findingsSubmitted].map(([taskId, findings]) => ({ taskId, findings }))
      : null,
    duplicates,
    halfWritten,
  };
  const [writes] = await rowsOf(
    sql<{ n: number }>`select
      (select count(*) from inspection) + (select count(*) from hazard_event) + (select count(*) from escalation)
      + (select count(*) from audit_log) as n`.execute(db),
  );
  return {
    mismatches: compareReadModel(facts),
    checked: { workflows: workflows.length, rows: facts.rows.length, writes: Number(writes?.n ?? 0) },
    duplicates: duplicates.length,
    halfWritten: halfWritten.length,
  };
}
