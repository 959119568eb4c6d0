// 行政处罚案件 on the time-skipping server (issue 19 §3): a case run from 立案 to 归档 through every step, each in its
// order; the party's windows counted in working days close and refuse what comes after them; the handlers are told
// the review may begin; a decision not served within 7 working days is overdue to the unit; each step's document.
import { describe, expect, it } from 'vitest';
import { calendarOf } from '../../domain/calendar';
import { hearingDueAt, serviceDueAt } from '../../domain/cases';
import { HOLIDAY_YEARS } from '../../domain/holidays';
import { enforcementCaseWorkflow } from '../../workflows/enforcement-case';
import {
  advanceCase,
  enforcementCaseWorkflowId,
  type AdvanceCaseInput,
  type CaseWorkflowInput,
} from '../../workflows/messages';
import { insertHazardRow } from '../support/hazard-rows';
import { recordHistory } from '../support/histories';
import { useWorkflowTestEnv } from '../support/workflow-env';

const DAY = 86_400_000;
const env = useWorkflowTestEnv();

/** The sentence an Update was refused with (its validator's or its step's). */
async function refusalOf(update: Promise<unknown>): Promise<string> {
  try {
    await update;
  } catch (error) {
    return error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  }
  throw new Error('the update was not refused');
}

describe('enforcementCaseWorkflow', () => {
  it('runs a case from 立案 to 归档: every step in order, the windows closing on the working-day calendar, an overdue service pressed', async () => {
    const t = env();
    const now = await t.now();
    const calendar = calendarOf(HOLIDAY_YEARS);
    const enterprise = await t.db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id', 'township_id'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const people = await t.db
      .selectFrom('app_user')
      .select(['id', 'role'])
      .where('org_unit_id', '=', enterprise.regulator_id)
      .orderBy('id')
      .execute();
    const handlers = people.filter((p) => p.role === 'REGULATOR_STAFF' || p.role === 'REGULATOR_HEAD').slice(0, 2);
    const head = people.find((p) => p.role === 'REGULATOR_HEAD' && !handlers.some((h) => h.id === p.id));
    const hazardId = await insertHazardRow(t.db, {
      enterprise,
      status: 'OPEN',
      foundAt: now,
      rectifyBy: new Date(now.getTime() + 5 * DAY),
    });
    const { id: caseId } = await t.db
      .insertInto('enforcement_case')
      .values({
        unit_id: enterprise.regulator_id,
        enterprise_id: enterprise.id,
        hazard_id: hazardId,
        violation: '未按照规定对重大危险源进行定期检测、评估',
        legal_basis: '《中华人民共和国安全生产法》第四十条第一款',
        handler_ids: handlers.map((h) => h.id),
        filed_at: now,
        decision_due_at: new Date(now.getTime() + 90 * DAY),
        workflow_id: `case-pending-${now.getTime()}`,
        created_by: handlers[0]?.id ?? 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('enforcement_case')
      .set({ workflow_id: enforcementCaseWorkflowId(caseId) })
      .where('id', '=', caseId)
      .execute();
    const input: CaseWorkflowInput = {
      caseId,
      filedAt: now.toISOString(),
      handlerIds: handlers.map((h) => h.id),
      calendar: [...HOLIDAY_YEARS],
    };
    const handle = await t.client.workflow.start(enforcementCaseWorkflow, {
      workflowId: enforcementCaseWorkflowId(caseId),
      taskQueue: t.taskQueue,
      args: [input],
    });
    const by = handlers[0]?.id ?? null;
    const step = (action: AdvanceCaseInput['action'], extra: Partial<AdvanceCaseInput> = {}) =>
      handle.executeUpdate(advanceCase, {
        args: [{ action, note: `${action} 办理情况`, penaltyYuan: null, archiveNumber: null, actorId: by, ...extra }],
      });

    // Out of order: no notice before the investigation ends.
    expect(await refusalOf(step('NOTIFY', { penaltyYuan: 30_000 }))).toMatch(/不能/);
    expect((await step('INVESTIGATE')).status).toBe('INVESTIGATED');
    const notified = await step('NOTIFY', { penaltyYuan: 30_000 });
    expect(notified.status).toBe('NOTIFIED');
    const notifiedAt = new Date(notified.notifiedAt ?? '');
    const windowsClose = hearingDueAt(notifiedAt, calendar);
    // Within the windows the review waits.
    expect(await refusalOf(step('REVIEW', { actorId: head?.id ?? null }))).toMatch(/期间不能进行法制审核/);

    // The windows close (5 working days, across a weekend): the handlers are told; a late statement or hearing
    // request is refused.
    await t.sleep(windowsClose.getTime() - (await t.now()).getTime() + 60_000);
    const told = await t.db
      .selectFrom('notification')
      .select(['kind', 'user_id'])
      .where('subject_type', '=', 'EnforcementCase')
      .where('subject_id', '=', caseId)
      .where('kind', '=', 'CASE_WINDOWS_CLOSED')
      .execute();
    expect(told.map((n) => n.user_id).sort()).toEqual(handlers.map((h) => h.id).sort());
    expect(await refusalOf(step('RECORD_STATEMENT'))).toMatch(/陈述申辩期限已于/);
    expect(await refusalOf(step('REQUEST_HEARING'))).toMatch(/听证申请期限已于/);

    expect((await step('REVIEW', { actorId: head?.id ?? null })).status).toBe('REVIEWED');
    const decided = await step('DECIDE', { penaltyYuan: 30_000, actorId: head?.id ?? null });
    expect(decided.status).toBe('DECIDED');

    // Not served within 7 working days: overdue, told to the handlers and the unit.
    const serviceDue = serviceDueAt(new Date(decided.decidedAt ?? ''), calendar);
    await t.sleep(serviceDue.getTime() - (await t.now()).getTime() + 60_000);
    const overdue = await t.db
      .selectFrom('enforcement_case_event')
      .select('action')
      .where('case_id', '=', caseId)
      .where('action', '=', 'OVERDUE')
      .execute();
    expect(overdue).toHaveLength(1);
    const unitTold = await t.db
      .selectFrom('notification')
      .select('org_unit_id')
      .where('subject_id', '=', caseId)
      .where('kind', '=', 'CASE_OVERDUE')
      .where('org_unit_id', 'is not', null)
      .execute();
    expect(unitTold).toEqual([{ org_unit_id: enterprise.regulator_id }]);

    expect((await step('SERVE')).status).toBe('SERVED');
    expect((await step('EXECUTE')).status).toBe('EXECUTED');
    expect((await step('CLOSE', { actorId: head?.id ?? null })).status).toBe('CLOSED');
    expect((await step('ARCHIVE', { archiveNumber: 'WS-2026-001' })).status).toBe('ARCHIVED');
    expect((await handle.result()).status).toBe('ARCHIVED');

    const row = await t.db
      .selectFrom('enforcement_case')
      .selectAll()
      .where('id', '=', caseId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'ARCHIVED', archive_number: 'WS-2026-001' });
    expect(Number(row.penalty)).toBe(30_000);
    expect(row.hearing_due_at).toEqual(windowsClose);
    const documents = await t.db
      .selectFrom('document')
      .select('kind')
      .where('subject_type', '=', 'EnforcementCase')
      .where('subject_id', '=', caseId)
      .orderBy('id')
      .execute();
    expect(documents.map((d) => d.kind)).toEqual(['PENALTY_NOTICE', 'PENALTY_DECISION', 'CASE_CLOSING']);
    const steps = await t.db
      .selectFrom('enforcement_case_event')
      .select('action')
      .where('case_id', '=', caseId)
      .where('action', 'not in', ['REMINDED', 'OVERDUE'])
      .orderBy('at')
      .orderBy('id')
      .execute();
    expect(steps.map((s) => s.action)).toEqual([
      'INVESTIGATE',
      'NOTIFY',
      'REVIEW',
      'DECIDE',
      'SERVE',
      'EXECUTE',
      'CLOSE',
      'ARCHIVE',
    ]);
    await recordHistory(handle, 'enforcementCaseWorkflow--filed-to-archived');
  });
});
