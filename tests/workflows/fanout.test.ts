// A 2,000-enterprise campaign fans out on the real dev server: one task row and one running task workflow each
// (two plan pages, four start pages; `npm run bench` fans out 1,000 and 10,000 against raw starts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../bench/fanout-harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.stop();
});

describe('fan-out on the real dev server', () => {
  it('starts a task workflow for each of 2,000 enterprises, once', async () => {
    const run = await harness.fanOut(2_000);
    expect(run.enterprises).toBe(2_000);
    const running = await harness.client.workflow.count(
      'WorkflowType = "taskWorkflow" AND ExecutionStatus = "Running"',
    );
    expect(running.count).toBe(2_000);
    console.log(`fan-out of 2,000 tasks: ${run.seconds.toFixed(1)} s, ${run.perSecond.toFixed(0)} tasks/s`);
  }, 600_000);
});
