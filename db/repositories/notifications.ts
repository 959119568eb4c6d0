// Notices (站内通知): written once per intended notice by the activities, queued at once for every delivery channel
// the workers have enabled (the outbox); read as each person's inbox, marked read per reader; delivered beyond the
// app by claiming due deliveries and recording how each attempt went.
import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { DB, DeliveryChannel } from '../schema';
import { countOf } from './queries';

export interface NewNotification {
  /** A unit's notice: each of its people reads it. */
  orgUnitId: number | null;
  /** An enterprise's notice: each of its accounts reads it. */
  enterpriseId?: number | null;
  /** One person's notice (with a unit: that unit's notice, meant for this person). */
  userId: number | null;
  /** A mobile number the county's gateway texts it to (a 包保 link without an account, or one with a number too). */
  phone?: string | null;
  kind: string;
  subjectType: string;
  subjectId: number;
  title: string;
  body: string;
  /** Unique per intended notification: a retried activity sends nothing twice. */
  dedupeKey: string;
  /** The workflow's time of sending. */
  at: Date;
}

/** Whose inbox: a person, their unit (unless only personal notices reach them), their enterprise. */
export interface InboxOwner {
  userId: number;
  orgUnitId: number | null;
  enterpriseId: number | null;
  /** A leader reads the notices addressed to them, not every notice of the county office they belong to. */
  unitNotices: boolean;
}

export const notificationColumns = [
  'notification.id',
  'notification.kind',
  'notification.title',
  'notification.body',
  'notification.subject_type',
  'notification.subject_id',
  'notification.org_unit_id',
  'notification.enterprise_id',
  'notification.user_id',
  'notification.phone',
  'notification.created_at',
] as const;

