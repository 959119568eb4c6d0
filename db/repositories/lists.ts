// 红黑名单 (migration 0022): listings with their history, and enterprise.list_status kept equal to the active entries
// (black over red) in the transaction of every change.
import { sql, type Kysely } from 'kysely';
import type { ListEntryStatus } from '../../domain/lists';
import type { ListStatus } from '../../domain/types';
import type { DB } from '../schema';
import { countOf, type Page } from './queries';
import { listEntryInScope, type RowScope } from './scope';

export interface ListEntryFilter {
  list?: Exclude<ListStatus, 'NONE'> | null;
  status?: ListEntryStatus | null;
  enterpriseId?: number | null;
}

const entries = (db: Kysely<DB>, filter: ListEntryFilter, scope: RowScope) => {
  let query = db.selectFrom('list_entry').where(listEntryInScope(scope));
  if (filter.list) query = query.where('list_entry.list', '=', filter.list);
  if (filter.status) query = query.where('list_entry.status', '=', filter.status);
  if (filter.enterpriseId) query = query.where('list_entry.enterprise_id', '=', filter.enterpriseId);
  return query;
};

export function createListRepository(db: Kysely<DB>) {
  return {
    /** Newest decision first, within the viewer's scope. */
    list: (filter: ListEntryFilter, scope: RowScope, page: Page) =>
      entries(db, filter, scope)
        .selectAll('list_entry')
        .orderBy('list_entry.decided_at', 'desc')
        .orderBy('list_entry.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (filter: ListEntryFilter, scope: RowScope) => countOf(entries(db, filter, scope)),

    /** One entry within the viewer's scope. */
    inScope: (id: number, scope: RowScope) =>
      db.selectFrom('list_entry').selectAll().where('id', '=', id).where(listEntryInScope(scope)).executeTakeFirst(),

    byId: (id: number) => db.selectFrom('list_entry').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The entry, locked for a change in this transaction. */
    lock: (id: number) => db.selectFrom('list_entry').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    byIdempotencyKey: (key: string) =>
      db.selectFrom('list_entry').selectAll().where('idempotency_key', '=', key).executeTakeFirst(),

    /** An enterprise's entries, newest first (its history on both lists). */
    ofEnterprise: (enterpriseId: number) =>
      db
        .selectFrom('list_entry')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('decided_at', 'desc')
        .orderBy('id', 'desc')
        .execute(),

    ofEnterprises: (enterpriseIds: readonly number[]) =>
      enterpriseIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('list_entry')
            .selectAll()
            .where('enterprise_id', 'in', enterpriseIds)
            .orderBy('decided_at', 'desc')
            .orderBy('id', 'desc')
            .execute(),

    /** The black-listings in force (a worker makes sure each has its workflow). */
    activeBlack: () =>
      db
        .selectFrom('list_entry')
        .selectAll()
        .where('list', '=', 'BLACK')
        .where('status', '=', 'ACTIVE')
        .orderBy('id')
        .execute(),

    activeEntry: (enterpriseId: number, list: Exclude<ListStatus, 'NONE'>) =>
      db
        .selectFrom('list_entry')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .where('list', '=', list)
        .where('status', '=', 'ACTIVE')
        .executeTakeFirst(),

    insertBlack: async (row: {
      enterpriseId: number;
      ground: string;
      evidence: string;
      startsAt: Date;
      endsAt: Date;
      decidedBy: number;
      decidedAt: Date;
      idempotencyKey: string | null;
    }) =>
      db
        .insertInto('list_entry')
        .values({
          enterprise_id: row.enterpriseId,
          list: 'BLACK',
          ground: row.ground,
          evidence: row.evidence,
          starts_at: row.startsAt,
          ends_at: row.endsAt,
          decided_by: row.decidedBy,
          decided_at: row.decidedAt,
          idempotency_key: row.idempotencyKey,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),

    /** Ends an active entry: EXPIRED (its period over) or REMOVED (by decision, or by a later grading). */
    end: (
      id: number,
      change: { status: 'EXPIRED' | 'REMOVED'; at: Date; removedBy: number | null; reason: string | null },
    ) =>
      db
        .updateTable('list_entry')
        .set({
          status: change.status,
          ended_at: change.at,
          removed_by: change.removedBy,
          removal_reason: change.reason,
        })
        .where('id', '=', id)
        .where('status', '=', 'ACTIVE')
        .returningAll()
        .executeTakeFirst(),

    markReminded: (id: number, at: Date) =>
      db
        .updateTable('list_entry')
        .set({ reminded_at: at })
        .where('id', '=', id)
        .where('reminded_at', 'is', null)
        .returning('id')
        .executeTakeFirst(),

    /**
     * The red list after a grading's publication: RED entries for the proposal's items proposed red that have none,
     * and the active RED entries of its enterprises no longer proposed red removed; counts of both.
     */
    applyRedList: async (proposalId: number, at: Date, actorId: number) => {
      const added = await sql<{ enterprise_id: number }>`
        insert into list_entry (enterprise_id, list, ground, starts_at, decided_by, decided_at, proposal_id)
        select i.enterprise_id, 'RED', 'GRADING', ${at}, ${actorId}, ${at}, i.proposal_id
        from grading_proposal_item i
        where i.proposal_id = ${proposalId}
          and coalesce(i.override_grade, i.proposed_grade) = 'GOOD' and i.red_record
          and not exists (select 1 from list_entry b where b.enterprise_id = i.enterprise_id and b.status = 'ACTIVE')
        returning enterprise_id`.execute(db);
      const removed = await sql<{ enterprise_id: number }>`
        update list_entry l
        set status = 'REMOVED', ended_at = ${at}, removed_by = ${actorId}, removal_reason = '分级复评不再符合红名单条件'
        from grading_proposal_item i
        where i.proposal_id = ${proposalId} and i.enterprise_id = l.enterprise_id
          and l.list = 'RED' and l.status = 'ACTIVE'
          and not (coalesce(i.override_grade, i.proposed_grade) = 'GOOD' and i.red_record)
        returning l.enterprise_id`.execute(db);
      return {
        added: added.rows.map((r) => r.enterprise_id),
        removed: removed.rows.map((r) => r.enterprise_id),
      };
    },

    /** A black-listing ends the enterprise's red entry. */
    endRed: (enterpriseId: number, at: Date, actorId: number) =>
      db
        .updateTable('list_entry')
        .set({ status: 'REMOVED', ended_at: at, removed_by: actorId, removal_reason: '列入黑名单，移出红名单' })
        .where('enterprise_id', '=', enterpriseId)
        .where('list', '=', 'RED')
        .where('status', '=', 'ACTIVE')
        .returning('id')
        .execute(),

    /** Sets enterprise.list_status from the active entries of these enterprises (black over red). */
    syncListStatus: async (enterpriseIds: readonly number[]) => {
      if (enterpriseIds.length === 0) return;
      await sql`
        update enterprise e
        set list_status = coalesce(
          (select case when bool_or(l.list = 'BLACK') then 'BLACK' when bool_or(l.list = 'RED') then 'RED' end
           from list_entry l where l.enterprise_id = e.id and l.status = 'ACTIVE'),
          'NONE'), updated_at = now()
        where e.id in (${sql.join(enterpriseIds.map((id) => sql`${id}`))})`.execute(db);
    },

    /** Counts of active entries per list (the dashboard's and the reports' 红黑名单 figures). */
    activeCounts: async () => {
      const rows = await db
        .selectFrom('list_entry')
        .select(['list', sql<number>`count(*)::int`.as('n')])
        .where('status', '=', 'ACTIVE')
        .groupBy('list')
        .execute();
      return { RED: rows.find((r) => r.list === 'RED')?.n ?? 0, BLACK: rows.find((r) => r.list === 'BLACK')?.n ?? 0 };
    },

    /** Black-listings decided in a window (the reports' 新增黑名单). */
    blackListedBetween: (from: Date, to: Date) =>
      countOf(
        db
          .selectFrom('list_entry')
          .where('list', '=', 'BLACK')
          .where('decided_at', '>=', from)
          .where('decided_at', '<', to),
      ),
  };
}
