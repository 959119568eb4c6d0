// One step at a time in a workflow's message handlers: the busy guard the campaign, task and hazard states share.
import { ApplicationFailure } from '@temporalio/workflow';

/** A validator's refusal, if any, thrown as the sentence the caller reads (validators are synchronous). */
export function refuse(refusal: string | null): void {
  if (refusal !== null) throw new Error(refusal);
}

/**
 * The steps a subject's handlers record, one at a time (temporalio/samples-typescript
 * `message-passing/safe-message-handlers`): while one is in flight the validators refuse another, the subject's
 * clock holds still and continue-as-new waits.
 */
export class Serialised {
  private inFlight = 0;

  get busy(): boolean {
    return this.inFlight > 0;
  }

  /**
   * Records a step with `record` (an activity) and applies its result with `apply`, busy throughout. A `refusal`
   * fails the step with CONFLICT before anything is recorded. When `apply` is synchronous the returned promise
   * settles in the microtask the result is applied in, exactly as the hand-written handlers of the recorded
   * histories did, so every handler's commands keep their order.
   */
  async run<R, T>(refusal: string | null, record: () => Promise<R>, apply: (result: R) => T | Promise<T>): Promise<T> {
    if (refusal !== null) throw ApplicationFailure.create({ type: 'CONFLICT', message: refusal, nonRetryable: true });
    this.inFlight += 1;
    try {
      const applied = apply(await record());
      return applied instanceof Promise ? await applied : applied;
    } finally {
      this.inFlight -= 1;
    }
  }
}
