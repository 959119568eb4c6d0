// The api as `npm start` runs it, for the bench: a real Temporal dev server, a PostgreSQL database, the worker
// and the HTTP server in one process sharing one pool, and a keep-alive HTTP client that times each request.
import { Agent, request, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { z } from 'zod';
import { openDatabase, type Database } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import type { NewAppUser } from '../db/schema';
import { seedDemoCounty } from '../seed/demo-county/index';
import { createHttpServer } from '../server/http';
import { closeServer, listen } from '../server/listen';
import { createServices } from '../server/services';
import { locateTemporalBinary } from '../server/temporal-binaries';
import { devServerStoreOptions, type DevServerStore } from '../server/temporal';
import { startWorker, type RunningWorker } from '../server/worker-runtime';
import { createTestDatabase, type TestDatabase } from '../tests/support/database';

export const DEMO_PASSWORD = 'demo-2026';

export interface GraphQLResponse {
  status: number;
  /** From writing the request to the last byte of the response. */
  ms: number;
  body: unknown;
}

export interface ApiHarness {
  env: TestWorkflowEnvironment;
  database: Database;
  taskQueue: string;
  /** The api's base URL (`http://127.0.0.1:<port>`), for requests `post` does not make (uploads, downloads). */
  url: string;
  post(query: string, variables: Record<string, unknown>, token: string | null): Promise<GraphQLResponse>;
  login(username: string): Promise<string>;
  /** Adds REGULATOR_STAFF logins `<code>.staff<n>` (n from 2) with the demo password, so each client is its own user. */
  addStaff(regulatorCode: string, count: number): Promise<string[]>;
  orgId(code: string): Promise<number>;
  stop(): Promise<void>;
}

const graphQLErrors = z
  .object({
    errors: z
      .array(
        z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).loose().optional() }),
      )
      .optional(),
  })
  .loose();

/** The first error of a GraphQL response as `CODE: message`, or null when it has none. */
export function firstError(response: GraphQLResponse): string | null {
  const parsed = graphQLErrors.safeParse(response.body);
  const error = parsed.success ? parsed.data.errors?.[0] : undefined;
  if (error) return `${error.extensions?.code ?? 'NO_CODE'}: ${error.message}`;
  return response.status === 200 ? null : `HTTP ${response.status}`;
}

/** The response's data read through `schema`; throws with the server's error otherwise. */
export function dataOf<T>(response: GraphQLResponse, schema: z.ZodType<T>, what: string): T {
  const error = firstError(response);
  if (error) throw new Error(`${what} failed: ${error}`);
  const parsed = z.object({ data: schema }).safeParse(response.body);
  if (!parsed.success)
    throw new Error(`${what} answered an unexpected shape: ${JSON.stringify(response.body).slice(0, 300)}`);
  return parsed.data.data;
}

export const dbIdOf = (globalId: string): number => Number(decodeGlobalID(globalId).id);

export async function startApiHarness(options: {
  enterprises: number;
  /** The dev server's store: in memory, or a SQLite file as `npm start` keeps it (file-wal). */
  store: DevServerStore;
  log: (line: string) => void;
}): Promise<ApiHarness> {
  const dir = await mkdtemp(path.join(tmpdir(), 'wss-bench-api-'));
  const store = devServerStoreOptions(options.store, dir);
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: locateTemporalBinary('temporal'),
      ...(store.dbFilename ? { dbFilename: store.dbFilename } : {}),
      extraArgs: ['--log-level', 'error', ...store.extraArgs],
    },
  });
  const test: TestDatabase = await createTestDatabase('wss_bench_api');
  // One pool for the api and the worker, of the default size, as `npm start` has.
  const database = await openDatabase({ databaseUrl: test.url, dataDir: dir });
  await migrateToLatest(database.db);
  const started = performance.now();
  await seedDemoCounty(database.db, {
    demoPassword: DEMO_PASSWORD,
    withDemoUsers: true,
    enterpriseCount: options.enterprises,
  });
  options.log(
    `seeded the demo county with ${options.enterprises.toLocaleString('en')} enterprises in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const taskQueue = 'bench-api';
  const worker: RunningWorker = await startWorker({
    connection: env.nativeConnection,
    namespace: 'default',
    taskQueue,
    deps: { db: database.db, client: env.client, taskQueue },
  });
  const server: Server = createHttpServer({
    db: database.db,
    services: createServices({ db: database.db, client: env.client, taskQueue, sessionTtlHours: 12 }),
    production: true,
    checkTemporal: async () => {
      await env.client.connection.workflowService.getSystemInfo({});
    },
  });
  await listen(server, 0, '127.0.0.1');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the api server has no TCP address');
  const port = address.port;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const tokens = new Map<string, string>();

  function post(query: string, variables: Record<string, unknown>, token: string | null): Promise<GraphQLResponse> {
    const payload = Buffer.from(JSON.stringify({ query, variables }));
    const headers = {
      'content-type': 'application/json',
      'content-length': String(payload.length),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    };
    return new Promise((resolve, reject) => {
      const began = performance.now();
      const req = request({ agent, host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const ms = performance.now() - began;
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON: kept as text for the error report.
          }
          resolve({ status: res.statusCode ?? 0, ms, body });
        });
      });
      req.on('error', reject);
      req.end(payload);
    });
  }

  return {
    env,
    database,
    taskQueue,
    url: `http://127.0.0.1:${port}`,
    post,
    async login(username) {
      const cached = tokens.get(username);
      if (cached) return cached;
      const response = await post(
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: username, p: DEMO_PASSWORD },
        null,
      );
      const token = dataOf(response, z.object({ login: z.object({ token: z.string() }) }), `login ${username}`).login
        .token;
      tokens.set(username, token);
      return token;
    },
    async addStaff(regulatorCode, count) {
      const model = await database.db
        .selectFrom('app_user')
        .select(['password_hash', 'org_unit_id', 'display_name'])
        .where('username', '=', `${regulatorCode}.staff`)
        .executeTakeFirstOrThrow();
      const names = Array.from({ length: count }, (_, i) => `${regulatorCode}.staff${i + 2}`);
      if (names.length > 0) {
        await database.db
          .insertInto('app_user')
          .values(
            names.map((username, i): NewAppUser => ({
              username,
              display_name: `${model.display_name}${i + 2}`,
              role: 'REGULATOR_STAFF',
              org_unit_id: model.org_unit_id,
              password_hash: model.password_hash,
            })),
          )
          .execute();
      }
      return names;
    },
    async orgId(code) {
      return (await database.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow())
        .id;
    },
    async stop() {
      agent.destroy();
      await closeServer(server);
      await worker.stop();
      await database.close();
      await env.teardown();
      await test.drop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
