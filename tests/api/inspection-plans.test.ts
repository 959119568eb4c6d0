// 年度监督检查计划 over GraphQL: a department's head files its plan; bad frequencies, the wrong role or year, a second
// filing and a return without a reason are refused with nothing changed; the county office approves this year's plan
// and its current month's tasks appear for the department; each unit reads only its own plans, the leader all of them
// with their completion, an enterprise none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInspectionPlanActivities } from '../../activities/inspection-plans';
import { INSPECTION_PLAN_REFUSALS, shanghaiYear } from '../../domain/inspection-plans';
import { codeOf } from '../support/api-fixtures';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';

let api: ApiEnv;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 120 });
}, 120_000);

afterAll(async () => {
  await api?.teardown();
});

const FILE = `mutation($input: InspectionPlanInput!) { fileInspectionPlan(input: $input) {
  id status year enterprises plannedVisits filedLate unit { name } frequencies { majorHazardSource POOR FAIR GOOD } } }`;
const REVIEW = `mutation($id: ID!, $approved: Boolean!, $comment: String) {
  approveInspectionPlan(id: $id, approved: $approved, comment: $comment) { id status reviewComment } }`;
const PLANS = `query($year: Int) { inspectionPlans(year: $year) { totalCount edges { node { id status unit { name }
  progress { tasksWritten dueSoFar done overdue completion } } } } }`;
const year = shanghaiYear(new Date());
const frequencies = { majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 };

async function counts() {
  const db = api.database.db;
  const n = async (table: 'inspection_plan' | 'task') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  // Logins are audited too: only the plans' own rows count here.
  const audit = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('subject_type', '=', 'InspectionPlan')
    .executeTakeFirstOrThrow();
  return { plans: await n('inspection_plan'), tasks: await n('task'), audit: Number(audit.n) };
}

interface Filed {
  fileInspectionPlan: {
    id: string;
    status: string;
    enterprises: number;
    plannedVisits: number;
    unit: { name: string };
  };
}

