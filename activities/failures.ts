// Activity failures that retrying cannot fix carry an API error code as their type.
import { ApplicationFailure } from '@temporalio/common';

export const notFound = (message: string) =>
  ApplicationFailure.create({ type: 'NOT_FOUND', message, nonRetryable: true });
export const forbidden = (message: string) =>
  ApplicationFailure.create({ type: 'FORBIDDEN', message, nonRetryable: true });
export const conflict = (message: string) =>
  ApplicationFailure.create({ type: 'CONFLICT', message, nonRetryable: true });
export const badInput = (message: string) =>
  ApplicationFailure.create({ type: 'BAD_USER_INPUT', message, nonRetryable: true });
