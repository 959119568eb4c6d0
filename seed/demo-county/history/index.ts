// A recent past and a present for the demo county (issue #15 §1): a finished 百日攻坚 with its inspections, hazards
// (most closed, some late, a few rejected once, majors listed and signed off), escalations at each rung and its
// reports; and a running 重大事故隐患专项排查整治 midway. The past is written by the activities' own functions at the
// times it happened (steps.ts); everything still open is handed to real workflows (startDemoOpenWork), which remind
// and escalate from there. Deterministic for a seed and a day: every time counts from 00:00 Shanghai of `now`.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createCountyReportActivities } from '../../../activities/county-reports';
import { createAuditRepository } from '../../../db/repositories/audit';
import { createCampaignRepository } from '../../../db/repositories/campaigns';
import { createEnterpriseRepository } from '../../../db/repositories/enterprises';
import { createFiguresRepository } from '../../../db/repositories/figures';
import { createHolidayRepository } from '../../../db/repositories/holidays';
import { createTaskRepository } from '../../../db/repositories/tasks';
import type { CampaignScope, DB } from '../../../db/schema';
import { SHANGHAI_OFFSET_MS } from '../../../domain/calendar';
import { COUNTY_REPORT_KINDS, lastEndedCountyPeriod } from '../../../domain/county-reports';
import { escalationLadder } from '../../../domain/escalation';
import { DEFAULT_POLICY } from '../../../domain/policy';
import {
  composeReportBody,
  finalReportPeriod,
  reportSchedule,
  reportStats,
  type ReportPeriod,
} from '../../../domain/reports';
import { createRng, type Rng } from '../../../domain/rng';
import { drawSample } from '../../../domain/sampling';
import type { CampaignKind, Industry } from '../../../domain/types';
import {
  campaignWorkflowId,
  hazardWorkflowId,
  reportRectification,
  verifyRectification,
  type CampaignWorkflowInput,
  type FindingInput,
  type GradingWorkflowInput,
  type LookBackWorkflowInput,
  type HazardWorkflowInput,
} from '../../../workflows/messages';
import { chainEnd, planHazardChain, rungsBefore, type ChainStep } from './hazard-chain';
import { createHistorySteps, peopleOf, type HistorySteps } from './steps';
import { GENERAL_HAZARDS, MAJOR_HAZARDS, MEASURES } from './texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEMO_HISTORY_SEED = 20261207;

export interface DemoHistoryOptions {
  now: Date;
  seed?: number;
  onProgress?: (line: string) => void;
  /** Stops the writing at its next task (Ctrl-C during the first start). */
  signal?: AbortSignal;
}

interface OpenHazard {
  id: number;
  enterpriseId: number;
  unitId: number;
  level: 'GENERAL' | 'MAJOR';
  foundAt: string;
  rectifyBy: string;
  /** What the live workflow is asked to do once it runs: nothing, take the report, or take report and verification. */
  next: 'none' | 'report' | 'verify';
}

export interface DemoOpenWork {
  campaign: CampaignWorkflowInput;
  hazards: OpenHazard[];
}

export interface DemoHistorySummary {
  campaigns: number;
  inspections: number;
  hazards: number;
  hazardsOpen: number;
  reports: number;
}

interface CampaignPlan {
  name: string;
  kind: CampaignKind;
  industries: Industry[];
  launchAt: Date;
  startsAt: Date;
  endsAt: Date;
  taskDueAt: Date;
  sampleRatio: number;
  checklist: string;
  /** A task's due time by its enterprise's township (分批推进); default taskDueAt. */
  dueIn?: (townshipId: number) => Date;
  /** Enterprises the draw must take in when they are in scope. */
  mustDraw?: readonly number[];
}

/** 00:00 Shanghai of the day of `now`, plus `days` days and `hours` hours. */
const dayClock = (now: Date) => {
  const wall = now.getTime() + SHANGHAI_OFFSET_MS;
  const midnight = wall - (wall % DAY) - SHANGHAI_OFFSET_MS;
  return (days: number, hours = 0) => new Date(midnight + days * DAY + hours * HOUR);
};

const workHour = (rng: Rng) => (8.5 + rng.int(8)) * HOUR + rng.int(60) * 60_000;

