// An annual inspection plan on the time-skipping server with the real activities on PostgreSQL: filed by a
// department's head for next year, approved by the county office, its workflow writes January's tasks when January
// comes and February's when February does — one per enterprise due by the plan's cadence — and starts their workflows.
import { describe, expect, it } from 'vitest';
import { userColumns } from '../../db/repositories/users';
import { dueMonths, monthDueAt, shanghaiYear, visitsFor } from '../../domain/inspection-plans';
import { toViewer } from '../../services/auth';
import { createInspectionPlanService } from '../../services/inspection-plans';
import type { inspectionPlanWorkflow } from '../../workflows/inspection-plan';
import {
  getInspectionPlanState,
  getTaskState,
  inspectionPlanWorkflowId,
  taskWorkflowId,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { waitFor } from '../support/processes';
import { useWorkflowTestEnv } from '../support/workflow-env';

const HOUR = 3_600_000;
const env = useWorkflowTestEnv();

describe('inspectionPlanWorkflow', () => {
  it('writes each month’s tasks when the month comes, by the plan’s cadence, and starts them', async () => {
    const t = env();
    const at = await t.now();
    const service = createInspectionPlanService({ db: t.db, client: t.client, taskQueue: t.taskQueue, now: () => at });
    const head = toViewer(
      await t.db
        .selectFrom('app_user')
        .select(userColumns)
        .where('username', '=', 'emergency.head')
        .executeTakeFirstOrThrow(),
    );
    const unitId = head.orgUnitId ?? 0;
    const year = shanghaiYear(at) + 1;
    const frequencies = { majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 };
    const planId = await service.file(head, { year, frequencies, notes: '按分级确定检查频次' }, null);
    await service.review(t.admin, { id: planId, approved: true, comment: '同意' }, null);

    // What the cadence says: every operating enterprise in the department's charge, in its months.
    const charge = await t.db
      .selectFrom('enterprise')
      .select(['id', 'grade', 'major_hazard_source'])
      .where('status', '=', 'OPERATING')
      .where((eb) =>
        eb.or([
          eb('regulator_id', '=', unitId),
          eb.exists(
            eb
              .selectFrom('enterprise_co_supervisor as co')
              .select('co.enterprise_id')
              .whereRef('co.enterprise_id', '=', 'enterprise.id')
              .where('co.regulator_id', '=', unitId),
          ),
        ]),
      )
      .execute();
    expect(charge.length).toBeGreaterThan(0);
    const expectedIn = (month: number) =>
      charge
        .filter((e) =>
          dueMonths(
            e.id,
            visitsFor({ grade: e.grade, majorHazardSource: e.major_hazard_source }, frequencies),
            0,
          ).includes(month),
        )
        .map((e) => e.id)
        .sort((a, b) => a - b);
    const written = async (month: number) =>
      (
        await t.db
          .selectFrom('task')
          .select(['enterprise_id', 'assignee_org_id', 'kind'])
          .where('inspection_plan_id', '=', planId)
          .where('due_at', '=', monthDueAt(year, month))
          .orderBy('enterprise_id')
          .execute()
      ).map((r) => {
        expect(r).toMatchObject({ assignee_org_id: unitId, kind: 'INSPECT' });
        return r.enterprise_id;
      });
    const handle = t.client.workflow.getHandle<typeof inspectionPlanWorkflow>(inspectionPlanWorkflowId(planId));

    // The department has enterprises due in both months (monthly major hazard sources at least).
    expect(expectedIn(0).length).toBeGreaterThan(0);
    expect(expectedIn(1).length).toBeGreaterThan(0);
    // Nothing before January.
    expect(await written(0)).toEqual([]);
    for (const month of [0, 1]) {
      const start = Date.UTC(year, month, 1) - 8 * HOUR;
      await t.sleep(start + HOUR - (await t.now()).getTime());
      await waitFor(
        async () => (await handle.query(getInspectionPlanState)).monthsPlanned === month + 1,
        60_000,
        `month ${month} planned`,
      );
      expect(await written(month)).toEqual(expectedIn(month));
      // Nothing of the next month yet.
      expect(await written(month + 1)).toEqual([]);
    }
    // January's tasks run as task workflows, due at the end of January.
    const [first] = await t.db
      .selectFrom('task')
      .select('id')
      .where('inspection_plan_id', '=', planId)
      .orderBy('id')
      .limit(1)
      .execute();
    if (!first) throw new Error('no task written');
    const state = await t.client.workflow.getHandle(taskWorkflowId(first.id)).query(getTaskState);
    expect(state.dueAt).toBe(monthDueAt(year, 0).toISOString());
    await recordHistory(handle, 'inspectionPlanWorkflow--two-months');
  });
});
