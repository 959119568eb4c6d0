// One warning (预警信息): it waits for the enterprises' deadline, then tells each regulator which of its enterprises
// have not acknowledged. The notices went out with the warning; acknowledgements are the enterprises' own writes.
import { sleep } from '@temporalio/workflow';
import { activities } from './activity-proxies';
import type { WarningWorkflowInput } from './messages';

export async function warningWorkflow(input: WarningWorkflowInput): Promise<{ missing: number }> {
  const wait = new Date(input.ackDueAt).getTime() - Date.now();
  if (wait > 0) await sleep(wait);
  return activities.escalateWarning({ warningId: input.warningId, at: new Date().toISOString() });
}
