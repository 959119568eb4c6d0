// One emergency response (应急响应): the chain in scope is notified at activation and at every level change (a new
// epoch: each link acknowledges again by the level's deadline); a link still not at post at the deadline goes to the
// link above, one window later to the county office; the townships' situation reports are due on the level's cadence,
// reminded a quarter period before and escalated at the due time. The level changes and the end come as Updates; the
// end writes the summary. Acknowledgements and reports are written by the services, not through here: thousands of
// links must not grow one history — the clock asks the database what is missing when a deadline comes.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ackDueAt,
  ackRungs,
  RESPONSE_REFUSALS,
  reportDueAfter,
  reportReminderAt,
  type ResponseLevel,
  type ResponseStatus,
} from '../domain/emergency-response';
import { activities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import {
  changeResponseLevel,
  endResponse,
  getResponseState,
  type ChangeResponseLevelInput,
  type EndResponseInput,
  type ResponseState,
  type ResponseWorkflowInput,
} from './messages';
import { refuse, Serialised } from './serialised';

interface ResponseEvent extends TimedEvent {
  kind: 'ack-up' | 'ack-office' | 'report-remind' | 'report-due';
  epoch: number;
  dueAt: Date;
}

/** A response's state and its message handlers; `responseWorkflow` runs its clock. */
class Response {
  status: ResponseStatus = 'ACTIVE';
  level: ResponseLevel;
  epoch = 1;
  epochStartedAt: Date;
  ackDueAt: Date | null = null;
  reportDueAt: Date;
  notified = 0;
  version = 0;
  readonly fired = new Set<string>();
  readonly steps = new Serialised();

  constructor(readonly input: ResponseWorkflowInput) {
    const c = input.carried;
    this.level = c?.level ?? input.level;
    this.epoch = c?.epoch ?? 1;
    this.status = c?.status ?? 'ACTIVE';
    this.epochStartedAt = new Date(c?.epochStartedAt ?? input.activatedAt);
    this.ackDueAt = c?.ackDueAt ? new Date(c.ackDueAt) : null;
    this.reportDueAt = c
      ? new Date(c.reportDueAt)
      : reportDueAfter(this.epochStartedAt, this.epochStartedAt, input.policy[this.level]);
    for (const key of c?.fired ?? []) this.fired.add(key);
  }

  get policy() {
    return this.input.policy[this.level];
  }

  state(): ResponseState {
    return {
      responseId: this.input.responseId,
      status: this.status,
      level: this.level,
      epoch: this.epoch,
      epochStartedAt: this.epochStartedAt.toISOString(),
      ackDueAt: this.ackDueAt?.toISOString() ?? null,
      reportDueAt: this.reportDueAt.toISOString(),
      notified: this.notified,
    };
  }

  /** Notifies the chain of the current epoch, its deadline counted from the epoch's start. */
  async notify(changed: boolean): Promise<void> {
    const dueAt = ackDueAt(this.epochStartedAt, this.policy);
    const result = await activities.notifyResponseChain({
      responseId: this.input.responseId,
      epoch: this.epoch,
      level: this.level,
      changed,
      at: this.epochStartedAt.toISOString(),
      dueAt: dueAt.toISOString(),
    });
    this.ackDueAt = dueAt;
    this.notified = result.notified;
    this.version += 1;
  }

  pending(): ResponseEvent[] {
    const events: ResponseEvent[] = [];
    if (this.ackDueAt) {
      for (const rung of ackRungs(this.ackDueAt, this.policy)) {
        const key = `e${this.epoch}:ack-${rung.key}`;
        if (!this.fired.has(key))
          events.push({
            key,
            kind: rung.key === 'up' ? 'ack-up' : 'ack-office',
            at: rung.at,
            epoch: this.epoch,
            dueAt: this.ackDueAt,
          });
      }
    }
    const due = this.reportDueAt;
    const remind = `r${due.getTime()}:remind`;
    if (!this.fired.has(remind))
      events.push({
        key: remind,
        kind: 'report-remind',
        at: reportReminderAt(due, this.policy),
        epoch: this.epoch,
        dueAt: due,
      });
    events.push({ key: `r${due.getTime()}:due`, kind: 'report-due', at: due, epoch: this.epoch, dueAt: due });
    return events;
  }

  async fire(event: ResponseEvent): Promise<void> {
    this.fired.add(event.key);
    const base = { responseId: this.input.responseId, at: event.at.toISOString() };
    switch (event.kind) {
      case 'ack-up':
      case 'ack-office':
        await activities.escalateMissingAcknowledgements({
          ...base,
          epoch: event.epoch,
          rung: event.kind === 'ack-up' ? 'up' : 'office',
        });
        return;
      case 'report-remind':
        await activities.remindSituationReports({ ...base, dueAt: event.dueAt.toISOString() });
        return;
      case 'report-due':
        await activities.escalateSituationReports({ ...base, dueAt: event.dueAt.toISOString() });
        // The next period; keys of periods past are dropped, they never come again.
        for (const key of [...this.fired]) if (key.startsWith(`r${event.dueAt.getTime()}:`)) this.fired.delete(key);
        this.reportDueAt = reportDueAfter(this.epochStartedAt, event.dueAt, this.policy);
        return;
    }
  }

  stepRefusal(level?: ResponseLevel): string | null {
    if (this.status === 'ENDED') return RESPONSE_REFUSALS.ended;
    if (this.steps.busy) return '上一项调整正在处理，请稍后再试';
    if (level !== undefined && level === this.level) return RESPONSE_REFUSALS.sameLevel;
    return null;
  }

  changeLevel(change: ChangeResponseLevelInput): Promise<ResponseState> {
    const at = new Date();
    return this.steps.run(
      this.stepRefusal(change.level),
      () =>
        activities.recordResponseLevelChange({
          responseId: this.input.responseId,
          epoch: this.epoch + 1,
          from: this.level,
          to: change.level,
          reason: change.reason,
          actorId: change.actorId,
          requestId: change.requestId,
          at: at.toISOString(),
        }),
      async () => {
        // A new epoch: new deadlines from now, the chain told again, the reports on the new level's cadence.
        for (const key of [...this.fired]) if (key.startsWith('e')) this.fired.delete(key);
        this.level = change.level;
        this.epoch += 1;
        this.epochStartedAt = at;
        this.reportDueAt = reportDueAfter(at, at, this.policy);
        for (const key of [...this.fired]) if (key.startsWith('r')) this.fired.delete(key);
        await this.notify(true);
        return this.state();
      },
    );
  }

  end(end: EndResponseInput): Promise<ResponseState> {
    return this.steps.run(
      this.stepRefusal(),
      () =>
        activities.finishResponse({
          responseId: this.input.responseId,
          reason: end.reason,
          actorId: end.actorId,
          requestId: end.requestId,
          updateId: currentUpdateInfo()?.id ?? `end-response-${this.input.responseId}`,
          at: new Date().toISOString(),
        }),
      () => {
        this.status = 'ENDED';
        this.version += 1;
        return this.state();
      },
    );
  }
}

export async function responseWorkflow(input: ResponseWorkflowInput): Promise<ResponseState> {
  const r = new Response(input);
  setHandler(getResponseState, () => r.state());
  setHandler(changeResponseLevel, (change) => r.changeLevel(change), {
    validator: (change) => refuse(r.stepRefusal(change.level)),
  });
  setHandler(endResponse, (end) => r.end(end), { validator: (_end) => refuse(r.stepRefusal()) });

  if (!input.carried) await r.notify(false);
  const control = { active: () => r.status === 'ACTIVE', paused: () => r.steps.busy, version: () => r.version };
  for (let event = await nextEvent(() => r.pending(), control); event;) {
    await r.fire(event);
    if (workflowInfo().continueAsNewSuggested && !r.steps.busy) {
      await condition(allHandlersFinished);
      const s = r.state();
      await continueAsNew<typeof responseWorkflow>({
        ...input,
        carried: {
          status: s.status,
          level: s.level,
          epoch: s.epoch,
          epochStartedAt: s.epochStartedAt,
          ackDueAt: s.ackDueAt,
          reportDueAt: s.reportDueAt,
          fired: [...r.fired],
        },
      });
    }
    event = await nextEvent(() => r.pending(), control);
  }
  await condition(() => !r.steps.busy);
  await condition(allHandlersFinished);
  return r.state();
}
