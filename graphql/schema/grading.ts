// 分级分类: grading runs and their proposals (runGrading, gradingProposals, overrideProposedGrade,
// publishGradingProposal), the rules as versioned data, and each enterprise's published grades with their reasons.
import { z } from 'zod';
import type { EnterpriseGrade, GradingProposal, GradingProposalItem } from '../../db/schema';
import { GRADING_INDICATORS, GRADING_INDICATOR_NAMES_ZH, type GradingIndicator } from '../../domain/grading';
import { LIMITS, textTooLong } from '../../domain/limits';
import type { Grade } from '../../domain/types';
import { builder, ConnectionInterface } from '../builder';
import type { Context } from '../context';
import { connectionOf, decodeId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy } from '../loaders';
import { maxChars } from '../validation';
import { EnterpriseRef } from './enterprise';
import { GradeEnum } from './enums';

const indicatorRow = z.object({
  indicator: z.enum(GRADING_INDICATORS),
  value: z.number(),
  deduction: z.number(),
});
const indicatorsOf = (value: unknown) => z.array(indicatorRow).catch([]).parse(value);

const GradingIndicatorEnum = builder.enumType('GradingIndicator', { values: GRADING_INDICATORS });

const IndicatorScoreRef = builder
  .objectRef<{ indicator: GradingIndicator; value: number; deduction: number }>('GradingIndicatorScore')
  .implement({
    description: 'One indicator of the record over the window, and the points it cost',
    fields: (t) => ({
      indicator: t.field({ type: GradingIndicatorEnum, resolve: (i) => i.indicator }),
      label: t.string({ resolve: (i) => GRADING_INDICATOR_NAMES_ZH[i.indicator] }),
      value: t.exposeFloat('value'),
      deduction: t.exposeFloat('deduction'),
    }),
  });

const GradeCountsRef = builder.objectRef<Record<Grade, number>>('GradeDistribution').implement({
  fields: (t) => ({
    GOOD: t.int({ resolve: (c) => c.GOOD }),
    FAIR: t.int({ resolve: (c) => c.FAIR }),
    POOR: t.int({ resolve: (c) => c.POOR }),
  }),
});

type Distribution = {
  before: Record<Grade, number>;
  after: Record<Grade, number>;
  changed: number;
  overridden: number;
  red: number;
};
const GradingDistributionRef = builder.objectRef<Distribution>('GradingDistribution').implement({
  description: 'The grades before and as proposed (overrides counted)',
  fields: (t) => ({
    before: t.field({ type: GradeCountsRef, resolve: (d) => d.before }),
    after: t.field({ type: GradeCountsRef, resolve: (d) => d.after }),
    changed: t.exposeInt('changed'),
    overridden: t.exposeInt('overridden'),
    redListed: t.int({ description: 'Proposed for the red list (红名单)', resolve: (d) => d.red }),
  }),
});

const GradingProposalStatusEnum = builder.enumType('GradingProposalStatus', {
  values: ['RUNNING', 'READY', 'PUBLISHED', 'SUPERSEDED'] as const,
  description: 'RUNNING being computed; READY for review; PUBLISHED; SUPERSEDED by a later run of its period',
});

const effective = (i: GradingProposalItem): Grade => i.override_grade ?? i.proposed_grade;

const GradingProposalItemRef = builder.objectRef<GradingProposalItem>('GradingProposalItem').implement({
  description: 'One enterprise in a proposal: its record, score, proposed grade and the office’s override',
  fields: (t) => ({
    enterprise: t.field({ type: EnterpriseRef, resolve: (i) => i.enterprise_id }),
    score: t.float({ resolve: (i) => Number(i.score) }),
    previousGrade: t.field({ type: GradeEnum, resolve: (i) => i.previous_grade }),
    proposedGrade: t.field({ type: GradeEnum, resolve: (i) => i.proposed_grade }),
    grade: t.field({
      type: GradeEnum,
      description: 'As it will be published: the override, else the proposal',
      resolve: effective,
    }),
    changed: t.boolean({ resolve: (i) => effective(i) !== i.previous_grade }),
    overrideReason: t.exposeString('override_reason', { nullable: true }),
    overriddenAt: t.expose('overridden_at', { type: 'DateTime', nullable: true }),
    redListProposed: t.boolean({
      description: 'Will be on the red list when published (好 with a clean record, not black-listed)',
      resolve: (i) => effective(i) === 'GOOD' && i.red_record && i.previous_list_status !== 'BLACK',
    }),
    indicators: t.field({ type: [IndicatorScoreRef], resolve: (i) => indicatorsOf(i.indicators) }),
    reasons: t.stringList({ resolve: (i) => i.reasons }),
  }),
});

