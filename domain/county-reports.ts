// The county's own reports (县级周报 / 月度分析报告 / 年度工作报告) across all its work: their periods on the Shanghai
// calendar (a week from Monday, a calendar month, a calendar year) and their text in the style of a county bureau's
// report. Pure and deterministic: the report workflow computes its period with it.
import { SHANGHAI_OFFSET_MS } from './calendar';
import { ESCALATION_LEVEL_NAMES_ZH } from './escalation';
import type { Figures } from './figures';
import { formatPercent, formatShanghaiDate, formatShanghaiDateTime, lastCoveredDay, zhNumeral } from './reports';
import { groupLine, type CountyGroupFigures } from './inspection-groups';
import { riskLine, type CountyRiskFigures } from './risks';
import { ESCALATION_LEVELS, type EscalationLevel, type Grade, type ReportKind } from './types';

export const COUNTY_REPORT_KINDS = ['WEEKLY', 'MONTHLY', 'ANNUAL'] as const satisfies readonly ReportKind[];
export type CountyReportKind = (typeof COUNTY_REPORT_KINDS)[number];

export interface CountyPeriod {
  kind: CountyReportKind;
  /** Inclusive, 00:00 Shanghai. */
  periodStart: Date;
  /** Exclusive, 00:00 Shanghai. */
  periodEnd: Date;
}

export const COUNTY_REPORT_REFUSALS = {
  notCountyKind: '县级综合报告只有周报（WEEKLY）、月度分析报告（MONTHLY）和年度工作报告（ANNUAL）',
  notEnded: '该期尚未结束，只能生成已结束期间的报告',
  tooEarly: '只能生成2000年以后期间的报告',
  countyOnly: '县级综合报告仅县安委办和县领导可以查看',
} as const;

const DAY_MS = 86_400_000;

/** Shanghai wall-clock fields of an instant. */
function wall(at: Date) {
  const w = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return { year: w.getUTCFullYear(), month: w.getUTCMonth(), day: w.getUTCDate(), weekday: w.getUTCDay() };
}

const shanghaiMidnight = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month, day) - SHANGHAI_OFFSET_MS);

/** The period of `kind` that holds the instant `at`. */
export function countyPeriodContaining(kind: CountyReportKind, at: Date): CountyPeriod {
  if (Number.isNaN(at.getTime())) throw new RangeError('invalid date');
  const { year, month, day, weekday } = wall(at);
  if (kind === 'WEEKLY') {
    const sinceMonday = (weekday + 6) % 7;
    const periodStart = shanghaiMidnight(year, month, day - sinceMonday);
    return { kind, periodStart, periodEnd: new Date(periodStart.getTime() + 7 * DAY_MS) };
  }
  if (kind === 'MONTHLY')
    return { kind, periodStart: shanghaiMidnight(year, month, 1), periodEnd: shanghaiMidnight(year, month + 1, 1) };
  return { kind, periodStart: shanghaiMidnight(year, 0, 1), periodEnd: shanghaiMidnight(year + 1, 0, 1) };
}

/** The period just before this one. */
export const previousCountyPeriod = (period: CountyPeriod): CountyPeriod =>
  countyPeriodContaining(period.kind, new Date(period.periodStart.getTime() - 1));

/** The latest period of `kind` that has ended by `now`: what a schedule firing at the start of a period reports. */
export const lastEndedCountyPeriod = (kind: CountyReportKind, now: Date): CountyPeriod =>
  previousCountyPeriod(countyPeriodContaining(kind, now));

/** Why a report of this period may not be written now, or null. */
export function countyPeriodProblem(period: CountyPeriod, now: Date): string | null {
  if (period.periodEnd.getTime() > now.getTime()) return COUNTY_REPORT_REFUSALS.notEnded;
  if (wall(period.periodStart).year < 2000) return COUNTY_REPORT_REFUSALS.tooEarly;
  return null;
}

/** The report's figures are the dashboard's for the period's window, their states as of `asOf` (the writing). */
export interface CountyBreakdownRow {
  name: string;
  figures: Figures;
}

export interface CountyReportContent {
  period: CountyPeriod;
  asOf: Date;
  figures: Figures;
  /** The period before, counted the same way, for the comparison (较上周 / 较上月 / 较上年). */
  previous: Figures;
  /** Since the start of the year up to the period's end (the annual report's own figures for ANNUAL). */
  yearToDate: Figures;
  /** Escalations raised in the period, by rung. */
  escalations: Record<EscalationLevel, number>;
  campaigns: { launched: number; running: number; finished: number };
  byRegulator: CountyBreakdownRow[];
  byTownship: CountyBreakdownRow[];
  /** 分级分类 and 红黑名单 as the report is written: the register's grades, the last two published gradings, the lists. */
  grading: CountyGradingFigures;
  /** 有奖举报 of the period, as the dashboard counts them (absent in reports written before tips). */
  tips?: CountyTipFigures;
  /** 风险上报 of the period (absent in reports written before risk reports). */
  risks?: CountyRiskFigures;
  /** 检查组 sent in the period (absent in reports written before inspection groups). */
  groups?: CountyGroupFigures;
}

