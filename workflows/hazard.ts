// One hazard until it is closed (销号): rectify-by reminder and ladder, rectification, next-day verification, and for a
// major hazard the county office's sign-off (销号审核).
import { allHandlersFinished, condition, currentUpdateInfo, patched, setHandler } from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import {
  escalationLadder,
  majorHazardLadder,
  reminderTime,
  verificationDeadline,
  verificationLadder,
} from '../domain/escalation';
import { HAZARD_REFUSALS, needsSignOff, rejectionDeadlineProblem, signOffReturnProblem } from '../domain/hazard-rules';
import { reinspectionDeadline, reinspectionRequestRefusal } from '../domain/reinspection';
import type { EscalationLevel, HazardStatus } from '../domain/types';
import { activities, stepActivities } from './activity-proxies';
import { nextEvent, plannedTimes, type ClockControl, type TimedEvent } from './clock';
import {
  applyCalendar,
  getHazardState,
  reportRectification,
  requestReinspection,
  signOffHazard,
  verifyRectification,
  type ActorInput,
  type ApplyCalendarInput,
  type ApplyCalendarResult,
  type HazardState,
  type HazardWorkflowInput,
  type ReportRectificationInput,
  type RequestReinspectionInput,
  type SignOffHazardInput,
  type VerifyRectificationInput,
} from './messages';
import { refuse, Serialised } from './serialised';

interface HazardEvent extends TimedEvent {
  kind: 'remind' | 'escalate' | 'reinspection-remind';
  level?: EscalationLevel;
}

/** A hazard's state and its message handlers; `hazardWorkflow` runs its clock. */
class Hazard {
  status: HazardStatus = 'OPEN';
  rectifyBy: Date;
  verifyBy: Date | null = null;
  // Each rejection starts a new cycle with its own reminder and ladder.
  cycle = 0;
  version = 0;
  escalationsRaised = 0;
  readonly fired = new Set<string>();
  readonly foundAt: Date;
  readonly listedWhateverStatus: boolean;
  readonly steps = new Serialised();
  readonly clock: ClockControl = {
    active: () => this.status !== 'CLOSED' || (this.listedWhateverStatus && !this.fired.has('listed')),
    paused: () => this.steps.busy,
    version: () => this.version,
  };

  /** The working days its ladders and 次日核查 count with: its task's calendar, or the shipped one in older histories. */
  calendar: WorkCalendar;
  /** When the rectification now awaiting verification was reported (次日核查 counts from it). */
  reportedAt: Date | null = null;
  /** When the enterprise applied for 复查 in this cycle (a hazard under an order). */
  requestedAt: Date | null = null;

  constructor(readonly input: HazardWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    this.rectifyBy = new Date(input.rectifyBy);
    this.foundAt = new Date(input.foundAt);
    // A major hazard is listed (挂牌督办) even when its rectification is reported before the listing fired (a report
    // can reach the workflow in its first activation); histories from before this rule replay without it.
    this.listedWhateverStatus = input.level === 'MAJOR' && patched('major-hazard-listed-whatever-status');
    // Reopened by 回头看: its cycles go on from where the closed run's ended, and it was listed once already.
    if (input.reopened) {
      this.cycle = input.reopened.cycle;
      this.fired.add('listed');
    }
  }

  state(): HazardState {
    return {
      hazardId: this.input.hazardId,
      status: this.status,
      rectifyBy: this.rectifyBy.toISOString(),
      verifyBy: this.verifyBy?.toISOString() ?? null,
      cycle: this.cycle,
      escalationsRaised: this.escalationsRaised,
    };
  }

  private listing(): HazardEvent[] {
    return majorHazardLadder(this.foundAt, this.rectifyBy, this.input.policy.steps, this.calendar)
      .filter((rung) => rung.key === 'listed' && !this.fired.has('listed'))
      .map((rung) => ({ key: 'listed', kind: 'escalate', at: rung.at, level: rung.level }));
  }

  pending(): HazardEvent[] {
    const { policy } = this.input;
    const events: HazardEvent[] = [];
    const push = (key: string, kind: HazardEvent['kind'], at: Date, level?: EscalationLevel) => {
      if (!this.fired.has(key)) events.push({ key, kind, at, ...(level ? { level } : {}) });
    };
    if (this.status === 'OPEN') {
      const remindAt = reminderTime(this.rectifyBy, policy.remindBefore, this.calendar);
      if (remindAt && Date.now() < this.rectifyBy.getTime()) push(`c${this.cycle}:remind`, 'remind', remindAt);
      const ladder =
        this.input.level === 'MAJOR'
          ? majorHazardLadder(this.foundAt, this.rectifyBy, policy.steps, this.calendar)
          : escalationLadder(this.rectifyBy, policy.steps, this.calendar);
      // Listed supervision happens once, whatever the cycle.
      for (const rung of ladder) {
        if (rung.key !== 'listed') push(`c${this.cycle}:${rung.key}`, 'escalate', rung.at, rung.level);
        else if (!this.listedWhateverStatus) push('listed', 'escalate', rung.at, rung.level);
      }
    } else if (this.status === 'PENDING_VERIFICATION' && this.verifyBy) {
      // A history from before 督导 has no verifier in its policy: the unit's head, as it was.
      const verifier = policy.verifier === 'COUNTY_OFFICE' ? 'COUNTY_OFFICE' : 'REGULATOR_HEAD';
      // 复查 under an order has its own reminder before it is due, counted anew when an application moves it.
      const remindAt = this.input.reinspection ? reminderTime(this.verifyBy, policy.remindBefore, this.calendar) : null;
      if (remindAt && Date.now() < this.verifyBy.getTime())
        push(`c${this.cycle}:reinspection-remind:${this.verifyBy.getTime()}`, 'reinspection-remind', remindAt);
      for (const rung of verificationLadder(this.verifyBy, policy.steps, this.calendar, verifier))
        push(`c${this.cycle}:${rung.key}`, 'escalate', rung.at, rung.level);
    }
    return this.listedWhateverStatus ? [...this.listing(), ...events] : events;
  }

