// 重新计算在办期限: the county office's broadcast of a changed holiday calendar to every running task and hazard, a
// page at a time (each running workflow re-plans its timers with it and says whether one moved), then closed with
// its counts. The calendar itself is read by the activities, never here.
import { activities, pagedActivities } from './activity-proxies';
import type { RecomputeDeadlinesInput, RecomputeDeadlinesResult } from './messages';

/** Running workflows sent the calendar per activity. */
export const RECOMPUTE_PAGE = 200;

export async function recomputeDeadlinesWorkflow(input: RecomputeDeadlinesInput): Promise<RecomputeDeadlinesResult> {
  for (const kind of ['task', 'hazard'] as const) {
    let afterId: number | null = 0;
    while (afterId !== null) {
      const page: { lastId: number | null } = await pagedActivities.applyCalendarPage({
        recomputeId: input.recomputeId,
        kind,
        afterId,
        limit: RECOMPUTE_PAGE,
      });
      afterId = page.lastId;
    }
  }
  return activities.finishDeadlineRecompute({ ...input, at: new Date().toISOString() });
}
