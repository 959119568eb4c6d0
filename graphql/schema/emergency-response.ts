// 应急响应: the 包保 chain (dutyAssignments, createDutyAssignment, updateDutyAssignment), responses (emergencyResponses,
// activateResponse, changeResponseLevel, endResponse), at-post acknowledgements (acknowledgePost, myDutyPosts and the
// public dutyPostByToken of a text message's link), situation reports (submitSituationReport) and the live board
// (EmergencyResponse.board, polled by the leader's page).
import {
  DUTY_TARGET_KINDS,
  DUTY_TIERS,
  RESPONSE_KINDS,
  RESPONSE_LEVELS,
  RESPONSE_STATUSES,
} from '../../domain/emergency-response';
import { LIMITS } from '../../domain/limits';
import type { DutyAssignmentRow } from '../../db/repositories/duty-assignments';
import type { EmergencyResponseRow } from '../../db/repositories/emergency-responses';
import type { EmergencyResponseService } from '../../services/emergency-responses';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, decodeIds, globalId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { OrgUnitRef } from './org-unit';
import { PhotoRef } from './photo';

type BoardRow = Awaited<ReturnType<EmergencyResponseService['board']>>[number];
type LateLink = BoardRow['lateLinks'][number];
type ReportRow = Awaited<ReturnType<EmergencyResponseService['reports']>>[number];
type AckRow = Awaited<ReturnType<EmergencyResponseService['acknowledgePost']>>;
type TokenRow = NonNullable<Awaited<ReturnType<EmergencyResponseService['byToken']>>>;
type PostRow = Awaited<ReturnType<EmergencyResponseService['myPosts']>>[number];

export const ResponseKindEnum = builder.enumType('ResponseKind', {
  values: RESPONSE_KINDS,
  description: 'FLOOD 防汛; TYPHOON 防台风; GEOLOGICAL 地质灾害; FOREST_FIRE 森林防火; OTHER 其他',
});
export const ResponseLevelEnum = builder.enumType('ResponseLevel', {
  values: RESPONSE_LEVELS,
  description: 'LEVEL_IV Ⅳ级 (lowest) … LEVEL_I Ⅰ级 (highest)',
});
const ResponseStatusEnum = builder.enumType('ResponseStatus', { values: RESPONSE_STATUSES });
const DutyTierEnum = builder.enumType('DutyTier', {
  values: DUTY_TIERS,
  description: 'COUNTY 县领导包乡镇; TOWNSHIP 乡镇干部包村（点）; VILLAGE 村干部包户（点）',
});
const DutyTargetKindEnum = builder.enumType('DutyTargetKind', { values: DUTY_TARGET_KINDS });

const DutyAssignmentRef = builder.objectRef<DutyAssignmentRow>('DutyAssignment');
DutyAssignmentRef.implement({
  description: '包保责任: one link of the chain — who answers for what, and the link above',
  fields: (t) => ({
    id: t.id({ resolve: (a) => globalId('DutyAssignment', a.id) }),
    tier: t.field({ type: DutyTierEnum, resolve: (a) => a.tier }),
    township: t.field({ type: OrgUnitRef, resolve: (a) => a.township_id }),
    targetKind: t.field({ type: DutyTargetKindEnum, resolve: (a) => a.target_kind }),
    targetName: t.exposeString('target_name'),
    personName: t.exposeString('person_name'),
    phone: t.exposeString('phone', { nullable: true }),
    hasAccount: t.boolean({ resolve: (a) => a.user_id !== null }),
    userId: t.id({
      nullable: true,
      description: 'The person’s account, when the link names one',
      resolve: (a) => (a.user_id === null ? null : globalId('User', a.user_id)),
    }),
    parent: t.loadable({
      type: DutyAssignmentRef,
      nullable: true,
      description: 'The link above (none for a county leader’s)',
      load: async (ids: number[], context) => {
        const rows = await context.services.dutyAssignments.getByIds(ids);
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      },
      resolve: (a) => a.parent_id,
    }),
    parentId: t.id({
      nullable: true,
      resolve: (a) => (a.parent_id === null ? null : globalId('DutyAssignment', a.parent_id)),
    }),
    active: t.exposeBoolean('active'),
  }),
});
const DutyAssignmentConnection = builder.connectionObject(
  { type: DutyAssignmentRef, name: 'DutyAssignmentConnection', interfaces: [ConnectionInterface] },
  { name: 'DutyAssignmentEdge' },
);

