// Senders deliver a notice beyond the app, one channel each; the delivery activity picks the sender of a queued
// delivery's channel. The webhook sender POSTs the notice as JSON, signed with a shared secret so the receiver can
// tell it came from the county (HMAC-SHA256 over the timestamp and the body, as the big payment webhooks do).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeliveryChannel } from '../db/schema';
import type { NoticePayload } from '../domain/delivery';

export interface NotificationSender {
  channel: DeliveryChannel;
  /** Resolves once the receiver has accepted the notice; rejects with the reason otherwise. */
  send(notice: NoticePayload): Promise<void>;
}

export const SIGNATURE_HEADER = 'x-wss-signature';
export const TIMESTAMP_HEADER = 'x-wss-timestamp';
export const NOTICE_ID_HEADER = 'x-wss-notification-id';

/** `sha256=<hex>` over `<timestamp>.<body>`, keyed by the shared secret: the receiver recomputes and compares. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check: true when the signature is the secret's over this timestamp and body. */
export function verifyWebhookSignature(secret: string, timestamp: string, body: string, signature: string): boolean {
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function createWebhookSender(options: {
  url: string;
  secret: string;
  timeoutMs?: number;
  now?: () => Date;
}): NotificationSender {
  const now = options.now ?? (() => new Date());
  return {
    channel: 'WEBHOOK',
    async send(notice) {
      const body = JSON.stringify(notice);
      const timestamp = String(Math.floor(now().getTime() / 1000));
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          [TIMESTAMP_HEADER]: timestamp,
          [SIGNATURE_HEADER]: webhookSignature(options.secret, timestamp, body),
          // The same notice may arrive twice (a worker lost between send and record): receivers dedupe by it.
          [NOTICE_ID_HEADER]: String(notice.id),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      // Drain the answer so the connection can be reused.
      const answer = await response.text().catch(() => '');
      if (!response.ok) throw new Error(`HTTP ${response.status} ${answer.slice(0, 200)}`.trim());
    },
  };
}
