// The workflow bundle's entry: re-exports every workflow.
export { campaignWorkflow } from './campaign';
export { hazardWorkflow } from './hazard';
export { taskWorkflow } from './task';
