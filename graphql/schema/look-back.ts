// 回头看: the monthly draws (lookBacks) and their items, the rule (lookBackRule, setLookBackRule), a draw on demand
// (runLookBack), the check behind a VERIFY task (Task.lookBackCheck), reopening a hazard found not rectified
// (reopenHazard) and the false-rectification rate per closing unit (falseRectificationRates).
import { LOOK_BACK_OUTCOMES, falseRectificationRate, monthLabel } from '../../domain/look-back';
import { LIMITS, textTooLong } from '../../domain/limits';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, globalId, pageComplexity, viewerOf } from '../ids';
import { idempotencyKeyText, maxChars } from '../validation';
import { HazardLevelEnum, HazardStatusEnum, TaskStatusEnum } from './enums';
import { HazardRef } from './hazard';
import { OrgUnitRef } from './org-unit';
import { TaskRef } from './task';
import type { LookBackRepository } from '../../db/repositories/look-backs';

type LookBackRow = Awaited<ReturnType<LookBackRepository['list']>>[number];
type LookBackItemRow = Awaited<ReturnType<LookBackRepository['items']>>[number];
type LookBackCheckRow = NonNullable<Awaited<ReturnType<LookBackRepository['itemOfTask']>>>;
interface UnitRate {
  closing_org_id: number;
  drawn: number;
  judged: number;
  not_rectified: number;
}

const LookBackOutcomeEnum = builder.enumType('LookBackOutcome', {
  values: LOOK_BACK_OUTCOMES,
  description: 'RECTIFIED 整改到位; NOT_RECTIFIED 未整改到位 (虚假整改: the hazard was reopened)',
});

