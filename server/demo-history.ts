// `npm start` on an empty DATA_DIR gives the demo county a recent past and a running present
// (seed/demo-county/history), written in the background once the system is up, with progress lines. A marker file in
// DATA_DIR says whether it finished: a first start stopped halfway leaves a partial history, and later starts say so.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { seedDemoHistory } from '../seed/demo-county/history/index';
import { startDemoResponse } from './demo-response';
import { startDemoSupervisionRound } from './demo-supervision';

const markerOf = (dataDir: string) => path.join(dataDir, 'demo-history.json');

export interface DemoHistoryRun {
  /** Asks the writer to stop at its next step and waits for it. */
  stop(): Promise<void>;
}

export function writeDemoHistoryInBackground(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  dataDir: string;
  log: (line: string) => void;
}): DemoHistoryRun {
  const controller = new AbortController();
  const started = performance.now();
  let last = 0;
  const done = (async () => {
    await writeFile(markerOf(deps.dataDir), JSON.stringify({ status: 'writing', at: new Date().toISOString() }));
    deps.log("writing the demo county's history in the background (a finished campaign and a running one)…");
    const summary = await seedDemoHistory(
      deps.db,
      { client: deps.client, taskQueue: deps.taskQueue },
      {
        now: new Date(),
        signal: controller.signal,
        onProgress: (line) => {
          // A line every five seconds is enough to see it moving.
          if (performance.now() - last < 5_000) return;
          last = performance.now();
          deps.log(line);
        },
      },
    );
    // And this month's 督导 under way, through the services a person uses.
    await startDemoSupervisionRound(deps, controller.signal);
    // And a flood-season response running over three townships' 包保 chains.
    await startDemoResponse(deps, controller.signal);
    await writeFile(markerOf(deps.dataDir), JSON.stringify({ status: 'done', at: new Date().toISOString(), summary }));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    deps.log(
      `demo history written in ${seconds} s: ${summary.campaigns} campaigns, ${summary.inspections} inspections, ${summary.hazards} hazards (${summary.hazardsOpen} open, in running workflows), ${summary.reports} reports`,
    );
  })().catch((error: unknown) => {
    if (controller.signal.aborted) deps.log('demo history: stopped before it was complete');
    else console.error(`demo history failed: ${error instanceof Error ? error.message : String(error)}`);
  });
  return {
    async stop() {
      controller.abort();
      // The writer stops at its next step; a step waiting on a busy engine (an Update) is not waited for long:
      // what it leaves half-done is what the marker says.
      await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
    },
  };
}

/** On a later start: a sentence when the first start's history was cut short, else null. */
export async function interruptedDemoHistory(dataDir: string): Promise<string | null> {
  const text = await readFile(markerOf(dataDir), 'utf8').catch(() => null);
  if (text === null) return null;
  const marker = JSON.parse(text) as { status?: string };
  return marker.status === 'writing'
    ? "note: the demo county's history was cut short on the first start; remove DATA_DIR and start again for the whole demo"
    : null;
}
