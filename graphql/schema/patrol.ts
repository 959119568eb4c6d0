// Inspections without a campaign (issue 18 §3): recordRoutineInspection (日常检查 / 打非治违) by a unit's people; night
// patrol schedules (夜间巡查) by a unit's head, their windows and tasks. Thin: the rules are in
// services/routine-inspections.ts and domain/patrol.ts.
import type { IllegalSiteLeadRow } from '../../db/repositories/illegal-sites';
import type { PatrolScheduleRow } from '../../db/repositories/patrols';
import { INSPECTION_REFUSALS } from '../../domain/inspection-rules';
import { LIMITS } from '../../domain/limits';
import {
  ILLEGAL_SITE_LEAD_STATUSES,
  ILLEGAL_SITE_LIMITS,
  ILLEGAL_SITE_OUTCOME_NAMES_ZH,
  ILLEGAL_SITE_OUTCOMES,
  formatClock,
  nextPatrolWindow,
  PATROL_LIMITS,
  RECORDED_ROUTINE_KINDS,
  ROUTINE_KIND_NAMES_ZH,
} from '../../domain/patrol';
import { builder } from '../builder';
import { decodeId, decodeIds, readersOf, viewerOf } from '../ids';
import { groupBy, scopedLoad, type Key } from '../loaders';
import { idempotencyKeyText, longText, maxChars, photoIdList } from '../validation';
import { EnterpriseRef } from './enterprise';
import { OrgUnitRef } from './org-unit';
import { PhotoRef } from './photo';
import { FindingInput, InspectionRef, TaskRef } from './task';

const RoutineInspectionKindEnum = builder.enumType('RoutineInspectionKind', {
  values: RECORDED_ROUTINE_KINDS,
  description: `ROUTINE ${ROUTINE_KIND_NAMES_ZH.ROUTINE}; CRACKDOWN ${ROUTINE_KIND_NAMES_ZH.CRACKDOWN}`,
});

export const PatrolScheduleRef = builder.loadableNodeRef<PatrolScheduleRow, Key>('PatrolSchedule', {
  id: { resolve: (schedule) => schedule.id },
  load: scopedLoad((readers, ids) => readers.patrols.getByIds(ids)),
});

const PatrolWindowRef = builder.objectRef<{ startsAt: Date; endsAt: Date }>('PatrolWindow').implement({
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
  }),
});

const figure =
  (key: 'tasks' | 'inspected' | 'outside_window') =>
  async (ids: number[], context: Parameters<typeof readersOf>[0]) => {
    const rows = await readersOf(context).patrols.figures(ids);
    const byId = new Map(rows.map((row) => [row.schedule_id, Number(row[key])]));
    return ids.map((id) => byId.get(id) ?? 0);
  };

PatrolScheduleRef.implement({
  description: '夜间巡查计划: a unit’s standing patrol, a time-of-day window in Shanghai local time',
  fields: (t) => ({
    name: t.exposeString('name'),
    unit: t.field({ type: OrgUnitRef, resolve: (s) => s.org_unit_id }),
    startsAt: t.string({ description: 'HH:MM, Shanghai local time', resolve: (s) => formatClock(s.start_minute) }),
    endsAt: t.string({
      description: 'HH:MM, Shanghai local time; at or before startsAt: the next morning',
      resolve: (s) => formatClock(s.end_minute),
    }),
    crossesMidnight: t.boolean({ resolve: (s) => s.end_minute <= s.start_minute }),
    weekdays: t.exposeIntList('weekdays', { description: 'ISO weekdays a window starts on: 1 Monday … 7 Sunday' }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    deactivatedAt: t.expose('deactivated_at', { type: 'DateTime', nullable: true }),
    nextWindow: t.field({
      type: PatrolWindowRef,
      nullable: true,
      description: 'The next window to start (null once deactivated)',
      resolve: (s) =>
        s.active
          ? nextPatrolWindow(new Date(), { startMinute: s.start_minute, endMinute: s.end_minute, weekdays: s.weekdays })
          : null,
    }),
    enterprises: t.loadableList({
      type: EnterpriseRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).patrols.enterprisesOf(ids), (row) => row.schedule_id).map((rows) =>
          rows.map((row) => row.enterprise_id),
        ),
      resolve: (s) => s.id,
    }),
    taskCount: t.loadable({
      type: 'Int',
      description: 'Tasks its windows wrote',
      load: figure('tasks'),
      resolve: (s) => s.id,
    }),
    inspectedCount: t.loadable({ type: 'Int', load: figure('inspected'), resolve: (s) => s.id }),
    outsideWindowCount: t.loadable({
      type: 'Int',
      description: 'Inspections that happened outside their window',
      load: figure('outside_window'),
      resolve: (s) => s.id,
    }),
    tasks: t.field({
      type: [TaskRef],
      description: 'Its latest tasks, latest window first (at most 200)',
      args: { first: t.arg.int({ required: false }) },
      resolve: (s, args, context) =>
        readersOf(context).patrols.tasksOf(s.id, Math.min(Math.max(args.first ?? 50, 1), 200)),
    }),
  }),
});

