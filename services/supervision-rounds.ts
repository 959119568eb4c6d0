// 督导 rounds after their launch (launchSupervision is the campaign service's): the units each round supervises with
// their progress, and the supervision group's ledger check (台账检查) of each unit, recorded once with its audit row
// and, when items failed, a notice to the unit of what to put right.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createSupervisionRoundRepository } from '../db/repositories/supervision-rounds';
import type { DB } from '../db/schema';
import { LIMITS, textTooLong } from '../domain/limits';
import { supervisionNotices } from '../domain/notices';
import {
  LEDGER_ITEMS,
  ledgerCheckProblem,
  ledgerItemLabel,
  normaliseLedgerItems,
  SUPERVISION_ROUND_REFUSALS,
  type LedgerItemResult,
} from '../domain/supervision-rounds';
import type { Viewer } from './auth';
import { notFound, requireAdmin, rowScopeOf } from './access';
import { AppError, badInput, refuseBadInput } from './errors';

export interface LedgerCheckCommand {
  campaignId: number;
  unitId: number;
  items: LedgerItemResult[];
  notes?: string | null;
}

/** Whether a check sent again is the one recorded (jsonb keeps no key order: compare field by field). */
const sameItems = (a: readonly LedgerItemResult[], b: readonly LedgerItemResult[]) =>
  a.length === b.length &&
  a.every((x, i) => x.code === b[i]?.code && x.passed === b[i]?.passed && (x.note ?? null) === (b[i]?.note ?? null));

export function createSupervisionRoundService({ db, now = () => new Date() }: { db: Kysely<DB>; now?: () => Date }) {
  const rounds = createSupervisionRoundRepository(db);
  return {
    ledgerItems: () => LEDGER_ITEMS,

    /** The units of a round, with their progress: all for the county, its own row for a unit, none otherwise. */
    targets: (viewer: Viewer, campaignId: number) => rounds.targets(rowScopeOf(viewer), [campaignId]),
    /** The same for several rounds at once (a page of them). */
    targetsOf: (viewer: Viewer, campaignIds: readonly number[]) => rounds.targets(rowScopeOf(viewer), campaignIds),

    /**
     * The supervision group's check of a unit's ledgers: every item passed or not (what failed, in words). Recorded
     * once; the same check sent again (a retried request) returns the first, a different one is a CONFLICT.
     */
    async recordLedgerCheck(viewer: Viewer, input: LedgerCheckCommand, requestId: string | null) {
      requireAdmin(viewer, '填报督导台账检查');
      const campaign = await createCampaignRepository(db).getById(input.campaignId);
      if (!campaign) throw notFound('督导检查');
      if (campaign.kind !== 'SUPERVISION') throw badInput(SUPERVISION_ROUND_REFUSALS.notSupervision);
      refuseBadInput(ledgerCheckProblem(input.items, LIMITS.shortText));
      const notes = input.notes?.trim() || null;
      if (notes && notes.length > LIMITS.longText) throw badInput(textTooLong('台账检查说明', LIMITS.longText));
      const items = normaliseLedgerItems(input.items);
      const at = now();
      await db.transaction().execute(async (trx) => {
        const repo = createSupervisionRoundRepository(trx);
        const target = await repo.lockTarget(campaign.id, input.unitId);
        if (!target) throw badInput(SUPERVISION_ROUND_REFUSALS.notTarget);
        if (target.ledger_checked_at !== null) {
          if (target.ledger_items && sameItems(target.ledger_items, items)) return;
          throw new AppError('CONFLICT', SUPERVISION_ROUND_REFUSALS.ledgerAlreadyChecked);
        }
        if (campaign.status !== 'ACTIVE' && campaign.status !== 'PAUSED')
          throw new AppError('CONFLICT', SUPERVISION_ROUND_REFUSALS.roundNotRunning);
        await repo.recordLedgerCheck(target.id, { items, notes, checkedBy: viewer.id, at });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'recordLedgerCheck',
          subjectType: 'Campaign',
          subjectId: campaign.id,
          requestId,
          after: { unitId: input.unitId, items, notes },
          at: at.toISOString(),
        });
        const failed = items.filter((i) => !i.passed);
        if (failed.length > 0)
          await createNotificationRepository(trx).send({
            ...supervisionNotices.ledgerProblems(
              campaign.name,
              failed.map((f) => ({ label: ledgerItemLabel(f.code), note: f.note })),
            ),
            orgUnitId: input.unitId,
            enterpriseId: null,
            userId: null,
            subjectType: 'Campaign',
            subjectId: campaign.id,
            dedupeKey: `supervision-target-${target.id}:ledger`,
            at,
          });
      });
      const [row] = await rounds
        .targets({ kind: 'county' }, [campaign.id])
        .then((rows) => rows.filter((r) => r.org_unit_id === input.unitId));
      if (!row) throw new Error(`supervision target of unit ${input.unitId} vanished after its ledger check`);
      return row;
    },
  };
}

export type SupervisionRoundService = ReturnType<typeof createSupervisionRoundService>;
