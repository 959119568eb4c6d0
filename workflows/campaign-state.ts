// The campaign workflow's state, carried over continue-as-new: its steering handlers and the steps of its main loop.
import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index';
import { CAMPAIGN_REFUSALS } from '../domain/campaign-rules';
import { finalReportPeriod, reportSchedule, type ReportPeriod } from '../domain/reports';
import type { CampaignStatus } from '../domain/types';
import { activities, pagedActivities } from './activity-proxies';
import type { campaignWorkflow } from './campaign';
import type {
  ActorInput,
  CampaignCarriedState,
  CampaignState,
  CampaignWorkflowInput,
  CancelCampaignInput,
  ExtendCampaignInput,
  PauseCampaignInput,
  TaskBroadcast,
} from './messages';
import { Serialised } from './serialised';

export const PLAN_PAGE_SIZE = 1000;
export const FAN_OUT_PAGE_SIZE = 500;
export const BROADCAST_PAGE_SIZE = 500;

type StatusChange = Parameters<Activities['setCampaignStatus']>[0];
type Page<K extends keyof Activities> = Awaited<ReturnType<Activities[K]>>;

const reportKey = (period: ReportPeriod) => `${period.kind}:${period.sequence}`;
/** A change the workflow makes by itself (start, close): no reason, no actor. */
const BY_THE_WORKFLOW = { reason: null, actorId: null, requestId: null };

/** A campaign's state (carried over continue-as-new), its steering handlers and the steps of its main loop. */
export class Campaign {
  readonly s: CampaignCarriedState;
  readonly startsAt: Date;
  readonly steering = new Serialised();

  constructor(readonly input: CampaignWorkflowInput) {
    this.startsAt = new Date(input.startsAt);
    this.s = input.carried ?? {
      status: input.status,
      endsAt: input.endsAt,
      pausedAt: null,
      pausedMs: 0,
      planned: false,
      plannedAfterEnterpriseId: 0,
      fannedOutAfterTaskId: 0,
      tasksPlanned: 0,
      tasksStarted: 0,
      reportsWritten: [],
      broadcasts: [],
    };
  }

  view(): CampaignState {
    const { s } = this;
    return {
      campaignId: this.input.campaignId,
      status: s.status,
      endsAt: s.endsAt,
      pausedMs: s.pausedMs,
      tasksPlanned: s.tasksPlanned,
      tasksStarted: s.tasksStarted,
      reportsWritten: s.reportsWritten.length,
    };
  }

  isOpen(): boolean {
    return this.s.status === 'SCHEDULED' || this.s.status === 'ACTIVE' || this.s.status === 'PAUSED';
  }

  statusChange(
    from: CampaignStatus,
    to: StatusChange['to'],
    at = new Date().toISOString(),
    by: { reason: string | null } & ActorInput = BY_THE_WORKFLOW,
  ): StatusChange {
    const { campaignId } = this.input;
    return { campaignId, from, to, at, reason: by.reason, actorId: by.actorId, requestId: by.requestId ?? null };
  }

  // ---- steering: the status changes at once; the slow part (signalling every open task) waits for the main loop.

  pauseRefusal(): string | null {
    return this.s.status !== 'ACTIVE' || this.steering.busy ? CAMPAIGN_REFUSALS.notPausable : null;
  }

  resumeRefusal(): string | null {
    return this.s.status !== 'PAUSED' || this.steering.busy ? CAMPAIGN_REFUSALS.notResumable : null;
  }

  extendRefusal({ endsAt }: ExtendCampaignInput): string | null {
    if (!this.isOpen() || this.steering.busy) return CAMPAIGN_REFUSALS.notExtendable;
    const next = Date.parse(endsAt);
    return next > Date.parse(this.s.endsAt) && next > Date.now() ? null : CAMPAIGN_REFUSALS.newEndTooEarly;
  }

  cancelRefusal(): string | null {
    return !this.isOpen() || this.steering.busy ? CAMPAIGN_REFUSALS.notCancellable : null;
  }

  pause(by: PauseCampaignInput): Promise<CampaignState> {
    const at = new Date().toISOString();
    return this.steer(
      () => activities.setCampaignStatus(this.statusChange('ACTIVE', 'PAUSED', at, by)),
      () => {
        this.s.status = 'PAUSED';
        this.s.pausedAt = at;
        return { kind: 'paused', at };
      },
    );
  }

  resume({ actorId, requestId }: ActorInput): Promise<CampaignState> {
    const at = new Date().toISOString();
    const pausedFor = this.s.pausedAt ? Date.parse(at) - Date.parse(this.s.pausedAt) : 0;
    return this.steer(
      // The time paused is added to every open task's due time.
      () =>
        activities.resumeCampaign({
          campaignId: this.input.campaignId,
          at,
          shiftMs: pausedFor,
          actorId,
          requestId: requestId ?? null,
        }),
      () => {
        this.s.status = 'ACTIVE';
        this.s.pausedAt = null;
        this.s.pausedMs += pausedFor;
        return { kind: 'resumed', at };
      },
    );
  }

