// The login throttling rules: free failures, doubling waits with a cap, counts forgotten once their window and lock
// have passed, the account-wide count that only delays, and the sentence of a refusal.
import { describe, expect, it } from 'vitest';
import {
  attemptVerdict,
  countFailure,
  delayAfter,
  LOGIN_THROTTLE,
  liveCount,
  throttledMessage,
  throttleKeys,
  type ThrottleCount,
  type ThrottleRule,
} from '../../domain/login-throttle';

const T0 = new Date('2026-12-01T01:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1_000;
const MINUTE = 60_000;
const pair = LOGIN_THROTTLE.accountAtAddress;

/** The count of `n` (at least one) failures of one key, all at T0. */
function failures(n: number, rule: ThrottleRule): ThrottleCount {
  let count = countFailure(undefined, rule, T0);
  for (let i = 1; i < n; i += 1) count = countFailure(count, rule, T0);
  return count;
}

describe('login throttle rules', () => {
  it('keys a count by address, by account at the address, and by account name as typed', () => {
    expect(throttleKeys('admin', '10.0.0.7')).toEqual({
      address: 'address:10.0.0.7',
      accountAtAddress: 'account-at:10.0.0.7|admin',
      account: 'account:admin',
    });
  });

  it('waits nothing within the free failures, then 1 s doubling up to the cap', () => {
    const waits = Array.from({ length: 18 }, (_, i) => delayAfter(i + 1, pair));
    expect(waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(waits.slice(4, 9)).toEqual([1, 2, 4, 8, 16].map((s) => s * SECOND));
    expect(waits[13]).toBe(512 * SECOND);
    expect(waits[14]).toBe(15 * MINUTE);
    expect(delayAfter(10_000, pair)).toBe(15 * MINUTE);
    expect(delayAfter(55, LOGIN_THROTTLE.account)).toBe(10 * SECOND);
  });

  it('locks an (account, address) after its fifth failure for 1 s, the sixth for 2 s', () => {
    const four = failures(4, pair);
    expect(four).toMatchObject({ failures: 4, lockedUntil: null, forgetAt: later(15 * MINUTE) });
    const five = countFailure(four, pair, T0);
    expect(five.lockedUntil).toEqual(later(SECOND));
    const six = countFailure(five, pair, later(SECOND));
    expect(six).toMatchObject({ failures: 6, firstFailedAt: T0, lockedUntil: later(3 * SECOND) });
  });

  it('never shortens a lock when a concurrent failure slips past it', () => {
    const locked = failures(9, pair);
    expect(locked.lockedUntil).toEqual(later(16 * SECOND));
    const slipped = countFailure(locked, { ...pair, maxDelayMs: SECOND }, T0);
    expect(slipped.lockedUntil).toEqual(later(16 * SECOND));
  });

  it('forgets a count once its window has passed, and a long lock only when it has expired', () => {
    const four = failures(4, pair);
    expect(liveCount(four, later(15 * MINUTE - 1))).not.toBeNull();
    expect(liveCount(four, later(15 * MINUTE))).toBeNull();
    // The next failure after that is the first again.
    expect(countFailure(four, pair, later(15 * MINUTE))).toMatchObject({ failures: 1, lockedUntil: null });

    // 14 failures, each as soon as the last wait allowed: the 14th waits 512 s, past the window, keeping the count.
    let at = T0;
    let count: ThrottleCount | undefined;
    for (let i = 0; i < 14; i += 1) {
      count = countFailure(count, pair, at);
      at = count.lockedUntil ?? at;
    }
    expect(count?.lockedUntil?.getTime()).toBeGreaterThan(T0.getTime() + 15 * MINUTE);
    expect(count?.forgetAt).toEqual(count?.lockedUntil);
    expect(liveCount(count, new Date(at.getTime() - 1))).not.toBeNull();
    // When that lock expires the count starts again from zero: one more mistake is only a mistake.
    expect(countFailure(count, pair, at)).toMatchObject({ failures: 1, lockedUntil: null });
  });

  it('refuses an attempt while any lock holds, and delays it when the account is under attack from everywhere', () => {
    const keys = throttleKeys('admin', '10.0.0.7');
    const counts = new Map<string, ThrottleCount>();
    expect(attemptVerdict(keys, counts, T0)).toEqual({ refusedUntil: null, delayMs: 0, addressClean: true });

    counts.set(keys.accountAtAddress, failures(5, pair));
    expect(attemptVerdict(keys, counts, T0)).toEqual({ refusedUntil: later(SECOND) });
    expect(attemptVerdict(keys, counts, later(SECOND))).toMatchObject({ refusedUntil: null, addressClean: true });

    // The account's own count never refuses: past 50 failures it delays, 1 s doubling up to 10 s.
    const elsewhere = throttleKeys('admin', '10.0.0.8');
    const account = new Map([[elsewhere.account, failures(53, LOGIN_THROTTLE.account)]]);
    expect(attemptVerdict(elsewhere, account, T0)).toEqual({
      refusedUntil: null,
      delayMs: 8 * SECOND,
      addressClean: true,
    });
    account.set(elsewhere.account, failures(80, LOGIN_THROTTLE.account));
    expect(attemptVerdict(elsewhere, account, T0)).toEqual({
      refusedUntil: null,
      delayMs: 10 * SECOND,
      addressClean: true,
    });
    const address = new Map([[elsewhere.address, failures(3, LOGIN_THROTTLE.address)]]);
    expect(attemptVerdict(elsewhere, address, T0)).toMatchObject({ addressClean: false });
  });

  it('locks an address after 20 failures across any accounts', () => {
    const keys = throttleKeys('whoever', '10.0.0.9');
    const at19 = new Map([[keys.address, failures(19, LOGIN_THROTTLE.address)]]);
    expect(attemptVerdict(keys, at19, T0).refusedUntil).toBeNull();
    const at20 = new Map([[keys.address, failures(20, LOGIN_THROTTLE.address)]]);
    expect(attemptVerdict(keys, at20, T0).refusedUntil).toEqual(later(SECOND));
  });

  it('says in seconds when to come back, or the Beijing time for a long wait', () => {
    expect(throttledMessage(later(SECOND), T0)).toBe('登录失败次数过多，请 1 秒后重试');
    expect(throttledMessage(later(1_500), later(1))).toBe('登录失败次数过多，请 2 秒后重试');
    expect(throttledMessage(later(15 * MINUTE), T0)).toBe('登录失败次数过多，请于 09:15（北京时间）后重试');
  });
});
