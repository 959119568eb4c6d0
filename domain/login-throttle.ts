// Login throttling as pure rules: which counts a failed login adds to, when a count refuses or delays the next
// attempt, and when it is forgotten. Counts are kept per client address, per (account name, address) and per
// account name alone, by the name as typed, so an unknown name is throttled exactly like a real account.
import { formatShanghaiTime } from './calendar';

export const THROTTLE_KINDS = ['address', 'accountAtAddress', 'account'] as const;
export type ThrottleKind = (typeof THROTTLE_KINDS)[number];

export interface ThrottleRule {
  /** Failures within the window that cost nothing; each one past it doubles the wait. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A count lives this long from its first failure, or until its lock ends if that is later; then it restarts. */
  windowMs: number;
  /** lock: attempts are refused until the wait ends, before any password is hashed. delay: they are answered late. */
  effect: 'lock' | 'delay';
}

const MINUTE = 60_000;

/**
 * One address guessing: 20 free failures (an office behind one NAT shares it), then waits of 1 s, 2 s, 4 s …
 * up to 15 minutes. One account from one address: 5 free. One account from everywhere: it only slows down, so
 * an attacker on other addresses can never lock the owner out.
 */
export const LOGIN_THROTTLE: Record<ThrottleKind, ThrottleRule> = {
  address: { freeFailures: 20, firstDelayMs: 1_000, maxDelayMs: 15 * MINUTE, windowMs: 15 * MINUTE, effect: 'lock' },
  accountAtAddress: {
    freeFailures: 5,
    firstDelayMs: 1_000,
    maxDelayMs: 15 * MINUTE,
    windowMs: 15 * MINUTE,
    effect: 'lock',
  },
  account: { freeFailures: 50, firstDelayMs: 1_000, maxDelayMs: 10_000, windowMs: 15 * MINUTE, effect: 'delay' },
};

export interface ThrottleCount {
  failures: number;
  firstFailedAt: Date;
  /** Attempts are refused before this instant (lock rules only). */
  lockedUntil: Date | null;
  /** From this instant the count no longer exists: the next failure starts again at one. */
  forgetAt: Date;
}

export type ThrottleKeys = Record<ThrottleKind, string>;

/** The counts one attempt reads and one failure adds to. An address never holds `|`, so the keys cannot collide. */
export function throttleKeys(username: string, address: string): ThrottleKeys {
  return {
    address: `address:${address}`,
    accountAtAddress: `account-at:${address}|${username}`,
    account: `account:${username}`,
  };
}

/** The wait after the nth failure: none within the free ones, then firstDelay doubling up to maxDelay. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  const over = failures - rule.freeFailures;
  if (over < 0) return 0;
  return Math.min(rule.firstDelayMs * 2 ** Math.min(over, 40), rule.maxDelayMs);
}

/** The count as it stands at `at`: null when there is none or it has been forgotten. */
export function liveCount(count: ThrottleCount | undefined, at: Date): ThrottleCount | null {
  if (!count || count.failures <= 0 || at >= count.forgetAt) return null;
  return count;
}

/** The count after one more failure at `at`: a forgotten count starts again from one. */
export function countFailure(count: ThrottleCount | undefined, rule: ThrottleRule, at: Date): ThrottleCount {
  const live = liveCount(count, at);
  const failures = (live?.failures ?? 0) + 1;
  const firstFailedAt = live?.firstFailedAt ?? at;
  const wait = rule.effect === 'lock' ? delayAfter(failures, rule) : 0;
  // A failure that slipped past a lock (concurrent attempts) never shortens it.
  const lockUntil = wait > 0 ? Math.max(at.getTime() + wait, live?.lockedUntil?.getTime() ?? 0) : null;
  const lockedUntil = lockUntil === null ? (live?.lockedUntil ?? null) : new Date(lockUntil);
  const forgetAt = new Date(Math.max(firstFailedAt.getTime() + rule.windowMs, lockedUntil?.getTime() ?? 0));
  return { failures, firstFailedAt, lockedUntil, forgetAt };
}

export type AttemptVerdict =
  | { refusedUntil: Date }
  /** `addressClean`: the address has no failures counted, so its attempt may go before those of guessing ones. */
  | { refusedUntil: null; delayMs: number; addressClean: boolean };

/** Whether an attempt at `at` may go on (after `delayMs`), or is refused until some instant. */
export function attemptVerdict(
  keys: ThrottleKeys,
  counts: ReadonlyMap<string, ThrottleCount>,
  at: Date,
  rules: Record<ThrottleKind, ThrottleRule> = LOGIN_THROTTLE,
): AttemptVerdict {
  let refusedUntil = 0;
  let delayMs = 0;
  for (const kind of THROTTLE_KINDS) {
    const live = liveCount(counts.get(keys[kind]), at);
    if (!live) continue;
    const rule = rules[kind];
    if (rule.effect === 'lock' && live.lockedUntil && live.lockedUntil > at) {
      refusedUntil = Math.max(refusedUntil, live.lockedUntil.getTime());
    }
    if (rule.effect === 'delay') delayMs = Math.max(delayMs, delayAfter(live.failures, rule));
  }
  if (refusedUntil > 0) return { refusedUntil: new Date(refusedUntil) };
  return { refusedUntil: null, delayMs, addressClean: liveCount(counts.get(keys.address), at) === null };
}

/** The sentence of a refused attempt: in seconds when the wait is short, else the Beijing time to come back. */
export function throttledMessage(until: Date, at: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - at.getTime()) / 1000));
  if (seconds < 120) return `登录失败次数过多，请 ${seconds} 秒后重试`;
  return `登录失败次数过多，请于 ${formatShanghaiTime(until)}（北京时间）后重试`;
}
