// The demo county's present (issue #15 §1) on Temporal: what the history leaves open runs in real workflows. The
// running campaign's fan-out starts a workflow per open task (overdue ones escalate at once) and writes the weekly
// reports already due; each open hazard has its workflow (majors listed, overdue ones escalated); some were reported
// today and wait for verification or for the county office's sign-off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoOpenWork, writeDemoHistory, type DemoOpenWork } from '../../seed/demo-county/history';
import { startApiEnv, type ApiEnv } from '../support/api-env';
import { waitFor } from '../support/processes';

let api: ApiEnv;
let open: DemoOpenWork;

beforeAll(async () => {
  api = await startApiEnv({ enterpriseCount: 900 });
  const written = await writeDemoHistory(api.database.db, { now: new Date() });
  open = written.open;
  await startDemoOpenWork(api.database.db, { client: api.env.client, taskQueue: api.taskQueue }, open);
}, 600_000);

afterAll(async () => {
  await api?.teardown();
});

describe('the demo county on first start', () => {
  it('runs every open task of the running campaign in a workflow, and overdue ones escalate', async () => {
    const db = api.database.db;
    const openTasks = await db
      .selectFrom('task')
      .select(['id', 'due_at'])
      .where('campaign_id', '=', open.campaign.campaignId)
      .where('status', '=', 'OPEN')
      .execute();
    expect(openTasks.length).toBeGreaterThan(0);
    const running = async () => {
      const described = await Promise.all(
        openTasks.map((t) =>
          api.env.client.workflow
            .getHandle(`task-${t.id}`)
            .describe()
            .then((d) => d.status.name === 'RUNNING')
            .catch(() => false),
        ),
      );
      return described.every(Boolean);
    };
    await waitFor(running, 120_000, 'a workflow for every open task');
    // An overdue task's first rung (three days past its due time) was raised by its workflow and awaits its head.
    const overdue = openTasks.filter((t) => t.due_at.getTime() < Date.now() - 3 * 86_400_000);
    expect(overdue.length).toBeGreaterThan(0);
    await waitFor(
      async () =>
        (
          await db
            .selectFrom('escalation')
            .select('id')
            .where(
              'task_id',
              'in',
              overdue.map((t) => t.id),
            )
            .where('status', '=', 'OPEN')
            .execute()
        ).length === overdue.length,
      60_000,
      'an open escalation for every overdue task',
    );
  });

  it('writes the weekly reports already due, from the past it finds', async () => {
    await waitFor(
      async () =>
        (
          await api.database.db
            .selectFrom('report')
            .select('id')
            .where('campaign_id', '=', open.campaign.campaignId)
            .where('kind', '=', 'WEEKLY')
            .execute()
        ).length >= 3,
      60_000,
      "the running campaign's past weekly reports",
    );
    // The first week's (a monthly report may start the same instant: it is not the one asked about).
    const [report] = await api.database.db
      .selectFrom('report')
      .select('body')
      .where('campaign_id', '=', open.campaign.campaignId)
      .where('kind', '=', 'WEEKLY')
      .orderBy('period_start')
      .execute();
    expect(report?.body).toMatch(/本周共检查企业[1-9]/);
  });

  it('gives each open hazard its workflow: majors listed, some awaiting verification or sign-off', async () => {
    const db = api.database.db;
    for (const hazard of open.hazards) {
      const described = await api.env.client.workflow.getHandle(`hazard-${hazard.id}`).describe();
      expect(described.status.name).toBe('RUNNING');
    }
    const status = new Map(
      (
        await db
          .selectFrom('hazard')
          .select(['id', 'status'])
          .where(
            'id',
            'in',
            open.hazards.map((h) => h.id),
          )
          .execute()
      ).map((h) => [h.id, h.status]),
    );
    for (const hazard of open.hazards) {
      const expected = { none: 'OPEN', report: 'PENDING_VERIFICATION', verify: 'PENDING_SIGN_OFF' }[hazard.next];
      expect(status.get(hazard.id), `hazard ${hazard.id} (${hazard.next})`).toBe(expected);
    }
    const majors = open.hazards.filter((h) => h.level === 'MAJOR').map((h) => h.id);
    expect(majors.length).toBeGreaterThan(0);
    await waitFor(
      async () =>
        (
          await db
            .selectFrom('hazard_event')
            .select('hazard_id')
            .where('kind', '=', 'LISTED_SUPERVISION')
            .where('hazard_id', 'in', majors)
            .execute()
        ).length === majors.length,
      60_000,
      'every open major hazard listed (挂牌督办)',
    );
  });

  it('leaves the office a grading of the year to review, scored from the history', async () => {
    const db = api.database.db;
    await waitFor(
      async () =>
        (await db.selectFrom('grading_proposal').select('id').where('status', '=', 'READY').execute()).length === 1,
      120_000,
      "the demo's grading proposal",
    );
    const items = await db.selectFrom('grading_proposal_item').select(['proposed_grade', 'score']).execute();
    const register = await db.selectFrom('enterprise').select('id').where('status', '<>', 'CLOSED').execute();
    expect(items).toHaveLength(register.length);
    // The finished campaign inspected a third of the county: some are 好 on their record, some lost points.
    expect(items.some((i) => i.proposed_grade === 'GOOD')).toBe(true);
    expect(items.some((i) => Number(i.score) < 100)).toBe(true);
  });

  it('draws last month’s 回头看 of the hazards the history closed in it, each check for a unit outside the chain', async () => {
    const db = api.database.db;
    await waitFor(
      async () => (await db.selectFrom('look_back').select('id').execute()).length === 1,
      120_000,
      "the demo's look-back",
    );
    const draw = await db.selectFrom('look_back').selectAll().executeTakeFirstOrThrow();
    const items = await db
      .selectFrom('look_back_item')
      .innerJoin('task', 'task.look_back_item_id', 'look_back_item.id')
      .select(['look_back_item.assignee_org_id', 'look_back_item.closing_org_id', 'task.status'])
      .execute();
    expect(items).toHaveLength(draw.drawn);
    expect(draw.drawn).toBe(draw.population === 0 ? 0 : Math.ceil(draw.population * Number(draw.ratio)));
    expect(items.every((i) => i.assignee_org_id !== i.closing_org_id && i.status === 'OPEN')).toBe(true);
  });
});
