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
      types: {
        getTypeParser: (oid: number, format?: 'text' | 'binary') =>
          oid === INT8_OID || oid === NUMERIC_OID ? toNumber : pg.types.getTypeParser(oid, format),
      },
    });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
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
