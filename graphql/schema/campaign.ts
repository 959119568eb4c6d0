import { z } from 'zod';
import type { CampaignProgressRow, CampaignRow, ReportRow } from '../../db/repositories/campaigns';
import { DEFAULT_POLICY, MAX_ESCALATION_STEPS, type CampaignPolicy } from '../../domain/policy';
import { rectificationRate, selfCheckRate } from '../../domain/figures';
import { LIMITS, textTooLong } from '../../domain/limits';
import { ESCALATION_LEVELS, INDUSTRIES } from '../../domain/types';
import { builder, ConnectionInterface } from '../builder';
import { idempotencyKeyText, maxChars } from '../validation';
import { CAMPAIGN_REFUSALS, type SteerKind } from '../../domain/campaign-rules';
import type { Context } from '../context';
import { connectionOf, pageComplexity, decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { PRICES } from '../request-limits';
import { alignById, groupBy, scopedLoad, type Key } from '../loaders';
import { ChecklistTemplateRef } from './checklist';
import {
  CampaignKindEnum,
  CampaignStatusEnum,
  EscalationLevelEnum,
  IndustryEnum,
  ReportKindEnum,
  TaskStatusEnum,
} from './enums';
import { OrgUnitRef } from './org-unit';
import { TaskConnection } from './task';

const storedPolicy = z.object({
  remindBefore: z.string().nullable(),
  steps: z.array(z.object({ after: z.string(), level: z.enum(ESCALATION_LEVELS) })),
  reportEvery: z.string(),
});
const storedScope = z.object({ industries: z.array(z.enum(INDUSTRIES)), townshipIds: z.array(z.number()) });
// Reports stored before the enterprises' figures existed read them as 0.
const storedFigures = z
  .object({
    tasksTotal: z.number(),
    tasksDone: z.number(),
    tasksOverdue: z.number(),
    hazardsFound: z.number(),
    hazardsClosed: z.number(),
    majorHazards: z.number(),
    selfChecksDue: z.number().default(0),
    selfChecksDone: z.number().default(0),
    hazardsSelfFound: z.number().default(0),
    rectificationsByEnterprise: z.number().default(0),
    rectificationsOnBehalf: z.number().default(0),
    majorHazardsAwaitingSignOff: z.number().default(0),
  })
  .loose();
const storedStats = z.object({ figures: storedFigures, cumulative: storedFigures }).loose();

const policyOf = (campaign: CampaignRow): CampaignPolicy =>
  storedPolicy.safeParse(campaign.policy).data ?? DEFAULT_POLICY;

type Progress = Omit<CampaignProgressRow, 'campaignId'>;

export const CampaignProgressRef = builder.objectRef<Progress>('CampaignProgress').implement({
  fields: (t) => ({
    tasksTotal: t.exposeInt('tasksTotal'),
    tasksDone: t.exposeInt('tasksDone'),
    tasksOverdue: t.exposeInt('tasksOverdue'),
    hazardsFound: t.exposeInt('hazardsFound'),
    hazardsClosed: t.exposeInt('hazardsClosed'),
    majorHazards: t.exposeInt('majorHazards'),
    rectificationRate: t.float({
      description: 'hazardsClosed / hazardsFound, 1 when none found',
      resolve: (p) => rectificationRate(p.hazardsFound, p.hazardsClosed),
    }),
    selfChecksDue: t.exposeInt('selfChecksDue', { description: '企业自查: self-checks asked of enterprises' }),
    selfChecksDone: t.exposeInt('selfChecksDone', { description: 'Self-checks submitted' }),
    selfCheckRate: t.float({
      nullable: true,
      description: '自查率: selfChecksDone / selfChecksDue; null when no self-check was asked',
      resolve: (p) => selfCheckRate(p.selfChecksDue, p.selfChecksDone),
    }),
    hazardsSelfFound: t.exposeInt('hazardsSelfFound', {
      description: 'Of hazardsFound, those the enterprises found themselves (the rest by inspectors)',
    }),
    rectificationsByEnterprise: t.exposeInt('rectificationsByEnterprise', {
      description: 'Hazards whose latest rectification report the enterprise made itself',
    }),
    rectificationsOnBehalf: t.exposeInt('rectificationsOnBehalf', {
      description: "Hazards whose latest rectification report a regulator made on the enterprise's behalf (代报)",
    }),
    majorHazardsAwaitingSignOff: t.exposeInt('majorHazardsAwaitingSignOff', {
      description: "Major hazards verified, awaiting the county office's sign-off (reports: 0, a state of now)",
    }),
  }),
});

const EscalationStepRef = builder.objectRef<CampaignPolicy['steps'][number]>('EscalationStep').implement({
  fields: (t) => ({
    after: t.exposeString('after', {
      description: 'ISO-8601 duration after the due time; a WD suffix counts working days',
    }),
    level: t.field({ type: EscalationLevelEnum, resolve: (step) => step.level }),
  }),
});

const EscalationPolicyRef = builder.objectRef<CampaignPolicy>('EscalationPolicy').implement({
  fields: (t) => ({
    remindBefore: t.exposeString('remindBefore', { nullable: true }),
    steps: t.field({ type: [EscalationStepRef], resolve: (policy) => policy.steps }),
    reportEvery: t.exposeString('reportEvery'),
  }),
});

export const ReportRef = builder.loadableNodeRef<ReportRow, Key>('Report', {
  id: { resolve: (report) => report.id },
  load: scopedLoad((readers, ids) => readers.campaigns.reportsByIds(ids)),
});

ReportRef.implement({
  fields: (t) => ({
    kind: t.field({ type: ReportKindEnum, resolve: (r) => r.kind }),
    periodStart: t.expose('period_start', { type: 'DateTime' }),
    periodEnd: t.expose('period_end', { type: 'DateTime' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    stats: t.field({
      type: CampaignProgressRef,
      complexity: PRICES.reportFigures,
      description: 'The figures of the period, as the viewer may see them (see body)',
      resolve: async (r, _args, context) => statsOf(await readersOf(context).campaigns.reportAsSeen(r)).figures,
    }),
    cumulative: t.field({
      type: CampaignProgressRef,
      complexity: PRICES.reportFigures,
      description: 'The figures since the campaign began, as the viewer may see them (see body)',
      resolve: async (r, _args, context) => statsOf(await readersOf(context).campaigns.reportAsSeen(r)).cumulative,
    }),
    body: t.string({
      complexity: PRICES.reportFigures,
      description:
        "The report's text (周报/月报/总结) with its breakdown by regulator and township: for ADMIN and LEADER the county's report as its workflow stored it; for a regulator or a township the same report counted over its own rows as of the period's end",
      resolve: async (r, _args, context) => (await readersOf(context).campaigns.reportAsSeen(r)).body,
    }),
  }),
});

const zeroProgress: Progress = {
  tasksTotal: 0,
  tasksDone: 0,
  tasksOverdue: 0,
  hazardsFound: 0,
  hazardsClosed: 0,
  majorHazards: 0,
  selfChecksDue: 0,
  selfChecksDone: 0,
  hazardsSelfFound: 0,
  rectificationsByEnterprise: 0,
  rectificationsOnBehalf: 0,
  majorHazardsAwaitingSignOff: 0,
};
function statsOf(report: ReportRow): { figures: Progress; cumulative: Progress } {
  return storedStats.safeParse(report.stats).data ?? { figures: zeroProgress, cumulative: zeroProgress };
}

export const CampaignRef = builder.loadableNodeRef<CampaignRow, Key>('Campaign', {
  id: { resolve: (campaign) => campaign.id },
  load: scopedLoad((readers, ids) => readers.campaigns.getByIds(ids)),
});

export const CampaignConnection = builder.connectionObject(
  { type: CampaignRef, name: 'CampaignConnection', interfaces: [ConnectionInterface] },
  { name: 'CampaignEdge' },
);

CampaignRef.implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.field({ type: CampaignKindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CampaignStatusEnum, resolve: (c) => c.status }),
    startsAt: t.expose('starts_at', { type: 'DateTime' }),
    endsAt: t.expose('ends_at', { type: 'DateTime' }),
    taskDueAt: t.expose('task_due_at', { type: 'DateTime' }),
    selfCheckDueAt: t.expose('self_check_due_at', {
      type: 'DateTime',
      nullable: true,
      description: "The deadline of the enterprises' self-check stage (企业自查), if the campaign has one",
    }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    industries: t.field({
      type: [IndustryEnum],
      description: 'Empty: every industry',
      resolve: (c) => storedScope.safeParse(c.scope).data?.industries ?? [],
    }),
    townships: t.field({
      type: [OrgUnitRef],
      description: 'Empty: every township',
      resolve: (c) => storedScope.safeParse(c.scope).data?.townshipIds ?? [],
    }),
    sampleRatio: t.exposeFloat('sample_ratio'),
    sampleSeed: t.exposeInt('sample_seed', { nullable: true, description: '双随机抽取的随机种子：据此可复现抽取结果' }),
    checklistTemplate: t.field({ type: ChecklistTemplateRef, nullable: true, resolve: (c) => c.checklist_template_id }),
    escalation: t.field({ type: EscalationPolicyRef, resolve: policyOf }),
    progress: t.loadable({
      type: CampaignProgressRef,
      complexity: PRICES.campaignProgress,
      // Whose figures: domain/figures.ts figureReachOf, bound in services/readers.ts.
      description:
        "All the campaign's work so far. ADMIN and LEADER see the county's figures; a regulator or a township only those of its own tasks, inspections and hazards (zeros when it has none)",
      load: async (ids: number[], context) => {
        const rows = await readersOf(context).campaigns.progress(ids);
        return alignById(
          ids,
          rows.map(({ campaignId, ...progress }) => ({ id: campaignId, ...progress })),
        );
      },
      resolve: (c) => c.id,
    }),
    tasks: t.field({
      type: TaskConnection,
      complexity: pageComplexity,
      args: {
        ...t.arg.connectionArgs(),
        status: t.arg({ type: [TaskStatusEnum], required: false }),
        overdue: t.arg.boolean({ required: false }),
      },
      resolve: (campaign, args, context) => {
        const readers = readersOf(context);
        const filter = { campaignId: campaign.id, status: args.status ?? null, overdue: args.overdue ?? null };
        return connectionOf(
          args,
          (page) => readers.tasks.list(filter, page),
          () => readers.tasks.count(filter),
        );
      },
    }),
    reports: t.loadableList({
      type: ReportRef,
      description: 'Its weekly, monthly and final reports, each as the viewer may read it (see Report.body)',
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).campaigns.reportsByCampaignIds(ids), (r) => r.campaign_id),
      resolve: (c) => c.id,
    }),
  }),
});

