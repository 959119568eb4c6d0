// 夜间巡查 on the time-skipping server with the real activities on PostgreSQL: a unit head's 22:00–06:00 schedule
// writes one window's tasks 4 hours ahead (due at 06:00 the next morning), each run by its own task workflow; an
// inspection inside the window is not flagged, one outside it is, and so is one claimed inside it but recorded long
// after; a deactivated schedule ends at its next window without writing it.
import { describe, expect, it } from 'vitest';
import { createPatrolRepository } from '../../db/repositories/patrols';
import { userColumns } from '../../db/repositories/users';
import { nextPatrolWindow, PATROL_ENTRY_GRACE_MS, patrolOpensAt } from '../../domain/patrol';
import { toViewer } from '../../services/auth';
import { createRoutineInspectionService } from '../../services/routine-inspections';
import { createTaskService } from '../../services/tasks';
import { createUpdateRunner } from '../../services/workflow-updates';
import { getTaskState, patrolWorkflowId, taskWorkflowId } from '../../workflows/messages';
import type { patrolWorkflow } from '../../workflows/patrol';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv, type WorkflowTestEnv } from '../support/workflow-env';

const HOUR = 3_600_000;
const env = useWorkflowTestEnv();

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** A regulator's head and staff, two of its enterprises, the services on the test server's clock, a 22:00–06:00 patrol. */
async function setUp(t: WorkflowTestEnv) {
  const head = await t.db
    .selectFrom('app_user')
    .select(userColumns)
    .where('role', '=', 'REGULATOR_HEAD')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const unitId = head.org_unit_id;
  if (unitId === null) throw new Error('a regulator head has a unit');
  const staff = await t.db
    .selectFrom('app_user')
    .select(userColumns)
    .where('role', '=', 'REGULATOR_STAFF')
    .where('org_unit_id', '=', unitId)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const enterprises = await t.db
    .selectFrom('enterprise')
    .select(['id'])
    .where('regulator_id', '=', unitId)
    .where('status', '=', 'OPERATING')
    .orderBy('id')
    .limit(2)
    .execute();
  expect(enterprises).toHaveLength(2);
  const clock = { at: await t.now() };
  const updates = createUpdateRunner(t.client, { deadlineMs: 60_000 });
  const tasks = createTaskService({ db: t.db, updates, deadlineMs: 60_000, now: () => clock.at });
  const service = createRoutineInspectionService({
    db: t.db,
    client: t.client,
    taskQueue: t.taskQueue,
    tasks,
    now: () => clock.at,
  });
  const schedule = await service.createPatrolSchedule(
    toViewer(head),
    {
      name: '城区夜间巡查',
      startsAt: '22:00',
      endsAt: '06:00',
      weekdays: EVERY_DAY,
      enterpriseIds: enterprises.map((e) => e.id),
    },
    null,
  );
  const window = nextPatrolWindow(clock.at, { startMinute: 22 * 60, endMinute: 6 * 60, weekdays: EVERY_DAY });
  const taskRows = () =>
    t.db
      .selectFrom('task')
      .select(['id', 'enterprise_id', 'due_at', 'window_starts_at', 'routine_kind', 'assignee_org_id', 'status'])
      .where('patrol_schedule_id', '=', schedule.id)
      .orderBy('id')
      .execute();
  /** Sleeps until the window's tasks are written (4 hours ahead) and their workflows run. */
  const untilOpened = async () => {
    expect(await taskRows()).toEqual([]);
    await t.sleep(Math.max(patrolOpensAt(window).getTime() - (await t.now()).getTime(), 0) + 60_000);
    await waitFor(async () => (await taskRows()).length === 2, 60_000, "the window's tasks");
    const written = await taskRows();
    for (const task of written)
      await waitFor(
        async () => (await t.client.workflow.getHandle(taskWorkflowId(task.id)).query(getTaskState)).status === 'OPEN',
        60_000,
        'the task running',
      );
    return written as [(typeof written)[0], (typeof written)[0]];
  };
  return { head, staff, unitId, enterprises, clock, tasks, service, schedule, window, taskRows, untilOpened };
}