builder.objectField(TaskRef, 'patrolSchedule', (t) =>
  t.field({
    type: PatrolScheduleRef,
    nullable: true,
    description: "A night patrol's task: its schedule",
    resolve: (task) => task.patrol_schedule_id,
  }),
);

const RoutineInspectionInput = builder.inputType('RoutineInspectionInput', {
  description: 'An inspection without a campaign at an enterprise in the unit’s charge: 日常检查 or 打非治违',
  fields: (t) => ({
    kind: t.field({ type: RoutineInspectionKindEnum, required: true }),
    enterpriseId: t.id({ required: true }),
    inspectedAt: t.field({ type: 'DateTime', required: false, description: 'Default: now' }),
    inspectorCount: t.int({ required: true, description: 'People in the inspection group' }),
    findings: t.field({
      type: [FindingInput],
      required: true,
      description: 'Empty: no hazard found; each finding becomes a hazard in the ordinary loop',
      validate: { maxLength: [LIMITS.findings, { message: INSPECTION_REFUSALS.tooManyFindings }] },
    }),
    notes: t.string({ required: false, validate: longText('备注') }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const PatrolScheduleInput = builder.inputType('PatrolScheduleInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: maxChars(PATROL_LIMITS.name, `巡查计划名称不能超过${PATROL_LIMITS.name}个字`),
    }),
    startsAt: t.string({
      required: true,
      description: 'HH:MM, Shanghai local time',
      validate: maxChars(5, '时间格式应为 HH:MM'),
    }),
    endsAt: t.string({
      required: true,
      description: 'HH:MM; at or before startsAt: the next morning (22:00–06:00)',
      validate: maxChars(5, '时间格式应为 HH:MM'),
    }),
    weekdays: t.intList({ required: true, description: 'ISO weekdays a window starts on: 1 Monday … 7 Sunday' }),
    enterpriseIds: t.idList({
      required: true,
      description: `1–${PATROL_LIMITS.enterprises} enterprises in the unit's charge`,
    }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.queryField('patrolSchedules', (t) =>
  t.field({
    type: [PatrolScheduleRef],
    authScopes: { loggedIn: true },
    description:
      "Night patrols, active first: the county's every one, a unit its own, an enterprise none (at most 200)",
    resolve: (_root, _args, context) => readersOf(context).patrols.list(200),
  }),
);

builder.mutationFields((t) => ({
  recordRoutineInspection: t.field({
    type: InspectionRef,
    authScopes: { loggedIn: true },
    description: "no campaign: 日常检查 / 打非 / night patrol — a unit's people at an enterprise in the unit's charge",
    args: { input: t.arg({ type: RoutineInspectionInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.routineInspections.record(
        viewerOf(context),
        {
          kind: input.kind,
          enterpriseId: decodeId(input.enterpriseId, 'Enterprise'),
          inspectedAt: input.inspectedAt ?? null,
          inspectorCount: input.inspectorCount,
          findings: input.findings.map((f) => ({
            ...f,
            checklistItemId: f.checklistItemId ? decodeId(f.checklistItemId, 'ChecklistItem') : null,
            photoIds: decodeIds(f.photoIds, 'Photo'),
          })),
          notes: input.notes ?? null,
          photoIds: decodeIds(input.photoIds, 'Photo'),
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  createPatrolSchedule: t.field({
    type: PatrolScheduleRef,
    authScopes: { loggedIn: true },
    description: "A unit's head: 夜间巡查计划; each window's tasks reach the unit 4 hours before it opens",
    args: { input: t.arg({ type: PatrolScheduleInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.routineInspections.createPatrolSchedule(
        viewerOf(context),
        {
          name: input.name,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          weekdays: input.weekdays,
          enterpriseIds: decodeIds(input.enterpriseIds, 'Enterprise') ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  deactivatePatrolSchedule: t.field({
    type: PatrolScheduleRef,
    authScopes: { loggedIn: true },
    description: "The unit's head: 停用; no window after it is written, tasks already written stay",
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, { id }, context) =>
      context.services.routineInspections.deactivatePatrolSchedule(
        viewerOf(context),
        decodeId(id, 'PatrolSchedule'),
        context.requestId,
      ),
  }),
}));

// ---- 打非治违 at an unregistered site ----

const IllegalSiteOutcomeEnum = builder.enumType('IllegalSiteOutcome', {
  values: ILLEGAL_SITE_OUTCOMES,
  description: Object.entries(ILLEGAL_SITE_OUTCOME_NAMES_ZH)
    .map(([value, name]) => `${value} ${name}`)
    .join('; '),
});
const IllegalSiteLeadStatusEnum = builder.enumType('IllegalSiteLeadStatus', {
  values: ILLEGAL_SITE_LEAD_STATUSES,
  description: 'OPEN 待属地跟进; CLOSED 已办结',
});

export const IllegalSiteLeadRef = builder.loadableNodeRef<IllegalSiteLeadRow, Key>('IllegalSiteLead', {
  id: { resolve: (lead) => lead.id },
  load: scopedLoad((readers, ids) => readers.illegalSites.getByIds(ids)),
});

IllegalSiteLeadRef.implement({
  description:
    '打非线索: a site not in the register found by 打非治违, followed up by its township (属地) until closed',
  fields: (t) => ({
    siteName: t.exposeString('site_name'),
    address: t.exposeString('address'),
    description: t.exposeString('description'),
    township: t.field({ type: OrgUnitRef, resolve: (l) => l.township_id }),
    unit: t.field({ type: OrgUnitRef, description: 'The unit that recorded it', resolve: (l) => l.reported_by_org_id }),
    reportedAt: t.expose('reported_at', { type: 'DateTime' }),
    status: t.field({ type: IllegalSiteLeadStatusEnum, resolve: (l) => l.status }),
    outcome: t.field({ type: IllegalSiteOutcomeEnum, nullable: true, resolve: (l) => l.outcome }),
    outcomeNote: t.exposeString('outcome_note', { nullable: true }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    photos: t.loadableList({
      type: PhotoRef,
      load: async (ids: number[], context) =>
        groupBy(ids, await readersOf(context).photos.forLeads(ids), (p) => p.lead_id),
      resolve: (l) => l.id,
    }),
  }),
});

const ReportIllegalSiteInput = builder.inputType('ReportIllegalSiteInput', {
  description: '打非治违 at a site not in the register: no enterprise, so a lead for its township, not an inspection',
  fields: (t) => ({
    siteName: t.string({
      required: true,
      description: 'A name or how the site is known (无名小作坊…)',
      validate: maxChars(ILLEGAL_SITE_LIMITS.siteName, `场所名称不能超过${ILLEGAL_SITE_LIMITS.siteName}个字`),
    }),
    address: t.string({
      required: true,
      validate: maxChars(ILLEGAL_SITE_LIMITS.address, `场所地址不能超过${ILLEGAL_SITE_LIMITS.address}个字`),
    }),
    description: t.string({ required: true, validate: longText('现场情况') }),
    townshipId: t.id({ required: true, description: 'The township (属地) the site is in: it follows the lead up' }),
    photoIds: t.idList({ required: false, validate: photoIdList }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

builder.queryField('illegalSiteLeads', (t) =>
  t.field({
    type: [IllegalSiteLeadRef],
    authScopes: { loggedIn: true },
    description: "打非线索, open first (at most 200): the county's; a unit those it recorded and those in its township",
    resolve: (_root, _args, context) => readersOf(context).illegalSites.list(200),
  }),
);

builder.mutationFields((t) => ({
  reportIllegalSite: t.field({
    type: IllegalSiteLeadRef,
    authScopes: { loggedIn: true },
    description: "A unit's people: 打非治违 at a site not in the register, with its address and photos",
    args: { input: t.arg({ type: ReportIllegalSiteInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.routineInspections.reportIllegalSite(
        viewerOf(context),
        {
          siteName: input.siteName,
          address: input.address,
          description: input.description,
          townshipId: decodeId(input.townshipId, 'OrgUnit'),
          photoIds: decodeIds(input.photoIds, 'Photo') ?? [],
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
  closeIllegalSiteLead: t.field({
    type: IllegalSiteLeadRef,
    authScopes: { loggedIn: true },
    description: "The site's township: 办结 with the outcome and what was done",
    args: {
      id: t.arg.id({ required: true }),
      outcome: t.arg({ type: IllegalSiteOutcomeEnum, required: true }),
      note: t.arg.string({ required: true, validate: longText('办结情况') }),
    },
    resolve: (_root, args, context) =>
      context.services.routineInspections.closeIllegalSiteLead(
        viewerOf(context),
        { leadId: decodeId(args.id, 'IllegalSiteLead'), outcome: args.outcome, note: args.note },
        context.requestId,
      ),
  }),
}));
