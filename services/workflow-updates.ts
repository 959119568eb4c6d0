// Commands reach a workflow as an Update: its validator refuses illegal transitions before anything is
// recorded; the id is the client's idempotency key, so a retried click is applied once.
import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { AppError } from './errors';

/** The workflow has finished: the caller decides whether this was a retry of a step that finished it. */
export class WorkflowClosedError extends Error {
  override name = 'WorkflowClosedError';
}

export interface UpdateRunner {
  run<Ret, Arg>(workflowId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg, updateId: string): Promise<Ret>;
}

export function createUpdateRunner(client: Client, options: { deadlineMs: number }): UpdateRunner {
  return {
    async run(workflowId, update, arg, updateId) {
      try {
        return await client.withDeadline(Date.now() + options.deadlineMs, () =>
          client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], updateId }),
        );
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          const cause = codedFailure(error.cause) ?? error.cause;
          if (cause instanceof ApplicationFailure && (cause.type === 'NOT_FOUND' || cause.type === 'FORBIDDEN'))
            throw new AppError(cause.type, cause.message);
          // Refused by the validator or the handler: an illegal transition or a lost race.
          throw new AppError('CONFLICT', cause?.message ?? '操作与当前状态冲突，请刷新后重试');
        }
        if (error instanceof WorkflowNotFoundError) throw new WorkflowClosedError(error.message);
        console.error(`update ${update.name} of ${workflowId} failed:`, error);
        throw new AppError(
          'UNAVAILABLE',
          '工作流引擎暂时不可用或未及时响应，操作未确认；请稍后用同一请求重试（不会重复记录）',
        );
      }
    },
  };
}

/** The refusal inside a failed Update: an activity's coded ApplicationFailure arrives wrapped in an ActivityFailure. */
function codedFailure(error: Error | undefined): ApplicationFailure | undefined {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof ApplicationFailure && current.type) return current;
    current = current.cause;
  }
  return undefined;
}

/** A retried request carries the same key; a request without one gets a fresh key. */
export function updateIdFor(
  operation: string,
  subjectId: number,
  actorId: number,
  idempotencyKey: string | null | undefined,
  fresh: () => string,
): string {
  return `${operation}:${subjectId}:u${actorId}:${idempotencyKey ?? fresh()}`;
}

/** What a step needs to be applied once through its Update (see `applyStep`). */
export interface Step<T> {
  /** Runs the Update and reads back what it wrote. */
  run: () => Promise<T>;
  /** What this very step (its update id) wrote, if it is recorded: a retry after a timeout or a crash. */
  recorded: () => Promise<T | undefined>;
  /** The subject still stands where the step found it. */
  unchanged: () => Promise<boolean>;
  /** The workflow is gone and this step is not recorded: throws, or returns to wait (a workflow about to start). */
  closed: (giveUpAt: number) => Promise<void>;
  /** How long the step may wait for a step in flight, then answers UNAVAILABLE with `busyMessage`. */
  deadlineMs: number;
  busyMessage: string;
}

/**
 * Applies a step through its Update, once. A refusal (CONFLICT) while the subject still stands where the step
 * found it means a step is in flight: this request's first attempt or someone else's. The step waits until one
 * is recorded — its own → its result; another's → the subject moves and the CONFLICT stands.
 */
export async function applyStep<T>(step: Step<T>): Promise<T> {
  const giveUpAt = Date.now() + step.deadlineMs;
  for (;;) {
    try {
      return await step.run();
    } catch (error) {
      const refused = error instanceof AppError && error.code === 'CONFLICT';
      if (!refused && !(error instanceof WorkflowClosedError)) throw error;
      const mine = await step.recorded();
      if (mine !== undefined) return mine;
      if (refused) {
        if (!(await step.unchanged())) throw error;
        if (Date.now() >= giveUpAt) throw new AppError('UNAVAILABLE', step.busyMessage);
      } else {
        await step.closed(giveUpAt);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
