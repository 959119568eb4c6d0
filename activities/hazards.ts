// Side effects of a hazard's life: every transition writes the hazard, a hazard event and an audit row together.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createHazardRepository } from '../db/repositories/hazards';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import type { AuditAction } from '../domain/audit-actions';
import { verificationDeadline } from '../domain/escalation';
import { documentNotices, hazardNotices, type Notice } from '../domain/notices';
import { hazardNotFound, hazardStatusConflict, verifierProblem } from '../domain/hazard-rules';
import type { EscalationLevel, HazardStatus } from '../domain/types';
import { issueListingDocument, issueReinspectionOpinion } from './documents';
import { conflict, forbidden, notFound } from './failures';

interface TransitionInput {
  hazardId: number;
  updateId: string;
  actorId: number | null;
  requestId: string | null;
  /** Evidence of this step, uploaded beforehand by the actor. */
  photoIds?: number[];
  at: string;
  /** 次日核查 as the workflow counted it with its calendar (absent in histories from before the calendar was data). */
  verifyBy?: string;
}

interface Step {
  from: HazardStatus;
  to: HazardStatus;
  kind:
    | 'RECTIFICATION_REPORTED'
    | 'REINSPECTION_REQUESTED'
    | 'VERIFICATION_PASSED'
    | 'VERIFICATION_REJECTED'
    | 'SIGNED_OFF'
    | 'SIGN_OFF_RETURNED';
  changes: {
    rectification_measures?: string;
    reported_at?: string;
    reported_by?: number | null;
    reported_on_behalf?: boolean;
    rectification_responsible?: string | null;
    rectification_funds?: number | null;
    rectification_completed_at?: string | null;
    rectification_contingency_plan?: string | null;
    verified_at?: string;
    signed_off_at?: string;
    closed_at?: string;
    rectify_by?: string;
    verify_by?: string | null;
    reinspection_requested_at?: string | null;
  };
  comment: string | null;
  action: AuditAction;
  /** A refusal that depends on the row (who reported it): FORBIDDEN, nothing written. */
  forbidden?: (before: { reported_by: number | null }) => string | null;
  /** What else the step writes in its transaction (the 复查's 整改复查意见书). */
  alsoWrite?: (trx: Kysely<DB>) => Promise<void>;
}

/** 五落实 of a report besides its measures: 责任, 资金, 时限, 预案. */
export interface FiveItems {
  responsible: string | null;
  funds: number | null;
  completedAt: string | null;
  contingencyPlan: string | null;
}

type HazardContext = NonNullable<Awaited<ReturnType<ReturnType<typeof createHazardRepository>['withContext']>>>;

