// Directives from above (督办/交办): registerDirective and replyDirective by the county office, answerDirectiveItem by
// the item's unit, the scoped lists; an escalation's directive item. Thin: every rule is in services/directives.ts and
// domain/directives.ts.
import type { DirectiveItemRow, DirectiveRow } from '../../db/repositories/directives';
import {
  DIRECTIVE_ITEM_STATUSES,
  DIRECTIVE_KIND_NAMES_ZH,
  DIRECTIVE_KINDS,
  DIRECTIVE_LIMITS,
  DIRECTIVE_STATUS_NAMES_ZH,
  DIRECTIVE_STATUSES,
} from '../../domain/directives';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy, orNull, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { EscalationRef } from './escalation';
import { OrgUnitRef } from './org-unit';

const described = (names: Record<string, string>) =>
  Object.entries(names)
    .map(([value, name]) => `${value} ${name}`)
    .join('; ');

export const DirectiveKindEnum = builder.enumType('DirectiveKind', {
  values: DIRECTIVE_KINDS,
  description: described(DIRECTIVE_KIND_NAMES_ZH),
});
export const DirectiveStatusEnum = builder.enumType('DirectiveStatus', {
  values: DIRECTIVE_STATUSES,
  description: described(DIRECTIVE_STATUS_NAMES_ZH),
});
export const DirectiveItemStatusEnum = builder.enumType('DirectiveItemStatus', {
  values: DIRECTIVE_ITEM_STATUSES,
  description: 'OPEN 待反馈; ANSWERED 已反馈',
});

export const DirectiveRef = builder.loadableNodeRef<DirectiveRow, Key>('Directive', {
  id: { resolve: (d) => d.id },
  load: scopedLoad((readers, ids) => readers.directives.getByIds(ids)),
});

export const DirectiveItemRef = builder.loadableNodeRef<DirectiveItemRow, Key>('DirectiveItem', {
  id: { resolve: (i) => i.id },
  load: scopedLoad((readers, ids) => readers.directives.getItemsByIds(ids)),
});

const DirectiveConnection = builder.connectionObject(
  { type: DirectiveRef, name: 'DirectiveConnection', interfaces: [ConnectionInterface] },
  { name: 'DirectiveEdge' },
);
const DirectiveItemConnection = builder.connectionObject(
  { type: DirectiveItemRef, name: 'DirectiveItemConnection', interfaces: [ConnectionInterface] },
  { name: 'DirectiveItemEdge' },
);

DirectiveRef.implement({
  description:
    '督办/交办: a letter from the city or province (督促函, 交办件), its items for units and the county reply',
  fields: (t) => ({
    kind: t.field({ type: DirectiveKindEnum, resolve: (d) => d.kind }),
    source: t.exposeString('source', { description: '来文单位, e.g. 市安委办' }),
    documentNumber: t.exposeString('document_number', { description: '文号' }),
    title: t.exposeString('title'),
    receivedAt: t.expose('received_at', { type: 'DateTime' }),
    replyDueAt: t.expose('reply_due_at', { type: 'DateTime', description: 'When the county must reply' }),
    status: t.field({ type: DirectiveStatusEnum, resolve: (d) => d.status }),
    reply: t.exposeString('reply', { nullable: true, description: 'The consolidated reply (汇总回复)' }),
    repliedAt: t.expose('replied_at', { type: 'DateTime', nullable: true }),
    items: t.loadableList({
      type: DirectiveItemRef,
      description: 'Its items the viewer may see: all for the county office and leaders, a unit its own',
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).directives.itemsOf(ids), (item) => item.directive_id),
      resolve: (d) => d.id,
    }),
  }),
});

