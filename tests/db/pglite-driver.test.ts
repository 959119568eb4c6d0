// The embedded driver shares one PGlite session: concurrent transactions must still be isolated.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';

let dataDir: string;
let database: Database;
let countyId: number;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function countRegulators(): Promise<number> {
  const row = await database.db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'REGULATOR')
    .executeTakeFirstOrThrow();
  return row.n;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'wss-pglite-'));
  database = await openDatabase({ dataDir });
  await migrateToLatest(database.db);
  countyId = (
    await database.db
      .insertInto('org_unit')
      .values({ code: 'county_office', name: '县安委办', kind: 'COUNTY_OFFICE', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('PGlite driver', () => {
  it("hides a transaction's uncommitted rows from concurrent queries and transactions", async () => {
    let inserted: () => void = () => undefined;
    const insertedSignal = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const writer = database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('org_unit')
        .values({ code: 'fire', name: '消防救援大队', kind: 'REGULATOR', parent_id: countyId })
        .execute();
      inserted();
      await delay(150);
      throw new Error('roll back on purpose');
    });
    await insertedSignal;
    // Started while the writer is open: they wait for it, and never see its row.
    const plainRead = countRegulators();
    const readerTransaction = database.db
      .transaction()
      .execute(
        async (trx) =>
          (await trx.selectFrom('org_unit').select('code').where('kind', '=', 'REGULATOR').execute()).length,
      );
    await expect(writer).rejects.toThrow('roll back on purpose');
    expect(await plainRead).toBe(0);
    expect(await readerTransaction).toBe(0);
    expect(await countRegulators()).toBe(0);
  });

  it('loses no update when many transactions read-modify-write the same row at once', async () => {
    const { id } = await database.db
      .insertInto('app_user')
      .values({
        username: 'counter',
        display_name: '计数',
        password_hash: 'x',
        role: 'ADMIN',
        org_unit_id: countyId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await Promise.all(
      Array.from({ length: 40 }, () =>
        database.db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom('app_user')
            .select('failed_logins')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          await delay(1);
          await trx
            .updateTable('app_user')
            .set({ failed_logins: row.failed_logins + 1 })
            .where('id', '=', id)
            .execute();
        }),
      ),
    );
    const row = await database.db
      .selectFrom('app_user')
      .select('failed_logins')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(40);
  });

  it('releases the session after a failed statement so the next query runs', async () => {
    await expect(
      database.db
        .insertInto('org_unit')
        .values({ code: 'county_office', name: 'dup', kind: 'COUNTY_OFFICE', parent_id: null })
        .execute(),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('org_unit')
          .values({ code: 'water', name: '水利局', kind: 'REGULATOR', parent_id: countyId })
          .execute();
        await trx
          .insertInto('org_unit')
          .values({ code: 'water', name: '水利局', kind: 'REGULATOR', parent_id: countyId })
          .execute();
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await countRegulators()).toBe(0);
    const committed = await database.db
      .transaction()
      .execute(async (trx) =>
        trx
          .insertInto('org_unit')
          .values({ code: 'market', name: '市场监督管理局', kind: 'REGULATOR', parent_id: countyId })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    expect(committed.id).toBeGreaterThan(0);
    expect(await countRegulators()).toBe(1);
  });
});
