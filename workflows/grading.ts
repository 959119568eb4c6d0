// 分级分类: one grading run. Started by the county office (runGrading, with the proposal it opened) or by the
// quarterly Schedule (which opens the proposal for the quarter just ended). Grades the register a page at a time —
// only the cursor passes through history — then marks the proposal ready for the office's review.
import { lastQuarterEnd } from '../domain/grading';
import { activities, pagedActivities } from './activity-proxies';
import type { GradingWorkflowInput, GradingWorkflowResult } from './messages';

/** Enterprises graded per activity: one statement counts their records, one writes their items. */
export const GRADING_PAGE_SIZE = 500;

export async function gradingWorkflow(input: GradingWorkflowInput): Promise<GradingWorkflowResult> {
  const periodEnd = input.periodEnd ?? lastQuarterEnd(new Date(Date.now())).toISOString();
  const proposalId = input.proposalId ?? (await activities.openGradingProposal({ periodEnd })).proposalId;
  if (proposalId === null) return { proposalId: null, graded: 0, changed: 0 };
  const pageSize = input.pageSize ?? GRADING_PAGE_SIZE;
  let afterId = 0;
  for (;;) {
    const page = await pagedActivities.gradeEnterprisesPage({ proposalId, afterId, pageSize });
    afterId = page.lastId;
    if (page.done) break;
  }
  const finished = await activities.finishGradingProposal({
    proposalId,
    at: new Date(Date.now()).toISOString(),
    requestId: input.requestId ?? null,
  });
  return { proposalId, ...finished };
}
