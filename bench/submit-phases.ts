// Where a submission's time went inside Temporal, read from task workflow histories: the Update's wait for a
// workflow task, that workflow task (it runs recordInspection as a local activity), the reply, and the hazard
// workflows started after it. Histories from before the local-activity patch also show the activity's phases.
import type { Client } from '@temporalio/client';
// A CommonJS package whose named exports Node cannot see from ESM: its namespace object, types alongside.
import proto, { type temporal } from '@temporalio/proto';
import { taskWorkflowId } from '../workflows/messages';
import { percentile } from './stats';

const EventType = proto.temporal.api.enums.v1.EventType;
type Timestamp = temporal.api.history.v1.IHistoryEvent['eventTime'];

const PHASES = [
  [
    'Update waits for a workflow task (queue)',
    EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
  ],
  [
    'workflow task taking the Update (recordInspection inside it when local)',
    EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
  ],
  [
    'recordInspection as a remote activity: queue + run',
    EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
    EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
  ],
  [
    'whole Update inside the workflow',
    EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
  ],
  [
    'reply → hazard workflows started (after the task workflow ends)',
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED,
  ],
] as const;

function ms(ts: Timestamp): number | null {
  if (!ts) return null;
  const seconds = typeof ts.seconds === 'number' ? ts.seconds : (ts.seconds?.toNumber() ?? 0);
  return seconds * 1000 + (ts.nanos ?? 0) / 1e6;
}

/** Median and p95 of each phase over the histories of these task workflows, one line each. */
export async function submissionPhases(client: Client, taskIds: readonly number[]): Promise<string[]> {
  const samples = new Map<string, number[]>(PHASES.map(([name]) => [name, []]));
  for (const taskId of taskIds) {
    const events = (await client.workflow.getHandle(taskWorkflowId(taskId)).fetchHistory()).events ?? [];
    const accepted = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);
    if (accepted < 0) continue;
    // The submission's own events: from the workflow task the Update arrived with, on.
    const admitted = events
      .slice(0, accepted)
      .findLastIndex((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED);
    const own = events.slice(Math.max(0, admitted));
    for (const [name, from, to] of PHASES) {
      const start = own.find((e) => e.eventType === from);
      const end = own.find((e) => e.eventType === to);
      const a = ms(start?.eventTime);
      const b = ms(end?.eventTime);
      if (a !== null && b !== null) samples.get(name)?.push(b - a);
    }
  }
  return [...samples]
    .filter(([, values]) => values.length > 0)
    .map(
      ([name, values]) =>
        `${name}: p50 ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms (n=${values.length})`,
    );
}
