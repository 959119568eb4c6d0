// Login throttling over HTTP from real client addresses (127.0.0.x sockets): the owner on another address is never
// locked out, locks expire and their counts restart, a sprayer is stopped, unknown and real accounts answer alike,
// and a real login stays fast while bogus logins pour in, with at most a few scrypt at a time.
import { randomUUID } from 'node:crypto';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { seedDemoCounty } from '../../seed/demo-county/index';
import { createHttpServer } from '../../server/http';
import { closeServer, listen } from '../../server/listen';
import { createServices } from '../../server/services';
import { createAuthService } from '../../services/auth';
import { LIMIT_REFUSALS } from '../../domain/limits';
import { HASHING_GATE } from '../../services/hashing-gate';
import { passwordChecks } from '../../services/passwords';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { waitFor } from '../support/processes';

// Every password check the api makes, counted where it hashes (services/passwords.ts): how many run at once.
const hashing = passwordChecks;

const PASSWORD = 'demo-2026';
const WRONG = '用户名或密码错误';
const START = new Date('2030-01-07T02:00:00.000Z');

let testDb: TestDatabase;
let database: Database;
let live: Server;
let clocked: Server;
let clockedBehindProxy: Server;
let clock = START;
const agent = new Agent({ keepAlive: true, maxSockets: 512 });

interface Answer {
  ms: number;
  token: string | null;
  code: string | null;
  message: string | null;
  retryAfter: string | null;
}

