// 按风险分级抽查 in the wizard: the ratio per grade as percents, the fractions the server takes, and the words for it.
import type { GradeRatiosInput } from '../../../gql/graphql';
import type { MessageKey, Translate } from '../../../locales';
import type { Grade } from '../../../../../domain/types';

/** 统一比例 (one ratio for every enterprise) or 按风险等级 (a ratio per grade, black-listed always drawn). */
export type SampleMode = 'UNIFORM' | 'BY_GRADE';

/** A percent per grade, 0 to 100 (null while an input is cleared). */
export type GradePercents = Record<Grade, number | null>;

/** The grades as the wizard lists them: the worst first, the one inspected most. */
export const GRADES_WORST_FIRST: readonly Grade[] = ['POOR', 'FAIR', 'GOOD'];

export const DEFAULT_GRADE_PERCENTS: Record<Grade, number> = { POOR: 100, FAIR: 50, GOOD: 20 };

export interface GradeCounts {
  GOOD: number;
  FAIR: number;
  POOR: number;
  blackListed: number;
}

const isPercent = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100;

/** The first problem of the percents by grade, as a locale key (null when they can be sent). */
export function gradePercentsProblem(percents: GradePercents): MessageKey | null {
  const values = GRADES_WORST_FIRST.map((grade) => percents[grade]);
  if (!values.every(isPercent)) return 'launch.problem.gradeRatio';
  return values.some((percent) => percent > 0) ? null : 'launch.problem.gradeNone';
}

/** The ratios the server takes (fractions 0..1), or null when the percents have a problem. */
export function gradeRatiosOf(percents: GradePercents): GradeRatiosInput | null {
  if (gradePercentsProblem(percents)) return null;
  const fraction = (grade: Grade) => (percents[grade] ?? 0) / 100;
  return { GOOD: fraction('GOOD'), FAIR: fraction('FAIR'), POOR: fraction('POOR') };
}

/** How many enterprises a draw takes in all: each grade's and every black-listed one. */
export function drawnTotal(drawn: GradeCounts): number {
  return drawn.GOOD + drawn.FAIR + drawn.POOR + drawn.blackListed;
}

/** A fraction as a percent without float noise (0.07 → 7, 0.125 → 12.5). */
export function percentOf(fraction: number): number {
  return Math.round(fraction * 1000) / 10;
}

/** 按风险等级抽查：差100% · 中50% · 好20%，黑名单全部检查 — from the ratios as fractions. */
export function byGradeSummary(t: Translate, ratios: Record<Grade, number>): string {
  const parts = GRADES_WORST_FIRST.map((grade) =>
    t('launch.sample.summaryPart', { grade: t(`enum.grade.${grade}`), percent: percentOf(ratios[grade]) }),
  );
  return t('launch.sample.summary', { ratios: parts.join(' · ') });
}
