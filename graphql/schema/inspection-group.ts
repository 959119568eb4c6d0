// 检查组 and 综合查一次: InspectionGroup (members, the visit day, the enterprises and tasks it visits), the joint visits
// proposed (jointVisitProposals), createInspectionGroup, the per-enterprise inspection budget (inspectionBudgets,
// campaignBudgetPreview, inspectionBudgetRule, setInspectionBudget), the groups sent on the dashboard, and what an
// inspection says of its unit and group. Thin: the rules are in services/inspection-groups.ts and the domain.
import type { GroupTaskRow, InspectionGroupRow } from '../../db/repositories/inspection-groups';
import { INSPECTION_GROUP_LIMITS, taskOriginName } from '../../domain/inspection-groups';
import type { EnterpriseBudget } from '../../services/inspection-groups';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, decodeIds, globalId, pageComplexity, readersOf, viewerOf } from '../ids';
import { alignById, groupBy, numericKeys, type Key } from '../loaders';
import { PRICES } from '../request-limits';
import { idempotencyKeyText, maxChars } from '../validation';
import { DashboardRef } from './dashboard';
import { IndustryEnum, TaskStatusEnum } from './enums';
import { OrgUnitRef } from './org-unit';
import { InspectionRef } from './task';

interface MemberShape {
  id: number;
  display_name: string;
  org_unit_id: number | null;
  unit_name: string | null;
}

const GroupMemberRef = builder.objectRef<MemberShape>('InspectionGroupMember').implement({
  description: 'A person of an inspection group (or one who may be sent with it)',
  fields: (t) => ({
    id: t.id({ resolve: (m) => globalId('User', m.id) }),
    name: t.exposeString('display_name'),
    unit: t.field({ type: OrgUnitRef, nullable: true, resolve: (m) => m.org_unit_id }),
    unitName: t.string({ nullable: true, resolve: (m) => m.unit_name }),
  }),
});

const GroupTaskRef = builder.objectRef<GroupTaskRow & { group_id?: number }>('InspectionGroupTask').implement({
  description: 'A task a group visits for its unit (or one a joint visit is proposed for), and what was recorded',
  fields: (t) => ({
    id: t.id({ description: 'The task’s id', resolve: (r) => globalId('Task', r.id) }),
    enterpriseId: t.id({ resolve: (r) => globalId('Enterprise', r.enterprise_id) }),
    enterpriseName: t.exposeString('enterprise_name'),
    unit: t.field({ type: OrgUnitRef, resolve: (r) => r.assignee_org_id }),
    unitName: t.exposeString('unit_name'),
    origin: t.string({
      description: 'Where the task comes from: 「campaign」, 群众举报核查, 回头看核查, 年度监督检查计划',
      resolve: taskOriginName,
    }),
    status: t.field({ type: TaskStatusEnum, resolve: (r) => r.status }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    inspectionId: t.id({
      nullable: true,
      resolve: (r) => (r.inspection_id === null ? null : globalId('Inspection', r.inspection_id)),
    }),
    inspectedAt: t.expose('inspected_at', { type: 'DateTime', nullable: true }),
    findings: t.int({ description: 'Hazards its inspection found (0 before it)', resolve: (r) => r.findings ?? 0 }),
    recordedByGroup: t.boolean({
      description: 'Recorded by a member of the group holding it',
      resolve: (r) => r.inspection_group_id !== null && r.inspection_group_id === r.group_id,
    }),
  }),
});

const BudgetRef = builder.objectRef<EnterpriseBudget>('InspectionBudget').implement({
  description:
    '涉企检查频次: an enterprise’s visits in a quarter across all plans and campaigns against the cap (a group’s visit counts once)',
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (b) => globalId('Enterprise', b.enterpriseId) }),
    periodLabel: t.exposeString('periodLabel'),
    periodStart: t.expose('periodStart', { type: 'DateTime' }),
    periodEnd: t.expose('periodEnd', { type: 'DateTime' }),
    cap: t.exposeInt('cap'),
    done: t.exposeInt('done', { description: 'Visits made in the period' }),
    planned: t.exposeInt('planned', { description: 'Open tasks due in the period (a group’s counted once)' }),
    total: t.exposeInt('total'),
    over: t.exposeBoolean('over'),
    totalIfJoint: t.exposeInt('totalIfJoint', { description: 'The total if one joint visit took every open task' }),
    units: t.field({ type: [OrgUnitRef], description: 'The units visiting in the period', resolve: (b) => b.unitIds }),
  }),
});

