import { sql, type Kysely, type Transaction } from 'kysely';
import type { EscalationLevel, EscalationStatus, EscalationSubjectType, Industry } from '../../domain/types';
import type { DB } from '../schema';
import { escalationInScope, type RowScope } from './scope';
import { countOf, whenAny } from './queries';

export interface EscalationTarget {
  orgUnitId: number;
  userId: number | null;
}

export function createEscalationRepository(db: Kysely<DB> | Transaction<DB>) {
  return {
    /**
     * Who an escalation is addressed to: the regulator's head, the county office, or the county office
     * with the leader in charge of the enterprise's industry or township.
     */
    async resolveAddressee(
      level: EscalationLevel,
      regulatorId: number,
      industry: Industry,
      townshipId: number,
    ): Promise<EscalationTarget> {
      if (level === 'REGULATOR_HEAD') {
        const head = await db
          .selectFrom('app_user')
          .select('id')
          .where('org_unit_id', '=', regulatorId)
          .where('role', '=', 'REGULATOR_HEAD')
          .where('disabled', '=', false)
          .orderBy('id')
          .executeTakeFirst();
        return { orgUnitId: regulatorId, userId: head?.id ?? null };
      }
      const county = await db
        .selectFrom('org_unit')
        .select('id')
        .where('kind', '=', 'COUNTY_OFFICE')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      if (level === 'COUNTY_OFFICE') return { orgUnitId: county.id, userId: null };
      const leader = await db
        .selectFrom('leader_assignment')
        .innerJoin('app_user', 'app_user.id', 'leader_assignment.user_id')
        .select('app_user.id')
        .where('app_user.disabled', '=', false)
        .where((eb) =>
          eb.or([
            eb('leader_assignment.industry', '=', industry),
            eb('leader_assignment.township_id', '=', townshipId),
          ]),
        )
        .orderBy('app_user.id')
        .executeTakeFirst();
      return { orgUnitId: county.id, userId: leader?.id ?? null };
    },

    /** One row per rung: a retried activity inserts nothing. Returns the id, new or existing. */
    async raise(input: {
      subjectType: EscalationSubjectType;
      taskId: number | null;
      hazardId: number | null;
      level: EscalationLevel;
      target: EscalationTarget;
      rungKey: string;
      at: Date;
    }): Promise<{ id: number; created: boolean }> {
      const inserted = await db
        .insertInto('escalation')
        .values({
          subject_type: input.subjectType,
          task_id: input.taskId,
          hazard_id: input.hazardId,
          level: input.level,
          addressee_org_id: input.target.orgUnitId,
          addressee_user_id: input.target.userId,
          rung_key: input.rungKey,
          raised_at: input.at,
        })
        .onConflict((oc) => oc.column('rung_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const existing = await db
        .selectFrom('escalation')
        .select('id')
        .where('rung_key', '=', input.rungKey)
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

    resolveOpenForHazard: (hazardId: number, at: Date) =>
      db
        .updateTable('escalation')
        .set({ status: 'RESOLVED', resolved_at: at })
        .where('hazard_id', '=', hazardId)
        .where('status', '!=', 'RESOLVED')
        .execute(),
  };
}

export const escalationColumns = [
  'escalation.id',
  'escalation.subject_type',
  'escalation.task_id',
  'escalation.hazard_id',
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
        .orderBy(sql`case escalation.level when 'COUNTY_LEADER' then 0 when 'COUNTY_OFFICE' then 1 else 2 end`)
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
