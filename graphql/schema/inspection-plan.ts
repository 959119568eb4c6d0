// 年度监督检查计划: the plans (inspectionPlans), filing (fileInspectionPlan, a unit's head), the county office's review
// (approveInspectionPlan), each plan's completion, and the plan behind a task (Task.inspectionPlan).
import type { InspectionPlanTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import {
  filedLate,
  frequenciesOf,
  INSPECTION_PLAN_STATUSES,
  planCompletion,
  VISITS_A_YEAR,
} from '../../domain/inspection-plans';
import { LIMITS, textTooLong } from '../../domain/limits';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, viewerOf } from '../ids';
import { idempotencyKeyText, longText, maxChars } from '../validation';
import { OrgUnitRef } from './org-unit';
import { TaskRef } from './task';

type PlanRow = Selectable<InspectionPlanTable>;

const InspectionPlanStatusEnum = builder.enumType('InspectionPlanStatus', {
  values: INSPECTION_PLAN_STATUSES,
  description: 'SUBMITTED 待审核; APPROVED 已批准 (its tasks are written month by month); RETURNED 已退回',
});

const frequencyDescription = `Visits a year: one of ${VISITS_A_YEAR.join(', ')}`;

const InspectionFrequenciesRef = builder
  .objectRef<{ majorHazardSource: number; POOR: number; FAIR: number; GOOD: number }>('InspectionFrequencies')
  .implement({
    description: 'Visits a year for each enterprise: by its grade, or for a major hazard source (重大危险源) if more',
    fields: (t) => ({
      majorHazardSource: t.exposeInt('majorHazardSource'),
      POOR: t.exposeInt('POOR'),
      FAIR: t.exposeInt('FAIR'),
      GOOD: t.exposeInt('GOOD'),
    }),
  });

const InspectionPlanProgressRef = builder
  .objectRef<{ written: number; due: number; doneOfDue: number; done: number; overdue: number }>(
    'InspectionPlanProgress',
  )
  .implement({
    description: '计划完成情况: tasks written so far, due by now, done, overdue',
    fields: (t) => ({
      tasksWritten: t.exposeInt('written'),
      dueSoFar: t.exposeInt('due'),
      doneOfDue: t.exposeInt('doneOfDue'),
      done: t.exposeInt('done'),
      overdue: t.exposeInt('overdue'),
      completion: t.float({
        description: 'doneOfDue / dueSoFar (1 when none is due yet)',
        resolve: (p) => planCompletion(p.due, p.doneOfDue),
      }),
    }),
  });

export const InspectionPlanRef = builder.loadableNodeRef<PlanRow, number>('InspectionPlan', {
  id: { resolve: (p) => p.id },
  load: async (ids: number[], context) => {
    const viewer = viewerOf(context);
    const rows = await Promise.all(
      ids.map((id) => context.services.inspectionPlans.byId(viewer, id).catch(() => null)),
    );
    return rows.map((row, i) => row ?? new Error(`InspectionPlan ${ids[i]} not found`));
  },
});

InspectionPlanRef.implement({
  description: '年度监督检查计划: a unit’s plan for a year, reviewed by the county office',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitRef, resolve: (p) => p.org_unit_id }),
    year: t.exposeInt('year'),
    frequencies: t.field({
      type: InspectionFrequenciesRef,
      resolve: (p) => {
        const f = frequenciesOf(p.frequencies);
        if (!f) throw new Error(`inspection plan ${p.id} holds unreadable frequencies`);
        return f;
      },
    }),
    notes: t.exposeString('notes', { nullable: true }),
    status: t.field({ type: InspectionPlanStatusEnum, resolve: (p) => p.status }),
    enterprises: t.exposeInt('enterprises', { description: 'Enterprises in the unit’s charge when filed' }),
    plannedVisits: t.exposeInt('planned_visits', { description: 'Visits the frequencies give them over the year' }),
    filedAt: t.expose('filed_at', { type: 'DateTime' }),
    filedLate: t.boolean({
      description: '逾期报送: filed after the end of the first quarter',
      resolve: (p) => filedLate(p.year, p.filed_at),
    }),
    reviewedAt: t.expose('reviewed_at', { type: 'DateTime', nullable: true }),
    reviewComment: t.exposeString('review_comment', { nullable: true }),
    progress: t.loadable({
      type: InspectionPlanProgressRef,
      // One statement for every plan on the page (the dashboard reads all of a year's).
      load: async (ids: number[], context) => {
        const rows = await context.services.inspectionPlans.progress(ids);
        const byPlan = new Map(rows.map((r) => [r.inspection_plan_id, r]));
        return ids.map((id) => {
          const row = byPlan.get(id);
          return {
            written: row?.written ?? 0,
            due: row?.due ?? 0,
            doneOfDue: row?.done_of_due ?? 0,
            done: row?.done ?? 0,
            overdue: row?.overdue ?? 0,
          };
        });
      },
      resolve: (p) => p.id,
    }),
  }),
});

