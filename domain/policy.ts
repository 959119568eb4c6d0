// A campaign's policy is data: reminders, the escalation ladder and the report cadence, stored with it.
import { isValidDuration, parseDuration, type Duration } from './duration';
import { ESCALATION_LEVELS, type EscalationLevel } from './types';

export interface EscalationStep {
  /** Counts from the due time (ISO-8601, e.g. P3D or P2WD). */
  after: string;
  level: EscalationLevel;
}

export interface CampaignPolicy {
  remindBefore: string | null;
  steps: EscalationStep[];
  reportEvery: string;
  /**
   * Who verifies a rectification (核查): the hazard's own unit (absent), or the county office for a 督导 round's
   * findings, whose overdue verification then climbs from the office, not from the unit's head.
   */
  verifier?: 'COUNTY_OFFICE';
}

export const DEFAULT_POLICY: CampaignPolicy = {
  remindBefore: 'P1D',
  steps: [
    { after: 'P3D', level: 'REGULATOR_HEAD' },
    { after: 'P7D', level: 'COUNTY_OFFICE' },
    { after: 'P15D', level: 'COUNTY_LEADER' },
  ],
  reportEvery: 'P7D',
};

export const MAX_ESCALATION_STEPS = 10;

export function levelRank(level: EscalationLevel): number {
  return ESCALATION_LEVELS.indexOf(level);
}

// Working days and calendar days cannot be ordered against each other without a date: compare at a reference.
function approxMs(duration: Duration): number {
  return 'ms' in duration ? duration.ms : duration.workingDays * 1.4 * 86_400_000;
}

/** Problems with a policy, each a sentence for the person who entered it; empty when valid. */
export function policyProblems(policy: CampaignPolicy): string[] {
  const problems: string[] = [];
  if (policy.remindBefore !== null && !isValidDuration(policy.remindBefore)) {
    problems.push(`提前提醒时间"${policy.remindBefore}"不是有效的时长，例如 P1D（1天）或 P2WD（2个工作日）`);
  }
  if (!isValidDuration(policy.reportEvery)) {
    problems.push(`报告周期"${policy.reportEvery}"不是有效的时长，例如 P7D`);
  } else if (approxMs(parseDuration(policy.reportEvery)) < 86_400_000) {
    problems.push('报告周期不能短于1天');
  }
  if (policy.steps.length > MAX_ESCALATION_STEPS) problems.push(`升级督办最多设置${MAX_ESCALATION_STEPS}级`);
  let previous: { ms: number; rank: number } | null = null;
  for (const [i, step] of policy.steps.entries()) {
    if (!isValidDuration(step.after)) {
      problems.push(`第${i + 1}级升级的时限"${step.after}"不是有效的时长，例如 P3D`);
      continue;
    }
    const current = { ms: approxMs(parseDuration(step.after)), rank: levelRank(step.level) };
    if (previous && current.ms <= previous.ms) problems.push(`第${i + 1}级升级的时限应晚于第${i}级`);
    if (previous && current.rank < previous.rank) problems.push(`第${i + 1}级升级的层级不能低于第${i}级`);
    previous = current;
  }
  return problems;
}

/** Fills what the client left out with the defaults of API.md. */
export function policyWithDefaults(input: Partial<CampaignPolicy>): CampaignPolicy {
  return {
    remindBefore: input.remindBefore === undefined ? DEFAULT_POLICY.remindBefore : input.remindBefore,
    steps: input.steps ?? DEFAULT_POLICY.steps,
    reportEvery: input.reportEvery ?? DEFAULT_POLICY.reportEvery,
    ...(input.verifier ? { verifier: input.verifier } : {}),
  };
}