builder.queryFields((t) => ({
  campaigns: t.field({
    type: CampaignConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    args: {
      ...t.arg.connectionArgs(),
      status: t.arg({ type: [CampaignStatusEnum], required: false }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      return connectionOf(
        args,
        (page) => readers.campaigns.list(args.status, page),
        () => readers.campaigns.count(args.status),
      );
    },
  }),
  campaign: t.field({
    type: CampaignRef,
    nullable: true,
    authScopes: { loggedIn: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const [campaign] = await readersOf(context).campaigns.getByIds([decodeId(args.id, 'Campaign')]);
      return campaign ?? null;
    },
  }),
}));

const durationText = maxChars(20, '时长格式有误，例如 P7D（7天）或 P3WD（3个工作日）');

const EscalationStepInput = builder.inputType('EscalationStepInput', {
  fields: (t) => ({
    after: t.string({
      required: true,
      description: 'Duration from the due time, e.g. P3D or P2WD',
      validate: durationText,
    }),
    level: t.field({ type: EscalationLevelEnum, required: true }),
  }),
});

const EscalationPolicyInput = builder.inputType('EscalationPolicyInput', {
  fields: (t) => ({
    remindBefore: t.string({ required: false, validate: durationText }),
    steps: t.field({
      type: [EscalationStepInput],
      required: true,
      validate: { maxLength: [MAX_ESCALATION_STEPS, { message: `升级阶梯最多${MAX_ESCALATION_STEPS}级` }] },
    }),
  }),
});

const idempotencyKey = idempotencyKeyText;

const SelfCheckStageInput = builder.inputType('SelfCheckStageInput', {
  description: '企业自查: every enterprise in scope checks itself against the checklist before its inspection',
  fields: (t) => ({
    dueAt: t.field({ type: 'DateTime', required: true, description: 'After the start, no later than taskDueAt' }),
  }),
});

const LaunchCampaignInput = builder.inputType('LaunchCampaignInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: maxChars(LIMITS.name, CAMPAIGN_REFUSALS.nameLength),
    }),
    kind: t.field({ type: CampaignKindEnum, required: true }),
    startsAt: t.field({ type: 'DateTime', required: false, description: 'Default: now' }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    industries: t.field({ type: [IndustryEnum], required: false, description: 'Null or empty: every industry' }),
    townshipIds: t.idList({
      required: false,
      description: 'Null or empty: every township',
      validate: { maxLength: LIMITS.filterIds },
    }),
    checklistTemplateId: t.id({ required: false }),
    taskDueAt: t.field({ type: 'DateTime', required: false, description: 'Default: endsAt' }),
    sampleRatio: t.float({
      required: false,
      description: '(0, 1]; default 1: a seeded, recorded random sample of the enterprises in scope',
    }),
    reportEvery: t.string({ required: false, description: 'Default P7D', validate: durationText }),
    escalation: t.field({ type: EscalationPolicyInput, required: false }),
    selfCheck: t.field({
      type: SelfCheckStageInput,
      required: false,
      description: 'A self-check stage: a SELF_CHECK task for every enterprise in scope, due at its dueAt',
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKey }),
  }),
});

