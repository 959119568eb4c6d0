// 分级分类: an enterprise's grade (好 / 中 / 差) from its record over a window, by rules that are data (versioned in
// grading_rule_set). Pure: the indicators are counted by the repository, scored and banded here, with the reasons
// in the county office's words. The red list (红名单) is proposed from the grades as they are published.
import { GRADES, type Grade, type ListStatus } from './types';

/** What the record is scored on, each counted over the window before the period's end. */
export const GRADING_INDICATORS = [
  'hazardsPerInspection',
  'majorHazards',
  'overdueRectifications',
  'rejectedVerifications',
  'missedSelfChecks',
  'confirmedTips',
  'blackListEvents',
  'falseRectifications',
] as const;
export type GradingIndicator = (typeof GRADING_INDICATORS)[number];

export const GRADING_INDICATOR_NAMES_ZH: Record<GradingIndicator, string> = {
  hazardsPerInspection: '每次检查发现隐患数',
  majorHazards: '重大事故隐患',
  overdueRectifications: '逾期未整改隐患',
  rejectedVerifications: '复核未通过',
  missedSelfChecks: '未按期自查',
  confirmedTips: '举报属实',
  blackListEvents: '列入黑名单',
  falseRectifications: '回头看虚假整改',
};

const INDICATOR_UNITS_ZH: Record<GradingIndicator, string> = {
  hazardsPerInspection: '项/次',
  majorHazards: '项',
  overdueRectifications: '项',
  rejectedVerifications: '次',
  missedSelfChecks: '次',
  confirmedTips: '件',
  blackListEvents: '次',
  falseRectifications: '项',
};

export const GRADE_NAMES_ZH: Record<Grade, string> = { GOOD: '好', FAIR: '中', POOR: '差' };

export interface GradeBand {
  grade: Grade;
  /** Inclusive lower bound of the score. */
  min: number;
  /** Exclusive upper bound, except that the top band includes 100. */
  max: number;
}

export interface GradingRules {
  /** The record counted: this many months before the period's end. */
  windowMonths: number;
  /** Points deducted from 100 per unit of each indicator. */
  weights: Record<GradingIndicator, number>;
  /** Score bands covering 0–100 without gap or overlap. */
  bands: GradeBand[];
  /** An enterprise nobody inspected in the window is graded no better than 中: there is no record to call it 好. */
  uninspectedAtBest: Grade;
  /** A black-listed enterprise is graded 差 whatever its score. */
  blackListedGrade: Grade;
  /** 红名单: graded 好 this many periods in a row (this one included), no major hazard in the window, not black-listed. */
  redList: { consecutiveGoodPeriods: number };
}

export const DEFAULT_GRADING_RULES: GradingRules = {
  windowMonths: 12,
  weights: {
    hazardsPerInspection: 4,
    majorHazards: 15,
    overdueRectifications: 5,
    rejectedVerifications: 3,
    missedSelfChecks: 5,
    confirmedTips: 5,
    blackListEvents: 40,
    falseRectifications: 10,
  },
  bands: [
    { grade: 'POOR', min: 0, max: 60 },
    { grade: 'FAIR', min: 60, max: 85 },
    { grade: 'GOOD', min: 85, max: 100 },
  ],
  uninspectedAtBest: 'FAIR',
  blackListedGrade: 'POOR',
  redList: { consecutiveGoodPeriods: 2 },
};

export const GRADING_REFUSALS = {
  adminOnly: '只有县安委办可以开展企业分级评定、调整和发布',
  notFound: '没有找到这份分级评定方案',
  notReady: '该分级评定方案尚未计算完成，请稍后再试',
  alreadyPublished: '该分级评定方案已经发布，已发布的分级不能再修改',
  superseded: '该分级评定方案已被同一期间的新方案取代，请在最新方案上操作',
  olderThanPublished: '已有更晚期间的分级评定发布，不能再发布更早期间的方案',
  periodPublished: '该期间的企业分级已经发布，不能重新评定',
  running: '该期间的分级评定正在计算中，请等待完成',
  periodInFuture: '评定期间的截止时间不能晚于现在',
  periodTooEarly: '评定期间的截止时间不能早于2000年',
  enterpriseNotInProposal: '该企业不在本次分级评定方案中',
  reasonRequired: '调整企业分级必须填写理由',
} as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isGrade = (v: unknown): v is Grade => typeof v === 'string' && (GRADES as readonly string[]).includes(v);

/** Indicators a stored rule set may lack: it was written before they existed. */
const ADDED_LATER = new Set<GradingIndicator>(['falseRectifications']);