function findings(rng: Rng, at: Date, majorShare: number, atLeast = 0): FindingInput[] {
  const count = Math.max(
    atLeast,
    rng.weighted<number>([
      [0, 30],
      [1, 35],
      [2, 25],
      [3, 10],
    ]),
  );
  return Array.from({ length: count }, () => {
    const major = rng.next() < majorShare;
    const text = rng.pick(major ? MAJOR_HAZARDS : GENERAL_HAZARDS);
    const days = major ? 30 : 7 + rng.int(14);
    return {
      level: major ? ('MAJOR' as const) : ('GENERAL' as const),
      description: text.description,
      location: text.location,
      checklistItemId: null,
      rectifyBy: new Date(at.getTime() + days * DAY + 9 * HOUR).toISOString(),
    };
  });
}

async function runChain(steps: HistorySteps, hazard: OpenHazard, plan: readonly ChainStep[]): Promise<void> {
  const subject = {
    id: hazard.id,
    enterpriseId: hazard.enterpriseId,
    unitId: hazard.unitId,
    major: hazard.level === 'MAJOR',
  };
  for (const step of plan) {
    if (step.kind === 'escalate') await steps.escalateHazard(hazard.id, step.key, step.level, step.at, step.ackAt);
    else if (step.kind === 'report') await steps.report(subject, step.cycle, step.at, step.measures);
    else if (step.kind === 'verify') await steps.verify(subject, step.cycle, step.at, step.rejection);
    else if (step.kind === 'signOff') await steps.signOff(hazard.id, step.at);
    else await steps.closedNotice(hazard.id, step.at);
  }
}

