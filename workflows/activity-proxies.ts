// The activity proxies every workflow uses: failures that retrying cannot fix carry an API error code.
import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index';

// Short: when a worker dies mid-activity, the retry waits for this timeout (each write takes milliseconds).
export const activities = proxyActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND'],
  },
});

/**
 * The writes a person waits for (an inspection, a rectification report, a verification) run as local activities:
 * in the worker, inside the workflow task that took the Update, with no round trip through the activity task
 * queue and no second workflow task to learn the result. Each is idempotent by its update id, so a rerun after a
 * worker crash (the result is recorded only when the workflow task completes) changes nothing.
 */
const localActivities = proxyLocalActivities<Activities>({
  startToCloseTimeout: '20 seconds',
  retry: {
    initialInterval: '1 second',
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['CONFLICT', 'BAD_USER_INPUT', 'NOT_FOUND'],
  },
});

/** The proxies a step's Update records through: local, except in the histories of workflows from before. */
export const stepActivities = (): Activities => (patched('steps-recorded-locally') ? localActivities : activities);

/** Pages of the fan-out and broadcasts run longer and report progress. */
export const pagedActivities = proxyActivities<Activities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', nonRetryableErrorTypes: ['NOT_FOUND'] },
});
