// The `pg` pool when PostgreSQL goes away (through a TCP proxy the test cuts): a connection lost in the middle
// of a transaction fails that transaction and does not crash the process; a server that refuses or never
// answers fails a query within the connection timeout; after the restore the same pool works again; and the
// api answers such failures UNAVAILABLE with a sentence, not a masked "Unexpected error.".
import { setTimeout as sleep } from 'node:timers/promises';
import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, openDatabase, type Database } from '../../db/connect';
import { maskApiError } from '../../server/http';
import { ADMIN_DATABASE_URL } from '../support/database';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

let proxy: TcpProxy;
let database: Database;

beforeAll(async () => {
  const target = new URL(ADMIN_DATABASE_URL);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  database = await openDatabase({
    databaseUrl: proxy.urlFor(ADMIN_DATABASE_URL),
    dataDir: '/nonexistent',
    poolSize: 4,
  });
});
afterAll(async () => {
  proxy?.restore();
  await database?.close();
  await proxy?.close();
});

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('the pool when PostgreSQL goes away', () => {
  it('fails a transaction whose connection is cut between its statements, without an uncaught error, and recovers', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => {
      uncaught.push(error);
    };
    process.on('uncaughtException', onUncaught);
    try {
      const transaction = database.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        // The connection is checked out and idle between two statements when the cut comes.
        await sleep(300);
        await sql`select 2`.execute(trx);
      });
      await sleep(100);
      proxy.cut('refuse');
      const error = await failureOf(transaction);
      expect(error).toBeInstanceOf(Error);
      expect(isDatabaseUnavailable(error)).toBe(true);
      await sleep(100);
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      proxy.restore();
    }
    expect((await sql<{ x: number }>`select 3 as x`.execute(database.db)).rows).toEqual([{ x: 3 }]);
  });

  it('fails at once when new connections are refused, and within the connection timeout when they are never answered', async () => {
    // Fill the pool with idle connections, then lose them all.
    await Promise.all(Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(database.db)));
    proxy.cut('refuse');
    // Let the pool see its idle connections die (it discards them), so the next query asks for a new one.
    await sleep(100);
    let started = Date.now();
    const refused = await failureOf(sql`select 1`.execute(database.db));
    expect(isDatabaseUnavailable(refused)).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);

    proxy.cut('drop');
    started = Date.now();
    const dropped = await failureOf(sql`select 1`.execute(database.db));
    expect(isDatabaseUnavailable(dropped)).toBe(true);
    // connectionTimeoutMillis is 5 s: a silent server costs a request that, not a hang.
    expect(Date.now() - started).toBeGreaterThanOrEqual(4_500);
    expect(Date.now() - started).toBeLessThan(7_000);
    proxy.restore();
    expect((await sql<{ x: number }>`select 4 as x`.execute(database.db)).rows).toEqual([{ x: 4 }]);
  });
});

describe('database errors in the api', () => {
  const errorWithCode = (message: string, code: string) => Object.assign(new Error(message), { code });

  it('recognises a lost or unreachable database, and nothing else', () => {
    expect(isDatabaseUnavailable(errorWithCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(
      isDatabaseUnavailable(new AggregateError([errorWithCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')])),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('Connection terminated due to connection timeout', {
          cause: new Error('Connection terminated unexpectedly'),
        }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Client has encountered a connection error and is not queryable'))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(errorWithCode('terminating connection due to administrator command', '57P01'))).toBe(
      true,
    );
    expect(isDatabaseUnavailable(errorWithCode('connection failure', '08006'))).toBe(true);
    expect(
      isDatabaseUnavailable(new GraphQLError('x', { originalError: errorWithCode('read ECONNRESET', 'ECONNRESET') })),
    ).toBe(true);
    expect(isDatabaseUnavailable(errorWithCode('duplicate key value violates unique constraint', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(errorWithCode('syntax error', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Unexpected'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNRESET')).toBe(false);
  });

  it('answers UNAVAILABLE with a sentence for them, and masks the rest as before', () => {
    const lost = maskApiError(
      new GraphQLError('x', {
        originalError: errorWithCode('read ECONNRESET', 'ECONNRESET'),
        path: ['submitInspection'],
      }),
      'Unexpected error.',
    );
    expect(lost).toBeInstanceOf(GraphQLError);
    expect((lost as GraphQLError).extensions.code).toBe('UNAVAILABLE');
    expect((lost as GraphQLError).path).toEqual(['submitInspection']);
    expect(lost.message).toMatch(/数据库暂时不可用/u);
    expect(lost.message).not.toMatch(/ECONNRESET/);
    const other = maskApiError(new GraphQLError('x', { originalError: new Error('boom') }), 'Unexpected error.');
    expect(other.message).toBe('Unexpected error.');
  });
});
