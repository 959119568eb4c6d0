// Recorded workflow histories for the replay test: `RECORD_HISTORIES=1 npx vitest run tests/workflows`
// writes them from the time-skipping tests, as protobuf; they are committed and replayed against every change.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { PROJECT_ROOT } from '../../server/temporal-binaries';

export const HISTORIES_DIR = path.join(PROJECT_ROOT, 'tests', 'workflows', 'histories');
export const HistoryProto = temporal.api.history.v1.History;

export async function recordHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (!process.env.RECORD_HISTORIES) return;
  const history = HistoryProto.fromObject(await handle.fetchHistory());
  await writeFile(path.join(HISTORIES_DIR, `${name}.binpb`), HistoryProto.encode(history).finish());
}
