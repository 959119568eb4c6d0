// Campaign report schedule and report text: pure and deterministic, because it runs inside Temporal workflows.
import { type Duration, InvalidDurationError, addDuration, isWorkingDayDuration, parseDuration } from './duration';
import { SHANGHAI_OFFSET_MS, formatShanghaiTime, shanghaiDateKey, shanghaiMonthStart } from './calendar';
import type { Figures } from './figures';
import type { ReportKind } from './types';

const DAY_MS = 86_400_000;
// China has kept UTC+8 without daylight saving since 1991, so a constant shift gives Shanghai wall-clock time.

export interface ReportPeriod {
  kind: Extract<ReportKind, 'WEEKLY' | 'MONTHLY' | 'FINAL'>;
  sequence: number;
  periodStart: Date;
  periodEnd: Date;
}

type PeriodKind = ReportPeriod['kind'];

// At the same periodEnd the weekly report comes first, so the monthly one can build on it.
const KIND_ORDER: Record<PeriodKind, number> = { WEEKLY: 0, MONTHLY: 1, FINAL: 2 };

function assertWindow(startsAt: Date, endsAt: Date): void {
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) {
    throw new RangeError('Campaign window has an invalid date');
  }
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new RangeError(
      `Campaign window must end after it starts (${startsAt.toISOString()} to ${endsAt.toISOString()})`,
    );
  }
}

function parseCadence(reportEvery: string): Duration {
  let every: Duration;
  try {
    every = parseDuration(reportEvery);
  } catch (e) {
    if (e instanceof InvalidDurationError) throw new RangeError(`Invalid reportEvery: ${e.message}`, { cause: e });
    throw e;
  }
  // Sub-daily reports would flood the officials and the workflow history; one day is the floor.
  const tooShort = isWorkingDayDuration(every) ? every.workingDays < 1 : every.ms < DAY_MS;
  if (tooShort) throw new RangeError(`reportEvery "${reportEvery}" is shorter than one day (e.g. P7D, P1D or P5WD)`);
  return every;
}

// Each step starts where the previous one ended, so working-day cadences skip holidays period by period.
function weeklyPeriods(startsAt: Date, endsAt: Date, every: Duration): ReportPeriod[] {
  const periods: ReportPeriod[] = [];
  let periodStart = new Date(startsAt.getTime());
  // Terminates: every step advances at least one day (parseCadence), and the window is finite.
  for (let sequence = 1; ; sequence++) {
    const periodEnd = addDuration(periodStart, every);
    if (periodEnd.getTime() > endsAt.getTime()) return periods;
    periods.push({ kind: 'WEEKLY', sequence, periodStart, periodEnd });
    periodStart = new Date(periodEnd.getTime());
  }
}

// The same Shanghai wall-clock time one calendar month later, clamped to the month's last day (Jan 31 → Feb 28).
function plusOneShanghaiMonth(t: number): number {
  const wall = new Date(t + SHANGHAI_OFFSET_MS);
  const year = wall.getUTCFullYear();
  const month = wall.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 2, 0)).getUTCDate();
  const timeOfDay = wall.getTime() - Date.UTC(year, month, wall.getUTCDate());
  return Date.UTC(year, month + 1, Math.min(wall.getUTCDate(), lastDay)) + timeOfDay - SHANGHAI_OFFSET_MS;
}

function monthlyPeriods(startsAt: Date, endsAt: Date): ReportPeriod[] {
  const start = startsAt.getTime();
  const end = endsAt.getTime();
  if (end <= plusOneShanghaiMonth(start)) return [];
  const wall = new Date(start + SHANGHAI_OFFSET_MS);
  const year = wall.getUTCFullYear();
  const firstMonth = wall.getUTCMonth();
  const periods: ReportPeriod[] = [];
  // The month holding startsAt ends after it; the partial month at the end is left to the FINAL report.
  for (let sequence = 1; ; sequence++) {
    const month = firstMonth + sequence - 1;
    const monthEnd = shanghaiMonthStartMs(year, month + 1);
    if (monthEnd > end) return periods;
    const periodStart = new Date(Math.max(start, shanghaiMonthStartMs(year, month)));
    periods.push({ kind: 'MONTHLY', sequence, periodStart, periodEnd: new Date(monthEnd) });
  }
}

