// A person's inbox (站内通知): marking notices read, for themselves only. Reading it is readers.notifications.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createNotificationRepository } from '../db/repositories/notifications';
import type { DB } from '../db/schema';
import { LIMITS } from '../domain/limits';
import { inboxOf } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';

export const NOTIFICATION_REFUSALS = {
  tooMany: `一次最多标记${LIMITS.listItems}条消息`,
  notYours: '要标记的消息不存在或不是发给您的，请刷新后重试',
} as const;

export function createNotificationService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  return {
    /** Marks notices of the viewer's inbox read; returns how many were unread. Any id not theirs: nothing marked. */
    async markRead(viewer: Viewer, ids: readonly number[], requestId: string | null): Promise<number> {
      const unique = [...new Set(ids)];
      if (unique.length > LIMITS.listItems) throw new AppError('BAD_USER_INPUT', NOTIFICATION_REFUSALS.tooMany);
      const mine = await createNotificationRepository(db).inInbox(inboxOf(viewer), unique);
      if (mine.length !== unique.length) throw new AppError('NOT_FOUND', NOTIFICATION_REFUSALS.notYours);
      return db.transaction().execute(async (trx) => {
        const marked = await createNotificationRepository(trx).markRead(viewer.id, unique, now());
        if (marked > 0)
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'markNotificationsRead',
            subjectType: 'User',
            subjectId: viewer.id,
            requestId,
            after: { marked },
          });
        return marked;
      });
    },
  };
}

export type NotificationService = ReturnType<typeof createNotificationService>;
