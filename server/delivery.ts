// The channels the workers deliver notices on beyond the app, from the configuration: a webhook when
// NOTIFY_WEBHOOK_URL is set. No SMS gateway is built in: a county connects its own through the webhook.
import { createWebhookSender, type NotificationSender } from '../activities/senders';
import type { Config } from './config';

export function deliverySendersOf(
  config: Pick<Config, 'NOTIFY_WEBHOOK_URL' | 'NOTIFY_WEBHOOK_SECRET'>,
): NotificationSender[] {
  if (!config.NOTIFY_WEBHOOK_URL || !config.NOTIFY_WEBHOOK_SECRET) return [];
  return [createWebhookSender({ url: config.NOTIFY_WEBHOOK_URL, secret: config.NOTIFY_WEBHOOK_SECRET })];
}
