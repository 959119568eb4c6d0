// A campaign from launch to its final report: plans and fans out tasks in pages, reports on a timer,
// and is steered by pause / resume / extend / cancel. Continues-as-new before its history grows large.
import { condition, setHandler } from '@temporalio/workflow';
import { activities, pagedActivities } from './activity-proxies';
import { Campaign } from './campaign-state';
import {
  cancel,
  extend,
  getCampaignState,
  pause,
  resume,
  type CampaignState,
  type CampaignWorkflowInput,
} from './messages';
import { refuse } from './serialised';

export { BROADCAST_PAGE_SIZE, FAN_OUT_PAGE_SIZE, PLAN_PAGE_SIZE } from './campaign-state';

export async function campaignWorkflow(input: CampaignWorkflowInput): Promise<CampaignState> {
  const c = new Campaign(input);
  setHandler(getCampaignState, () => c.view());
  setHandler(pause, (by) => c.pause(by), { validator: (_by) => refuse(c.pauseRefusal()) });
  setHandler(resume, (by) => c.resume(by), { validator: (_by) => refuse(c.resumeRefusal()) });
  setHandler(extend, (by) => c.extend(by), { validator: (by) => refuse(c.extendRefusal(by)) });
  setHandler(cancel, (by) => c.cancel(by), { validator: (_by) => refuse(c.cancelRefusal()) });

  // 1. A scheduled campaign waits for its start.
  if (c.s.status === 'SCHEDULED') {
    await condition(() => c.s.status !== 'SCHEDULED', Math.max(0, c.startsAt.getTime() - Date.now()));
    if (c.s.status === 'SCHEDULED') {
      await activities.setCampaignStatus(c.statusChange('SCHEDULED', 'ACTIVE'));
      c.s.status = 'ACTIVE';
    }
  }

  // 2. Plan: task rows in pages. 3. Fan out: task workflows in pages. Only ids and counts pass through history.
  while (c.isOpen() && !c.s.planned) {
    c.planned(await pagedActivities.planTasksPage(c.nextPlanPage()));
    if (c.mayContinueAsNew()) await c.carryOn();
  }
  while (c.isOpen()) {
    if (!c.fannedOut(await pagedActivities.startTaskWorkflowsPage(c.nextFanOutPage()))) break;
    if (c.mayContinueAsNew()) await c.carryOn();
  }

  // 4. Run: reports on their schedule, steering as it comes, until the end of the window.
  for (;;) {
    await c.runBroadcasts();
    if (!c.isOpen()) break;
    await c.writeDueReports(Date.now());
    const wait = c.nextWait();
    if (wait === null) break;
    await condition(c.steeredSince(), wait);
    if (c.mayContinueAsNew()) await c.carryOn();
  }

  // 5. Close: a FINAL report, then the broadcasts still queued.
  await c.handlersFinished();
  const final = c.finalPeriod();
  if (c.s.status !== 'CANCELLED') {
    await activities.setCampaignStatus(c.statusChange(c.s.status, 'CLOSED'));
    c.s.status = 'CLOSED';
  }
  await activities.writeReport(c.report(final));
  c.reported(final);
  await c.runBroadcasts();
  return c.view();
}
