// Activity failures that retrying cannot fix carry an API error code as their type.
import { ApplicationFailure } from '@temporalio/common';

export const notFound = (message: string) => ApplicationFailure.create({ type: 'NOT_FOUND', message, nonRetryable: true });
export const conflict = (message: string) => ApplicationFailure.create({ type: 'CONFLICT', message, nonRetryable: true });

export function formatShanghaiDateTime(at: Date): string {
  const s = new Date(at.getTime() + 8 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${s.getUTCFullYear()}年${s.getUTCMonth() + 1}月${s.getUTCDate()}日 ${pad(s.getUTCHours())}:${pad(s.getUTCMinutes())}`;
}
