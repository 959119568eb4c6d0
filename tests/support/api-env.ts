// The whole api as a user meets it: a real Temporal dev server, real PostgreSQL, a worker in-process,
// and the HTTP server on a free port. Tests speak GraphQL over HTTP to it.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { seedDemoCounty } from '../../seed/demo-county/index';
import { createHttpServer } from '../../server/http';
import { closeServer, listen } from '../../server/listen';
import { createServices } from '../../server/services';
import type { NotificationSender } from '../../activities/senders';
import type { Services } from '../../graphql/context';
import { locateTemporalBinary } from '../../server/temporal-binaries';
import { startWorker, type RunningWorker } from '../../server/worker-runtime';
import { createTestDatabase, type TestDatabase } from './database';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';
import { testBundlePath } from './test-bundle';

export const DEMO_PASSWORD = 'demo-2026';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
}

export interface ApiEnv {
  env: TestWorkflowEnvironment;
  database: Database;
  /** The test database itself, never through the proxy: for the test's own checks. */
  databaseUrl: string;
  /** With databaseProxy: the proxy the app's pool and the in-process worker reach PostgreSQL through. */
  databaseProxy: TcpProxy | null;
  taskQueue: string;
  services: Services;
  port: number;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResult<T>>;
  login(username: string): Promise<string>;
  gid(type: string, id: number): string;
  orgId(code: string): Promise<number>;
  /** SQL statements run by the api process since the counter was last reset. */
  queries: { count: number; sql: string[] };
  stopWorker(): Promise<void>;
  /** Shuts the Temporal dev server down for good (the engine-down test is the last of its file). */
  stopTemporal(): Promise<void>;
  /** SIGKILL of the dev server process (durableTemporal only): no goodbye, no flush. */
  killTemporal(): Promise<void>;
  /** A new dev server on the same SQLite file and port; the in-process worker is started again on it. */
  restartTemporal(): Promise<void>;
  restartWorker(): Promise<void>;
  teardown(): Promise<void>;
}

export interface ApiEnvOptions {
  enterpriseCount?: number;
  updateDeadlineMs?: number;
  /** false: the test runs workers itself (e.g. as child processes it can kill). */
  inProcessWorker?: boolean;
  /** The dev server keeps its state in a SQLite file on a fixed port, so it can be killed and restarted on it. */
  durableTemporal?: boolean;
  /** The app's pool (api and in-process worker) reaches PostgreSQL through a TCP proxy the test can cut. */
  databaseProxy?: boolean;
  /** The in-process worker delivers notices on these channels (a webhook to a receiver the test runs). */
  senders?: NotificationSender[];
  deliveryFirstRetryMs?: number;
}

/** GraphQL over HTTP to the server at `url`, as a client sends it (optionally logged in). */
export function graphQLAt(url: string) {
  return async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string | null,
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLResult['errors'] };
    return { status: response.status, data: body.data ?? null, errors: body.errors };
  };
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startApiEnv(options: ApiEnvOptions = {}): Promise<ApiEnv> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wss-api-'));
  const dbFilename = path.join(dir, 'temporal.sqlite');
  const temporalPort = options.durableTemporal ? await freePort() : undefined;
  const startTemporal = () =>
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: locateTemporalBinary('temporal'),
        extraArgs: ['--log-level', 'error'],
        ...(options.durableTemporal ? { dbFilename, port: temporalPort, ip: '127.0.0.1' } : {}),
      },
    });
  const env = await startTemporal();
  let current = env;
  const killed: TestWorkflowEnvironment[] = [];
  const test: TestDatabase = await createTestDatabase('wss_api');
  const queries: { count: number; sql: string[] } = { count: 0, sql: [] };
  const target = new URL(test.url);
  const proxy = options.databaseProxy
    ? await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) })
    : null;
  const database = await openDatabase({
    databaseUrl: proxy ? proxy.urlFor(test.url) : test.url,
    dataDir: dir,
    poolSize: 12,
    onQuery: (text) => {
      queries.count += 1;
      queries.sql.push(text);
    },
  });
  await migrateToLatest(database.db);
  await seedDemoCounty(database.db, {
    demoPassword: DEMO_PASSWORD,
    withDemoUsers: true,
    enterpriseCount: options.enterpriseCount ?? 300,
  });
  const taskQueue = `api-${randomUUID().slice(0, 8)}`;
  const startOwnWorker = () =>
    startWorker({
      connection: current.nativeConnection,
      namespace: 'default',
      taskQueue,
      deps: {
        db: database.db,
        client: current.client,
        taskQueue,
        ...(options.senders ? { senders: options.senders } : {}),
        ...(options.deliveryFirstRetryMs ? { deliveryFirstRetryMs: options.deliveryFirstRetryMs } : {}),
      },
      bundlePath: testBundlePath(),
    });
  let worker: RunningWorker | null = options.inProcessWorker === false ? null : await startOwnWorker();
  const services = createServices({
    db: database.db,
    client: env.client,
    taskQueue,
    sessionTtlHours: 12,
    updateDeadlineMs: options.updateDeadlineMs ?? 15_000,
  });
  const server: Server = createHttpServer({
    db: database.db,
    services,
    production: false,
    checkTemporal: async () => {
      await env.client.connection.workflowService.getSystemInfo({});
    },
  });
  await listen(server, 0, '127.0.0.1');
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();

  const gql = graphQLAt(url);

  let temporalRunning = true;
  return {
    get env() {
      return current;
    },
    database,
    databaseUrl: test.url,
    databaseProxy: proxy,
    taskQueue,
    services,
    port,
    url,
    gql,
    queries,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const result = await gql<{ login: { token: string } }>(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
      );
      if (!result.data) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      tokens.set(username, result.data.login.token);
      return result.data.login.token;
    },
    gid: (type, id) => encodeGlobalID(type, id),
    async orgId(code) {
      return (await database.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow())
        .id;
    },
    async stopWorker() {
      await worker?.stop();
      worker = null;
    },
    async restartWorker() {
      worker ??= await startOwnWorker();
    },
    async stopTemporal() {
      await worker?.stop();
      worker = null;
      temporalRunning = false;
      await current.teardown();
    },
    async killTemporal() {
      if (!options.durableTemporal) throw new Error('killTemporal needs durableTemporal');
      execFileSync('pkill', ['-KILL', '-f', '--', dbFilename]);
      temporalRunning = false;
    },
    async restartTemporal() {
      await worker?.stop().catch(() => undefined);
      worker = null;
      // The killed server's client stays: the api's services hold it, and it reconnects to the same port.
      killed.push(current);
      // On a loaded machine the dev server can take a while to reopen its file: try a few times.
      for (let attempt = 1; ; attempt += 1) {
        try {
          current = await startTemporal();
          break;
        } catch (error) {
          if (attempt >= 3) throw error;
          await new Promise((resolve) => setTimeout(resolve, 2_000));
        }
      }
      temporalRunning = true;
      if (options.inProcessWorker !== false) worker = await startOwnWorker();
    },
    async teardown() {
      await closeServer(server);
      proxy?.restore();
      await worker?.stop().catch(() => undefined);
      await database.close();
      await proxy?.close();
      if (temporalRunning) await current.teardown();
      for (const old of killed) await old.teardown().catch(() => undefined);
      await test.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
