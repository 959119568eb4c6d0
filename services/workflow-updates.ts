// Commands reach a workflow as an Update: its validator refuses illegal transitions before anything is
// recorded; the id is the client's idempotency key, so a retried click is applied once.
import {
  WorkflowNotFoundError, WorkflowUpdateFailedError, type Client,
} from '@temporalio/client';
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
          client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], updateId }));
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) {
          const cause = error.cause;
          if (cause instanceof ApplicationFailure && cause.type === 'NOT_FOUND') throw new AppError('NOT_FOUND', cause.message);
          // Refused by the validator or the handler: an illegal transition or a lost race.
          throw new AppError('CONFLICT', cause?.message ?? '操作与当前状态冲突，请刷新后重试');
        }
        if (error instanceof WorkflowNotFoundError) throw new WorkflowClosedError(error.message);
        console.error(`update ${update.name} of ${workflowId} failed:`, error);
        throw new AppError('UNAVAILABLE', '工作流引擎暂时不可用或未及时响应，操作未确认；请稍后用同一请求重试（不会重复记录）');
      }
    },
  };
}

/** A retried request carries the same key; a request without one gets a fresh key. */
export function updateIdFor(operation: string, subjectId: number, actorId: number, idempotencyKey: string | null | undefined, fresh: () => string): string {
  return `${operation}:${subjectId}:u${actorId}:${idempotencyKey ?? fresh()}`;
}
