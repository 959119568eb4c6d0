// Hazards (隐患): the ledger (隐患台账) reads them scoped, filtered, paged and batched; their lifecycle writes them —
// found by an inspection, each transition with its event (hazard_event), once per step key.
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { HazardLevel, HazardStatus } from '../../domain/types';
import type { DB, HazardEventTable, HazardTable } from '../schema';
import { hazardInScope, type RowScope } from './scope';
import { countOf, whenAny } from './queries';

export const hazardColumns = [
  'hazard.id',
  'hazard.source',
  'hazard.inspection_id',
  'hazard.self_check_id',
  'hazard.campaign_id',
  'hazard.enterprise_id',
  'hazard.regulator_id',
  'hazard.township_id',
  'hazard.checklist_item_id',
  'hazard.level',
  'hazard.status',
  'hazard.description',
  'hazard.location',
  'hazard.found_at',
  'hazard.rectify_by',
  'hazard.rectification_plan',
  'hazard.rectification_measures',
  'hazard.reported_at',
  'hazard.reported_by',
  'hazard.reported_on_behalf',
  'hazard.rectification_responsible',
  'hazard.rectification_funds',
  'hazard.rectification_completed_at',
  'hazard.rectification_contingency_plan',
  'hazard.verified_at',
  'hazard.signed_off_at',
  'hazard.closed_at',
  'hazard.verifier_org_id',
  'hazard.verify_by',
  'hazard.reinspection_requested_at',
  'hazard.listed_at',
  'hazard.delisted_at',
] as const;

export interface HazardFilter {
  campaignId?: number | null;
  status?: readonly HazardStatus[] | null;
  level?: HazardLevel | null;
  overdue?: boolean | null;
  regulatorId?: number | null;
  townshipId?: number | null;
  /** Found at or after this instant. */
  foundFrom?: Date | null;
  /** Found before this instant: [foundFrom, foundTo), the window of the dashboard's figures. */
  foundTo?: Date | null;
}

