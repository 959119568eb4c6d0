// Public tips (有奖举报): the anonymous submitTip and tipByTrackingCode, the county office's list, triage and reward
// decision, the reward rules; a VERIFY task's and an escalation's tip. Thin: every rule is in services/tips.ts.
import type { TipRow } from '../../db/repositories/tips';
import { TIP_LIMITS, TIP_STAGES, TIP_STAGE_NAMES_ZH } from '../../domain/tips';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, globalId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy, orNull, scopedLoad, type Key } from '../loaders';
import { PRICES } from '../request-limits';
import { filterPeriod, idempotencyKeyText, maxChars } from '../validation';
import { DashboardRef } from './dashboard';
import { EnterpriseRef } from './enterprise';
import { HazardLevelEnum } from './enums';
import { EscalationRef } from './escalation';
import { OrgUnitRef } from './org-unit';
import { TaskRef } from './task';

export const TipStageEnum = builder.enumType('TipStage', {
  values: TIP_STAGES,
  description: Object.entries(TIP_STAGE_NAMES_ZH)
    .map(([stage, name]) => `${stage} ${name}`)
    .join('; '),
});

const TipDecisionEnum = builder.enumType('TipRewardDecision', {
  values: ['APPROVE', 'REFUSE', 'PAID'] as const,
  description: 'APPROVE the proposed or another amount in range (批准), REFUSE with a reason (不予奖励), PAID (已发放)',
});

export const TipRef = builder.loadableNodeRef<TipRow, Key>('Tip', {
  id: { resolve: (tip) => tip.id },
  load: scopedLoad((readers, ids) => readers.tips.getByIds(ids)),
});

const TipConnection = builder.connectionObject(
  { type: TipRef, name: 'TipConnection', interfaces: [ConnectionInterface] },
  { name: 'TipEdge' },
);

interface TipPhotoShape {
  id: number;
  tip_id: number;
  content_type: string;
  byte_size: number;
}
const TipPhotoRef = builder.objectRef<TipPhotoShape>('TipPhoto').implement({
  description: "A tipster's photo; its bytes at url for whoever may read the tip",
  fields: (t) => ({
    id: t.id({ resolve: (photo) => globalId('TipPhoto', photo.id) }),
    url: t.string({ resolve: (photo) => `/tip-photos/${photo.id}` }),
    contentType: t.exposeString('content_type'),
    byteSize: t.exposeInt('byte_size'),
  }),
});

interface ContactShape {
  id: number;
  contact_name: string | null;
  contact_phone: string | null;
}
const TipContactRef = builder.objectRef<ContactShape>('TipContact').implement({
  description: "The tipster's contact (举报人联系方式): for the county office only",
  fields: (t) => ({
    name: t.exposeString('contact_name', { nullable: true }),
    phone: t.exposeString('contact_phone', { nullable: true }),
  }),
});

