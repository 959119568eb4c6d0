// One task of a campaign: waits for its inspection (or, a SELF_CHECK task, for the enterprise's self-check); reminds
// before the due time; climbs the ladder after it.
import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  patched,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import { escalationLadder, reminderTime, selfCheckLadder } from '../domain/escalation';
import { SELF_CHECK_REFUSALS } from '../domain/self-check-rules';
import { TASK_REFUSALS } from '../domain/inspection-rules';
import { REINSPECTION_POLICY } from '../domain/reinspection';
import type { HolidayYear } from '../domain/holidays';
import type { EscalationLevel, TaskStatus } from '../domain/types';
import type { RecordedHazard } from '../activities/tasks';
import { activities, stepActivities } from './activity-proxies';
import { nextEvent, plannedTimes, type ClockControl, type TimedEvent } from './clock';
import { hazardWorkflow } from './hazard';
import {
  applyCalendar,
  campaignPaused,
  campaignResumed,
  getTaskState,
  hazardWorkflowId,
  submitInspection,
  submitSelfCheck,
  taskCancelled,
  taskDueChanged,
  type ApplyCalendarInput,
  type ApplyCalendarResult,
  type SubmitInspectionInput,
  type SubmitInspectionResult,
  type SubmitSelfCheckInput,
  type SubmitSelfCheckResult,
  type TaskState,
  type TaskWorkflowInput,
} from './messages';
import { refuse, Serialised } from './serialised';

interface TaskEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  level?: EscalationLevel;
}

/** A task's state and its message handlers; `taskWorkflow` runs its clock. */
class Task {
  status: TaskStatus = 'OPEN';
  dueAt: Date;
  paused: boolean;
  version = 0;
  remindersSent = 0;
  escalationsRaised = 0;
  hazardsToStart: RecordedHazard[] = [];
  readonly fired = new Set<string>();
  readonly steps = new Serialised();
  readonly clock: ClockControl = {
    active: () => this.status === 'OPEN',
    paused: () => this.paused || this.steps.busy,
    version: () => this.version,
  };

  /** The working days its ladder counts with: its input's calendar, or the shipped one in older histories. */
  calendar: WorkCalendar;
  /** Those years as data, handed to its hazards; a broadcast of a changed calendar replaces both. */
  calendarYears: HolidayYear[] | undefined;

  constructor(readonly input: TaskWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    this.calendarYears = input.calendar;
    this.dueAt = new Date(input.dueAt);
    this.paused = Boolean(input.pausedAt);
  }

  /** The enterprise's own self-check (企业自查), not an inspection by its regulator. */
  get selfCheck(): boolean {
    return this.input.kind === 'SELF_CHECK';
  }

  state(): TaskState {
    return {
      taskId: this.input.taskId,
      status: this.status,
      dueAt: this.dueAt.toISOString(),
      paused: this.paused,
      remindersSent: this.remindersSent,
      escalationsRaised: this.escalationsRaised,
    };
  }

  pending(): TaskEvent[] {
    const events: TaskEvent[] = [];
    const remindAt = reminderTime(this.dueAt, this.input.policy.remindBefore, this.calendar);
    // A reminder only makes sense before the due time.
    if (remindAt && !this.fired.has('remind') && Date.now() < this.dueAt.getTime())
      events.push({ key: 'remind', kind: 'remind', at: remindAt });
    const ladder = this.selfCheck ? selfCheckLadder : escalationLadder;
    for (const rung of ladder(this.dueAt, this.input.policy.steps, this.calendar)) {
      if (!this.fired.has(rung.key)) events.push({ key: rung.key, kind: 'escalate', level: rung.level, at: rung.at });
    }
    return events;
  }

  /** Marks the event fired and returns its time: recorded as the policy set it, so a ladder reads as configured. */
  fire(event: TaskEvent): string {
    this.fired.add(event.key);
    return event.at.toISOString();
  }

  /** A changed calendar (重新计算在办期限): the clock re-plans with it; whether any pending time moved. */
  applyCalendar({ calendar }: ApplyCalendarInput): ApplyCalendarResult {
    const before = plannedTimes(this.pending());
    this.calendar = calendarOf(calendar);
    this.calendarYears = calendar;
    this.version += 1;
    return { moved: plannedTimes(this.pending()) !== before };
  }

  pause(): void {
    this.paused = true;
  }

  resume(dueAt: string): void {
    this.paused = false;
    this.moveDue(dueAt);
  }

  moveDue(dueAt: string): void {
    this.dueAt = new Date(dueAt);
    this.version += 1;
  }

  /** A cancellation after the inspection, or while it is being recorded, changes nothing. */
  cancel({ at, reason }: { at: string; reason: string }): Promise<void> | undefined {
    if (this.status !== 'OPEN' || this.steps.busy) return undefined;
    return this.steps.run(
      null,
      () => activities.cancelTask({ taskId: this.input.taskId, at, reason }),
      () => {
        this.status = 'CANCELLED';
      },
    );
  }

