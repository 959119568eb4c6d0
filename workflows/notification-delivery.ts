// Delivers the notices queued for channels beyond the app (a webhook): started every minute by the
// `notification-delivery` Temporal Schedule (server/schedules.ts); each run sends pages of due deliveries until a page
// comes back short. A failed delivery waits in the outbox for its next attempt (domain/delivery.ts).
import { pagedActivities } from './activity-proxies';

/** Deliveries claimed per activity. */
export const DELIVERY_PAGE = 50;
/** A run stops after this many pages; the next run goes on. */
const MAX_PAGES = 20;

export async function notificationDeliveryWorkflow(): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await pagedActivities.deliverDueNotifications({ limit: DELIVERY_PAGE });
    delivered += result.delivered;
    failed += result.failed;
    if (result.claimed < DELIVERY_PAGE) break;
  }
  return { delivered, failed };
}