/** Periodic reports of a campaign window, sorted by periodEnd (WEEKLY before MONTHLY at the same instant). */
export function reportSchedule(startsAt: Date, endsAt: Date, reportEvery: string): ReportPeriod[] {
  assertWindow(startsAt, endsAt);
  const every = parseCadence(reportEvery);
  const periods = [...weeklyPeriods(startsAt, endsAt, every), ...monthlyPeriods(startsAt, endsAt)];
  return periods.sort(
    (a, b) => a.periodEnd.getTime() - b.periodEnd.getTime() || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}

/** The FINAL report covers the whole campaign window. */
export function finalReportPeriod(startsAt: Date, endsAt: Date): ReportPeriod {
  assertWindow(startsAt, endsAt);
  return {
    kind: 'FINAL',
    sequence: 1,
    periodStart: new Date(startsAt.getTime()),
    periodEnd: new Date(endsAt.getTime()),
  };
}

/** A report's figures: every county figure but the states of now (open, awaiting sign-off), which the dashboard shows. */
export type ReportFigures = Omit<Figures, 'majorHazardsOpen' | 'majorHazardsAwaitingSignOff'>;
export interface ReportBreakdownRow {
  name: string;
  figures: ReportFigures;
}
export interface ReportContent {
  campaignName: string;
  period: ReportPeriod;
  figures: ReportFigures; // inspections and hazards found within the period; states (closed, done, overdue) at its end
  cumulative: ReportFigures; // since the campaign started, up to periodEnd
  byRegulator: ReportBreakdownRow[]; // cumulative, per industry regulator
  byTownship: ReportBreakdownRow[]; // cumulative, per township
  /** Set when the figures are one unit's own (a regulator's or a township's), not the county's. */
  scopeName?: string;
}

/** The figures a report stores beside its body (`report.stats`): totals, running totals, breakdowns. */
export const reportStats = (content: ReportContent) => ({
  figures: content.figures,
  cumulative: content.cumulative,
  byRegulator: content.byRegulator,
  byTownship: content.byTownship,
});

/** The Shanghai calendar date in Chinese, e.g. `2026年12月1日`. */
export function formatShanghaiDate(date: Date): string {
  const key = shanghaiDateKey(date);
  return `${Number(key.slice(0, 4))}年${Number(key.slice(5, 7))}月${Number(key.slice(8, 10))}日`;
}

/** The Shanghai date and time in Chinese, e.g. `2026年12月1日 09:30`. */
export function formatShanghaiDateTime(date: Date): string {
  return `${formatShanghaiDate(date)} ${formatShanghaiTime(date)}`;
}

// Rounds via whole basis points so binary fractions cannot flip the last digit (0.875 → 87.5%).
export function formatPercent(rate: number): string {
  const tenths = Math.round(Math.round(rate * 10_000) / 10);
  return `${Math.trunc(tenths / 10)}.${Math.abs(tenths % 10)}%`;
}

const ZH_DIGITS = '〇一二三四五六七八九';

// Chinese numerals for the （一）（二） item markers; beyond 99 plain digits read fine.
export function zhNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensText = tens === 0 ? '' : `${tens === 1 ? '' : ZH_DIGITS.charAt(tens)}十`;
  return tensText + (ones === 0 ? '' : ZH_DIGITS.charAt(ones));
}