export function createHazardRepository(db: Kysely<DB>) {
  const insertEvents = async (events: readonly Insertable<HazardEventTable>[]) => {
    if (events.length > 0)
      await db
        .insertInto('hazard_event')
        .values([...events])
        .execute();
  };

  function filtered(scope: RowScope, filter: HazardFilter, now: Date) {
    let query = db.selectFrom('hazard').where(hazardInScope(scope));
    if (filter.campaignId != null) query = query.where('hazard.campaign_id', '=', filter.campaignId);
    if (filter.status?.length) query = query.where('hazard.status', 'in', filter.status);
    if (filter.level) query = query.where('hazard.level', '=', filter.level);
    if (filter.regulatorId != null) query = query.where('hazard.regulator_id', '=', filter.regulatorId);
    if (filter.townshipId != null) query = query.where('hazard.township_id', '=', filter.townshipId);
    if (filter.foundFrom) query = query.where('hazard.found_at', '>=', filter.foundFrom);
    if (filter.foundTo) query = query.where('hazard.found_at', '<', filter.foundTo);
    if (filter.overdue === true)
      query = query.where('hazard.status', '!=', 'CLOSED').where('hazard.rectify_by', '<', now);
    if (filter.overdue === false)
      query = query.where((eb) => eb.or([eb('hazard.status', '=', 'CLOSED'), eb('hazard.rectify_by', '>=', now)]));
    return query;
  }

  return {
    list: (scope: RowScope, filter: HazardFilter, page: { limit: number; offset: number }, now: Date) =>
      filtered(scope, filter, now)
        .select(hazardColumns)
        .orderBy('hazard.found_at', 'desc')
        .orderBy('hazard.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: HazardFilter, now: Date) => countOf(filtered(scope, filter, now)),

    /**
     * The ledger for export: every hazard in the filter with its enterprise and org names, in id order.
     * Read in keyset pages, not a cursor: memory stays flat on pg and PGlite alike, and no pooled connection
     * is held while a slow client downloads.
     */
    async *ledgerStream(scope: RowScope, filter: HazardFilter, now: Date, pageSize = 500) {
      for (let after = 0; ;) {
        const page = await filtered(scope, filter, now)
          .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
          .innerJoin('org_unit as regulator', 'regulator.id', 'hazard.regulator_id')
          .innerJoin('org_unit as township', 'township.id', 'hazard.township_id')
          .leftJoin('campaign', 'campaign.id', 'hazard.campaign_id')
          .select([
            ...hazardColumns,
            'enterprise.name as enterprise_name',
            'enterprise.uscc',
            'enterprise.industry',
            'regulator.name as regulator_name',
            'township.name as township_name',
            'campaign.name as campaign_name',
          ])
          .where('hazard.id', '>', after)
          .orderBy('hazard.id')
          .limit(pageSize)
          .execute();
        yield* page;
        const last = page.at(-1);
        if (!last || page.length < pageSize) return;
        after = last.id;
      }
    },

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('hazard')
          .select(hazardColumns)
          .where('hazard.id', 'in', ids)
          .where(hazardInScope(scope))
          .execute(),
      ),

    byInspectionIds: (scope: RowScope, inspectionIds: readonly number[]) =>
      whenAny(inspectionIds, () =>
        db
          .selectFrom('hazard')
          .select(hazardColumns)
          .where('hazard.inspection_id', 'in', inspectionIds)
          .where(hazardInScope(scope))
          .orderBy('hazard.finding_index')
          .execute(),
      ),

    eventsByHazardIds: (hazardIds: readonly number[]) =>
      whenAny(hazardIds, () =>
        db
          .selectFrom('hazard_event')
          .select(['id', 'hazard_id', 'kind', 'from_status', 'to_status', 'actor_id', 'comment', 'at'])
          .where('hazard_id', 'in', hazardIds)
          .orderBy('at')
          .orderBy('id')
          .execute(),
      ),

    /** A hazard with what its notices name: the enterprise and its industry. */
    withContext: (hazardId: number) =>
      db
        .selectFrom('hazard')
        .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
        .select([
          'hazard.id',
          'hazard.status',
          'hazard.level',
          'hazard.description',
          'hazard.rectify_by',
          'hazard.found_at',
          'hazard.closed_at',
          'hazard.regulator_id',
          'hazard.township_id',
          'hazard.verifier_org_id',
          'hazard.enterprise_id',
          'enterprise.name as enterprise_name',
          'enterprise.industry',
        ])
        .where('hazard.id', '=', hazardId)
        .executeTakeFirst(),

    /** 挂牌督办's record on the hazard: listed, its plan, 停产停业, the experts' acceptance, 核销. */
    updateListing: (hazardId: number, changes: { listed_at?: Date; delisted_at?: Date }) =>
      db.updateTable('hazard').set(changes).where('id', '=', hazardId).execute(),

    /** 挂牌督办's public record: listed major hazards, newest first, still listed or removed. */
    publicListed: (page: { limit: number; offset: number }) =>
      db
        .selectFrom('hazard')
        .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
        .innerJoin('org_unit as township', 'township.id', 'hazard.township_id')
        .innerJoin('org_unit as regulator', 'regulator.id', 'hazard.regulator_id')
        .select([
          'hazard.id',
          'hazard.description',
          'hazard.listed_at',
          'hazard.rectify_by',
          'hazard.delisted_at',
          sql<Date | null>`(select l.suspended_at from hazard_listing l where l.hazard_id = hazard.id)`.as(
            'suspended_at',
          ),
          'enterprise.name as enterprise_name',
          'township.name as township_name',
          'regulator.name as regulator_name',
        ])
        .where('hazard.listed_at', 'is not', null)
        .where('hazard.level', '=', 'MAJOR')
        .orderBy('hazard.listed_at', 'desc')
        .orderBy('hazard.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    countPublicListed: async () =>
      Number(
        (
          await db
            .selectFrom('hazard')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('listed_at', 'is not', null)
            .where('level', '=', 'MAJOR')
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /** What a document about the hazard says of it (整改复查意见书). */
    forDocument: (hazardId: number) =>
      db
        .selectFrom('hazard')
        .select([
          'id',
          'description',
          'location',
          'level',
          'checklist_item_id',
          'reported_at',
          'reinspection_requested_at',
          'regulator_id',
          'verifier_org_id',
          'enterprise_id',
          'rectify_by',
          'listed_at',
          'delisted_at',
          'status',
        ])
        .where('id', '=', hazardId)
        .executeTakeFirst(),

    /** The hazards an inspection or a self-check found, in finding order, as the workflows need them. */
    foundBy: (by: { inspectionId: number } | { selfCheckId: number }) =>
      db
        .selectFrom('hazard')
        .select(['id', 'level', 'found_at', 'rectify_by'])
        .where((eb) =>
          'inspectionId' in by ? eb('inspection_id', '=', by.inspectionId) : eb('self_check_id', '=', by.selfCheckId),
        )
        .orderBy('finding_index')
        .execute(),

    /** The hazards of a self-check, in finding order. */
    bySelfCheckIds: (scope: RowScope, selfCheckIds: readonly number[]) =>
      whenAny(selfCheckIds, () =>
        db
          .selectFrom('hazard')
          .select(hazardColumns)
          .where('hazard.self_check_id', 'in', selfCheckIds)
          .where(hazardInScope(scope))
          .orderBy('hazard.finding_index')
          .execute(),
      ),

    /** The findings of an inspection or a self-check become hazards, each with its FOUND event. */
    async insertFound(rows: readonly Insertable<HazardTable>[], actorId: number | null, at: string) {
      const hazards = await db
        .insertInto('hazard')
        .values([...rows])
        .returning(['id', 'level', 'finding_index'])
        .execute();
      await insertEvents(
        hazards.map((h) => ({
          hazard_id: h.id,
          kind: 'FOUND' as const,
          from_status: null,
          to_status: 'OPEN' as const,
          actor_id: actorId,
          comment: null,
          data: null,
          event_key: `hazard-${h.id}:found`,
          at,
        })),
      );
      return hazards;
    },

    /** Status and deadline before a transition, the row locked until the transaction ends. */
    lockForTransition: (hazardId: number) =>
      db
        .selectFrom('hazard')
        .select(['status', 'rectify_by', 'reported_by'])
        .where('id', '=', hazardId)
        .forUpdate()
        .executeTakeFirst(),

    /** Moves the hazard to `to` with the step's own columns, and records the event of it. */
    async transition(
      hazardId: number,
      changes: Updateable<HazardTable> & { status: HazardStatus },
      event: Omit<Insertable<HazardEventTable>, 'hazard_id' | 'to_status'>,
    ) {
      await db.updateTable('hazard').set(changes).where('id', '=', hazardId).execute();
      await insertEvents([{ ...event, hazard_id: hazardId, to_status: changes.status }]);
    },

    /** An event that changes no status (an escalation, listed supervision); its key makes it once only. */
    recordEvent: (event: Insertable<HazardEventTable>) => insertEvents([event]),

    /** Cycles a hazard has begun after its first: each rejection, return at sign-off and reopening starts one. */
    cyclesBegun: async (hazardId: number) =>
      Number(
        (
          await db
            .selectFrom('hazard_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('hazard_id', '=', hazardId)
            .where('kind', 'in', ['VERIFICATION_REJECTED', 'SIGN_OFF_RETURNED', 'REOPENED'])
            .executeTakeFirstOrThrow()
        ).n,
      ),

    /** Whether the step with this key (a workflow Update id) is recorded. */
    stepRecorded: async (eventKey: string) =>
      Boolean(await db.selectFrom('hazard_event').select('id').where('event_key', '=', eventKey).executeTakeFirst()),
  };
}

export type HazardRow = Awaited<ReturnType<ReturnType<typeof createHazardRepository>['getByIds']>>[number];
