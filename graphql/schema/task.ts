import { TASK_ORIGINS, taskOriginOf } from '../../domain/task-origin';
import type { InspectionRow } from '../../db/repositories/inspections';
import { INSPECTION_REFUSALS } from '../../domain/inspection-rules';
import type { TaskRow } from '../../db/repositories/tasks';
import { LIMITS } from '../../domain/limits';
import { builder, ConnectionInterface } from '../builder';
import { filterPeriod, idempotencyKeyText, longText, photoIdList } from '../validation';
import { connectionOf, pageComplexity, decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { groupBy, scopedLoad, type Key } from '../loaders';
import { tasksToDoBy } from '../../services/access';
import { CampaignRef } from './campaign';
import { EnterpriseRef } from './enterprise';
import { HazardLevelEnum, SupervisionTopicEnum, TaskKindEnum, TaskStatusEnum } from './enums';
import { HazardRef } from './hazard';
import { OrgUnitRef } from './org-unit';
import { PhotoRef } from './photo';

const TaskOriginEnum = builder.enumType('TaskOrigin', {
  values: TASK_ORIGINS,
  description:
    'CAMPAIGN 专项行动; SUPERVISION 督导现场检查 (a round of the county office, see supervisedUnit); TIP 群众举报核查; LOOK_BACK 回头看核查; PLAN 年度计划检查; ROUTINE 日常检查; CRACKDOWN 打非治违; NIGHT_PATROL 夜间巡查',
});

export const TaskRef = builder.loadableNodeRef<TaskRow, Key>('Task', {
  id: { resolve: (task) => task.id },
  load: scopedLoad((readers, ids) => readers.tasks.getByIds(ids)),
});

export const InspectionRef = builder.loadableNodeRef<InspectionRow, Key>('Inspection', {
  id: { resolve: (inspection) => inspection.id },
  load: scopedLoad((readers, ids) => readers.inspections.getByIds(ids)),
});

export const TaskConnection = builder.connectionObject(
  { type: TaskRef, name: 'TaskConnection', interfaces: [ConnectionInterface] },
  { name: 'TaskEdge' },
);
export const InspectionConnection = builder.connectionObject(
  { type: InspectionRef, name: 'InspectionConnection', interfaces: [ConnectionInterface] },
  { name: 'InspectionEdge' },
);

TaskRef.implement({
  fields: (t) => ({
    campaign: t.field({
      type: CampaignRef,
      nullable: true,
      description: "The campaign it was sent for; null for a tip's verification (kind VERIFY, see tip)",
      resolve: (task) => task.campaign_id,
    }),
    kind: t.field({ type: TaskKindEnum, resolve: (task) => task.kind }),
    origin: t.field({
      type: TaskOriginEnum,
      description:
        'What sent it: a campaign, a public tip (有奖举报核查), 回头看, an annual inspection plan, or none (日常检查, 打非治违, 夜间巡查)',
      resolve: (task) => taskOriginOf(task),
    }),
    patrolWindowStartsAt: t.expose('window_starts_at', {
      type: 'DateTime',
      nullable: true,
      description: "A night patrol's task: its window's start (the window ends at dueAt)",
    }),
    topic: t.field({
      type: SupervisionTopicEnum,
      description:
        'What it was sent for (监管分工): the lead regulator, the township (属地), or a co-supervision topic',
      resolve: (task) => task.topic,
    }),
    status: t.field({ type: TaskStatusEnum, resolve: (task) => task.status }),
    overdue: t.boolean({ resolve: (task) => task.status === 'OPEN' && task.due_at.getTime() < Date.now() }),
    dueAt: t.expose('due_at', { type: 'DateTime' }),
    doneAt: t.expose('done_at', { type: 'DateTime', nullable: true }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (task) => task.enterprise_id }),
    assignee: t.field({ type: OrgUnitRef, resolve: (task) => task.assignee_org_id }),
    supervisedUnit: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: '督导: the township or department whose enterprise this site check visits; null for any other task',
      resolve: (task) => task.supervised_unit_id,
    }),
    inspection: t.loadable({
      type: InspectionRef,
      nullable: true,
      load: async (taskIds: number[], context) => {
        const rows = await readersOf(context).inspections.byTaskIds(taskIds);
        const byTask = new Map(rows.map((row) => [row.task_id, row]));
        return taskIds.map((id) => byTask.get(id) ?? null);
      },
      resolve: (task) => task.id,
    }),
  }),
});

InspectionRef.implement({
  fields: (t) => ({
    task: t.field({ type: TaskRef, resolve: (inspection) => inspection.task_id }),
    enterprise: t.field({ type: EnterpriseRef, resolve: (inspection) => inspection.enterprise_id }),
    inspectedAt: t.expose('inspected_at', { type: 'DateTime' }),
    inspectorCount: t.exposeInt('inspector_count', { description: '检查组人数' }),
    notes: t.exposeString('notes', { nullable: true }),
    outsideWindow: t.exposeBoolean('outside_window', {
      description: "A night patrol's inspection that happened outside its task's window (accepted, flagged)",
    }),
    hazards: t.loadableList({
      type: HazardRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).hazards.byInspectionIds(ids), (h) => h.inspection_id),
      resolve: (inspection) => inspection.id,
    }),
    photos: t.loadableList({
      type: PhotoRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).photos.forInspections(ids), (p) => p.inspection_id),
      resolve: (inspection) => inspection.id,
    }),
  }),
});

