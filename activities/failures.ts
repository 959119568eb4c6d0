// Activity failures that retrying cannot fix carry an API error code as their type.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';

export const notFound = (message: string) =>
  ApplicationFailure.create({ type: 'NOT_FOUND', message, nonRetryable: true });
export const forbidden = (message: string) =>
  ApplicationFailure.create({ type: 'FORBIDDEN', message, nonRetryable: true });
export const conflict = (message: string) =>
  ApplicationFailure.create({ type: 'CONFLICT', message, nonRetryable: true });
export const badInput = (message: string) =>
  ApplicationFailure.create({ type: 'BAD_USER_INPUT', message, nonRetryable: true });

/** The attempt number inside a running activity; called outside one (a direct call in a test), the last. */
function attemptOfThisActivity(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * A row its workflow's activity cannot find. A service starts the workflow inside the transaction that writes the
 * row, so under load the first activity can run before that commit: not there yet is worth a few retries (a failure
 * of `type`, retried); still missing after them, it never will be (NOT_FOUND).
 */
export function missingRow(type: string, waiting: string, missing: string): ApplicationFailure {
  return attemptOfThisActivity() < 8 ? ApplicationFailure.create({ type, message: waiting }) : notFound(missing);
}
