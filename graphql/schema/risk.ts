// Risk reports (风险上报): reportRisk by a township or department, handleRisk (开始处置, 办结 with evidence) by its own
// people, the scoped list; an escalation's risk. Thin: every rule is in services/risks.ts and domain/risks.ts.
import type { RiskRow } from '../../db/repositories/risks';
import {
  RISK_KIND_NAMES_ZH,
  RISK_KINDS,
  RISK_LEVEL_NAMES_ZH,
  RISK_LEVELS,
  RISK_LIMITS,
  RISK_STATUS_NAMES_ZH,
  RISK_STATUSES,
} from '../../domain/risks';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, readersOf, viewerOf } from '../ids';
import { orNull, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, maxChars } from '../validation';
import { EscalationRef } from './escalation';
import { OrgUnitRef } from './org-unit';

const described = (names: Record<string, string>) =>
  Object.entries(names)
    .map(([value, name]) => `${value} ${name}`)
    .join('; ');

export const RiskKindEnum = builder.enumType('RiskKind', {
  values: RISK_KINDS,
  description: described(RISK_KIND_NAMES_ZH),
});
export const RiskLevelEnum = builder.enumType('RiskLevel', {
  values: RISK_LEVELS,
  description: described(RISK_LEVEL_NAMES_ZH),
});
export const RiskStatusEnum = builder.enumType('RiskStatus', {
  values: RISK_STATUSES,
  description: described(RISK_STATUS_NAMES_ZH),
});
const RiskActionEnum = builder.enumType('RiskAction', {
  values: ['START', 'CLOSE'] as const,
  description: 'START 开始处置 (with a note); CLOSE 办结 (with the evidence)',
});

export const RiskRef = builder.loadableNodeRef<RiskRow, Key>('Risk', {
  id: { resolve: (risk) => risk.id },
  load: scopedLoad((readers, ids) => readers.risks.getByIds(ids)),
});

const RiskConnection = builder.connectionObject(
  { type: RiskRef, name: 'RiskConnection', interfaces: [ConnectionInterface] },
  { name: 'RiskEdge' },
);

