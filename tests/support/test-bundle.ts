// The workflow bundle every test's worker runs: written once by the global setup (bundling takes ~15 s of CPU, and
// each test file is its own process), or bundled here when a test runs without it.
import type { WorkflowBundleOption } from '@temporalio/worker';
import { workflowBundle } from '../../server/worker-runtime';

export const TEST_BUNDLE_VARIABLE = 'WSS_TEST_WORKFLOW_BUNDLE';

/** The prebuilt bundle's path, when the global setup wrote one. */
export const testBundlePath = (): string | undefined => process.env[TEST_BUNDLE_VARIABLE] || undefined;

export async function testWorkflowBundle(): Promise<WorkflowBundleOption> {
  const codePath = testBundlePath();
  return codePath ? { codePath } : workflowBundle();
}
