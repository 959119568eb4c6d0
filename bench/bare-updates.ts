// The submitInspection baseline: a bare Update of an empty workflow on the same Temporal server, with the same
// number in flight. Both sides find their workflows already running, as task workflows are after the fan-out.
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import { Worker, bundleWorkflowCode, type NativeConnection } from '@temporalio/worker';
import { ping } from './empty-update-workflow';
import { inPool, quietLogger, timeMs } from './stats';

export interface UpdateRun {
  seconds: number;
  perSecond: number;
  latenciesMs: number[];
}

export async function runEmptyUpdates(options: {
  client: Client;
  connection: NativeConnection;
  count: number;
  concurrency: number;
  log: (line: string) => void;
}): Promise<UpdateRun> {
  const { client, count, concurrency } = options;
  const taskQueue = 'bench-empty-update';
  const worker = await Worker.create({
    connection: options.connection,
    taskQueue,
    activities: {},
    workflowBundle: await bundleWorkflowCode({
      workflowsPath: fileURLToPath(new URL('./empty-update-workflow.ts', import.meta.url)),
      logger: quietLogger,
    }),
  });
  const running = worker.run();
  try {
    const ids = Array.from({ length: count }, (_, i) => `empty-update-${i}`);
    await inPool(ids, concurrency, async (workflowId) => {
      await client.workflow.start('emptyUpdateWorkflow', { workflowId, taskQueue, args: [] });
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
    options.log(`started ${count} empty workflows; sending one Update each, ${concurrency} in flight`);
    const latenciesMs: number[] = [];
    const started = performance.now();
    await inPool(ids, concurrency, async (workflowId) => {
      latenciesMs.push(await timeMs(() => client.workflow.getHandle(workflowId).executeUpdate(ping)));
    });
    const seconds = (performance.now() - started) / 1000;
    return { seconds, perSecond: count / seconds, latenciesMs };
  } finally {
    worker.shutdown();
    await running;
  }
}
