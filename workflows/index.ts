// The workflow bundle's entry: re-exports every workflow.
export { campaignWorkflow } from './campaign';
export { countyReportWorkflow } from './county-report';
export { directiveWorkflow } from './directive';
export { importEnterprisesWorkflow } from './enterprise-import';
export { gradingWorkflow } from './grading';
export { hazardWorkflow } from './hazard';
export { inspectionPlanWorkflow } from './inspection-plan';
export { listingWorkflow } from './listing';
export { lookBackWorkflow } from './look-back';
export { patrolWorkflow } from './patrol';
export { notificationDeliveryWorkflow } from './notification-delivery';
export { photoSweepWorkflow } from './photo-sweep';
export { recomputeDeadlinesWorkflow } from './recompute-deadlines';
export { responseWorkflow } from './response';
export { riskWorkflow } from './risk';
export { taskWorkflow } from './task';
export { tipWorkflow } from './tip';
