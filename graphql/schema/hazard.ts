import type { HazardRow } from '../../db/repositories/hazards';
import { builder, ConnectionInterface } from '../builder';
import type { Context } from '../context';
import { connectionOf, pageComplexity, decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { alignById, groupBy, scopedLoad, type Key } from '../loaders';
import { hazardFilterOf } from '../filters';
import { idempotencyKeyText, longText, maxChars, photoIdList } from '../validation';
import { LIMITS, textTooLong } from '../../domain/limits';
import { CampaignRef } from './campaign';
import { ChecklistItemRef } from './checklist';
import { EnterpriseRef } from './enterprise';
import { HazardEventKindEnum, HazardLevelEnum, HazardSourceEnum, HazardStatusEnum } from './enums';
import { EscalationRef } from './escalation';
import { OrgUnitRef } from './org-unit';
import { PhotoRef } from './photo';
import { InspectionRef } from './task';

type HazardEventRow = Awaited<ReturnType<ReturnType<typeof readersOf>['hazards']['eventsByHazardIds']>>[number];

/** The names of the people on a record (reporter, verifier, actor of a step), batched per request. */
async function loadUserNames(ids: number[], context: Context): Promise<(string | null)[]> {
  const users = await readersOf(context).users.getByIds(ids);
  return alignById(ids, users).map((user) => (user instanceof Error ? null : user.display_name));
}

export const HazardRef = builder.loadableNodeRef<HazardRow, Key>('Hazard', {
  id: { resolve: (hazard) => hazard.id },
  load: scopedLoad((readers, ids) => readers.hazards.getByIds(ids)),
});

const HazardEventRef = builder.objectRef<HazardEventRow>('HazardEvent').implement({
  description: 'One step in the life of a hazard: found, rectification reported, verified, escalated',
  fields: (t) => ({
    kind: t.field({ type: HazardEventKindEnum, resolve: (e) => e.kind }),
    fromStatus: t.field({ type: HazardStatusEnum, nullable: true, resolve: (e) => e.from_status }),
    toStatus: t.field({ type: HazardStatusEnum, resolve: (e) => e.to_status }),
    comment: t.exposeString('comment', { nullable: true }),
    actorName: t.loadable({
      type: 'String',
      nullable: true,
      load: loadUserNames,
      resolve: (e) => e.actor_id,
    }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const HazardConnection = builder.connectionObject(
  { type: HazardRef, name: 'HazardConnection', interfaces: [ConnectionInterface] },
  { name: 'HazardEdge' },
);

HazardRef.implement({
  fields: (t) => ({
    source: t.field({
      type: HazardSourceEnum,
      description: "Who found it: an inspector, the enterprise's own self-check, or a public tip",
      resolve: (h) => h.source,
    }),
    level: t.field({ type: HazardLevelEnum, resolve: (h) => h.level }),
    status: t.field({ type: HazardStatusEnum, resolve: (h) => h.status }),
    overdue: t.boolean({ resolve: (h) => h.status !== 'CLOSED' && h.rectify_by.getTime() < Date.now() }),
    description: t.exposeString('description'),
    location: t.exposeString('location', { nullable: true }),
    foundAt: t.expose('found_at', { type: 'DateTime' }),
    rectifyBy: t.expose('rectify_by', { type: 'DateTime' }),
    rectificationPlan: t.exposeString('rectification_plan', {
      nullable: true,
      description: "A self-found hazard's rectification plan (整改方案), as the enterprise submitted it",
    }),
    rectificationMeasures: t.exposeString('rectification_measures', { nullable: true }),
    reportedAt: t.expose('reported_at', { type: 'DateTime', nullable: true }),
    reporterName: t.loadable({
      type: 'String',
      nullable: true,
      description: 'Who entered the latest rectification report',
      load: loadUserNames,
      resolve: (h) => h.reported_by,
    }),
    reportedByViewer: t.boolean({
      description: 'The viewer entered the latest rectification report (and so may not verify it)',
      resolve: (h, _args, context) => h.reported_by !== null && h.reported_by === context.viewer?.id,
    }),
    reportedOnBehalf: t.boolean({
      nullable: true,
      description: "代报: the latest report was entered by a regulator on the enterprise's behalf",
      resolve: (h) => h.reported_on_behalf,
    }),
    rectificationResponsible: t.exposeString('rectification_responsible', {
      nullable: true,
      description: '五落实·责任: the person responsible for the rectification',
    }),
    rectificationFunds: t.float({
      nullable: true,
      description: '五落实·资金: yuan spent on the rectification',
      resolve: (h) => (h.rectification_funds === null ? null : Number(h.rectification_funds)),
    }),
    rectificationCompletedAt: t.expose('rectification_completed_at', {
      type: 'DateTime',
      nullable: true,
      description: '五落实·时限: when the rectification was completed',
    }),
    rectificationContingencyPlan: t.exposeString('rectification_contingency_plan', {
      nullable: true,
      description: '五落实·预案: the contingency plan while the hazard was being rectified',
    }),
    verifiedAt: t.expose('verified_at', { type: 'DateTime', nullable: true }),
    verifyBy: t.expose('verify_by', {
      type: 'DateTime',
      nullable: true,
      description:
        'When the reported rectification must be verified: 次日核查, or the 复查 period for a hazard under an order to rectify',
    }),
    underOrder: t.loadable({
      type: 'Boolean',
      description:
        'Under an order to rectify (责令限期整改指令书): its verification is a 复查 the enterprise may apply for (requestReinspection)',
      load: async (ids: number[], context: Context) => {
        const ordered = await readersOf(context).documents.underOrder(ids);
        return ids.map((id) => ordered.has(id));
      },
      resolve: (h) => h.id,
    }),
    reinspectionRequestedAt: t.expose('reinspection_requested_at', {
      type: 'DateTime',
      nullable: true,
      description: 'When the enterprise applied for 复查 in this cycle (requestReinspection)',
    }),
    signedOffAt: t.expose('signed_off_at', {
      type: 'DateTime',
      nullable: true,
      description: 'When the county office signed the major hazard off (销号审核)',
    }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (h) => h.enterprise_id }),
    regulator: t.field({ type: OrgUnitRef, resolve: (h) => h.regulator_id }),
    township: t.field({ type: OrgUnitRef, resolve: (h) => h.township_id }),
    verifierUnit: t.field({
      type: OrgUnitRef,
      description:
        'Who verifies its rectification (核查): its regulator, or the county office for a 督导 finding (次日核查)',
      resolve: (h) => h.verifier_org_id ?? h.regulator_id,
    }),
    campaign: t.field({ type: CampaignRef, nullable: true, resolve: (h) => h.campaign_id }),
    inspection: t.field({ type: InspectionRef, nullable: true, resolve: (h) => h.inspection_id }),
    checklistItem: t.field({ type: ChecklistItemRef, nullable: true, resolve: (h) => h.checklist_item_id }),
    escalations: t.loadableList({
      type: EscalationRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).escalations.byHazardIds(ids), (e) => e.hazard_id),
      resolve: (h) => h.id,
    }),
    history: t.loadableList({
      type: HazardEventRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).hazards.eventsByHazardIds(ids), (e) => e.hazard_id),
      resolve: (h) => h.id,
    }),
    photos: t.loadableList({
      type: PhotoRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).photos.forHazards(ids), (p) => p.hazard_id),
      resolve: (h) => h.id,
    }),
  }),
});

