// One public tip (有奖举报): waits for the county office's triage (reminded, then escalated when late); an accepted tip
// is verified by its regulator as a child VERIFY task; a confirmed one waits for the reward decision (escalated when
// late) and its payment. Every write is an activity; the deadlines come from the policy and calendar in the input.
import {
  ParentClosePolicy,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  setHandler,
  startChild,
  workflowInfo,
} from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import { reminderTime } from '../domain/escalation';
import {
  FINAL_TIP_STAGES,
  rewardDeadline,
  TIP_REFUSALS,
  tipLadder,
  triageDeadline,
  verifyDeadline,
  type TipRung,
  type TipStage,
} from '../domain/tips';
import type { EscalationLevel } from '../domain/types';
import { activities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import {
  decideTipReward,
  getTipState,
  taskWorkflowId,
  triageTip,
  type TipRewardInput,
  type TipState,
  type TipWorkflowInput,
  type TriageTipInput,
} from './messages';
import { refuse, Serialised } from './serialised';
import { taskWorkflow } from './task';

interface TipEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  level?: EscalationLevel;
}

const REWARD_DECIDED: ReadonlySet<TipStage> = new Set(['REWARD_APPROVED', 'REWARD_REFUSED', 'PAID']);

/** A tip's state and its message handlers; `tipWorkflow` runs its stages. */
class Tip {
  stage: TipStage = 'RECEIVED';
  readonly triageBy: Date;
  rewardBy: Date | null = null;
  verifyTask: { id: number; dueAt: string } | null = null;
  remindersSent = 0;
  escalationsRaised = 0;
  readonly fired = new Set<string>();
  readonly steps = new Serialised();
  readonly calendar: WorkCalendar;

  constructor(readonly input: TipWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    this.triageBy = triageDeadline(new Date(input.receivedAt), input.policy, this.calendar);
  }

  state(): TipState {
    return {
      tipId: this.input.tipId,
      stage: this.stage,
      triageBy: this.triageBy.toISOString(),
      verifyTaskId: this.verifyTask?.id ?? null,
      remindersSent: this.remindersSent,
      escalationsRaised: this.escalationsRaised,
    };
  }

  /** The triage's reminder before its deadline and its rungs after it. */
  triagePending(): TipEvent[] {
    const events: TipEvent[] = [];
    const remindAt = reminderTime(this.triageBy, this.input.policy.triageRemindBefore, this.calendar);
    if (remindAt && !this.fired.has('remind') && Date.now() < this.triageBy.getTime())
      events.push({ key: 'remind', kind: 'remind', at: remindAt });
    return [...events, ...this.unfired(tipLadder('t', this.triageBy, this.input.policy.triageSteps, this.calendar))];
  }

  /** The reward decision's rungs after its deadline. */
  rewardPending(): TipEvent[] {
    if (!this.rewardBy) return [];
    return this.unfired(tipLadder('w', this.rewardBy, this.input.policy.rewardSteps, this.calendar));
  }

  private unfired(rungs: TipRung[]): TipEvent[] {
    return rungs
      .filter((rung) => !this.fired.has(rung.key))
      .map((rung) => ({ key: rung.key, kind: 'escalate', level: rung.level, at: rung.at }));
  }

  /** Fires the events of a stage while the tip stays in it. */
  async runClock(stage: TipStage, pending: () => TipEvent[], late: 'triage' | 'reward', dueAt: Date): Promise<void> {
    const control = { active: () => this.stage === stage, paused: () => this.steps.busy, version: () => 0 };
    for (let event = await nextEvent(pending, control); event; event = await nextEvent(pending, control)) {
      this.fired.add(event.key);
      const at = event.at.toISOString();
      if (event.kind === 'remind') {
        await activities.sendTipTriageReminder({ tipId: this.input.tipId, dueAt: dueAt.toISOString(), at });
        this.remindersSent += 1;
      } else if (event.level) {
        await activities.raiseTipEscalation({
          tipId: this.input.tipId,
          late,
          dueAt: dueAt.toISOString(),
          rungKey: `tip-${this.input.tipId}:${event.key}`,
          level: event.level,
          at,
        });
        this.escalationsRaised += 1;
      }
    }
  }

