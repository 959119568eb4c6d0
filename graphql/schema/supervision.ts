// 监管分工: the county's division of supervision (which department leads each industry, or its townships; which
// department answers for each co-supervision topic), its two ADMIN edits, and each enterprise's co-supervisors.
import type { CoSupervisionTopic, Industry, SupervisionTopic } from '../../domain/types';
import { builder } from '../builder';
import { decodeId, readersOf, viewerOf } from '../ids';
import { groupBy } from '../loaders';
import { EnterpriseRef } from './enterprise';
import { IndustryEnum, SupervisionTopicEnum } from './enums';
import { OrgUnitRef } from './org-unit';

interface IndustryDivisionShape {
  industry: Industry;
  regulator_id: number | null;
  enterprises: number | null;
  updated_at: Date;
}
interface TopicDivisionShape {
  topic: CoSupervisionTopic;
  regulator_id: number;
  enterprises: number | null;
  updated_at: Date;
}
interface CoSupervisorShape {
  enterprise_id: number;
  topic: CoSupervisionTopic;
  regulator_id: number;
}

const IndustryDivisionRef = builder.objectRef<IndustryDivisionShape>('IndustryDivision').implement({
  description: 'Who leads the supervision of an industry (牵头监管部门)',
  fields: (t) => ({
    industry: t.field({ type: IndustryEnum, resolve: (d) => d.industry }),
    regulator: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: 'Null: each enterprise’s township leads (属地管理)',
      resolve: (d) => d.regulator_id,
    }),
    enterprises: t.int({
      description: 'Enterprises of the industry in the register',
      resolve: (d) => d.enterprises ?? 0,
    }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});

const TopicDivisionRef = builder.objectRef<TopicDivisionShape>('TopicDivision').implement({
  description: 'The department that answers for a co-supervision topic (共同监管) across the county',
  fields: (t) => ({
    topic: t.field({ type: SupervisionTopicEnum, resolve: (d): SupervisionTopic => d.topic }),
    regulator: t.field({ type: OrgUnitRef, resolve: (d) => d.regulator_id }),
    enterprises: t.int({ description: 'Enterprises that answer to it', resolve: (d) => d.enterprises ?? 0 }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});

const SupervisionDivisionRef = builder
  .objectRef<{ industries: IndustryDivisionShape[]; topics: TopicDivisionShape[] }>('SupervisionDivision')
  .implement({
    fields: (t) => ({
      industries: t.field({ type: [IndustryDivisionRef], resolve: (d) => d.industries }),
      topics: t.field({ type: [TopicDivisionRef], resolve: (d) => d.topics }),
    }),
  });

const DivisionChangeRef = builder.objectRef<{ regulatorId: number | null; moved: number }>('DivisionChange').implement({
  description: 'A change of the division: effective for new work; open tasks and hazards stay with their unit',
  fields: (t) => ({
    regulator: t.field({ type: OrgUnitRef, nullable: true, resolve: (c) => c.regulatorId }),
    enterprisesMoved: t.exposeInt('moved'),
  }),
});

const CoSupervisorRef = builder.objectRef<CoSupervisorShape>('CoSupervisor').implement({
  description: '共同监管: a department an enterprise also answers to, for one topic',
  fields: (t) => ({
    topic: t.field({ type: SupervisionTopicEnum, resolve: (c): SupervisionTopic => c.topic }),
    regulator: t.field({ type: OrgUnitRef, resolve: (c) => c.regulator_id }),
  }),
});

builder.objectField(EnterpriseRef, 'coSupervisors', (t) =>
  t.loadableList({
    type: CoSupervisorRef,
    description: 'The departments it answers to besides its lead unit, by topic (共同监管)',
    load: async (ids: number[], context) =>
      groupBy(ids, await readersOf(context).enterprises.coSupervisorsOf(ids), (c) => c.enterprise_id),
    resolve: (e) => e.id,
  }),
);

builder.queryField('supervisionDivision', (t) =>
  t.field({
    type: SupervisionDivisionRef,
    authScopes: { loggedIn: true },
    description: '监管分工: who leads each industry and who answers for each co-supervision topic',
    resolve: (_root, _args, context) => context.services.supervision.division(),
  }),
);

builder.mutationFields((t) => ({
  setIndustryRegulator: t.field({
    type: DivisionChangeRef,
    authScopes: { admin: true },
    description:
      'ADMIN: the department that leads an industry, or none for 属地管理 (townships lead). Its enterprises move now: new campaigns send their tasks to the new unit; open work stays',
    args: {
      industry: t.arg({ type: IndustryEnum, required: true }),
      regulatorId: t.arg.id({ required: false, description: 'Null: the townships (属地)' }),
    },
    resolve: (_root, args, context) =>
      context.services.supervision.setIndustryRegulator(
        viewerOf(context),
        args.industry,
        args.regulatorId ? decodeId(args.regulatorId, 'OrgUnit') : null,
        context.requestId,
      ),
  }),
  setTopicRegulator: t.field({
    type: DivisionChangeRef,
    authScopes: { admin: true },
    description: 'ADMIN: the department that answers for a co-supervision topic; its enterprises move now',
    args: {
      topic: t.arg({ type: SupervisionTopicEnum, required: true }),
      regulatorId: t.arg.id({ required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.supervision.setTopicRegulator(
        viewerOf(context),
        args.topic,
        decodeId(args.regulatorId, 'OrgUnit'),
        context.requestId,
      ),
  }),
}));
