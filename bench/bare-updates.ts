// The submitInspection baselines on the same Temporal server, with the same number in flight: a bare Update of an
// empty workflow, and a bare Update whose handler runs recordInspection (the same local activity, one transaction).
// Both find their workflows already running and past their first workflow task, as task workflows are after the
// fan-out. The worker has the app's activities and the default settings the app's worker has.
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { Worker, bundleWorkflowCode, type NativeConnection } from '@temporalio/worker';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { createActivities } from '../activities/index';
import type { SubmitInspectionInput } from '../workflows/messages';
import { ping } from './empty-update-workflow';
import { record } from './recording-update-workflow';
import { inPool, quietLogger, timeMs } from './stats';

export interface UpdateRun {
  seconds: number;
  perSecond: number;
  latenciesMs: number[];
}

/** Sends one request per item, `concurrency` in flight, timing each and the whole. */
export async function timedRun<T>(
  items: readonly T[],
  concurrency: number,
  send: (item: T, index: number) => Promise<unknown>,
): Promise<UpdateRun> {
  const latenciesMs: number[] = [];
  const started = performance.now();
  await inPool(items, concurrency, async (item, i) => {
    latenciesMs.push(await timeMs(() => send(item, i)));
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, perSecond: items.length / seconds, latenciesMs };
}

export interface BareUpdates {
  /** Starts `count` empty workflows, then sends each one Update `ping`. */
  empty(count: number, concurrency: number): Promise<UpdateRun>;
  /** Starts a recording workflow per task, then sends each the Update `record` with the task's submission. */
  recording(jobs: { taskId: number; submission: SubmitInspectionInput }[], concurrency: number): Promise<UpdateRun>;
  stop(): Promise<void>;
}

export async function startBareUpdates(options: {
  client: Client;
  connection: NativeConnection;
  db: Kysely<DB>;
}): Promise<BareUpdates> {
  const { client } = options;
  const taskQueue = 'bench-bare-update';
  const worker = await Worker.create({
    connection: options.connection,
    taskQueue,
    activities: createActivities({ db: options.db, client, taskQueue }),
    workflowBundle: await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./bare-update-workflows.ts', import.meta.url)),
      logger: quietLogger,
    }),
  });
  const running = worker.run();
  let runs = 0;

  async function startAll(ids: string[], type: string, args: (i: number) => unknown[], concurrency: number) {
    await inPool(ids, concurrency, async (workflowId, i) => {
      await client.workflow.start(type, { workflowId, taskQueue, args: args(i) });
    });
    // Wait until each has run its first workflow task (4 history events), so the Update meets a running workflow.
    for (let waiting = ids; waiting.length > 0;) {
      const still: string[] = [];
      await inPool(waiting, concurrency, async (workflowId) => {
        const { historyLength } = await client.workflow.getHandle(workflowId).describe();
        if (historyLength < 4) still.push(workflowId);
      });
      waiting = still;
      if (waiting.length > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  return {
    async empty(count, concurrency) {
      runs += 1;
      const ids = Array.from({ length: count }, (_, i) => `empty-update-${runs}-${i}`);
      await startAll(ids, 'emptyUpdateWorkflow', () => [], concurrency);
      return timedRun(ids, concurrency, (id) => client.workflow.getHandle(id).executeUpdate(ping));
    },
    async recording(jobs, concurrency) {
      runs += 1;
      const ids = jobs.map((job) => `recording-update-${runs}-${job.taskId}`);
      await startAll(ids, 'recordingUpdateWorkflow', (i) => [jobs[i]?.taskId], concurrency);
      return timedRun(ids, concurrency, (id, i) =>
        client.workflow.getHandle(id).executeUpdate(record, { args: [jobs[i]?.submission as SubmitInspectionInput] }),
      );
    },
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}