  triageRefusal(): string | null {
    if (this.stage !== 'RECEIVED') return TIP_REFUSALS.notReceived;
    return this.steps.busy ? TIP_REFUSALS.triaging : null;
  }

  triage(triage: TriageTipInput): Promise<TipState> {
    return this.steps.run(
      this.triageRefusal(),
      () => {
        const now = new Date();
        return activities.recordTipTriage({
          tipId: this.input.tipId,
          updateId: currentUpdateInfo()?.id ?? `tip-${this.input.tipId}:triage`,
          triage,
          verifyDueAt: verifyDeadline(now, this.input.policy, this.calendar).toISOString(),
          at: now.toISOString(),
        });
      },
      (recorded) => {
        this.stage = recorded.stage;
        this.verifyTask = recorded.task;
        return this.state();
      },
    );
  }

  rewardRefusal(reward: TipRewardInput): string | null {
    if (this.steps.busy) return TIP_REFUSALS.deciding;
    if (reward.decision === 'PAID') {
      if (this.stage === 'PAID') return TIP_REFUSALS.paid;
      return this.stage === 'REWARD_APPROVED' ? null : TIP_REFUSALS.notApproved;
    }
    if (this.stage === 'CONFIRMED') return null;
    return REWARD_DECIDED.has(this.stage) ? TIP_REFUSALS.rewardDecided : TIP_REFUSALS.notConfirmed;
  }

  decide(reward: TipRewardInput): Promise<TipState> {
    return this.steps.run(
      this.rewardRefusal(reward),
      () =>
        activities.recordTipReward({
          tipId: this.input.tipId,
          updateId: currentUpdateInfo()?.id ?? `tip-${this.input.tipId}:${reward.decision}`,
          reward,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.stage = recorded.stage;
        return this.state();
      },
    );
  }

  /** The regulator's verification: its VERIFY task's workflow, a child this tip waits for; then its outcome. */
  async verify(task: { id: number; dueAt: string }): Promise<void> {
    const child = await startChild(taskWorkflow, {
      workflowId: taskWorkflowId(task.id),
      taskQueue: workflowInfo().taskQueue,
      // The task and the hazards it starts outlive the tip's workflow should it ever be ended by hand.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [
        {
          taskId: task.id,
          kind: 'VERIFY',
          dueAt: task.dueAt,
          policy: this.input.policy.verify,
          ...(this.input.calendar ? { calendar: this.input.calendar } : {}),
        },
      ],
    });
    await child.result();
    const now = new Date();
    const rewardBy = rewardDeadline(now, this.input.policy, this.calendar);
    const verified = await activities.recordTipVerification({
      tipId: this.input.tipId,
      taskId: task.id,
      rewardDueAt: rewardBy.toISOString(),
      at: now.toISOString(),
    });
    this.stage = verified.stage;
    if (verified.stage === 'CONFIRMED') this.rewardBy = rewardBy;
  }
}

export async function tipWorkflow(input: TipWorkflowInput): Promise<TipState> {
  const tip = new Tip(input);
  setHandler(getTipState, () => tip.state());
  setHandler(triageTip, (triage) => tip.triage(triage), { validator: (_triage) => refuse(tip.triageRefusal()) });
  setHandler(decideTipReward, (reward) => tip.decide(reward), {
    validator: (reward) => refuse(tip.rewardRefusal(reward)),
  });

  await tip.runClock('RECEIVED', () => tip.triagePending(), 'triage', tip.triageBy);
  if (tip.stage === 'ACCEPTED' && tip.verifyTask) await tip.verify(tip.verifyTask);
  const rewardBy = tip.rewardBy;
  if (tip.stage === 'CONFIRMED' && rewardBy)
    await tip.runClock('CONFIRMED', () => tip.rewardPending(), 'reward', rewardBy);
  await condition(() => FINAL_TIP_STAGES.has(tip.stage) && !tip.steps.busy);
  await condition(allHandlersFinished);
  return tip.state();
}