/** The rules from stored or submitted JSON, or the first reason (in Chinese) they are not usable. */
export function parseGradingRules(value: unknown): { rules: GradingRules } | { problem: string } {
  const fail = (problem: string) => ({ problem });
  if (!isRecord(value)) return fail('分级规则必须是一个对象（JSON）');
  const { windowMonths, weights, bands, uninspectedAtBest, blackListedGrade, redList } = value;
  if (typeof windowMonths !== 'number' || !Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > 36)
    return fail('统计周期（windowMonths）必须是1至36之间的整月数');
  if (!isRecord(weights)) return fail('缺少各项指标的扣分权重（weights）');
  const parsedWeights = {} as Record<GradingIndicator, number>;
  for (const indicator of GRADING_INDICATORS) {
    // An indicator added after a rule set was stored weighs nothing in it (版本 1 predates 回头看).
    const w = weights[indicator] ?? (ADDED_LATER.has(indicator) ? 0 : undefined);
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100)
      return fail(`指标“${GRADING_INDICATOR_NAMES_ZH[indicator]}”的扣分权重必须是0至100之间的数`);
    parsedWeights[indicator] = w;
  }
  const unknownWeight = Object.keys(weights).find((k) => !(GRADING_INDICATORS as readonly string[]).includes(k));
  if (unknownWeight) return fail(`未知的分级指标：${unknownWeight}`);
  if (!Array.isArray(bands) || bands.length !== GRADES.length)
    return fail('分级分数段（bands）必须恰好有好、中、差三段');
  const parsedBands: GradeBand[] = [];
  for (const band of bands) {
    if (!isRecord(band) || !isGrade(band.grade) || typeof band.min !== 'number' || typeof band.max !== 'number')
      return fail('每个分数段必须写明分级（grade）和分数下限（min）、上限（max）');
    if (band.min < 0 || band.max > 100 || band.min >= band.max)
      return fail(`“${GRADE_NAMES_ZH[band.grade]}”的分数段必须在0至100之间且下限小于上限`);
    parsedBands.push({ grade: band.grade, min: band.min, max: band.max });
  }
  const bandProblem = gradeBandsProblem(parsedBands);
  if (bandProblem) return fail(bandProblem);
  if (!isGrade(uninspectedAtBest)) return fail('未检查企业的最高分级（uninspectedAtBest）必须是好、中或差');
  if (!isGrade(blackListedGrade)) return fail('黑名单企业的分级（blackListedGrade）必须是好、中或差');
  if (
    !isRecord(redList) ||
    typeof redList.consecutiveGoodPeriods !== 'number' ||
    !Number.isInteger(redList.consecutiveGoodPeriods) ||
    redList.consecutiveGoodPeriods < 1 ||
    redList.consecutiveGoodPeriods > 8
  )
    return fail('红名单条件（redList.consecutiveGoodPeriods）必须是1至8之间的连续评为“好”的期数');
  return {
    rules: {
      windowMonths,
      weights: parsedWeights,
      bands: [...parsedBands].sort((a, b) => a.min - b.min),
      uninspectedAtBest,
      blackListedGrade,
      redList: { consecutiveGoodPeriods: redList.consecutiveGoodPeriods },
    },
  };
}

/** Why the bands do not cover 0–100 once each, in order 差 < 中 < 好; or null. */
export function gradeBandsProblem(bands: readonly GradeBand[]): string | null {
  const seen = new Set(bands.map((b) => b.grade));
  if (seen.size !== GRADES.length) return '分数段必须好、中、差各一段';
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  if (sorted[0]?.min !== 0) return '分数段必须从0分开始';
  if (sorted.at(-1)?.max !== 100) return '分数段必须到100分为止';
  for (const [i, band] of sorted.entries()) {
    const before = sorted[i - 1];
    if (!before) continue;
    if (band.min < before.max)
      return `“${GRADE_NAMES_ZH[before.grade]}”与“${GRADE_NAMES_ZH[band.grade]}”的分数段重叠（${band.min}分）`;
    if (band.min > before.max)
      return `“${GRADE_NAMES_ZH[before.grade]}”与“${GRADE_NAMES_ZH[band.grade]}”的分数段之间有空档（${before.max}–${band.min}分）`;
  }
  const order = sorted.map((b) => b.grade).join(',');
  if (order !== 'POOR,FAIR,GOOD') return '分数段必须按差、中、好由低到高排列';
  return null;
}

/** One enterprise's record over the window, as the repository counts it. */
export interface GradingRecord {
  enterpriseId: number;
  inspections: number;
  /** Hazards found by inspectors (not self-found, not from tips). */
  inspectionHazards: number;
  majorHazards: number;
  overdueRectifications: number;
  rejectedVerifications: number;
  missedSelfChecks: number;
  confirmedTips: number;
  blackListEvents: number;
  /** 回头看 checks that found one of its closed hazards not rectified (虚假整改). */
  falseRectifications: number;
  /** Black-listed as the period ends. */
  blackListed: boolean;
  /** The latest published grades, newest first (for the red list's consecutive periods). */
  previousGrades: Grade[];
}

export interface IndicatorScore {
  indicator: GradingIndicator;
  value: number;
  deduction: number;
}

export interface GradingOutcome {
  score: number;
  grade: Grade;
  indicators: IndicatorScore[];
  /** Why the grade is what it is, each a sentence for the enterprise and the office. */
  reasons: string[];
  /** The red list's record condition met (apart from the grade itself, which may be overridden). */
  redRecord: boolean;
}