export interface CountyGradingFigures {
  current: Record<Grade, number>;
  lastPublished: { periodEnd: Date; grades: Record<Grade, number> } | null;
  previousPublished: { periodEnd: Date; grades: Record<Grade, number> } | null;
  redListed: number;
  blackListed: number;
  /** Black-listings decided within the period. */
  blackListedInPeriod: number;
}

export interface CountyTipFigures {
  received: number;
  accepted: number;
  confirmed: number;
  rewarded: number;
  rewardAmount: number;
}

/** 本周收到群众举报3件，受理2件，经核查属实1件，批准奖励1件共500元。 */
function tipLine(word: string, tips: CountyTipFigures): string {
  if (tips.received + tips.accepted + tips.confirmed + tips.rewarded === 0) return `${word}未收到群众举报。`;
  const rewards = tips.rewarded > 0 ? `批准奖励${tips.rewarded}件共${tips.rewardAmount}元` : '未批准奖励';
  return `${word}收到群众举报${tips.received}件，受理${tips.accepted}件，经核查属实${tips.confirmed}件，${rewards}。`;
}

const KIND_TEXT: Record<CountyReportKind, { title: string; word: string; previous: string }> = {
  WEEKLY: { title: '全县安全生产监管工作周报', word: '本周', previous: '上周' },
  MONTHLY: { title: '全县安全生产监管工作月度分析报告', word: '本月', previous: '上月' },
  ANNUAL: { title: '全县安全生产监管工作年度报告', word: '本年度', previous: '上年度' },
};

/** 增加3项（增长12.5%）, 减少2家次（下降40.0%）, 持平. */
function change(now: number, before: number, unit: string): string {
  const diff = now - before;
  if (diff === 0) return '持平';
  const rate = before === 0 ? '' : `（${diff > 0 ? '增长' : '下降'}${formatPercent(Math.abs(diff) / before)}）`;
  return `${diff > 0 ? '增加' : '减少'}${Math.abs(diff)}${unit}${rate}`;
}

const general = (f: Figures) => f.hazardsFound - f.majorHazards;
/** Of the major hazards found, those no longer open (closed, 销号). */
const majorClosed = (f: Figures) => f.majorHazards - f.majorHazardsOpen;

function overview(f: Figures, word: string): string {
  const visits =
    f.enterprisesInspected === f.inspections
      ? `${f.inspections}家次`
      : `${f.inspections}家次（${f.enterprisesInspected}家）`;
  return (
    `${word}全县共出动执法检查人员${f.inspectorsDispatched}人次，检查企业单位${visits}，` +
    `发现一般隐患${general(f)}项、重大事故隐患${f.majorHazards}项，已完成整改${f.hazardsClosed}项，整改率${formatPercent(f.rectificationRate)}。`
  );
}

function breakdown(rows: readonly CountyBreakdownRow[]): string[] {
  const shown = rows.filter((r) => r.figures.inspections > 0 || r.figures.hazardsFound > 0 || r.figures.tasksTotal > 0);
  if (shown.length === 0) return ['本期无检查和隐患情况。'];
  return shown.map((row, i) => {
    const f = row.figures;
    const hazards =
      f.hazardsFound === 0
        ? '未发现隐患'
        : `发现隐患${f.hazardsFound}项${f.majorHazards > 0 ? `（其中重大事故隐患${f.majorHazards}项）` : ''}，已整改${f.hazardsClosed}项，整改率${formatPercent(f.rectificationRate)}${f.overdueHazards > 0 ? `，逾期未整改${f.overdueHazards}项` : ''}`;
    return `（${zhNumeral(i + 1)}）${row.name}：检查企业单位${f.inspections}家次，出动执法检查人员${f.inspectorsDispatched}人次，${hazards}。`;
  });
}

function escalationLine(word: string, escalations: Record<EscalationLevel, number>): string {
  const total = ESCALATION_LEVELS.reduce((sum, level) => sum + escalations[level], 0);
  if (total === 0) return `${word}未发生升级督办。`;
  const parts = ESCALATION_LEVELS.filter((level) => escalations[level] > 0).map(
    (level) => `${ESCALATION_LEVEL_NAMES_ZH[level]}${escalations[level]}件`,
  );
  return `${word}逾期未办结事项共升级督办${total}件，其中督办至${parts.join('、')}。`;
}

