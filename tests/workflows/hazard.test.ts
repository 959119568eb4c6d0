// The hazard loop: rectification, next-day verification, rejection with a new deadline, listed supervision.
import { WithStartWorkflowOperation } from '@temporalio/client';
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../domain/calendar';
import { verificationDeadline } from '../../domain/escalation';
import { HOLIDAY_YEARS } from '../../domain/holidays';
import { REINSPECTION_POLICY, reinspectionDeadline } from '../../domain/reinspection';
import { DEFAULT_POLICY } from '../../domain/policy';
import { hazardWorkflow } from '../../workflows/hazard';
import {
  getHazardState,
  hazardWorkflowId,
  reportRectification,
  requestReinspection,
  signOffHazard,
  submitInspection,
  taskWorkflowId,
  verifyRectification,
  type FindingInput,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 86_400_000;
const env = useWorkflowTestEnv();

/** Launches a one-industry campaign, inspects its first task with the findings given, and returns the hazard ids. */
async function hazardsFound(findings: (now: Date) => FindingInput[]): Promise<{ hazardIds: number[]; foundAt: Date }> {
  const t = env();
  const now = await t.now();
  const campaignId = await t.launch({
    name: `隐患闭环测试${now.getTime()}`,
    kind: 'MAJOR_HAZARD_SWEEP',
    endsAt: new Date(now.getTime() + 90 * DAY),
    industries: ['NON_COAL_MINE'],
  });
  for (let i = 0; i < 50; i += 1) {
    const task = await t.db
      .selectFrom('task')
      .select('id')
      .where('campaign_id', '=', campaignId)
      .orderBy('id')
      .executeTakeFirst();
    const started =
      task &&
      (await t.client.workflow
        .getHandle(taskWorkflowId(task.id))
        .describe()
        .then(
          () => true,
          () => false,
        ));
    if (task && started) {
      const result = await t.client.workflow.getHandle(taskWorkflowId(task.id)).executeUpdate(submitInspection, {
        args: [
          { actorId: null, inspectedAt: now.toISOString(), inspectorCount: 2, notes: null, findings: findings(now) },
        ],
      });
      // The reply comes once the inspection is recorded; the hazard workflows start right after it.
      for (const id of result.hazardIds) {
        for (
          let j = 0;
          j < 50 &&
          !(await t.client.workflow
            .getHandle(hazardWorkflowId(id))
            .describe()
            .then(
              () => true,
              () => false,
            ));
          j += 1
        ) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      return { hazardIds: result.hazardIds, foundAt: now };
    }
    await t.sleep(1_000);
  }
  throw new Error('no task started');
}

const general =
  (rectifyInDays: number) =>
  (now: Date): FindingInput[] => [
    {
      level: 'GENERAL',
      description: '安全警示标志缺失',
      location: '矿区入口',
      checklistItemId: null,
      rectifyBy: new Date(now.getTime() + rectifyInDays * DAY).toISOString(),
    },
  ];

async function hazardRow(id: number) {
  const t = env();
  return t.db.selectFrom('hazard').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('hazardWorkflow', () => {
  it('closes the loop: report, rejected with a new deadline, report again, verified closed', async () => {
    const t = env();
    const {
      hazardIds: [id],
    } = await hazardsFound(general(10));
    if (id === undefined) throw new Error('no hazard');
    const handle = t.client.workflow.getHandle(hazardWorkflowId(id));
    const reported = await handle.executeUpdate(reportRectification, {
      args: [{ actorId: null, measures: '已补设警示标志' }],
      updateId: 'report-1',
    });
    expect(reported.status).toBe('PENDING_VERIFICATION');
    expect((await hazardRow(id)).status).toBe('PENDING_VERIFICATION');

    const newRectifyBy = new Date((await t.now()).getTime() + 5 * DAY).toISOString();
    const rejected = await handle.executeUpdate(verifyRectification, {
      args: [{ actorId: null, passed: false, comment: '标志不规范', newRectifyBy }],
    });
    expect(rejected).toMatchObject({ status: 'OPEN', rectifyBy: newRectifyBy, cycle: 1 });
    expect((await hazardRow(id)).rectify_by.toISOString()).toBe(newRectifyBy);

    await handle.executeUpdate(reportRectification, { args: [{ actorId: null, measures: '按规范重新设置' }] });
    const closed = await handle.executeUpdate(verifyRectification, {
      args: [{ actorId: null, passed: true, comment: '整改到位', newRectifyBy: null }],
    });
    expect(closed.status).toBe('CLOSED');
    expect(await t.result(handle)).toMatchObject({ status: 'CLOSED' });

    const events = await t.db
      .selectFrom('hazard_event')
      .select(['kind', 'from_status', 'to_status'])
      .where('hazard_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { kind: 'FOUND', from_status: null, to_status: 'OPEN' },
      { kind: 'RECTIFICATION_REPORTED', from_status: 'OPEN', to_status: 'PENDING_VERIFICATION' },
      { kind: 'VERIFICATION_REJECTED', from_status: 'PENDING_VERIFICATION', to_status: 'OPEN' },
      { kind: 'RECTIFICATION_REPORTED', from_status: 'OPEN', to_status: 'PENDING_VERIFICATION' },
      { kind: 'VERIFICATION_PASSED', from_status: 'PENDING_VERIFICATION', to_status: 'CLOSED' },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'Hazard')
      .where('subject_id', '=', String(id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'reportRectification',
      'verifyRectification',
      'reportRectification',
      'verifyRectification',
    ]);
    const row = await hazardRow(id);
    expect(row.closed_at).not.toBeNull();
    await recordHistory(handle, 'hazardWorkflow--rejected-then-closed');
  });

  it('puts a hazard under an order on the 复查 clock: due 10 working days after its rectify-by date, brought forward by the application, reminded, escalated when late, ended with an 整改复查意见书', async () => {
    const t = env();
    const {
      hazardIds: [id],
    } = await hazardsFound(general(20));
    if (id === undefined) throw new Error('no hazard');
    const calendar = calendarOf(HOLIDAY_YEARS);
    const handle = t.client.workflow.getHandle(hazardWorkflowId(id));
    await handle.executeUpdate(reportRectification, { args: [{ actorId: null, measures: '已整改' }] });
    const reported = await hazardRow(id);
    if (!reported.reported_at) throw new Error('not reported');
    // Not 次日核查: the statutory 复查 period, counted from the rectify-by date, and kept on the row.
    const statutory = reinspectionDeadline(
      { rectifyBy: reported.rectify_by, reportedAt: reported.reported_at, requestedAt: null },
      REINSPECTION_POLICY,
      calendar,
    );
    expect((await handle.query(getHazardState)).verifyBy).toBe(statutory.toISOString());
    expect(reported.verify_by).toEqual(statutory);

    // The enterprise applies for 复查: due 10 working days from now, sooner than from the rectify-by date; once only.
    await handle.executeUpdate(requestReinspection, { args: [{ actorId: null }] });
    const applied = await hazardRow(id);
    if (!applied.reinspection_requested_at) throw new Error('no application recorded');
    const due = reinspectionDeadline(
      {
        rectifyBy: applied.rectify_by,
        reportedAt: reported.reported_at,
        requestedAt: applied.reinspection_requested_at,
      },
      REINSPECTION_POLICY,
      calendar,
    );
    expect(due.getTime()).toBeLessThan(statutory.getTime());
    expect((await handle.query(getHazardState)).verifyBy).toBe(due.toISOString());
    expect(applied.verify_by).toEqual(due);
    await expect(handle.executeUpdate(requestReinspection, { args: [{ actorId: null }] })).rejects.toThrow();

    // A day before it is due the unit is reminded; at the deadline, its head is pressed.
    await t.sleep(due.getTime() - (await t.now()).getTime() - 60_000);
    const kinds = async () =>
      (
        await t.db
          .selectFrom('notification')
          .select('kind')
          .where('subject_type', '=', 'Hazard')
          .where('subject_id', '=', id)
          .execute()
      ).map((n) => n.kind);
    expect(await kinds()).toEqual(expect.arrayContaining(['REINSPECTION_REQUESTED', 'REINSPECTION_DUE_SOON']));
    expect(await t.db.selectFrom('escalation').select('id').where('hazard_id', '=', id).execute()).toHaveLength(0);
    await t.sleep(2 * 60_000);
    expect(
      await t.db
        .selectFrom('escalation')
        .select(['level', 'raised_at', 'status'])
        .where('hazard_id', '=', id)
        .execute(),
    ).toEqual([{ level: 'REGULATOR_HEAD', raised_at: due, status: 'OPEN' }]);

    // The 复查 at last: closed, the escalation resolved, and the opinion issued under the order's number.
    await handle.executeUpdate(verifyRectification, {
      args: [{ actorId: null, passed: true, comment: null, newRectifyBy: null }],
    });
    expect(
      (await t.db.selectFrom('escalation').select('status').where('hazard_id', '=', id).execute()).map((e) => e.status),
    ).toEqual(['RESOLVED']);
    const documents = await t.db
      .selectFrom('document')
      .innerJoin('document_hazard', 'document_hazard.document_id', 'document.id')
      .select(['document.kind', 'document.number', 'document.body'])
      .where('document_hazard.hazard_id', '=', id)
      .orderBy('document.id')
      .execute();
    expect(documents.map((d) => d.kind)).toEqual(['RECTIFICATION_ORDER', 'REINSPECTION_OPINION']);
    expect(documents[1]?.body.paragraphs[0]).toContain(`${documents[0]?.number}《责令限期整改指令书》`);
    expect(documents[1]?.body.closing[0]).toContain('已整改完毕');
    await recordHistory(handle, 'hazardWorkflow--reinspection-under-order');
  });

  it('puts a major hazard under county listed supervision at once, then escalates to the leader when overdue', async () => {
    const t = env();
    const {
      hazardIds: [id],
      foundAt,
    } = await hazardsFound((now) => [
      {
        level: 'MAJOR',
        description: '主要负责人和安全生产管理人员未依法经考核合格',
        location: null,
        checklistItemId: null,
        rectifyBy: new Date(now.getTime() + 10 * DAY).toISOString(),
      },
    ]);
    if (id === undefined) throw new Error('no hazard');
    await t.sleep(60_000);
    const listed = await t.db
      .selectFrom('escalation')
      .select(['level', 'raised_at', 'addressee_org_id'])
      .where('hazard_id', '=', id)
      .execute();
    const county = (
      await t.db.selectFrom('org_unit').select('id').where('kind', '=', 'COUNTY_OFFICE').executeTakeFirstOrThrow()
    ).id;
    expect(listed).toEqual([{ level: 'COUNTY_OFFICE', raised_at: foundAt, addressee_org_id: county }]);
    const events = await t.db
      .selectFrom('hazard_event')
      .select('kind')
      .where('hazard_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual(['FOUND', 'LISTED_SUPERVISION']);

    // Overdue: the default ladder's rungs above the county office only (COUNTY_LEADER at +15 days).
    await t.sleep(26 * DAY);
    const ladder = await t.db
      .selectFrom('escalation')
      .select(['level', 'raised_at', 'addressee_user_id'])
      .where('hazard_id', '=', id)
      .orderBy('raised_at')
      .execute();
    expect(ladder.map((e) => [e.level, e.raised_at.getTime() - foundAt.getTime()])).toEqual([
      ['COUNTY_OFFICE', 0],
      ['COUNTY_LEADER', 25 * DAY],
    ]);
    const leader = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'leader')
      .executeTakeFirstOrThrow();
    expect(ladder[1]?.addressee_user_id).toBe(leader.id);
    await recordHistory(t.client.workflow.getHandle(hazardWorkflowId(id)), 'hazardWorkflow--major-listed');
  });

  it('lists a major hazard even when its rectification is reported in the same instant the workflow starts', async () => {
    const t = env();
    const now = await t.now();
    const enterprise = await t.db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id', 'township_id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const rectifyBy = new Date(now.getTime() + 10 * DAY);
    const hazard = await t.db
      .insertInto('hazard')
      .values({
        enterprise_id: enterprise.id,
        regulator_id: enterprise.regulator_id,
        township_id: enterprise.township_id,
        level: 'MAJOR',
        description: '涉爆粉尘作业场所未按规定设置泄爆装置',
        found_at: now,
        rectify_by: rectifyBy,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The report arrives with the start, so it is handled in the workflow's first activation.
    const reported = await t.client.workflow.executeUpdateWithStart(reportRectification, {
      args: [{ actorId: null, measures: '已设置泄爆片' }],
      startWorkflowOperation: new WithStartWorkflowOperation(hazardWorkflow, {
        workflowId: hazardWorkflowId(hazard.id),
        taskQueue: t.taskQueue,
        workflowIdConflictPolicy: 'FAIL',
        args: [
          {
            hazardId: hazard.id,
            level: 'MAJOR',
            foundAt: now.toISOString(),
            rectifyBy: rectifyBy.toISOString(),
            policy: DEFAULT_POLICY,
          },
        ],
      }),
    });
    expect(reported.status).toBe('PENDING_VERIFICATION');
    await t.sleep(60_000);
    const listed = await t.db
      .selectFrom('escalation')
      .select(['level', 'raised_at'])
      .where('hazard_id', '=', hazard.id)
      .execute();
    expect(listed).toEqual([{ level: 'COUNTY_OFFICE', raised_at: now }]);
    await recordHistory(
      t.client.workflow.getHandle(hazardWorkflowId(hazard.id)),
      'hazardWorkflow--report-before-listing',
    );
  });

  it('presses the county office first when a 督导 finding it verifies is not verified the next working day', async () => {
    const t = env();
    const now = await t.now();
    const enterprise = await t.db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id', 'township_id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const office = await t.db
      .selectFrom('org_unit')
      .select('id')
      .where('kind', '=', 'COUNTY_OFFICE')
      .executeTakeFirstOrThrow();
    const hazard = await t.db
      .insertInto('hazard')
      .values({
        enterprise_id: enterprise.id,
        regulator_id: enterprise.regulator_id,
        township_id: enterprise.township_id,
        verifier_org_id: office.id,
        level: 'GENERAL',
        description: '配电室未配备绝缘手套和绝缘垫',
        found_at: now,
        rectify_by: new Date(now.getTime() + 5 * DAY),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const reported = await t.client.workflow.executeUpdateWithStart(reportRectification, {
      args: [{ actorId: null, measures: '已配备绝缘手套、绝缘垫' }],
      startWorkflowOperation: new WithStartWorkflowOperation(hazardWorkflow, {
        workflowId: hazardWorkflowId(hazard.id),
        taskQueue: t.taskQueue,
        workflowIdConflictPolicy: 'FAIL',
        args: [
          {
            hazardId: hazard.id,
            level: 'GENERAL',
            foundAt: now.toISOString(),
            rectifyBy: new Date(now.getTime() + 5 * DAY).toISOString(),
            policy: { ...DEFAULT_POLICY, verifier: 'COUNTY_OFFICE' },
          },
        ],
      }),
    });
    expect(reported.status).toBe('PENDING_VERIFICATION');
    const verifyBy = verificationDeadline(now);
    // Past the next working day and the policy's longest step: the office, then only the rungs above it.
    await t.sleep(verifyBy.getTime() - now.getTime() + 16 * DAY);
    const ladder = await t.db
      .selectFrom('escalation')
      .select(['level', 'raised_at'])
      .where('hazard_id', '=', hazard.id)
      .orderBy('raised_at')
      .execute();
    expect(ladder.map((e) => e.level)).toEqual(['COUNTY_OFFICE', 'COUNTY_LEADER']);
    expect(ladder[0]?.raised_at).toEqual(verifyBy);
    // The office is told the report waits for it, not the unit that reported it.
    const told = await t.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('subject_type', '=', 'Hazard')
      .where('subject_id', '=', hazard.id)
      .where('kind', '=', 'RECTIFICATION_REPORTED')
      .execute();
    expect(told).toEqual([{ org_unit_id: office.id }]);
  });

  it('applies a repeated key once, refuses a rejection without a new deadline and a verification not awaited', async () => {
    const t = env();
    const {
      hazardIds: [id],
    } = await hazardsFound(general(10));
    if (id === undefined) throw new Error('no hazard');
    const handle = t.client.workflow.getHandle(hazardWorkflowId(id));
    // The same key twice is applied once.
    const first = await handle.executeUpdate(reportRectification, {
      args: [{ actorId: null, measures: '已整改' }],
      updateId: 'same-key',
    });
    const repeat = await handle.executeUpdate(reportRectification, {
      args: [{ actorId: null, measures: '已整改' }],
      updateId: 'same-key',
    });
    expect(repeat).toEqual(first);
    await handle.executeUpdate(verifyRectification, {
      args: [
        {
          actorId: null,
          passed: false,
          comment: '不合格',
          newRectifyBy: new Date((await t.now()).getTime() + DAY).toISOString(),
        },
      ],
    });
    await expect(
      handle.executeUpdate(verifyRectification, {
        args: [{ actorId: null, passed: true, comment: null, newRectifyBy: null }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/不是待核查状态/) } });
    await handle.executeUpdate(reportRectification, { args: [{ actorId: null, measures: '已整改' }] });
    await expect(
      handle.executeUpdate(verifyRectification, {
        args: [{ actorId: null, passed: false, comment: '不合格', newRectifyBy: null }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/新整改期限/) } });
    const events = await t.db
      .selectFrom('hazard_event')
      .select('kind')
      .where('hazard_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.kind)).toEqual([
      'FOUND',
      'RECTIFICATION_REPORTED',
      'VERIFICATION_REJECTED',
      'RECTIFICATION_REPORTED',
    ]);
    expect((await hazardRow(id)).status).toBe('PENDING_VERIFICATION');
  });

  it('sends a verified major hazard to the county office, which returns it once and then signs it off (销号审核)', async () => {
    const t = env();
    const {
      hazardIds: [id],
    } = await hazardsFound((now) => [
      {
        level: 'MAJOR',
        description: '尾矿库排洪设施不满足设计要求',
        location: '1号尾矿库',
        checklistItemId: null,
        rectifyBy: new Date(now.getTime() + 10 * DAY).toISOString(),
      },
    ]);
    if (id === undefined) throw new Error('no hazard');
    const people = async (username: string) =>
      (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const [reporter, verifier, office] = [
      await people('emergency.staff'),
      await people('emergency.head'),
      await people('admin'),
    ];
    const handle = t.client.workflow.getHandle(hazardWorkflowId(id));
    const fiveItems = {
      responsible: '张矿长',
      funds: 120000,
      completedAt: (await t.now()).toISOString(),
      contingencyPlan: '汛期专人值守',
    };
    await handle.executeUpdate(reportRectification, {
      args: [{ actorId: reporter, measures: '加高排洪沟', ...fiveItems }],
    });
    // The reporter may not verify the report.
    await expect(
      handle.executeUpdate(verifyRectification, {
        args: [{ actorId: reporter, passed: true, comment: null, newRectifyBy: null }],
      }),
    ).rejects.toMatchObject({ cause: { type: 'FORBIDDEN' } });
    const verified = await handle.executeUpdate(verifyRectification, {
      args: [{ actorId: verifier, passed: true, comment: '现场核查到位', newRectifyBy: null }],
    });
    expect(verified.status).toBe('PENDING_SIGN_OFF');
    expect((await hazardRow(id)).status).toBe('PENDING_SIGN_OFF');
    // Nobody verifies twice, and a sign-off is refused where none is awaited.
    await expect(
      handle.executeUpdate(verifyRectification, {
        args: [{ actorId: verifier, passed: true, comment: null, newRectifyBy: null }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/不是待核查状态/) } });
    await expect(
      handle.executeUpdate(signOffHazard, {
        args: [{ actorId: office, approved: false, comment: '资金凭证不全', newRectifyBy: null }],
      }),
    ).rejects.toMatchObject({ cause: { message: expect.stringMatching(/新整改期限/) } });

    const newRectifyBy = new Date((await t.now()).getTime() + 7 * DAY).toISOString();
    const returned = await handle.executeUpdate(signOffHazard, {
      args: [{ actorId: office, approved: false, comment: '资金凭证不全，补充后再报', newRectifyBy }],
    });
    expect(returned).toMatchObject({ status: 'OPEN', rectifyBy: newRectifyBy, cycle: 1 });

    await handle.executeUpdate(reportRectification, {
      args: [{ actorId: reporter, measures: '补充资金凭证，加高排洪沟', ...fiveItems }],
    });
    await handle.executeUpdate(verifyRectification, {
      args: [{ actorId: verifier, passed: true, comment: '复核到位', newRectifyBy: null }],
    });
    const closed = await handle.executeUpdate(signOffHazard, {
      args: [{ actorId: office, approved: true, comment: '同意销号', newRectifyBy: null }],
    });
    expect(closed.status).toBe('CLOSED');
    expect(await t.result(handle)).toMatchObject({ status: 'CLOSED' });

    const row = await hazardRow(id);
    expect(row).toMatchObject({ status: 'CLOSED', reported_by: reporter, reported_on_behalf: true });
    expect(row.signed_off_at).toEqual(row.closed_at);
    const events = await t.db
      .selectFrom('hazard_event')
      .select(['kind', 'to_status', 'actor_id'])
      .where('hazard_id', '=', id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.kind, e.to_status])).toEqual([
      ['FOUND', 'OPEN'],
      ['LISTED_SUPERVISION', 'OPEN'],
      ['RECTIFICATION_REPORTED', 'PENDING_VERIFICATION'],
      ['VERIFICATION_PASSED', 'PENDING_SIGN_OFF'],
      ['SIGN_OFF_RETURNED', 'OPEN'],
      ['RECTIFICATION_REPORTED', 'PENDING_VERIFICATION'],
      ['VERIFICATION_PASSED', 'PENDING_SIGN_OFF'],
      ['SIGNED_OFF', 'CLOSED'],
    ]);
    // Three different people took the steps of each cycle.
    expect(new Set(events.filter((e) => e.actor_id !== null).map((e) => e.actor_id))).toEqual(
      new Set([reporter, verifier, office]),
    );
    // The county's listed supervision is resolved with the sign-off, not before.
    expect(
      (await t.db.selectFrom('escalation').select('status').where('hazard_id', '=', id).execute()).map((e) => e.status),
    ).toEqual(['RESOLVED']);
    await recordHistory(handle, 'hazardWorkflow--major-returned-then-signed-off');
  });
});
