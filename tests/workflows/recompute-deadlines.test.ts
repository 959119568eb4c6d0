// 重新计算在办期限 on the time-skipping server: after the county office enters a holiday, the broadcast re-plans the
// running tasks (their working-day rung moves past it) and hazards, counts what moved, and is audited once.
import { describe, expect, it } from 'vitest';
import { isWorkingDay, shanghaiDateKey } from '../../domain/calendar';
import { createDeadlineRecomputeRepository } from '../../db/repositories/deadline-recomputes';
import {
  hazardWorkflowId,
  recomputeDeadlinesWorkflowId,
  submitInspection,
  taskWorkflowId,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { enterHoliday } from '../support/holidays';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 86_400_000;
const env = useWorkflowTestEnv();

describe('recomputeDeadlinesWorkflow', () => {
  it('re-plans every running task with the calendar entered since it started, and counts what moved', async () => {
    const t = env();
    const now = await t.now();
    let due = new Date(`${shanghaiDateKey(new Date(now.getTime() + 10 * DAY))}T10:00:00+08:00`);
    while (!isWorkingDay(due) || !isWorkingDay(new Date(due.getTime() + DAY))) due = new Date(due.getTime() + DAY);
    const nextDay = new Date(due.getTime() + DAY);
    const campaignId = await t.launch({
      name: '期限重算前的行动',
      kind: 'SEASONAL',
      endsAt: new Date(due.getTime() + 30 * DAY),
      taskDueAt: due,
      industries: ['GAS', 'CONSTRUCTION'],
      escalation: { remindBefore: null, steps: [{ after: 'P1WD', level: 'REGULATOR_HEAD' }] },
    });
    // The whole fan-out first: a task started after the broadcast passed it would count with the new calendar anyway.
    const inScope = (
      await t.db
        .selectFrom('enterprise')
        .select('id')
        .where('industry', 'in', ['GAS', 'CONSTRUCTION'])
        .where('status', '=', 'OPERATING')
        .execute()
    ).length;
    let tasks: { id: number }[] = [];
    for (let i = 0; i < 120; i += 1) {
      tasks = await t.db.selectFrom('task').select('id').where('campaign_id', '=', campaignId).execute();
      const described = await Promise.all(
        tasks.map((task) =>
          t.client.workflow
            .getHandle(taskWorkflowId(task.id))
            .describe()
            .then(
              () => true,
              () => false,
            ),
        ),
      );
      if (tasks.length === inScope && described.every(Boolean)) break;
      await t.sleep(1_000);
    }
    expect(tasks).toHaveLength(inScope);
    expect(tasks.length).toBeGreaterThan(1);
    // One task inspected: its hazard, due the same day, runs its own ladder.
    const [inspected, ...others] = tasks;
    if (!inspected) throw new Error('no task');
    const submitted = await t.client.workflow.getHandle(taskWorkflowId(inspected.id)).executeUpdate(submitInspection, {
      args: [
        {
          actorId: null,
          inspectedAt: now.toISOString(),
          inspectorCount: 2,
          notes: null,
          findings: [
            {
              level: 'GENERAL',
              description: '燃气报警器失效',
              location: '厨房',
              checklistItemId: null,
              rectifyBy: due.toISOString(),
            },
          ],
        },
      ],
      updateId: 'recompute-inspection',
    });
    const [hazardId] = submitted.hazardIds;
    if (!hazardId) throw new Error(`no hazard: ${JSON.stringify(submitted)}`);
    for (let i = 0; i < 30; i += 1) {
      const running = await t.client.workflow
        .getHandle(hazardWorkflowId(hazardId))
        .describe()
        .then(
          () => true,
          () => false,
        );
      if (running) break;
      await t.sleep(1_000);
    }

    // The county office enters three days off after the due day.
    await enterHoliday(t.db, t.admin.id, { name: '测试假日', first: nextDay, days: 3 }, now);
    const row = await createDeadlineRecomputeRepository(t.db).start(t.admin.id);
    const handle = await t.client.workflow.start('recomputeDeadlinesWorkflow', {
      workflowId: recomputeDeadlinesWorkflowId(row.id),
      taskQueue: t.taskQueue,
      args: [{ recomputeId: row.id, actorId: t.admin.id, requestId: null }],
    });
    const result = (await handle.result()) as { tasks: number; hazards: number; moved: number };
    const open = await t.db.selectFrom('task').select('id').where('status', '=', 'OPEN').execute();
    const openHazards = await t.db.selectFrom('hazard').select('id').where('status', '!=', 'CLOSED').execute();
    expect(result.tasks).toBe(open.length);
    expect(result.hazards).toBe(openHazards.length);
    expect(result.hazards).toBeGreaterThanOrEqual(1);
    expect(result.moved).toBeGreaterThanOrEqual(others.length + 1);
    const done = await t.db
      .selectFrom('deadline_recompute')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(done).toMatchObject({ status: 'DONE', ...result });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'recomputeOpenDeadlines')
      .where('subject_id', '=', String(row.id))
      .execute();
    expect(audit.map((a) => a.after)).toEqual([result]);

    let firstWorkingAfter = new Date(nextDay.getTime() + 3 * DAY);
    while (!isWorkingDay(firstWorkingAfter)) firstWorkingAfter = new Date(firstWorkingAfter.getTime() + DAY);
    await t.sleep(firstWorkingAfter.getTime() - (await t.now()).getTime() + DAY);
    const raised = await t.db
      .selectFrom('escalation')
      .select('raised_at')
      .where((eb) =>
        eb.or([
          eb(
            'task_id',
            'in',
            others.map((task) => task.id),
          ),
          eb('hazard_id', '=', hazardId),
        ]),
      )
      .execute();
    expect(raised).toHaveLength(others.length + 1);
    expect(new Set(raised.map((e) => e.raised_at.toISOString()))).toEqual(new Set([firstWorkingAfter.toISOString()]));
    await recordHistory(handle, 'recomputeDeadlinesWorkflow--tasks-and-hazards');
    const [one] = others;
    if (one) await recordHistory(t.client.workflow.getHandle(taskWorkflowId(one.id)), 'taskWorkflow--calendar-applied');
    await recordHistory(t.client.workflow.getHandle(hazardWorkflowId(hazardId)), 'hazardWorkflow--calendar-applied');
  });
});
