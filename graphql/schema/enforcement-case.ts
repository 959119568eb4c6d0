// 行政处罚案件: openCase, advanceCase and cases(filter:) for the enforcement desk. Thin: the rules are in
// services/enforcement-cases.ts and domain/cases.ts; the case's documents are documents(subjectId: <case id>).
import type { EnforcementCaseRow } from '../../db/repositories/enforcement-cases';
import {
  CASE_ACTION_NAMES_ZH,
  CASE_ACTIONS,
  CASE_LIMITS,
  CASE_STATUS_NAMES_ZH,
  CASE_STATUSES,
} from '../../domain/cases';
import { builder, ConnectionInterface } from '../builder';
import type { Context } from '../context';
import { connectionOf, decodeId, decodeIds, globalId, pageComplexity, readersOf, viewerOf } from '../ids';
import { groupBy, orNull, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { EnterpriseRef } from './enterprise';
import { HazardRef } from './hazard';
import { OrgUnitRef } from './org-unit';
import { InspectionRef } from './task';

const described = (names: Record<string, string>) =>
  Object.entries(names)
    .map(([value, name]) => `${value} ${name}`)
    .join('; ');

export const CaseStatusEnum = builder.enumType('CaseStatus', {
  values: CASE_STATUSES,
  description: described(CASE_STATUS_NAMES_ZH),
});
export const CaseActionEnum = builder.enumType('CaseAction', {
  values: CASE_ACTIONS,
  description: described(CASE_ACTION_NAMES_ZH),
});

export const EnforcementCaseRef = builder.loadableNodeRef<EnforcementCaseRow, Key>('EnforcementCase', {
  id: { resolve: (c) => c.id },
  load: scopedLoad((readers, ids) => readers.cases.getByIds(ids)),
});

interface CaseEventRow {
  id: number;
  case_id: number;
  action: string;
  actor_id: number | null;
  note: string | null;
  at: Date;
}

const CaseEventRef = builder.objectRef<CaseEventRow>('CaseEvent').implement({
  description: 'One step of a case: 立案, each 办理 step, a reminder or an overdue deadline of its clock',
  fields: (t) => ({
    action: t.exposeString('action', { description: 'OPEN, a CaseAction, REMINDED or OVERDUE' }),
    note: t.exposeString('note', { nullable: true }),
    actorName: t.loadable({
      type: 'String',
      nullable: true,
      load: async (ids: number[], context: Context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((u) => u?.display_name ?? null),
      resolve: (e) => e.actor_id,
    }),
    at: t.expose('at', { type: 'DateTime' }),
  }),
});

const money = (value: string | null) => (value === null ? null : Number(value));

EnforcementCaseRef.implement({
  description:
    '行政处罚案件: 立案 → 调查取证 → 告知 → 法制审核 → 决定 → 送达 → 执行 → 结案 → 归档, each with its statutory deadline',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitRef, resolve: (c) => c.unit_id }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (c) => c.enterprise_id }),
    inspection: t.field({ type: InspectionRef, nullable: true, resolve: (c) => c.inspection_id }),
    hazard: t.field({ type: HazardRef, nullable: true, resolve: (c) => c.hazard_id }),
    violation: t.exposeString('violation', { description: '违法事实' }),
    legalBasis: t.exposeString('legal_basis', { description: '违反的法律规定和处罚依据' }),
    handlerIds: t.idList({
      description: '承办人 (User global ids)',
      resolve: (c) => c.handler_ids.map((id) => globalId('User', id)),
    }),
    handlerNames: t.loadable({
      type: ['String'],
      description: '承办人',
      load: async (ids: number[], context: Context) => {
        const users = await readersOf(context).users.getByIds(ids);
        return ids.map((id) => users.find((u) => u.id === id)?.display_name ?? '');
      },
      resolve: (c) => c.handler_ids,
    }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    filedAt: t.expose('filed_at', { type: 'DateTime' }),
    decisionDueAt: t.expose('decision_due_at', { type: 'DateTime', description: '自立案之日起90日内作出决定' }),
    notifiedAt: t.expose('notified_at', { type: 'DateTime', nullable: true }),
    statementDueAt: t.expose('statement_due_at', { type: 'DateTime', nullable: true, description: '陈述申辩期限' }),
    hearingDueAt: t.expose('hearing_due_at', { type: 'DateTime', nullable: true, description: '听证申请期限' }),
    proposedPenaltyYuan: t.float({ nullable: true, resolve: (c) => money(c.proposed_penalty) }),
    statement: t.exposeString('statement', { nullable: true, description: '陈述申辩' }),
    hearingRequested: t.exposeBoolean('hearing_requested'),
    hearingHeld: t.exposeBoolean('hearing_held'),
    decidedAt: t.expose('decided_at', { type: 'DateTime', nullable: true }),
    serviceDueAt: t.expose('service_due_at', { type: 'DateTime', nullable: true, description: '送达期限' }),
    penaltyYuan: t.float({ nullable: true, resolve: (c) => money(c.penalty) }),
    servedAt: t.expose('served_at', { type: 'DateTime', nullable: true }),
    paymentDueAt: t.expose('payment_due_at', { type: 'DateTime', nullable: true, description: '缴纳罚款期限' }),
    executedAt: t.expose('executed_at', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    archivedAt: t.expose('archived_at', { type: 'DateTime', nullable: true }),
    archiveNumber: t.exposeString('archive_number', { nullable: true }),
    events: t.loadableList({
      type: CaseEventRef,
      load: async (ids: number[], context: Context) =>
        groupBy(ids, await readersOf(context).cases.eventsOf(ids), (e) => e.case_id),
      resolve: (c) => c.id,
    }),
  }),
});