// periodEnd is exclusive: an end at 00:00 Shanghai means the report covers up to the day before.
export function lastCoveredDay(period: Pick<ReportPeriod, 'periodStart' | 'periodEnd'>): Date {
  const end = period.periodEnd.getTime();
  const atMidnight = (((end + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS === 0;
  return new Date(Math.max(period.periodStart.getTime(), atMidnight ? end - DAY_MS : end));
}

// 家（次） when every visit was to a different enterprise, otherwise both the enterprises and the visits.
function enterprises(f: ReportFigures): string {
  if (f.enterprisesInspected === f.inspections) return `${f.inspections}家（次）`;
  return `${f.enterprisesInspected}家（${f.inspections}家次）`;
}

const KIND_TEXT: Record<PeriodKind, { title: string; word: string }> = {
  WEEKLY: { title: '工作周报', word: '本周' },
  MONTHLY: { title: '月度分析报告', word: '本月' },
  FINAL: { title: '总结报告', word: '本次行动' },
};

function breakdownLines(rows: readonly ReportBreakdownRow[]): string[] {
  // A row with neither tasks nor hazards says nothing and would only lengthen the report.
  const shown = rows.filter((r) => r.figures.tasksTotal > 0 || r.figures.hazardsFound > 0);
  if (shown.length === 0) return ['暂无检查任务和隐患情况。'];
  return shown.map((row, i) => {
    const f = row.figures;
    const tasks = `检查任务${f.tasksTotal}项，已完成${f.tasksDone}项${f.tasksOverdue > 0 ? `，逾期未完成${f.tasksOverdue}项` : ''}`;
    const major = f.majorHazards > 0 ? `（其中重大事故隐患${f.majorHazards}项）` : '';
    const overdue = f.overdueHazards > 0 ? `，逾期未整改${f.overdueHazards}项` : '';
    const hazards =
      f.hazardsFound === 0
        ? '未发现隐患'
        : `发现隐患${f.hazardsFound}项${major}，已整改${f.hazardsClosed}项，整改率${formatPercent(f.rectificationRate)}${overdue}`;
    return `（${zhNumeral(i + 1)}）${row.name}：${tasks}；检查企业${enterprises(f)}，${hazards}。`;
  });
}

// The next steps follow the cumulative state, which is what remains to be done after this report.
function nextSteps(kind: PeriodKind, c: ReportFigures): string[] {
  const steps: string[] = [];
  if (c.overdueHazards > 0) {
    steps.push(
      `对逾期未整改的${c.overdueHazards}项隐患，按照督办程序逐级升级督办，压实企业主体责任和部门监管责任，确保按期整改销号。`,
    );
  }
  if (c.majorHazards > 0) {
    steps.push(
      `对排查出的${c.majorHazards}项重大事故隐患实行挂牌督办，落实整改责任、措施、资金、时限和预案，整改完成后及时组织核查验收。`,
    );
  }
  if (c.tasksOverdue > 0) {
    steps.push(`对逾期未完成的${c.tasksOverdue}项检查任务，督促相关行业监管部门和乡镇（街道）限期完成，并予以通报。`);
  }
  if (c.hazardsFound === 0) {
    steps.push('进一步加大检查力度，聚焦重点行业领域和关键环节，深入排查各类风险隐患，防止查而不实、查而不严。');
  } else if (c.hazardsClosed >= c.hazardsFound) {
    steps.push(`已发现的${c.hazardsFound}项隐患已全部整改销号，持续巩固整改成效，防止问题反弹回潮。`);
  } else {
    steps.push(
      `对尚未整改销号的${c.hazardsFound - c.hazardsClosed}项隐患，逐项跟踪整改进度，做到清单化管理、闭环式整改。`,
    );
  }
  steps.push(
    kind === 'FINAL'
      ? '认真总结本次行动经验做法，建立健全隐患排查治理长效机制，推动全县安全生产形势持续稳定向好。'
      : '下一阶段，继续按照行动方案要求，紧盯重点行业领域和关键环节，确保行动取得实效。',
  );
  return steps.map((s, i) => `（${zhNumeral(i + 1)}）${s}`);
}

/**
 * 企业主体责任落实: the self-check stage and who reported the rectifications — only when the campaign asked for a
 * self-check or enterprises reported themselves.
 */
function enterpriseDuty(c: ReportFigures): string[] {
  if (c.selfChecksDue === 0 && c.rectificationsByEnterprise === 0) return [];
  const selfCheck =
    c.selfChecksDue === 0
      ? ''
      : `应开展自查企业${c.selfChecksDue}家，已完成自查${c.selfChecksDone}家，自查率${formatPercent(c.selfChecksDone / c.selfChecksDue)}，企业自查发现隐患${c.hazardsSelfFound}项；`;
  return [
    `企业主体责任落实方面，${selfCheck}企业自行报告整改${c.rectificationsByEnterprise}项，监管部门代企业报告整改${c.rectificationsOnBehalf}项。`,
  ];
}

/** The report as plain text in the style of a county official report (周报 / 月度分析报告 / 总结报告). */
export function composeReportBody(content: ReportContent): string {
  const { campaignName, period, figures: f, cumulative: c } = content;
  const { title, word } = KIND_TEXT[period.kind];
  const isFinal = period.kind === 'FINAL';
  const lines = [
    isFinal ? `${campaignName}${title}` : `${campaignName}${title}（第${period.sequence}期）`,
    `（${formatShanghaiDate(period.periodStart)}至${formatShanghaiDate(lastCoveredDay(period))}）`,
    ...(content.scopeName ? [`（本报告仅统计${content.scopeName}职责范围内的检查任务和隐患情况）`] : []),
    `${word}共检查企业${enterprises(f)}，出动执法人员${f.inspectorsDispatched}人次，发现隐患${f.hazardsFound}项，` +
      `其中重大事故隐患${f.majorHazards}项；已整改销号${f.hazardsClosed}项，${isFinal ? '' : '本期'}整改率${formatPercent(f.rectificationRate)}。` +
      `${word}检查任务${f.tasksTotal}项，已完成${f.tasksDone}项。`,
    isFinal
      ? `截至行动结束，逾期未整改隐患${c.overdueHazards}项，逾期未完成检查任务${c.tasksOverdue}项。`
      : `行动开展以来，累计检查企业${enterprises(c)}，出动执法人员${c.inspectorsDispatched}人次，发现隐患${c.hazardsFound}项` +
        `（其中重大事故隐患${c.majorHazards}项），已整改${c.hazardsClosed}项，整改率${formatPercent(c.rectificationRate)}，` +
        `逾期未整改隐患${c.overdueHazards}项；累计下达检查任务${c.tasksTotal}项，已完成${c.tasksDone}项，逾期未完成检查任务${c.tasksOverdue}项。`,
    ...enterpriseDuty(c),
    '一、各行业监管部门情况',
    ...breakdownLines(content.byRegulator),
    '二、各乡镇（街道）情况',
    ...breakdownLines(content.byTownship),
    '三、下步工作',
    ...nextSteps(period.kind, c),
  ];
  return lines.join('\n');
}

// Epoch ms of 00:00 Shanghai on the 1st of a month.
function shanghaiMonthStartMs(year: number, month: number): number {
  return shanghaiMonthStart(year, month).getTime();
}