const InspectionPlanConnection = builder.connectionObject(
  { type: InspectionPlanRef, name: 'InspectionPlanConnection', interfaces: [ConnectionInterface] },
  { name: 'InspectionPlanEdge' },
);

const frequency = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) =>
  t.int({ required: true, description: frequencyDescription });

const InspectionFrequenciesInput = builder.inputType('InspectionFrequenciesInput', {
  fields: (t) => ({
    majorHazardSource: frequency(t),
    POOR: frequency(t),
    FAIR: frequency(t),
    GOOD: frequency(t),
  }),
});

const InspectionPlanInput = builder.inputType('InspectionPlanInput', {
  fields: (t) => ({
    year: t.int({ required: true, description: 'This year or next' }),
    frequencies: t.field({ type: InspectionFrequenciesInput, required: true }),
    notes: t.string({ required: false, validate: longText('计划说明') }),
    idempotencyKey: t.string({ required: false, validate: idempotencyKeyText }),
  }),
});

const PlanBudgetPreviewRef = builder
  .objectRef<{ enterprises: number; overAlone: number; overlapping: number; overTogether: number; cap: number }>(
    'PlanBudgetPreview',
  )
  .implement({
    description: '涉企检查频次上限 at planning time: what a cadence means against the per-enterprise quarterly cap',
    fields: (t) => ({
      enterprises: t.exposeInt('enterprises', { description: 'Enterprises in the unit’s charge' }),
      cap: t.exposeInt('cap', { description: 'Visits a quarter an enterprise may have across all units' }),
      overAlone: t.exposeInt('overAlone', { description: 'Visited more often than the cap by this cadence alone' }),
      overlapping: t.exposeInt('overlapping', { description: 'Also in other units’ approved plans of the year' }),
      overTogether: t.exposeInt('overTogether', { description: 'Over the cap with the other units’ plans' }),
    }),
  });

builder.queryField('inspectionPlanBudget', (t) =>
  t.field({
    type: PlanBudgetPreviewRef,
    authScopes: { loggedIn: true },
    description: 'A unit’s people: the per-enterprise visit cap against a cadence being planned, with the overlap',
    args: {
      year: t.arg.int({ required: true }),
      frequencies: t.arg({ type: InspectionFrequenciesInput, required: true }),
    },
    resolve: (_root, args, context) =>
      context.services.inspectionPlans.budgetPreview(viewerOf(context), {
        year: args.year,
        frequencies: args.frequencies,
      }),
  }),
);

builder.objectField(TaskRef, 'inspectionPlan', (t) =>
  t.field({
    type: InspectionPlanRef,
    nullable: true,
    description: 'The annual plan a task was written for (PLAN origin)',
    resolve: (task) => task.inspection_plan_id,
  }),
);

builder.queryField('inspectionPlans', (t) =>
  t.field({
    type: InspectionPlanConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: 'Plans newest year first: a unit its own, the county office and leaders every unit’s',
    args: {
      ...t.arg.connectionArgs(),
      regulatorId: t.arg.id({ required: false, description: 'The unit (a department or a township)' }),
      year: t.arg.int({ required: false }),
    },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const filter = {
        orgUnitId: args.regulatorId ? decodeId(args.regulatorId, 'OrgUnit') : null,
        year: args.year ?? null,
      };
      return connectionOf(
        args,
        (page) => context.services.inspectionPlans.list(viewer, filter, page),
        () => context.services.inspectionPlans.count(viewer, filter),
      );
    },
  }),
);

builder.mutationFields((t) => ({
  fileInspectionPlan: t.field({
    type: InspectionPlanRef,
    authScopes: { loggedIn: true },
    description: 'A unit’s head files the unit’s plan for a year (due by the end of the first quarter)',
    args: { input: t.arg({ type: InspectionPlanInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const viewer = viewerOf(context);
      const id = await context.services.inspectionPlans.file(
        viewer,
        {
          year: input.year,
          frequencies: input.frequencies,
          notes: input.notes ?? null,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      return context.services.inspectionPlans.byId(viewer, id);
    },
  }),
  approveInspectionPlan: t.field({
    type: InspectionPlanRef,
    authScopes: { admin: true },
    description: 'ADMIN: approves a plan (its tasks are then written month by month) or returns it with a comment',
    args: {
      id: t.arg.id({ required: true }),
      approved: t.arg.boolean({ required: true }),
      comment: t.arg.string({
        required: false,
        validate: maxChars(LIMITS.reason, textTooLong('审核意见', LIMITS.reason)),
      }),
    },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const id = decodeId(args.id, 'InspectionPlan');
      await context.services.inspectionPlans.review(
        viewer,
        { id, approved: args.approved, comment: args.comment ?? null },
        context.requestId,
      );
      return context.services.inspectionPlans.byId(viewer, id);
    },
  }),
}));
