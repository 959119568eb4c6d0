// Risk reports (风险上报): what a township or department reports (kind, place, level, description, measures), the
// handling deadline its level sets (policy as data), its statuses, the ladder a late one climbs (the unit's head, the
// county office, the leader in charge), and the refusals an official reads. Pure: services, workflow and activities
// all apply these.
import type { WorkCalendar } from './calendar';
import { addDuration, isValidDuration } from './duration';
import type { Rung } from './escalation';
import type { EscalationLevel, OrgUnitKind } from './types';

/** 防汛 / 地质灾害 / 危化品 / 建设施工 / 消防 / 交通 / 其他. */
export const RISK_KINDS = [
  'FLOOD',
  'GEOLOGICAL',
  'HAZARDOUS_CHEMICALS',
  'CONSTRUCTION',
  'FIRE',
  'TRAFFIC',
  'OTHER',
] as const;
export type RiskKind = (typeof RISK_KINDS)[number];

export const RISK_KIND_NAMES_ZH: Record<RiskKind, string> = {
  FLOOD: '防汛',
  GEOLOGICAL: '地质灾害',
  HAZARDOUS_CHEMICALS: '危化品',
  CONSTRUCTION: '建设施工',
  FIRE: '消防',
  TRAFFIC: '交通',
  OTHER: '其他',
};

