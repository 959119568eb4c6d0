// Side effects of a hazard's life: every transition writes the hazard, a hazard event and an audit row together.
import type { Kysely, Transaction } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import { ESCALATION_LEVEL_NAMES_ZH } from '../domain/escalation';
import type { EscalationLevel, HazardStatus } from '../domain/types';
import { formatShanghaiDateTime } from '../domain/reports';
import { conflict, notFound } from './failures';

function hazardWithContext(db: Kysely<DB> | Transaction<DB>, hazardId: number) {
  return db
    .selectFrom('hazard')
    .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
    .select([
      'hazard.id',
      'hazard.status',
      'hazard.level',
      'hazard.description',
      'hazard.rectify_by',
      'hazard.regulator_id',
      'hazard.township_id',
      'enterprise.name as enterprise_name',
      'enterprise.industry',
    ])
    .where('hazard.id', '=', hazardId);
}

interface TransitionInput {
  hazardId: number;
  updateId: string;
  actorId: number | null;
  requestId: string | null;
  /** Evidence of this step, uploaded beforehand by the actor. */
  photoIds?: number[];
  at: string;
}

export function createHazardActivities(db: Kysely<DB>) {
  /** Applies one transition once: the update id is the event's unique key, so a retry changes nothing. */
  async function transition(
    input: TransitionInput,
    from: HazardStatus,
    to: HazardStatus,
    kind: 'RECTIFICATION_REPORTED' | 'VERIFICATION_PASSED' | 'VERIFICATION_REJECTED',
    changes: {
      rectification_measures?: string;
      reported_at?: string;
      verified_at?: string;
      closed_at?: string;
      rectify_by?: string;
    },
    comment: string | null,
    action: string,
  ): Promise<void> {
    await db.transaction().execute(async (trx) => {
      const done = await trx
        .selectFrom('hazard_event')
        .select('id')
        .where('event_key', '=', input.updateId)
        .executeTakeFirst();
      if (done) return;
      const before = await trx
        .selectFrom('hazard')
        .select(['status', 'rectify_by'])
        .where('id', '=', input.hazardId)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw notFound(`隐患 ${input.hazardId} 不存在`);
      if (before.status !== from) throw conflict(`隐患当前状态为 ${before.status}，不能执行此操作`);
      await trx
        .updateTable('hazard')
        .set({ status: to, ...changes })
        .where('id', '=', input.hazardId)
        .execute();
      await trx
        .insertInto('hazard_event')
        .values({
          hazard_id: input.hazardId,
          kind,
          from_status: from,
          to_status: to,
          actor_id: input.actorId,
          comment,
          data: JSON.stringify(changes),
          event_key: input.updateId,
          at: input.at,
        })
        .execute();
      if (input.photoIds?.length && input.actorId !== null) {
        await createPhotoRepository(trx).attach({
          photoIds: input.photoIds,
          uploadedBy: input.actorId,
          inspectionId: null,
          hazardId: input.hazardId,
          step: kind,
          at: new Date(input.at),
        });
      }
      if (to === 'CLOSED')
        await createEscalationRepository(trx).resolveOpenForHazard(input.hazardId, new Date(input.at));
      await createAuditRepository(trx).record({
        actorId: input.actorId,
        action,
        subjectType: 'Hazard',
        subjectId: input.hazardId,
        requestId: input.requestId,
        before: { status: before.status, rectifyBy: before.rectify_by.toISOString() },
        after: { status: to, ...changes },
      });
    });
  }

  return {
    recordRectificationReport: (input: TransitionInput & { measures: string }) =>
      transition(
        input,
        'OPEN',
        'PENDING_VERIFICATION',
        'RECTIFICATION_REPORTED',
        { rectification_measures: input.measures, reported_at: input.at },
        input.measures,
        'reportRectification',
      ),

    recordVerification: (
      input: TransitionInput & { passed: boolean; comment: string | null; newRectifyBy: string | null },
    ) =>
      input.passed
        ? transition(
            input,
            'PENDING_VERIFICATION',
            'CLOSED',
            'VERIFICATION_PASSED',
            { verified_at: input.at, closed_at: input.at },
            input.comment,
            'verifyRectification',
          )
        : transition(
            input,
            'PENDING_VERIFICATION',
            'OPEN',
            'VERIFICATION_REJECTED',
            { verified_at: input.at, ...(input.newRectifyBy ? { rectify_by: input.newRectifyBy } : {}) },
            input.comment,
            'verifyRectification',
          ),

    async sendHazardReminder(input: { hazardId: number; cycle: number; rectifyBy: string; at: string }): Promise<void> {
      const hazard = await hazardWithContext(db, input.hazardId).executeTakeFirst();
      if (!hazard || hazard.status !== 'OPEN') return;
      await createNotificationRepository(db).send({
        orgUnitId: hazard.regulator_id,
        userId: null,
        kind: 'HAZARD_DUE_SOON',
        subjectType: 'Hazard',
        subjectId: hazard.id,
        title: '隐患整改即将到期',
        body: `${hazard.enterprise_name}的隐患"${hazard.description.slice(0, 60)}"整改期限为${formatShanghaiDateTime(new Date(input.rectifyBy))}，请督促企业按期整改。`,
        dedupeKey: `hazard-${hazard.id}:remind:c${input.cycle}`,
        at: new Date(input.at),
      });
    },

    async sendHazardClosedNotice(input: { hazardId: number; at: string }): Promise<void> {
      const hazard = await hazardWithContext(db, input.hazardId).executeTakeFirst();
      if (!hazard || hazard.status !== 'CLOSED') return;
      await createNotificationRepository(db).send({
        orgUnitId: hazard.township_id,
        userId: null,
        kind: 'HAZARD_CLOSED',
        subjectType: 'Hazard',
        subjectId: hazard.id,
        title: '隐患已整改销号',
        body: `${hazard.enterprise_name}的隐患"${hazard.description.slice(0, 60)}"已整改到位，经核查验收予以销号。`,
        dedupeKey: `hazard-${hazard.id}:closed`,
        at: new Date(input.at),
      });
    },

    async raiseHazardEscalation(input: {
      hazardId: number;
      rungKey: string;
      level: EscalationLevel;
      listed: boolean;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const hazard = await hazardWithContext(trx, input.hazardId).executeTakeFirst();
        if (!hazard || hazard.status === 'CLOSED') return;
        const escalations = createEscalationRepository(trx);
        const target = await escalations.resolveAddressee(
          input.level,
          hazard.regulator_id,
          hazard.industry,
          hazard.township_id,
        );
        const raised = await escalations.raise({
          subjectType: 'HAZARD',
          taskId: null,
          hazardId: hazard.id,
          level: input.level,
          target,
          rungKey: input.rungKey,
          at: new Date(input.at),
        });
        if (!raised.created) return;
        await trx
          .insertInto('hazard_event')
          .values({
            hazard_id: hazard.id,
            kind: input.listed ? 'LISTED_SUPERVISION' : 'ESCALATED',
            from_status: hazard.status,
            to_status: hazard.status,
            actor_id: null,
            comment: null,
            data: JSON.stringify({ level: input.level, escalationId: raised.id }),
            event_key: `escalation:${input.rungKey}`,
            at: input.at,
          })
          .execute();
        await createAuditRepository(trx).record({
          actorId: null,
          action: input.listed ? 'listSupervision' : 'escalate',
          subjectType: 'Hazard',
          subjectId: hazard.id,
          after: { escalationId: raised.id, level: input.level },
        });
        await createNotificationRepository(trx).send({
          orgUnitId: target.orgUnitId,
          userId: target.userId,
          kind: 'ESCALATION',
          subjectType: 'Escalation',
          subjectId: raised.id,
          title: input.listed
            ? '重大事故隐患挂牌督办'
            : `隐患逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[input.level]}督办`,
          body: input.listed
            ? `${hazard.enterprise_name}排查出重大事故隐患"${hazard.description.slice(0, 60)}"，已列入县级挂牌督办，整改期限${formatShanghaiDateTime(hazard.rectify_by)}。`
            : `${hazard.enterprise_name}的隐患"${hazard.description.slice(0, 60)}"未按期整改或核查，请督促办理。`,
          dedupeKey: `escalation-${raised.id}`,
          at: new Date(input.at),
        });
      });
    },
  };
}