RiskRef.implement({
  description: '风险上报: a risk a township or department reported, handled by its deadline and closed with evidence',
  fields: (t) => ({
    kind: t.field({ type: RiskKindEnum, resolve: (r) => r.kind }),
    level: t.field({ type: RiskLevelEnum, resolve: (r) => r.level }),
    place: t.exposeString('place'),
    description: t.exposeString('description'),
    measures: t.exposeString('measures', { description: '管控措施 as reported' }),
    status: t.field({ type: RiskStatusEnum, resolve: (r) => r.status }),
    unit: t.field({
      type: OrgUnitRef,
      description: 'The reporting unit, which handles it',
      resolve: (r) => r.reported_by_org_id,
    }),
    reportedByName: t.loadable({
      type: 'String',
      nullable: true,
      load: async (ids: number[], context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((user) => user?.display_name ?? null),
      resolve: (r) => r.reported_by,
    }),
    reportedAt: t.expose('reported_at', { type: 'DateTime' }),
    handleBy: t.expose('handle_by', { type: 'DateTime', description: 'The handling deadline its level set' }),
    late: t.boolean({
      description: 'Not closed by its deadline (closed late, or open past it now)',
      resolve: (r) => (r.closed_at ?? new Date()).getTime() > r.handle_by.getTime(),
    }),
    handlingAt: t.expose('handling_at', { type: 'DateTime', nullable: true }),
    handlingNote: t.exposeString('handling_note', { nullable: true }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    closedByName: t.loadable({
      type: 'String',
      nullable: true,
      load: async (ids: number[], context) =>
        orNull(ids, await readersOf(context).users.getByIds(ids)).map((user) => user?.display_name ?? null),
      resolve: (r) => r.closed_by,
    }),
    closingEvidence: t.exposeString('closing_evidence', { nullable: true, description: '办结材料' }),
  }),
});

builder.objectField(EscalationRef, 'risk', (t) =>
  t.loadable({
    type: RiskRef,
    nullable: true,
    load: async (ids: number[], context) => orNull(ids, await readersOf(context).risks.getByIds(ids)),
    resolve: (escalation) => escalation.risk_id,
  }),
);

const ReportRiskInput = builder.inputType('ReportRiskInput', {
  fields: (t) => ({
    kind: t.field({ type: RiskKindEnum, required: true }),
    level: t.field({ type: RiskLevelEnum, required: true, description: 'Sets the handling deadline' }),
    place: t.string({ required: true, validate: maxChars(RISK_LIMITS.place.max, '风险位置不能超过200个字') }),
    description: t.string({
      required: true,
      validate: maxChars(RISK_LIMITS.description.max, '风险情况不能超过2000个字'),
    }),
    measures: t.string({ required: true, validate: maxChars(RISK_LIMITS.measures.max, '管控措施不能超过2000个字') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const HandleRiskInput = builder.inputType('HandleRiskInput', {
  fields: (t) => ({
    riskId: t.id({ required: true }),
    action: t.field({ type: RiskActionEnum, required: true }),
    note: t.string({
      required: false,
      description: 'START: what is being done',
      validate: maxChars(RISK_LIMITS.note.max, '处置说明不能超过1000个字'),
    }),
    evidence: t.string({
      required: false,
      description: 'CLOSE: 办结材料 (what was done, the result on site)',
      validate: maxChars(RISK_LIMITS.evidence.max, '办结材料不能超过2000个字'),
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const RiskFilterInput = builder.inputType('RiskFilter', {
  fields: (t) => ({
    statuses: t.field({ type: [RiskStatusEnum], required: false }),
    kinds: t.field({ type: [RiskKindEnum], required: false }),
    levels: t.field({ type: [RiskLevelEnum], required: false }),
    unitId: t.id({ required: false, description: 'The reporting unit (for the county office)' }),
    late: t.boolean({ required: false, description: 'true: open past the deadline now' }),
  }),
});

builder.queryField('risks', (t) =>
  t.field({
    type: RiskConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'ADMIN and LEADER: every risk; a department or township: those it reported; an enterprise: none',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: RiskFilterInput, required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const f = args.filter;
      const filter = {
        statuses: f?.statuses ?? null,
        kinds: f?.kinds ?? null,
        levels: f?.levels ?? null,
        unitId: f?.unitId ? decodeId(f.unitId, 'OrgUnit') : null,
        lateAt: f?.late ? new Date() : null,
      };
      return connectionOf(
        args,
        (page) => readers.risks.list(filter, page),
        () => readers.risks.count(filter),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  reportRisk: t.field({
    type: RiskRef,
    authScopes: { loggedIn: true },
    description: "A township's or department's people: 风险上报; its handling deadline follows from its level",
    args: { input: t.arg({ type: ReportRiskInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.risks.report(
        viewerOf(context),
        {
          kind: input.kind,
          level: input.level,
          place: input.place,
          description: input.description,
          measures: input.measures,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  handleRisk: t.field({
    type: RiskRef,
    authScopes: { loggedIn: true },
    description: "The reporting unit's people: START (开始处置, with a note) or CLOSE (办结, with the evidence)",
    args: { input: t.arg({ type: HandleRiskInput, required: true }) },
    resolve: (_root, { input }, context) => {
      const common = { riskId: decodeId(input.riskId, 'Risk'), idempotencyKey: input.idempotencyKey ?? null };
      return context.services.risks.handle(
        viewerOf(context),
        input.action === 'START'
          ? { ...common, action: 'START', note: input.note ?? '' }
          : { ...common, action: 'CLOSE', evidence: input.evidence ?? '' },
        context.requestId,
      );
    },
  }),
}));