/** Who is told of a step, and what (the notices of a step are written with it, once per step key). */
async function noticesOfStep(
  trx: Kysely<DB>,
  hazard: HazardContext,
  step: Step,
  input: TransitionInput,
): Promise<{ to: { orgUnitId: number | null; enterpriseId?: number }; notice: Notice }[]> {
  const enterprise = { orgUnitId: null, enterpriseId: hazard.enterprise_id };
  const regulator = { orgUnitId: hazard.regulator_id };
  switch (step.kind) {
    case 'RECTIFICATION_REPORTED':
      return [
        {
          // 次日核查 by whoever verifies: its own unit, or the county office for what its supervision found (督导).
          to: { orgUnitId: hazard.verifier_org_id ?? hazard.regulator_id },
          notice: hazardNotices.rectificationReported(
            hazard,
            input.verifyBy ? new Date(input.verifyBy) : verificationDeadline(new Date(input.at)),
          ),
        },
      ];
    case 'REINSPECTION_REQUESTED':
      return [
        {
          to: { orgUnitId: hazard.verifier_org_id ?? hazard.regulator_id },
          notice: hazardNotices.reinspectionRequested(hazard, new Date(step.changes.verify_by ?? input.at)),
        },
      ];
    case 'VERIFICATION_REJECTED':
      return [{ to: enterprise, notice: hazardNotices.rejected(hazard, step.comment) }];
    case 'VERIFICATION_PASSED':
      if (step.to !== 'PENDING_SIGN_OFF') return [];
      return [
        {
          to: { orgUnitId: (await createOrgUnitRepository(trx).countyOffice()).id },
          notice: hazardNotices.awaitingSignOff(hazard),
        },
      ];
    case 'SIGN_OFF_RETURNED':
      return [
        { to: enterprise, notice: hazardNotices.signOffReturned(hazard, step.comment) },
        { to: regulator, notice: hazardNotices.signOffReturned(hazard, step.comment) },
      ];
    case 'SIGNED_OFF':
      // The closed notice goes out when the workflow ends (sendHazardClosedNotice).
      return [];
  }
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
      const refusal = step.forbidden?.(before) ?? null;
      if (refusal) throw forbidden(refusal);
      // Written from the row as the step found it (the 复查 opinion names the application this cycle's clock counted from).
      await step.alsoWrite?.(trx);
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
      const hazard = await hazards.withContext(input.hazardId);
      if (hazard) {
        const notices = await noticesOfStep(trx, hazard, step, input);
        for (const [i, { to, notice }] of notices.entries()) {
          await createNotificationRepository(trx).send({
            ...notice,
            orgUnitId: to.orgUnitId,
            enterpriseId: to.enterpriseId ?? null,
            userId: null,
            subjectType: 'Hazard',
            subjectId: hazard.id,
            dedupeKey: `${input.updateId}:notice:${i}`,
            at: new Date(input.at),
          });
        }
      }
      await createAuditRepository(trx).record({
        actorId: input.actorId,
        action: step.action,
        subjectType: 'Hazard',
        subjectId: input.hazardId,
        requestId: input.requestId,
        before: { status: before.status, rectifyBy: before.rectify_by.toISOString() },
        after: { status: step.to, ...step.changes },
        at: input.at,
      });
    });
  }

  return {
    /** The enterprise's report (or a regulator's on its behalf, 代报) with 五落实; histories from before carry measures only. */
    recordRectificationReport: (
      input: TransitionInput & { measures: string; fiveItems?: FiveItems; onBehalf?: boolean },
    ) =>
      transition(input, {
        from: 'OPEN',
        to: 'PENDING_VERIFICATION',
        kind: 'RECTIFICATION_REPORTED',
        changes: {
          rectification_measures: input.measures,
          reported_at: input.at,
          reported_by: input.actorId,
          reported_on_behalf: input.onBehalf ?? true,
          rectification_responsible: input.fiveItems?.responsible ?? null,
          rectification_funds: input.fiveItems?.funds ?? null,
          rectification_completed_at: input.fiveItems?.completedAt ?? null,
          rectification_contingency_plan: input.fiveItems?.contingencyPlan ?? null,
          ...(input.verifyBy ? { verify_by: input.verifyBy } : {}),
        },
        comment: input.measures,
        action: 'reportRectification',
      }),

    /** 申请复查: the enterprise of a hazard under an order applies; the 复查 is due sooner (the workflow counted when). */
    recordReinspectionRequest: (input: TransitionInput & { verifyBy: string }) =>
      transition(input, {
        from: 'PENDING_VERIFICATION',
        to: 'PENDING_VERIFICATION',
        kind: 'REINSPECTION_REQUESTED',
        changes: { reinspection_requested_at: input.at, verify_by: input.verifyBy },
        comment: null,
        action: 'requestReinspection',
      }),

    /** Passed closes the hazard, or (`signOff`, a major hazard) sends it to the county office; rejected reopens it. */
    recordVerification: (
      input: TransitionInput & {
        passed: boolean;
        signOff?: boolean;
        comment: string | null;
        newRectifyBy: string | null;
        /** A 复查 under an order: the 整改复查意见书 is issued with it (absent in histories from before). */
        reinspection?: boolean;
      },
    ) =>
      transition(input, {
        from: 'PENDING_VERIFICATION',
        to: input.passed ? (input.signOff ? 'PENDING_SIGN_OFF' : 'CLOSED') : 'OPEN',
        kind: input.passed ? 'VERIFICATION_PASSED' : 'VERIFICATION_REJECTED',
        changes: input.passed
          ? { verified_at: input.at, ...(input.signOff ? {} : { closed_at: input.at }) }
          : {
              verified_at: input.at,
              ...(input.newRectifyBy ? { rectify_by: input.newRectifyBy } : {}),
              // A new cycle: its report sets its own deadline, and the enterprise may apply for 复查 again.
              ...(input.reinspection ? { verify_by: null, reinspection_requested_at: null } : {}),
            },
        comment: input.comment,
        action: 'verifyRectification',
        // Histories from before the rule recorded the reporter's own verifications; they replay without this activity.
        forbidden: (before) => (input.actorId === null ? null : verifierProblem(input.actorId, before.reported_by)),
        alsoWrite: input.reinspection
          ? (trx) =>
              issueReinspectionOpinion(trx, {
                hazardId: input.hazardId,
                updateId: input.updateId,
                passed: input.passed,
                comment: input.comment,
                newRectifyBy: input.passed ? null : input.newRectifyBy,
                actorId: input.actorId,
                at: new Date(input.at),
              })
          : undefined,
      }),

    /** 销号审核: approved closes a major hazard; returned reopens it with a new deadline. */
    recordSignOff: (
      input: TransitionInput & { approved: boolean; comment: string | null; newRectifyBy: string | null },
    ) =>
      transition(input, {
        from: 'PENDING_SIGN_OFF',
        to: input.approved ? 'CLOSED' : 'OPEN',
        kind: input.approved ? 'SIGNED_OFF' : 'SIGN_OFF_RETURNED',
        changes: input.approved
          ? { signed_off_at: input.at, closed_at: input.at }
          : input.newRectifyBy
            ? { rectify_by: input.newRectifyBy }
            : {},
        comment: input.comment,
        action: 'signOffHazard',
        // 核销: a listed major hazard signed off leaves listed supervision with its 核销通知书.
        alsoWrite: input.approved
          ? async (trx) => {
              const hazard = await createHazardRepository(trx).forDocument(input.hazardId);
              if (!hazard?.listed_at || hazard.delisted_at) return;
              const at = new Date(input.at);
              await createHazardRepository(trx).updateListing(hazard.id, { delisted_at: at });
              await issueListingDocument(trx, {
                hazardId: hazard.id,
                kind: 'LISTING_REMOVAL',
                issuerOrgId: (await createOrgUnitRepository(trx).countyOffice()).id,
                actorId: input.actorId,
                reason: null,
                issueKey: `${input.updateId}:removal`,
                at,
              });
            }
          : undefined,
      }),

    /** Before the 复查 is due: whoever re-inspects (the hazard's unit, or the county office for a 督导 finding). */
    async sendReinspectionReminder(input: { hazardId: number; cycle: number; verifyBy: string; at: string }) {
      const hazard = await createHazardRepository(db).withContext(input.hazardId);
      if (!hazard || hazard.status !== 'PENDING_VERIFICATION') return;
      await createNotificationRepository(db).send({
        ...hazardNotices.reinspectionDueSoon(hazard, new Date(input.verifyBy)),
        orgUnitId: hazard.verifier_org_id ?? hazard.regulator_id,
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        dedupeKey: `hazard-${hazard.id}:c${input.cycle}:reinspection-remind:${input.verifyBy}`,
        at: new Date(input.at),
      });
    },

    /** Before the rectify-by time: the regulator, to press for it, and the enterprise, to do it. */
    async sendHazardReminder(input: { hazardId: number; cycle: number; rectifyBy: string; at: string }): Promise<void> {
      const hazard = await createHazardRepository(db).withContext(input.hazardId);
      if (!hazard || hazard.status !== 'OPEN') return;
      const notifications = createNotificationRepository(db);
      const reminder = {
        ...hazardNotices.dueSoon(hazard, new Date(input.rectifyBy)),
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        at: new Date(input.at),
      };
      await notifications.send({
        ...reminder,
        orgUnitId: hazard.regulator_id,
        dedupeKey: `hazard-${hazard.id}:remind:c${input.cycle}`,
      });
      await notifications.send({
        ...reminder,
        orgUnitId: null,
        enterpriseId: hazard.enterprise_id,
        dedupeKey: `hazard-${hazard.id}:remind:c${input.cycle}:enterprise`,
      });
    },

    /** 销号通报: the township responsible for the enterprise, and the enterprise itself, learn it is closed. */
    async sendHazardClosedNotice(input: { hazardId: number; at: string }): Promise<void> {
      const hazard = await createHazardRepository(db).withContext(input.hazardId);
      if (!hazard || hazard.status !== 'CLOSED') return;
      const notifications = createNotificationRepository(db);
      const closed = {
        ...hazardNotices.closed(hazard),
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        at: new Date(input.at),
      };
      await notifications.send({ ...closed, orgUnitId: hazard.township_id, dedupeKey: `hazard-${hazard.id}:closed` });
      await notifications.send({
        ...closed,
        orgUnitId: null,
        enterpriseId: hazard.enterprise_id,
        dedupeKey: `hazard-${hazard.id}:closed:enterprise`,
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
        // A closed hazard climbs no further. Its listing (挂牌督办) is another matter: a major hazard is listed when it
        // is found, so a listing that reaches the database after the hazard's own steps closed it (a worker killed
        // or busy in between) is still recorded, and settled at once.
        if (!hazard || (hazard.status === 'CLOSED' && !input.listed)) return;
        const escalations = createEscalationRepository(trx);
        const raised = await escalations.raise({
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
          at: input.at,
        });
        // 挂牌督办通知书: the county office lists it; the enterprise is served and signs for it.
        if (input.listed) {
          const at = new Date(input.at);
          await hazards.updateListing(hazard.id, { listed_at: at });
          const notice = await issueListingDocument(trx, {
            hazardId: hazard.id,
            kind: 'LISTING_NOTICE',
            issuerOrgId: (await createOrgUnitRepository(trx).countyOffice()).id,
            actorId: null,
            reason: null,
            issueKey: `escalation:${input.rungKey}:notice`,
            at,
          });
          await createNotificationRepository(trx).send({
            ...documentNotices.served(notice.body.title, notice.number),
            orgUnitId: null,
            enterpriseId: hazard.enterprise_id,
            userId: null,
            subjectType: 'Document',
            subjectId: notice.id,
            dedupeKey: `escalation:${input.rungKey}:notice:served`,
            at,
          });
        }
        if (hazard.status === 'CLOSED')
          await escalations.resolveOpenForHazard(hazard.id, hazard.closed_at ?? new Date(input.at));
      });
    },
  };
}
