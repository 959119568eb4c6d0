// The login throttling counts on PostgreSQL and on embedded PGlite: concurrent failures all count, a success forgets
// its (account, address), and the sweep removes only what is forgotten.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { createLoginThrottleRepository } from '../../db/repositories/login-throttle';
import { countFailure, LOGIN_THROTTLE, throttleKeys } from '../../domain/login-throttle';
import { createTestDatabase, type TestDatabase } from '../support/database';

const T0 = new Date('2026-12-01T01:00:00.000Z');

describe.each([
  ['PostgreSQL', 'postgres'],
  ['embedded PGlite', 'embedded'],
] as const)('login throttle counts on %s', (_label, mode) => {
  let testDb: TestDatabase | undefined;
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'wss-throttle-'));
    if (mode === 'postgres') testDb = await createTestDatabase('wss_throttle');
    database = await openDatabase({ databaseUrl: testDb?.url, dataDir });
    await migrateToLatest(database.db);
  });

  afterAll(async () => {
    await database.close();
    await testDb?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('counts every one of 12 concurrent failures on shared keys, and locks after the free ones', async () => {
    const counts = createLoginThrottleRepository(database.db);
    const fail = (name: string) => {
      const keys = throttleKeys(name, '192.0.2.1');
      return counts.recordFailure(
        [
          { key: keys.address, next: (c) => countFailure(c, LOGIN_THROTTLE.address, T0) },
          { key: keys.accountAtAddress, next: (c) => countFailure(c, LOGIN_THROTTLE.accountAtAddress, T0) },
          { key: keys.account, next: (c) => countFailure(c, LOGIN_THROTTLE.account, T0) },
        ],
        T0,
      );
    };
    await Promise.all(Array.from({ length: 12 }, (_, i) => fail(i % 2 === 0 ? 'admin' : 'nobody')));
    const keys = throttleKeys('admin', '192.0.2.1');
    const now = await counts.countsOf([keys.address, keys.accountAtAddress, keys.account, 'address:elsewhere']);
    expect(now.get(keys.address)?.failures).toBe(12);
    expect(now.get(keys.accountAtAddress)?.failures).toBe(6);
    expect(now.get(keys.accountAtAddress)?.lockedUntil).toEqual(new Date(T0.getTime() + 2_000));
    expect(now.get(keys.account)).toMatchObject({ failures: 6, lockedUntil: null });
    expect(now.has('address:elsewhere')).toBe(false);

    await counts.forget(keys.accountAtAddress);
    expect((await counts.countsOf([keys.accountAtAddress])).size).toBe(0);
    // Forgotten 15 minutes after the first failure: the sweep takes them, and nothing before then.
    expect(await counts.sweepForgotten(new Date(T0.getTime() + 15 * 60_000 - 1))).toBe(0);
    expect(await counts.sweepForgotten(new Date(T0.getTime() + 15 * 60_000))).toBe(4);
  });
});