describe('patrolWorkflow', () => {
  it("writes a night window's tasks ahead of it; flags an inspection outside the window, not one inside", async () => {
    const t = env();
    const { staff, unitId, enterprises, clock, tasks, schedule, window, untilOpened } = await setUp(t);
    // The window crosses midnight: eight hours, due at its end.
    expect(window.endsAt.getTime() - window.startsAt.getTime()).toBe(8 * HOUR);
    const [inside, early] = await untilOpened();
    expect([inside, early]).toEqual(
      enterprises.map((e) =>
        expect.objectContaining({
          enterprise_id: e.id,
          due_at: window.endsAt,
          window_starts_at: window.startsAt,
          routine_kind: 'NIGHT_PATROL',
          assignee_org_id: unitId,
          status: 'OPEN',
        }),
      ),
    );
    expect(
      await t.db
        .selectFrom('notification')
        .select(['org_unit_id', 'title'])
        .where('kind', '=', 'PATROL_WINDOW_OPENED')
        .execute(),
    ).toEqual([{ org_unit_id: unitId, title: '夜间巡查任务已下达' }]);

    // 23:00, on patrol: one recorded on the spot; one done at 21:30, before the window, recorded now.
    // (The time-skipping server stops skipping once a task completes having cancelled its timers: the clock first.)
    await t.sleep(window.startsAt.getTime() + HOUR - (await t.now()).getTime());
    clock.at = await t.now();
    const onTime = await tasks.submitInspection(
      toViewer(staff),
      { taskId: inside.id, inspectorCount: 2, findings: [] },
      null,
    );
    expect(onTime.outside_window).toBe(false);
    const before = await tasks.submitInspection(
      toViewer(staff),
      {
        taskId: early.id,
        inspectedAt: new Date(window.startsAt.getTime() - HOUR / 2),
        inspectorCount: 2,
        findings: [
          {
            level: 'GENERAL',
            description: '夜间仓库安全出口堵塞',
            rectifyBy: new Date(clock.at.getTime() + 72 * HOUR),
          },
        ],
      },
      null,
    );
    expect(before.outside_window).toBe(true);
    // Its finding entered the ordinary hazard loop.
    const hazard = await t.db
      .selectFrom('hazard')
      .select(['id', 'status', 'regulator_id'])
      .where('inspection_id', '=', before.id)
      .executeTakeFirstOrThrow();
    expect(hazard).toMatchObject({ status: 'OPEN', regulator_id: unitId });
    await waitFor(
      async () => (await t.client.workflow.getHandle(`hazard-${hazard.id}`).describe()).status.name === 'RUNNING',
      60_000,
      "the finding's hazard workflow",
    );
    expect(await createPatrolRepository(t.db).figures([schedule.id])).toEqual([
      { schedule_id: schedule.id, tasks: 2, inspected: 2, outside_window: 1 },
    ]);
  });

  it('ends at its next window once deactivated, writing nothing; a night patrol claimed the next afternoon is flagged', async () => {
    const t = env();
    const { head, staff, clock, tasks, service, schedule, window, taskRows, untilOpened } = await setUp(t);
    const [task] = await untilOpened();
    // Into the night the head stops the schedule: the next window is not written and the patrol ends there.
    await t.sleep(window.startsAt.getTime() + HOUR - (await t.now()).getTime());
    clock.at = await t.now();
    expect((await service.deactivatePatrolSchedule(toViewer(head), schedule.id, null)).active).toBe(false);
    const handle = t.client.workflow.getHandle<typeof patrolWorkflow>(patrolWorkflowId(schedule.id));
    expect(await t.result(handle)).toEqual({ windowsOpened: 1 });
    await recordHistory(handle, 'patrolWorkflow--one-window-then-deactivated');
    expect(await taskRows()).toHaveLength(2);
    // The next window's opening came and went (18:00 the next day): a record now saying 23:00 last night is a claim.
    clock.at = await t.now();
    expect(clock.at.getTime()).toBeGreaterThan(window.endsAt.getTime() + PATROL_ENTRY_GRACE_MS);
    const late = await tasks.submitInspection(
      toViewer(staff),
      { taskId: task.id, inspectedAt: new Date(window.startsAt.getTime() + HOUR), inspectorCount: 2, findings: [] },
      null,
    );
    expect(late.outside_window).toBe(true);
  });
});