const HazardFilter = builder.inputType('HazardFilter', {
  fields: (t) => ({
    campaignId: t.id({ required: false }),
    status: t.field({ type: [HazardStatusEnum], required: false }),
    level: t.field({ type: HazardLevelEnum, required: false }),
    overdue: t.boolean({ required: false }),
    regulatorId: t.id({ required: false }),
    townshipId: t.id({ required: false }),
    foundFrom: t.field({ type: 'DateTime', required: false, description: 'Found at or after this instant' }),
    foundTo: t.field({
      type: 'DateTime',
      required: false,
      description: 'Found before this instant (exclusive, like the dashboard window)',
    }),
  }),
});

builder.queryField('hazards', (t) =>
  t.field({
    type: HazardConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: HazardFilter, required: false }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = hazardFilterOf(args.filter);
      return connectionOf(
        args,
        (page) => readers.hazards.list(filter, page),
        () => readers.hazards.count(filter),
      );
    },
  }),
);

const ReportRectificationInput = builder.inputType('ReportRectificationInput', {
  description: 'The rectification as done: for a major hazard all five items of 五落实 and at least one photo',
  fields: (t) => ({
    hazardId: t.id({ required: true }),
    measures: t.string({ required: true, description: '五落实·措施: 整改措施', validate: longText('整改措施') }),
    responsible: t.string({
      required: false,
      description: '五落实·责任: the person responsible',
      validate: maxChars(LIMITS.shortText, textTooLong('整改责任人', LIMITS.shortText)),
    }),
    funds: t.float({ required: false, description: '五落实·资金: yuan spent, at most two decimals' }),
    completedAt: t.field({ type: 'DateTime', required: false, description: '五落实·时限: when it was completed' }),
    contingencyPlan: t.string({
      required: false,
      description: '五落实·预案: the contingency plan while rectifying',
      validate: longText('应急预案'),
    }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const VerifyRectificationInput = builder.inputType('VerifyRectificationInput', {
  fields: (t) => ({
    hazardId: t.id({ required: true }),
    passed: t.boolean({ required: true }),
    comment: t.string({ required: false, validate: longText('核查意见') }),
    newRectifyBy: t.field({ type: 'DateTime', required: false, description: 'Required when not passed' }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const SignOffHazardInput = builder.inputType('SignOffHazardInput', {
  description: '销号审核 of a verified major hazard by the county office',
  fields: (t) => ({
    hazardId: t.id({ required: true }),
    approved: t.boolean({
      required: true,
      description: 'true closes it (销号); false returns it for more rectification',
    }),
    comment: t.string({ required: false, description: 'Required when returned', validate: longText('审核意见') }),
    newRectifyBy: t.field({ type: 'DateTime', required: false, description: 'Required when returned' }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.mutationFields((t) => ({
  signOffHazard: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description: 'ADMIN: approve (CLOSED) or return (OPEN, with a new deadline) a major hazard awaiting sign-off',
    args: { input: t.arg({ type: SignOffHazardInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.hazards.signOff(
        viewerOf(context),
        { ...input, hazardId: decodeId(input.hazardId, 'Hazard') },
        context.requestId,
      ),
  }),
  reportRectification: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: ReportRectificationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.hazards.reportRectification(
        viewerOf(context),
        {
          ...input,
          hazardId: decodeId(input.hazardId, 'Hazard'),
          photoIds: decodeIds(input.photoIds, 'Photo'),
        },
        context.requestId,
      ),
  }),
  requestReinspection: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description:
      '申请复查: the enterprise of a hazard under an order, its rectification reported; the 复查 is then due counted from now',
    args: {
      hazardId: t.arg.id({ required: true }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: (_root, args, context) =>
      context.services.hazards.requestReinspection(
        viewerOf(context),
        { hazardId: decodeId(String(args.hazardId), 'Hazard'), idempotencyKey: args.idempotencyKey ?? null },
        context.requestId,
      ),
  }),
  verifyRectification: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: VerifyRectificationInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.hazards.verifyRectification(
        viewerOf(context),
        {
          ...input,
          hazardId: decodeId(input.hazardId, 'Hazard'),
          photoIds: decodeIds(input.photoIds, 'Photo'),
        },
        context.requestId,
      ),
  }),
}));