const DutyAcknowledgementRef = builder.objectRef<AckRow>('DutyAcknowledgement').implement({
  description: '到岗到位: a link’s acknowledgement for one level period of a response',
  fields: (t) => ({
    id: t.id({ resolve: (a) => globalId('DutyAcknowledgement', a.id) }),
    responseId: t.id({ resolve: (a) => globalId('EmergencyResponse', a.response_id) }),
    assignmentId: t.id({ resolve: (a) => globalId('DutyAssignment', a.assignment_id) }),
    notifiedAt: t.expose('notified_at', { type: 'DateTime' }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    acknowledgedAt: t.expose('acknowledged_at', { type: 'DateTime', nullable: true }),
    late: t.boolean({ resolve: (a) => a.acknowledged_at !== null && a.acknowledged_at > a.due_at }),
  }),
});

const SituationReportRef = builder.objectRef<ReportRow>('SituationReport').implement({
  description: '情况报告: a township’s rainfall, people moved, dangers found, losses and account for a period',
  fields: (t) => ({
    id: t.id({ resolve: (r) => globalId('SituationReport', r.id) }),
    township: t.field({ type: OrgUnitRef, resolve: (r) => r.township_id }),
    periodDueAt: t.expose('period_due_at', { type: 'DateTime' }),
    rainfallMm: t.float({ nullable: true, resolve: (r) => (r.rainfall_mm === null ? null : Number(r.rainfall_mm)) }),
    peopleMoved: t.exposeInt('people_moved'),
    dangersFound: t.exposeInt('dangers_found'),
    losses: t.exposeString('losses', { nullable: true }),
    text: t.exposeString('text'),
    submittedAt: t.expose('submitted_at', { type: 'DateTime' }),
    photos: t.loadableList({
      type: PhotoRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).photos.forReports(ids), (p) => p.situation_report_id),
      resolve: (r) => r.id,
    }),
  }),
});

