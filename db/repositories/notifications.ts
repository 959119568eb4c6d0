import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../schema';

export interface NewNotification {
  orgUnitId: number;
  userId: number | null;
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

export function createNotificationRepository(db: Kysely<DB> | Transaction<DB>) {
  return {
    send: (n: NewNotification) =>
      db
        .insertInto('notification')
        .values({
          org_unit_id: n.orgUnitId,
          user_id: n.userId,
          kind: n.kind,
          subject_type: n.subjectType,
          subject_id: n.subjectId,
          title: n.title,
          body: n.body,
          dedupe_key: n.dedupeKey,
          created_at: n.at,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute(),
  };
}
