// Notices beyond the app (消息推送): how long a failed delivery waits before its next attempt, when it is given up,
// and what a receiver gets.

export const DELIVERY = {
  /** The first retry waits this long; each further one twice as long as the one before. */
  firstRetryMs: 30_000,
  /** No wait is longer than an hour. */
  maxRetryMs: 3_600_000,
  /** After this many failed attempts a delivery is given up (FAILED) and kept for the record. */
  maxAttempts: 10,
  /** A claimed delivery not settled within this (a worker died mid-send) is attempted again. */
  leaseMs: 120_000,
} as const;

/** The wait before the next attempt after `attempts` failed ones (1, 2, …). */
export function retryDelayMs(attempts: number, firstRetryMs: number = DELIVERY.firstRetryMs): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(DELIVERY.maxRetryMs, firstRetryMs * 2 ** Math.min(exponent, 30));
}

/** What a webhook receives: the notice, whom it is for, and what it is about. */
export interface NoticePayload {
  id: number;
  kind: string;
  title: string;
  body: string;
  subjectType: string;
  subjectId: number;
  /** Who it is addressed to: a unit, an enterprise, a person (each may be null). */
  orgUnitId: number | null;
  enterpriseId: number | null;
  userId: number | null;
  /** A mobile number to text it to, for a person reached outside the app (应急响应's 包保 links). */
  phone: string | null;
  createdAt: string;
}
