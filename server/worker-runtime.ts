// Runs the Temporal worker: bundled workflows from workflows/, activities built from their dependencies.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  Worker,
  bundleWorkflowCode,
  type NativeConnection,
  type WorkflowBundleOption,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../activities/index';
import { createNotificationRepository } from '../db/repositories/notifications';

const require = createRequire(import.meta.url);
export const WORKFLOWS_PATH = require.resolve('../workflows/index.ts');

let bundle: Promise<WorkflowBundleWithSourceMap> | undefined;

/** Bundles the workflow code once per process. */
export function workflowBundle(): Promise<WorkflowBundleWithSourceMap> {
  bundle ??= bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietBundlerLogger });
  return bundle;
}

/**
 * Writes the bundle (its source map inline) to `file`, for workers that start from it (`WORKFLOW_BUNDLE`):
 * a restarted worker then polls in about a second instead of bundling for ~15 s.
 */
export async function writeWorkflowBundle(file: string): Promise<void> {
  const { code } = await workflowBundle();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, code);
}

const noop = () => undefined;
const quietBundlerLogger = {
  trace: noop,
  debug: noop,
  info: noop,
  warn: noop,
  error: (message: string) => console.error(message),
  log: noop,
};

export interface RunningWorker {
  worker: Worker;
  /** Resolves once the worker has shut down. */
  done: Promise<void>;
  stop(): Promise<void>;
}

export async function startWorker(options: {
  connection: NativeConnection;
  namespace: string;
  taskQueue: string;
  deps: ActivityDeps;
  /** A bundle written by `npm run build:workflows` from this same code; bundled at start when absent. */
  bundlePath?: string | undefined;
}): Promise<RunningWorker> {
  const bundle: WorkflowBundleOption = options.bundlePath ? { codePath: options.bundlePath } : await workflowBundle();
  // The worker states its delivery channels: new notices are queued for exactly those.
  await createNotificationRepository(options.deps.db).setChannels((options.deps.senders ?? []).map((s) => s.channel));
  const worker = await Worker.create({
    connection: options.connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: bundle,
    activities: createActivities(options.deps),
  });
  const done = worker.run();
  return {
    worker,
    done,
    stop: async () => {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done;
    },
  };
}
