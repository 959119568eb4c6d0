// What is filed while a major hazard is under listed supervision (migration 0037): the enterprise's 五落实 治理方案,
// the unit's order to suspend production, the experts' acceptance. One row per listed hazard, locked for each change.
import type { Kysely } from 'kysely';
import type { ExpertAcceptance, ListingPlan } from '../../domain/listed-supervision';
import type { DB } from '../schema';
import { whenAny } from './queries';

export function createHazardListingRepository(db: Kysely<DB>) {
  return {
    /** The hazard's listing record under its row lock, created empty the first time. */
    async lock(hazardId: number) {
      await db
        .insertInto('hazard_listing')
        .values({ hazard_id: hazardId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      return db
        .selectFrom('hazard_listing')
        .selectAll()
        .where('hazard_id', '=', hazardId)
        .forUpdate()
        .executeTakeFirstOrThrow();
    },

    byHazardIds: (hazardIds: readonly number[]) =>
      whenAny(hazardIds, () =>
        db
          .selectFrom('hazard_listing')
          .selectAll()
          .where('hazard_id', 'in', [...hazardIds])
          .execute(),
      ),

    recordPlan: (hazardId: number, plan: ListingPlan, by: number, at: Date) =>
      db
        .updateTable('hazard_listing')
        .set({ plan: JSON.stringify(plan), plan_by: by, plan_at: at })
        .where('hazard_id', '=', hazardId)
        .execute(),

    recordSuspension: (hazardId: number, reason: string, by: number, at: Date) =>
      db
        .updateTable('hazard_listing')
        .set({ suspended_at: at, suspended_by: by, suspension_reason: reason })
        .where('hazard_id', '=', hazardId)
        .execute(),

    recordAcceptance: (hazardId: number, acceptance: ExpertAcceptance, by: number, at: Date) =>
      db
        .updateTable('hazard_listing')
        .set({ expert_acceptance: JSON.stringify(acceptance), accepted_by: by, accepted_at: at })
        .where('hazard_id', '=', hazardId)
        .execute(),
  };
}
