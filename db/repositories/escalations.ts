import { sql, type Kysely, type Transaction } from 'kysely';
import type { EscalationLevel, EscalationStatus, Industry } from '../../domain/types';
import type { Notice } from '../../domain/notices';
import type { DB } from '../schema';
import { createNotificationRepository } from './notifications';
import { escalationInScope, type RowScope } from './scope';
import { countOf, whenAny } from './queries';

export interface EscalationTarget {
  orgUnitId: number;
  userId: number | null;
}

export function createEscalationRepository(db: Kysely<DB> | Transaction<DB>) {
  const repository = {
    /**
     * Who an escalation is addressed to: the township's head (属地), the regulator's head, the county office, or the
     * county office with the leader in charge of the enterprise's industry or township.
     */
    async resolveAddressee(
      level: EscalationLevel,
      regulatorId: number | null,
      industry: Industry | null,
      townshipId: number | null,
    ): Promise<EscalationTarget> {
      const unit = level === 'REGULATOR_HEAD' ? regulatorId : level === 'TOWNSHIP_HEAD' ? townshipId : null;
      if (unit !== null && (level === 'REGULATOR_HEAD' || level === 'TOWNSHIP_HEAD')) {
        const head = await db
          .selectFrom('app_user')
          .select('id')
          .where('org_unit_id', '=', unit)
          .where('role', '=', level)
          .where('disabled', '=', false)
          .orderBy('id')
          .executeTakeFirst();
        return { orgUnitId: unit, userId: head?.id ?? null };
      }
      const county = await db
        .selectFrom('org_unit')
        .select('id')
        .where('kind', '=', 'COUNTY_OFFICE')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      if (level === 'COUNTY_OFFICE' || level === 'REGULATOR_HEAD' || level === 'TOWNSHIP_HEAD')
        return { orgUnitId: county.id, userId: null };
      // A tip not yet tied to an enterprise has no industry or township: the first leader in charge takes it.
      const leader = await db
        .selectFrom('leader_assignment')
        .innerJoin('app_user', 'app_user.id', 'leader_assignment.user_id')
        .select('app_user.id')
        .where('app_user.disabled', '=', false)
        .where((eb) =>
          industry === null && townshipId === null
            ? eb.val(true)
            : eb.or([
                eb('leader_assignment.industry', '=', industry),
                eb('leader_assignment.township_id', '=', townshipId),
              ]),
        )
        .orderBy('app_user.id')
        .executeTakeFirst();
      return { orgUnitId: county.id, userId: leader?.id ?? null };
    },

    /**
     * One row per rung, addressed by its level to the owner of its subject: a retried activity inserts nothing.
     * Returns the id, new or existing; the addressee is notified when the rung is first raised.
     */
    async raise(input: {
      subject:
        | { taskId: number }
        | { hazardId: number }
        | { tipId: number }
        | { riskId: number }
        | { directiveItemId: number };
      /**
       * Whose work it is: the regulator, and the enterprise's industry and township (for the leader in charge); a tip
       * awaiting the county office may know none of them.
       */
      owner: { regulatorId: number | null; industry: Industry | null; townshipId: number | null };
      rung: { level: EscalationLevel; rungKey: string; at: string };
      /** What the addressee is told, once. */
      notice: Notice;
    }): Promise<{ id: number; created: boolean }> {
      const { owner, rung } = input;
      const target = await repository.resolveAddressee(rung.level, owner.regulatorId, owner.industry, owner.townshipId);
      const subject =
        'taskId' in input.subject
          ? { subject_type: 'TASK' as const, task_id: input.subject.taskId, hazard_id: null }
          : 'hazardId' in input.subject
            ? { subject_type: 'HAZARD' as const, task_id: null, hazard_id: input.subject.hazardId }
            : 'tipId' in input.subject
              ? { subject_type: 'TIP' as const, task_id: null, hazard_id: null, tip_id: input.subject.tipId }
              : 'riskId' in input.subject
                ? { subject_type: 'RISK' as const, task_id: null, hazard_id: null, risk_id: input.subject.riskId }
                : {
                    subject_type: 'DIRECTIVE_ITEM' as const,
                    task_id: null,
                    hazard_id: null,
                    directive_item_id: input.subject.directiveItemId,
                  };
      const inserted = await db
        .insertInto('escalation')
        .values({
          ...subject,
          level: rung.level,
          addressee_org_id: target.orgUnitId,
          addressee_user_id: target.userId,
          rung_key: rung.rungKey,
          raised_at: rung.at,
        })
        .onConflict((oc) => oc.column('rung_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) {
        await createNotificationRepository(db).send({
          ...input.notice,
          orgUnitId: target.orgUnitId,
          userId: target.userId,
          subjectType: 'Escalation',
          subjectId: inserted.id,
          dedupeKey: `escalation-${inserted.id}`,
          at: new Date(rung.at),
        });
        return { id: inserted.id, created: true };
      }
      const existing = await db
        .selectFrom('escalation')
        .select('id')
        .where('rung_key', '=', rung.rungKey)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    },

    /** OPEN → ACKNOWLEDGED by its addressee; false when someone else acknowledged it or it was resolved first. */
    acknowledge: async (id: number, by: number, comment: string | null, at: Date) =>
      Number(
        (
          await db
            .updateTable('escalation')
            .set({ status: 'ACKNOWLEDGED', acknowledged_at: at, acknowledged_by: by, acknowledge_comment: comment })
            .where('id', '=', id)
            .where('status', '=', 'OPEN')
            .executeTakeFirst()
        ).numUpdatedRows,
      ) === 1,

    resolveOpenForTask: (taskId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('task_id', '=', taskId)
        .where('status', '!=', 'RESOLVED')
        .execute(),

    resolveOpenForTip: (tipId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('tip_id', '=', tipId)
        .where('status', '!=', 'RESOLVED')
        .execute(),

    resolveOpenForRisk: (riskId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('risk_id', '=', riskId)
        .where('status', '!=', 'RESOLVED')
        .execute(),

    resolveOpenForDirectiveItem: (itemId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('directive_item_id', '=', itemId)
        .where('status', '!=', 'RESOLVED')
        .execute(),

    resolveOpenForHazard: (hazardId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('hazard_id', '=', hazardId)
        .where('status', '!=', 'RESOLVED')
        .execute(),
  };
  return repository;
}

export const escalationColumns = [
  'escalation.id',
  'escalation.subject_type',
  'escalation.task_id',
  'escalation.hazard_id',
  'escalation.tip_id',
  'escalation.risk_id',
  'escalation.directive_item_id',
  'escalation.level',
  'escalation.status',
  'escalation.addressee_org_id',
  'escalation.addressee_user_id',
  'escalation.raised_at',
  'escalation.acknowledged_at',
  'escalation.acknowledged_by',
  'escalation.acknowledge_comment',
  'escalation.resolved_at',
] as const;

/** Escalations as the board reads them: scoped, filtered, paged, batched. */
export function createEscalationReader(db: Kysely<DB>) {
  function filtered(
    scope: RowScope,
    filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null },
  ) {
    let query = db.selectFrom('escalation').where(escalationInScope(scope));
    if (filter.status?.length) query = query.where('escalation.status', 'in', filter.status);
    if (filter.level) query = query.where('escalation.level', '=', filter.level);
    return query;
  }
  return {
    /** Highest rung first, then the oldest: who has waited longest at the top of the ladder. */
    list: (
      scope: RowScope,
      filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null },
      page: { limit: number; offset: number },
    ) =>
      filtered(scope, filter)
        .select(escalationColumns)
        .orderBy(
          sql`case escalation.level when 'COUNTY_LEADER' then 0 when 'COUNTY_OFFICE' then 1 when 'REGULATOR_HEAD' then 2 else 3 end`,
        )
        .orderBy('escalation.raised_at')
        .orderBy('escalation.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),
    count: (scope: RowScope, filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null }) =>
      countOf(filtered(scope, filter)),
    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('escalation')
          .select(escalationColumns)
          .where('escalation.id', 'in', ids)
          .where(escalationInScope(scope))
          .execute(),
      ),
    byHazardIds: (scope: RowScope, hazardIds: readonly number[]) =>
      whenAny(hazardIds, () =>
        db
          .selectFrom('escalation')
          .select(escalationColumns)
          .where('escalation.hazard_id', 'in', hazardIds)
          .where(escalationInScope(scope))
          .orderBy('escalation.raised_at')
          .orderBy('escalation.id')
          .execute(),
      ),
  };
}

export type EscalationRow = Awaited<ReturnType<ReturnType<typeof createEscalationReader>['getByIds']>>[number];
