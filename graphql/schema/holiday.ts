// 节假日安排: the holiday calendar as data (holidayYears, setHolidayYear). Dates are Shanghai calendar days
// `YYYY-MM-DD`; a deadline in a provisional year (or a year not entered) is shown with a warning.
import type { DeadlineRecomputeRow } from '../../db/repositories/deadline-recomputes';
import type { HolidayYearRow } from '../../db/repositories/holidays';
import { HOLIDAY_LIMITS, HOLIDAY_REFUSALS } from '../../domain/holiday-rules';
import type { AdjustedWorkday, HolidayPeriod } from '../../domain/holidays';
import { builder } from '../builder';
import { viewerOf } from '../ids';
import { maxChars } from '../validation';

const HolidayPeriodRef = builder.objectRef<HolidayPeriod>('HolidayPeriod').implement({
  description: '一个节日的放假日期：第一天至最后一天（含）',
  fields: (t) => ({
    name: t.exposeString('name'),
    first: t.exposeString('first', { description: 'YYYY-MM-DD' }),
    last: t.exposeString('last', { description: 'YYYY-MM-DD, inclusive' }),
  }),
});

const AdjustedWorkdayRef = builder.objectRef<AdjustedWorkday>('AdjustedWorkday').implement({
  description: '调休上班日: a weekend day that is a working day, and the holiday it pays for',
  fields: (t) => ({
    date: t.exposeString('date', { description: 'YYYY-MM-DD' }),
    holiday: t.exposeString('holiday'),
  }),
});

const HolidayYearRef = builder.objectRef<HolidayYearRow>('HolidayYear').implement({
  description:
    "A year's holiday arrangement as the State Council's notice gives it, or provisional until it is published",
  fields: (t) => ({
    year: t.exposeInt('year'),
    provisional: t.exposeBoolean('provisional', {
      description: 'True until the notice is published: deadlines in the year are shown with a warning',
    }),
    source: t.exposeString('source', { description: '通知文号或标题' }),
    holidays: t.field({ type: [HolidayPeriodRef], resolve: (row) => row.holidays }),
    adjustedWorkdays: t.field({ type: [AdjustedWorkdayRef], resolve: (row) => row.adjusted_workdays }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});

const HolidayPeriodInput = builder.inputType('HolidayPeriodInput', {
  fields: (t) => ({
    name: t.string({
      required: true,
      validate: maxChars(HOLIDAY_LIMITS.name, `节日名称最多${HOLIDAY_LIMITS.name}个字`),
    }),
    first: t.string({ required: true, validate: maxChars(10, '日期应为 YYYY-MM-DD') }),
    last: t.string({ required: true, validate: maxChars(10, '日期应为 YYYY-MM-DD') }),
  }),
});

const AdjustedWorkdayInput = builder.inputType('AdjustedWorkdayInput', {
  fields: (t) => ({
    date: t.string({ required: true, validate: maxChars(10, '日期应为 YYYY-MM-DD') }),
    holiday: t.string({
      required: true,
      validate: maxChars(HOLIDAY_LIMITS.name, `节日名称最多${HOLIDAY_LIMITS.name}个字`),
    }),
  }),
});

const HolidayYearInput = builder.inputType('HolidayYearInput', {
  fields: (t) => ({
    year: t.int({ required: true }),
    provisional: t.boolean({ required: true }),
    source: t.string({ required: true, validate: maxChars(HOLIDAY_LIMITS.source, HOLIDAY_REFUSALS.sourceTooLong) }),
    holidays: t.field({
      type: [HolidayPeriodInput],
      required: true,
      validate: { maxLength: HOLIDAY_LIMITS.maxPeriods },
    }),
    adjustedWorkdays: t.field({
      type: [AdjustedWorkdayInput],
      required: true,
      validate: { maxLength: HOLIDAY_LIMITS.maxWorkdays },
    }),
  }),
});

builder.queryField('holidayYears', (t) =>
  t.field({
    type: [HolidayYearRef],
    authScopes: { loggedIn: true },
    description: 'Every year entered, in order; a year not listed counts Monday to Friday and is provisional',
    resolve: (_root, _args, context) => context.services.holidays.list(),
  }),
);

builder.mutationField('setHolidayYear', (t) =>
  t.field({
    type: HolidayYearRef,
    authScopes: { admin: true },
    description:
      "ADMIN: enter or correct a year's arrangement; deadlines computed afterwards use it (tasks started from now on)",
    args: { input: t.arg({ type: HolidayYearInput, required: true }) },
    resolve: (_root, { input }, context) => context.services.holidays.set(viewerOf(context), input, context.requestId),
  }),
);

const DeadlineRecomputeRef = builder.objectRef<DeadlineRecomputeRow>('DeadlineRecompute').implement({
  description: '重新计算在办期限: a changed calendar sent to the running tasks and hazards, and what it reached',
  fields: (t) => ({
    id: t.exposeInt('id'),
    status: t.exposeString('status', { description: 'RUNNING or DONE' }),
    tasks: t.exposeInt('tasks', { description: 'Running task workflows that re-planned with the calendar' }),
    hazards: t.exposeInt('hazards', { description: 'Running hazard workflows that re-planned with it' }),
    moved: t.exposeInt('moved', { description: 'Of those, how many had a deadline or an escalation time move' }),
    startedAt: t.expose('started_at', { type: 'DateTime' }),
    finishedAt: t.expose('finished_at', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('deadlineRecomputes', (t) =>
  t.field({
    type: [DeadlineRecomputeRef],
    authScopes: { admin: true },
    description: 'ADMIN: the latest broadcasts of a changed calendar, newest first',
    resolve: (_root, _args, context) => context.services.holidays.recomputes(viewerOf(context)),
  }),
);

builder.mutationField('recomputeOpenDeadlines', (t) =>
  t.field({
    type: DeadlineRecomputeRef,
    authScopes: { admin: true },
    description:
      'ADMIN: send the calendar as it now is to every running task and hazard, which re-plan their working-day deadlines (one broadcast at a time; counts when DONE; audited)',
    resolve: (_root, _args, context) => context.services.holidays.recompute(viewerOf(context), context.requestId),
  }),
);
