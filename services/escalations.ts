// Acknowledging an escalation (签收督办): the addressee's org says it has taken the case up.
// An escalation's own status is not a workflow lifecycle: its subject's workflow raises and resolves it;
// acknowledgement is a registry fact written here, guarded by a conditional update so a race has one winner.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationReader, createEscalationRepository, type EscalationRow } from '../db/repositories/escalations';
import type { DB } from '../db/schema';
import { LIMITS, textTooLong } from '../domain/limits';
import { notFound, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';

/**
 * Only the addressee's org may acknowledge: its head for a regulator's or a township's rung, the office's admins, a
 * leader for the top rung.
 */
export function mayAcknowledge(
  viewer: Viewer,
  escalation: Pick<EscalationRow, 'level' | 'addressee_org_id' | 'addressee_user_id'>,
): boolean {
  if (escalation.level === 'COUNTY_LEADER') {
    return (
      viewer.role === 'LEADER' &&
      (escalation.addressee_user_id === null ||
        escalation.addressee_user_id === viewer.id ||
        viewer.orgUnitId === escalation.addressee_org_id)
    );
  }
  if (viewer.orgUnitId !== escalation.addressee_org_id) return false;
  if (escalation.level === 'REGULATOR_HEAD' || escalation.level === 'TOWNSHIP_HEAD')
    return viewer.role === escalation.level;
  return viewer.role === 'ADMIN';
}

export function createEscalationService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    async acknowledge(
      viewer: Viewer,
      input: { escalationId: number; comment?: string | null },
      requestId: string | null,
    ): Promise<EscalationRow> {
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > LIMITS.longText)
        throw new AppError('BAD_USER_INPUT', textTooLong('签收意见', LIMITS.longText));
      const reader = createEscalationReader(db);
      const [escalation] = await reader.getByIds(rowScopeOf(viewer), [input.escalationId]);
      if (!escalation) throw notFound('督办事项');
      if (!mayAcknowledge(viewer, escalation))
        throw new AppError('FORBIDDEN', '只有督办对象（被督办单位或属地乡镇负责人、县安委办或分管县领导）可以签收');
      if (escalation.status === 'ACKNOWLEDGED' && escalation.acknowledged_by === viewer.id) return escalation;
      if (escalation.status !== 'OPEN')
        throw new AppError(
          'CONFLICT',
          escalation.status === 'RESOLVED' ? '该督办事项已办结，无需签收' : '该督办事项已被签收',
        );
      const at = now();
      await db.transaction().execute(async (trx) => {
        if (!(await createEscalationRepository(trx).acknowledge(escalation.id, viewer.id, comment, at))) {
          throw new AppError('CONFLICT', '该督办事项刚刚已被签收或已办结，请刷新');
        }
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'acknowledgeEscalation',
          subjectType: 'Escalation',
          subjectId: escalation.id,
          requestId,
          before: { status: 'OPEN' },
          after: { status: 'ACKNOWLEDGED', comment },
        });
      });
      const [fresh] = await reader.getByIds(rowScopeOf(viewer), [escalation.id]);
      if (!fresh) throw new Error(`escalation ${escalation.id} vanished`);
      return fresh;
    },
  };
}

export type EscalationService = ReturnType<typeof createEscalationService>;