const EnforcementCaseConnection = builder.connectionObject(
  { type: EnforcementCaseRef, name: 'EnforcementCaseConnection', interfaces: [ConnectionInterface] },
  { name: 'EnforcementCaseEdge' },
);

const CaseFilter = builder.inputType('CaseFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [CaseStatusEnum], required: false }),
    unitId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
  }),
});

builder.queryField('cases', (t) =>
  t.field({
    type: EnforcementCaseConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Newest first: the county’s; a unit’s own; an enterprise the cases against it',
    args: { filter: t.arg({ type: CaseFilter, required: false }), ...t.arg.connectionArgs() },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const filter = {
        statuses: args.filter?.statuses ?? null,
        unitId: args.filter?.unitId ? decodeId(String(args.filter.unitId), 'OrgUnit') : null,
        enterpriseId: args.filter?.enterpriseId ? decodeId(String(args.filter.enterpriseId), 'Enterprise') : null,
      };
      return connectionOf(
        args,
        (page) => context.services.cases.list(viewer, filter, page),
        () => context.services.cases.count(viewer, filter),
      );
    },
  }),
);

const UnitOfficerRef = builder.objectRef<{ id: number; display_name: string; role: string }>('UnitOfficer').implement({
  description: 'One of the viewer’s own unit’s 执法人员, to name as a co-handler (承办人)',
  fields: (t) => ({
    id: t.id({ description: 'The User global id', resolve: (u) => globalId('User', u.id) }),
    name: t.exposeString('display_name'),
    role: t.exposeString('role'),
  }),
});

builder.queryField('unitOfficers', (t) =>
  t.field({
    type: [UnitOfficerRef],
    authScopes: { loggedIn: true },
    description: 'The active 执法人员 of the viewer’s own department or township (none for other roles)',
    resolve: (_root, _args, context) => context.services.cases.unitOfficers(viewerOf(context)),
  }),
);

const OpenCaseInput = builder.inputType('OpenCaseInput', {
  fields: (t) => ({
    inspectionId: t.id({ required: false, description: 'The inspection that found the violation' }),
    hazardId: t.id({ required: false, description: 'Or the hazard whose 复查 failed' }),
    violation: t.string({ required: true, validate: maxChars(CASE_LIMITS.text.max, '违法事实不能超过2000个字') }),
    legalBasis: t.string({ required: true, validate: maxChars(CASE_LIMITS.text.max, '法律依据不能超过2000个字') }),
    coHandlerIds: t.idList({
      required: true,
      description: 'Other 执法人员 of the unit (the opener is a handler too): two or more in all',
      validate: { maxLength: 10 },
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const AdvanceCaseInput = builder.inputType('AdvanceCaseInput', {
  fields: (t) => ({
    caseId: t.id({ required: true }),
    action: t.field({ type: CaseActionEnum, required: true }),
    note: t.string({ required: false, validate: maxChars(CASE_LIMITS.text.max, '办理情况不能超过2000个字') }),
    penaltyYuan: t.float({ required: false, description: 'NOTIFY: the fine proposed; DECIDE: the fine decided' }),
    archiveNumber: t.string({ required: false, validate: maxChars(CASE_LIMITS.shortText.max, '档案号过长') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

async function readBack(context: Context, id: number): Promise<EnforcementCaseRow> {
  const [row] = await context.services.cases.getByIds(viewerOf(context), [id]);
  if (!row) throw new Error(`case ${id} written but not readable`);
  return row;
}

builder.mutationFields((t) => ({
  openCase: t.field({
    type: EnforcementCaseRef,
    authScopes: { loggedIn: true },
    description: '立案: an 执法人员 of the unit, from its inspection’s violation or a hazard whose 复查 failed',
    args: { input: t.arg({ type: OpenCaseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.cases.open(
        viewerOf(context),
        {
          inspectionId: input.inspectionId ? decodeId(String(input.inspectionId), 'Inspection') : null,
          hazardId: input.hazardId ? decodeId(String(input.hazardId), 'Hazard') : null,
          violation: input.violation,
          legalBasis: input.legalBasis,
          coHandlerIds: decodeIds(input.coHandlerIds.map(String), 'User') ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
  advanceCase: t.field({
    type: EnforcementCaseRef,
    authScopes: { loggedIn: true },
    description: '办理 one step of a case, in order and within the party’s windows',
    args: { input: t.arg({ type: AdvanceCaseInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.cases.advance(
        viewerOf(context),
        {
          caseId: decodeId(String(input.caseId), 'EnforcementCase'),
          action: input.action,
          note: input.note ?? null,
          penaltyYuan: input.penaltyYuan ?? null,
          archiveNumber: input.archiveNumber ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return readBack(context, id);
    },
  }),
}));
