// Hazards as the ledger (隐患台账) reads them: scoped, filtered, paged, and loaded by id in batches.
import { sql, type Kysely } from 'kysely';
import type { HazardLevel, HazardStatus } from '../../domain/types';
import type { DB } from '../schema';
import { hazardInScope, type RowScope } from './scope';

export const hazardColumns = [
  'hazard.id',
  'hazard.inspection_id',
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
  'hazard.rectification_measures',
  'hazard.reported_at',
  'hazard.verified_at',
  'hazard.closed_at',
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

    count: async (scope: RowScope, filter: HazardFilter, now: Date) =>
      (
        await filtered(scope, filter, now)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,

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
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('hazard')
            .select(hazardColumns)
            .where('hazard.id', 'in', ids)
            .where(hazardInScope(scope))
            .execute(),

    byInspectionIds: (scope: RowScope, inspectionIds: readonly number[]) =>
      inspectionIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('hazard')
            .select(hazardColumns)
            .where('hazard.inspection_id', 'in', inspectionIds)
            .where(hazardInScope(scope))
            .orderBy('hazard.finding_index')
            .execute(),

    eventsByHazardIds: (hazardIds: readonly number[]) =>
      hazardIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('hazard_event')
            .select(['id', 'hazard_id', 'kind', 'from_status', 'to_status', 'actor_id', 'comment', 'at'])
            .where('hazard_id', 'in', hazardIds)
            .orderBy('at')
            .orderBy('id')
            .execute(),
  };
}

export type HazardRow = Awaited<ReturnType<ReturnType<typeof createHazardRepository>['getByIds']>>[number];
