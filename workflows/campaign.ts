// A campaign from launch to its final report: plans and fans out tasks in pages, reports on a timer,
// and is steered by pause / resume / extend / cancel. Continues-as-new before its history grows large.
import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { finalReportPeriod, reportSchedule, type ReportPeriod } from '../domain/reports';
import { activities, pagedActivities } from './activity-proxies';
import {
  cancel,
  extend,
  getCampaignState,
  pause,
  resume,
  type ActorInput,
  type CampaignCarriedState,
  type CampaignState,
  type CampaignWorkflowInput,
  type CancelCampaignInput,
  type ExtendCampaignInput,
  type PauseCampaignInput,
  type TaskBroadcast,
} from './messages';

export const PLAN_PAGE_SIZE = 1000;
export const FAN_OUT_PAGE_SIZE = 500;
export const BROADCAST_PAGE_SIZE = 500;

const reportKey = (period: ReportPeriod) => `${period.kind}:${period.sequence}`;

export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignState> {
  const startsAt = new Date(input.startsAt);
  const s: CampaignCarriedState = input.carried ?? {
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
  let steering = 0;

  const view = (): CampaignState => ({
    campaignId: input.campaignId,
    status: s.status,
    endsAt: s.endsAt,
    pausedMs: s.pausedMs,
    tasksPlanned: s.tasksPlanned,
    tasksStarted: s.tasksStarted,
    reportsWritten: s.reportsWritten.length,
  });
  const isOpen = () => s.status === 'SCHEDULED' || s.status === 'ACTIVE' || s.status === 'PAUSED';
  // Handlers change status at once and queue the slow part (signalling every open task) for the main loop.
  const steer = async <T>(fn: () => Promise<T>): Promise<T> => {
    steering += 1;
    try {
      return await fn();
    } finally {
      steering -= 1;
    }
  };
  const broadcast = (message: TaskBroadcast) => {
    s.broadcasts.push({ message, afterTaskId: 0 });
  };

  setHandler(getCampaignState, view);
  setHandler(
    pause,
    (args) =>
      steer(async () => {
        const at = new Date().toISOString();
        await activities.setCampaignStatus({
          campaignId: input.campaignId,
          from: 'ACTIVE',
          to: 'PAUSED',
          at,
          reason: args.reason,
          actorId: args.actorId,
          requestId: args.requestId ?? null,
        });
        s.status = 'PAUSED';
        s.pausedAt = at;
        broadcast({ kind: 'paused', at });
        return view();
      }),
    {
      validator: (_args: PauseCampaignInput) => {
        if (s.status !== 'ACTIVE' || steering > 0) throw new Error('只有进行中的专项行动可以暂停');
      },
    },
  );

  setHandler(
    resume,
    (args) =>
      steer(async () => {
        const at = new Date().toISOString();
        const pausedFor = s.pausedAt ? Date.parse(at) - Date.parse(s.pausedAt) : 0;
        // The time paused is added to every open task's due time.
        await activities.resumeCampaign({
          campaignId: input.campaignId,
          at,
          shiftMs: pausedFor,
          actorId: args.actorId,
          requestId: args.requestId ?? null,
        });
        s.status = 'ACTIVE';
        s.pausedAt = null;
        s.pausedMs += pausedFor;
        broadcast({ kind: 'resumed', at });
        return view();
      }),
    {
      validator: (_args: ActorInput) => {
        if (s.status !== 'PAUSED' || steering > 0) throw new Error('只有已暂停的专项行动可以恢复');
      },
    },
  );

  setHandler(
    extend,
    (args) =>
      steer(async () => {
        const shiftMs = Date.parse(args.endsAt) - Date.parse(s.endsAt);
        await activities.extendCampaign({
          campaignId: input.campaignId,
          endsAt: args.endsAt,
          shiftMs,
          at: new Date().toISOString(),
          reason: args.reason,
          actorId: args.actorId,
          requestId: args.requestId ?? null,
        });
        s.endsAt = args.endsAt;
        broadcast({ kind: 'dueChanged', at: new Date().toISOString() });
        return view();
      }),
    {
      validator: ({ endsAt }: ExtendCampaignInput) => {
        if (!isOpen() || steering > 0) throw new Error('只有未结束的专项行动可以延期');
        const next = Date.parse(endsAt);
        if (!(next > Date.parse(s.endsAt)) || !(next > Date.now()))
          throw new Error('新的结束时间必须晚于原结束时间和当前时间');
      },
    },
  );

  setHandler(
    cancel,
    (args) =>
      steer(async () => {
        const at = new Date().toISOString();
        await activities.setCampaignStatus({
          campaignId: input.campaignId,
          from: s.status,
          to: 'CANCELLED',
          at,
          reason: args.reason,
          actorId: args.actorId,
          requestId: args.requestId ?? null,
        });
        s.status = 'CANCELLED';
        broadcast({ kind: 'cancelled', at, reason: args.reason });
        return view();
      }),
    {
      validator: (_args: CancelCampaignInput) => {
        if (!isOpen() || steering > 0) throw new Error('该专项行动已结束或已撤销');
      },
    },
  );

  const mayContinueAsNew = () =>
    workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > (input.historyLimit ?? 8_000);
  const carryOn = async () => {
    await condition(() => allHandlersFinished() && steering === 0);
    await continueAsNew<typeof campaignWorkflow>({ ...input, carried: s });
  };

  const runBroadcasts = async () => {
    for (let job = s.broadcasts[0]; job; job = s.broadcasts[0]) {
      const page = await pagedActivities.signalOpenTasksPage({
        campaignId: input.campaignId,
        afterTaskId: job.afterTaskId,
        limit: BROADCAST_PAGE_SIZE,
        message: job.message,
      });
      if (page.lastTaskId === null) s.broadcasts.shift();
      else job.afterTaskId = page.lastTaskId;
      if (mayContinueAsNew()) await carryOn();
    }
  };

  const writeDueReports = async (until: number) => {
    for (const period of reportSchedule(startsAt, new Date(s.endsAt), input.reportEvery)) {
      if (period.periodEnd.getTime() > until || s.reportsWritten.includes(reportKey(period))) continue;
      await activities.writeReport({ campaignId: input.campaignId, period: serialise(period) });
      s.reportsWritten.push(reportKey(period));
    }
  };

  // 1. A scheduled campaign waits for its start.
  if (s.status === 'SCHEDULED') {
    await condition(() => s.status !== 'SCHEDULED', Math.max(0, startsAt.getTime() - Date.now()));
    if (s.status === 'SCHEDULED') {
      await activities.setCampaignStatus({
        campaignId: input.campaignId,
        from: 'SCHEDULED',
        to: 'ACTIVE',
        at: new Date().toISOString(),
        reason: null,
        actorId: null,
        requestId: null,
      });
      s.status = 'ACTIVE';
    }
  }

  // 2. Plan: task rows in pages. 3. Fan out: task workflows in pages. Only ids and counts pass through history.
  while (isOpen() && !s.planned) {
    const page = await pagedActivities.planTasksPage({
      campaignId: input.campaignId,
      afterEnterpriseId: s.plannedAfterEnterpriseId,
      limit: PLAN_PAGE_SIZE,
    });
    s.tasksPlanned += page.written;
    if (page.lastEnterpriseId === null) s.planned = true;
    else s.plannedAfterEnterpriseId = page.lastEnterpriseId;
    if (mayContinueAsNew()) await carryOn();
  }
  while (isOpen()) {
    const page = await pagedActivities.startTaskWorkflowsPage({
      campaignId: input.campaignId,
      afterTaskId: s.fannedOutAfterTaskId,
      limit: FAN_OUT_PAGE_SIZE,
    });
    s.tasksStarted += page.started;
    if (page.lastTaskId === null) break;
    s.fannedOutAfterTaskId = page.lastTaskId;
    if (mayContinueAsNew()) await carryOn();
  }

  // 4. Run: reports on their schedule, steering as it comes, until the end of the window.
  for (;;) {
    await runBroadcasts();
    if (!isOpen()) break;
    await writeDueReports(Date.now());
    const endsAt = Date.parse(s.endsAt);
    if (Date.now() >= endsAt) break;
    const next = reportSchedule(startsAt, new Date(s.endsAt), input.reportEvery).find(
      (p) => !s.reportsWritten.includes(reportKey(p)),
    );
    const wakeAt = Math.min(endsAt, next?.periodEnd.getTime() ?? endsAt);
    const seenEnd = s.endsAt;
    const seenBroadcasts = s.broadcasts.length;
    await condition(
      () => !isOpen() || s.endsAt !== seenEnd || s.broadcasts.length !== seenBroadcasts,
      Math.max(1, wakeAt - Date.now()),
    );
    if (mayContinueAsNew()) await carryOn();
  }

  // 5. Close: a FINAL report; a cancelled campaign's report covers the time it ran.
  await condition(() => allHandlersFinished() && steering === 0);
  const closedAt = Math.min(Date.now(), Date.parse(s.endsAt));
  const final = finalReportPeriod(startsAt, new Date(Math.max(closedAt, startsAt.getTime() + 1)));
  if (s.status !== 'CANCELLED') {
    await activities.setCampaignStatus({
      campaignId: input.campaignId,
      from: s.status,
      to: 'CLOSED',
      at: new Date().toISOString(),
      reason: null,
      actorId: null,
      requestId: null,
    });
    s.status = 'CLOSED';
  }
  await activities.writeReport({ campaignId: input.campaignId, period: serialise(final) });
  s.reportsWritten.push(reportKey(final));
  await runBroadcasts();
  return view();
}

function serialise(period: ReportPeriod) {
  return {
    kind: period.kind,
    sequence: period.sequence,
    periodStart: period.periodStart.toISOString(),
    periodEnd: period.periodEnd.toISOString(),
  };
}
