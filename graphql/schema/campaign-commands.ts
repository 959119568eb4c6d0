// What an admin does with a campaign: launch it (scope, sampling, 监管分工 topics, escalation policy, self-check stage)
// and steer it (pause, resume, extend, cancel). Each answers with the campaign as it now stands.
import { CAMPAIGN_REFUSALS, type SteerKind } from '../../domain/campaign-rules';
import { LIMITS, textTooLong } from '../../domain/limits';
import { MAX_ESCALATION_STEPS } from '../../domain/policy';
import { builder } from '../builder';
import type { Context } from '../context';
import { decodeId, decodeIds, viewerOf } from '../ids';
import { idempotencyKeyText, maxChars } from '../validation';
import { CampaignRef } from './campaign';
import { CampaignKindEnum, EscalationLevelEnum, IndustryEnum, SupervisionTopicEnum } from './enums';

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

const GradeRatiosInput = builder.inputType('GradeRatiosInput', {
  description: '按风险分级抽查: the share of each grade drawn, 0 to 1 (black-listed enterprises are always drawn)',
  fields: (t) => ({
    GOOD: t.float({ required: true }),
    FAIR: t.float({ required: true }),
    POOR: t.float({ required: true }),
  }),
});

const GradeCountsRef = builder
  .objectRef<{ GOOD: number; FAIR: number; POOR: number; blackListed: number }>('GradeCounts')
  .implement({
    description: 'Enterprises by grade (black-listed ones aside), and the black-listed',
    fields: (t) => ({
      GOOD: t.exposeInt('GOOD'),
      FAIR: t.exposeInt('FAIR'),
      POOR: t.exposeInt('POOR'),
      blackListed: t.exposeInt('blackListed'),
    }),
  });

const SamplePreviewRef = builder
  .objectRef<{
    inScope: { GOOD: number; FAIR: number; POOR: number; blackListed: number };
    drawn: { GOOD: number; FAIR: number; POOR: number; blackListed: number };
  }>('SamplePreview')
  .implement({
    fields: (t) => ({
      inScope: t.field({ type: GradeCountsRef, resolve: (p) => p.inScope }),
      drawn: t.field({ type: GradeCountsRef, description: 'How many of each the draw takes', resolve: (p) => p.drawn }),
    }),
  });

builder.queryField('campaignSamplePreview', (t) =>
  t.field({
    type: SamplePreviewRef,
    authScopes: { admin: true },
    description: "ADMIN: the launch wizard's count of a draw by grade over a scope",
    args: {
      industries: t.arg({ type: [IndustryEnum], required: false }),
      townshipIds: t.arg.idList({ required: false, validate: { maxLength: LIMITS.filterIds } }),
      sampleRatioByGrade: t.arg({ type: GradeRatiosInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.campaigns.samplePreview(viewerOf(context), {
        industries: args.industries ?? null,
        townshipIds: decodeIds(args.townshipIds, 'OrgUnit'),
        sampleRatioByGrade: args.sampleRatioByGrade,
      }),
  }),
);

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
    topics: t.field({
      type: [SupervisionTopicEnum],
      required: false,
      description:
        'Where the tasks go (监管分工), one task per topic that applies to an enterprise: INDUSTRY its lead regulator, LOCAL its township (属地), a co-supervision topic its department for that topic. Default [INDUSTRY]',
    }),
    checklistTemplateId: t.id({ required: false }),
    taskDueAt: t.field({ type: 'DateTime', required: false, description: 'Default: endsAt' }),
    sampleRatio: t.float({
      required: false,
      description: '(0, 1]; default 1: a seeded, recorded random sample of the enterprises in scope',
    }),
    sampleRatioByGrade: t.field({
      type: GradeRatiosInput,
      required: false,
      description: 'Instead of sampleRatio: a seeded draw per grade, black-listed enterprises always in',
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
