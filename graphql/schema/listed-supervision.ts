// 挂牌督办 as procedure: the listing's record on Hazard, submitListingPlan (五落实), orderSuspension (暂时停产停业),
// recordExpertAcceptance (专家验收), and the public publicMajorHazards. Thin: the rules are in
// services/listed-supervision.ts and domain/listed-supervision.ts.
import type { createHazardListingRepository } from '../../db/repositories/hazard-listings';
import { LISTING_LIMITS, type PublicMajorHazard } from '../../domain/listed-supervision';
import { builder, ConnectionInterface } from '../builder';
import type { Context } from '../context';
import { connectionOf, decodeId, globalId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy } from '../loaders';
import { maxChars } from '../validation';
import { HazardRef } from './hazard';

type ListingRow = Awaited<ReturnType<ReturnType<typeof createHazardListingRepository>['byHazardIds']>>[number];

const ListingPlanRef = builder
  .objectRef<{ measures: string; responsible: string; fundsYuan: number; completeBy: string; contingencyPlan: string }>(
    'ListingPlan',
  )
  .implement({
    description: '五落实 治理方案: measures, who is responsible, funds, deadline, safety measures and contingency plan',
    fields: (t) => ({
      measures: t.exposeString('measures'),
      responsible: t.exposeString('responsible'),
      fundsYuan: t.exposeFloat('fundsYuan'),
      completeBy: t.string({ resolve: (p) => p.completeBy }),
      contingencyPlan: t.exposeString('contingencyPlan'),
    }),
  });

const ExpertAcceptanceRef = builder
  .objectRef<{ experts: string[]; opinion: string; passed: boolean; at: string }>('ExpertAcceptance')
  .implement({
    fields: (t) => ({
      experts: t.exposeStringList('experts'),
      opinion: t.exposeString('opinion'),
      passed: t.exposeBoolean('passed'),
      at: t.string({ resolve: (a) => a.at }),
    }),
  });

const HazardListingRef = builder.objectRef<ListingRow>('HazardListing').implement({
  description: 'What is filed while a major hazard is listed (挂牌督办)',
  fields: (t) => ({
    plan: t.field({ type: ListingPlanRef, nullable: true, resolve: (l) => l.plan }),
    planAt: t.expose('plan_at', { type: 'DateTime', nullable: true }),
    suspendedAt: t.expose('suspended_at', { type: 'DateTime', nullable: true, description: '责令暂时停产停业' }),
    suspensionReason: t.exposeString('suspension_reason', { nullable: true }),
    expertAcceptance: t.field({ type: ExpertAcceptanceRef, nullable: true, resolve: (l) => l.expert_acceptance }),
  }),
});

builder.objectFields(HazardRef, (t) => ({
  listedAt: t.expose('listed_at', { type: 'DateTime', nullable: true, description: '挂牌督办 since' }),
  delistedAt: t.expose('delisted_at', { type: 'DateTime', nullable: true, description: '核销 (removed from listing)' }),
  listing: t.loadable({
    type: HazardListingRef,
    nullable: true,
    load: async (ids: number[], context: Context) =>
      groupBy(ids, await context.services.listedSupervision.listingsOf(ids), (l) => l.hazard_id).map(
        (rows) => rows[0] ?? null,
      ),
    resolve: (h) => h.id,
  }),
}));

const PublicMajorHazardRef = builder.objectRef<PublicMajorHazard>('PublicMajorHazard').implement({
  description:
    'A major hazard under county listed supervision (挂牌督办) or removed from it, as the county announces it',
  fields: (t) => ({
    id: t.id({ resolve: (h) => globalId('PublicMajorHazard', h.id) }),
    enterpriseName: t.exposeString('enterpriseName'),
    townshipName: t.exposeString('townshipName'),
    regulatorName: t.exposeString('regulatorName', { description: '督办责任单位' }),
    description: t.exposeString('description'),
    listedAt: t.field({ type: 'DateTime', resolve: (h) => h.listedAt }),
    rectifyBy: t.field({ type: 'DateTime', resolve: (h) => h.rectifyBy }),
    status: t.string({ description: 'UNDER_SUPERVISION 督办中; REMOVED 已核销', resolve: (h) => h.status }),
    removedAt: t.field({ type: 'DateTime', nullable: true, resolve: (h) => h.removedAt }),
    suspended: t.boolean({ description: '已责令暂时停产停业', resolve: (h) => h.suspended }),
  }),
});

