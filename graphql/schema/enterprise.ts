import type { EnterpriseRow } from '../../db/repositories/enterprises';
import { ENTERPRISE_REFUSALS } from '../../domain/enterprise-rules';
import { LIMITS, textTooLong } from '../../domain/limits';
import { USCC_PROBLEM_ZH } from '../../domain/uscc';
import { builder, ConnectionInterface } from '../builder';
import { maxChars } from '../validation';
import { connectionOf, pageComplexity, decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { scopedLoad, type Key } from '../loaders';
import { EnterpriseStatusEnum, GradeEnum, IndustryEnum, ListStatusEnum, SupervisionTopicEnum } from './enums';
import { OrgUnitRef } from './org-unit';
import { UserRef } from './user';

export const EnterpriseRef = builder.loadableNodeRef<EnterpriseRow, Key>('Enterprise', {
  id: { resolve: (enterprise) => enterprise.id },
  load: scopedLoad((readers, ids) => readers.enterprises.getByIds(ids)),
});

export const EnterpriseConnection = builder.connectionObject(
  { type: EnterpriseRef, name: 'EnterpriseConnection', interfaces: [ConnectionInterface] },
  { name: 'EnterpriseEdge' },
);

EnterpriseRef.implement({
  fields: (t) => ({
    uscc: t.exposeString('uscc', { description: '统一社会信用代码' }),
    name: t.exposeString('name'),
    industry: t.field({ type: IndustryEnum, resolve: (e) => e.industry }),
    township: t.field({ type: OrgUnitRef, resolve: (e) => e.township_id }),
    regulator: t.field({ type: OrgUnitRef, resolve: (e) => e.regulator_id }),
    majorHazardSource: t.exposeBoolean('major_hazard_source'),
    grade: t.field({ type: GradeEnum, resolve: (e) => e.grade }),
    listStatus: t.field({ type: ListStatusEnum, resolve: (e) => e.list_status }),
    address: t.exposeString('address', { nullable: true }),
    legalRepresentative: t.exposeString('legal_representative', { nullable: true }),
    contactPerson: t.exposeString('contact_person', { nullable: true, description: '联系人' }),
    contactPhone: t.exposeString('contact_phone', { nullable: true, description: '联系电话' }),
    status: t.field({
      type: EnterpriseStatusEnum,
      description: '在营 / 停产 / 注销: only OPERATING enterprises get new tasks',
      resolve: (e) => e.status,
    }),
    statusChangedAt: t.expose('status_changed_at', {
      type: 'DateTime',
      nullable: true,
      description: 'Since when it is suspended or closed',
    }),
    statusReason: t.exposeString('status_reason', { nullable: true, description: '停产或注销的原因' }),
    accounts: t.field({
      type: [UserRef],
      authScopes: { admin: true },
      description: 'ADMIN: the accounts of the enterprise (企业安全管理人员), active first',
      resolve: (e, _args, context) => context.services.users.accountsOfEnterprise(e.id),
    }),
  }),
});

const EnterpriseFilter = builder.inputType('EnterpriseFilter', {
  fields: (t) => ({
    industries: t.field({ type: [IndustryEnum], required: false, validate: { maxLength: LIMITS.filterIds } }),
    townshipIds: t.idList({ required: false, validate: { maxLength: LIMITS.filterIds } }),
    regulatorId: t.id({ required: false }),
    grade: t.field({ type: GradeEnum, required: false, description: '分级分类（好/中/差）' }),
    listStatus: t.field({
      type: ListStatusEnum,
      required: false,
      description: '红黑名单：RED, BLACK, or NONE for neither',
    }),
    search: t.string({
      required: false,
      validate: maxChars(LIMITS.search, textTooLong('搜索词', LIMITS.search)),
    }),
    status: t.field({ type: EnterpriseStatusEnum, required: false, description: '在营 / 停产 / 注销' }),
  }),
});

builder.queryField('enterprises', (t) =>
  t.field({
    type: EnterpriseConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: EnterpriseFilter, required: false }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = {
        industries: args.filter?.industries ?? null,
        townshipIds: decodeIds(args.filter?.townshipIds, 'OrgUnit'),
        regulatorId: args.filter?.regulatorId ? decodeId(args.filter.regulatorId, 'OrgUnit') : null,
        grade: args.filter?.grade ?? null,
        listStatus: args.filter?.listStatus ?? null,
        search: args.filter?.search ?? null,
        status: args.filter?.status ?? null,
      };
      return connectionOf(
        args,
        (page) => readers.enterprises.list(filter, page),
        () => readers.enterprises.count(filter),
      );
    },
  }),
);

/** 共同监管: the topics it also answers to a department for; the full set (an empty list removes them). */
const coSupervisionTopicsField = {
  type: [SupervisionTopicEnum] as [typeof SupervisionTopicEnum],
  required: false as const,
  description: 'Co-supervision topics (SPECIAL_EQUIPMENT, FIRE_SAFETY, GAS_SAFETY, TRAFFIC_SAFETY): the full set',
  validate: { maxLength: 10 },
};