/** 重大 / 较大 / 一般 / 低, gravest first. */
export const RISK_LEVELS = ['MAJOR', 'SIGNIFICANT', 'GENERAL', 'LOW'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_NAMES_ZH: Record<RiskLevel, string> = {
  MAJOR: '重大风险',
  SIGNIFICANT: '较大风险',
  GENERAL: '一般风险',
  LOW: '低风险',
};

/** REPORTED (已上报) → HANDLING (处置中) → CLOSED (已办结，附办结材料). */
export const RISK_STATUSES = ['REPORTED', 'HANDLING', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const RISK_STATUS_NAMES_ZH: Record<RiskStatus, string> = {
  REPORTED: '已上报',
  HANDLING: '处置中',
  CLOSED: '已办结',
};

export const RISK_LIMITS = {
  place: { min: 2, max: 200 },
  description: { min: 5, max: 2000 },
  measures: { min: 2, max: 2000 },
  note: { min: 2, max: 1000 },
  evidence: { min: 5, max: 2000 },
} as const;

export const RISK_REFUSALS = {
  placeLength: `请填写风险所在的具体位置（${RISK_LIMITS.place.min}–${RISK_LIMITS.place.max}个字）`,
  descriptionLength: `请描述风险情况（${RISK_LIMITS.description.min}–${RISK_LIMITS.description.max}个字）`,
  measuresLength: `请填写已采取或拟采取的管控措施（${RISK_LIMITS.measures.min}–${RISK_LIMITS.measures.max}个字）`,
  noteLength: `处置说明应为${RISK_LIMITS.note.min}–${RISK_LIMITS.note.max}个字`,
  evidenceLength: `办结须附办结材料说明（${RISK_LIMITS.evidence.min}–${RISK_LIMITS.evidence.max}个字），写明处置结果和现场情况`,
  reporterNotUnit: '只有乡镇（街道）和行业监管部门的人员可以上报风险',
  handlerNotUnit: '只有上报该风险的单位人员可以处置或办结该风险',
  closed: '该风险已办结，不能再处置',
  alreadyHandling: '该风险已在处置中；处置完成后请办结并附办结材料',
  busy: '该风险正在处理，请稍后刷新',
} as const;

const length = (text: string) => [...text].length;
const within = (text: string, limit: { min: number; max: number }) =>
  length(text) >= limit.min && length(text) <= limit.max;

export interface RiskReport {
  kind: RiskKind;
  level: RiskLevel;
  place: string;
  description: string;
  measures: string;
}

/** Trims and checks a report's text; the first problem as a sentence, or the cleaned report. */
export function riskReportProblem(input: RiskReport): { problem: string } | { report: RiskReport } {
  const report = {
    ...input,
    place: input.place.trim(),
    description: input.description.trim(),
    measures: input.measures.trim(),
  };
  if (!within(report.place, RISK_LIMITS.place)) return { problem: RISK_REFUSALS.placeLength };
  if (!within(report.description, RISK_LIMITS.description)) return { problem: RISK_REFUSALS.descriptionLength };
  if (!within(report.measures, RISK_LIMITS.measures)) return { problem: RISK_REFUSALS.measuresLength };
  return { report };
}

export type RiskStep = { action: 'START'; note: string } | { action: 'CLOSE'; evidence: string };

/** A handling step's text problem, or null. */
export function riskStepTextProblem(step: RiskStep): string | null {
  if (step.action === 'START') return within(step.note.trim(), RISK_LIMITS.note) ? null : RISK_REFUSALS.noteLength;
  return within(step.evidence.trim(), RISK_LIMITS.evidence) ? null : RISK_REFUSALS.evidenceLength;
}

/** Whether a step may be taken in this status: START from REPORTED; CLOSE from REPORTED or HANDLING. */
export function riskStepRefusal(status: RiskStatus, action: RiskStep['action']): string | null {
  if (status === 'CLOSED') return RISK_REFUSALS.closed;
  if (action === 'START' && status === 'HANDLING') return RISK_REFUSALS.alreadyHandling;
  return null;
}

// ── Deadlines (policy as data) ─────────────────────────────────────────────────────────────────────────────────────

/** A rung of a late risk or directive item: the unit's own head (乡镇或部门负责人), the county office, the leader. */
export type UnitLadderLevel = 'UNIT_HEAD' | 'COUNTY_OFFICE' | 'COUNTY_LEADER';

export interface UnitLadderStep {
  after: string;
  level: UnitLadderLevel;
}

export interface RiskPolicy {
  /** The handling deadline counted from the report, per level (重大 fastest). */
  handleWithin: Record<RiskLevel, string>;
  /** The reminder ahead of the deadline. */
  remindBefore: string | null;
  /** Counted from the deadline. */
  steps: UnitLadderStep[];
}

export const DEFAULT_RISK_POLICY: RiskPolicy = {
  handleWithin: { MAJOR: 'P3WD', SIGNIFICANT: 'P5WD', GENERAL: 'P10WD', LOW: 'P20WD' },
  remindBefore: 'P1WD',
  steps: [
    { after: 'PT0S', level: 'UNIT_HEAD' },
    { after: 'P2WD', level: 'COUNTY_OFFICE' },
    { after: 'P5WD', level: 'COUNTY_LEADER' },
  ],
};

export function riskPolicyProblems(policy: RiskPolicy): string[] {
  const durations = [
    ...Object.values(policy.handleWithin),
    ...policy.steps.map((s) => s.after),
    ...(policy.remindBefore ? [policy.remindBefore] : []),
  ];
  return durations.filter((d) => !isValidDuration(d)).map((d) => `风险处置时限"${d}"不是有效的时长`);
}

export const riskHandleDeadline = (
  reportedAt: Date,
  level: RiskLevel,
  policy: RiskPolicy,
  calendar?: WorkCalendar,
): Date => addDuration(reportedAt, policy.handleWithin[level], calendar);

/** The unit head's rung is its township's head (属地) or its department's. */
export const unitHeadLevel = (unitKind: OrgUnitKind): EscalationLevel =>
  unitKind === 'TOWNSHIP' ? 'TOWNSHIP_HEAD' : unitKind === 'REGULATOR' ? 'REGULATOR_HEAD' : 'COUNTY_OFFICE';

/** The rungs of a late subject of a unit, counted from its deadline: keys `<prefix>0…`. */
export function unitLadder(
  prefix: string,
  deadline: Date,
  steps: readonly UnitLadderStep[],
  unitKind: OrgUnitKind,
  calendar?: WorkCalendar,
): Rung[] {
  return steps.map((step, i) => ({
    key: `${prefix}${i}`,
    level: step.level === 'UNIT_HEAD' ? unitHeadLevel(unitKind) : step.level,
    at: addDuration(deadline, step.after, calendar),
  }));
}

/** Late: not closed by its deadline, as of `at`. */
export const riskIsLate = (risk: { handle_by: Date; closed_at: Date | null }, at: Date): boolean =>
  (risk.closed_at ?? at).getTime() > risk.handle_by.getTime();

// ── The county's figures ───────────────────────────────────────────────────────────────────────────────────────────

export interface CountyRiskFigures {
  /** Reported within the period. */
  reported: number;
  /** Of them, major (重大). */
  major: number;
  /** Closed within the period. */
  closed: number;
  /** Open past their deadline at the period's end, or closed within it after their deadline. */
  late: number;
}

/** 本周各乡镇（街道）和部门上报风险5件（其中重大风险1件），办结3件，逾期未办结或超期办结1件。 */
export function riskLine(word: string, risks: CountyRiskFigures): string {
  if (risks.reported + risks.closed + risks.late === 0) return `${word}未上报风险。`;
  const major = risks.major > 0 ? `（其中重大风险${risks.major}件）` : '';
  const late = risks.late > 0 ? `逾期未办结或超期办结${risks.late}件` : '无逾期';
  return `${word}各乡镇（街道）和部门上报风险${risks.reported}件${major}，办结${risks.closed}件，${late}。`;
}
