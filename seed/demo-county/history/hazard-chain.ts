// A hazard's life from its finding to its closing (销号), planned as dated steps on the county's policy: the ladder
// rungs that a late report or a late verification would have raised, a rejection now and then, the county office's
// sign-off of a major one. Planned first, so a chain that would not have ended by now is left to a live workflow.
import {
  escalationLadder,
  majorHazardLadder,
  verificationDeadline,
  verificationLadder,
} from '../../../domain/escalation';
import type { EscalationStep } from '../../../domain/policy';
import type { Rng } from '../../../domain/rng';
import type { EscalationLevel } from '../../../domain/types';
import { MEASURES, REJECTIONS } from './texts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type ChainStep =
  | { kind: 'escalate'; key: string; level: EscalationLevel; at: Date; ackAt: Date | null }
  | { kind: 'report'; cycle: number; at: Date; measures: string }
  | { kind: 'verify'; cycle: number; at: Date; rejection: { comment: string; newRectifyBy: Date } | null }
  | { kind: 'signOff'; at: Date }
  | { kind: 'closed'; at: Date };

/** Rungs a ladder raised before `until`, each acknowledged a few hours later if that came before `until` too. */
export function rungsBefore(
  rng: Rng,
  rungs: readonly { key: string; level: EscalationLevel; at: Date }[],
  until: Date,
  prefix = '',
): Extract<ChainStep, { kind: 'escalate' }>[] {
  return rungs
    .filter((rung) => rung.at.getTime() < until.getTime())
    .map((rung) => {
      const ackAt = new Date(rung.at.getTime() + (2 + rng.int(20)) * HOUR);
      return {
        kind: 'escalate' as const,
        key: `${prefix}${rung.key}`,
        level: rung.level,
        at: rung.at,
        ackAt: ackAt.getTime() < until.getTime() ? ackAt : null,
      };
    });
}

/** The steps of a hazard found at `foundAt` until it is closed; the last step is `closed`. */
export function planHazardChain(
  rng: Rng,
  hazard: { level: 'GENERAL' | 'MAJOR'; foundAt: Date; rectifyBy: Date },
  steps: readonly EscalationStep[],
): ChainStep[] {
  const major = hazard.level === 'MAJOR';
  const plan: ChainStep[] = [];
  // 挂牌督办: a major hazard is listed by the county office when it is found.
  if (major)
    plan.push(
      ...rungsBefore(
        rng,
        [{ key: 'listed', level: 'COUNTY_OFFICE', at: hazard.foundAt }],
        new Date(hazard.foundAt.getTime() + DAY),
      ),
    );
  const rejectOnce = !major && rng.next() < 0.08;
  let rectifyBy = hazard.rectifyBy;
  let from = hazard.foundAt;
  for (let cycle = 0; ; cycle++) {
    const window = Math.max(DAY, rectifyBy.getTime() - from.getTime());
    // Most are rectified within the time given; some at once (立行立改), some late.
    const pace = rng.next();
    const reportAt =
      pace < 0.15
        ? new Date(rectifyBy.getTime() + (1 + rng.int(10)) * DAY + rng.int(8) * HOUR)
        : pace < 0.45 && !major
          ? new Date(from.getTime() + Math.min(window - 2 * HOUR, (6 + rng.int(60)) * HOUR))
          : new Date(from.getTime() + Math.min(window - 2 * HOUR, (0.3 + rng.next() * 0.6) * window));
    const ladder = major
      ? majorHazardLadder(hazard.foundAt, rectifyBy, steps).filter((rung) => rung.key !== 'listed')
      : escalationLadder(rectifyBy, steps);
    plan.push(...rungsBefore(rng, ladder, reportAt, `c${cycle}:`));
    plan.push({ kind: 'report', cycle, at: reportAt, measures: rng.pick(MEASURES) });
    const verifyBy = verificationDeadline(reportAt);
    const verifyAt =
      rng.next() < 0.1
        ? new Date(verifyBy.getTime() + (6 + rng.int(44)) * HOUR)
        : new Date(
            reportAt.getTime() + Math.min(verifyBy.getTime() - reportAt.getTime() - HOUR, (2 + rng.int(20)) * HOUR),
          );
    plan.push(...rungsBefore(rng, verificationLadder(verifyBy, steps), verifyAt, `c${cycle}:`));
    if (rejectOnce && cycle === 0) {
      const newRectifyBy = new Date(verifyAt.getTime() + 7 * DAY);
      plan.push({ kind: 'verify', cycle, at: verifyAt, rejection: { comment: rng.pick(REJECTIONS), newRectifyBy } });
      rectifyBy = newRectifyBy;
      from = verifyAt;
      continue;
    }
    plan.push({ kind: 'verify', cycle, at: verifyAt, rejection: null });
    if (major) {
      const signAt = new Date(verifyAt.getTime() + (1 + rng.int(2)) * DAY);
      plan.push({ kind: 'signOff', at: signAt }, { kind: 'closed', at: signAt });
    } else {
      plan.push({ kind: 'closed', at: verifyAt });
    }
    return plan;
  }
}

/** When the chain ends (its `closed` step). */
export const chainEnd = (plan: readonly ChainStep[]): Date => plan[plan.length - 1]?.at ?? new Date(0);
