// 红黑名单: listings with their history (listEntries, Enterprise.listEntries), black-listing by the county office
// with a legal ground, a period and the evidence (blackListEnterprise), and early removal with a reason.
import type { ListEntry } from '../../db/schema';
import {
  BLACK_LIST_GROUNDS,
  BLACK_LIST_GROUND_NAMES_ZH,
  LIST_ENTRY_STATUSES,
  LIST_POLICY,
  RED_LIST_GROUND,
  REGISTER_LIST_GROUND,
} from '../../domain/lists';
import { LIMITS, textTooLong } from '../../domain/limits';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { EnterpriseRef } from './enterprise';
import { ListStatusEnum } from './enums';
import { GradingProposalRef } from './grading';

const BlackListGroundEnum = builder.enumType('BlackListGround', {
  values: BLACK_LIST_GROUNDS,
  description: '列入黑名单的法定事由（《安全生产严重失信主体名单管理办法》）',
});
const ListEntryStatusEnum = builder.enumType('ListEntryStatus', {
  values: LIST_ENTRY_STATUSES,
  description: 'ACTIVE in force; EXPIRED its period over; REMOVED early by decision, or (red) by a later grading',
});

const groundName = (ground: string) =>
  ground === RED_LIST_GROUND
    ? '企业分级连续评为“好”且无重大事故隐患'
    : ground === REGISTER_LIST_GROUND
      ? '启用红黑名单管理前登记簿中已有的标注'
      : (BLACK_LIST_GROUND_NAMES_ZH[ground as (typeof BLACK_LIST_GROUNDS)[number]] ?? ground);

export const ListEntryRef = builder.loadableNodeRef<ListEntry, number>('ListEntry', {
  id: { resolve: (e) => e.id },
  load: async (ids: number[], context) => {
    const viewer = viewerOf(context);
    const rows = await Promise.all(ids.map((id) => context.services.lists.byId(viewer, id).catch(() => null)));
    return rows.map((row, i) => row ?? new Error(`ListEntry ${ids[i]} not found`));
  },
});

ListEntryRef.implement({
  description: '名单记录: one listing on the red or the black list, with its history',
  fields: (t) => ({
    enterprise: t.field({ type: EnterpriseRef, resolve: (e) => e.enterprise_id }),
    list: t.field({ type: ListStatusEnum, resolve: (e) => e.list }),
    status: t.field({ type: ListEntryStatusEnum, resolve: (e) => e.status }),
    ground: t.field({
      type: BlackListGroundEnum,
      nullable: true,
      description: 'The legal ground of a black-listing; null on the red list',
      resolve: (e) =>
        (BLACK_LIST_GROUNDS as readonly string[]).includes(e.ground)
          ? (e.ground as (typeof BLACK_LIST_GROUNDS)[number])
          : null,
    }),
    groundName: t.string({ resolve: (e) => groundName(e.ground) }),
    evidence: t.exposeString('evidence', { nullable: true }),
    startsAt: t.expose('starts_at', { type: 'DateTime' }),
    endsAt: t.expose('ends_at', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decided_at', { type: 'DateTime' }),
    remindedAt: t.expose('reminded_at', { type: 'DateTime', nullable: true }),
    endedAt: t.expose('ended_at', { type: 'DateTime', nullable: true }),
    removalReason: t.exposeString('removal_reason', { nullable: true }),
    proposal: t.field({
      type: GradingProposalRef,
      nullable: true,
      description: 'The published grading a red entry came from',
      resolve: (e) => e.proposal_id,
    }),
  }),
});

const ListEntryConnection = builder.connectionObject(
  { type: ListEntryRef, name: 'ListEntryConnection', interfaces: [ConnectionInterface] },
  { name: 'ListEntryEdge' },
);

const ListEntryFilter = builder.inputType('ListEntryFilter', {
  fields: (t) => ({
    list: t.field({ type: ListStatusEnum, required: false, description: 'RED or BLACK' }),
    status: t.field({ type: ListEntryStatusEnum, required: false }),
    enterpriseId: t.id({ required: false }),
  }),
});

const BlackListInput = builder.inputType('BlackListInput', {
  fields: (t) => ({
    enterpriseId: t.id({ required: true }),
    ground: t.field({ type: BlackListGroundEnum, required: false, description: 'Required: refused without one' }),
    startsAt: t.field({ type: 'DateTime', required: false, description: 'Default now' }),
    endsAt: t.field({
      type: 'DateTime',
      required: false,
      description: `Required: ${LIST_POLICY.minMonths} months to ${LIST_POLICY.maxMonths / 12} years after startsAt`,
    }),
    evidence: t.string({
      required: true,
      validate: maxChars(LIST_POLICY.evidenceMaxLength, textTooLong('事实和证据', LIST_POLICY.evidenceMaxLength)),
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.objectField(EnterpriseRef, 'listEntries', (t) =>
  t.loadableList({
    type: ListEntryRef,
    description: 'Its listings on the red and the black list, newest first (红黑名单)',
    load: async (ids: number[], context) =>
      groupBy(ids, await readersOf(context).enterprises.listEntriesOf(ids), (e) => e.enterprise_id),
    resolve: (e) => e.id,
  }),
);

builder.queryField('listEntries', (t) =>
  t.field({
    type: ListEntryConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Listings of the enterprises the viewer sees, newest decision first',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: ListEntryFilter, required: false }) },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const list = args.filter?.list;
      const filter = {
        list: list === 'RED' || list === 'BLACK' ? list : null,
        status: args.filter?.status ?? null,
        enterpriseId: args.filter?.enterpriseId ? decodeId(args.filter.enterpriseId, 'Enterprise') : null,
      };
      return connectionOf(
        args,
        (page) => context.services.lists.list(viewer, filter, page),
        () => context.services.lists.count(viewer, filter),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  blackListEnterprise: t.field({
    type: ListEntryRef,
    authScopes: { admin: true },
    description:
      'ADMIN: 列入黑名单 with a legal ground, a period and the evidence; ends by itself when the period does (a reminder before)',
    args: { input: t.arg({ type: BlackListInput, required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const { input } = args;
      const id = await context.services.lists.blackList(
        viewer,
        {
          enterpriseId: decodeId(input.enterpriseId, 'Enterprise'),
          ground: input.ground ?? null,
          startsAt: input.startsAt ?? null,
          endsAt: input.endsAt ?? null,
          evidence: input.evidence,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return context.services.lists.byId(viewer, id);
    },
  }),
  removeFromBlackList: t.field({
    type: ListEntryRef,
    authScopes: { admin: true },
    description: 'ADMIN: 提前移出黑名单 by decision, with the reason',
    args: {
      entryId: t.arg.id({ required: true }),
      reason: t.arg.string({
        required: true,
        validate: maxChars(LIMITS.reason, textTooLong('移出理由', LIMITS.reason)),
      }),
    },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const id = decodeId(args.entryId, 'ListEntry');
      await context.services.lists.remove(viewer, id, args.reason, context.requestId);
      return context.services.lists.byId(viewer, id);
    },
  }),
}));