const PublicMajorHazardConnection = builder.connectionObject(
  { type: PublicMajorHazardRef, name: 'PublicMajorHazardConnection', interfaces: [ConnectionInterface] },
  { name: 'PublicMajorHazardEdge' },
);

builder.queryField('publicMajorHazards', (t) =>
  t.field({
    type: PublicMajorHazardConnection,
    complexity: pageComplexity,
    description: 'Public, no login: major hazards under listed supervision and those removed, newest first',
    args: { ...t.arg.connectionArgs() },
    resolve: (_root, args, context) =>
      connectionOf(
        args,
        (page) => context.services.listedSupervision.publicList(page),
        () => context.services.listedSupervision.publicCount(),
      ),
  }),
);

const ListingPlanInput = builder.inputType('ListingPlanInput', {
  fields: (t) => ({
    measures: t.string({ required: true, validate: maxChars(LISTING_LIMITS.text, '治理措施过长') }),
    responsible: t.string({ required: true, validate: maxChars(LISTING_LIMITS.text, '责任机构和人员过长') }),
    fundsYuan: t.float({ required: true }),
    completeBy: t.field({ type: 'DateTime', required: true }),
    contingencyPlan: t.string({ required: true, validate: maxChars(LISTING_LIMITS.text, '安全措施和应急预案过长') }),
  }),
});

const ExpertAcceptanceInput = builder.inputType('ExpertAcceptanceInput', {
  fields: (t) => ({
    hazardId: t.id({ required: true }),
    experts: t.stringList({ required: true, validate: { maxLength: LISTING_LIMITS.experts } }),
    opinion: t.string({ required: true, validate: maxChars(LISTING_LIMITS.text, '验收意见过长') }),
    passed: t.boolean({ required: true }),
  }),
});

const readBack = async (context: Context, id: number) => {
  const [row] = await readersOf(context).hazards.getByIds([id]);
  if (!row) throw new Error(`hazard ${id} written but not readable`);
  return row;
};

builder.mutationFields((t) => ({
  submitListingPlan: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description: '五落实 治理方案 of a listed major hazard: the enterprise, or its unit on its behalf',
    args: { hazardId: t.arg.id({ required: true }), input: t.arg({ type: ListingPlanInput, required: true }) },
    resolve: async (_root, args, context) => {
      const id = await context.services.listedSupervision.submitPlan(
        viewerOf(context),
        decodeId(String(args.hazardId), 'Hazard'),
        { ...args.input, completeBy: args.input.completeBy.toISOString() },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
  orderSuspension: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description:
      '责令暂时停产停业 of a listed major hazard’s enterprise, with its 现场处理措施决定书: its unit or the county office',
    args: {
      hazardId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, validate: maxChars(LISTING_LIMITS.text, '理由过长') }),
    },
    resolve: async (_root, args, context) => {
      const id = await context.services.listedSupervision.orderSuspension(
        viewerOf(context),
        decodeId(String(args.hazardId), 'Hazard'),
        args.reason,
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
  recordExpertAcceptance: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description: '专家验收 of a listed major hazard’s reported rectification, before the county office’s 核销',
    args: { input: t.arg({ type: ExpertAcceptanceInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.listedSupervision.recordExpertAcceptance(
        viewerOf(context),
        { ...input, hazardId: decodeId(String(input.hazardId), 'Hazard') },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
}));
