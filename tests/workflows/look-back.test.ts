// 回头看 on the time-skipping server with the real activities on PostgreSQL: last month's closed hazards drawn by seed
// (reproducible, once per month), each check a VERIFY task for the township; one found rectified, one found not —
// reopened, its new run on a new cycle climbing its ladder —, one left undone and escalated.
import { describe, expect, it } from 'vitest';
import { userColumns } from '../../db/repositories/users';
import { drawLookBack, lookBackPeriod, lookBackSeed } from '../../domain/look-back';
import { DEFAULT_POLICY } from '../../domain/policy';
import { toViewer } from '../../services/auth';
import { createLookBackService } from '../../services/look-backs';
import { createTaskService } from '../../services/tasks';
import { createUpdateRunner } from '../../services/workflow-updates';
import type { lookBackWorkflow } from '../../workflows/look-back';
import { getHazardState, getTaskState, hazardWorkflowId, taskWorkflowId } from '../../workflows/messages';
import { insertHazardRow } from '../support/hazard-rows';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 24 * 3_600_000;
const env = useWorkflowTestEnv();

describe('lookBackWorkflow', () => {
  it('draws last month by seed once, and its checks confirm, reopen on a new cycle, or escalate', async () => {
    const t = env();
    const start = await t.now();
    const month = lookBackPeriod(start);
    // 30 hazards closed last month, each verified by a staff member of its regulator.
    const enterprises = await t.db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id', 'township_id'])
      .orderBy('id')
      .limit(30)
      .execute();
    const [first] = enterprises;
    if (!first) throw new Error('the demo county has enterprises');
    const hazardIds: number[] = [];
    for (const [i, enterprise] of enterprises.entries()) {
      const closedAt = new Date(month.start.getTime() + (i + 1) * 20 * 3_600_000);
      const id = await insertHazardRow(t.db, {
        enterprise,
        status: 'CLOSED',
        description: `第${i + 1}项已整改隐患`,
        measures: '已更换',
        foundAt: new Date(closedAt.getTime() - 5 * DAY),
        rectifyBy: new Date(closedAt.getTime() - DAY),
        verifiedAt: closedAt,
      });
      const verifier = await t.db
        .selectFrom('app_user')
        .select('id')
        .where('org_unit_id', '=', enterprise.regulator_id)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('hazard_event')
        .values({
          hazard_id: id,
          kind: 'VERIFICATION_PASSED',
          from_status: 'PENDING_VERIFICATION',
          to_status: 'CLOSED',
          actor_id: verifier.id,
          event_key: `fixture-${id}:verify`,
          at: closedAt,
        })
        .execute();
      hazardIds.push(id);
    }
    // A hazard closed this month is not last month's.
    await insertHazardRow(t.db, {
      enterprise: first,
      status: 'CLOSED',
      foundAt: new Date(month.end.getTime() - DAY),
      rectifyBy: new Date(month.end.getTime() + 3_600_000),
      verifiedAt: new Date(month.end.getTime() + 3_600_000),
    });
    await t.db.insertInto('look_back_rule').values({ ratio: 0.1, verify_days: 10 }).execute();

    const run = async (id: string) => {
      const handle = await t.client.workflow.start<typeof lookBackWorkflow>('lookBackWorkflow', {
        workflowId: id,
        taskQueue: t.taskQueue,
        args: [{}],
      });
      const done = await t.result(handle);
      await recordHistory(handle, `lookBackWorkflow--${id}`);
      return done;
    };
    const result = await run('look-back-monthly-test');
    expect(result).toMatchObject({ population: 30, drawn: 3 });
    // Reproducible: the draw is the pure function of the month's seed over the month's closed hazards.
    const items = await t.db
      .selectFrom('look_back_item')
      .innerJoin('task', 'task.look_back_item_id', 'look_back_item.id')
      .select([
        'look_back_item.id',
        'look_back_item.hazard_id',
        'look_back_item.assignee_org_id',
        'look_back_item.closing_org_id',
        'task.id as task_id',
      ])
      .orderBy('look_back_item.hazard_id')
      .execute();
    expect(items.map((i) => i.hazard_id)).toEqual(drawLookBack(hazardIds, 0.1, lookBackSeed(month.start)));
    // Checked by the township: outside the department that closed each.
    for (const item of items) {
      const hazard = await t.db
        .selectFrom('hazard')
        .select(['township_id', 'regulator_id'])
        .where('id', '=', item.hazard_id)
        .executeTakeFirstOrThrow();
      expect(item).toMatchObject({ assignee_org_id: hazard.township_id, closing_org_id: hazard.regulator_id });
    }
    // The schedule running again for the month draws nothing new.
    expect(await run('look-back-monthly-test-again')).toEqual(result);
    expect(await t.db.selectFrom('look_back_item').select('id').execute()).toHaveLength(3);

    for (const item of items)
      await waitFor(
        async () =>
          (await t.client.workflow.getHandle(taskWorkflowId(item.task_id)).query(getTaskState)).status === 'OPEN',
        60_000,
        'the check running',
      );
    const [confirmed, reopened, late] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
    const townshipUser = async (orgUnitId: number) =>
      toViewer(
        await t.db
          .selectFrom('app_user')
          .select(userColumns)
          .where('org_unit_id', '=', orgUnitId)
          .orderBy('id')
          .executeTakeFirstOrThrow(),
      );
    let at = await t.now();
    const updates = createUpdateRunner(t.client, { deadlineMs: 60_000 });
    const tasks = createTaskService({ db: t.db, updates, deadlineMs: 60_000, now: () => at });
    const lookBacks = createLookBackService({
      db: t.db,
      client: t.client,
      taskQueue: t.taskQueue,
      tasks,
      now: () => at,
    });

    // The time-skipping server stops skipping once a workflow completes having cancelled a timer, as a done check
    // does: the clocks are tested first. A hazard's run reopened on cycle 2 (as a check starts it) climbs a ladder of
    // new rungs; the check nobody does climbs its own.
    const reopenedRun = await insertHazardRow(t.db, {
      enterprise: first,
      foundAt: new Date(start.getTime() - 30 * DAY),
      rectifyBy: new Date(start.getTime() + 2 * DAY),
    });
    await t.client.workflow.start('hazardWorkflow', {
      workflowId: hazardWorkflowId(reopenedRun),
      taskQueue: t.taskQueue,
      args: [
        {
          hazardId: reopenedRun,
          level: 'GENERAL',
          foundAt: new Date(start.getTime() - 30 * DAY).toISOString(),
          rectifyBy: new Date(start.getTime() + 2 * DAY).toISOString(),
          policy: DEFAULT_POLICY,
          reopened: { cycle: 2 },
        },
      ],
    });
    const lateDue = (
      await t.db.selectFrom('task').select('due_at').where('id', '=', late.task_id).executeTakeFirstOrThrow()
    ).due_at;
    // The first rung comes 3 days after the due time (DEFAULT_POLICY).
    expect(DEFAULT_POLICY.steps[0]?.after).toBe('P3D');
    await t.sleep(lateDue.getTime() + 4 * DAY - (await t.now()).getTime());
    await waitFor(
      async () =>
        (
          await t.db
            .selectFrom('escalation')
            .select('rung_key')
            .where('rung_key', 'in', [`hazard-${reopenedRun}:c2:r0`, `task-${late.task_id}:r0`])
            .execute()
        ).length === 2,
      60_000,
      'the reopened run and the late check escalated on their new rungs',
    );
    expect(
      await t.db.selectFrom('escalation').select('rung_key').where('hazard_id', '=', reopenedRun).execute(),
    ).not.toContainEqual({ rung_key: `hazard-${reopenedRun}:c0:r0` });

    // 整改到位.
    await tasks.submitInspection(
      await townshipUser(confirmed.assignee_org_id),
      {
        taskId: confirmed.task_id,
        inspectorCount: 2,
        findings: [],
        notes: '现场核查，已整改到位',
        lookBack: { rectified: true },
      },
      null,
    );
    expect(
      await t.db.selectFrom('look_back_item').select('outcome').where('id', '=', confirmed.id).executeTakeFirst(),
    ).toEqual({ outcome: 'RECTIFIED' });

    // 未整改到位: reopened with a new deadline, a new cycle whose ladder fires.
    at = await t.now();
    const newRectifyBy = new Date(at.getTime() + 5 * DAY);
    const hazard = await lookBacks.reopen(
      await townshipUser(reopened.assignee_org_id),
      { hazardId: reopened.hazard_id, reason: '灭火器仍为过期产品，整改不实', newRectifyBy },
      null,
    );
    expect(hazard).toMatchObject({ status: 'OPEN', closed_at: null });
    expect(hazard.rectify_by.getTime()).toBe(newRectifyBy.getTime());
    const events = await t.db
      .selectFrom('hazard_event')
      .select(['kind', 'from_status', 'to_status', 'comment'])
      .where('hazard_id', '=', reopened.hazard_id)
      .orderBy('id')
      .execute();
    expect(events.at(-1)).toEqual({
      kind: 'REOPENED',
      from_status: 'CLOSED',
      to_status: 'OPEN',
      comment: '灭火器仍为过期产品，整改不实',
    });
    expect(
      await t.db
        .selectFrom('look_back_item')
        .select(['outcome', 'reason'])
        .where('id', '=', reopened.id)
        .executeTakeFirst(),
    ).toEqual({ outcome: 'NOT_RECTIFIED', reason: '灭火器仍为过期产品，整改不实' });
    await waitFor(
      async () =>
        (
          await t.client.workflow
            .getHandle(hazardWorkflowId(reopened.hazard_id))
            .query(getHazardState)
            .catch(() => null)
        )?.cycle === 1,
      60_000,
      'the reopened hazard running on cycle 1',
    );
    await recordHistory(
      t.client.workflow.getHandle(taskWorkflowId(reopened.task_id)),
      'taskWorkflow--look-back-reopened',
    );
  });
});