const GradingItemConnection = builder.connectionObject(
  { type: GradingProposalItemRef, name: 'GradingProposalItemConnection', interfaces: [ConnectionInterface] },
  { name: 'GradingProposalItemEdge' },
);

const GradingItemFilter = builder.inputType('GradingItemFilter', {
  fields: (t) => ({
    changedOnly: t.boolean({ required: false }),
    grade: t.field({ type: GradeEnum, required: false, description: 'As it will be published' }),
    previousGrade: t.field({ type: GradeEnum, required: false }),
    overridden: t.boolean({ required: false }),
    search: t.string({ required: false, validate: maxChars(LIMITS.search, textTooLong('搜索词', LIMITS.search)) }),
  }),
});

export const GradingProposalRef = builder.loadableNodeRef<GradingProposal, number>('GradingProposal', {
  id: { resolve: (p) => p.id },
  load: async (ids: number[], context) => {
    const viewer = viewerOf(context);
    const rows = await Promise.all(ids.map((id) => context.services.grading.byId(viewer, id).catch(() => null)));
    return rows.map((row, i) => row ?? new Error(`GradingProposal ${ids[i]} not found`));
  },
});

GradingProposalRef.implement({
  description:
    '分级评定方案: a grading run over the window before periodEnd, reviewed and published by the county office',
  fields: (t) => ({
    periodEnd: t.expose('period_end', { type: 'DateTime' }),
    windowStart: t.expose('window_start', { type: 'DateTime' }),
    ruleSetVersion: t.exposeInt('rule_set_version'),
    status: t.field({ type: GradingProposalStatusEnum, resolve: (p) => p.status }),
    graded: t.exposeInt('graded'),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    readyAt: t.expose('ready_at', { type: 'DateTime', nullable: true }),
    publishedAt: t.expose('published_at', { type: 'DateTime', nullable: true }),
    distribution: t.field({
      type: GradingDistributionRef,
      resolve: (p, _args, context) => context.services.grading.distribution(viewerOf(context), p.id),
    }),
    items: t.field({
      type: GradingItemConnection,
      complexity: pageComplexity,
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: GradingItemFilter, required: false }) },
      resolve: (p, args, context) => {
        const viewer = viewerOf(context);
        const filter = {
          changedOnly: args.filter?.changedOnly ?? null,
          grade: args.filter?.grade ?? null,
          previousGrade: args.filter?.previousGrade ?? null,
          overridden: args.filter?.overridden ?? null,
          search: args.filter?.search?.trim() || null,
        };
        return connectionOf(
          args,
          (page) => context.services.grading.items(viewer, p.id, filter, page),
          () => context.services.grading.itemCount(viewer, p.id, filter),
        );
      },
    }),
  }),
});

const GradingProposalConnection = builder.connectionObject(
  { type: GradingProposalRef, name: 'GradingProposalConnection', interfaces: [ConnectionInterface] },
  { name: 'GradingProposalEdge' },
);

const EnterpriseGradeRef = builder.objectRef<EnterpriseGrade>('EnterpriseGrade').implement({
  description: 'A published grade (history: one per enterprise and period, never changed)',
  fields: (t) => ({
    periodEnd: t.expose('period_end', { type: 'DateTime' }),
    grade: t.field({ type: GradeEnum, resolve: (g) => g.grade }),
    proposedGrade: t.field({ type: GradeEnum, resolve: (g) => g.proposed_grade }),
    score: t.float({ resolve: (g) => Number(g.score) }),
    overrideReason: t.exposeString('override_reason', { nullable: true }),
    indicators: t.field({ type: [IndicatorScoreRef], resolve: (g) => indicatorsOf(g.indicators) }),
    reasons: t.stringList({ resolve: (g) => g.reasons }),
    publishedAt: t.expose('published_at', { type: 'DateTime' }),
  }),
});

builder.objectField(EnterpriseRef, 'grades', (t) =>
  t.loadableList({
    type: EnterpriseGradeRef,
    description: 'Its published grades with their reasons, newest first (分级分类)',
    load: async (ids: number[], context) =>
      groupBy(ids, await readersOf(context).enterprises.gradesOf(ids), (g) => g.enterprise_id),
    resolve: (e) => e.id,
  }),
);

const GradingRuleSetRef = builder
  .objectRef<{ version: number; rules: unknown; note: string | null; created_at: Date }>('GradingRuleSet')
  .implement({
    description: 'The grading rules as data: each change a new version, in force for the gradings after it',
    fields: (t) => ({
      version: t.exposeInt('version'),
      rules: t.string({ description: 'The rules as JSON', resolve: (r) => JSON.stringify(r.rules) }),
      note: t.exposeString('note', { nullable: true }),
      createdAt: t.expose('created_at', { type: 'DateTime' }),
    }),
  });