export function createNotificationRepository(db: Kysely<DB> | Transaction<DB>) {
  function inbox(owner: InboxOwner, unread: boolean | null | undefined) {
    let query = db
      .selectFrom('notification')
      .where((eb) =>
        eb.or([
          eb('notification.user_id', '=', owner.userId),
          ...(owner.unitNotices && owner.orgUnitId !== null
            ? [eb.and([eb('notification.user_id', 'is', null), eb('notification.org_unit_id', '=', owner.orgUnitId)])]
            : []),
          ...(owner.enterpriseId !== null
            ? [
                eb.and([
                  eb('notification.user_id', 'is', null),
                  eb('notification.enterprise_id', '=', owner.enterpriseId),
                ]),
              ]
            : []),
        ]),
      );
    const readByOwner = (eb: ExpressionBuilder<DB, 'notification'>) =>
      eb.exists(
        eb
          .selectFrom('notification_read')
          .select('notification_read.notification_id')
          .whereRef('notification_read.notification_id', '=', 'notification.id')
          .where('notification_read.user_id', '=', owner.userId),
      );
    if (unread === true) query = query.where((eb) => eb.not(readByOwner(eb)));
    if (unread === false) query = query.where((eb) => readByOwner(eb));
    return query;
  }

  return {
    /** One notice, queued for every enabled delivery channel in the same statement; a repeated key sends nothing. */
    send: (n: NewNotification) =>
      db
        .with('sent', (q) =>
          q
            .insertInto('notification')
            .values({
              org_unit_id: n.orgUnitId,
              enterprise_id: n.enterpriseId ?? null,
              user_id: n.userId,
              phone: n.phone ?? null,
              kind: n.kind,
              subject_type: n.subjectType,
              subject_id: n.subjectId,
              title: n.title,
              body: n.body,
              dedupe_key: n.dedupeKey,
              created_at: n.at,
            })
            .onConflict((oc) => oc.column('dedupe_key').doNothing())
            .returning('id'),
        )
        .insertInto('notification_delivery')
        .columns(['notification_id', 'channel', 'next_attempt_at'])
        .expression((eb) =>
          eb
            .selectFrom('sent')
            .crossJoin('notification_channel')
            .select(['sent.id', 'notification_channel.channel', sql<Date>`now()`.as('next_attempt_at')]),
        )
        .execute(),

    /** Newest first, with whether the owner has read each. */
    list: (owner: InboxOwner, unread: boolean | null | undefined, page: { limit: number; offset: number }) =>
      inbox(owner, unread)
        .select([
          ...notificationColumns,
          (eb) =>
            eb
              .selectFrom('notification_read')
              .select('notification_read.read_at')
              .whereRef('notification_read.notification_id', '=', 'notification.id')
              .where('notification_read.user_id', '=', owner.userId)
              .as('read_at'),
        ])
        .orderBy('notification.created_at', 'desc')
        .orderBy('notification.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (owner: InboxOwner, unread: boolean | null | undefined) => countOf(inbox(owner, unread)),

    /** Which of `ids` are in the owner's inbox. */
    inInbox: async (owner: InboxOwner, ids: readonly number[]) =>
      ids.length === 0
        ? []
        : (await inbox(owner, null).select('notification.id').where('notification.id', 'in', ids).execute()).map(
            (n) => n.id,
          ),

    /** Marks notices read for one reader; returns how many were unread until now. */
    markRead: async (userId: number, ids: readonly number[], at: Date) =>
      ids.length === 0
        ? 0
        : (
            await db
              .insertInto('notification_read')
              .values(ids.map((id) => ({ notification_id: id, user_id: userId, read_at: at })))
              .onConflict((oc) => oc.columns(['user_id', 'notification_id']).doNothing())
              .returning('notification_id')
              .execute()
          ).length,

    /** The channels enabled now: exactly `channels` (each worker states its configuration when it starts). */
    async setChannels(channels: readonly DeliveryChannel[]) {
      if (channels.length > 0)
        await db
          .insertInto('notification_channel')
          .values(channels.map((channel) => ({ channel })))
          .onConflict((oc) => oc.column('channel').doNothing())
          .execute();
      let removal = db.deleteFrom('notification_channel');
      if (channels.length > 0) removal = removal.where('channel', 'not in', channels);
      await removal.execute();
    },

    /**
     * Claims up to `limit` deliveries due now: their next attempt moves a lease ahead and their attempts up by one,
     * so a worker dying mid-send leaves them to be attempted again; concurrent claimers skip each other's rows.
     */
    claimDue: (now: Date, leaseMs: number, limit: number) =>
      db
        .updateTable('notification_delivery')
        .set((eb) => ({
          attempts: eb('attempts', '+', 1),
          next_attempt_at: new Date(now.getTime() + leaseMs),
        }))
        .where('id', 'in', (eb) =>
          eb
            .selectFrom('notification_delivery as due')
            .select('due.id')
            .where('due.status', '=', 'PENDING')
            .where('due.next_attempt_at', '<=', now)
            .orderBy('due.next_attempt_at')
            .limit(limit)
            .forUpdate()
            .skipLocked(),
        )
        .returning(['id', 'notification_id', 'channel', 'attempts'])
        .execute(),

    /** The notices of claimed deliveries, as a receiver gets them. */
    byIds: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('notification').select(notificationColumns).where('notification.id', 'in', ids).execute(),

    delivered: (id: number, at: Date) =>
      db
        .updateTable('notification_delivery')
        .set({ status: 'DELIVERED', delivered_at: at, last_error: null })
        .where('id', '=', id)
        .execute(),

    /** A failed attempt: tried again at `retryAt`, or given up (null). */
    failed: (id: number, error: string, retryAt: Date | null) =>
      db
        .updateTable('notification_delivery')
        .set(
          retryAt
            ? { last_error: error.slice(0, 500), next_attempt_at: retryAt }
            : { last_error: error.slice(0, 500), status: 'FAILED' },
        )
        .where('id', '=', id)
        .execute(),
  };
}

export type NotificationRow = Awaited<ReturnType<ReturnType<typeof createNotificationRepository>['list']>>[number];
