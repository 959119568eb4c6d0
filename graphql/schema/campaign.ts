import { z } from 'zod';
import type { CampaignProgressRow, CampaignRow, ReportRow } from '../../db/repositories/campaigns';
import { DEFAULT_POLICY, type CampaignPolicy } from '../../domain/policy';
import { gradeRatiosOf, type GradeRatios } from '../../domain/sampling';
import { rectificationRate, selfCheckRate } from '../../domain/figures';
import { ESCALATION_LEVELS, INDUSTRIES, SUPERVISION_TOPICS, type SupervisionTopic } from '../../domain/types';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, pageComplexity, decodeId, readersOf } from '../ids';
import { PRICES } from '../request-limits';
import { alignById, groupBy, scopedLoad, type Key } from '../loaders';
import { ChecklistTemplateRef } from './checklist';
import {
  CampaignKindEnum,
  CampaignStatusEnum,
  EscalationLevelEnum,
  IndustryEnum,
  ReportKindEnum,
  SupervisionTopicEnum,
  TaskStatusEnum,
} from './enums';
import { OrgUnitRef } from './org-unit';
import { TaskConnection } from './task';

const storedPolicy = z.object({
  remindBefore: z.string().nullable(),
  steps: z.array(z.object({ after: z.string(), level: z.enum(ESCALATION_LEVELS) })),
  reportEvery: z.string(),
});
const storedScope = z.object({
  industries: z.array(z.enum(INDUSTRIES)),
  townshipIds: z.array(z.number()),
  // Scopes stored before migration 0018 have no topics: their tasks went to the lead regulator.
  topics: z.array(z.enum(SUPERVISION_TOPICS)).default(['INDUSTRY' as const]),
});
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

const GradeRatiosRef = builder.objectRef<GradeRatios>('GradeRatios').implement({
  fields: (t) => ({ GOOD: t.exposeFloat('GOOD'), FAIR: t.exposeFloat('FAIR'), POOR: t.exposeFloat('POOR') }),
});

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
    topics: t.field({
      type: [SupervisionTopicEnum],
      description: 'Where its tasks went (监管分工): the lead regulator, the township (属地), co-supervision topics',
      resolve: (c): SupervisionTopic[] => storedScope.safeParse(c.scope).data?.topics ?? ['INDUSTRY'],
    }),
    sampleRatio: t.exposeFloat('sample_ratio'),
    sampleRatioByGrade: t.field({
      type: GradeRatiosRef,
      nullable: true,
      description: '按风险分级抽查: the ratio per grade it drew with (black-listed always in); null for one ratio',
      resolve: (c) => gradeRatiosOf(c.sample_ratio_by_grade),
    }),
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
      kinds: t.arg({
        type: [CampaignKindEnum],
        required: false,
        description: 'Only these kinds, e.g. [SUPERVISION] for the 督导 rounds; default all',
      }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      return connectionOf(
        args,
        (page) => readers.campaigns.list(args.status, page, args.kinds),
        () => readers.campaigns.count(args.status, args.kinds),
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