builder.mutationField('launchCampaign', (t) =>
  t.field({
    type: CampaignRef,
    authScopes: { admin: true },
    args: { input: t.arg({ type: LaunchCampaignInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.campaigns.launch(
        viewerOf(context),
        {
          ...input,
          townshipIds: decodeIds(input.townshipIds, 'OrgUnit'),
          checklistTemplateId: input.checklistTemplateId
            ? decodeId(input.checklistTemplateId, 'ChecklistTemplate')
            : null,
          escalation: input.escalation
            ? { remindBefore: input.escalation.remindBefore ?? null, steps: input.escalation.steps }
            : null,
          selfCheckDueAt: input.selfCheck?.dueAt ?? null,
        },
        context.requestId,
      );
      return id;
    },
  }),
);

const reason = maxChars(LIMITS.reason, textTooLong('原因', LIMITS.reason));

/** Pause, resume, extend, cancel: the service decides; the answer is the campaign as it now stands. */
const steered =
  (kind: SteerKind) =>
  async (
    _root: unknown,
    args: { id: string; reason?: string | null; endsAt?: Date | null; idempotencyKey?: string | null },
    context: Context,
  ) => {
    const campaignId = decodeId(args.id, 'Campaign');
    const { reason, endsAt, idempotencyKey } = args;
    await context.services.campaigns[kind](
      viewerOf(context),
      { campaignId, reason, endsAt, idempotencyKey },
      context.requestId,
    );
    return campaignId;
  };

builder.mutationFields((t) => {
  const steering = { type: CampaignRef, authScopes: { admin: true } } as const;
  const id = () => t.arg.id({ required: true });
  const why = () => t.arg.string({ required: true, validate: reason });
  const key = () => t.arg.string({ required: false, validate: idempotencyKey });
  const endsAt = () => t.arg({ type: 'DateTime', required: true });
  return {
    pauseCampaign: t.field({
      ...steering,
      args: { id: id(), reason: why(), idempotencyKey: key() },
      resolve: steered('pause'),
    }),
    resumeCampaign: t.field({ ...steering, args: { id: id(), idempotencyKey: key() }, resolve: steered('resume') }),
    extendCampaign: t.field({
      ...steering,
      args: { id: id(), endsAt: endsAt(), reason: why(), idempotencyKey: key() },
      resolve: steered('extend'),
    }),
    cancelCampaign: t.field({
      ...steering,
      args: { id: id(), reason: why(), idempotencyKey: key() },
      resolve: steered('cancel'),
    }),
  };
});
