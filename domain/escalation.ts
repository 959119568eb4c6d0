// When reminders and escalations fire: pure functions of a due time, a policy and the working-day calendar the
// workflow counts with (the shipped one when none is given), called by the workflows.
import { nextWorkingDayEnd, SHIPPED_CALENDAR, type WorkCalendar } from './calendar';
import { addDuration, subtractDuration } from './duration';
import { levelRank, type EscalationStep } from './policy';
import type { EscalationLevel } from './types';

export interface Rung {
  /** Stable within a ladder: part of the escalation row's unique key. */
  key: string;
  level: EscalationLevel;
  at: Date;
}

export function reminderTime(
  dueAt: Date,
  remindBefore: string | null,
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): Date | null {
  return remindBefore === null ? null : subtractDuration(dueAt, remindBefore, calendar);
}

/** The ladder of an overdue subject: one rung per step, counted from the due time. */
export function escalationLadder(
  dueAt: Date,
  steps: readonly EscalationStep[],
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): Rung[] {
  return steps.map((step, i) => ({ key: `r${i}`, level: step.level, at: addDuration(dueAt, step.after, calendar) }));
}

/**
 * A self-check (企业自查) not submitted in time climbs to the township responsible for the enterprise (属地) at the
 * campaign's first rung, then to its regulator at the second (the first again when the ladder has one): the
 * enterprise's own duty is pressed by those nearest to it, not by the county's leaders.
 */
export function selfCheckLadder(
  dueAt: Date,
  steps: readonly EscalationStep[],
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): Rung[] {
  const [first, second] = steps;
  if (!first) return [];
  return [
    { key: 's0', level: 'TOWNSHIP_HEAD', at: addDuration(dueAt, first.after, calendar) },
    { key: 's1', level: 'REGULATOR_HEAD', at: addDuration(dueAt, (second ?? first).after, calendar) },
  ];
}

/**
 * A major hazard is under county listed supervision (挂牌督办) from the moment it is found: a
 * COUNTY_OFFICE escalation at once, then only the rungs above the county office when it is overdue.
 */
export function majorHazardLadder(
  foundAt: Date,
  rectifyBy: Date,
  steps: readonly EscalationStep[],
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): Rung[] {
  const county = levelRank('COUNTY_OFFICE');
  return [
    { key: 'listed', level: 'COUNTY_OFFICE', at: foundAt },
    ...escalationLadder(rectifyBy, steps, calendar).filter((rung) => levelRank(rung.level) > county),
  ];
}

/** 次日核查: a reported rectification is verified by the end of the next working day. */
export function verificationDeadline(reportedAt: Date, calendar: WorkCalendar = SHIPPED_CALENDAR): Date {
  return nextWorkingDayEnd(reportedAt, calendar);
}

/** Deadlines move by the time a campaign spent paused. */
export function shiftBy(at: Date, ms: number): Date {
  return new Date(at.getTime() + ms);
}

/**
 * A rectification not verified by its deadline escalates to the regulator's head at once (the county office for a
 * 督导 finding, which the office verifies), then climbs the policy's higher rungs counted from the verification deadline.
 */
export function verificationLadder(
  verifyBy: Date,
  steps: readonly EscalationStep[],
  calendar: WorkCalendar = SHIPPED_CALENDAR,
  verifier: 'REGULATOR_HEAD' | 'COUNTY_OFFICE' = 'REGULATOR_HEAD',
): Rung[] {
  // The first rung presses whoever verifies: the unit's head, or the county office for a 督导 finding.
  const head = levelRank(verifier);
  return [
    { key: 'v0', level: verifier, at: verifyBy },
    ...escalationLadder(verifyBy, steps, calendar)
      .filter((rung) => levelRank(rung.level) > head)
      .map((rung) => ({ ...rung, key: `v${rung.key}` })),
  ];
}

export const ESCALATION_LEVEL_NAMES_ZH: Record<EscalationLevel, string> = {
  TOWNSHIP_HEAD: '属地乡镇（街道）负责人',
  REGULATOR_HEAD: '监管部门负责人',
  COUNTY_OFFICE: '县安委办',
  COUNTY_LEADER: '县分管领导',
};