/** 企业分级和红黑名单: the register's grades, their change since the grading before, the lists in force. */
function gradingLine(g: CountyGradingFigures, word: string, asOf: Date): string {
  const { current: c } = g;
  const last = g.lastPublished;
  const before = g.previousPublished;
  const since =
    last && before
      ? `与上一次分级相比，“好”${change(last.grades.GOOD, before.grades.GOOD, '家')}，“差”${change(last.grades.POOR, before.grades.POOR, '家')}；`
      : '';
  return (
    `截至${formatShanghaiDateTime(asOf)}，全县在册企业分级为“好”${c.GOOD}家、“中”${c.FAIR}家、“差”${c.POOR}家；${since}` +
    `列入红名单${g.redListed}家、黑名单${g.blackListed}家，${word}新列入黑名单${g.blackListedInPeriod}家。`
  );
}

function nextSteps(f: Figures, campaignsRunning: number, blackListed: number): string[] {
  const steps: string[] = [];
  if (f.overdueHazards > 0)
    steps.push(`对逾期未整改的${f.overdueHazards}项隐患，按照督办程序逐级升级督办，压实企业主体责任和部门监管责任。`);
  if (f.majorHazardsOpen > 0)
    steps.push(
      `对仍在挂牌督办的${f.majorHazardsOpen}项重大事故隐患，落实整改责任、措施、资金、时限和预案，整改完成后及时组织核查销号。`,
    );
  if (f.tasksOverdue > 0)
    steps.push(`对逾期未完成的${f.tasksOverdue}项检查任务，督促相关行业监管部门和乡镇（街道）限期完成，并予以通报。`);
  if (blackListed > 0)
    steps.push(
      `对列入黑名单的${blackListed}家企业，每次双随机抽查必查，依法依规实施联合惩戒，督促其整改到位、修复信用。`,
    );
  if (campaignsRunning > 0)
    steps.push(`统筹推进正在开展的${campaignsRunning}项专项行动，紧盯重点行业领域和关键环节，确保行动取得实效。`);
  steps.push('持续强化隐患排查治理闭环管理，推动全县安全生产形势持续稳定向好。');
  return steps.map((s, i) => `（${zhNumeral(i + 1)}）${s}`);
}

/** The county's report as plain text: title, period, then 一、二、三、四 sections with （一）（二） items. */
export function composeCountyReportBody(content: CountyReportContent): string {
  const { period, figures: f, previous: p, yearToDate: y, campaigns } = content;
  const { title, word, previous } = KIND_TEXT[period.kind];
  const lines = [
    title,
    `（${formatShanghaiDate(period.periodStart)}至${formatShanghaiDate(lastCoveredDay(period))}）`,
    '一、总体情况',
    overview(f, word),
    `与${previous}相比，检查企业单位${change(f.inspections, p.inspections, '家次')}，出动执法检查人员${change(f.inspectorsDispatched, p.inspectorsDispatched, '人次')}，发现隐患${change(f.hazardsFound, p.hazardsFound, '项')}。`,
    `截至${formatShanghaiDateTime(content.asOf)}，${word}发现的隐患中，重大事故隐患${f.majorHazards}项已整改销号${majorClosed(f)}项、仍在挂牌督办${f.majorHazardsOpen}项，逾期未整改隐患${f.overdueHazards}项；${word}下达检查任务${f.tasksTotal}项，已完成${f.tasksDone}项，逾期未完成${f.tasksOverdue}项。`,
    escalationLine(word, content.escalations),
    `${word}新发起专项行动${campaigns.launched}项，结束${campaigns.finished}项，期末正在开展${campaigns.running}项。`,
    gradingLine(content.grading, word, content.asOf),
    ...(content.tips ? [tipLine(word, content.tips)] : []),
    ...(content.risks ? [riskLine(word, content.risks)] : []),
    ...(content.groups ? [groupLine(word, content.groups)] : []),
    ...(period.kind === 'ANNUAL'
      ? []
      : [
          `今年以来，全县累计检查企业单位${y.inspections}家次，出动执法检查人员${y.inspectorsDispatched}人次，发现隐患${y.hazardsFound}项（其中重大事故隐患${y.majorHazards}项），已整改${y.hazardsClosed}项，整改率${formatPercent(y.rectificationRate)}。`,
        ]),
    '二、各行业监管部门情况',
    ...breakdown(content.byRegulator),
    '三、各乡镇（街道）情况',
    ...breakdown(content.byTownship),
    '四、下步工作',
    ...nextSteps(f, campaigns.running, content.grading.blackListed),
  ];
  return lines.join('\n');
}

/** What a county report stores beside its body: `figures` and `cumulative` (the year so far) as Report.stats reads them. */
export const countyReportStats = (content: CountyReportContent) => ({
  figures: content.figures,
  cumulative: content.yearToDate,
  previous: content.previous,
  escalations: content.escalations,
  campaigns: content.campaigns,
  byRegulator: content.byRegulator,
  byTownship: content.byTownship,
  grading: content.grading,
  ...(content.tips ? { tips: content.tips } : {}),
  ...(content.risks ? { risks: content.risks } : {}),
  ...(content.groups ? { groups: content.groups } : {}),
  asOf: content.asOf.toISOString(),
});
