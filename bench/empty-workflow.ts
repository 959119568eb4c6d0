// The baseline's workflow: starts, runs its first workflow task, and waits, as a task workflow does, minus the work.
import { condition } from '@temporalio/workflow';

export async function emptyWorkflow(): Promise<void> {
  await condition(() => false);
}