DirectiveItemRef.implement({
  description: "One item of a directive, dispatched to one unit with its deadline, and that unit's answer",
  fields: (t) => ({
    directive: t.field({ type: DirectiveRef, resolve: (i) => i.directive_id }),
    position: t.int({ description: 'From 1, in the letter', resolve: (i) => i.position + 1 }),
    content: t.exposeString('content'),
    assignee: t.field({ type: OrgUnitRef, resolve: (i) => i.assignee_org_id }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    status: t.field({ type: DirectiveItemStatusEnum, resolve: (i) => i.status }),
    late: t.boolean({
      description: 'Not answered by its deadline (answered late, or open past it now)',
      resolve: (i) => (i.answered_at ?? new Date()).getTime() > i.due_at.getTime(),
    }),
    answer: t.exposeString('answer', { nullable: true, description: '办理情况' }),
    answeredAt: t.expose('answered_at', { type: 'DateTime', nullable: true }),
    answeredByName: t.loadable({
      type: 'String',
      nullable: true,
      load: async (ids: number[], context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((user) => user?.display_name ?? null),
      resolve: (i) => i.answered_by,
    }),
  }),
});

builder.objectField(EscalationRef, 'directiveItem', (t) =>
  t.loadable({
    type: DirectiveItemRef,
    nullable: true,
    load: async (ids: number[], context) => orNull(ids, await readersOf(context).directives.getItemsByIds(ids)),
    resolve: (escalation) => escalation.directive_item_id,
  }),
);

const DirectiveItemInput = builder.inputType('DirectiveItemInput', {
  fields: (t) => ({
    content: t.string({
      required: true,
      validate: maxChars(DIRECTIVE_LIMITS.content.max, '办理事项内容不能超过2000个字'),
    }),
    assigneeId: t.id({ required: true, description: 'The department or township that answers it' }),
    dueAt: t.field({ type: 'DateTime', required: true }),
  }),
});

const DirectiveInput = builder.inputType('DirectiveInput', {
  fields: (t) => ({
    kind: t.field({ type: DirectiveKindEnum, required: true }),
    source: t.string({ required: true, validate: maxChars(DIRECTIVE_LIMITS.source.max, '来文单位不能超过100个字') }),
    documentNumber: t.string({
      required: true,
      validate: maxChars(DIRECTIVE_LIMITS.documentNumber.max, '文号不能超过100个字'),
    }),
    title: t.string({ required: true, validate: maxChars(DIRECTIVE_LIMITS.title.max, '标题不能超过200个字') }),
    receivedAt: t.field({ type: 'DateTime', required: true }),
    replyDueAt: t.field({ type: 'DateTime', required: true }),
    items: t.field({
      type: [DirectiveItemInput],
      required: true,
      validate: maxChars(DIRECTIVE_LIMITS.items, `一件来文最多拆分${DIRECTIVE_LIMITS.items}项办理事项`),
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const AnswerDirectiveItemInput = builder.inputType('AnswerDirectiveItemInput', {
  fields: (t) => ({
    itemId: t.id({ required: true }),
    answer: t.string({ required: true, validate: maxChars(DIRECTIVE_LIMITS.answer.max, '办理情况不能超过4000个字') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const DirectiveFilterInput = builder.inputType('DirectiveFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [DirectiveStatusEnum], required: false }),
    kinds: t.field({ type: [DirectiveKindEnum], required: false }),
  }),
});

const DirectiveItemFilterInput = builder.inputType('DirectiveItemFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [DirectiveItemStatusEnum], required: false }),
    assigneeId: t.id({ required: false }),
  }),
});

builder.queryField('directives', (t) =>
  t.field({
    type: DirectiveConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: every directive; a unit: those it has items of (with only its own items)',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: DirectiveFilterInput, required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = { statuses: args.filter?.statuses ?? null, kinds: args.filter?.kinds ?? null };
      return connectionOf(
        args,
        (page) => readers.directives.list(filter, page),
        () => readers.directives.count(filter),
      );
    },
  }),
);

builder.queryField('directiveItems', (t) =>
  t.field({
    type: DirectiveItemConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: "A unit's items to answer (earliest deadline first); ADMIN and LEADER: every unit's",
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: DirectiveItemFilterInput, required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = {
        statuses: args.filter?.statuses ?? null,
        assigneeOrgId: args.filter?.assigneeId ? decodeId(args.filter.assigneeId, 'OrgUnit') : null,
      };
      return connectionOf(
        args,
        (page) => readers.directives.listItems(filter, page),
        () => readers.directives.countItems(filter),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  registerDirective: t.field({
    type: DirectiveRef,
    authScopes: { admin: true },
    description: 'ADMIN: 登记 a 督促函 or 交办件 from above, split into items for units with their deadlines',
    args: { input: t.arg({ type: DirectiveInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.directives.register(
        viewerOf(context),
        {
          kind: input.kind,
          source: input.source,
          documentNumber: input.documentNumber,
          title: input.title,
          receivedAt: input.receivedAt,
          replyDueAt: input.replyDueAt,
          items: input.items.map((item) => ({
            content: item.content,
            assigneeOrgId: decodeId(item.assigneeId, 'OrgUnit'),
            dueAt: item.dueAt,
          })),
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  answerDirectiveItem: t.field({
    type: DirectiveItemRef,
    authScopes: { loggedIn: true },
    description: "The item's unit (head or staff): 反馈办理情况",
    args: { input: t.arg({ type: AnswerDirectiveItemInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.directives.answerItem(
        viewerOf(context),
        {
          itemId: decodeId(input.itemId, 'DirectiveItem'),
          answer: input.answer,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  replyDirective: t.field({
    type: DirectiveRef,
    authScopes: { admin: true },
    description: 'ADMIN: the consolidated reply (汇总回复) to above; CONFLICT while any item is unanswered',
    args: {
      id: t.arg.id({ required: true }),
      reply: t.arg.string({
        required: true,
        validate: maxChars(DIRECTIVE_LIMITS.reply.max, '回复内容不能超过8000个字'),
      }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: (_root, args, context) =>
      context.services.directives.reply(
        viewerOf(context),
        { directiveId: decodeId(args.id, 'Directive'), reply: args.reply, idempotencyKey: args.idempotencyKey ?? null },
        context.requestId,
      ),
  }),
}));