const GradingPeriodFiguresRef = builder
  .objectRef<{ periodEnd: Date; publishedAt: Date | null; grades: Record<Grade, number> }>('GradingPeriodFigures')
  .implement({
    fields: (t) => ({
      periodEnd: t.expose('periodEnd', { type: 'DateTime' }),
      publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
      grades: t.field({ type: GradeCountsRef, resolve: (p) => p.grades }),
    }),
  });

type GradingFigures = Awaited<ReturnType<Context['services']['grading']['figures']>>;
const GradingFiguresRef = builder.objectRef<GradingFigures>('GradingFigures').implement({
  description: '分级分类 and 红黑名单 figures: the register now, the last two published gradings, the lists in force',
  fields: (t) => ({
    current: t.field({ type: GradeCountsRef, resolve: (f) => f.current }),
    lastPublished: t.field({ type: GradingPeriodFiguresRef, nullable: true, resolve: (f) => f.lastPublished }),
    previousPublished: t.field({
      type: GradingPeriodFiguresRef,
      nullable: true,
      description: 'The period before the last: the change of the distribution is last − previous',
      resolve: (f) => f.previousPublished,
    }),
    redListed: t.exposeInt('redListed'),
    blackListed: t.exposeInt('blackListed'),
  }),
});

builder.queryFields((t) => ({
  gradingFigures: t.field({
    type: GradingFiguresRef,
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: the grade distribution, its change and the red and black lists in force',
    resolve: (_root, _args, context) => context.services.grading.figures(viewerOf(context)),
  }),
  gradingProposals: t.field({
    type: GradingProposalConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: grading runs, newest first',
    args: t.arg.connectionArgs(),
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      return connectionOf(
        args,
        (page) => context.services.grading.list(viewer, page),
        () => context.services.grading.count(viewer),
      );
    },
  }),
  gradingRuleSets: t.field({
    type: [GradingRuleSetRef],
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: every version of the grading rules, newest (in force) first',
    resolve: (_root, _args, context) => context.services.grading.ruleSets(viewerOf(context)),
  }),
}));

builder.mutationFields((t) => ({
  runGrading: t.field({
    type: GradingProposalRef,
    authScopes: { admin: true },
    description:
      'ADMIN: grades every enterprise from its record over the window before periodEnd (default: the quarter just ended) into a proposal to review; also run quarterly by a Temporal Schedule',
    args: { periodEnd: t.arg({ type: 'DateTime', required: false }) },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const id = await context.services.grading.run(viewer, args.periodEnd ?? null, context.requestId);
      return context.services.grading.byId(viewer, id);
    },
  }),
  overrideProposedGrade: t.field({
    type: GradingProposalRef,
    authScopes: { admin: true },
    description:
      'ADMIN: sets one enterprise’s grade in a proposal under review, with the reason; the proposed grade withdraws the override',
    args: {
      proposalId: t.arg.id({ required: true }),
      enterpriseId: t.arg.id({ required: true }),
      grade: t.arg({ type: GradeEnum, required: true }),
      reason: t.arg.string({
        required: true,
        validate: maxChars(LIMITS.reason, textTooLong('调整理由', LIMITS.reason)),
      }),
    },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const proposalId = decodeId(args.proposalId, 'GradingProposal');
      await context.services.grading.override(
        viewer,
        { proposalId, enterpriseId: decodeId(args.enterpriseId, 'Enterprise'), grade: args.grade, reason: args.reason },
        context.requestId,
      );
      return context.services.grading.byId(viewer, proposalId);
    },
  }),
  publishGradingProposal: t.field({
    type: GradingProposalRef,
    authScopes: { admin: true },
    description:
      'ADMIN: publishes a reviewed proposal: grades into the history and the register, the red list after them',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const id = decodeId(args.id, 'GradingProposal');
      await context.services.grading.publish(viewer, id, context.requestId);
      return context.services.grading.byId(viewer, id);
    },
  }),
  setGradingRules: t.field({
    type: GradingRuleSetRef,
    authScopes: { admin: true },
    description:
      'ADMIN: a new version of the grading rules (JSON: windowMonths, weights, bands, uninspectedAtBest, blackListedGrade, redList)',
    args: {
      rules: t.arg.string({ required: true, validate: maxChars(20_000, textTooLong('分级规则', 20_000)) }),
      note: t.arg.string({ required: false, validate: maxChars(LIMITS.reason, textTooLong('说明', LIMITS.reason)) }),
    },
    resolve: (_root, args, context) => {
      let rules: unknown;
      try {
        rules = JSON.parse(args.rules);
      } catch {
        rules = undefined;
      }
      return context.services.grading.setRules(viewerOf(context), rules, args.note ?? null, context.requestId);
    },
  }),
}));
