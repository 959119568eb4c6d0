// The wizard's values, their defaults, the checks made before sending, and the mutation input they become.
import { fromShanghaiInput, inDays, toShanghaiInput } from '../../../format';
import type { CampaignKind, Industry, LaunchCampaignInput, SupervisionTopic } from '../../../gql/graphql';
import type { MessageKey } from '../../../locales';
import { PRESETS, type LadderStep } from './ladder';
import {
  DEFAULT_GRADE_PERCENTS,
  gradePercentsProblem,
  gradeRatiosOf,
  type GradePercents,
  type SampleMode,
} from './sampling';

export interface LaunchFormValues {
  name: string;
  kind: CampaignKind;
  startsAt: string;
  endsAt: string;
  industries: Industry[];
  townshipIds: string[];
  /** Where the tasks go (监管分工): at least one topic. */
  topics: SupervisionTopic[];
  /** 统一比例: samplePercent for all; 按风险等级: gradePercents, black-listed enterprises always drawn. */
  sampleMode: SampleMode;
  samplePercent: number;
  gradePercents: GradePercents;
  checklistTemplateId: string | undefined;
  taskDueAt: string;
  /** 企业自查: a self-check stage before the inspections, due then. */
  selfCheckOn: boolean;
  selfCheckDueAt: string;
  reportEvery: string;
  remindOn: boolean;
  remindBefore: string;
  steps: LadderStep[];
}

export const REPORT_CADENCES: readonly { value: string; label: MessageKey }[] = [
  { value: 'P1D', label: 'launch.cadence.daily' },
  { value: 'P7D', label: 'launch.cadence.weekly' },
  { value: 'P5WD', label: 'launch.cadence.fiveWorkingDays' },
  { value: 'P14D', label: 'launch.cadence.fortnightly' },
  { value: 'P30D', label: 'launch.cadence.monthly' },
];

/** A day at 17:30 Shanghai time, the usual close of office hours, `days` from now. */
function officeClose(days: number): string {
  return `${toShanghaiInput(inDays(days)).slice(0, 10)}T17:30`;
}

export function launchDefaults(): LaunchFormValues {
  return {
    name: '',
    kind: 'MAJOR_HAZARD_SWEEP',
    startsAt: '',
    endsAt: officeClose(100),
    industries: [],
    townshipIds: [],
    topics: ['INDUSTRY'],
    sampleMode: 'UNIFORM',
    samplePercent: 100,
    gradePercents: { ...DEFAULT_GRADE_PERCENTS },
    checklistTemplateId: undefined,
    taskDueAt: officeClose(30),
    selfCheckOn: false,
    selfCheckDueAt: officeClose(10),
    reportEvery: 'P7D',
    remindOn: true,
    remindBefore: PRESETS.standard.remindBefore ?? 'P1D',
    steps: PRESETS.standard.steps.map((s) => ({ ...s })),
  };
}

const DAY = 86_400_000;

/** The window's problems the server would also refuse, as locale keys (empty when fine). */
export function windowProblems(
  values: Pick<LaunchFormValues, 'startsAt' | 'endsAt' | 'taskDueAt'> &
    Partial<Pick<LaunchFormValues, 'selfCheckOn' | 'selfCheckDueAt'>>,
  now = Date.now(),
): MessageKey[] {
  const problems: MessageKey[] = [];
  const starts = values.startsAt ? Date.parse(fromShanghaiInput(values.startsAt) ?? '') : now;
  const ends = Date.parse(fromShanghaiInput(values.endsAt) ?? '');
  const due = values.taskDueAt ? Date.parse(fromShanghaiInput(values.taskDueAt) ?? '') : ends;
  if (starts < now - DAY) problems.push('launch.problem.startsPast');
  if (!(ends > starts)) problems.push('launch.problem.endsBeforeStart');
  else if (ends - starts > 2 * 366 * DAY) problems.push('launch.problem.tooLong');
  if (!Number.isNaN(due) && !Number.isNaN(ends) && (due <= starts || due > ends))
    problems.push('launch.problem.dueOutside');
  if (values.selfCheckOn) {
    const selfCheck = Date.parse(fromShanghaiInput(values.selfCheckDueAt) ?? '');
    if (Number.isNaN(selfCheck) || selfCheck <= starts || (!Number.isNaN(due) && selfCheck > due))
      problems.push('launch.problem.selfCheckDue');
  }
  return problems;
}

/** The sampling's problems the server would also refuse, as locale keys (empty when fine). */
export function sampleProblems(values: Pick<LaunchFormValues, 'sampleMode' | 'gradePercents'>): MessageKey[] {
  const problem = values.sampleMode === 'BY_GRADE' ? gradePercentsProblem(values.gradePercents) : null;
  return problem ? [problem] : [];
}

/**
 * How many tasks the fan-out makes per sampled enterprise, when that is known: one for the lead regulator, one for
 * the township; a co-supervision topic applies only to the enterprises that have it (null: not known in advance).
 */
export function tasksPerEnterprise(topics: readonly SupervisionTopic[]): number | null {
  return topics.every((topic) => topic === 'INDUSTRY' || topic === 'LOCAL') ? new Set(topics).size : null;
}

export function toLaunchInput(values: LaunchFormValues, idempotencyKey: string): LaunchCampaignInput {
  const endsAt = fromShanghaiInput(values.endsAt);
  if (!endsAt) throw new RangeError('endsAt was validated before sending');
  const byGrade = values.sampleMode === 'BY_GRADE' ? gradeRatiosOf(values.gradePercents) : null;
  if (values.sampleMode === 'BY_GRADE' && !byGrade) throw new RangeError('gradePercents were validated before sending');
  return {
    name: values.name.trim(),
    kind: values.kind,
    startsAt: fromShanghaiInput(values.startsAt),
    endsAt,
    industries: values.industries.length > 0 ? values.industries : null,
    townshipIds: values.townshipIds.length > 0 ? values.townshipIds : null,
    topics: values.topics,
    checklistTemplateId: values.checklistTemplateId ?? null,
    taskDueAt: fromShanghaiInput(values.taskDueAt),
    selfCheck: values.selfCheckOn ? { dueAt: fromShanghaiInput(values.selfCheckDueAt) ?? '' } : null,
    // By grade, the ratios per grade replace the one ratio (the server refuses both at once).
    ...(byGrade ? { sampleRatioByGrade: byGrade } : { sampleRatio: values.samplePercent / 100 }),
    reportEvery: values.reportEvery,
    escalation: { remindBefore: values.remindOn ? values.remindBefore : null, steps: values.steps },
    idempotencyKey,
  };
}