export async function writeDemoHistory(
  db: Kysely<DB>,
  options: DemoHistoryOptions,
): Promise<{ summary: DemoHistorySummary; open: DemoOpenWork }> {
  const rng = createRng(options.seed ?? DEMO_HISTORY_SEED);
  const day = dayClock(options.now);
  const progress = options.onProgress ?? (() => undefined);
  const people = await peopleOf(db);
  const steps = createHistorySteps(db, people);
  const policy = DEFAULT_POLICY;
  const summary: DemoHistorySummary = { campaigns: 0, inspections: 0, hazards: 0, hazardsOpen: 0, reports: 0 };
  const templates = new Map(
    (await db.selectFrom('checklist_template').select(['id', 'code']).execute()).map((t) => [t.code, t.id]),
  );

  async function insertCampaign(plan: CampaignPlan, status: 'SCHEDULED' | 'ACTIVE') {
    const scope: CampaignScope = { industries: plan.industries, townshipIds: [], topics: ['INDUSTRY'] };
    const ids = await createEnterpriseRepository(db).campaignScopeIds(scope);
    // The first seed whose draw takes in the enterprises that must be in (the demo accounts'): still a seeded draw.
    let seed: number | null = null;
    for (let tries = 0; plan.sampleRatio < 1 && tries < 500; tries++) {
      seed = 1 + rng.int(2 ** 30);
      const drawn = drawSample(ids, plan.sampleRatio, seed);
      if ((plan.mustDraw ?? []).every((id) => !ids.includes(id) || drawn.has(id))) break;
    }
    return db.transaction().execute(async (trx) => {
      const campaigns = createCampaignRepository(trx);
      const id = await campaigns.insert({
        name: plan.name,
        kind: plan.kind,
        status,
        starts_at: plan.startsAt,
        ends_at: plan.endsAt,
        task_due_at: plan.taskDueAt,
        scope: JSON.stringify(scope),
        sample_ratio: plan.sampleRatio,
        sample_seed: seed,
        checklist_template_id: templates.get(plan.checklist) ?? null,
        self_check_due_at: null,
        policy: JSON.stringify(policy),
        workflow_id: `pending-${rng.int(2 ** 30)}`,
        created_by: people.admin,
        idempotency_key: null,
        created_at: plan.launchAt,
        updated_at: plan.launchAt,
      });
      await campaigns.setWorkflowId(id, campaignWorkflowId(id));
      await createAuditRepository(trx).record({
        actorId: people.admin,
        action: 'launchCampaign',
        subjectType: 'Campaign',
        subjectId: id,
        after: {
          name: plan.name,
          kind: plan.kind,
          startsAt: plan.startsAt,
          endsAt: plan.endsAt,
          scope,
          sampleRatio: plan.sampleRatio,
        },
        at: plan.launchAt,
      });
      // 双随机 as the fan-out draws it: the same sample for the same seed over the same register.
      const drawn = seed === null ? new Set(ids) : drawSample(ids, plan.sampleRatio, seed);
      const enterprises = await trx
        .selectFrom('enterprise')
        .select(['id', 'regulator_id', 'township_id'])
        .where('id', 'in', [...drawn])
        .orderBy('id')
        .execute();
      await createTaskRepository(trx).insertTaskPage(
        enterprises.map((e) => ({
          campaign_id: id,
          enterprise_id: e.id,
          kind: 'INSPECT' as const,
          topic: 'INDUSTRY' as const,
          assignee_org_id: e.regulator_id,
          assignee_user_id: people.staffOf.get(e.regulator_id) ?? null,
          due_at: plan.dueIn?.(e.township_id) ?? plan.taskDueAt,
          created_at: plan.startsAt,
        })),
      );
      const tasks = await trx
        .selectFrom('task')
        .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
        .select(['task.id', 'task.enterprise_id', 'task.assignee_org_id', 'task.due_at', 'enterprise.township_id'])
        .where('task.campaign_id', '=', id)
        .orderBy('task.id')
        .execute();
      return { id, tasks };
    });
  }

  async function setStatus(id: number, from: 'SCHEDULED' | 'ACTIVE', to: 'ACTIVE' | 'CLOSED', at: Date) {
    await db.transaction().execute(async (trx) => {
      await createCampaignRepository(trx).moveStatus(id, from, to, at.toISOString());
      await createAuditRepository(trx).record({
        actorId: null,
        action: to === 'ACTIVE' ? 'startCampaign' : 'closeCampaign',
        subjectType: 'Campaign',
        subjectId: id,
        before: { status: from },
        after: { status: to, reason: null },
        at,
      });
    });
  }

  /** An inspection at `at` (with the task's ladder rungs before it, if it came late) and its findings. */
  async function inspectTask(
    task: { id: number; enterprise_id: number; assignee_org_id: number },
    dueAt: Date,
    at: Date,
    majorShare: number,
    atLeast = 0,
  ) {
    for (const step of rungsBefore(rng, escalationLadder(dueAt, policy.steps), at))
      await steps.escalateTask(task.id, step.key, step.level, step.at, step.ackAt);
    const found = await steps.inspect({
      taskId: task.id,
      unitId: task.assignee_org_id,
      at,
      inspectors: 2 + rng.int(3),
      findings: findings(rng, at, majorShare, atLeast),
    });
    summary.inspections += 1;
    summary.hazards += found.length;
    return found.map((h): OpenHazard => ({
      id: h.id,
      enterpriseId: task.enterprise_id,
      unitId: task.assignee_org_id,
      level: h.level,
      foundAt: h.foundAt,
      rectifyBy: h.rectifyBy,
      next: 'none',
    }));
  }

  // 一、百日攻坚, finished a month ago: every drawn enterprise inspected, every hazard closed, its reports written.
  const finished: CampaignPlan = {
    name: `${new Date(day(-130).getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear()}年安全生产百日攻坚行动`,
    kind: 'HUNDRED_DAY_CRACKDOWN',
    industries: [
      'HAZARDOUS_CHEMICALS',
      'NON_COAL_MINE',
      'METALLURGY',
      'COMBUSTIBLE_DUST',
      'AMMONIA_REFRIGERATION',
      'CONFINED_SPACE',
      'OTHER',
    ],
    launchAt: day(-133, 10),
    startsAt: day(-130),
    endsAt: day(-30),
    taskDueAt: day(-60, 18),
    sampleRatio: 0.3,
    checklist: 'industry-trade',
  };
  const first = await insertCampaign(finished, 'SCHEDULED');
  summary.campaigns += 1;
  await setStatus(first.id, 'SCHEDULED', 'ACTIVE', finished.startsAt);
  for (const [n, task] of first.tasks.entries()) {
    options.signal?.throwIfAborted();
    const late = rng.next() < 0.1;
    const at = late
      ? new Date(finished.taskDueAt.getTime() + (2 + rng.int(20)) * DAY + workHour(rng) - 18 * HOUR)
      : new Date(finished.startsAt.getTime() + (3 + rng.int(64)) * DAY + workHour(rng));
    for (const hazard of await inspectTask(task, finished.taskDueAt, at, 0.06)) {
      // Every hazard of the finished campaign was closed before today: a chain that would run past it (a late
      // report after a rejection, say) is drawn again.
      const found = { level: hazard.level, foundAt: new Date(hazard.foundAt), rectifyBy: new Date(hazard.rectifyBy) };
      let plan = planHazardChain(rng, found, policy.steps);
      for (let tries = 0; chainEnd(plan).getTime() >= day(0, -2).getTime() && tries < 50; tries++)
        plan = planHazardChain(rng, found, policy.steps);
      await runChain(steps, hazard, plan);
    }
    if (n % 25 === 0) progress(`demo history: ${finished.name} ${n}/${first.tasks.length}`);
  }
  await setStatus(first.id, 'ACTIVE', 'CLOSED', finished.endsAt);
  const periods: ReportPeriod[] = [
    ...reportSchedule(finished.startsAt, finished.endsAt, policy.reportEvery),
    finalReportPeriod(finished.startsAt, finished.endsAt),
  ];
  for (const period of periods) {
    const content = await createFiguresRepository(db).reportContent(
      { campaignId: first.id, campaignName: finished.name, period },
      { kind: 'county' },
    );
    await createCampaignRepository(db).insertReport({
      campaign_id: first.id,
      kind: period.kind,
      period_start: period.periodStart,
      period_end: period.periodEnd,
      stats: JSON.stringify(reportStats(content)),
      body: composeReportBody(content),
      created_at: new Date(period.periodEnd.getTime() + HOUR),
    });
    summary.reports += 1;
  }

  // 二、重大事故隐患专项排查整治, midway: a first batch (the town and the park) due six days ago, some of it still
  // open and so overdue, and a second batch due in three weeks.
  const firstBatch = new Set(
    (
      await db
        .selectFrom('org_unit')
        .select('id')
        .where('code', 'in', ['chengguan', 'dongguan', 'xiguan', 'beiyuan', 'kaifaqu'])
        .execute()
    ).map((u) => u.id),
  );
  const firstDue = day(-6, 18);
  const running: CampaignPlan = {
    name: `${new Date(day(0).getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear()}年重大事故隐患专项排查整治行动`,
    kind: 'MAJOR_HAZARD_SWEEP',
    industries: ['HAZARDOUS_CHEMICALS', 'GAS', 'CONSTRUCTION', 'FIRE_KEY_UNIT', 'SPECIAL_EQUIPMENT'],
    launchAt: day(-27, 10),
    startsAt: day(-27, 10),
    endsAt: day(63),
    taskDueAt: day(21, 18),
    sampleRatio: 0.5,
    checklist: 'general',
    dueIn: (townshipId) => (firstBatch.has(townshipId) ? firstDue : day(21, 18)),
    mustDraw: [...people.accountOf.keys()],
  };
  const second = await insertCampaign(running, 'ACTIVE');
  summary.campaigns += 1;
  const limit = day(0, -2);
  const open: OpenHazard[] = [];
  const accounts = new Set(people.accountOf.keys());
  for (const [n, task] of second.tasks.entries()) {
    options.signal?.throwIfAborted();
    const early = firstBatch.has(task.township_id);
    const due = task.due_at;
    // The enterprises with their own accounts are inspected, so their portals have hazards to rectify.
    const own = accounts.has(task.enterprise_id);
    const done = own || rng.next() < (early ? 0.8 : 0.4);
    if (!done) continue;
    const span = Math.max(
      1,
      Math.floor((Math.min(due.getTime(), limit.getTime()) - running.startsAt.getTime()) / DAY) - 2,
    );
    // An account's enterprise was inspected last week: its hazards are still to be rectified, in its own portal.
    // The second batch's inspections are the last fortnight's work; an account's enterprise was inspected last week,
    // so its hazards are still to be rectified, in its own portal.
    const at = own
      ? day(-2 - rng.int(5), 0)
      : early
        ? new Date(running.startsAt.getTime() + (1 + rng.int(span)) * DAY - 10 * HOUR)
        : day(-1 - rng.int(14), 0);
    at.setTime(at.getTime() + workHour(rng));
    for (const hazard of await inspectTask(task, due, at, 0.04, own ? 2 : 0)) {
      const plan = planHazardChain(
        rng,
        { level: hazard.level, foundAt: new Date(hazard.foundAt), rectifyBy: new Date(hazard.rectifyBy) },
        policy.steps,
      );
      if (!own && chainEnd(plan).getTime() < limit.getTime() && rng.next() < 0.85) {
        await runChain(steps, hazard, plan);
      } else {
        // Still open: a live workflow takes it, some reported today and awaiting verification (次日核查).
        const next = own
          ? 'none'
          : rng.weighted<OpenHazard['next']>([
              ['none', 60],
              ['report', 30],
              ['verify', hazard.level === 'MAJOR' ? 30 : 0],
            ]);
        open.push({ ...hazard, next });
        summary.hazardsOpen += 1;
      }
    }
    if (n % 25 === 0) progress(`demo history: ${running.name} ${n}/${second.tasks.length}`);
  }
  // The county's own reports of last week, last month and last year, as their schedules would have written them.
  const countyReports = createCountyReportActivities(db);
  for (const kind of COUNTY_REPORT_KINDS) {
    await countyReports.writeCountyReport({
      kind,
      periodStart: lastEndedCountyPeriod(kind, options.now).periodStart.toISOString(),
      at: options.now.toISOString(),
      actorId: null,
      requestId: null,
    });
    summary.reports += 1;
  }
  return {
    summary,
    open: {
      campaign: {
        campaignId: second.id,
        startsAt: running.startsAt.toISOString(),
        endsAt: running.endsAt.toISOString(),
        status: 'ACTIVE',
        reportEvery: policy.reportEvery,
      },
      hazards: open,
    },
  };
}

