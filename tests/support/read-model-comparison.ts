// Does the read model say what the workflows hold? A pure comparison of facts gathered elsewhere: the status
// each campaign, task and hazard workflow holds, the rows PostgreSQL has for them, the findings the clients
// had accepted, and the duplicates and half-written changes found by SQL. Every disagreement is a mismatch.

export const LIFECYCLES = ['CAMPAIGN', 'TASK', 'HAZARD'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/** What a workflow holds: its execution status (RUNNING, COMPLETED, …) and the lifecycle status of its state. */
export interface HeldState {
  subject: Lifecycle;
  id: number;
  execution: string;
  /** Null when the workflow's state could not be read. */
  status: string | null;
}

export interface StoredState {
  subject: Lifecycle;
  id: number;
  status: string;
}

/** One key that has more rows than it may have. */
export interface Duplicate {
  what: string;
  key: string;
  count: number;
}

/** A change recorded in part: a row whose companions (status, event, audit row) are missing. */
export interface HalfWrite {
  what: string;
  key: string;
}

export interface ConsistencyFacts {
  workflows: HeldState[];
  rows: StoredState[];
  /** Hazard rows recorded for each inspected task. */
  hazardsRecorded: { taskId: number; hazards: number }[];
  /** Findings of each inspection the clients had accepted; null when nobody kept a ledger. */
  findingsSubmitted: { taskId: number; findings: number }[] | null;
  duplicates: Duplicate[];
  halfWritten: HalfWrite[];
}

export type MismatchKind =
  'STATUS' | 'NO_WORKFLOW' | 'NO_ROW' | 'WORKFLOW_NOT_HEALTHY' | 'HAZARD_COUNT' | 'DUPLICATE' | 'HALF_WRITTEN';

export interface Mismatch {
  kind: MismatchKind;
  subject: string;
  /** What the workflows (or the clients) hold. */
  held: string | null;
  /** What the read model holds. */
  stored: string | null;
}

const HEALTHY_EXECUTIONS = new Set(['RUNNING', 'COMPLETED']);
const keyOf = (subject: string, id: number) => `${subject.toLowerCase()}-${id}`;

export function compareReadModel(facts: ConsistencyFacts): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const rows = new Map(facts.rows.map((row) => [keyOf(row.subject, row.id), row]));
  const held = new Map<string, HeldState>();
  for (const workflow of facts.workflows) {
    const key = keyOf(workflow.subject, workflow.id);
    if (held.has(key)) mismatches.push({ kind: 'DUPLICATE', subject: key, held: 'two workflows', stored: null });
    held.set(key, workflow);
  }

  for (const [key, workflow] of held) {
    const row = rows.get(key);
    if (!HEALTHY_EXECUTIONS.has(workflow.execution) || workflow.status === null) {
      mismatches.push({
        kind: 'WORKFLOW_NOT_HEALTHY',
        subject: key,
        held: `${workflow.execution}/${workflow.status ?? 'unreadable'}`,
        stored: row?.status ?? null,
      });
    } else if (!row) {
      mismatches.push({ kind: 'NO_ROW', subject: key, held: workflow.status, stored: null });
    } else if (row.status !== workflow.status) {
      mismatches.push({ kind: 'STATUS', subject: key, held: workflow.status, stored: row.status });
    }
  }
  for (const [key, row] of rows) {
    if (!held.has(key)) mismatches.push({ kind: 'NO_WORKFLOW', subject: key, held: null, stored: row.status });
  }

  if (facts.findingsSubmitted) {
    const recorded = new Map(facts.hazardsRecorded.map((r) => [r.taskId, r.hazards]));
    const submitted = new Map(facts.findingsSubmitted.map((s) => [s.taskId, s.findings]));
    for (const [taskId, findings] of submitted) {
      const hazards = recorded.get(taskId) ?? 0;
      if (hazards !== findings)
        mismatches.push({
          kind: 'HAZARD_COUNT',
          subject: keyOf('TASK', taskId),
          held: `${findings} findings`,
          stored: `${hazards} hazards`,
        });
    }
    for (const [taskId, hazards] of recorded) {
      if (!submitted.has(taskId) && hazards > 0) {
        mismatches.push({
          kind: 'HAZARD_COUNT',
          subject: keyOf('TASK', taskId),
          held: 'no accepted inspection',
          stored: `${hazards} hazards`,
        });
      }
    }
  }

  for (const d of facts.duplicates)
    mismatches.push({ kind: 'DUPLICATE', subject: `${d.what} ${d.key}`, held: '1', stored: String(d.count) });
  for (const h of facts.halfWritten)
    mismatches.push({ kind: 'HALF_WRITTEN', subject: `${h.what} ${h.key}`, held: null, stored: null });
  return mismatches;
}

export function describeMismatch(m: Mismatch): string {
  return `${m.kind} ${m.subject}${m.held !== null || m.stored !== null ? `: held ${m.held ?? '—'}, stored ${m.stored ?? '—'}` : ''}`;
}