builder.queryField('myTasks', (t) =>
  t.field({
    type: TaskConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description:
      "The tasks the viewer is to do, open and overdue first: a regulator's inspections, a township's at its enterprises, an enterprise's self-checks",
    args: {
      ...t.arg.connectionArgs(),
      status: t.arg({ type: [TaskStatusEnum], required: false }),
      overdue: t.arg.boolean({ required: false }),
    },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const filter = {
        ...tasksToDoBy(viewerOf(context)),
        status: args.status ?? null,
        overdue: args.overdue ?? null,
      };
      return connectionOf(
        args,
        (page) => readers.tasks.list(filter, page),
        () => readers.tasks.count(filter),
      );
    },
  }),
);

const InspectionFilter = builder.inputType('InspectionFilter', {
  description: "The inspections behind the dashboard's figures: the same window, regulator and township",
  fields: (t) => ({
    campaignId: t.id({ required: false }),
    regulatorId: t.id({ required: false, description: 'The regulator whose task was inspected' }),
    townshipId: t.id({ required: false, description: 'The township of the inspected enterprise' }),
    inspectedFrom: t.field({ type: 'DateTime', required: false, description: 'Inspected at or after this instant' }),
    inspectedTo: t.field({
      type: 'DateTime',
      required: false,
      description: 'Inspected before this instant (exclusive)',
    }),
  }),
});

builder.queryField('inspections', (t) =>
  t.field({
    type: InspectionConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description:
      'Inspections the viewer may see (a regulator its own, a township those at its enterprises), the latest first',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: InspectionFilter, required: false }) },
    resolve: (_root, args, context) => {
      const readers = readersOf(context);
      const f = args.filter;
      const inspected = filterPeriod(f?.inspectedFrom, f?.inspectedTo, '检查时间');
      const filter = {
        campaignId: f?.campaignId ? decodeId(f.campaignId, 'Campaign') : null,
        regulatorId: f?.regulatorId ? decodeId(f.regulatorId, 'OrgUnit') : null,
        townshipId: f?.townshipId ? decodeId(f.townshipId, 'OrgUnit') : null,
        inspectedFrom: inspected.from,
        inspectedTo: inspected.to,
      };
      return connectionOf(
        args,
        (page) => readers.inspections.list(filter, page),
        () => readers.inspections.count(filter),
      );
    },
  }),
);

export const FindingInput = builder.inputType('FindingInput', {
  fields: (t) => ({
    level: t.field({ type: HazardLevelEnum, required: true }),
    description: t.string({ required: true, validate: longText('隐患描述') }),
    location: t.string({
      required: false,
      validate: { maxLength: [LIMITS.shortText, { message: `隐患位置不能超过${LIMITS.shortText}个字` }] },
    }),
    checklistItemId: t.id({ required: false }),
    rectifyBy: t.field({ type: 'DateTime', required: true }),
    photoIds: t.idList({ required: false, description: 'Photos uploaded with uploadPhoto', validate: photoIdList }),
  }),
});

const LookBackVerdictInput = builder.inputType('LookBackVerdictInput', {
  description: '回头看 conclusion on the closed hazard a look-back task re-checks',
  fields: (t) => ({
    rectified: t.boolean({ required: true, description: 'true 整改到位; false 未整改到位: the hazard is reopened' }),
    reason: t.string({
      required: false,
      validate: longText('未整改到位的理由'),
      description: 'Required when not rectified',
    }),
    newRectifyBy: t.field({ type: 'DateTime', required: false, description: 'Required when not rectified' }),
  }),
});

const SubmitInspectionInput = builder.inputType('SubmitInspectionInput', {
  fields: (t) => ({
    taskId: t.id({ required: true }),
    inspectedAt: t.field({ type: 'DateTime', required: false, description: 'Default: now' }),
    inspectorCount: t.int({ required: true, description: 'People in the inspection group' }),
    findings: t.field({
      type: [FindingInput],
      required: true,
      description: 'Empty: no hazard found',
      validate: { maxLength: [LIMITS.findings, { message: INSPECTION_REFUSALS.tooManyFindings }] },
    }),
    notes: t.string({ required: false, validate: longText('备注') }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
    lookBack: t.field({
      type: LookBackVerdictInput,
      required: false,
      description: 'Required on a 回头看 task (Task.lookBackCheck), refused on any other',
    }),
  }),
});

builder.mutationField('submitInspection', (t) =>
  t.field({
    type: InspectionRef,
    authScopes: { loggedIn: true },
    args: { input: t.arg({ type: SubmitInspectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.tasks.submitInspection(
        viewerOf(context),
        {
          ...input,
          taskId: decodeId(input.taskId, 'Task'),
          findings: input.findings.map((f) => ({
            ...f,
            checklistItemId: f.checklistItemId ? decodeId(f.checklistItemId, 'ChecklistItem') : null,
            photoIds: decodeIds(f.photoIds, 'Photo'),
          })),
          photoIds: decodeIds(input.photoIds, 'Photo'),
        },
        context.requestId,
      ),
  }),
);