  extend({ endsAt, reason, actorId, requestId }: ExtendCampaignInput): Promise<CampaignState> {
    const shiftMs = Date.parse(endsAt) - Date.parse(this.s.endsAt);
    return this.steer(
      () =>
        activities.extendCampaign({
          campaignId: this.input.campaignId,
          endsAt,
          shiftMs,
          at: new Date().toISOString(),
          reason,
          actorId,
          requestId: requestId ?? null,
        }),
      () => {
        this.s.endsAt = endsAt;
        return { kind: 'dueChanged', at: new Date().toISOString() };
      },
    );
  }

  cancel(by: CancelCampaignInput): Promise<CampaignState> {
    const at = new Date().toISOString();
    return this.steer(
      () => activities.setCampaignStatus(this.statusChange(this.s.status, 'CANCELLED', at, by)),
      () => {
        this.s.status = 'CANCELLED';
        return { kind: 'cancelled', at, reason: by.reason };
      },
    );
  }

  /**
   * Records a steering step, applies it and queues its broadcast for the open tasks. Awaiting the step settles the
   * handler one microtask after it is applied, as the handlers of the recorded histories did.
   */
  private async steer(record: () => Promise<void>, apply: () => TaskBroadcast): Promise<CampaignState> {
    return await this.steering.run(null, record, () => {
      this.s.broadcasts.push({ message: apply(), afterTaskId: 0 });
      return this.view();
    });
  }

  // ---- the main loop's steps: each page's result is applied here; the awaits stay in campaignWorkflow.

  nextPlanPage() {
    return {
      campaignId: this.input.campaignId,
      afterEnterpriseId: this.s.plannedAfterEnterpriseId,
      limit: PLAN_PAGE_SIZE,
    };
  }

  planned(page: Page<'planTasksPage'>): void {
    this.s.tasksPlanned += page.written;
    if (page.lastEnterpriseId === null) this.s.planned = true;
    else this.s.plannedAfterEnterpriseId = page.lastEnterpriseId;
  }

  nextFanOutPage() {
    return { campaignId: this.input.campaignId, afterTaskId: this.s.fannedOutAfterTaskId, limit: FAN_OUT_PAGE_SIZE };
  }

  /** Applies a page of started task workflows; false after the last. */
  fannedOut(page: Page<'startTaskWorkflowsPage'>): boolean {
    this.s.tasksStarted += page.started;
    if (page.lastTaskId === null) return false;
    this.s.fannedOutAfterTaskId = page.lastTaskId;
    return true;
  }

  mayContinueAsNew(): boolean {
    return workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > (this.input.historyLimit ?? 8_000);
  }

  handlersFinished(): Promise<void> {
    return condition(() => allHandlersFinished() && !this.steering.busy);
  }

  async carryOn(): Promise<void> {
    await this.handlersFinished();
    await continueAsNew<typeof campaignWorkflow>({ ...this.input, carried: this.s });
  }

  async runBroadcasts(): Promise<void> {
    for (let job = this.s.broadcasts[0]; job; job = this.s.broadcasts[0]) {
      const page = await pagedActivities.signalOpenTasksPage({
        campaignId: this.input.campaignId,
        afterTaskId: job.afterTaskId,
        limit: BROADCAST_PAGE_SIZE,
        message: job.message,
      });
      if (page.lastTaskId === null) this.s.broadcasts.shift();
      else job.afterTaskId = page.lastTaskId;
      if (this.mayContinueAsNew()) await this.carryOn();
    }
  }

  private schedule(): ReportPeriod[] {
    return reportSchedule(this.startsAt, new Date(this.s.endsAt), this.input.reportEvery);
  }

  report(period: ReportPeriod) {
    return { campaignId: this.input.campaignId, period: serialise(period) };
  }

  reported(period: ReportPeriod): void {
    this.s.reportsWritten.push(reportKey(period));
  }

  async writeDueReports(until: number): Promise<void> {
    for (const period of this.schedule()) {
      if (period.periodEnd.getTime() > until || this.s.reportsWritten.includes(reportKey(period))) continue;
      await activities.writeReport(this.report(period));
      this.reported(period);
    }
  }

  /** How long to sleep until the next report or the end of the window; null once the window has ended. */
  nextWait(): number | null {
    const endsAt = Date.parse(this.s.endsAt);
    if (Date.now() >= endsAt) return null;
    const next = this.schedule().find((p) => !this.s.reportsWritten.includes(reportKey(p)));
    return Math.max(1, Math.min(endsAt, next?.periodEnd.getTime() ?? endsAt) - Date.now());
  }

  /** True once the campaign has closed, moved its end or queued a broadcast since this call. */
  steeredSince(): () => boolean {
    const seenEnd = this.s.endsAt;
    const seenBroadcasts = this.s.broadcasts.length;
    return () => !this.isOpen() || this.s.endsAt !== seenEnd || this.s.broadcasts.length !== seenBroadcasts;
  }

  /** The FINAL report's period; a cancelled campaign's report covers the time it ran. */
  finalPeriod(): ReportPeriod {
    const closedAt = Math.min(Date.now(), Date.parse(this.s.endsAt));
    return finalReportPeriod(this.startsAt, new Date(Math.max(closedAt, this.startsAt.getTime() + 1)));
  }
}

function serialise(period: ReportPeriod) {
  return {
    kind: period.kind,
    sequence: period.sequence,
    periodStart: period.periodStart.toISOString(),
    periodEnd: period.periodEnd.toISOString(),
  };
}