const LookBackItemRef = builder.objectRef<LookBackItemRow>('LookBackItem').implement({
  description: '回头看抽查项: one closed hazard drawn, the unit that closed it, the unit checking it, the outcome',
  fields: (t) => ({
    id: t.id({ resolve: (i) => globalId('LookBackItem', i.id) }),
    hazardId: t.id({ resolve: (i) => globalId('Hazard', i.hazard_id) }),
    enterpriseName: t.exposeString('enterprise_name'),
    closingUnit: t.field({ type: OrgUnitRef, resolve: (i) => i.closing_org_id }),
    assignee: t.field({ type: OrgUnitRef, resolve: (i) => i.assignee_org_id }),
    task: t.field({ type: TaskRef, nullable: true, resolve: (i) => i.task_id }),
    taskStatus: t.field({ type: TaskStatusEnum, nullable: true, resolve: (i) => i.task_status }),
    dueAt: t.expose('task_due_at', { type: 'DateTime', nullable: true }),
    outcome: t.field({ type: LookBackOutcomeEnum, nullable: true, resolve: (i) => i.outcome }),
    judgedAt: t.expose('judged_at', { type: 'DateTime', nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const LookBackRef = builder.objectRef<LookBackRow>('LookBack').implement({
  description: '回头看: one month’s seeded draw of the hazards closed in it, and the outcomes so far',
  fields: (t) => ({
    id: t.id({ resolve: (l) => globalId('LookBack', l.id) }),
    month: t.string({ description: '2026年11月', resolve: (l) => monthLabel(l.period_start) }),
    periodStart: t.expose('period_start', { type: 'DateTime' }),
    periodEnd: t.expose('period_end', { type: 'DateTime' }),
    ratio: t.float({ resolve: (l) => Number(l.ratio) }),
    seed: t.string({ description: 'The draw’s seed: the same month draws the same hazards', resolve: (l) => l.seed }),
    population: t.exposeInt('population', { description: 'Hazards closed in the month' }),
    drawn: t.exposeInt('drawn'),
    judged: t.int({ resolve: (l) => l.judged ?? 0 }),
    notRectified: t.int({ resolve: (l) => l.not_rectified ?? 0 }),
    drawnAt: t.expose('drawn_at', { type: 'DateTime' }),
    items: t.field({
      type: [LookBackItemRef],
      description: 'The items the viewer’s unit checks or closed (all, for the county)',
      resolve: (l, _args, context) => context.services.lookBacks.items(viewerOf(context), l.id),
    }),
  }),
});

const LookBackConnection = builder.connectionObject(
  { type: LookBackRef, name: 'LookBackConnection', interfaces: [ConnectionInterface] },
  { name: 'LookBackEdge' },
);

const LookBackRuleRef = builder
  .objectRef<{ version: number; ratio: number; verifyDays: number }>('LookBackRule')
  .implement({
    description: '回头看 rule: the share of a month’s closed hazards drawn (5–10 %) and the working days to check them',
    fields: (t) => ({
      version: t.exposeInt('version'),
      ratio: t.exposeFloat('ratio'),
      verifyDays: t.exposeInt('verifyDays'),
    }),
  });

const LookBackCheckRef = builder.objectRef<LookBackCheckRow>('LookBackCheck').implement({
  description: 'What a 回头看 task re-checks: the closed hazard as it was closed',
  fields: (t) => ({
    month: t.string({ resolve: (c) => monthLabel(c.period_start) }),
    hazardId: t.id({ resolve: (c) => globalId('Hazard', c.hazard_id) }),
    level: t.field({ type: HazardLevelEnum, resolve: (c) => c.level }),
    hazardStatus: t.field({ type: HazardStatusEnum, resolve: (c) => c.hazard_status }),
    description: t.exposeString('description'),
    location: t.exposeString('location', { nullable: true }),
    rectificationMeasures: t.exposeString('rectification_measures', { nullable: true }),
    foundAt: t.expose('found_at', { type: 'DateTime' }),
    closedAt: t.expose('closed_at', { type: 'DateTime', nullable: true }),
    closingUnit: t.field({ type: OrgUnitRef, resolve: (c) => c.closing_org_id }),
    outcome: t.field({ type: LookBackOutcomeEnum, nullable: true, resolve: (c) => c.outcome }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const FalseRectificationRateRef = builder.objectRef<UnitRate>('FalseRectificationRate').implement({
  description: '虚假整改率 of a unit: its closed hazards drawn for 回头看, judged, and found not rectified',
  fields: (t) => ({
    unit: t.field({ type: OrgUnitRef, resolve: (r) => r.closing_org_id }),
    drawn: t.exposeInt('drawn'),
    judged: t.exposeInt('judged'),
    notRectified: t.exposeInt('not_rectified'),
    rate: t.float({
      description: 'notRectified / judged (0 when none judged)',
      resolve: (r) => falseRectificationRate(r.judged, r.not_rectified),
    }),
  }),
});

builder.objectField(TaskRef, 'lookBackCheck', (t) =>
  t.field({
    type: LookBackCheckRef,
    nullable: true,
    description: 'The closed hazard a 回头看 VERIFY task re-checks; null for any other task',
    resolve: (task, _args, context) =>
      task.look_back_item_id === null ? null : context.services.lookBacks.itemOfTask(task.id).then((c) => c ?? null),
  }),
);

builder.queryFields((t) => ({
  lookBacks: t.field({
    type: LookBackConnection,
    complexity: pageComplexity,
    authScopes: { loggedIn: true },
    description: '回头看 draws, newest month first (government roles)',
    args: { ...t.arg.connectionArgs() },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      let total = 0;
      return connectionOf(
        args,
        async (page) => {
          const result = await context.services.lookBacks.list(viewer, page);
          total = result.total;
          return result.rows;
        },
        async () => total,
      );
    },
  }),
  lookBackRule: t.field({
    type: LookBackRuleRef,
    authScopes: { loggedIn: true },
    resolve: (_root, _args, context) => context.services.lookBacks.rule(),
  }),
  falseRectificationRates: t.field({
    type: [FalseRectificationRateRef],
    authScopes: { loggedIn: true },
    description: '虚假整改率 per closing unit over the draws of a year (default: this year), county office and leaders',
    args: { year: t.arg.int({ required: false }) },
    resolve: (_root, args, context) => {
      const year = args.year ?? Number(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
      const from = new Date(Date.UTC(year, 0, 1) - 8 * 3_600_000);
      const to = new Date(Date.UTC(year + 1, 0, 1) - 8 * 3_600_000);
      return context.services.lookBacks.figures(viewerOf(context), from, to);
    },
  }),
}));

builder.mutationFields((t) => ({
  runLookBack: t.field({
    type: LookBackRef,
    authScopes: { admin: true },
    description: 'ADMIN: draws the month starting at periodStart now (the monthly Schedule draws the month before)',
    args: { periodStart: t.arg({ type: 'DateTime', required: true }) },
    resolve: async (_root, args, context) => {
      const viewer = viewerOf(context);
      const id = await context.services.lookBacks.run(viewer, args.periodStart, context.requestId);
      const { rows } = await context.services.lookBacks.list(viewer, { limit: 1000, offset: 0 });
      const row = rows.find((r) => r.id === id);
      if (!row) throw new Error(`look-back ${id} drawn but not readable`);
      return row;
    },
  }),
  setLookBackRule: t.field({
    type: LookBackRuleRef,
    authScopes: { admin: true },
    description: 'ADMIN: a new version of the 回头看 rule (ratio 0.05–0.10, 1–30 working days)',
    args: { ratio: t.arg.float({ required: true }), verifyDays: t.arg.int({ required: true }) },
    resolve: (_root, args, context) =>
      context.services.lookBacks.setRule(
        viewerOf(context),
        { ratio: args.ratio, verifyDays: args.verifyDays },
        context.requestId,
      ),
  }),
  reopenHazard: t.field({
    type: HazardRef,
    authScopes: { loggedIn: true },
    description:
      '回头看 found a closed hazard not rectified: its open look-back check is concluded and the hazard reopened (REOPENED) with a new deadline; by the unit holding the check',
    args: {
      hazardId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true, validate: maxChars(LIMITS.reason, textTooLong('理由', LIMITS.reason)) }),
      newRectifyBy: t.arg({ type: 'DateTime', required: true }),
      inspectorCount: t.arg.int({ required: false, description: 'People who checked on site (default 2)' }),
      idempotencyKey: t.arg.string({ required: false, validate: idempotencyKeyText }),
    },
    resolve: (_root, args, context) =>
      context.services.lookBacks.reopen(
        viewerOf(context),
        {
          hazardId: decodeId(args.hazardId, 'Hazard'),
          reason: args.reason,
          newRectifyBy: args.newRectifyBy,
          inspectorCount: args.inspectorCount ?? null,
          idempotencyKey: args.idempotencyKey ?? null,
        },
        context.requestId,
      ),
  }),
}));
