// 年度监督检查计划: a unit's visits a year for each enterprise in its charge — by grade, more for a major hazard source
// (rules as data) —, which months each enterprise is due in, the filing deadline (end of the first quarter), the plan's
// completion, and the refusals. Pure.
import { shanghaiMonthOf, shanghaiMonthStart } from './calendar';
import type { Grade } from './types';

export const INSPECTION_PLAN_STATUSES = ['SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type InspectionPlanStatus = (typeof INSPECTION_PLAN_STATUSES)[number];

/** Visits a year: one of the cadences a month-by-month plan can keep. */
export const VISITS_A_YEAR = [0, 1, 2, 3, 4, 6, 12] as const;

/** Visits a year by grade, and for an enterprise with a major hazard source (重大危险源) whatever its grade. */
export interface InspectionFrequencies {
  majorHazardSource: number;
  POOR: number;
  FAIR: number;
  GOOD: number;
}

/** 重大危险源 monthly, 差 quarterly, 中 half-yearly, 好 yearly. */
export const DEFAULT_FREQUENCIES: InspectionFrequencies = { majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 };

export const INSPECTION_PLAN_REFUSALS = {
  notAUnit: '只有行业监管部门或乡镇（街道）可以报送本单位的年度监督检查计划',
  countyOnly: '全县的年度监督检查计划仅县安委办和县领导可以查看；各单位查看本单位的计划',
  headOnly: '年度监督检查计划须由本单位负责人报送',
  yearOutOfRange: '只能报送今年或明年的年度监督检查计划',
  badFrequency: '检查频次应为每年 0、1、2、3、4、6 或 12 次（即不查、每年、每半年、每四个月、每季度、每两个月或每月）',
  majorBelowGrade: '重大危险源企业的检查频次不应低于任何分级的频次',
  notesTooLong: '计划说明不能超过 2000 个字',
  alreadyFiled: '本单位该年度的检查计划已经报送，正在审核或已经批准；被退回后才能重新报送',
  noEnterprises: '本单位没有在营的监管企业，无需报送检查计划',
  notFound: '检查计划不存在或您无权查看',
  /** The action the county office alone may take (`requireAdmin` opens the sentence). */
  adminOnly: '审核年度监督检查计划',
  notSubmitted: '该检查计划已经审核过，不能再次审核',
  commentRequired: '退回检查计划时请写明退回理由',
  yearOver: '该年度已经结束，不能再批准其检查计划',
} as const;

/** The months (0–11) an enterprise is due in: every 12/f months from the plan's first month, spread by its id. */
export function dueMonths(enterpriseId: number, visitsAYear: number, firstMonth: number): number[] {
  if (visitsAYear <= 0) return [];
  const interval = 12 / visitsAYear;
  const offset = enterpriseId % interval;
  const months: number[] = [];
  for (let m = firstMonth; m < 12; m += 1) if ((m - firstMonth) % interval === offset) months.push(m);
  // Late in the year an enterprise whose turn would come after December is visited in the last month.
  if (months.length === 0 && firstMonth <= 11) months.push(11);
  return months;
}

/** Visits a year for one enterprise: its grade's, or the major hazard source's when that is more. */
export function visitsFor(
  enterprise: { grade: Grade; majorHazardSource: boolean },
  frequencies: InspectionFrequencies,
): number {
  const byGrade = frequencies[enterprise.grade];
  return enterprise.majorHazardSource ? Math.max(byGrade, frequencies.majorHazardSource) : byGrade;
}

export function frequenciesProblem(f: InspectionFrequencies): string | null {
  const values = [f.majorHazardSource, f.POOR, f.FAIR, f.GOOD];
  if (values.some((v) => !(VISITS_A_YEAR as readonly number[]).includes(v)))
    return INSPECTION_PLAN_REFUSALS.badFrequency;
  if (f.majorHazardSource < Math.max(f.POOR, f.FAIR, f.GOOD)) return INSPECTION_PLAN_REFUSALS.majorBelowGrade;
  return null;
}

/** Stored frequencies as the domain has them, or null when the row holds something else. */
export function frequenciesOf(stored: unknown): InspectionFrequencies | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const s = stored as Record<string, unknown>;
  const keys = ['majorHazardSource', 'POOR', 'FAIR', 'GOOD'] as const;
  if (!keys.every((k) => typeof s[k] === 'number')) return null;
  return {
    majorHazardSource: s.majorHazardSource as number,
    POOR: s.POOR as number,
    FAIR: s.FAIR as number,
    GOOD: s.GOOD as number,
  };
}

/** The Shanghai calendar year of an instant. */
export function shanghaiYear(at: Date): number {
  return shanghaiMonthOf(at).year;
}

/** The first instant of month `month` (0–11) of `year`, Shanghai. */
export function monthStart(year: number, month: number): Date {
  return shanghaiMonthStart(year, month);
}

/** A plan's visit in month `month` is due at the month's last instant (the next month's first, less a second). */
export function monthDueAt(year: number, month: number): Date {
  return new Date(monthStart(year, month + 1).getTime() - 1000);
}

/** The month (0–11, Shanghai) an instant falls in, within `year`: 0 before it, 12 after it. */
export function monthIn(year: number, at: Date): number {
  const wall = shanghaiMonthOf(at);
  if (wall.year < year) return 0;
  if (wall.year > year) return 12;
  return wall.month;
}

/** 逾期报送: a plan is due by the end of the first quarter of its year. */
export function filedLate(year: number, filedAt: Date): boolean {
  return filedAt.getTime() >= monthStart(year, 3).getTime();
}

export function planYearProblem(year: number, now: Date): string | null {
  const current = shanghaiYear(now);
  return year === current || year === current + 1 ? null : INSPECTION_PLAN_REFUSALS.yearOutOfRange;
}

/** 计划完成率: visits done among those due so far (1 when none is due yet). */
export function planCompletion(dueSoFar: number, doneOfDue: number): number {
  return dueSoFar === 0 ? 1 : doneOfDue / dueSoFar;
}
