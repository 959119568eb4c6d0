// Opens the database: a `pg` pool when DATABASE_URL is set, embedded PostgreSQL (PGlite) otherwise.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema';
import { PGliteDialect } from './pglite-dialect';

export type DatabaseMode = 'postgres' | 'embedded';

export interface Database {
  db: Kysely<DB>;
  mode: DatabaseMode;
  /** Where it lives, for the start banner (no password). */
  location: string;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;
// Counts and ids stay far below 2^53: read int8 and numeric as numbers in both modes.
const toNumber = (value: string): number => Number(value);

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Called with every SQL statement: used by tests that count queries. */
  onQuery?: (sql: string) => void;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const log = options.onQuery
    ? (event: { level: string; query: { sql: string } }) => options.onQuery?.(event.query.sql)
    : undefined;
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      // A partition that leaves a socket open but silent is found by TCP keepalive: probes start after 10 s idle
      // instead of the kernel's two hours (then its interval and count apply); the statement on it fails
      // (UNAVAILABLE) and the client goes. A bound on one request's wait would still need a query timeout.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format),
      },
    });
    // A client losing its server must not crash the process. An idle one is dropped by the pool; one in use
    // (say between the statements of a transaction) has no listener of the pool's, and an 'error' event with
    // no listener is an uncaught exception: its statement fails instead, and the pool discards it on release.
    pool.on('error', () => undefined);
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    try {
      const client = await pool.connect();
      client.release();
    } catch (error) {
      await pool.end();
      throw new DatabaseUnavailableError(`cannot reach PostgreSQL at ${redact(options.databaseUrl)}: ${reason(error)}`);
    }
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
    return { db, mode: 'postgres', location: redact(options.databaseUrl), close: () => db.destroy() };
  }

  const dir = path.resolve(options.dataDir, 'pgdata');
  await mkdir(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  let pglite;
  try {
    pglite = await PGlite.create(dir, { parsers: { [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber } });
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot open the embedded database in ${dir}: ${reason(error)}`);
  }
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite), ...(log ? { log } : {}) });
  return { db, mode: 'embedded', location: dir, close: () => db.destroy() };
}

// Node's socket errors when the server cannot be reached or the connection dies.
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections (class 08 is tested apart).
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
// What `pg` says when a connection ends, times out, or was broken before the query.
const CONNECTION_ERROR_MESSAGES = [
  /^Connection terminated/,
  /is not queryable/,
  /timeout exceeded when trying to connect/,
];

/**
 * The database cannot be reached or dropped the connection: the statement was not run, or its transaction
 * was rolled back, or (a lost COMMIT answer) it is unknown — a retry with the same key settles it.
 */
// SQLSTATE class 08 (connection exception) but for 08P01, a protocol violation: a statement the server refused
// (e.g. more than 65,535 parameters) on a connection that is still fine; that is a bug, not an outage.
const CONNECTION_EXCEPTION = /^08(?!P01)[0-9A-Z]{3}$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    if (current instanceof DatabaseUnavailableError) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    const code: unknown = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || CONNECTION_EXCEPTION.test(code))
    )
      return true;
    const message = current.message;
    if (CONNECTION_ERROR_MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return false;
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

function reason(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}