const LateLinkRef = builder.objectRef<LateLink>('LateDutyLink').implement({
  fields: (t) => ({
    personName: t.exposeString('person_name'),
    targetName: t.exposeString('target_name'),
    tier: t.field({ type: DutyTierEnum, resolve: (l) => l.tier }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    acknowledgedAt: t.expose('acknowledged_at', { type: 'DateTime', nullable: true }),
    escalatedUp: t.boolean({ resolve: (l) => l.escalated_up_at !== null }),
  }),
});

const BoardRowRef = builder.objectRef<BoardRow>('ResponseBoardRow').implement({
  description:
    'The live board of one township: acknowledged of all links, overdue, late links by name, the latest report',
  fields: (t) => ({
    township: t.field({ type: OrgUnitRef, resolve: (r) => r.township_id }),
    links: t.exposeInt('links'),
    acknowledged: t.exposeInt('acknowledged'),
    overdue: t.exposeInt('overdue'),
    lateLinks: t.field({ type: [LateLinkRef], resolve: (r) => r.lateLinks }),
    reports: t.exposeInt('reports'),
    latestReport: t.field({ type: SituationReportRef, nullable: true, resolve: (r) => r.latestReport }),
  }),
});

const LevelChangeRef = builder
  .objectRef<{ epoch: number; from_level: string; to_level: string; reason: string; changed_at: Date }>(
    'ResponseLevelChange',
  )
  .implement({
    fields: (t) => ({
      fromLevel: t.field({ type: ResponseLevelEnum, resolve: (c) => c.from_level as (typeof RESPONSE_LEVELS)[number] }),
      toLevel: t.field({ type: ResponseLevelEnum, resolve: (c) => c.to_level as (typeof RESPONSE_LEVELS)[number] }),
      reason: t.exposeString('reason'),
      changedAt: t.expose('changed_at', { type: 'DateTime' }),
    }),
  });

export const EmergencyResponseRef = builder.loadableNodeRef<EmergencyResponseRow, Key>('EmergencyResponse', {
  id: { resolve: (r) => r.id },
  load: scopedLoad((readers, ids) => readers.emergencyResponses.getByIds(ids)),
});

EmergencyResponseRef.implement({
  description:
    '应急响应: a response at a level over townships, its chain’s acknowledgements and the townships’ reports',
  fields: (t) => ({
    kind: t.field({ type: ResponseKindEnum, resolve: (r) => r.kind }),
    level: t.field({ type: ResponseLevelEnum, resolve: (r) => r.level }),
    status: t.field({ type: ResponseStatusEnum, resolve: (r) => r.status }),
    townships: t.field({ type: [OrgUnitRef], resolve: (r) => r.township_ids }),
    reason: t.exposeString('reason'),
    instructions: t.exposeString('instructions', { nullable: true }),
    activatedAt: t.expose('activated_at', { type: 'DateTime' }),
    levelSince: t.expose('epoch_started_at', { type: 'DateTime' }),
    ackMinutes: t.int({ resolve: (r) => r.policy[r.level].ackMinutes }),
    reportEveryMinutes: t.int({ resolve: (r) => r.policy[r.level].reportEveryMinutes }),
    endedAt: t.expose('ended_at', { type: 'DateTime', nullable: true }),
    endReason: t.exposeString('end_reason', { nullable: true }),
    summary: t.exposeString('summary', {
      nullable: true,
      description: 'The summary written at the end (应急响应工作总结)',
    }),
    levelChanges: t.field({
      type: [LevelChangeRef],
      resolve: (r, _args, context) => context.services.emergencyResponses.levelChanges(r.id),
    }),
    board: t.field({
      type: [BoardRowRef],
      description: 'Per township in the viewer’s scope, now (the leader’s page polls it every 10 s)',
      resolve: (r, _args, context) => context.services.emergencyResponses.board(viewerOf(context), r.id),
    }),
    reports: t.field({
      type: [SituationReportRef],
      description: 'Newest first; a township reads its own',
      resolve: (r, _args, context) => {
        const viewer = viewerOf(context);
        const own = viewer.role === 'TOWNSHIP_HEAD' || viewer.role === 'TOWNSHIP_STAFF';
        return context.services.emergencyResponses.reports(r.id, own ? [viewer.orgUnitId ?? -1] : null);
      },
    }),
  }),
});

const EmergencyResponseConnection = builder.connectionObject(
  { type: EmergencyResponseRef, name: 'EmergencyResponseConnection', interfaces: [ConnectionInterface] },
  { name: 'EmergencyResponseEdge' },
);

const DutyPostRef = builder.objectRef<PostRow>('DutyPost').implement({
  description: 'A post the viewer is asked to take now: the link, the response, the deadline',
  fields: (t) => ({
    id: t.id({ resolve: (p) => globalId('DutyAcknowledgement', p.id) }),
    assignmentId: t.id({ resolve: (p) => globalId('DutyAssignment', p.assignment_id) }),
    response: t.field({ type: EmergencyResponseRef, resolve: (p) => p.response_id }),
    targetName: t.exposeString('target_name'),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    acknowledgedAt: t.expose('acknowledged_at', { type: 'DateTime', nullable: true }),
  }),
});

const PublicDutyPostRef = builder.objectRef<TokenRow>('PublicDutyPost').implement({
  description: 'Public, by a text message’s link: whose post, for what, by when, and whether acknowledged',
  fields: (t) => ({
    assignmentId: t.id({ resolve: (p) => globalId('DutyAssignment', p.assignment_id) }),
    personName: t.exposeString('person_name'),
    targetName: t.exposeString('target_name'),
    townshipName: t.exposeString('township_name'),
    kind: t.field({ type: ResponseKindEnum, resolve: (p) => p.kind }),
    level: t.field({ type: ResponseLevelEnum, resolve: (p) => p.level }),
    instructions: t.exposeString('instructions', { nullable: true }),
    active: t.boolean({ resolve: (p) => p.status === 'ACTIVE' }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    acknowledgedAt: t.expose('acknowledged_at', { type: 'DateTime', nullable: true }),
  }),
});

const DutyAssignmentInput = builder.inputType('DutyAssignmentInput', {
  fields: (t) => ({
    tier: t.field({ type: DutyTierEnum, required: true }),
    townshipId: t.id({ required: true }),
    targetKind: t.field({ type: DutyTargetKindEnum, required: true }),
    targetName: t.string({ required: true, validate: maxChars(LIMITS.shortText, '包保对象名称过长') }),
    personName: t.string({ required: true, validate: maxChars(LIMITS.legalRepresentative, '责任人姓名过长') }),
    phone: t.string({ required: false, validate: maxChars(20, '请填写责任人的11位手机号码') }),
    userId: t.id({ required: false, description: 'The person’s account, if any (a county leader’s is required)' }),
    parentId: t.id({ required: false, description: 'The link above; none for a county leader’s link' }),
    active: t.boolean({ required: false, description: 'false stops the link (update only)' }),
  }),
});

const DutyAssignmentFilterInput = builder.inputType('DutyAssignmentFilter', {
  fields: (t) => ({
    townshipId: t.id({ required: false }),
    tier: t.field({ type: DutyTierEnum, required: false }),
    search: t.string({ required: false, validate: maxChars(LIMITS.search, '搜索内容过长') }),
    active: t.boolean({ required: false }),
  }),
});

const ActivateResponseInput = builder.inputType('ActivateResponseInput', {
  fields: (t) => ({
    kind: t.field({ type: ResponseKindEnum, required: true }),
    level: t.field({ type: ResponseLevelEnum, required: true }),
    townshipIds: t.idList({ required: true, validate: { maxLength: LIMITS.filterIds } }),
    reason: t.string({ required: true, validate: maxChars(LIMITS.reason, `原因最多 ${LIMITS.reason} 字`) }),
    instructions: t.string({
      required: false,
      validate: maxChars(LIMITS.longText, `工作要求最多 ${LIMITS.longText} 字`),
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const SituationReportInput = builder.inputType('SituationReportInput', {
  fields: (t) => ({
    responseId: t.id({ required: true }),
    townshipId: t.id({ required: false, description: 'Default: the viewer’s township; another is refused' }),
    rainfallMm: t.float({ required: false }),
    peopleMoved: t.int({ required: false }),
    dangersFound: t.int({ required: false }),
    losses: t.string({ required: false, validate: maxChars(LIMITS.longText, `损失情况最多 ${LIMITS.longText} 字`) }),
    text: t.string({ required: true, validate: maxChars(LIMITS.longText, `情况报告最多 ${LIMITS.longText} 字`) }),
    photoIds: t.idList({
      required: false,
      description: 'The reporter’s own uploads (uploadPhoto), at most a step’s worth',
      validate: { maxLength: LIMITS.photosPerStep },
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const assignmentInput = (input: {
  tier: (typeof DUTY_TIERS)[number];
  townshipId: string;
  targetKind: (typeof DUTY_TARGET_KINDS)[number];
  targetName: string;
  personName: string;
  phone?: string | null;
  userId?: string | null;
  parentId?: string | null;
}) => ({
  tier: input.tier,
  townshipId: decodeId(input.townshipId, 'OrgUnit'),
  targetKind: input.targetKind,
  targetName: input.targetName,
  personName: input.personName,
  phone: input.phone ?? null,
  userId: input.userId ? decodeId(input.userId, 'User') : null,
  parentId: input.parentId ? decodeId(input.parentId, 'DutyAssignment') : null,
});

builder.queryFields((t) => ({
  emergencyResponses: t.field({
    type: EmergencyResponseConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Active first, newest first: the county’s; a township’s in scope; those a person’s link is asked in',
    args: { ...t.arg.connectionArgs() },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      return connectionOf(
        args,
        (page) => context.services.emergencyResponses.list(viewer, page),
        () => context.services.emergencyResponses.count(viewer),
      );
    },
  }),
  dutyAssignments: t.field({
    type: DutyAssignmentConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'The 包保 chain: the county’s; a township its own; a person the links naming them',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: DutyAssignmentFilterInput, required: false }) },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const f = args.filter;
      const filter = {
        townshipId: f?.townshipId ? decodeId(f.townshipId, 'OrgUnit') : null,
        tier: f?.tier ?? null,
        search: f?.search ?? null,
        active: f?.active ?? null,
      };
      return connectionOf(
        args,
        (page) => context.services.dutyAssignments.list(viewer, filter, page),
        () => context.services.dutyAssignments.count(viewer, filter),
      );
    },
  }),
  myDutyPosts: t.field({
    type: [DutyPostRef],
    authScopes: { loggedIn: true },
    description: 'The viewer’s own links asked to be at post in active responses',
    resolve: (_root, _args, context) => context.services.emergencyResponses.myPosts(viewerOf(context)),
  }),
  dutyPostByToken: t.field({
    type: PublicDutyPostRef,
    nullable: true,
    description: 'Public: the post of a text message’s link; null when the link is unknown or superseded',
    args: { token: t.arg.string({ required: true, validate: maxChars(100, '确认链接无效') }) },
    resolve: async (_root, { token }, context) => (await context.services.emergencyResponses.byToken(token)) ?? null,
  }),
}));

builder.mutationFields((t) => ({
  activateResponse: t.field({
    type: EmergencyResponseRef,
    authScopes: { admin: true },
    description: 'ADMIN: raises a response; every link of the townships in scope is notified and must acknowledge',
    args: { input: t.arg({ type: ActivateResponseInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.emergencyResponses.activate(
        viewerOf(context),
        {
          kind: input.kind,
          level: input.level,
          townshipIds: decodeIds(input.townshipIds, 'OrgUnit') ?? [],
          reason: input.reason,
          instructions: input.instructions ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  changeResponseLevel: t.field({
    type: EmergencyResponseRef,
    authScopes: { admin: true },
    description: 'ADMIN: a new level — new deadlines, the chain told again, history kept',
    args: {
      id: t.arg.id({ required: true }),
      level: t.arg({ type: ResponseLevelEnum, required: true }),
      reason: t.arg.string({ required: true, validate: maxChars(LIMITS.reason, `原因最多 ${LIMITS.reason} 字`) }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: async (_root, args, context) => {
      const id = decodeId(args.id, 'EmergencyResponse');
      await context.services.emergencyResponses.changeLevel(
        viewerOf(context),
        { id, level: args.level, reason: args.reason, idempotencyKey: args.idempotencyKey ?? null },
        context.requestId,
      );
      return id;
    },
  }),
  endResponse: t.field({
    type: EmergencyResponseRef,
    authScopes: { admin: true },
    description: 'ADMIN: ends the response and writes its summary',
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, validate: maxChars(LIMITS.reason, `原因最多 ${LIMITS.reason} 字`) }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: async (_root, args, context) => {
      const id = decodeId(args.id, 'EmergencyResponse');
      await context.services.emergencyResponses.end(
        viewerOf(context),
        { id, reason: args.reason, idempotencyKey: args.idempotencyKey ?? null },
        context.requestId,
      );
      return id;
    },
  }),
  acknowledgePost: t.field({
    type: DutyAcknowledgementRef,
    description:
      '到岗到位: the link’s own person (logged in), or whoever holds the link of its text message (token, no login)',
    args: {
      assignmentId: t.arg.id({ required: true }),
      responseId: t.arg.id({ required: false, description: 'Default: the latest active response asking this link' }),
      token: t.arg.string({ required: false, validate: maxChars(100, '确认链接无效') }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: async (_root, args, context) => {
      const assignmentId = decodeId(args.assignmentId, 'DutyAssignment');
      const viewer = args.token ? (context.viewer ?? null) : viewerOf(context);
      let responseId = args.responseId ? decodeId(args.responseId, 'EmergencyResponse') : null;
      if (responseId === null && viewer && !args.token) {
        const open = (await context.services.emergencyResponses.myPosts(viewer)).find(
          (p) => p.assignment_id === assignmentId,
        );
        responseId = open?.response_id ?? null;
      }
      return context.services.emergencyResponses.acknowledgePost(
        viewer,
        { responseId, assignmentId, token: args.token ?? null },
        context.requestId,
      );
    },
  }),
  submitSituationReport: t.field({
    type: SituationReportRef,
    authScopes: { loggedIn: true },
    description: 'A township in scope: its situation report for the current period',
    args: { input: t.arg({ type: SituationReportInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.emergencyResponses.submitSituationReport(
        viewerOf(context),
        {
          responseId: decodeId(input.responseId, 'EmergencyResponse'),
          townshipId: input.townshipId ? decodeId(input.townshipId, 'OrgUnit') : null,
          rainfallMm: input.rainfallMm ?? null,
          peopleMoved: input.peopleMoved ?? null,
          dangersFound: input.dangersFound ?? null,
          losses: input.losses ?? null,
          text: input.text,
          photoIds: decodeIds(input.photoIds, 'Photo') ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  createDutyAssignment: t.field({
    type: DutyAssignmentRef,
    authScopes: { admin: true },
    args: { input: t.arg({ type: DutyAssignmentInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.dutyAssignments.create(viewerOf(context), assignmentInput(input), context.requestId),
  }),
  updateDutyAssignment: t.field({
    type: DutyAssignmentRef,
    authScopes: { admin: true },
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: DutyAssignmentInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.services.dutyAssignments.update(
        viewerOf(context),
        decodeId(id, 'DutyAssignment'),
        { ...assignmentInput(input), active: input.active ?? null },
        context.requestId,
      ),
  }),
}));
