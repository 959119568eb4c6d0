// The activity proxies every workflow uses: failures that retrying cannot fix carry an API error code.
import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index';

// Short: when a worker dies mid-activity, the retry waits for this timeout (each write takes milliseconds).
export const activities = proxyActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND'] },
});

/** Pages of the fan-out and broadcasts run longer and report progress. */
export const pagedActivities = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', nonRetryableErrorTypes: ['NOT_FOUND'] },
});