export const indicatorValues = (record: GradingRecord): Record<GradingIndicator, number> => ({
  hazardsPerInspection:
    record.inspections === 0 ? 0 : Math.round((record.inspectionHazards / record.inspections) * 100) / 100,
  majorHazards: record.majorHazards,
  overdueRectifications: record.overdueRectifications,
  rejectedVerifications: record.rejectedVerifications,
  missedSelfChecks: record.missedSelfChecks,
  confirmedTips: record.confirmedTips,
  blackListEvents: record.blackListEvents,
  falseRectifications: record.falseRectifications,
});

const round1 = (n: number) => Math.round(n * 10) / 10;
const gradeRank = (grade: Grade) => GRADES.length - 1 - GRADES.indexOf(grade); // GOOD 2, FAIR 1, POOR 0

/** The band a score falls in (the top band includes 100). */
export function bandOf(score: number, rules: GradingRules): Grade {
  for (const band of rules.bands) if (score >= band.min && score < band.max) return band.grade;
  return rules.bands.reduce((top, b) => (b.max > top.max ? b : top)).grade;
}

/** The worse of two grades. */
export const worseGrade = (a: Grade, b: Grade): Grade => (gradeRank(a) <= gradeRank(b) ? a : b);

/** Scores one record: 100 less each indicator × its weight, at least 0; banded; capped by the record's gaps. */
export function gradeRecord(record: GradingRecord, rules: GradingRules): GradingOutcome {
  const values = indicatorValues(record);
  const indicators = GRADING_INDICATORS.map((indicator) => ({
    indicator,
    value: values[indicator],
    deduction: round1(values[indicator] * rules.weights[indicator]),
  }));
  const score = Math.max(0, round1(100 - indicators.reduce((sum, i) => sum + i.deduction, 0)));
  let grade = bandOf(score, rules);
  const reasons = indicators
    .filter((i) => i.value > 0 && i.deduction > 0)
    .sort((a, b) => b.deduction - a.deduction)
    .map(
      (i) =>
        `${GRADING_INDICATOR_NAMES_ZH[i.indicator]} ${i.value} ${INDICATOR_UNITS_ZH[i.indicator]}，扣 ${i.deduction} 分`,
    );
  reasons.unshift(`统计近 ${rules.windowMonths} 个月记录，得分 ${score} 分，对应“${GRADE_NAMES_ZH[grade]}”`);
  if (record.inspections === 0 && worseGrade(grade, rules.uninspectedAtBest) !== grade) {
    grade = rules.uninspectedAtBest;
    reasons.push(`统计期内未经监管部门检查，最高评为“${GRADE_NAMES_ZH[grade]}”`);
  }
  if (record.blackListed && worseGrade(grade, rules.blackListedGrade) !== grade) {
    grade = rules.blackListedGrade;
    reasons.push(`列入黑名单管理期间，评为“${GRADE_NAMES_ZH[grade]}”`);
  }
  const earlier = rules.redList.consecutiveGoodPeriods - 1;
  const redRecord =
    !record.blackListed &&
    record.majorHazards === 0 &&
    record.previousGrades.length >= earlier &&
    record.previousGrades.slice(0, earlier).every((g) => g === 'GOOD');
  return { score, grade, indicators, reasons, redRecord };
}

/** The list an enterprise is proposed for by a published grade: red when 好 with a red record; black stays as it is. */
export function proposedListOf(grade: Grade, redRecord: boolean, current: ListStatus): ListStatus {
  if (current === 'BLACK') return 'BLACK';
  return grade === 'GOOD' && redRecord ? 'RED' : 'NONE';
}

/** The instant the grading of the quarter that has just ended ends: the start of `now`'s quarter in Shanghai. */
export function lastQuarterEnd(now: Date): Date {
  const wall = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const month = Math.floor(wall.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(wall.getUTCFullYear(), month, 1) - SHANGHAI_OFFSET_MS);
}

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The first instant of the window counted for a period ending at `periodEnd`. */
export function gradingWindowStart(periodEnd: Date, rules: Pick<GradingRules, 'windowMonths'>): Date {
  const wall = new Date(periodEnd.getTime() + SHANGHAI_OFFSET_MS);
  const start = Date.UTC(
    wall.getUTCFullYear(),
    wall.getUTCMonth() - rules.windowMonths,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
  return new Date(start - SHANGHAI_OFFSET_MS);
}

/** Why a grading may not end at this instant, or null. */
export function gradingPeriodProblem(periodEnd: Date, now: Date): string | null {
  if (Number.isNaN(periodEnd.getTime())) return GRADING_REFUSALS.periodInFuture;
  if (periodEnd.getTime() > now.getTime()) return GRADING_REFUSALS.periodInFuture;
  if (periodEnd.getUTCFullYear() < 2000) return GRADING_REFUSALS.periodTooEarly;
  return null;
}

/** An override of a proposed grade (or its withdrawal, back to the proposed grade): why not, or null. */
export function overrideProblem(reason: string): string | null {
  return reason.trim().length === 0 ? GRADING_REFUSALS.reasonRequired : null;
}
