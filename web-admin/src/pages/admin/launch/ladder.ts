// The escalation ladder as the wizard edits it: presets, a readable duration, and the checks the server makes too.
import { isValidDuration, isWorkingDayDuration, parseDuration } from '../../../../../domain/duration';
import type { EscalationLevel } from '../../../gql/graphql';
import type { MessageKey } from '../../../locales';

export interface LadderStep {
  after: string;
  level: EscalationLevel;
}

export interface Ladder {
  remindBefore: string | null;
  steps: LadderStep[];
}

export type PresetName = 'standard' | 'strict' | 'workingDays' | 'none';

export const LEVEL_ORDER: readonly EscalationLevel[] = ['REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER'];

/** A preset's ladder: one rung per level, in order, each after its duration past the due time. */
const climb = (remindBefore: string, after: readonly [string, string, string]): Ladder => ({
  remindBefore,
  steps: after.flatMap((a, i) => {
    const level = LEVEL_ORDER[i];
    return level ? [{ after: a, level }] : [];
  }),
});

export const PRESETS: Record<PresetName, Ladder> = {
  // API.md's default ladder.
  standard: climb('P1D', ['P3D', 'P7D', 'P15D']),
  strict: climb('P2D', ['P1D', 'P3D', 'P7D']),
  workingDays: climb('P1WD', ['P2WD', 'P5WD', 'P10WD']),
  none: { remindBefore: null, steps: [] },
};

export const MAX_STEPS = 10;

export type DurationUnit = 'hours' | 'days' | 'workingDays';

/** The number-and-unit form of the durations the wizard writes (PTnH, PnD, PnWD); null for anything else. */
export function splitDuration(iso: string): { n: number; unit: DurationUnit } | null {
  const hours = /^PT(\d+)H$/.exec(iso);
  if (hours) return { n: Number(hours[1]), unit: 'hours' };
  const days = /^P(\d+)D$/.exec(iso);
  if (days) return { n: Number(days[1]), unit: 'days' };
  const working = /^P(\d+)WD$/.exec(iso);
  if (working) return { n: Number(working[1]), unit: 'workingDays' };
  return null;
}

export function joinDuration(n: number, unit: DurationUnit): string {
  return unit === 'hours' ? `PT${n}H` : unit === 'days' ? `P${n}D` : `P${n}WD`;
}

/** A readable duration: a locale key and its count, or the ISO text when the wizard did not write it. */
export function durationWords(iso: string): { key: MessageKey; n: number } | null {
  const split = splitDuration(iso);
  if (!split) return null;
  const key: MessageKey =
    split.unit === 'hours'
      ? 'ladder.unit.hoursN'
      : split.unit === 'days'
        ? 'ladder.unit.daysN'
        : 'ladder.unit.workingDaysN';
  return { key, n: split.n };
}

// Working days and calendar days only order against each other at a date: compare at an average week, as the server does.
function approxMs(iso: string): number {
  const d = parseDuration(iso);
  return isWorkingDayDuration(d) ? d.workingDays * 1.4 * 86_400_000 : d.ms;
}

export type LadderProblem =
  | { key: 'ladder.problem.invalid'; step: number }
  | { key: 'ladder.problem.order'; step: number }
  | { key: 'ladder.problem.level'; step: number }
  | { key: 'ladder.problem.tooMany'; step: number };

/** What is wrong with a ladder, each with the 1-based step it is about; empty when it is fine. */
export function ladderProblems(steps: readonly LadderStep[]): LadderProblem[] {
  const problems: LadderProblem[] = [];
  if (steps.length > MAX_STEPS) problems.push({ key: 'ladder.problem.tooMany', step: MAX_STEPS });
  let previous: { ms: number; rank: number } | null = null;
  for (const [i, step] of steps.entries()) {
    if (!isValidDuration(step.after)) {
      problems.push({ key: 'ladder.problem.invalid', step: i + 1 });
      continue;
    }
    const current = { ms: approxMs(step.after), rank: LEVEL_ORDER.indexOf(step.level) };
    if (previous && current.ms <= previous.ms) problems.push({ key: 'ladder.problem.order', step: i + 1 });
    if (previous && current.rank < previous.rank) problems.push({ key: 'ladder.problem.level', step: i + 1 });
    previous = current;
  }
  return problems;
}
