import type { HazardRow } from '../../db/repositories/hazards';
import { builder } from '../builder';
import { connectionOf, pageComplexity, decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { alignById, groupBy, scopedLoad, type Key } from '../loaders';
import { hazardFilterOf } from '../filters';
import { idempotencyKeyText, longText, photoIdList } from '../validation';
import { CampaignRef } from './campaign';
import { ChecklistItemRef } from './checklist';
import { EnterpriseRef } from './enterprise';
import { HazardEventKindEnum, HazardLevelEnum, HazardStatusEnum } from './enums';
import { EscalationRef } from './escalation';
import { OrgUnitRef } from './org-unit';
import { PhotoRef } from './photo';
import { InspectionRef } from './task';

type HazardEventRow = Awaited<ReturnType<ReturnType<typeof readersOf>['hazards']['eventsByHazardIds']>>[number];

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
      load: async (ids: number[], context) => {
        const users = await readersOf(context).users.getByIds(ids);
        return alignById(ids, users).map((user) => (user instanceof Error ? null : user.display_name));
      },
      resolve: (e) => e.actor_id,
    }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

export const HazardConnection = builder.connectionObject(
  { type: HazardRef, name: 'HazardConnection' },
  { name: 'HazardEdge' },
);

HazardRef.implement({
  fields: (t) => ({
    level: t.field({ type: HazardLevelEnum, resolve: (h) => h.level }),
    status: t.field({ type: HazardStatusEnum, resolve: (h) => h.status }),
    overdue: t.boolean({ resolve: (h) => h.status !== 'CLOSED' && h.rectify_by.getTime() < Date.now() }),
    description: t.exposeString('description'),
    location: t.exposeString('location', { nullable: true }),
    foundAt: t.expose('found_at', { type: 'DateTime' }),
    rectifyBy: t.expose('rectify_by', { type: 'DateTime' }),
    rectificationMeasures: t.exposeString('rectification_measures', { nullable: true }),
    reportedAt: t.expose('reported_at', { type: 'DateTime', nullable: true }),
    verifiedAt: t.expose('verified_at', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (h) => h.enterprise_id }),
    regulator: t.field({ type: OrgUnitRef, resolve: (h) => h.regulator_id }),
    township: t.field({ type: OrgUnitRef, resolve: (h) => h.township_id }),
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
  fields: (t) => ({
    hazardId: t.id({ required: true }),
    measures: t.string({ required: true, description: '整改措施', validate: longText('整改措施') }),
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

builder.mutationFields((t) => ({
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
