// The submitInspection baseline's workflow: waits for one Update `ping`, answers it at once and ends, as a
// task workflow ends after its inspection, minus the work.
import { allHandlersFinished, condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const ping = defineUpdate<null>('ping');

export async function emptyUpdateWorkflow(): Promise<void> {
  let pinged = false;
  setHandler(ping, () => {
    pinged = true;
    return null;
  });
  await condition(() => pinged);
  await condition(allHandlersFinished);
}
