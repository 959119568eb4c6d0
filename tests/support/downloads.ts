// A seeded county behind a real node:http server running the download handler, with logins and row fixtures.
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { DEFAULT_POLICY } from '../../domain/policy';
import { createAuthService, type Viewer } from '../../services/auth';
import { seedDemoCounty } from '../../seed/demo-county';
import { createDownloadHandler } from '../../server/downloads';
import { createTestDatabase, type TestDatabase } from './database';
import { insertHazardRow, type HazardFixture } from './hazard-rows';

export const DEMO_PASSWORD = 'demo-2026';

export interface Login {
  token: string;
  viewer: Viewer;
}

export interface Enterprise {
  id: number;
  name: string;
  uscc: string;
  regulator_id: number;
  township_id: number;
}

export type { HazardFixture } from './hazard-rows';

export interface DownloadFixture {
  db: Kysely<DB>;
  baseUrl: string;
  login(username: string): Promise<Login>;
  orgId(code: string): Promise<number>;
  orgCode(id: number): Promise<string>;
  /** Enterprises regulated by the org unit with this code, in id order. */
  enterprisesOf(regulatorCode: string): Promise<Enterprise[]>;
  insertCampaign(name: string): Promise<number>;
  /** A task and its submitted inspection at the enterprise. */
  insertInspection(campaignId: number, enterprise: Enterprise, at: Date): Promise<number>;
  insertHazard(hazard: HazardFixture): Promise<number>;
  get(path: string, token?: string | null): Promise<Response>;
  close(): Promise<void>;
}

export async function startDownloadFixture(prefix: string, now?: () => Date): Promise<DownloadFixture> {
  const testDb: TestDatabase = await createTestDatabase(prefix);
  let database: Database | undefined;
  let server: Server | undefined;
  try {
    database = await openDatabase({ databaseUrl: testDb.url, dataDir: '/nonexistent', poolSize: 4 });
    const db = database.db;
    await migrateToLatest(db);
    await seedDemoCounty(db, { demoPassword: DEMO_PASSWORD, withDemoUsers: true, enterpriseCount: 200 });
    const auth = createAuthService(db, { sessionTtlHours: 8 });
    const handle = createDownloadHandler({ db, authenticate: auth.authenticate, ...(now ? { now } : {}) });
    const started = createServer((req, res) => {
      handle(req, res).then(
        (handled) => {
          if (handled) return;
          res.writeHead(404, { 'content-type': 'text/plain' });
          res.end('not a download');
        },
        (error: unknown) => {
          res.destroy(error instanceof Error ? error : undefined);
        },
      );
    });
    server = started;
    await new Promise<void>((resolve) => started.listen(0, '127.0.0.1', resolve));
    const address: AddressInfo | string | null = started.address();
    if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const logins = new Map<string, Login>();
    const opened = database;

    return {
      db,
      baseUrl,
      async login(username) {
        const known = logins.get(username);
        if (known) return known;
        const { token, viewer } = await auth.login(username, DEMO_PASSWORD, null);
        logins.set(username, { token, viewer });
        return { token, viewer };
      },
      orgId: async (code) =>
        (await db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id,
      orgCode: async (id) =>
        (await db.selectFrom('org_unit').select('code').where('id', '=', id).executeTakeFirstOrThrow()).code,
      enterprisesOf: async (regulatorCode) =>
        db
          .selectFrom('enterprise')
          .innerJoin('org_unit', 'org_unit.id', 'enterprise.regulator_id')
          .select([
            'enterprise.id',
            'enterprise.name',
            'enterprise.uscc',
            'enterprise.regulator_id',
            'enterprise.township_id',
          ])
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
              starts_at: '2026-03-01T00:00:00+08:00',
              ends_at: '2026-06-01T00:00:00+08:00',
              task_due_at: '2026-05-01T00:00:00+08:00',
              scope: JSON.stringify({ industries: [], townshipIds: [] }),
              policy: JSON.stringify(DEFAULT_POLICY),
              workflow_id: `downloads-${randomUUID()}`,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
      async insertInspection(campaignId, enterprise, at) {
        const task = await db
          .insertInto('task')
          .values({
            campaign_id: campaignId,
            enterprise_id: enterprise.id,
            kind: 'INSPECT',
            status: 'DONE',
            assignee_org_id: enterprise.regulator_id,
            due_at: '2026-05-01T00:00:00+08:00',
            done_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        return (
          await db
            .insertInto('inspection')
            .values({
              task_id: task.id,
              enterprise_id: enterprise.id,
              inspected_at: at,
              inspector_count: 2,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      },
      insertHazard: (h) => insertHazardRow(db, h),
      get: (path, token) => fetch(`${baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} }),
      async close() {
        started.closeAllConnections();
        await new Promise<void>((resolve) => started.close(() => resolve()));
        await opened.close();
        await testDb.drop();
      },
    };
  } catch (error) {
    server?.close();
    await database?.close();
    await testDb.drop();
    throw error;
  }
}
