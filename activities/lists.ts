// 红黑名单: the activities of listingWorkflow — the reminder before a black-listing ends, its end when the period is
// over, and its early removal by decision. Each writes the entry, enterprise.list_status, the notices and the audit
// row in one transaction, once: an entry that is no longer active is left as it is.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createListRepository } from '../db/repositories/lists';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB, ListEntry } from '../db/schema';
import { BLACK_LIST_GROUND_NAMES_ZH, type BlackListGround } from '../domain/lists';
import { listingNotices, type Notice } from '../domain/notices';
import { conflict, missingRow, notFound } from './failures';

export interface ListingStepInput {
  entryId: number;
  at: string;
}

export interface RecordListingRemovalInput extends ListingStepInput {
  actorId: number;
  reason: string;
  requestId?: string | null;
}

export interface ListingStepResult {
  status: ListEntry['status'];
  changed: boolean;
}

/** Tells the county office, the enterprise's regulator and the enterprise itself, once per key. */
export async function sendListingNotice(
  trx: Kysely<DB>,
  entry: Pick<ListEntry, 'id' | 'enterprise_id'>,
  enterprise: { regulator_id: number },
  notice: Notice,
  key: string,
  at: Date,
): Promise<void> {
  const notices = createNotificationRepository(trx);
  const office = await createOrgUnitRepository(trx).countyOffice();
  const base = { userId: null, subjectType: 'ListEntry', subjectId: entry.id, ...notice, at };
  await notices.send({ ...base, orgUnitId: office.id, dedupeKey: `listing-${entry.id}:${key}:office` });
  if (enterprise.regulator_id !== office.id)
    await notices.send({
      ...base,
      orgUnitId: enterprise.regulator_id,
      dedupeKey: `listing-${entry.id}:${key}:regulator`,
    });
  await notices.send({
    ...base,
    orgUnitId: null,
    enterpriseId: entry.enterprise_id,
    dedupeKey: `listing-${entry.id}:${key}:enterprise`,
  });
}

export const listingFacts = (entry: Pick<ListEntry, 'ground' | 'ends_at'>, enterprise: { name: string }) => ({
  enterprise_name: enterprise.name,
  ground_name: BLACK_LIST_GROUND_NAMES_ZH[entry.ground as BlackListGround] ?? entry.ground,
  ends_at: entry.ends_at ?? new Date(0),
});

export function createListActivities(db: Kysely<DB>) {
  /** The entry and its enterprise, locked; or a failure that retrying cannot fix. */
  const load = async (trx: Kysely<DB>, entryId: number) => {
    const entry = await createListRepository(trx).lock(entryId);
    // blackListEnterprise starts the workflow inside the transaction that writes the entry.
    if (!entry)
      throw missingRow(
        'LISTING_NOT_YET_COMMITTED',
        `名单记录 ${entryId} 尚未写入，稍后重试`,
        `没有找到名单记录 ${entryId}`,
      );
    const enterprise = await createEnterpriseRepository(trx).getForUpdate(entry.enterprise_id);
    if (!enterprise) throw notFound(`没有找到企业 ${entry.enterprise_id}`);
    return { entry, enterprise };
  };

  return {
    /** 列入: the office, the regulator and the enterprise learn of the decision (the workflow's first step). */
    async announceListing(input: ListingStepInput): Promise<ListingStepResult> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const { entry, enterprise } = await load(trx, input.entryId);
        if (entry.status === 'ACTIVE')
          await sendListingNotice(
            trx,
            entry,
            enterprise,
            listingNotices.blackListed(listingFacts(entry, enterprise)),
            'listed',
            at,
          );
        return { status: entry.status, changed: false };
      });
    },

    /** 期满前提醒: the office, the regulator and the enterprise learn the listing ends soon. */
    async remindListingEnd(input: ListingStepInput): Promise<ListingStepResult> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const { entry, enterprise } = await load(trx, input.entryId);
        if (entry.status !== 'ACTIVE') return { status: entry.status, changed: false };
        const marked = await createListRepository(trx).markReminded(entry.id, at);
        await sendListingNotice(
          trx,
          entry,
          enterprise,
          listingNotices.endsSoon(listingFacts(entry, enterprise)),
          'remind',
          at,
        );
        return { status: entry.status, changed: marked !== undefined };
      });
    },

    /** 期满移出: the period is over; the enterprise's list status follows. */
    async expireListing(input: ListingStepInput): Promise<ListingStepResult> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const { entry, enterprise } = await load(trx, input.entryId);
        if (entry.status !== 'ACTIVE') return { status: entry.status, changed: false };
        const lists = createListRepository(trx);
        await lists.end(entry.id, { status: 'EXPIRED', at, removedBy: null, reason: null });
        await lists.syncListStatus([entry.enterprise_id]);
        await createAuditRepository(trx).record({
          actorId: null,
          action: 'expireListing',
          subjectType: 'ListEntry',
          subjectId: entry.id,
          before: { status: 'ACTIVE' },
          after: { status: 'EXPIRED', enterpriseId: entry.enterprise_id },
          at,
        });
        await sendListingNotice(
          trx,
          entry,
          enterprise,
          listingNotices.ended(listingFacts(entry, enterprise), null),
          'ended',
          at,
        );
        return { status: 'EXPIRED', changed: true };
      });
    },

    /** 提前移出: the county office's decision with its reason; the same Update id never removes twice. */
    async recordListingRemoval(input: RecordListingRemovalInput): Promise<ListingStepResult> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const { entry, enterprise } = await load(trx, input.entryId);
        if (entry.status === 'REMOVED' && entry.removed_by === input.actorId && entry.removal_reason === input.reason)
          return { status: entry.status, changed: false };
        if (entry.status !== 'ACTIVE') throw conflict('这条名单记录已经期满或已移出，不能再移出');
        const lists = createListRepository(trx);
        await lists.end(entry.id, { status: 'REMOVED', at, removedBy: input.actorId, reason: input.reason });
        await lists.syncListStatus([entry.enterprise_id]);
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'removeFromBlackList',
          subjectType: 'ListEntry',
          subjectId: entry.id,
          requestId: input.requestId ?? null,
          before: { status: 'ACTIVE' },
          after: { status: 'REMOVED', reason: input.reason, enterpriseId: entry.enterprise_id },
          at,
        });
        await sendListingNotice(
          trx,
          entry,
          enterprise,
          listingNotices.ended(listingFacts(entry, enterprise), { reason: input.reason }),
          'removed',
          at,
        );
        return { status: 'REMOVED', changed: true };
      });
    },
  };
}
