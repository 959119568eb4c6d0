// One task of a campaign: waits for its inspection; reminds before the due time; climbs the ladder after it.
import {
  ApplicationFailure,
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { escalationLadder, reminderTime } from '../domain/escalation';
import type { EscalationLevel, TaskStatus } from '../domain/types';
import type { RecordedInspection } from '../activities/tasks';
import { activities, stepActivities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import { hazardWorkflow } from './hazard';
import {
  campaignPaused,
  campaignResumed,
  getTaskState,
  hazardWorkflowId,
  submitInspection,
  taskCancelled,
  taskDueChanged,
  type SubmitInspectionInput,
  type TaskState,
  type TaskWorkflowInput,
} from './messages';

type RecordedHazard = RecordedInspection['hazards'][number];

interface TaskEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  level?: EscalationLevel;
}

export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskState> {
  let status: TaskStatus = 'OPEN';
  let dueAt = new Date(input.dueAt);
  let paused = Boolean(input.pausedAt);
  let version = 0;
  let busy = false;
  const fired = new Set<string>();
  let remindersSent = 0;
  let escalationsRaised = 0;
  let hazardsToStart: RecordedHazard[] = [];

  const startHazard = (hazard: RecordedHazard) =>
    startChild(hazardWorkflow, {
      workflowId: hazardWorkflowId(hazard.id),
      taskQueue: workflowInfo().taskQueue,
      // A hazard outlives its task and its campaign.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          hazardId: hazard.id,
          level: hazard.level,
          foundAt: hazard.foundAt,
          rectifyBy: hazard.rectifyBy,
          policy: input.policy,
        },
      ],
    });

  const state = (): TaskState => ({
    taskId: input.taskId,
    status,
    dueAt: dueAt.toISOString(),
    paused,
    remindersSent,
    escalationsRaised,
  });

  const pending = (): TaskEvent[] => {
    const events: TaskEvent[] = [];
    const remindAt = reminderTime(dueAt, input.policy.remindBefore);
    // A reminder only makes sense before the due time.
    if (remindAt && !fired.has('remind') && Date.now() < dueAt.getTime())
      events.push({ key: 'remind', kind: 'remind', at: remindAt });
    for (const rung of escalationLadder(dueAt, input.policy.steps)) {
      if (!fired.has(rung.key)) events.push({ key: rung.key, kind: 'escalate', level: rung.level, at: rung.at });
    }
    return events;
  };

  setHandler(getTaskState, state);
  setHandler(campaignPaused, () => {
    paused = true;
  });
  setHandler(campaignResumed, ({ dueAt: newDue }) => {
    paused = false;
    dueAt = new Date(newDue);
    version += 1;
  });
  setHandler(taskDueChanged, ({ dueAt: newDue }) => {
    dueAt = new Date(newDue);
    version += 1;
  });
  setHandler(taskCancelled, async ({ at, reason }) => {
    if (status !== 'OPEN' || busy) return;
    busy = true;
    try {
      await activities.cancelTask({ taskId: input.taskId, at, reason });
      status = 'CANCELLED';
    } finally {
      busy = false;
    }
  });

  setHandler(
    submitInspection,
    async (submission) => {
      if (status !== 'OPEN' || busy)
        throw ApplicationFailure.create({
          type: 'CONFLICT',
          message: '该任务已完成或已取消，不能再提交检查记录',
          nonRetryable: true,
        });
      busy = true;
      try {
        const updateId = currentUpdateInfo()?.id ?? `task-${input.taskId}:submit`;
        const recorded = await stepActivities().recordInspection({
          taskId: input.taskId,
          updateId,
          submission,
          at: new Date().toISOString(),
        });
        status = 'DONE';
        if (patched('hazards-started-after-reply')) {
          // The regulator gets the answer once the inspection is recorded; the hazard workflows start right after.
          hazardsToStart = recorded.hazards;
        } else {
          for (const hazard of recorded.hazards) await startHazard(hazard);
        }
        return { inspectionId: recorded.inspectionId, hazardIds: recorded.hazards.map((h) => h.id) };
      } finally {
        busy = false;
      }
    },
    {
      validator: (_submission: SubmitInspectionInput) => {
        if (status !== 'OPEN' || busy)
          throw new Error(
            status === 'OPEN' ? '该任务正在提交中，请勿重复提交' : '该任务已完成或已取消，不能再提交检查记录',
          );
      },
    },
  );

  const control = { active: () => status === 'OPEN', paused: () => paused || busy, version: () => version };
  for (let event = await nextEvent(pending, control); event; event = await nextEvent(pending, control)) {
    fired.add(event.key);
    // Recorded at the time the policy set for it, so a ladder reads exactly as configured.
    const at = event.at.toISOString();
    if (event.kind === 'remind') {
      await activities.sendTaskReminder({ taskId: input.taskId, dueAt: dueAt.toISOString(), at });
      remindersSent += 1;
    } else if (event.level) {
      await activities.raiseTaskEscalation({
        taskId: input.taskId,
        rungKey: `task-${input.taskId}:${event.key}`,
        level: event.level,
        at,
      });
      escalationsRaised += 1;
    }
  }
  await Promise.all(hazardsToStart.map(startHazard));
  await condition(allHandlersFinished);
  return state();
}