  submitRefusal(): string | null {
    if (this.selfCheck) return SELF_CHECK_REFUSALS.notInspection;
    if (this.status !== 'OPEN') return TASK_REFUSALS.notOpen;
    return this.steps.busy ? TASK_REFUSALS.submitting : null;
  }

  selfCheckRefusal(): string | null {
    if (!this.selfCheck) return SELF_CHECK_REFUSALS.notSelfCheck;
    if (this.status !== 'OPEN') return SELF_CHECK_REFUSALS.notOpen;
    return this.steps.busy ? SELF_CHECK_REFUSALS.submitting : null;
  }

  /** The enterprise's self-check: recorded with its self-found hazards, whose workflows start after the reply. */
  submitSelfCheck(submission: SubmitSelfCheckInput): Promise<SubmitSelfCheckResult> {
    return this.steps.run(
      this.selfCheckRefusal(),
      () =>
        stepActivities().recordSelfCheck({
          taskId: this.input.taskId,
          updateId: currentUpdateInfo()?.id ?? `task-${this.input.taskId}:self-check`,
          submission,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.status = 'DONE';
        this.hazardsToStart = recorded.hazards;
        return { selfCheckId: recorded.selfCheckId, hazardIds: recorded.hazards.map((h) => h.id) };
      },
    );
  }

  submit(submission: SubmitInspectionInput): Promise<SubmitInspectionResult> {
    return this.steps.run(
      this.submitRefusal(),
      () =>
        stepActivities().recordInspection({
          taskId: this.input.taskId,
          updateId: currentUpdateInfo()?.id ?? `task-${this.input.taskId}:submit`,
          submission,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.status = 'DONE';
        const reply = { inspectionId: recorded.inspectionId, hazardIds: recorded.hazards.map((h) => h.id) };
        if (patched('hazards-started-after-reply')) {
          // The regulator gets the answer once the inspection is recorded; the hazard workflows start right after.
          // A 回头看 check that found its hazard not rectified reopened it: its new run starts with the others.
          this.hazardsToStart = recorded.reopened ? [...recorded.hazards, recorded.reopened] : recorded.hazards;
          return reply;
        }
        return this.startInTurn(recorded.hazards, reply);
      },
    );
  }

  /** Histories from before the patch started the hazards one after another, then answered. */
  private async startInTurn(hazards: RecordedHazard[], reply: SubmitInspectionResult): Promise<SubmitInspectionResult> {
    for (const hazard of hazards) await this.startHazard(hazard);
    return reply;
  }

  startHazard(hazard: RecordedHazard) {
    return startChild(hazardWorkflow, {
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
          policy: this.input.policy,
          ...(this.calendarYears ? { calendar: this.calendarYears } : {}),
          ...(hazard.reopenedCycle !== undefined ? { reopened: { cycle: hazard.reopenedCycle } } : {}),
          // 复查 on the statutory clock for a hazard under an order; the clock travels with the run.
          ...(hazard.underOrder ? { reinspection: { workingDays: REINSPECTION_POLICY.workingDays } } : {}),
        },
      ],
    });
  }
}

export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskState> {
  const task = new Task(input);
  setHandler(getTaskState, () => task.state());
  setHandler(applyCalendar, (input) => task.applyCalendar(input));
  setHandler(campaignPaused, () => task.pause());
  setHandler(campaignResumed, ({ dueAt }) => task.resume(dueAt));
  setHandler(taskDueChanged, ({ dueAt }) => task.moveDue(dueAt));
  setHandler(taskCancelled, (cancellation) => task.cancel(cancellation));
  setHandler(submitInspection, (submission) => task.submit(submission), {
    validator: (_submission) => refuse(task.submitRefusal()),
  });
  setHandler(submitSelfCheck, (submission) => task.submitSelfCheck(submission), {
    validator: (_submission) => refuse(task.selfCheckRefusal()),
  });

  const pending = () => task.pending();
  for (let event = await nextEvent(pending, task.clock); event; event = await nextEvent(pending, task.clock)) {
    const at = task.fire(event);
    if (event.kind === 'remind') {
      await activities.sendTaskReminder({ taskId: input.taskId, dueAt: task.dueAt.toISOString(), at });
      task.remindersSent += 1;
    } else if (event.level) {
      await activities.raiseTaskEscalation({
        taskId: input.taskId,
        rungKey: `task-${input.taskId}:${event.key}`,
        level: event.level,
        at,
      });
      task.escalationsRaised += 1;
    }
  }
  await Promise.all(task.hazardsToStart.map((hazard) => task.startHazard(hazard)));
  await condition(allHandlersFinished);
  return task.state();
}
