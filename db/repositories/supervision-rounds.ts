// 督导 rounds (migration 0030): the units a round supervises, the enterprises in their charge it may draw for a site
// check, the ledger check of each unit, and each unit's progress in the round (site checks, what they found, what
// the office has verified).
import { sql, type Kysely } from 'kysely';
import type { LedgerItemResult } from '../../domain/supervision-rounds';
import type { DB } from '../schema';
import { whenAny } from './queries';
import type { RowScope } from './scope';

/** A round's unit is seen by the county, and by the unit itself; an enterprise sees none. */
const targetInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`false`
      : sql<boolean>`supervision_target.org_unit_id = ${scope.orgUnitId}`;

export function createSupervisionRoundRepository(db: Kysely<DB>) {
  return {
    insertTargets: async (campaignId: number, targets: readonly { unitId: number; sites: number }[]) => {
      if (targets.length === 0) return;
      await db
        .insertInto('supervision_target')
        .values(targets.map((t) => ({ campaign_id: campaignId, org_unit_id: t.unitId, sites: t.sites })))
        .onConflict((oc) => oc.columns(['campaign_id', 'org_unit_id']).doNothing())
        .execute();
    },

    /** The units of a round and how many enterprises each has drawn for a site check. */
    targetsToDraw: (campaignId: number) =>
      db
        .selectFrom('supervision_target')
        .select(['org_unit_id', 'sites'])
        .where('campaign_id', '=', campaignId)
        .orderBy('org_unit_id')
        .execute(),

    /**
     * The operating enterprises in each unit's own charge: a department's as lead regulator, a township's as its
     * 属地. Co-supervision is left out: a 督导 checks the unit on the enterprises it leads.
     */
    enterprisesInCharge: (unitIds: readonly number[]) =>
      whenAny(unitIds, () =>
        db
          .selectFrom('enterprise')
          .innerJoin('org_unit', (join) =>
            join.on((eb) =>
              eb.or([
                eb('org_unit.id', '=', eb.ref('enterprise.regulator_id')),
                eb('org_unit.id', '=', eb.ref('enterprise.township_id')),
              ]),
            ),
          )
          .select(['org_unit.id as unit_id', 'enterprise.id as enterprise_id'])
          .where('org_unit.id', 'in', unitIds)
          .where('enterprise.status', '=', 'OPERATING')
          .orderBy('enterprise.id')
          .execute(),
      ),

    /**
     * The units of rounds in scope with their progress: site checks drawn and done, hazards found there, those
     * waiting for the office's verification (次日核查) and those closed; the ledger check once recorded.
     */
    targets: (scope: RowScope, campaignIds: readonly number[]) =>
      whenAny(campaignIds, () =>
        db
          .selectFrom('supervision_target')
          .innerJoin('org_unit', 'org_unit.id', 'supervision_target.org_unit_id')
          .leftJoin('app_user as checker', 'checker.id', 'supervision_target.ledger_checked_by')
          .select((eb) => [
            'supervision_target.id',
            'supervision_target.campaign_id',
            'supervision_target.org_unit_id',
            'supervision_target.sites',
            'supervision_target.ledger_items',
            'supervision_target.ledger_notes',
            'supervision_target.ledger_checked_at',
            'checker.display_name as ledger_checked_by_name',
            'org_unit.name as unit_name',
            'org_unit.kind as unit_kind',
            eb
              .selectFrom('task')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('task.campaign_id', '=', 'supervision_target.campaign_id')
              .whereRef('task.supervised_unit_id', '=', 'supervision_target.org_unit_id')
              .where('task.status', '!=', 'CANCELLED')
              .as('site_checks'),
            eb
              .selectFrom('task')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('task.campaign_id', '=', 'supervision_target.campaign_id')
              .whereRef('task.supervised_unit_id', '=', 'supervision_target.org_unit_id')
              .where('task.status', '=', 'DONE')
              .as('site_checks_done'),
            eb
              .selectFrom('hazard')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('hazard.campaign_id', '=', 'supervision_target.campaign_id')
              .whereRef('hazard.regulator_id', '=', 'supervision_target.org_unit_id')
              .where('hazard.verifier_org_id', 'is not', null)
              .as('hazards_found'),
            eb
              .selectFrom('hazard')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('hazard.campaign_id', '=', 'supervision_target.campaign_id')
              .whereRef('hazard.regulator_id', '=', 'supervision_target.org_unit_id')
              .where('hazard.verifier_org_id', 'is not', null)
              .where('hazard.status', '=', 'PENDING_VERIFICATION')
              .as('hazards_awaiting_verification'),
            eb
              .selectFrom('hazard')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('hazard.campaign_id', '=', 'supervision_target.campaign_id')
              .whereRef('hazard.regulator_id', '=', 'supervision_target.org_unit_id')
              .where('hazard.verifier_org_id', 'is not', null)
              .where('hazard.status', '=', 'CLOSED')
              .as('hazards_closed'),
          ])
          .where('supervision_target.campaign_id', 'in', campaignIds)
          .where(targetInScope(scope))
          .orderBy('supervision_target.campaign_id')
          .orderBy('org_unit.kind', 'desc')
          .orderBy('org_unit.id')
          .execute(),
      ),

    /** A round's site checks in the order written: the task, its unit under supervision, its status. */
    siteChecks: (campaignId: number) =>
      db
        .selectFrom('task')
        .select(['id', 'supervised_unit_id', 'enterprise_id', 'status'])
        .where('campaign_id', '=', campaignId)
        .where('supervised_unit_id', 'is not', null)
        .orderBy('id')
        .execute(),

    /** A round's unit, locked until the transaction ends (a ledger check is recorded once). */
    lockTarget: (campaignId: number, unitId: number) =>
      db
        .selectFrom('supervision_target')
        .select(['id', 'ledger_checked_at', 'ledger_items'])
        .where('campaign_id', '=', campaignId)
        .where('org_unit_id', '=', unitId)
        .forUpdate()
        .executeTakeFirst(),

    recordLedgerCheck: (
      targetId: number,
      check: { items: LedgerItemResult[]; notes: string | null; checkedBy: number; at: Date },
    ) =>
      db
        .updateTable('supervision_target')
        .set({
          ledger_items: JSON.stringify(check.items),
          ledger_notes: check.notes,
          ledger_checked_by: check.checkedBy,
          ledger_checked_at: check.at,
        })
        .where('id', '=', targetId)
        .where('ledger_checked_at', 'is', null)
        .executeTakeFirst(),
  };
}
