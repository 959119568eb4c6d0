// Login throttling for the auth service: the rules of domain/login-throttle.ts over the counts in PostgreSQL, with
// the locks this process has seen kept in memory, so a locked sprayer is refused without a query or a hash.
import type { Kysely } from 'kysely';
import { createLoginThrottleRepository } from '../db/repositories/login-throttle';
import type { DB } from '../db/schema';
import {
  attemptVerdict,
  countFailure,
  LOGIN_THROTTLE,
  THROTTLE_KINDS,
  throttleKeys,
  type AttemptVerdict,
  type ThrottleKeys,
  type ThrottleKind,
  type ThrottleRule,
} from '../domain/login-throttle';

const KNOWN_LOCKS_MAX = 10_000;
const SWEEP_EVERY_MS = 60_000;

export function createLoginThrottle(db: Kysely<DB>, rules: Record<ThrottleKind, ThrottleRule> = LOGIN_THROTTLE) {
  const counts = createLoginThrottleRepository(db);
  // key → end of its lock in ms, as last read or written here; other processes' locks are learnt on the next read.
  const knownLocks = new Map<string, number>();
  let nextSweep = 0;

  const remember = (key: string, until: Date | null, at: Date) => {
    if (!until || until <= at) return;
    if (knownLocks.size >= KNOWN_LOCKS_MAX) {
      for (const [k, end] of knownLocks) if (end <= at.getTime()) knownLocks.delete(k);
      // Still full of live locks: forget the oldest entries; PostgreSQL still has them.
      for (const k of knownLocks.keys()) {
        if (knownLocks.size < KNOWN_LOCKS_MAX) break;
        knownLocks.delete(k);
      }
    }
    knownLocks.set(key, until.getTime());
  };

  const lockedInMemory = (keys: ThrottleKeys, at: Date): Date | null => {
    let until = 0;
    for (const kind of THROTTLE_KINDS) {
      const key = keys[kind];
      const end = knownLocks.get(key);
      if (end === undefined) continue;
      if (end > at.getTime()) until = Math.max(until, end);
      else knownLocks.delete(key);
    }
    return until > 0 ? new Date(until) : null;
  };

  return {
    keysOf: (username: string, address: string): ThrottleKeys => throttleKeys(username, address),

    /** Whether the attempt may go on now (after a delay), or is refused until when. */
    async verdict(keys: ThrottleKeys, at: Date): Promise<AttemptVerdict> {
      const known = lockedInMemory(keys, at);
      if (known) return { refusedUntil: known };
      const current = await counts.countsOf(THROTTLE_KINDS.map((kind) => keys[kind]));
      const verdict = attemptVerdict(keys, current, at, rules);
      if (verdict.refusedUntil) for (const [key, count] of current) remember(key, count.lockedUntil, at);
      return verdict;
    },

    async recordFailure(keys: ThrottleKeys, at: Date): Promise<void> {
      const updated = await counts.recordFailure(
        THROTTLE_KINDS.map((kind) => ({ key: keys[kind], next: (current) => countFailure(current, rules[kind], at) })),
        at,
      );
      for (const [key, count] of updated) remember(key, count.lockedUntil, at);
      if (at.getTime() >= nextSweep) {
        nextSweep = at.getTime() + SWEEP_EVERY_MS;
        await counts.sweepForgotten(at);
      }
    },

    /** A success forgets its (account, address) count; the address and the account keep theirs. */
    async recordSuccess(keys: ThrottleKeys): Promise<void> {
      knownLocks.delete(keys.accountAtAddress);
      await counts.forget(keys.accountAtAddress);
    },
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;