TipRef.implement({
  description: '有奖举报: a tip from the public, its triage, verification (a VERIFY task) and reward',
  fields: (t) => ({
    stage: t.field({ type: TipStageEnum, resolve: (tip) => tip.stage }),
    description: t.exposeString('description'),
    location: t.exposeString('location'),
    enterpriseText: t.exposeString('enterprise_text', {
      nullable: true,
      description: 'The enterprise as the tipster named it',
    }),
    matchedEnterprise: t.field({
      type: EnterpriseRef,
      nullable: true,
      description: 'The register entry that text matched on receipt (by credit code or name), if any',
      resolve: (tip) => tip.matched_enterprise_id,
    }),
    matchMethod: t.exposeString('match_method', { nullable: true, description: 'USCC, NAME or NAME_PART' }),
    contact: t.loadable({
      type: TipContactRef,
      nullable: true,
      description: 'ADMIN only; null for everyone else, and when the tipster left none',
      load: async (ids: number[], context) => {
        const rows = await readersOf(context).tips.contactsOf(ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => {
          const row = byId.get(id);
          return row && (row.contact_name || row.contact_phone) ? row : null;
        });
      },
      resolve: (tip) => tip.id,
    }),
    photos: t.loadableList({
      type: TipPhotoRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).tips.photosOf(ids), (photo) => photo.tip_id),
      resolve: (tip) => tip.id,
    }),
    receivedAt: t.expose('received_at', { type: 'DateTime' }),
    triageDueAt: t.expose('triage_due_at', { type: 'DateTime' }),
    triagedAt: t.expose('triaged_at', { type: 'DateTime', nullable: true }),
    notAcceptedReason: t.exposeString('not_accepted_reason', { nullable: true }),
    enterprise: t.field({
      type: EnterpriseRef,
      nullable: true,
      description: 'The enterprise the county office assigned for verification',
      resolve: (tip) => tip.enterprise_id,
    }),
    assignee: t.field({ type: OrgUnitRef, nullable: true, resolve: (tip) => tip.assignee_org_id }),
    verifyTask: t.field({ type: TaskRef, nullable: true, resolve: (tip) => tip.verify_task_id }),
    verifyDueAt: t.expose('verify_due_at', { type: 'DateTime', nullable: true }),
    verifiedAt: t.expose('verified_at', { type: 'DateTime', nullable: true }),
    hazardCount: t.exposeInt('hazard_count', { nullable: true, description: 'Hazards its verification found' }),
    rewardRuleVersion: t.exposeInt('reward_rule_version', { nullable: true }),
    rewardMin: t.exposeInt('reward_min', { nullable: true, description: 'Yuan, by the reward rules' }),
    rewardMax: t.exposeInt('reward_max', { nullable: true }),
    rewardProposed: t.exposeInt('reward_proposed', { nullable: true }),
    rewardDueAt: t.expose('reward_due_at', { type: 'DateTime', nullable: true }),
    rewardAmount: t.exposeInt('reward_amount', { nullable: true, description: 'Yuan approved' }),
    rewardReason: t.exposeString('reward_reason', { nullable: true }),
    rewardDecidedAt: t.expose('reward_decided_at', { type: 'DateTime', nullable: true }),
    paidAt: t.expose('paid_at', { type: 'DateTime', nullable: true }),
  }),
});

builder.objectField(TaskRef, 'tip', (t) =>
  t.loadable({
    type: TipRef,
    nullable: true,
    description: "The tip a VERIFY task verifies (what to look for, without the tipster's contact)",
    load: async (ids: number[], context) => orNull(ids, await readersOf(context).tips.getByIds(ids)),
    resolve: (task) => task.tip_id,
  }),
);

builder.objectField(EscalationRef, 'tip', (t) =>
  t.loadable({
    type: TipRef,
    nullable: true,
    load: async (ids: number[], context) => orNull(ids, await readersOf(context).tips.getByIds(ids)),
    resolve: (escalation) => escalation.tip_id,
  }),
);

const TipReceiptRef = builder.objectRef<{ trackingCode: string }>('TipReceipt').implement({
  description: 'Keep the tracking code (查询码): it is the only way to follow the tip, and it is shown only this once',
  fields: (t) => ({ trackingCode: t.exposeString('trackingCode') }),
});

