// Notices (issue #12): every role's inbox with unread counts and mark-as-read, the enterprise told what to rectify
// and when it was rejected, and delivery beyond the app through the outbox to a webhook receiver this test runs —
// signed, retried with backoff, given up after its attempts, never delivered twice.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWebhookSender,
  NOTICE_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyWebhookSignature,
} from '../../activities/senders';
import { DELIVERY } from '../../domain/delivery';
import { NOTIFICATION_REFUSALS } from '../../services/notifications';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import {
  codeOf,
  enterpriseLogin,
  finding,
  hazardEnterprise,
  inspect,
  launchCampaign,
  openTaskOf,
  REPORT,
  VERIFY,
  type LaunchedCampaign,
} from '../support/api-fixtures';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';

const SECRET = 'test-webhook-secret-2026';

/** A webhook receiver: answers 503 while `failing` says so for the notice, 200 after; keeps what it accepted. */
interface Receiver {
  url: string;
  accepted: Map<string, { body: string; validSignature: boolean }>;
  attempts: Map<string, number>;
  failing: (noticeId: string, attempt: number) => boolean;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const receiver: Omit<Receiver, 'url' | 'close'> = {
    accepted: new Map(),
    attempts: new Map(),
    failing: () => false,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers[NOTICE_ID_HEADER] ?? '');
      const attempt = (receiver.attempts.get(id) ?? 0) + 1;
      receiver.attempts.set(id, attempt);
      if (receiver.failing(id, attempt)) {
        res.writeHead(503).end('busy');
        return;
      }
      const validSignature = verifyWebhookSignature(
        SECRET,
        String(req.headers[TIMESTAMP_HEADER] ?? ''),
        body,
        String(req.headers[SIGNATURE_HEADER] ?? ''),
      );
      receiver.accepted.set(id, { body, validSignature });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...receiver,
    get failing() {
      return receiver.failing;
    },
    set failing(rule) {
      receiver.failing = rule;
    },
    url: `http://127.0.0.1:${port}/hooks/safety`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let api: ApiEnv;
let campaign: LaunchedCampaign;
let receiver: Receiver;

const INBOX = `query($unread: Boolean) { notifications(first: 50, unread: $unread) { totalCount edges { node { id kind title body subjectType subjectId read } } } }`;
type Inbox = {
  notifications: {
    totalCount: number;
    edges: { node: { id: string; kind: string; subjectId: string; read: boolean } }[];
  };
};

/** Runs the delivery workflow once, as its schedule does every minute. */
const deliverOnce = () =>
  api.env.client.workflow.execute('notificationDeliveryWorkflow', {
    taskQueue: api.taskQueue,
    workflowId: `deliver-${randomUUID()}`,
  });

beforeAll(async () => {
  receiver = await startReceiver();
  api = await startApiEnv({
    senders: [createWebhookSender({ url: receiver.url, secret: SECRET, timeoutMs: 5_000 })],
    // Ten attempts of a receiver that never accepts then take about 10 s (20 ms, doubling).
    deliveryFirstRetryMs: 20,
  });
  campaign = await launchCampaign(api, { name: '消息通知测试', industries: ['HAZARDOUS_CHEMICALS'] });
});
afterAll(async () => {
  await api?.teardown();
  await receiver?.close();
});

describe('the inbox', () => {
  it('tells the enterprise what to rectify, the regulator what to verify, and each reads and marks its own', async () => {
    const task = await openTaskOf(api, campaign.dbId, 'emergency');
    const [hazardId] = await inspect(api, task.id, 'emergency.staff', [finding('GENERAL', '储罐区防火堤破损')]);
    if (!hazardId) throw new Error('no hazard');
    const enterprise = await enterpriseLogin(api, await hazardEnterprise(api, hazardId));

    const unread = async (token: string) =>
      (await api.gql<Inbox>(INBOX, { unread: true }, token)).data?.notifications ?? { totalCount: 0, edges: [] };
    const found = await unread(enterprise);
    expect(found.edges.map((e) => [e.node.kind, e.node.subjectId])).toContainEqual(['HAZARD_FOUND', hazardId]);

    // The enterprise reports; the regulator is told to verify; a rejection is told to the enterprise.
    await waitFor(
      async () => !codeOf(await api.gql(REPORT, { input: { hazardId, measures: '修复防火堤' } }, enterprise)),
      30_000,
      'the rectification report',
    );
    const staff = await api.login('emergency.staff');
    expect((await unread(staff)).edges.map((e) => e.node.kind)).toContain('RECTIFICATION_REPORTED');
    await api.gql(
      VERIFY,
      {
        input: {
          hazardId,
          passed: false,
          comment: '防火堤仍有渗漏',
          newRectifyBy: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        },
      },
      staff,
    );
    const rejected = (await unread(enterprise)).edges.find((e) => e.node.kind === 'VERIFICATION_REJECTED');
    expect(rejected).toBeDefined();

    // Marking read: its own notices; someone else's is not found and marks nothing.
    const before = (await unread(enterprise)).totalCount;
    const other = (await unread(staff)).edges[0]?.node.id ?? '';
    const refused = await api.gql(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [rejected?.node.id, other] },
      enterprise,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: NOTIFICATION_REFUSALS.notYours,
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await unread(enterprise)).totalCount).toBe(before);
    const marked = await api.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [rejected?.node.id] },
      enterprise,
    );
    expect(marked.data?.markNotificationsRead).toBe(1);
    const again = await api.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [rejected?.node.id] },
      enterprise,
    );
    expect(again.data?.markNotificationsRead).toBe(0);
    expect((await unread(enterprise)).totalCount).toBe(before - 1);
    // Read is per reader: the regulator's head still has the unit's notice unread.
    const head = await api.login('emergency.head');
    expect((await unread(head)).edges.some((e) => e.node.kind === 'RECTIFICATION_REPORTED')).toBe(true);
    // Another enterprise reads none of this one's notices.
    const elsewhere = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('id', '!=', await hazardEnterprise(api, hazardId))
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const stranger = await enterpriseLogin(api, elsewhere.id);
    expect((await api.gql<Inbox>(INBOX, {}, stranger)).data?.notifications.totalCount).toBe(0);
  });
});