describe('年度监督检查计划 over GraphQL', () => {
  let planId = '';

  it('refuses a plan from staff, an enterprise or the office, of another year, or with a cadence no month can keep', async () => {
    const before = await counts();
    const head = await api.login('emergency.head');
    const answers = [
      await api.gql(FILE, { input: { year, frequencies } }, await api.login('emergency.staff')),
      await api.gql(FILE, { input: { year, frequencies } }, await api.login('enterprise2')),
      await api.gql(FILE, { input: { year, frequencies } }, await api.login('admin')),
      await api.gql(FILE, { input: { year: year + 2, frequencies } }, head),
      await api.gql(FILE, { input: { year, frequencies: { ...frequencies, FAIR: 5 } } }, head),
      await api.gql(FILE, { input: { year, frequencies: { ...frequencies, majorHazardSource: 1 } } }, head),
    ];
    expect(answers.map((a) => a.errors?.[0]?.message)).toEqual([
      INSPECTION_PLAN_REFUSALS.headOnly,
      INSPECTION_PLAN_REFUSALS.notAUnit,
      INSPECTION_PLAN_REFUSALS.notAUnit,
      INSPECTION_PLAN_REFUSALS.yearOutOfRange,
      INSPECTION_PLAN_REFUSALS.badFrequency,
      INSPECTION_PLAN_REFUSALS.majorBelowGrade,
    ]);
    expect(answers.map(codeOf)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
    expect(await counts()).toEqual(before);
  });

  it('files the department’s plan once (a retried key answers the same), with its charge counted', async () => {
    const head = await api.login('emergency.head');
    const filed = await api.gql<Filed>(FILE, { input: { year, frequencies, idempotencyKey: 'plan-1' } }, head);
    expect(filed.errors).toBeUndefined();
    const plan = filed.data?.fileInspectionPlan;
    if (!plan) throw new Error('not filed');
    planId = plan.id;
    const emergency = await api.orgId('emergency');
    const charge = await api.database.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'OPERATING')
      .where((eb) =>
        eb.or([
          eb('regulator_id', '=', emergency),
          eb.exists(
            eb
              .selectFrom('enterprise_co_supervisor as co')
              .select('co.enterprise_id')
              .whereRef('co.enterprise_id', '=', 'enterprise.id')
              .where('co.regulator_id', '=', emergency),
          ),
        ]),
      )
      .executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ status: 'SUBMITTED', unit: { name: '应急管理局' }, enterprises: Number(charge.n) });
    expect(plan.plannedVisits).toBeGreaterThanOrEqual(plan.enterprises);
    const again = await api.gql<Filed>(FILE, { input: { year, frequencies, idempotencyKey: 'plan-1' } }, head);
    expect(again.data?.fileInspectionPlan.id).toBe(planId);
    // Its months wait for the approval: an approval's transaction starts the workflow, whose first month may run before
    // the commit (retried in an activity; here, called directly, as its last attempt would be: refused, nothing written).
    const months = createInspectionPlanActivities({
      db: api.database.db,
      client: api.env.client,
      taskQueue: api.taskQueue,
    });
    const planRow = Number(Buffer.from(planId, 'base64').toString('utf8').split(':')[1]);
    await expect(months.planInspectionMonth({ planId: planRow, month: 11, firstMonth: 11 })).rejects.toMatchObject({
      type: 'NOT_FOUND',
    });
    expect(
      await api.database.db.selectFrom('task').select('id').where('inspection_plan_id', '=', planRow).execute(),
    ).toEqual([]);
    const second = await api.gql(FILE, { input: { year, frequencies } }, head);
    expect(second.errors?.[0]).toMatchObject({
      message: INSPECTION_PLAN_REFUSALS.alreadyFiled,
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses a return without a reason; approval writes this month’s tasks for the department; review is once', async () => {
    const admin = await api.login('admin');
    const before = await counts();
    const bare = await api.gql(REVIEW, { id: planId, approved: false }, admin);
    expect(bare.errors?.[0]?.message).toBe(INSPECTION_PLAN_REFUSALS.commentRequired);
    expect(codeOf(await api.gql(REVIEW, { id: planId, approved: true }, await api.login('leader')))).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const approved = await api.gql<{ approveInspectionPlan: { status: string } }>(
      REVIEW,
      { id: planId, approved: true, comment: '同意，按计划执行' },
      admin,
    );
    expect(approved.data?.approveInspectionPlan.status).toBe('APPROVED');
    expect(codeOf(await api.gql(REVIEW, { id: planId, approved: true }, admin))).toBe('CONFLICT');
    const emergency = await api.orgId('emergency');
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('task')
            .select('id')
            .where('inspection_plan_id', 'is not', null)
            .where('assignee_org_id', '=', emergency)
            .execute()
        ).length > 0,
      60_000,
      'this month’s plan tasks',
    );
    const tasks = await api.gql<{
      myTasks: { edges: { node: { origin: string; inspectionPlan: { id: string } | null } }[] };
    }>(
      '{ myTasks(first: 50) { edges { node { origin inspectionPlan { id } } } } }',
      {},
      await api.login('emergency.staff'),
    );
    const planned = tasks.data?.myTasks.edges.filter((e) => e.node.origin === 'PLAN') ?? [];
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((e) => e.node.inspectionPlan?.id === planId)).toBe(true);
  });

  it('shows the visit cap against the cadence while planning: monthly major hazard sources are over it', async () => {
    const BUDGET = `query($year: Int!, $f: InspectionFrequenciesInput!) { inspectionPlanBudget(year: $year, frequencies: $f) {
      enterprises cap overAlone overlapping overTogether } }`;
    type Budget = {
      inspectionPlanBudget: {
        enterprises: number;
        cap: number;
        overAlone: number;
        overlapping: number;
        overTogether: number;
      };
    };
    const emergency = await api.orgId('emergency');
    // Two of the department's enterprises hold a major hazard source.
    const two = await api.database.db
      .selectFrom('enterprise')
      .select('id')
      .where('regulator_id', '=', emergency)
      .where('status', '=', 'OPERATING')
      .orderBy('id')
      .limit(2)
      .execute();
    await api.database.db
      .updateTable('enterprise')
      .set({ major_hazard_source: true })
      .where(
        'id',
        'in',
        two.map((e) => e.id),
      )
      .execute();
    const majorSources = await api.database.db
      .selectFrom('enterprise')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('status', '=', 'OPERATING')
      .where('major_hazard_source', '=', true)
      .where((eb) =>
        eb.or([
          eb('regulator_id', '=', emergency),
          eb.exists(
            eb
              .selectFrom('enterprise_co_supervisor as co')
              .select('co.enterprise_id')
              .whereRef('co.enterprise_id', '=', 'enterprise.id')
              .where('co.regulator_id', '=', emergency),
          ),
        ]),
      )
      .executeTakeFirstOrThrow();
    expect(Number(majorSources.n)).toBeGreaterThan(0);
    const preview = await api.gql<Budget>(BUDGET, { year, f: frequencies }, await api.login('emergency.staff'));
    expect(preview.errors).toBeUndefined();
    const b = preview.data?.inspectionPlanBudget;
    // Twelve a year is three a quarter, over the default cap of two; four a year is one.
    expect(b?.cap).toBe(2);
    expect(b?.overAlone).toBe(Number(majorSources.n));
    expect(b?.overTogether).toBeGreaterThanOrEqual(b?.overAlone ?? 0);
    const yearly = await api.gql<Budget>(
      BUDGET,
      { year, f: { majorHazardSource: 4, POOR: 4, FAIR: 2, GOOD: 1 } },
      await api.login('emergency.staff'),
    );
    expect(yearly.data?.inspectionPlanBudget.overAlone).toBe(0);
    expect(codeOf(await api.gql(BUDGET, { year, f: frequencies }, await api.login('enterprise2')))).toBe('FORBIDDEN');
  });

  it('shows a unit its own plans, the leader every unit’s with its completion, an enterprise none', async () => {
    type Plans = {
      inspectionPlans: {
        totalCount: number;
        edges: { node: { id: string; progress: { tasksWritten: number; dueSoFar: number; completion: number } } }[];
      };
    };
    const leader = await api.gql<Plans>(PLANS, { year }, await api.login('leader'));
    expect(leader.data?.inspectionPlans.totalCount).toBe(1);
    expect(leader.data?.inspectionPlans.edges[0]?.node.progress.tasksWritten).toBeGreaterThan(0);
    expect(leader.data?.inspectionPlans.edges[0]?.node.progress.completion).toBe(1);
    const housing = await api.gql<Plans>(PLANS, { year }, await api.login('housing.head'));
    expect(housing.data?.inspectionPlans.totalCount).toBe(0);
    expect(codeOf(await api.gql(PLANS, { year }, await api.login('enterprise2')))).toBe('FORBIDDEN');
  });
});