interface PublicStatusShape {
  stage: (typeof TIP_STAGES)[number];
  receivedAt: Date;
  triageDueAt: Date;
  triagedAt: Date | null;
  verifiedAt: Date | null;
  rewardDecidedAt: Date | null;
  paidAt: Date | null;
}
const PublicTipStatusRef = builder.objectRef<PublicStatusShape>('PublicTipStatus').implement({
  description: "A tip's stage and dates as its tipster may read them: nothing of who handles it",
  fields: (t) => ({
    stage: t.field({ type: TipStageEnum, resolve: (s) => s.stage }),
    stageName: t.string({ resolve: (s) => TIP_STAGE_NAMES_ZH[s.stage] }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime' }),
    triageDueAt: t.expose('triageDueAt', { type: 'DateTime' }),
    triagedAt: t.expose('triagedAt', { type: 'DateTime', nullable: true }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    rewardDecidedAt: t.expose('rewardDecidedAt', { type: 'DateTime', nullable: true }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
  }),
});

const SubmitTipInput = builder.inputType('SubmitTipInput', {
  fields: (t) => ({
    description: t.string({ required: true, description: '举报内容: what was seen' }),
    location: t.string({ required: true, description: '隐患地点: where' }),
    enterprise: t.string({
      required: false,
      description: '被举报单位: the name or credit code as the tipster knows it (matched against the register)',
    }),
    contactName: t.string({ required: false }),
    contactPhone: t.string({ required: false }),
    photos: t.field({
      type: ['File'],
      required: false,
      description: `At most ${TIP_LIMITS.photos} images (JPEG, PNG, WebP, HEIC; ${TIP_LIMITS.photoBytes / 1024 / 1024} MB each) in the multipart request`,
    }),
  }),
});

const TipFilterInput = builder.inputType('TipFilter', {
  fields: (t) => ({
    stages: t.field({ type: [TipStageEnum], required: false }),
    assigneeId: t.id({ required: false, description: 'The unit verifying it' }),
    receivedFrom: t.field({ type: 'DateTime', required: false }),
    receivedTo: t.field({ type: 'DateTime', required: false, description: 'Exclusive' }),
  }),
});

const TriageTipInput = builder.inputType('TriageTipInput', {
  fields: (t) => ({
    tipId: t.id({ required: true }),
    accepted: t.boolean({
      required: true,
      description: 'true: 受理 (enterpriseId and assigneeId); false: 不予受理 (reason)',
    }),
    enterpriseId: t.id({ required: false }),
    assigneeId: t.id({ required: false, description: 'The department or township that verifies it (a VERIFY task)' }),
    reason: t.string({ required: false, validate: maxChars(TIP_LIMITS.reason.max, '理由不能超过500个字') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const TipRewardInput = builder.inputType('TipRewardInput', {
  fields: (t) => ({
    tipId: t.id({ required: true }),
    decision: t.field({ type: TipDecisionEnum, required: true }),
    amount: t.int({ required: false, description: 'Yuan; absent: the proposed amount' }),
    reason: t.string({ required: false, validate: maxChars(TIP_LIMITS.reason.max, '理由不能超过500个字') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

interface RewardRuleShape {
  level: 'GENERAL' | 'MAJOR';
  min: number;
  max: number;
  proposed: number;
}
const TipRewardRuleRef = builder.objectRef<RewardRuleShape>('TipRewardRule').implement({
  fields: (t) => ({
    level: t.field({ type: HazardLevelEnum, resolve: (r) => r.level }),
    min: t.exposeInt('min'),
    max: t.exposeInt('max'),
    proposed: t.exposeInt('proposed'),
  }),
});
const TipRewardRulesRef = builder.objectRef<{ version: number; rules: RewardRuleShape[] }>('TipRewardRules').implement({
  description: '奖励标准: yuan per hazard level; a change is a new version, tips already confirmed keep theirs',
  fields: (t) => ({
    version: t.exposeInt('version'),
    rules: t.field({ type: [TipRewardRuleRef], resolve: (r) => r.rules }),
  }),
});
const TipRewardRuleInput = builder.inputType('TipRewardRuleInput', {
  fields: (t) => ({
    level: t.field({ type: HazardLevelEnum, required: true }),
    min: t.int({ required: true }),
    max: t.int({ required: true }),
    proposed: t.int({ required: true }),
  }),
});

builder.mutationField('submitTip', (t) =>
  t.field({
    type: TipReceiptRef,
    complexity: PRICES.submitTip,
    description:
      '有奖举报, public and without login (multipart with X-GraphQL-CSRF): refused when over the hourly limits of the address or the county',
    args: { input: t.arg({ type: SubmitTipInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.tips.submit(
        {
          description: input.description,
          location: input.location,
          enterpriseText: input.enterprise ?? null,
          contactName: input.contactName ?? null,
          contactPhone: input.contactPhone ?? null,
        },
        input.photos ?? [],
        context.clientAddress,
        context.requestId,
      ),
  }),
);

builder.queryField('tipByTrackingCode', (t) =>
  t.field({
    type: PublicTipStatusRef,
    nullable: true,
    description: 'Public: the stage and dates of the tip with this tracking code; null when there is none',
    args: { code: t.arg.string({ required: true, validate: maxChars(64, '查询码格式不正确') }) },
    resolve: (_root, { code }, context) => context.services.tips.byTrackingCode(code),
  }),
);

builder.queryField('tips', (t) =>
  t.field({
    type: TipConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description:
      'ADMIN and LEADER: every tip; a department or township: those assigned to it (never the contact); an enterprise: none',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: TipFilterInput, required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const f = args.filter;
      const received = filterPeriod(f?.receivedFrom, f?.receivedTo, '收到时间');
      const filter = {
        stages: f?.stages ?? null,
        assigneeOrgId: f?.assigneeId ? decodeId(f.assigneeId, 'OrgUnit') : null,
        receivedFrom: received.from,
        receivedTo: received.to,
      };
      return connectionOf(
        args,
        (page) => readers.tips.list(filter, page),
        () => readers.tips.count(filter),
      );
    },
  }),
);

builder.queryField('tipRewardRules', (t) =>
  t.field({
    type: TipRewardRulesRef,
    authScopes: { loggedIn: true },
    resolve: (_root, _args, context) => context.services.tips.rewardRules(),
  }),
);

builder.mutationFields((t) => ({
  triageTip: t.field({
    type: TipRef,
    authScopes: { admin: true },
    description: 'ADMIN: 受理 and assign to a unit with the enterprise (a VERIFY task), or 不予受理 with a reason',
    args: { input: t.arg({ type: TriageTipInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const tipId = decodeId(input.tipId, 'Tip');
      const common = { tipId, idempotencyKey: input.idempotencyKey ?? null };
      return context.services.tips.triage(
        viewerOf(context),
        input.accepted
          ? {
              ...common,
              accepted: true,
              enterpriseId: input.enterpriseId ? decodeId(input.enterpriseId, 'Enterprise') : null,
              assigneeOrgId: input.assigneeId ? decodeId(input.assigneeId, 'OrgUnit') : null,
            }
          : { ...common, accepted: false, reason: input.reason ?? '' },
        context.requestId,
      );
    },
  }),
  decideTipReward: t.field({
    type: TipRef,
    authScopes: { admin: true },
    description:
      'ADMIN: approve the proposed amount (or another in range, with a reason), refuse with a reason, or mark paid',
    args: { input: t.arg({ type: TipRewardInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const common = { tipId: decodeId(input.tipId, 'Tip'), idempotencyKey: input.idempotencyKey ?? null };
      return context.services.tips.decideReward(
        viewerOf(context),
        input.decision === 'APPROVE'
          ? { ...common, decision: 'APPROVE', amount: input.amount ?? null, reason: input.reason ?? null }
          : input.decision === 'REFUSE'
            ? { ...common, decision: 'REFUSE', reason: input.reason ?? '' }
            : { ...common, decision: 'PAID' },
        context.requestId,
      );
    },
  }),
  setTipRewardRules: t.field({
    type: TipRewardRulesRef,
    authScopes: { admin: true },
    description: 'ADMIN: a new version of the reward rules (one per hazard level)',
    args: { rules: t.arg({ type: [TipRewardRuleInput], required: true }) },
    resolve: (_root, { rules }, context) =>
      context.services.tips.setRewardRules(viewerOf(context), rules, context.requestId),
  }),
}));

interface TipFiguresShape {
  received: number;
  accepted: number;
  confirmed: number;
  rewarded: number;
  rewardAmount: number;
}
const TipFiguresRef = builder.objectRef<TipFiguresShape>('TipFigures').implement({
  description: "有奖举报 in the dashboard's window: the county's, or those assigned to a unit (its own figures)",
  fields: (t) => ({
    received: t.exposeInt('received', { description: 'Tips received in the window' }),
    accepted: t.exposeInt('accepted', { description: 'Tips accepted (受理) in the window' }),
    confirmed: t.exposeInt('confirmed', { description: 'Tips whose verification in the window found hazards' }),
    rewarded: t.exposeInt('rewarded', { description: 'Rewards approved in the window' }),
    rewardAmount: t.exposeInt('rewardAmount', { description: 'Yuan approved in the window' }),
  }),
});

builder.objectField(DashboardRef, 'tips', (t) =>
  t.field({
    type: TipFiguresRef,
    nullable: true,
    description:
      'Public tips of the window (by the unit verifying them when filtered by a regulator or township); null when filtered by a campaign, which tips belong to none',
    resolve: (dashboard, _args, context) =>
      dashboard.filter.campaignId === null ? readersOf(context).tips.figures(dashboard.filter) : null,
  }),
);
