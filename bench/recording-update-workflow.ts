// The submitInspection baseline with the SQL in it: a bare Update whose handler runs recordInspection, the same local
// activity through the same proxy as the task workflow (one transaction: the inspection, its hazard, its documents and
// the task's completion), and then ends. What it leaves out of a submission: the hazard workflows the task starts,
// and everything in front of the Update (HTTP, GraphQL, the session, the service's checks).
import { allHandlersFinished, condition, currentUpdateInfo, defineUpdate, setHandler } from '@temporalio/workflow';
import { stepActivities } from '../workflows/activity-proxies';
import type { SubmitInspectionInput, SubmitInspectionResult } from '../workflows/messages';

export const record = defineUpdate<SubmitInspectionResult, [SubmitInspectionInput]>('record');

export async function recordingUpdateWorkflow(taskId: number): Promise<void> {
  let recorded = false;
  setHandler(record, async (submission) => {
    const result = await stepActivities().recordInspection({
      taskId,
      updateId: currentUpdateInfo()?.id ?? `bench-task-${taskId}`,
      submission,
      at: new Date().toISOString(),
    });
    recorded = true;
    return { inspectionId: result.inspectionId, hazardIds: result.hazards.map((h) => h.id) };
  });
  await condition(() => recorded);
  await condition(allHandlersFinished);
}
