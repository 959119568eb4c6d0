// One hazard until it is verified closed (销号): rectify-by reminder and ladder, rectification, next-day verification.
import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  currentUpdateInfo,
  patched,
  setHandler,
} from '@temporalio/workflow';
import {
  escalationLadder,
  majorHazardLadder,
  reminderTime,
  verificationDeadline,
  verificationLadder,
} from '../domain/escalation';
import type { EscalationLevel, HazardStatus } from '../domain/types';
import { activities, stepActivities } from './activity-proxies';
import { nextEvent, type TimedEvent } from './clock';
import {
  getHazardState,
  reportRectification,
  verifyRectification,
  type HazardState,
  type HazardWorkflowInput,
  type ReportRectificationInput,
  type VerifyRectificationInput,
} from './messages';

interface HazardEvent extends TimedEvent {
  kind: 'remind' | 'escalate';
  level?: EscalationLevel;
}

const conflict = (message: string) => ApplicationFailure.create({ type: 'CONFLICT', message, nonRetryable: true });

export async function hazardWorkflow(input: HazardWorkflowInput): Promise<HazardState> {
  let status: HazardStatus = 'OPEN';
  let rectifyBy = new Date(input.rectifyBy);
  let verifyBy: Date | null = null;
  // Each rejection starts a new cycle with its own reminder and ladder.
  let cycle = 0;
  let version = 0;
  let busy = false;
  let escalationsRaised = 0;
  const fired = new Set<string>();
  const foundAt = new Date(input.foundAt);
  // A major hazard is listed (挂牌督办) even when its rectification is reported before the listing fired (a report
  // can reach the workflow in its first activation); histories from before this rule replay without it.
  const listedWhateverStatus = input.level === 'MAJOR' && patched('major-hazard-listed-whatever-status');
  const listing = (): HazardEvent[] =>
    majorHazardLadder(foundAt, rectifyBy, input.policy.steps)
      .filter((rung) => rung.key === 'listed' && !fired.has('listed'))
      .map((rung) => ({ key: 'listed', kind: 'escalate', at: rung.at, level: rung.level }));

  const state = (): HazardState => ({
    hazardId: input.hazardId,
    status,
    rectifyBy: rectifyBy.toISOString(),
    verifyBy: verifyBy?.toISOString() ?? null,
    cycle,
    escalationsRaised,
  });

  const pending = (): HazardEvent[] => {
    const events: HazardEvent[] = [];
    const push = (key: string, kind: HazardEvent['kind'], at: Date, level?: EscalationLevel) => {
      if (!fired.has(key)) events.push({ key, kind, at, ...(level ? { level } : {}) });
    };
    if (status === 'OPEN') {
      const remindAt = reminderTime(rectifyBy, input.policy.remindBefore);
      if (remindAt && Date.now() < rectifyBy.getTime()) push(`c${cycle}:remind`, 'remind', remindAt);
      const ladder =
        input.level === 'MAJOR'
          ? majorHazardLadder(foundAt, rectifyBy, input.policy.steps)
          : escalationLadder(rectifyBy, input.policy.steps);
      // Listed supervision happens once, whatever the cycle.
      for (const rung of ladder) {
        if (rung.key !== 'listed') push(`c${cycle}:${rung.key}`, 'escalate', rung.at, rung.level);
        else if (!listedWhateverStatus) push('listed', 'escalate', rung.at, rung.level);
      }
    } else if (status === 'PENDING_VERIFICATION' && verifyBy) {
      for (const rung of verificationLadder(verifyBy, input.policy.steps))
        push(`c${cycle}:${rung.key}`, 'escalate', rung.at, rung.level);
    }
    return listedWhateverStatus ? [...listing(), ...events] : events;
  };

  setHandler(getHazardState, state);

  setHandler(
    reportRectification,
    async ({ measures, actorId, requestId, photoIds }) => {
      if (status !== 'OPEN' || busy) throw conflict('该隐患当前不是待整改状态，不能报告整改');
      busy = true;
      try {
        const at = new Date();
        await stepActivities().recordRectificationReport({
          hazardId: input.hazardId,
          updateId: currentUpdateInfo()?.id ?? `hazard-${input.hazardId}:report:${cycle}`,
          measures,
          actorId,
          requestId: requestId ?? null,
          photoIds: photoIds ?? [],
          at: at.toISOString(),
        });
        status = 'PENDING_VERIFICATION';
        verifyBy = verificationDeadline(at);
        version += 1;
        return state();
      } finally {
        busy = false;
      }
    },
    {
      validator: (_report: ReportRectificationInput) => {
        if (status !== 'OPEN' || busy) throw new Error('该隐患当前不是待整改状态，不能报告整改');
      },
    },
  );

  setHandler(
    verifyRectification,
    async ({ passed, comment, newRectifyBy, actorId, requestId, photoIds }) => {
      if (status !== 'PENDING_VERIFICATION' || busy) throw conflict('该隐患当前不是待核查状态，不能核查');
      busy = true;
      try {
        const at = new Date();
        await stepActivities().recordVerification({
          hazardId: input.hazardId,
          updateId: currentUpdateInfo()?.id ?? `hazard-${input.hazardId}:verify:${cycle}`,
          passed,
          comment,
          newRectifyBy: passed ? null : newRectifyBy,
          actorId,
          requestId: requestId ?? null,
          photoIds: photoIds ?? [],
          at: at.toISOString(),
        });
        verifyBy = null;
        if (passed) {
          status = 'CLOSED';
        } else {
          status = 'OPEN';
          rectifyBy = newRectifyBy ? new Date(newRectifyBy) : rectifyBy;
          cycle += 1;
        }
        version += 1;
        return state();
      } finally {
        busy = false;
      }
    },
    {
      validator: ({ passed, newRectifyBy }: VerifyRectificationInput) => {
        if (status !== 'PENDING_VERIFICATION' || busy) throw new Error('该隐患当前不是待核查状态，不能核查');
        if (!passed && (!newRectifyBy || new Date(newRectifyBy).getTime() <= Date.now())) {
          throw new Error('核查不通过时必须给出晚于当前时间的新整改期限');
        }
      },
    },
  );

  const control = {
    active: () => status !== 'CLOSED' || (listedWhateverStatus && !fired.has('listed')),
    paused: () => busy,
    version: () => version,
  };
  for (let event = await nextEvent(pending, control); event; event = await nextEvent(pending, control)) {
    fired.add(event.key);
    // Recorded at the time the policy set for it, so a ladder reads exactly as configured.
    const at = event.at.toISOString();
    if (event.kind === 'remind') {
      await activities.sendHazardReminder({ hazardId: input.hazardId, cycle, rectifyBy: rectifyBy.toISOString(), at });
    } else if (event.level) {
      await activities.raiseHazardEscalation({
        hazardId: input.hazardId,
        rungKey: `hazard-${input.hazardId}:${event.key}`,
        level: event.level,
        listed: event.key === 'listed',
        at,
      });
      escalationsRaised += 1;
    }
  }
  await condition(allHandlersFinished);
  // 销号通报: the township responsible for the enterprise learns the hazard is closed.
  await activities.sendHazardClosedNotice({ hazardId: input.hazardId, at: new Date().toISOString() });
  return state();
}