export const InspectionGroupRef = builder.loadableNodeRef<InspectionGroupRow, Key>('InspectionGroup', {
  id: { resolve: (g) => g.id },
  load: async (keys, context) => {
    if (!context.viewer) return keys.map(() => new Error('请先登录'));
    return alignById(keys, await context.services.inspectionGroups.getByIds(context.viewer, numericKeys(keys)));
  },
});

InspectionGroupRef.implement({
  description: '检查组: its members (possibly of several units), its leader, the day of its visit and what it visits',
  fields: (t) => ({
    name: t.exposeString('name'),
    visitDate: t.expose('visit_date', { type: 'DateTime' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    members: t.loadableList({
      type: GroupMemberRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await context.services.inspectionGroups.members(ids), (m) => m.group_id),
      resolve: (g) => g.id,
    }),
    leader: t.field({
      type: GroupMemberRef,
      nullable: true,
      resolve: async (g, _args, context) =>
        (await context.services.inspectionGroups.members([g.id])).find((m) => m.id === g.leader_user_id) ?? null,
    }),
    tasks: t.loadableList({
      type: GroupTaskRef,
      description: 'The tasks it visits, by unit',
      load: async (ids: number[], context) =>
        groupBy(ids, await context.services.inspectionGroups.tasks(ids), (r) => r.group_id),
      resolve: (g) => g.id,
    }),
    enterprises: t.field({
      type: [GroupEnterpriseRef],
      description: 'The enterprises visited',
      resolve: async (g, _args, context) => {
        const rows = await context.services.inspectionGroups.tasks([g.id]);
        const seen = new Map(rows.map((r) => [r.enterprise_id, { id: r.enterprise_id, name: r.enterprise_name }]));
        return [...seen.values()];
      },
    }),
    budgets: t.field({
      type: [BudgetRef],
      description: 'The visited enterprises’ inspection budgets in the quarter of the visit',
      resolve: async (g, _args, context) => {
        const rows = await context.services.inspectionGroups.tasks([g.id]);
        return context.services.inspectionGroups.budgets(
          viewerOf(context),
          rows.map((r) => r.enterprise_id),
          g.visit_date,
        );
      },
    }),
  }),
});

const GroupEnterpriseRef = builder.objectRef<{ id: number; name: string }>('InspectionGroupEnterprise').implement({
  fields: (t) => ({
    id: t.id({ resolve: (e) => globalId('Enterprise', e.id) }),
    name: t.exposeString('name'),
  }),
});

const InspectionGroupConnection = builder.connectionObject(
  { type: InspectionGroupRef, name: 'InspectionGroupConnection', interfaces: [ConnectionInterface] },
  { name: 'InspectionGroupEdge' },
);

type ProposalShape = Awaited<
  ReturnType<ReturnType<typeof import('../../services/inspection-groups').createInspectionGroupService>['proposals']>
>[number];

const ProposalRef = builder.objectRef<ProposalShape>('JointVisitProposal').implement({
  description:
    '综合查一次: open inspection tasks of two units or more due at one enterprise in the same month, which one group may visit at once',
  fields: (t) => ({
    enterpriseId: t.id({ resolve: (p) => globalId('Enterprise', p.enterpriseId) }),
    enterpriseName: t.exposeString('enterpriseName'),
    month: t.exposeString('month', { description: '2026-11' }),
    mayOrganise: t.exposeBoolean('mayOrganise', {
      description: 'Whether the viewer may form its group (the county office, or the head of a unit with a task in it)',
    }),
    tasks: t.field({ type: [GroupTaskRef], resolve: (p) => p.tasks }),
    units: t.field({ type: [OrgUnitRef], resolve: (p) => p.unitIds }),
    budget: t.field({ type: BudgetRef, nullable: true, resolve: (p) => p.budget }),
    candidates: t.field({
      type: [GroupMemberRef],
      description: 'The people who may be sent: active heads and staff of the units involved, and the county office',
      resolve: (p, _args, context) => context.services.inspectionGroups.candidates(viewerOf(context), p.unitIds),
    }),
  }),
});

const BudgetRuleRef = builder.objectRef<{ version: number; maxVisits: number }>('InspectionBudgetRule').implement({
  description: '涉企检查频次上限: visits an enterprise may receive a quarter across all plans and campaigns',
  fields: (t) => ({ version: t.exposeInt('version'), maxVisits: t.exposeInt('maxVisits') }),
});

const LaunchBudgetRef = builder
  .objectRef<{ cap: number; periodLabel: string; inScope: number; atCap: number }>('CampaignBudgetPreview')
  .implement({
    description:
      'Of the enterprises a campaign would reach, those already at the quarter’s cap (one more visit is over it)',
    fields: (t) => ({
      cap: t.exposeInt('cap'),
      periodLabel: t.exposeString('periodLabel'),
      inScope: t.exposeInt('inScope'),
      atCap: t.exposeInt('atCap'),
    }),
  });

const GroupFiguresRef = builder
  .objectRef<{ groups: number; inspectors: number; joint: number }>('InspectionGroupFigures')
  .implement({
    description: 'Inspection groups whose visit day fell in the window',
    fields: (t) => ({
      groupsSent: t.exposeInt('groups', { description: '派出检查组（个）' }),
      inspectorsDispatched: t.exposeInt('inspectors', {
        description: '检查组人员（人次）: members summed over the groups',
      }),
      jointGroups: t.exposeInt('joint', { description: '联合检查组: groups visiting for two units or more' }),
    }),
  });

const InspectionGroupInput = builder.inputType('InspectionGroupInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: maxChars(INSPECTION_GROUP_LIMITS.name.max, `检查组名称不能超过${INSPECTION_GROUP_LIMITS.name.max}个字`),
    }),
    visitDate: t.field({ type: 'DateTime', required: true, description: 'The day of the visit' }),
    memberIds: t.idList({
      required: true,
      description: 'Users: at least two, each unit with a task sends one or more',
    }),
    leaderId: t.id({ required: false, description: 'One of the members (default: the first)' }),
    taskIds: t.idList({ required: true, description: 'Open INSPECT tasks, at least one of the creator’s unit' }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.queryFields((t) => ({
  jointVisitProposals: t.field({
    type: [ProposalRef],
    authScopes: { loggedIn: true },
    complexity: PRICES.connection,
    description:
      'Joint visits proposed over the next quarter: a unit sees those touching its own tasks, the county office and leaders all',
    resolve: (_root, _args, context) => context.services.inspectionGroups.proposals(viewerOf(context)),
  }),
  inspectionGroups: t.field({
    type: InspectionGroupConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Groups, latest visit first: the county’s, or those with a task or a person of the viewer’s unit',
    args: { ...t.arg.connectionArgs() },
    resolve: async (_root, args, context) => {
      let total = 0;
      return connectionOf(
        args,
        async (page) => {
          const result = await context.services.inspectionGroups.list(viewerOf(context), page);
          total = result.total;
          return result.rows;
        },
        async () => total,
      );
    },
  }),
  inspectionBudgets: t.field({
    type: [BudgetRef],
    authScopes: { loggedIn: true },
    description: 'Enterprises’ visits in the quarter holding `at` (now) against the cap, with the units visiting',
    args: {
      enterpriseIds: t.arg.idList({ required: true }),
      at: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, context) =>
      context.services.inspectionGroups.budgets(
        viewerOf(context),
        decodeIds(args.enterpriseIds, 'Enterprise') ?? [],
        args.at ?? null,
      ),
  }),
  inspectionBudgetRule: t.field({
    type: BudgetRuleRef,
    authScopes: { loggedIn: true },
    resolve: (_root, _args, context) => context.services.inspectionGroups.rule(),
  }),
  campaignBudgetPreview: t.field({
    type: LaunchBudgetRef,
    authScopes: { admin: true },
    description: 'For the launch wizard: enterprises in scope already at the cap in the quarter of the tasks’ due day',
    args: {
      industries: t.arg({ type: [IndustryEnum], required: true }),
      townshipIds: t.arg.idList({ required: false }),
      dueAt: t.arg({ type: 'DateTime', required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.inspectionGroups.launchPreview(
        viewerOf(context),
        { industries: args.industries, townshipIds: decodeIds(args.townshipIds, 'OrgUnit') ?? [] },
        args.dueAt,
      ),
  }),
}));

builder.mutationFields((t) => ({
  createInspectionGroup: t.field({
    type: InspectionGroupRef,
    authScopes: { loggedIn: true },
    description:
      '组织检查组 (REGULATOR_HEAD, TOWNSHIP_HEAD for tasks of its unit, with other units’ tasks at the same enterprises; ADMIN): a retried key returns the first group',
    args: { input: t.arg({ type: InspectionGroupInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const id = await context.services.inspectionGroups.create(
        viewerOf(context),
        {
          name: input.name,
          visitDate: input.visitDate,
          memberIds: decodeIds(input.memberIds, 'User') ?? [],
          leaderId: input.leaderId ? decodeId(input.leaderId, 'User') : null,
          taskIds: decodeIds(input.taskIds, 'Task') ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      const [group] = await context.services.inspectionGroups.getByIds(viewerOf(context), [id]);
      if (!group) throw new Error(`inspection group ${id} created but not readable`);
      return group;
    },
  }),
  setInspectionBudget: t.field({
    type: BudgetRuleRef,
    authScopes: { admin: true },
    description: '涉企检查频次上限 (ADMIN): visits an enterprise may receive a quarter, 1–12; a new version',
    args: { maxVisits: t.arg.int({ required: true }) },
    resolve: (_root, args, context) =>
      context.services.inspectionGroups.setRule(viewerOf(context), args.maxVisits, context.requestId),
  }),
}));

builder.objectField(DashboardRef, 'inspectionGroups', (t) =>
  t.field({
    type: GroupFiguresRef,
    description: 'Groups sent in the window (a unit: those visiting for its tasks or at its township’s enterprises)',
    resolve: (dashboard, _args, context) => readersOf(context).inspectionGroupFigures(dashboard.filter),
  }),
);

builder.objectFields(InspectionRef, (t) => ({
  group: t.field({
    type: InspectionGroupRef,
    nullable: true,
    description: 'The inspection group whose member recorded it (a joint visit), if the viewer may read the group',
    resolve: async (inspection, _args, context) => {
      if (inspection.inspection_group_id === null) return null;
      const [group] = await context.services.inspectionGroups.getByIds(viewerOf(context), [
        inspection.inspection_group_id,
      ]);
      return group ?? null;
    },
  }),
  groupName: t.string({
    nullable: true,
    description: 'The group’s name, for whoever reads the inspection (the enterprise’s inspection log too)',
    resolve: async (inspection, _args, context) =>
      inspection.inspection_group_id === null
        ? null
        : context.services.inspectionGroups.groupName(inspection.inspection_group_id),
  }),
  unit: t.field({
    type: OrgUnitRef,
    description: 'The unit whose task it recorded',
    resolve: (inspection, _args, context) => context.services.inspectionGroups.unitOfTask(inspection.task_id),
  }),
}));
