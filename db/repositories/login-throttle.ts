// The login throttling counts (table login_throttle): read by key, a failure added atomically, forgotten on
// success or once stale. The rules of what a count means live in domain/login-throttle.ts.
import type { Kysely } from 'kysely';
import type { ThrottleCount } from '../../domain/login-throttle';
import type { DB } from '../schema';

const columns = ['key', 'failures', 'first_failed_at', 'locked_until', 'forget_at'] as const;

function toCount(row: {
  failures: number;
  first_failed_at: Date;
  locked_until: Date | null;
  forget_at: Date;
}): ThrottleCount {
  return {
    failures: row.failures,
    firstFailedAt: row.first_failed_at,
    lockedUntil: row.locked_until,
    forgetAt: row.forget_at,
  };
}

export function createLoginThrottleRepository(db: Kysely<DB>) {
  return {
    countsOf: async (keys: readonly string[]): Promise<Map<string, ThrottleCount>> => {
      if (keys.length === 0) return new Map();
      const rows = await db.selectFrom('login_throttle').select(columns).where('key', 'in', keys).execute();
      return new Map(rows.map((row) => [row.key, toCount(row)]));
    },

    /**
     * Adds one failure to each key in one transaction: the rows are locked in key order (so two failures at once
     * both count and never deadlock); each `next` computes its key's new count from the current one. Returns them.
     */
    recordFailure: (
      changes: readonly { key: string; next: (current: ThrottleCount | undefined) => ThrottleCount }[],
      at: Date,
    ): Promise<Map<string, ThrottleCount>> =>
      db.transaction().execute(async (trx) => {
        const sorted = [...changes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        // A placeholder for a key seen first: failures 0 and already forgotten, so it means "no count".
        await trx
          .insertInto('login_throttle')
          .values(
            sorted.map(({ key }) => ({ key, failures: 0, first_failed_at: at, locked_until: null, forget_at: at })),
          )
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
        const rows = await trx
          .selectFrom('login_throttle')
          .select(columns)
          .where(
            'key',
            'in',
            sorted.map((c) => c.key),
          )
          .orderBy('key')
          .forUpdate()
          .execute();
        const current = new Map(rows.map((row) => [row.key, toCount(row)]));
        const counts = new Map<string, ThrottleCount>();
        for (const { key, next } of sorted) {
          const count = next(current.get(key));
          await trx
            .updateTable('login_throttle')
            .set({
              failures: count.failures,
              first_failed_at: count.firstFailedAt,
              locked_until: count.lockedUntil,
              forget_at: count.forgetAt,
            })
            .where('key', '=', key)
            .execute();
          counts.set(key, count);
        }
        return counts;
      }),

    /** A successful login forgets the count of its (account, address). */
    forget: async (key: string): Promise<void> => {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },

    /** Deletes the counts forgotten by `at`; returns how many. */
    sweepForgotten: async (at: Date): Promise<number> => {
      const result = await db.deleteFrom('login_throttle').where('forget_at', '<=', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type LoginThrottleRepository = ReturnType<typeof createLoginThrottleRepository>;
