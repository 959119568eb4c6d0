// One directive from above (督办/交办): every item's unit is reminded before its deadline and a late item climbs the
// ladder (the unit's head, the county office, the leader in charge) until it is answered (Update answerDirectiveItem);
// when all are answered the county office sends the one consolidated reply (Update replyDirective), which ends it.
import { allHandlersFinished, condition, currentUpdateInfo, setHandler } from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import { DIRECTIVE_REFUSALS, replyRefusal, type DirectiveItemStatus, type DirectiveStatus } from '../domain/directives';
import { reminderTime } from '../domain/escalation';
import { unitLadder } from '../domain/risks';
import type { EscalationLevel } from '../domain/types';
import { activities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import {
  answerDirectiveItem,
  getDirectiveState,
  replyDirective,
  type AnswerDirectiveItemInput,
  type DirectiveState,
  type DirectiveWorkflowInput,
  type DirectiveWorkflowItem,
  type ReplyDirectiveInput,
} from './messages';
import { refuse, Serialised } from './serialised';

interface ItemEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  item: DirectiveWorkflowItem;
  level?: EscalationLevel;
}

/** A directive's state and its message handlers; `directiveWorkflow` runs its items' clock. */
class Directive {
  status: DirectiveStatus = 'OPEN';
  readonly itemStatus = new Map<number, DirectiveItemStatus>();
  remindersSent = 0;
  escalationsRaised = 0;
  readonly fired = new Set<string>();
  readonly steps = new Serialised();
  readonly calendar: WorkCalendar;

  constructor(readonly input: DirectiveWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    for (const item of input.items) this.itemStatus.set(item.itemId, 'OPEN');
  }

  get unanswered(): number {
    return [...this.itemStatus.values()].filter((s) => s === 'OPEN').length;
  }

  state(): DirectiveState {
    return {
      directiveId: this.input.directiveId,
      status: this.status,
      items: this.input.items.map((i) => ({ itemId: i.itemId, status: this.itemStatus.get(i.itemId) ?? 'OPEN' })),
      remindersSent: this.remindersSent,
      escalationsRaised: this.escalationsRaised,
    };
  }

  /** Each open item's reminder before its deadline and its rungs after it; keys are per item. */
  pending(): ItemEvent[] {
    const { policy } = this.input;
    return this.input.items
      .filter((item) => this.itemStatus.get(item.itemId) === 'OPEN')
      .flatMap((item) => {
        const dueAt = new Date(item.dueAt);
        const events: ItemEvent[] = [];
        const remindKey = `i${item.itemId}:remind`;
        const remindAt = reminderTime(dueAt, policy.remindBefore, this.calendar);
        if (remindAt && !this.fired.has(remindKey) && Date.now() < dueAt.getTime())
          events.push({ key: remindKey, kind: 'remind', item, at: remindAt });
        for (const rung of unitLadder(`i${item.itemId}:r`, dueAt, policy.steps, item.unitKind, this.calendar))
          if (!this.fired.has(rung.key))
            events.push({ key: rung.key, kind: 'escalate', item, level: rung.level, at: rung.at });
        return events;
      });
  }

  async runClock(): Promise<void> {
    const control = { active: () => this.unanswered > 0, paused: () => this.steps.busy, version: () => 0 };
    for (let event = await nextEvent(() => this.pending(), control); event;) {
      this.fired.add(event.key);
      const at = event.at.toISOString();
      const { itemId, dueAt } = event.item;
      if (event.kind === 'remind') {
        await activities.sendDirectiveItemReminder({ itemId, dueAt, at });
        this.remindersSent += 1;
      } else if (event.level) {
        const rung = event.key.slice(event.key.indexOf(':') + 1);
        await activities.raiseDirectiveItemEscalation({
          itemId,
          dueAt,
          rungKey: `directive-item-${itemId}:${rung}`,
          level: event.level,
          at,
        });
        this.escalationsRaised += 1;
      }
      event = await nextEvent(() => this.pending(), control);
    }
  }

  answerRefusal(answer: AnswerDirectiveItemInput): string | null {
    if (this.steps.busy) return DIRECTIVE_REFUSALS.busy;
    if (this.status === 'REPLIED') return DIRECTIVE_REFUSALS.replied;
    const status = this.itemStatus.get(answer.itemId);
    if (status === undefined) return DIRECTIVE_REFUSALS.unknownItem;
    return status === 'OPEN' ? null : DIRECTIVE_REFUSALS.itemAnswered;
  }

  answer(answer: AnswerDirectiveItemInput): Promise<DirectiveState> {
    return this.steps.run(
      this.answerRefusal(answer),
      () =>
        activities.recordDirectiveItemAnswer({
          directiveId: this.input.directiveId,
          updateId: currentUpdateInfo()?.id ?? `directive-${this.input.directiveId}:answer:${answer.itemId}`,
          answer,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.itemStatus.set(answer.itemId, recorded.itemStatus);
        this.status = recorded.directiveStatus;
        return this.state();
      },
    );
  }

  replyRefusal(): string | null {
    if (this.steps.busy) return DIRECTIVE_REFUSALS.busy;
    return replyRefusal(this.status, this.unanswered);
  }

  reply(reply: ReplyDirectiveInput): Promise<DirectiveState> {
    return this.steps.run(
      this.replyRefusal(),
      () =>
        activities.recordDirectiveReply({
          directiveId: this.input.directiveId,
          updateId: currentUpdateInfo()?.id ?? `directive-${this.input.directiveId}:reply`,
          reply,
          at: new Date().toISOString(),
        }),
      (recorded) => {
        this.status = recorded.status;
        return this.state();
      },
    );
  }
}

export async function directiveWorkflow(input: DirectiveWorkflowInput): Promise<DirectiveState> {
  const directive = new Directive(input);
  setHandler(getDirectiveState, () => directive.state());
  setHandler(answerDirectiveItem, (answer) => directive.answer(answer), {
    validator: (answer) => refuse(directive.answerRefusal(answer)),
  });
  setHandler(replyDirective, (reply) => directive.reply(reply), {
    validator: (_reply) => refuse(directive.replyRefusal()),
  });
  await directive.runClock();
  await condition(() => directive.status === 'REPLIED' && !directive.steps.busy);
  await condition(allHandlersFinished);
  return directive.state();
}
