// One risk report (风险上报): its unit is reminded before the handling deadline its level set, and a risk not closed by
// then climbs the ladder (the unit's head, the county office, the leader in charge); the unit's steps (开始处置, 办结)
// come as Updates. It ends when the risk is closed. Every write is an activity.
import { allHandlersFinished, condition, currentUpdateInfo, setHandler } from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import { reminderTime } from '../domain/escalation';
import { RISK_REFUSALS, riskStepRefusal, unitLadder, type RiskStatus } from '../domain/risks';
import type { EscalationLevel } from '../domain/types';
import { activities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import {
  getRiskState,
  handleRiskStep,
  type HandleRiskStepInput,
  type RiskState,
  type RiskWorkflowInput,
} from './messages';
import { refuse, Serialised } from './serialised';

interface RiskEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  level?: EscalationLevel;
}

/** A risk's state and its message handlers; `riskWorkflow` runs its clock. */
class Risk {
  status: RiskStatus = 'REPORTED';
  readonly handleBy: Date;
  remindersSent = 0;
  escalationsRaised = 0;
  readonly fired = new Set<string>();
  readonly steps = new Serialised();
  readonly calendar: WorkCalendar;

  constructor(readonly input: RiskWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    this.handleBy = new Date(input.handleBy);
  }

  state(): RiskState {
    return {
      riskId: this.input.riskId,
      status: this.status,
      handleBy: this.handleBy.toISOString(),
      remindersSent: this.remindersSent,
      escalationsRaised: this.escalationsRaised,
    };
  }

  /** The reminder before the deadline (unless already past when reported) and the rungs after it. */
  pending(): RiskEvent[] {
    const events: RiskEvent[] = [];
    const remindAt = reminderTime(this.handleBy, this.input.policy.remindBefore, this.calendar);
    if (remindAt && !this.fired.has('remind') && Date.now() < this.handleBy.getTime())
      events.push({ key: 'remind', kind: 'remind', at: remindAt });
    const rungs = unitLadder('r', this.handleBy, this.input.policy.steps, this.input.unitKind, this.calendar);
    return [
      ...events,
      ...rungs
        .filter((rung) => !this.fired.has(rung.key))
        .map((rung) => ({ key: rung.key, kind: 'escalate' as const, level: rung.level, at: rung.at })),
    ];
  }

  async runClock(): Promise<void> {
    const control = { active: () => this.status !== 'CLOSED', paused: () => this.steps.busy, version: () => 0 };
    const dueAt = this.handleBy.toISOString();
    for (let event = await nextEvent(() => this.pending(), control); event;) {
      this.fired.add(event.key);
      const at = event.at.toISOString();
      if (event.kind === 'remind') {
        await activities.sendRiskReminder({ riskId: this.input.riskId, dueAt, at });
        this.remindersSent += 1;
      } else if (event.level) {
        await activities.raiseRiskEscalation({
          riskId: this.input.riskId,
          dueAt,
          rungKey: `risk-${this.input.riskId}:${event.key}`,
          level: event.level,
          at,
        });
        this.escalationsRaised += 1;
      }
      event = await nextEvent(() => this.pending(), control);
    }
  }

  stepRefusal(step: HandleRiskStepInput): string | null {
    if (this.steps.busy) return RISK_REFUSALS.busy;
    return riskStepRefusal(this.status, step.action);
  }

  handle(step: HandleRiskStepInput): Promise<RiskState> {
    return this.steps.run(
      this.stepRefusal(step),
      () =>
        activities.recordRiskStep({
          riskId: this.input.riskId,
          updateId: currentUpdateInfo()?.id ?? `risk-${this.input.riskId}:${step.action}`,
          step,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.status = recorded.status;
        return this.state();
      },
    );
  }
}

export async function riskWorkflow(input: RiskWorkflowInput): Promise<RiskState> {
  const risk = new Risk(input);
  setHandler(getRiskState, () => risk.state());
  setHandler(handleRiskStep, (step) => risk.handle(step), { validator: (step) => refuse(risk.stepRefusal(step)) });
  await risk.runClock();
  await condition(() => risk.status === 'CLOSED' && !risk.steps.busy);
  await condition(allHandlersFinished);
  return risk.state();
}