/** One login over HTTP from a socket bound to `address` (any 127.0.0.x reaches the server on loopback). */
function loginFrom(
  server: Server,
  address: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const body = JSON.stringify({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
    variables: { u: username, p: password },
  });
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: (server.address() as AddressInfo).port,
        path: '/graphql',
        method: 'POST',
        localAddress: address,
        agent,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(text) as {
              data?: { login: { token: string } } | null;
              errors?: { message: string; extensions?: { code?: string; retryAfter?: string } }[];
            };
            const error = parsed.errors?.[0];
            resolve({
              ms: performance.now() - started,
              token: parsed.data?.login.token ?? null,
              code: error?.extensions?.code ?? null,
              message: error?.message ?? null,
              retryAfter: error?.extensions?.retryAfter ?? null,
            });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

beforeAll(async () => {
  testDb = await createTestDatabase('wss_login');
  database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent', poolSize: 12 });
  await migrateToLatest(database.db);
  await seedDemoCounty(database.db, { demoPassword: PASSWORD, withDemoUsers: true, enterpriseCount: 10 });
  // Logins need no workflow engine: a client that never connects (port 9 refuses at once if it tried).
  const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:9' }) });
  const services = createServices({
    db: database.db,
    client,
    taskQueue: `login-${randomUUID().slice(0, 8)}`,
    sessionTtlHours: 12,
  });
  const serve = async (auth: typeof services.auth, trustedProxies = 0) => {
    const server = createHttpServer({
      db: database.db,
      services: { ...services, auth },
      production: false,
      trustedProxies,
      checkTemporal: () => Promise.reject(new Error('no workflow engine in login tests')),
    });
    await listen(server, 0, '127.0.0.1');
    return server;
  };
  live = await serve(services.auth);
  // The same api on a clock the test moves: locks expire without waiting for them.
  const clockedAuth = createAuthService(database.db, { sessionTtlHours: 12, now: () => clock });
  clocked = await serve(clockedAuth);
  clockedBehindProxy = await serve(clockedAuth, 1);
});

afterAll(async () => {
  agent.destroy();
  if (live) await closeServer(live);
  if (clocked) await closeServer(clocked);
  if (clockedBehindProxy) await closeServer(clockedBehindProxy);
  await database?.close();
  await testDb?.drop();
});

describe('login throttling', () => {
  it('locks the guessing address, not the owner: after 8 wrong passwords from A the owner logs in from B', async () => {
    const guesses: Answer[] = [];
    for (let i = 0; i < 8; i += 1) guesses.push(await loginFrom(clocked, '127.0.0.11', 'housing.head', `guess-${i}`));
    expect(guesses.every((g) => g.code === 'UNAUTHENTICATED' && g.token === null)).toBe(true);
    expect(guesses[7]?.message).toMatch(/后重试/u);
    // The guesser's address stays refused, even with the right password...
    expect((await loginFrom(clocked, '127.0.0.11', 'housing.head', PASSWORD)).token).toBeNull();
    // ...while the owner, at the same instant, logs in from elsewhere.
    const owner = await loginFrom(clocked, '127.0.0.12', 'housing.head', PASSWORD);
    expect(owner.message).toBeNull();
    expect(owner.token).toMatch(/.{20,}/u);
  });

  it('lets a lock expire and then counts again from zero', async () => {
    const at = (address: string, password: string) => loginFrom(clocked, address, 'transport.head', password);
    const first = [];
    for (let i = 0; i < 5; i += 1) first.push(await at('127.0.0.13', 'wrong'));
    expect(first.map((a) => a.message)).toEqual(Array(5).fill(WRONG));
    const locked = await at('127.0.0.13', 'wrong');
    expect(locked.message).toBe('登录失败次数过多，请 1 秒后重试');
    expect(locked.retryAfter).toBe(new Date(clock.getTime() + 1_000).toISOString());
    // Each further failure doubles the wait: 1 s, then 2 s.
    advance(1_000);
    expect((await at('127.0.0.13', 'wrong')).message).toBe(WRONG);
    expect((await at('127.0.0.13', PASSWORD)).message).toBe('登录失败次数过多，请 2 秒后重试');
    // A quarter of an hour later the lock and its window have passed: four more mistakes are plain mistakes again,
    // (a count that survived the lock would refuse them), and the right password is let in.
    advance(16 * 60_000);
    const later = [];
    for (let i = 0; i < 4; i += 1) later.push(await at('127.0.0.13', 'wrong'));
    expect(later.map((a) => a.message)).toEqual(Array(4).fill(WRONG));
    expect((await at('127.0.0.13', PASSWORD)).token).not.toBeNull();
  });

  it('stops one address spraying passwords across accounts, before any password is hashed', async () => {
    const names = Array.from({ length: 30 }, (_, i) =>
      i % 3 === 0 ? `spray-${i}` : ['emergency.staff', 'housing.staff', 'transport.staff', 'leader'][i % 4],
    );
    const answers = [];
    for (const [i, name] of names.entries()) answers.push(await loginFrom(clocked, '127.0.0.14', name ?? '', `x${i}`));
    expect(answers.slice(0, 20).map((a) => a.message)).toEqual(Array(20).fill(WRONG));
    expect(answers.slice(20).every((a) => a.message === '登录失败次数过多，请 1 秒后重试')).toBe(true);
    const hashed = hashing.calls;
    const refused = await loginFrom(clocked, '127.0.0.14', 'leader', PASSWORD);
    expect(refused.token).toBeNull();
    expect(hashing.calls).toBe(hashed);
    expect((await loginFrom(clocked, '127.0.0.15', 'leader', PASSWORD)).token).not.toBeNull();
  });

  it('answers an unknown name exactly as a real account, message, lock and time', async () => {
    const steps: [Answer, Answer][] = [];
    for (let i = 0; i < 8; i += 1) {
      // Interleaved, so load on the machine falls on both alike.
      const real = await loginFrom(clocked, '127.0.0.16', 'chengguan.staff', `wrong-${i}`);
      const unknown = await loginFrom(clocked, '127.0.0.17', 'chengguan.staf', `wrong-${i}`);
      steps.push([real, unknown]);
    }
    for (const [real, unknown] of steps) {
      expect([unknown.code, unknown.message, unknown.retryAfter]).toEqual([real.code, real.message, real.retryAfter]);
    }
    expect(steps.map(([real]) => real.message)).toContain(WRONG);
    // A name no database can hold is refused at the door (domain/limits.ts), alike for a real and an unknown name and
    // before any password is hashed.
    const hashedBefore = hashing.calls;
    const nulReal = await loginFrom(clocked, '127.0.0.18', 'chengguan\u0000staff', 'x');
    const nulUnknown = await loginFrom(clocked, '127.0.0.18', 'chengguan\u0000staf', 'x');
    expect([nulReal.code, nulReal.message]).toEqual(['BAD_USER_INPUT', LIMIT_REFUSALS.nulCharacter]);
    expect([nulUnknown.code, nulUnknown.message]).toEqual([nulReal.code, nulReal.message]);
    expect(hashing.calls).toBe(hashedBefore);
    const hashedReal = steps.slice(0, 5).map(([real]) => real.ms);
    const hashedUnknown = steps.slice(0, 5).map(([, unknown]) => unknown.ms);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    console.log(
      `wrong password, real account: ${hashedReal.map(Math.round).join('/')} ms; unknown name: ${hashedUnknown.map(Math.round).join('/')} ms`,
    );
    expect(Math.abs(mean(hashedReal) - mean(hashedUnknown))).toBeLessThan(200);
  });

  it('keeps a real login fast while 16 addresses pour in bogus logins, with a few scrypt at a time', async () => {
    const quiet = [];
    for (let i = 0; i < 3; i += 1) quiet.push((await loginFrom(live, '127.0.0.21', 'admin', PASSWORD)).ms);
    hashing.peak = 0;
    const callsBefore = hashing.calls;
    let attacking = true;
    let sent = 0;
    const attacker = async (address: string, lane: number) => {
      for (let i = 0; attacking; i += 1) {
        sent += 1;
        const answer = await loginFrom(live, address, `bogus-${lane}-${i}`, 'guess');
        // A refused attacker waits for the moment it was told: any attempt before it is refused unheard.
        const wait = answer.retryAfter ? Date.parse(answer.retryAfter) - Date.now() : 0;
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 1_000)));
      }
    };
    const attack = Array.from({ length: 16 }, (_, a) =>
      Array.from({ length: 10 }, (_, lane) => attacker(`127.0.0.${40 + a}`, a * 100 + lane)),
    ).flat();
    try {
      await waitFor(async () => hashing.calls - callsBefore >= 12, 60_000, 'the attack to reach the password hashing');
      const underAttack: Answer[] = [];
      for (let i = 0; i < 3; i += 1) underAttack.push(await loginFrom(live, '127.0.0.22', 'admin', PASSWORD));
      const hashedDuring = hashing.calls - callsBefore;
      console.log(
        `real login: quiet ${quiet.map(Math.round).join('/')} ms; while 160 bogus logins run from 16 addresses ` +
          `${underAttack.map((a) => Math.round(a.ms)).join('/')} ms (attack: ${sent} requests, ${hashedDuring} hashed, ` +
          `at most ${hashing.peak} scrypt at once)`,
      );
      expect(underAttack.every((a) => a.token !== null)).toBe(true);
      expect(median(underAttack.map((a) => a.ms))).toBeLessThan(2_500);
    } finally {
      attacking = false;
      await Promise.all(attack);
    }
    // At most 4 on any machine; 2 on this 2-core one, so a core is left for everything else.
    expect(hashing.peak).toBeLessThanOrEqual(HASHING_GATE.concurrency);
    expect(HASHING_GATE.concurrency).toBeLessThanOrEqual(4);
  });

  it('believes X-Forwarded-For only behind TRUST_PROXY: a spoofed header escapes nothing', async () => {
    const guess = (server: Server, forwardedFor: string) =>
      loginFrom(server, '127.0.0.61', 'emergency.head', 'guess', { 'x-forwarded-for': forwardedFor });
    for (let i = 0; i < 5; i += 1) await guess(clocked, `198.51.100.${i}`);
    expect((await guess(clocked, '198.51.100.99')).message).toMatch(/后重试/u);
    // Behind one trusted proxy each forwarded client is counted on its own; what the client wrote before it is not.
    for (let i = 0; i < 5; i += 1) await guess(clockedBehindProxy, `spoofed-${i}, 203.0.113.5`);
    expect((await guess(clockedBehindProxy, '203.0.113.5')).message).toMatch(/后重试/u);
    expect((await guess(clockedBehindProxy, '203.0.113.6')).message).toBe(WRONG);
  });

  it('answers 登录请求过多 at once when the hashing queue is full, and counts no failure for it', async () => {
    const auth = createAuthService(database.db, {
      sessionTtlHours: 12,
      hashing: { concurrency: 1, maxWaitingPerAddress: 1, maxWaiting: 10 },
    });
    const answers = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) => auth.login(`queue-${i}`, 'guess', null, '127.0.0.62')),
    );
    const messages = answers.map((a) => (a.status === 'rejected' && a.reason instanceof Error ? a.reason.message : ''));
    expect(messages.filter((m) => m === '登录请求过多，请稍后重试').length).toBeGreaterThanOrEqual(1);
    const wrong = messages.filter((m) => m === WRONG).length;
    expect(wrong).toBeGreaterThanOrEqual(1);
    const row = await database.db
      .selectFrom('login_throttle')
      .select('failures')
      .where('key', '=', 'address:127.0.0.62')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(wrong);
  });
});
