// Today's workflow code must replay every recorded history without non-determinism: a change to a
// workflow that has run needs patched().
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { HISTORIES_DIR, HistoryProto } from '../support/histories';
import { testWorkflowBundle } from '../support/test-bundle';

describe('replay', () => {
  it('replays the recorded histories of every workflow type', async () => {
    const files = (await readdir(HISTORIES_DIR)).filter((f) => f.endsWith('.binpb')).sort();
    const histories = await Promise.all(
      files.map(async (file) => ({
        workflowId: file.replace(/\.binpb$/, ''),
        history: HistoryProto.decode(await readFile(path.join(HISTORIES_DIR, file))),
      })),
    );
    const types = new Set(histories.map((h) => h.workflowId.split('--')[0]));
    expect(types).toEqual(
      new Set([
        'campaignWorkflow',
        'countyReportWorkflow',
        'directiveWorkflow',
        'enforcementCaseWorkflow',
        'gradingWorkflow',
        'importEnterprisesWorkflow',
        'inspectionPlanWorkflow',
        'hazardWorkflow',
        'listingWorkflow',
        'lookBackWorkflow',
        'notificationDeliveryWorkflow',
        'patrolWorkflow',
        'photoSweepWorkflow',
        'recomputeDeadlinesWorkflow',
        'responseWorkflow',
        'warningWorkflow',
        'riskWorkflow',
        'taskWorkflow',
        'tipWorkflow',
      ]),
    );
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: await testWorkflowBundle() }, histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(histories.length).toBeGreaterThanOrEqual(5);
  });
});
