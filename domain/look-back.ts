// 回头看: every month a seeded sample of the hazards closed in the month before is checked again by a unit outside the
// chain that closed it. "Not actually rectified" reopens the hazard (REOPENED, a new cycle with a deadline) and counts as
// a false rectification (虚假整改) against the closing unit. Pure rules: the period, the seed, the draw, who checks,
// the refusals and the rate.
import { addWorkingDays, shanghaiMonthOf, shanghaiMonthStart, type WorkCalendar } from './calendar';
import { drawSample } from './sampling';

/** The share of a month's closed hazards drawn (5–10 %, the county office's choice) and the days to check them. */
export interface LookBackRule {
  ratio: number;
  /** Working days the checking unit has for its VERIFY task. */
  verifyDays: number;
}

export const DEFAULT_LOOK_BACK_RULE: LookBackRule = { ratio: 0.05, verifyDays: 10 };
export const LOOK_BACK_RATIO_RANGE = { min: 0.05, max: 0.1 } as const;

export const LOOK_BACK_OUTCOMES = ['RECTIFIED', 'NOT_RECTIFIED'] as const;
export type LookBackOutcome = (typeof LOOK_BACK_OUTCOMES)[number];

export const LOOK_BACK_REFUSALS = {
  ratioOutOfRange: '回头看抽查比例应在 5% 至 10% 之间',
  verifyDaysOutOfRange: '回头看核查期限应为 1 至 30 个工作日',
  periodInFuture: '只能对已经结束的月份开展回头看',
  notClosed: '该隐患尚未销号，不能重新打开；未销号的隐患请按整改、验收流程办理',
  reasonRequired: '请填写重新打开的理由（如：回头看发现未整改到位的具体情况）',
  rectifyByInPast: '新的整改期限必须晚于当前时间',
  newRectifyByRequired: '未整改到位的隐患须重新确定整改期限',
  notLookBackTask: '这不是回头看核查任务，不能填写回头看结论',
  verdictRequired: '回头看核查任务须给出结论：整改到位，或未整改到位（写明理由和新的整改期限）',
  reopenForbidden:
    '已销号的隐患只能由承担其回头看核查任务的单位在现场核查后重新打开；该隐患目前没有待办的回头看核查任务',
} as const;

/** The month (Shanghai calendar) a look-back started at `at` covers: the month before. */
export function lookBackPeriod(at: Date): { start: Date; end: Date } {
  const { year, month } = shanghaiMonthOf(at);
  return { start: shanghaiMonthStart(year, month - 1), end: shanghaiMonthStart(year, month) };
}

/** The month starting at `start` (the first instant of a Shanghai month), or null when `start` is not one. */
export function monthFrom(start: Date): { start: Date; end: Date } | null {
  const { year, month } = shanghaiMonthOf(start);
  if (shanghaiMonthStart(year, month).getTime() !== start.getTime()) return null;
  return { start, end: shanghaiMonthStart(year, month + 1) };
}

/** The month's label in the office's words: 2026年11月. */
export function monthLabel(start: Date): string {
  const { year, month } = shanghaiMonthOf(start);
  return `${year}年${month + 1}月`;
}

/** The month as a key: 2026-11. */
export function monthKey(start: Date): string {
  const { year, month } = shanghaiMonthOf(start);
  return `${year}-${String(month + 1).padStart(2, '0')}`;
}

/** The draw's seed for a month: the same month always draws the same hazards from the same population. */
export function lookBackSeed(periodStart: Date): number {
  const { year, month } = shanghaiMonthOf(periodStart);
  return (year * 100 + month + 1) * 7919;
}

/** The hazards drawn (ascending ids): at least one when any closed, else ceil(population × ratio), seeded. */
export function drawLookBack(closedHazardIds: readonly number[], ratio: number, seed: number): number[] {
  return [...drawSample(closedHazardIds, ratio, seed)].sort((a, b) => a - b);
}

/**
 * Who checks a hazard again: a unit outside the chain that closed it. The township (属地) checks what a department
 * closed; a department's hazard closed by its township — or a hazard whose lead unit is the township itself — goes to
 * the lead department, failing which to the county's comprehensive supervisor (应急管理局).
 */
export function lookBackAssignee(hazard: {
  closingOrgId: number;
  townshipId: number;
  regulatorId: number;
  comprehensiveId: number;
}): number {
  if (hazard.closingOrgId !== hazard.townshipId) return hazard.townshipId;
  if (hazard.regulatorId !== hazard.townshipId) return hazard.regulatorId;
  return hazard.comprehensiveId;
}

/** The VERIFY task's due time: `verifyDays` working days after the draw. */
export function lookBackDueAt(drawnAt: Date, rule: LookBackRule, calendar?: WorkCalendar): Date {
  return addWorkingDays(drawnAt, rule.verifyDays, calendar);
}

export function lookBackRuleProblem(rule: LookBackRule): string | null {
  if (!(rule.ratio >= LOOK_BACK_RATIO_RANGE.min && rule.ratio <= LOOK_BACK_RATIO_RANGE.max))
    return LOOK_BACK_REFUSALS.ratioOutOfRange;
  if (!Number.isInteger(rule.verifyDays) || rule.verifyDays < 1 || rule.verifyDays > 30)
    return LOOK_BACK_REFUSALS.verifyDaysOutOfRange;
  return null;
}

/** What is wrong with a reopening (the reason, the new deadline), or null. */
export function reopenProblem(reason: string, newRectifyBy: Date, now: Date): string | null {
  if (reason.trim().length === 0) return LOOK_BACK_REFUSALS.reasonRequired;
  if (newRectifyBy.getTime() <= now.getTime()) return LOOK_BACK_REFUSALS.rectifyByInPast;
  return null;
}

/** 虚假整改率: false rectifications among the look-back checks judged, 0 when none were judged. */
export function falseRectificationRate(judged: number, notRectified: number): number {
  return judged === 0 ? 0 : notRectified / judged;
}
