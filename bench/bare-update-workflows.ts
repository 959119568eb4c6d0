// The two baselines' workflows in one bundle: the empty Update and the Update that records an inspection.
export { emptyUpdateWorkflow } from './empty-update-workflow';
export { recordingUpdateWorkflow } from './recording-update-workflow';
