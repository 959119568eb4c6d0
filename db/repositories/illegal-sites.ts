// 打非治违 leads at sites not in the register: recorded by a unit, followed up by the site's township until closed.
import type { Kysely } from 'kysely';
import type { IllegalSiteOutcome } from '../../domain/patrol';
import type { DB } from '../schema';
import { illegalSiteLeadInScope, type RowScope } from './scope';
import { whenAny } from './queries';

export const illegalSiteLeadColumns = [
  'illegal_site_lead.id',
  'illegal_site_lead.site_name',
  'illegal_site_lead.address',
  'illegal_site_lead.description',
  'illegal_site_lead.township_id',
  'illegal_site_lead.reported_by_org_id',
  'illegal_site_lead.reported_by',
  'illegal_site_lead.reported_at',
  'illegal_site_lead.status',
  'illegal_site_lead.outcome',
  'illegal_site_lead.outcome_note',
  'illegal_site_lead.closed_by',
  'illegal_site_lead.closed_at',
] as const;

export function createIllegalSiteRepository(db: Kysely<DB>) {
  return {
    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('illegal_site_lead')
          .select(illegalSiteLeadColumns)
          .where('illegal_site_lead.id', 'in', ids)
          .where(illegalSiteLeadInScope(scope))
          .execute(),
      ),

    /** Open first, then newest. */
    list: (scope: RowScope, limit: number) =>
      db
        .selectFrom('illegal_site_lead')
        .select(illegalSiteLeadColumns)
        .where(illegalSiteLeadInScope(scope))
        .orderBy('illegal_site_lead.status', 'desc')
        .orderBy('illegal_site_lead.id', 'desc')
        .limit(limit)
        .execute(),

    byIdempotencyKey: (reportedBy: number, key: string) =>
      db
        .selectFrom('illegal_site_lead')
        .select('id')
        .where('reported_by', '=', reportedBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    insert: async (row: {
      siteName: string;
      address: string;
      description: string;
      townshipId: number;
      reportedByOrgId: number;
      reportedBy: number;
      reportedAt: Date;
      idempotencyKey: string | null;
    }) =>
      (
        await db
          .insertInto('illegal_site_lead')
          .values({
            site_name: row.siteName,
            address: row.address,
            description: row.description,
            township_id: row.townshipId,
            reported_by_org_id: row.reportedByOrgId,
            reported_by: row.reportedBy,
            reported_at: row.reportedAt,
            idempotency_key: row.idempotencyKey,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,

    /** OPEN → CLOSED with the outcome; false when it was closed already. */
    close: async (id: number, close: { outcome: IllegalSiteOutcome; note: string; by: number; at: Date }) =>
      Boolean(
        await db
          .updateTable('illegal_site_lead')
          .set({
            status: 'CLOSED',
            outcome: close.outcome,
            outcome_note: close.note,
            closed_by: close.by,
            closed_at: close.at,
          })
          .where('id', '=', id)
          .where('status', '=', 'OPEN')
          .returning('id')
          .executeTakeFirst(),
      ),
  };
}

export type IllegalSiteLeadRow = Awaited<
  ReturnType<ReturnType<typeof createIllegalSiteRepository>['getByIds']>
>[number];