  /** Marks the event fired and returns its time: recorded as the policy set it, so a ladder reads as configured. */
  fire(event: HazardEvent): string {
    this.fired.add(event.key);
    return event.at.toISOString();
  }

  /** A changed calendar (重新计算在办期限): 次日核查 and the ladders re-plan with it; whether any time moved. */
  applyCalendar({ calendar }: ApplyCalendarInput): ApplyCalendarResult {
    const before = `${plannedTimes(this.pending())}|${this.verifyBy?.getTime() ?? ''}`;
    this.calendar = calendarOf(calendar);
    if (this.status === 'PENDING_VERIFICATION' && this.reportedAt) this.verifyBy = this.verifyDeadline(this.reportedAt);
    this.version += 1;
    return { moved: `${plannedTimes(this.pending())}|${this.verifyBy?.getTime() ?? ''}` !== before };
  }

  /** 次日核查, or under an order the 复查 period from the application or the rectify-by date. */
  private verifyDeadline(reportedAt: Date): Date {
    const clock = this.input.reinspection;
    return clock
      ? reinspectionDeadline(
          { rectifyBy: this.rectifyBy, reportedAt, requestedAt: this.requestedAt },
          clock,
          this.calendar,
        )
      : verificationDeadline(reportedAt, this.calendar);
  }

  reinspectionRefusal(): string | null {
    return (
      reinspectionRequestRefusal({
        underOrder: this.input.reinspection !== undefined,
        status: this.status,
        requested: this.requestedAt !== null,
      }) ?? (this.steps.busy ? HAZARD_REFUSALS.notPendingVerification : null)
    );
  }

  /** 申请复查: the 复查 is due counted from now, if that is sooner than from the rectify-by date. */
  requestReinspection(by: RequestReinspectionInput): Promise<HazardState> {
    const at = new Date();
    const reportedAt = this.reportedAt ?? at;
    const verifyBy =
      this.input.reinspection === undefined
        ? null
        : reinspectionDeadline(
            { rectifyBy: this.rectifyBy, reportedAt, requestedAt: at },
            this.input.reinspection,
            this.calendar,
          );
    return this.steps.run(
      this.reinspectionRefusal(),
      () =>
        stepActivities().recordReinspectionRequest({
          hazardId: this.input.hazardId,
          updateId: this.updateId('reinspection'),
          verifyBy: (verifyBy ?? at).toISOString(),
          ...this.stepBy(by, at),
        }),
      () => {
        this.requestedAt = at;
        this.verifyBy = verifyBy;
        this.version += 1;
        return this.state();
      },
    );
  }

  reportRefusal(): string | null {
    return this.status !== 'OPEN' || this.steps.busy ? HAZARD_REFUSALS.notOpen : null;
  }

  verifyRefusal(): string | null {
    return this.status !== 'PENDING_VERIFICATION' || this.steps.busy ? HAZARD_REFUSALS.notPendingVerification : null;
  }

  signOffRefusal(): string | null {
    return this.status !== 'PENDING_SIGN_OFF' || this.steps.busy ? HAZARD_REFUSALS.notPendingSignOff : null;
  }

  report({
    measures,
    responsible,
    funds,
    completedAt,
    contingencyPlan,
    onBehalf,
    ...by
  }: ReportRectificationInput): Promise<HazardState> {
    const at = new Date();
    return this.steps.run(
      this.reportRefusal(),
      () =>
        stepActivities().recordRectificationReport({
          hazardId: this.input.hazardId,
          updateId: this.updateId('report'),
          measures,
          fiveItems: {
            responsible: responsible ?? null,
            funds: funds ?? null,
            completedAt: completedAt ?? null,
            contingencyPlan: contingencyPlan ?? null,
          },
          onBehalf: onBehalf ?? true,
          verifyBy: this.verifyDeadline(at).toISOString(),
          ...this.stepBy(by, at),
        }),
      () => {
        this.status = 'PENDING_VERIFICATION';
        this.reportedAt = at;
        this.verifyBy = this.verifyDeadline(at);
        this.version += 1;
        return this.state();
      },
    );
  }

