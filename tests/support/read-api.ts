// The api's HTTP server (GraphQL, downloads, the built web admin) over a seeded county, without a workflow engine:
// for tests of what users read. Their rows are written straight into the database at chosen instants, so a test
// of a period filter does not wait for a campaign to run. Commands need Temporal: use api-env.ts for those.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { Client, Connection } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { openDatabase } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { DEFAULT_POLICY } from '../../domain/policy';
import type { HazardLevel, HazardStatus } from '../../domain/types';
import { seedDemoCounty } from '../../seed/demo-county/index';
import { createHttpServer } from '../../server/http';
import { closeServer, listen } from '../../server/listen';
import { createServices } from '../../server/services';
import { graphQLAt, type GraphQLResult } from './api-env';
import { createTestDatabase } from './database';
import { insertHazardRow } from './hazard-rows';

export const DEMO_PASSWORD = 'demo-2026';

export interface EnterpriseRef {
  id: number;
  name: string;
  regulator_id: number;
  township_id: number;
}

export interface ReadApi {
  db: Kysely<DB>;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResult<T>>;
  login(username: string): Promise<string>;
  gid(type: string, id: number): string;
  orgId(code: string): Promise<number>;
  /** SQL statements the server ran since the counter was last reset. */
  queries: { count: number };
  /** Enterprises regulated by the org unit with this code, in id order. */
  enterprisesOf(regulatorCode: string): Promise<EnterpriseRef[]>;
  insertCampaign(name: string): Promise<number>;
  /** A done task of the enterprise's regulator and its inspection at `at`. */
  insertInspection(
    campaignId: number,
    enterprise: EnterpriseRef,
    at: Date,
    inspectorCount?: number,
  ): Promise<{ taskId: number; inspectionId: number }>;
  insertHazard(hazard: {
    enterprise: EnterpriseRef;
    campaignId?: number | null;
    inspectionId?: number | null;
    level?: HazardLevel;
    status?: HazardStatus;
    description?: string;
    foundAt: Date;
    rectifyBy: Date;
  }): Promise<number>;
  close(): Promise<void>;
}

export async function startReadApi(prefix: string, enterpriseCount = 200): Promise<ReadApi> {
  const test = await createTestDatabase(prefix);
  const queries = { count: 0 };
  const database = await openDatabase({
    databaseUrl: test.url,
    dataDir: '/nonexistent',
    poolSize: 6,
    onQuery: () => {
      queries.count += 1;
    },
  });
  const db = database.db;
  await migrateToLatest(db);
  await seedDemoCounty(db, { demoPassword: DEMO_PASSWORD, withDemoUsers: true, enterpriseCount });
  // A client that never connects unless a command is sent: these tests send none (port 9 refuses at once if one did).
  const client = new Client({ connection: Connection.lazy({ address: '127.0.0.1:9' }) });
  const services = createServices({ db, client, taskQueue: `reads-${randomUUID().slice(0, 8)}`, sessionTtlHours: 12 });
  const server = createHttpServer({
    db,
    services,
    production: false,
    checkTemporal: () => Promise.reject(new Error('no workflow engine in read tests')),
  });
  await listen(server, 0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tokens = new Map<string, string>();

  const gql = graphQLAt(url);

  return {
    db,
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
    orgId: async (code) =>
      (await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id,
    enterprisesOf: (regulatorCode) =>
      db
        .selectFrom('enterprise')
        .innerJoin('org_unit', 'org_unit.id', 'enterprise.regulator_id')
        .select(['enterprise.id', 'enterprise.name', 'enterprise.regulator_id', 'enterprise.township_id'])
        .where('org_unit.code', '=', regulatorCode)
        .orderBy('enterprise.id')
        .execute(),
    insertCampaign: async (name) =>
      (
        await db
          .insertInto('campaign')
          .values({
            name,
            kind: 'SPECIAL_INSPECTION',
            status: 'ACTIVE',
            starts_at: new Date(Date.now() - 200 * 86_400_000),
            ends_at: new Date(Date.now() + 100 * 86_400_000),
            task_due_at: new Date(Date.now() + 90 * 86_400_000),
            scope: JSON.stringify({ industries: [], townshipIds: [] }),
            policy: JSON.stringify(DEFAULT_POLICY),
            workflow_id: `reads-${randomUUID()}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    async insertInspection(campaignId, enterprise, at, inspectorCount = 2) {
      const task = await db
        .insertInto('task')
        .values({
          campaign_id: campaignId,
          enterprise_id: enterprise.id,
          kind: 'INSPECT',
          status: 'DONE',
          assignee_org_id: enterprise.regulator_id,
          due_at: new Date(Date.now() + 90 * 86_400_000),
          done_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const inspection = await db
        .insertInto('inspection')
        .values({
          task_id: task.id,
          enterprise_id: enterprise.id,
          inspected_at: at,
          inspector_count: inspectorCount,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { taskId: task.id, inspectionId: inspection.id };
    },
    insertHazard: (h) => insertHazardRow(db, h),
    async close() {
      await closeServer(server);
      await client.connection.close().catch(() => undefined);
      await database.close();
      await test.drop();
    },
  };
}