const CreateEnterpriseInput = builder.inputType('CreateEnterpriseInput', {
  fields: (t) => ({
    uscc: t.string({
      required: true,
      description: '统一社会信用代码（18位）',
      validate: maxChars(18, USCC_PROBLEM_ZH.LENGTH),
    }),
    name: t.string({
      required: true,
      validate: maxChars(LIMITS.name, ENTERPRISE_REFUSALS.nameLength),
    }),
    industry: t.field({ type: IndustryEnum, required: true }),
    townshipId: t.id({ required: true }),
    majorHazardSource: t.boolean({ required: false }),
    grade: t.field({ type: GradeEnum, required: false }),
    listStatus: t.field({
      type: ListStatusEnum,
      required: false,
      description: 'Only NONE: the lists are decided (blackListEnterprise) or follow the published grades',
    }),
    address: t.string({
      required: false,
      validate: maxChars(LIMITS.shortText, ENTERPRISE_REFUSALS.addressTooLong),
    }),
    legalRepresentative: t.string({
      required: false,
      validate: maxChars(LIMITS.legalRepresentative, ENTERPRISE_REFUSALS.legalRepresentativeTooLong),
    }),
    coSupervisionTopics: t.field(coSupervisionTopicsField),
  }),
});

const UpdateEnterpriseInput = builder.inputType('UpdateEnterpriseInput', {
  description: 'A field left out keeps its value; address, legal representative and contacts given as null are cleared',
  fields: (t) => ({
    name: t.string({ required: false, validate: maxChars(LIMITS.name, ENTERPRISE_REFUSALS.nameLength) }),
    industry: t.field({
      type: IndustryEnum,
      required: false,
      description: 'A new industry moves new work to its regulator; open tasks and hazards stay',
    }),
    townshipId: t.id({ required: false }),
    majorHazardSource: t.boolean({ required: false }),
    address: t.string({
      required: false,
      validate: maxChars(LIMITS.shortText, ENTERPRISE_REFUSALS.addressTooLong),
    }),
    legalRepresentative: t.string({
      required: false,
      validate: maxChars(LIMITS.legalRepresentative, ENTERPRISE_REFUSALS.legalRepresentativeTooLong),
    }),
    contactPerson: t.string({
      required: false,
      validate: maxChars(LIMITS.legalRepresentative, ENTERPRISE_REFUSALS.contactPersonTooLong),
    }),
    contactPhone: t.string({ required: false, validate: maxChars(20, '联系电话最多20个字符') }),
    coSupervisionTopics: t.field(coSupervisionTopicsField),
  }),
});

builder.mutationField('updateEnterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    authScopes: { admin: true },
    description: 'ADMIN: edit a registration (not its credit code); a move sends only new work to the new unit',
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: UpdateEnterpriseInput, required: true }),
    },
    resolve: (_root, { id, input }, context) =>
      context.services.enterprises.update(
        viewerOf(context),
        decodeId(id, 'Enterprise'),
        { ...input, townshipId: input.townshipId ? decodeId(input.townshipId, 'OrgUnit') : null },
        context.requestId,
      ),
  }),
);

builder.mutationField('deactivateEnterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    authScopes: { admin: true },
    description:
      'ADMIN: 停产 (SUSPENDED, the default) or 注销 (CLOSED): no new tasks; open tasks and hazards stay open',
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, validate: maxChars(LIMITS.reason, ENTERPRISE_REFUSALS.reasonTooLong) }),
      at: t.arg({ type: 'DateTime', required: false, description: 'The day it stopped; default now' }),
      status: t.arg({ type: EnterpriseStatusEnum, required: false, defaultValue: 'SUSPENDED' }),
    },
    resolve: (_root, args, context) =>
      context.services.enterprises.deactivate(
        viewerOf(context),
        decodeId(args.id, 'Enterprise'),
        { status: args.status ?? 'SUSPENDED', reason: args.reason, at: args.at ?? null },
        context.requestId,
      ),
  }),
);

builder.mutationField('resumeEnterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    authScopes: { admin: true },
    description: 'ADMIN: 复产 — a suspended enterprise is in business again, in the scope of new campaigns',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.services.enterprises.resume(viewerOf(context), decodeId(id, 'Enterprise'), context.requestId),
  }),
);

builder.mutationField('createEnterprise', (t) =>
  t.field({
    type: EnterpriseRef,
    authScopes: { admin: true },
    args: { input: t.arg({ type: CreateEnterpriseInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.enterprises.create(
        viewerOf(context),
        {
          ...input,
          townshipId: decodeId(input.townshipId, 'OrgUnit'),
        },
        context.requestId,
      ),
  }),
);
