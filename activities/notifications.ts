// Delivering notices beyond the app (the outbox): a page of due deliveries claimed, each sent by its channel's sender,
// each outcome recorded — delivered, tried again after a growing wait, or given up after DELIVERY.maxAttempts.
import { Context } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { createNotificationRepository } from '../db/repositories/notifications';
import type { DB } from '../db/schema';
import { DELIVERY, retryDelayMs, type NoticePayload } from '../domain/delivery';
import type { NotificationSender } from './senders';

/** Deliveries sent at once: a slow receiver must not hold a page for minutes. */
const SEND_CONCURRENCY = 5;

export function createNotificationActivities(
  db: Kysely<DB>,
  senders: readonly NotificationSender[],
  options: { firstRetryMs?: number } = {},
) {
  const notifications = createNotificationRepository(db);
  return {
    async deliverDueNotifications(input: {
      limit: number;
    }): Promise<{ claimed: number; delivered: number; failed: number }> {
      const now = new Date();
      const claimed = await notifications.claimDue(now, DELIVERY.leaseMs, input.limit);
      const notices = new Map((await notifications.byIds(claimed.map((d) => d.notification_id))).map((n) => [n.id, n]));
      let delivered = 0;
      let failed = 0;
      for (let i = 0; i < claimed.length; i += SEND_CONCURRENCY) {
        await Promise.all(
          claimed.slice(i, i + SEND_CONCURRENCY).map(async (delivery) => {
            const notice = notices.get(delivery.notification_id);
            const sender = senders.find((s) => s.channel === delivery.channel);
            try {
              if (!notice) throw new Error('the notice is gone');
              if (!sender) throw new Error(`no sender is configured for ${delivery.channel}`);
              await sender.send(payloadOf(notice));
              await notifications.delivered(delivery.id, new Date());
              delivered += 1;
            } catch (error) {
              const reason = error instanceof Error ? error.message : String(error);
              const retryAt =
                delivery.attempts >= DELIVERY.maxAttempts
                  ? null
                  : new Date(Date.now() + retryDelayMs(delivery.attempts, options.firstRetryMs));
              await notifications.failed(delivery.id, reason, retryAt);
              failed += 1;
            }
          }),
        );
        Context.current().heartbeat(i);
      }
      return { claimed: claimed.length, delivered, failed };
    },
  };
}

type NoticeRow = Awaited<ReturnType<ReturnType<typeof createNotificationRepository>['byIds']>>[number];

const payloadOf = (n: NoticeRow): NoticePayload => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  subjectType: n.subject_type,
  subjectId: n.subject_id,
  orgUnitId: n.org_unit_id,
  enterpriseId: n.enterprise_id,
  userId: n.user_id,
  phone: n.phone,
  createdAt: n.created_at.toISOString(),
});
