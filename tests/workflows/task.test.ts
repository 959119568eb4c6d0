// The task loop on the time-skipping server with real activities on PostgreSQL.
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS } from '../../domain/holidays';
import { isWorkingDay, shanghaiDateKey } from '../../domain/calendar';
import {
  getTaskState,
  hazardWorkflowId,
  submitInspection,
  submitSelfCheck,
  taskWorkflowId,
  type SubmitInspectionInput,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { enterHoliday } from '../support/holidays';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 86_400_000;
const env = useWorkflowTestEnv();

async function townshipId(code: string): Promise<number> {
  const t = env();
  return (await t.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** Lets the campaign plan and fan out, and returns its open tasks. */
async function tasksOf(campaignId: number, expectAtLeast = 1) {
  const t = env();
  for (let i = 0; i < 50; i += 1) {
    const tasks = await t.db
      .selectFrom('task')
      .select(['id', 'due_at', 'status', 'assignee_org_id'])
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .execute();
    const running = await Promise.all(
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
    if (tasks.length >= expectAtLeast && running.every(Boolean)) return tasks;
    await t.sleep(1_000);
  }
  throw new Error(`campaign ${campaignId} did not fan out`);
}

describe('taskWorkflow', () => {
  it('reminds once a day before the due time and climbs the ladder at exactly +3, +7 and +15 days', async () => {
    const t = env();
    const now = await t.now();
    const dueAt = new Date(now.getTime() + 10 * DAY);
    const campaignId = await t.launch({
      name: '危化品专项检查',
      kind: 'SPECIAL_INSPECTION',
      endsAt: new Date(now.getTime() + 60 * DAY),
      taskDueAt: dueAt,
      industries: ['HAZARDOUS_CHEMICALS'],
      townshipIds: [await townshipId('kaifaqu')],
    });
    const tasks = await tasksOf(campaignId);
    expect(tasks.every((task) => task.due_at.getTime() === dueAt.getTime())).toBe(true);

    await t.sleep(8.5 * DAY);
    const early = await t.db.selectFrom('notification').selectAll().where('kind', '=', 'TASK_DUE_SOON').execute();
    expect(early).toHaveLength(0);
    await t.sleep(DAY);
    const reminders = await t.db.selectFrom('notification').selectAll().where('kind', '=', 'TASK_DUE_SOON').execute();
    expect(reminders).toHaveLength(tasks.length);
    expect(reminders.every((r) => r.created_at.getTime() === dueAt.getTime() - DAY)).toBe(true);

    await t.sleep(16 * DAY);
    const escalations = await t.db
      .selectFrom('escalation')
      .select(['task_id', 'level', 'raised_at', 'addressee_org_id', 'status'])
      .where(
        'task_id',
        'in',
        tasks.map((task) => task.id),
      )
      .orderBy('task_id')
      .orderBy('raised_at')
      .execute();
    expect(escalations).toHaveLength(tasks.length * 3);
    const county = (
      await t.db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow()
    ).id;
    for (const task of tasks) {
      const ladder = escalations.filter((e) => e.task_id === task.id);
      expect(ladder.map((e) => [e.level, e.raised_at.getTime() - dueAt.getTime(), e.status])).toEqual([
        ['REGULATOR_HEAD', 3 * DAY, 'OPEN'],
        ['COUNTY_OFFICE', 7 * DAY, 'OPEN'],
        ['COUNTY_LEADER', 15 * DAY, 'OPEN'],
      ]);
      expect(ladder.map((e) => e.addressee_org_id)).toEqual([task.assignee_org_id, county, county]);
    }

    // Done at last: the inspection is recorded and every open escalation of the task is resolved.
    const first = tasks[0];
    if (!first) throw new Error('no task');
    await t.client.workflow.getHandle(taskWorkflowId(first.id)).executeUpdate(submitInspection, {
      args: [
        { actorId: null, inspectedAt: (await t.now()).toISOString(), inspectorCount: 2, findings: [], notes: null },
      ],
      updateId: 'late-inspection',
    });
    const resolved = await t.db.selectFrom('escalation').select('status').where('task_id', '=', first.id).execute();
    expect(resolved.map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
    await recordHistory(t.client.workflow.getHandle(taskWorkflowId(first.id)), 'taskWorkflow--ladder-then-inspected');
  });

  it('counts working-day rungs across a national holiday', async () => {
    const t = env();
    const now = await t.now();
    // The first statutory holiday at least three days ahead; due the working day before it, at 10:00 Shanghai.
    const holiday = HOLIDAY_YEARS.flatMap((y) => y.holidays)
      .map((h) => ({ ...h, start: new Date(`${h.first}T10:00:00+08:00`) }))
      .find((h) => h.start.getTime() > now.getTime() + 3 * DAY);
    if (!holiday) throw new Error('no holiday ahead in the calendar');
    let due = new Date(holiday.start.getTime() - DAY);
    while (!isWorkingDay(due)) due = new Date(due.getTime() - DAY);
    let firstAfter = new Date(`${holiday.last}T10:00:00+08:00`);
    do firstAfter = new Date(firstAfter.getTime() + DAY);
    while (!isWorkingDay(firstAfter));
    let secondAfter = firstAfter;
    do secondAfter = new Date(secondAfter.getTime() + DAY);
    while (!isWorkingDay(secondAfter));

    const campaignId = await t.launch({
      name: '节前安全检查',
      kind: 'SEASONAL',
      endsAt: new Date(due.getTime() + 30 * DAY),
      taskDueAt: due,
      industries: ['GAS'],
      escalation: {
        remindBefore: null,
        steps: [
          { after: 'P1WD', level: 'REGULATOR_HEAD' },
          { after: 'P2WD', level: 'COUNTY_OFFICE' },
        ],
      },
    });
    const tasks = await tasksOf(campaignId);
    await t.sleep(secondAfter.getTime() - (await t.now()).getTime() + DAY);
    const escalations = await t.db
      .selectFrom('escalation')
      .select(['task_id', 'level', 'raised_at'])
      .where(
        'task_id',
        'in',
        tasks.map((task) => task.id),
      )
      .execute();
    expect(escalations).toHaveLength(tasks.length * 2);
    expect(
      new Set(escalations.filter((e) => e.level === 'REGULATOR_HEAD').map((e) => e.raised_at.toISOString())),
    ).toEqual(new Set([firstAfter.toISOString()]));
    expect(
      new Set(escalations.filter((e) => e.level === 'COUNTY_OFFICE').map((e) => e.raised_at.toISOString())),
    ).toEqual(new Set([secondAfter.toISOString()]));
    expect(
      await t.db
        .selectFrom('notification')
        .select('id')
        .where('kind', '=', 'TASK_DUE_SOON')
        .where(
          'subject_id',
          'in',
          tasks.map((x) => x.id),
        )
        .execute(),
    ).toHaveLength(0);
  });

  it('applies the same idempotency key once, refuses a second inspection, and starts one hazard workflow per finding', async () => {
    const t = env();
    const now = await t.now();
    const campaignId = await t.launch({
      name: '燃气安全检查',
      kind: 'SPECIAL_INSPECTION',
      endsAt: new Date(now.getTime() + 30 * DAY),
      industries: ['GAS'],
    });
    const [task] = await tasksOf(campaignId);
    if (!task) throw new Error('no task');
    const handle = t.client.workflow.getHandle(taskWorkflowId(task.id));
    const submission: SubmitInspectionInput = {
      actorId: null,
      inspectedAt: now.toISOString(),
      inspectorCount: 3,
      notes: '现场检查',
      findings: [
        {
          level: 'GENERAL',
          description: '消防器材过期未更换',
          location: '调压站',
          checklistItemId: null,
          rectifyBy: new Date(now.getTime() + 7 * DAY).toISOString(),
        },
        {
          level: 'MAJOR',
          description: '燃气管道未设置紧急切断装置',
          location: '门站',
          checklistItemId: null,
          rectifyBy: new Date(now.getTime() + 15 * DAY).toISOString(),
        },
      ],
    };
    const first = await handle.executeUpdate(submitInspection, { args: [submission], updateId: 'inspect-key-1' });
    const again = await handle
      .executeUpdate(submitInspection, { args: [submission], updateId: 'inspect-key-1' })
      .catch((error: unknown) => error);
    // The workflow has ended after the first: a repeat with the same key is answered from history or refused, never applied.
    if (!(again instanceof Error)) expect(again).toEqual(first);
    const inspections = await t.db
      .selectFrom('inspection')
      .select(['id', 'idempotency_key'])
      .where('task_id', '=', task.id)
      .execute();
    expect(inspections).toEqual([{ id: first.inspectionId, idempotency_key: 'inspect-key-1' }]);
    expect(first.hazardIds).toHaveLength(2);
    expect(await handle.result()).toMatchObject({ status: 'DONE' });
    await expect(
      handle.executeUpdate(submitInspection, { args: [submission], updateId: 'inspect-key-2' }),
    ).rejects.toThrow();
    expect(await t.db.selectFrom('inspection').select('id').where('task_id', '=', task.id).execute()).toHaveLength(1);
    for (const hazardId of first.hazardIds) {
      expect((await t.client.workflow.getHandle(`hazard-${hazardId}`).describe()).status.name).toBe('RUNNING');
    }
    const events = await t.db
      .selectFrom('hazard_event')
      .select(['hazard_id', 'kind'])
      .where('hazard_id', 'in', first.hazardIds)
      .orderBy('id')
      .execute();
    expect(events.filter((e) => e.kind === 'FOUND')).toHaveLength(2);
  });

  it('rejects a submission while another for the same task is being applied', async () => {
    const t = env();
    const now = await t.now();
    const campaignId = await t.launch({
      name: '建筑施工检查',
      kind: 'SPECIAL_INSPECTION',
      endsAt: new Date(now.getTime() + 30 * DAY),
      industries: ['CONSTRUCTION'],
    });
    const [task] = await tasksOf(campaignId);
    if (!task) throw new Error('no task');
    const handle = t.client.workflow.getHandle(taskWorkflowId(task.id));
    const submission: SubmitInspectionInput = {
      actorId: null,
      inspectedAt: now.toISOString(),
      inspectorCount: 1,
      findings: [],
      notes: null,
    };
    const results = await Promise.allSettled([
      handle.executeUpdate(submitInspection, { args: [submission], updateId: 'race-a' }),
      handle.executeUpdate(submitInspection, { args: [submission], updateId: 'race-b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await t.db.selectFrom('inspection').select('id').where('task_id', '=', task.id).execute()).toHaveLength(1);
    expect(await handle.query(getTaskState).catch(() => null)).toSatisfy(
      (s: unknown) => s === null || (typeof s === 'object' && s !== null && 'status' in s && s.status === 'DONE'),
    );
  });

  it('gives every enterprise in scope a self-check (企业自查), reminds it, then presses it through its township and its regulator', async () => {
    const t = env();
    const now = await t.now();
    const selfCheckDue = new Date(now.getTime() + 10 * DAY);
    const template = await t.db.selectFrom('checklist_template').select('id').orderBy('id').executeTakeFirstOrThrow();
    const items = await t.db
      .selectFrom('checklist_item')
      .select(['id', 'position'])
      .where('template_id', '=', template.id)
      .orderBy('position')
      .execute();
    const campaignId = await t.launch({
      name: '危化品企业自查与检查',
      kind: 'MAJOR_HAZARD_SWEEP',
      endsAt: new Date(now.getTime() + 90 * DAY),
      taskDueAt: new Date(now.getTime() + 40 * DAY),
      industries: ['HAZARDOUS_CHEMICALS'],
      townshipIds: [await townshipId('kaifaqu')],
      checklistTemplateId: template.id,
      selfCheckDueAt: selfCheckDue,
    });
    const tasks = await tasksOf(campaignId, 2);
    const all = await t.db
      .selectFrom('task')
      .select(['id', 'kind', 'enterprise_id', 'due_at', 'assignee_org_id'])
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .execute();
    const selfChecks = all.filter((task) => task.kind === 'SELF_CHECK');
    const inspections = all.filter((task) => task.kind === 'INSPECT');
    // Every enterprise in scope has both, the self-check due first; both belong to its regulator.
    expect(selfChecks.map((task) => task.enterprise_id).sort()).toEqual(
      inspections.map((task) => task.enterprise_id).sort(),
    );
    expect(selfChecks.every((task) => task.due_at.getTime() === selfCheckDue.getTime())).toBe(true);
    expect(tasks.length).toBe(all.length);
    const [done, late] = selfChecks;
    if (!done || !late) throw new Error('two self-checks expected');

    // Each Update belongs to its kind of task.
    const doneHandle = t.client.workflow.getHandle(taskWorkflowId(done.id));
    await expect(
      doneHandle.executeUpdate(submitInspection, {
        args: [{ actorId: null, inspectedAt: now.toISOString(), inspectorCount: 1, findings: [], notes: null }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/企业自查任务/) } });
    const inspectionOf = inspections.find((task) => task.enterprise_id === done.enterprise_id);
    if (!inspectionOf) throw new Error('no inspection task');
    await expect(
      t.client.workflow
        .getHandle(taskWorkflowId(inspectionOf.id))
        .executeUpdate(submitSelfCheck, { args: [{ actorId: null, answers: [], hazards: [], notes: null }] }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/不是企业自查任务/) } });

    // One enterprise self-checks in time: every item answered, one not met, recorded as a hazard with its plan.
    const [first, ...rest] = items;
    if (!first) throw new Error('an empty checklist');
    const result = await doneHandle.executeUpdate(submitSelfCheck, {
      args: [
        {
          actorId: null,
          notes: '由安全总监组织自查',
          answers: [
            { checklistItemId: first.id, answer: 'NON_COMPLIANT', note: null },
            ...rest.map((item) => ({ checklistItemId: item.id, answer: 'COMPLIANT' as const, note: null })),
          ],
          hazards: [
            {
              level: 'GENERAL',
              description: '安全培训记录不全',
              location: null,
              checklistItemId: first.id,
              rectifyBy: new Date(now.getTime() + 20 * DAY).toISOString(),
              rectificationPlan: '补齐培训档案，组织补训',
            },
          ],
        },
      ],
    });
    expect(result.hazardIds).toHaveLength(1);
    const [hazardId] = result.hazardIds;
    const hazard = await t.db
      .selectFrom('hazard')
      .selectAll()
      .where('id', '=', hazardId ?? 0)
      .executeTakeFirstOrThrow();
    expect(hazard).toMatchObject({
      source: 'SELF_CHECK',
      self_check_id: result.selfCheckId,
      rectification_plan: '补齐培训档案，组织补训',
    });
    await t.sleep(60_000);
    expect(
      await t.client.workflow
        .getHandle(hazardWorkflowId(hazardId ?? 0))
        .describe()
        .then((d) => d.status.name),
    ).toBe('RUNNING');
    const answers = await t.db
      .selectFrom('self_check_answer')
      .select('answer')
      .where('self_check_id', '=', result.selfCheckId)
      .execute();
    expect(answers).toHaveLength(items.length);

    // The other does not: a reminder to the enterprise the day before, then the campaign's ladder's first two steps,
    // the township (属地) at +3 days and the regulator's head at +7 — and no further.
    await t.sleep(9.5 * DAY);
    const reminders = await t.db
      .selectFrom('notification')
      .select(['enterprise_id', 'org_unit_id', 'created_at'])
      .where('kind', '=', 'SELF_CHECK_DUE_SOON')
      .execute();
    expect(reminders.map((r) => r.enterprise_id).sort()).toEqual(
      selfChecks
        .slice(1)
        .map((task) => task.enterprise_id)
        .sort(),
    );
    expect(
      reminders.every((r) => r.org_unit_id === null && r.created_at.getTime() === selfCheckDue.getTime() - DAY),
    ).toBe(true);
    await t.sleep(20 * DAY);
    const ladder = await t.db
      .selectFrom('escalation')
      .innerJoin('org_unit', 'org_unit.id', 'escalation.addressee_org_id')
      .select(['escalation.level', 'escalation.raised_at', 'org_unit.kind'])
      .where('escalation.task_id', '=', late.id)
      .orderBy('escalation.raised_at')
      .execute();
    expect(ladder.map((e) => [e.level, e.kind, e.raised_at.getTime() - selfCheckDue.getTime()])).toEqual([
      ['TOWNSHIP_HEAD', 'TOWNSHIP', 3 * DAY],
      ['REGULATOR_HEAD', 'REGULATOR', 7 * DAY],
    ]);
    const told = await t.db
      .selectFrom('notification')
      .select('kind')
      .where('enterprise_id', '=', late.enterprise_id)
      .where('subject_id', '=', late.id)
      .orderBy('created_at')
      .execute();
    expect(told.map((n) => n.kind)).toEqual(['SELF_CHECK_DUE_SOON', 'SELF_CHECK_OVERDUE', 'SELF_CHECK_OVERDUE']);
    await recordHistory(t.client.workflow.getHandle(taskWorkflowId(late.id)), 'taskWorkflow--self-check-overdue');
    await recordHistory(doneHandle, 'taskWorkflow--self-check-submitted');
  });

  it('counts with the county’s calendar as it was when the task started; a holiday entered later moves new tasks only', async () => {
    const t = env();
    const now = await t.now();
    // Due on a working day ten days or more ahead at 10:00 Shanghai, with a working day after it.
    let due = new Date(`${shanghaiDateKey(new Date(now.getTime() + 10 * DAY))}T10:00:00+08:00`);
    while (!isWorkingDay(due) || !isWorkingDay(new Date(due.getTime() + DAY))) due = new Date(due.getTime() + DAY);
    const nextDay = new Date(due.getTime() + DAY);
    const launch = (name: string) =>
      t.launch({
        name,
        kind: 'SEASONAL',
        endsAt: new Date(due.getTime() + 30 * DAY),
        taskDueAt: due,
        industries: ['GAS'],
        escalation: { remindBefore: null, steps: [{ after: 'P1WD', level: 'REGULATOR_HEAD' }] },
      });
    const before = await tasksOf(await launch('日历修改前的行动'));

    // The county office enters a day off the day after the due day (a local arrangement, say): three days.
    await enterHoliday(t.db, t.admin.id, { name: '测试假日', first: nextDay, days: 3 }, now);
    const after = await tasksOf(await launch('日历修改后的行动'));
    let firstWorkingAfter = new Date(nextDay.getTime() + 3 * DAY);
    while (!isWorkingDay(firstWorkingAfter)) firstWorkingAfter = new Date(firstWorkingAfter.getTime() + DAY);

    await t.sleep(firstWorkingAfter.getTime() - (await t.now()).getTime() + DAY);
    const raised = async (tasks: { id: number }[]) =>
      new Set(
        (
          await t.db
            .selectFrom('escalation')
            .select('raised_at')
            .where(
              'task_id',
              'in',
              tasks.map((task) => task.id),
            )
            .execute()
        ).map((e) => e.raised_at.toISOString()),
      );
    expect(await raised(before)).toEqual(new Set([nextDay.toISOString()]));
    expect(await raised(after)).toEqual(new Set([firstWorkingAfter.toISOString()]));
    const [one] = after;
    if (one) await recordHistory(t.client.workflow.getHandle(taskWorkflowId(one.id)), 'taskWorkflow--own-calendar');
  });
});
