// Side effects of a hazard's life: every transition writes the hazard, a hazard event and an audit row together.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createHazardRepository } from '../db/repositories/hazards';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import type { AuditAction } from '../domain/audit-actions';
import { hazardNotices } from '../domain/notices';
import { hazardNotFound, hazardStatusConflict } from '../domain/hazard-rules';
import type { EscalationLevel, HazardStatus } from '../domain/types';
import { conflict, notFound } from './failures';

interface TransitionInput {
  hazardId: number;
  updateId: string;
  actorId: number | null;
  requestId: string | null;
  /** Evidence of this step, uploaded beforehand by the actor. */
  photoIds?: number[];
  at: string;
}

interface Step {
  from: HazardStatus;
  to: HazardStatus;
  kind: 'RECTIFICATION_REPORTED' | 'VERIFICATION_PASSED' | 'VERIFICATION_REJECTED';
  changes: {
    rectification_measures?: string;
    reported_at?: string;
    verified_at?: string;
    closed_at?: string;
    rectify_by?: string;
  };
  comment: string | null;
  action: AuditAction;
}

export function createHazardActivities(db: Kysely<DB>) {
  /** Applies one transition once: the update id is the event's unique key, so a retry changes nothing. */
  async function transition(input: TransitionInput, step: Step): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const hazards = createHazardRepository(trx);
      if (await hazards.stepRecorded(input.updateId)) return;
      const before = await hazards.lockForTransition(input.hazardId);
      if (!before) throw notFound(hazardNotFound(input.hazardId));
      if (before.status !== step.from) throw conflict(hazardStatusConflict(before.status));
      await hazards.transition(
        input.hazardId,
        { status: step.to, ...step.changes },
        {
          kind: step.kind,
          from_status: step.from,
          actor_id: input.actorId,
          comment: step.comment,
          data: JSON.stringify(step.changes),
          event_key: input.updateId,
          at: input.at,
        },
      );
      if (input.photoIds?.length && input.actorId !== null) {
        await createPhotoRepository(trx).attach({
          photoIds: input.photoIds,
          uploadedBy: input.actorId,
          inspectionId: null,
          hazardId: input.hazardId,
          step: step.kind,
          at: new Date(input.at),
        });
      }
      if (step.to === 'CLOSED')
        await createEscalationRepository(trx).resolveOpenForHazard(input.hazardId, new Date(input.at));
      await createAuditRepository(trx).record({
        actorId: input.actorId,
        action: step.action,
        subjectType: 'Hazard',
        subjectId: input.hazardId,
        requestId: input.requestId,
        before: { status: before.status, rectifyBy: before.rectify_by.toISOString() },
        after: { status: step.to, ...step.changes },
      });
    });
  }

  return {
    recordRectificationReport: (input: TransitionInput & { measures: string }) =>
      transition(input, {
        from: 'OPEN',
        to: 'PENDING_VERIFICATION',
        kind: 'RECTIFICATION_REPORTED',
        changes: { rectification_measures: input.measures, reported_at: input.at },
        comment: input.measures,
        action: 'reportRectification',
      }),

    recordVerification: (
      input: TransitionInput & { passed: boolean; comment: string | null; newRectifyBy: string | null },
    ) =>
      transition(input, {
        from: 'PENDING_VERIFICATION',
        to: input.passed ? 'CLOSED' : 'OPEN',
        kind: input.passed ? 'VERIFICATION_PASSED' : 'VERIFICATION_REJECTED',
        changes: input.passed
          ? { verified_at: input.at, closed_at: input.at }
          : { verified_at: input.at, ...(input.newRectifyBy ? { rectify_by: input.newRectifyBy } : {}) },
        comment: input.comment,
        action: 'verifyRectification',
      }),

    async sendHazardReminder(input: { hazardId: number; cycle: number; rectifyBy: string; at: string }): Promise<void> {
      const hazard = await createHazardRepository(db).withContext(input.hazardId);
      if (!hazard || hazard.status !== 'OPEN') return;
      await createNotificationRepository(db).send({
        ...hazardNotices.dueSoon(hazard, new Date(input.rectifyBy)),
        orgUnitId: hazard.regulator_id,
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        dedupeKey: `hazard-${hazard.id}:remind:c${input.cycle}`,
        at: new Date(input.at),
      });
    },

    async sendHazardClosedNotice(input: { hazardId: number; at: string }): Promise<void> {
      const hazard = await createHazardRepository(db).withContext(input.hazardId);
      if (!hazard || hazard.status !== 'CLOSED') return;
      await createNotificationRepository(db).send({
        ...hazardNotices.closed(hazard),
        orgUnitId: hazard.township_id,
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        dedupeKey: `hazard-${hazard.id}:closed`,
        at: new Date(input.at),
      });
    },

    /** One rung of the ladder; `listed` is the county's listed supervision (挂牌督办) of a major hazard. */
    async raiseHazardEscalation(input: {
      hazardId: number;
      rungKey: string;
      level: EscalationLevel;
      listed: boolean;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const hazards = createHazardRepository(trx);
        const hazard = await hazards.withContext(input.hazardId);
        if (!hazard || hazard.status === 'CLOSED') return;
        const raised = await createEscalationRepository(trx).raise({
          subject: { hazardId: hazard.id },
          owner: { regulatorId: hazard.regulator_id, industry: hazard.industry, townshipId: hazard.township_id },
          rung: input,
          notice: input.listed ? hazardNotices.listedSupervision(hazard) : hazardNotices.escalated(hazard, input.level),
        });
        if (!raised.created) return;
        await hazards.recordEvent({
          hazard_id: hazard.id,
          kind: input.listed ? 'LISTED_SUPERVISION' : 'ESCALATED',
          from_status: hazard.status,
          to_status: hazard.status,
          actor_id: null,
          comment: null,
          data: JSON.stringify({ level: input.level, escalationId: raised.id }),
          event_key: `escalation:${input.rungKey}`,
          at: input.at,
        });
        await createAuditRepository(trx).record({
          actorId: null,
          action: input.listed ? 'listedSupervision' : 'escalateHazard',
          subjectType: 'Hazard',
          subjectId: hazard.id,
          after: { escalationId: raised.id, level: input.level },
        });
      });
    },
  };
}