  verify({ passed, comment, newRectifyBy, ...by }: VerifyRectificationInput): Promise<HazardState> {
    const at = new Date();
    // A passed major hazard waits for the county office's sign-off; histories from before it closed at once.
    const signOff =
      passed && this.verifyRefusal() === null && needsSignOff(this.input.level) && patched('major-hazard-sign-off');
    return this.steps.run(
      this.verifyRefusal(),
      () =>
        stepActivities().recordVerification({
          hazardId: this.input.hazardId,
          updateId: this.updateId('verify'),
          passed,
          signOff,
          comment,
          newRectifyBy: passed ? null : newRectifyBy,
          ...(this.input.reinspection ? { reinspection: true } : {}),
          ...this.stepBy(by, at),
        }),
      () => {
        this.verifyBy = null;
        this.requestedAt = null;
        if (passed) this.status = signOff ? 'PENDING_SIGN_OFF' : 'CLOSED';
        else this.rectifyAgain(newRectifyBy);
        this.version += 1;
        return this.state();
      },
    );
  }

  signOff({ approved, comment, newRectifyBy, ...by }: SignOffHazardInput): Promise<HazardState> {
    const at = new Date();
    return this.steps.run(
      this.signOffRefusal(),
      () =>
        stepActivities().recordSignOff({
          hazardId: this.input.hazardId,
          updateId: this.updateId('signOff'),
          approved,
          comment,
          newRectifyBy: approved ? null : newRectifyBy,
          ...this.stepBy(by, at),
        }),
      () => {
        if (approved) this.status = 'CLOSED';
        else this.rectifyAgain(newRectifyBy);
        this.version += 1;
        return this.state();
      },
    );
  }

  /** Rejected at verification or returned at sign-off: open again, a new cycle with its own deadline and ladder. */
  private rectifyAgain(newRectifyBy: string | null | undefined): void {
    this.status = 'OPEN';
    this.rectifyBy = newRectifyBy ? new Date(newRectifyBy) : this.rectifyBy;
    this.cycle += 1;
  }

  private updateId(step: 'report' | 'verify' | 'signOff' | 'reinspection'): string {
    return currentUpdateInfo()?.id ?? `hazard-${this.input.hazardId}:${step}:${this.cycle}`;
  }

  /** Who took a step, with what evidence, and when: the tail every step's record shares. */
  private stepBy({ actorId, requestId, photoIds }: ActorInput & { photoIds?: number[] }, at: Date) {
    return { actorId, requestId: requestId ?? null, photoIds: photoIds ?? [], at: at.toISOString() };
  }
}

export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardState> {
  const hazard = new Hazard(input);
  setHandler(getHazardState, () => hazard.state());
  setHandler(applyCalendar, (input) => hazard.applyCalendar(input));
  setHandler(reportRectification, (report) => hazard.report(report), {
    validator: (_report) => refuse(hazard.reportRefusal()),
  });
  setHandler(verifyRectification, (verification) => hazard.verify(verification), {
    validator: ({ passed, newRectifyBy }) =>
      refuse(
        hazard.verifyRefusal() ??
          rejectionDeadlineProblem(passed, newRectifyBy ? new Date(newRectifyBy) : null, new Date()),
      ),
  });
  setHandler(requestReinspection, (request) => hazard.requestReinspection(request), {
    validator: (_request) => refuse(hazard.reinspectionRefusal()),
  });
  setHandler(signOffHazard, (decision) => hazard.signOff(decision), {
    validator: ({ approved, comment, newRectifyBy }) =>
      refuse(
        hazard.signOffRefusal() ??
          signOffReturnProblem(approved, comment, newRectifyBy ? new Date(newRectifyBy) : null, new Date()),
      ),
  });

  const pending = () => hazard.pending();
  for (let event = await nextEvent(pending, hazard.clock); event; event = await nextEvent(pending, hazard.clock)) {
    const at = hazard.fire(event);
    if (event.kind === 'remind') {
      const rectifyBy = hazard.rectifyBy.toISOString();
      await activities.sendHazardReminder({ hazardId: input.hazardId, cycle: hazard.cycle, rectifyBy, at });
    } else if (event.kind === 'reinspection-remind') {
      const verifyBy = (hazard.verifyBy ?? new Date(at)).toISOString();
      await activities.sendReinspectionReminder({ hazardId: input.hazardId, cycle: hazard.cycle, verifyBy, at });
    } else if (event.level) {
      await activities.raiseHazardEscalation({
        hazardId: input.hazardId,
        rungKey: `hazard-${input.hazardId}:${event.key}`,
        level: event.level,
        listed: event.key === 'listed',
        at,
      });
      hazard.escalationsRaised += 1;
    }
  }
  await condition(allHandlersFinished);
  // 销号通报: the township responsible for the enterprise learns the hazard is closed.
  await activities.sendHazardClosedNotice({ hazardId: input.hazardId, at: new Date().toISOString() });
  return hazard.state();
}
