// 行政处罚案件: one case from 立案 to 归档. Its steps arrive as the Update advanceCase, one at a time, in the order and
// within the party's windows domain/cases.ts gives; its clock reminds the handlers before each statutory deadline,
// tells them when the party's windows close, and tells the unit (and for the 90-day decision the county office)
// when a deadline passes. State in a small class; every write in an activity.
import { allHandlersFinished, condition, currentUpdateInfo, setHandler } from '@temporalio/workflow';
import { calendarOf, type WorkCalendar } from '../domain/calendar';
import {
  caseDeadlines,
  caseStepRefusal,
  CASE_POLICY,
  hearingDueAt,
  paymentDueAt,
  serviceDueAt,
  statementDueAt,
  type CaseStatus,
} from '../domain/cases';
import { activities, stepActivities } from './activity-proxies';
import { nextEvent, type ClockControl, type TimedEvent } from './clock';
import { advanceCase, getCaseState, type AdvanceCaseInput, type CaseState, type CaseWorkflowInput } from './messages';
import { refuse, Serialised } from './serialised';

const DAY_MS = 86_400_000;

interface CaseEvent extends TimedEvent {
  kind: 'remind' | 'due';
  deadline: string;
  what: string;
  dueAt: Date;
}

class EnforcementCase {
  status: CaseStatus = 'FILED';
  notifiedAt: Date | null = null;
  decidedAt: Date | null = null;
  servedAt: Date | null = null;
  hearingRequested = false;
  hearingHeld = false;
  version = 0;
  readonly fired = new Set<string>();
  readonly steps = new Serialised();
  readonly calendar: WorkCalendar;
  readonly filedAt: Date;
  readonly clock: ClockControl = {
    active: () => this.status !== 'ARCHIVED',
    paused: () => this.steps.busy,
    version: () => this.version,
  };

  constructor(readonly input: CaseWorkflowInput) {
    this.calendar = calendarOf(input.calendar);
    this.filedAt = new Date(input.filedAt);
  }

  state(): CaseState {
    return {
      caseId: this.input.caseId,
      status: this.status,
      notifiedAt: this.notifiedAt?.toISOString() ?? null,
      decidedAt: this.decidedAt?.toISOString() ?? null,
      servedAt: this.servedAt?.toISOString() ?? null,
      hearingRequested: this.hearingRequested,
      hearingHeld: this.hearingHeld,
    };
  }

  refusal(action: AdvanceCaseInput['action']): string | null {
    return (
      caseStepRefusal(
        {
          status: this.status,
          handlerIds: this.input.handlerIds,
          notifiedAt: this.notifiedAt,
          hearingRequested: this.hearingRequested,
          hearingHeld: this.hearingHeld,
          statementRecorded: false,
        },
        action,
        new Date(),
        this.calendar,
      ) ?? (this.steps.busy ? '案件的上一个环节正在办理，请稍后再试' : null)
    );
  }

  advance({ action, note, penaltyYuan, archiveNumber, actorId, requestId }: AdvanceCaseInput): Promise<CaseState> {
    const at = new Date();
    return this.steps.run(
      this.refusal(action),
      () =>
        stepActivities().recordCaseStep({
          caseId: this.input.caseId,
          updateId: currentUpdateInfo()?.id ?? `case-${this.input.caseId}:${action}:${this.version}`,
          action,
          actorId,
          requestId: requestId ?? null,
          note,
          penaltyYuan,
          archiveNumber,
          at: at.toISOString(),
          dueAts: this.dueAtsOf(action, at),
        }),
      (snapshot) => {
        this.status = snapshot.status;
        this.notifiedAt = snapshot.notifiedAt ? new Date(snapshot.notifiedAt) : null;
        this.decidedAt = snapshot.decidedAt ? new Date(snapshot.decidedAt) : null;
        this.servedAt = snapshot.servedAt ? new Date(snapshot.servedAt) : null;
        this.hearingRequested = snapshot.hearingRequested;
        this.hearingHeld = snapshot.hearingHeld;
        this.version += 1;
        return this.state();
      },
    );
  }

  /** The deadlines a step starts, counted on the case's calendar, for the row to show. */
  private dueAtsOf(action: AdvanceCaseInput['action'], at: Date) {
    if (action === 'NOTIFY')
      return {
        statement: statementDueAt(at, this.calendar).toISOString(),
        hearing: hearingDueAt(at, this.calendar).toISOString(),
      };
    if (action === 'DECIDE') return { service: serviceDueAt(at, this.calendar).toISOString() };
    if (action === 'SERVE') return { payment: paymentDueAt(at).toISOString() };
    return {};
  }

  /** Each deadline of the present status: a reminder before it (not for the party's windows) and its passing. */
  pending(): CaseEvent[] {
    const events: CaseEvent[] = [];
    const deadlines = caseDeadlines(
      {
        status: this.status,
        filedAt: this.filedAt,
        notifiedAt: this.notifiedAt,
        decidedAt: this.decidedAt,
        servedAt: this.servedAt,
      },
      this.calendar,
    );
    for (const d of deadlines) {
      const base = `${d.key}@${d.dueAt.getTime()}`;
      const remindAt = new Date(d.dueAt.getTime() - CASE_POLICY.remindDaysBefore * DAY_MS);
      if (d.key !== 'windows' && !this.fired.has(`${base}:remind`) && Date.now() < remindAt.getTime())
        events.push({
          key: `${base}:remind`,
          kind: 'remind',
          deadline: d.key,
          what: d.what,
          dueAt: d.dueAt,
          at: remindAt,
        });
      if (!this.fired.has(`${base}:due`))
        events.push({ key: `${base}:due`, kind: 'due', deadline: d.key, what: d.what, dueAt: d.dueAt, at: d.dueAt });
    }
    return events;
  }
}

export async function enforcementCaseWorkflow(input: CaseWorkflowInput): Promise<CaseState> {
  const c = new EnforcementCase(input);
  setHandler(getCaseState, () => c.state());
  setHandler(advanceCase, (step) => c.advance(step), {
    validator: ({ action }) => refuse(c.refusal(action)),
  });
  const pending = () => c.pending();
  for (let event = await nextEvent(pending, c.clock); event; event = await nextEvent(pending, c.clock)) {
    c.fired.add(event.key);
    await activities.caseDeadline({
      caseId: input.caseId,
      key: event.deadline,
      what: event.what,
      dueAt: event.dueAt.toISOString(),
      kind: event.kind,
      at: new Date().toISOString(),
    });
  }
  await condition(allHandlersFinished);
  return c.state();
}