describe('delivery beyond the app', () => {
  it('posts every notice to the webhook, signed; retries a failing receiver with backoff; gives up after its attempts', async () => {
    const db = api.database.db;
    const queued = await db.selectFrom('notification_delivery').select(['notification_id', 'channel']).execute();
    const notices = await db.selectFrom('notification').select('id').execute();
    // Every notice written since the worker enabled the webhook is in the outbox, once.
    expect(queued.map((q) => q.notification_id).sort()).toEqual(notices.map((n) => n.id).sort());

    // The receiver turns each notice away twice before it accepts it.
    receiver.failing = (_id, attempt) => attempt <= 2;
    await waitFor(
      async () => {
        await deliverOnce();
        return notices.every((n) => receiver.accepted.has(String(n.id)));
      },
      60_000,
      'every notice accepted by the webhook',
    );
    const rows = await db.selectFrom('notification_delivery').select(['status', 'attempts', 'last_error']).execute();
    expect(rows.every((r) => r.status === 'DELIVERED' && r.attempts === 3)).toBe(true);
    expect([...receiver.accepted.values()].every((a) => a.validSignature)).toBe(true);
    const sample = [...receiver.accepted.values()][0];
    expect(JSON.parse(sample?.body ?? '{}')).toMatchObject({ kind: expect.any(String), title: expect.any(String) });
    // Delivered is delivered: another run sends nothing again.
    const attemptsBefore = [...receiver.attempts.values()].reduce((a, b) => a + b, 0);
    await deliverOnce();
    expect([...receiver.attempts.values()].reduce((a, b) => a + b, 0)).toBe(attemptsBefore);

    // A receiver that never accepts: the delivery is given up after its attempts, kept with the last error.
    receiver.failing = () => true;
    const task = await openTaskOf(api, campaign.dbId, 'emergency', 1);
    await inspect(api, task.id, 'emergency.staff', [finding('GENERAL', '静电接地线断开')]);
    await waitFor(
      async () => {
        await deliverOnce();
        const pending = await db
          .selectFrom('notification_delivery')
          .select('id')
          .where('status', '=', 'PENDING')
          .execute();
        return pending.length === 0;
      },
      90_000,
      'the undeliverable notice given up',
    );
    const failed = await db
      .selectFrom('notification_delivery')
      .select(['attempts', 'last_error'])
      .where('status', '=', 'FAILED')
      .execute();
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => f.attempts === DELIVERY.maxAttempts && f.last_error?.includes('503'))).toBe(true);

    // A run with notices to deliver, recorded for the replay test.
    receiver.failing = () => false;
    const next = await openTaskOf(api, campaign.dbId, 'emergency', 2);
    await inspect(api, next.id, 'emergency.staff', [finding('GENERAL', '操作规程未上墙')]);
    const handle = await api.env.client.workflow.start('notificationDeliveryWorkflow', {
      taskQueue: api.taskQueue,
      workflowId: `deliver-${randomUUID()}`,
    });
    expect(await handle.result()).toMatchObject({ delivered: 1, failed: 0 });
    await recordHistory(handle, 'notificationDeliveryWorkflow--one-page');
  });
});