/**
 * Hands what is still open to real workflows: the running campaign (its fan-out starts a task workflow for every
 * open task, overdue ones escalate at once, and it writes the weekly reports already due), and a hazard workflow per
 * open hazard (overdue ones escalate, majors are listed); some get today's rectification report and verification.
 */
export async function startDemoOpenWork(
  db: Kysely<DB>,
  deps: { client: Client; taskQueue: string },
  open: DemoOpenWork,
  signal?: AbortSignal,
): Promise<void> {
  const { client, taskQueue } = deps;
  const people = await peopleOf(db);
  const calendar = await createHolidayRepository(db).yearsInUse(new Date());
  await client.workflow.start('campaignWorkflow', {
    workflowId: campaignWorkflowId(open.campaign.campaignId),
    taskQueue,
    args: [open.campaign],
  });
  for (const hazard of open.hazards) {
    signal?.throwIfAborted();
    const input: HazardWorkflowInput = {
      hazardId: hazard.id,
      level: hazard.level,
      foundAt: hazard.foundAt,
      rectifyBy: hazard.rectifyBy,
      policy: DEFAULT_POLICY,
      calendar,
    };
    const handle = await client.workflow.start('hazardWorkflow', {
      workflowId: hazardWorkflowId(hazard.id),
      taskQueue,
      args: [input],
    });
    if (hazard.next === 'none') continue;
    const account = people.accountOf.get(hazard.enterpriseId);
    const reporter = account ?? people.headOf.get(hazard.unitId) ?? people.admin;
    const major = hazard.level === 'MAJOR';
    await handle.executeUpdate(reportRectification, {
      updateId: `demo:report:${hazard.id}:live`,
      args: [
        {
          actorId: reporter,
          requestId: null,
          measures: MEASURES[hazard.id % MEASURES.length] ?? '已整改',
          onBehalf: account === undefined,
          ...(major
            ? {
                responsible: '企业主要负责人',
                funds: 80_000,
                completedAt: new Date().toISOString(),
                contingencyPlan: '整改期间停用相关装置，设专人监护',
              }
            : {}),
        },
      ],
    });
    if (hazard.next === 'verify')
      await handle.executeUpdate(verifyRectification, {
        updateId: `demo:verify:${hazard.id}:live`,
        args: [
          {
            actorId: people.staffOf.get(hazard.unitId) ?? people.admin,
            requestId: null,
            passed: true,
            comment: '现场核查，整改到位',
            newRectifyBy: null,
          },
        ],
      });
  }
  // The county office finds a grading of the year's record to review (分级分类), as the quarterly schedule writes one.
  signal?.throwIfAborted();
  const grading: GradingWorkflowInput = { periodEnd: new Date().toISOString() };
  await client.workflow.start('gradingWorkflow', { workflowId: 'grading-demo', taskQueue, args: [grading] });
  // And last month's 回头看 drawn, as the monthly schedule draws it: the townships find closed hazards to check again.
  signal?.throwIfAborted();
  const lookBack: LookBackWorkflowInput = {};
  await client.workflow.start('lookBackWorkflow', { workflowId: 'look-back-demo', taskQueue, args: [lookBack] });
}

/** The whole demo history: the past written, the present started. */
export async function seedDemoHistory(
  db: Kysely<DB>,
  deps: { client: Client; taskQueue: string },
  options: DemoHistoryOptions,
): Promise<DemoHistorySummary> {
  const { summary, open } = await writeDemoHistory(db, options);
  options.signal?.throwIfAborted();
  await startDemoOpenWork(db, deps, open, options.signal);
  return summary;
}
