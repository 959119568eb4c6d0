// gradingWorkflow and listingWorkflow on the time-skipping server with the real activities. A grading run as the
// quarterly Schedule starts it grades the register in pages into one READY proposal (every enterprise once, the office
// told); a black-listing reminds thirty days before its end and ends on time by itself.
import { describe, expect, it } from 'vitest';
import { DEFAULT_GRADING_RULES, gradingWindowStart, lastQuarterEnd } from '../../domain/grading';
import { listingReminderAt } from '../../domain/lists';
import type {
  GradingWorkflowInput,
  GradingWorkflowResult,
  ListingState,
  ListingWorkflowInput,
} from '../../workflows/messages';
import { recordHistory } from '../support/histories';
import { useWorkflowTestEnv } from '../support/workflow-env';

const env = useWorkflowTestEnv();
const DAY = 86_400_000;

describe('gradingWorkflow', () => {
  it('opens the quarter’s proposal as its schedule runs it, grades every enterprise in pages and marks it ready', async () => {
    const t = env();
    const now = await t.now();
    const enterprises = await t.db.selectFrom('enterprise').select('id').where('status', '<>', 'CLOSED').execute();
    const input: GradingWorkflowInput = { pageSize: 7 };
    const handle = await t.client.workflow.start('gradingWorkflow', {
      workflowId: 'grading-quarterly-test',
      taskQueue: t.taskQueue,
      args: [input],
    });
    const result = (await handle.result()) as GradingWorkflowResult;
    await recordHistory(handle, 'gradingWorkflow--scheduled-in-pages');
    expect(result.graded).toBe(enterprises.length);
    const history = await handle.fetchHistory();
    const pages = (history.events ?? []).filter(
      (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'gradeEnterprisesPage',
    );
    expect(pages.length).toBe(Math.floor(enterprises.length / 7) + 1);

    const proposal = await t.db
      .selectFrom('grading_proposal')
      .selectAll()
      .where('id', '=', result.proposalId ?? 0)
      .executeTakeFirstOrThrow();
    const periodEnd = lastQuarterEnd(now);
    // The rules in force: version 2, the shipped rules with 回头看's false rectifications (migration 0029).
    expect(proposal).toMatchObject({ status: 'READY', graded: enterprises.length, rule_set_version: 2 });
    expect(proposal.period_end.toISOString()).toBe(periodEnd.toISOString());
    expect(proposal.window_start.toISOString()).toBe(
      gradingWindowStart(periodEnd, DEFAULT_GRADING_RULES).toISOString(),
    );
    const items = await t.db
      .selectFrom('grading_proposal_item')
      .select(['enterprise_id', 'proposed_grade', 'reasons'])
      .where('proposal_id', '=', proposal.id)
      .execute();
    expect(new Set(items.map((i) => i.enterprise_id))).toEqual(new Set(enterprises.map((e) => e.id)));
    // Nobody in this county has been inspected: nobody is graded 好 on no record.
    expect(items.every((i) => i.proposed_grade !== 'GOOD')).toBe(true);
    const notice = await t.db
      .selectFrom('notification')
      .select(['kind', 'title'])
      .where('subject_type', '=', 'GradingProposal')
      .where('subject_id', '=', proposal.id)
      .execute();
    expect(notice).toEqual([{ kind: 'GRADING_READY', title: '企业分级评定方案待审核' }]);

    // Run again for the same quarter while that one awaits review: a new proposal supersedes it.
    const again = (await t.client.workflow.execute('gradingWorkflow', {
      workflowId: 'grading-quarterly-test-2',
      taskQueue: t.taskQueue,
      args: [input],
    })) as GradingWorkflowResult;
    const statuses = await t.db.selectFrom('grading_proposal').select(['id', 'status']).orderBy('id').execute();
    expect(statuses).toEqual([
      { id: proposal.id, status: 'SUPERSEDED' },
      { id: again.proposalId, status: 'READY' },
    ]);
  });
});

describe('listingWorkflow', () => {
  it('reminds thirty days before a black-listing ends and ends it on time', async () => {
    const t = env();
    const now = await t.now();
    const enterprise = await t.db
      .selectFrom('enterprise')
      .select(['id', 'regulator_id'])
      .where('list_status', '=', 'NONE')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const endsAt = new Date(now.getTime() + 200 * DAY);
    const entry = await t.db
      .insertInto('list_entry')
      .values({
        enterprise_id: enterprise.id,
        list: 'BLACK',
        ground: 'REFUSED_INSPECTION',
        evidence: '拒绝检查，有现场笔录',
        starts_at: now,
        ends_at: endsAt,
        decided_by: t.admin.id,
        decided_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db.updateTable('enterprise').set({ list_status: 'BLACK' }).where('id', '=', enterprise.id).execute();
    const remindAt = listingReminderAt(endsAt, now);
    const input: ListingWorkflowInput = {
      entryId: entry.id,
      endsAt: endsAt.toISOString(),
      remindAt: remindAt?.toISOString() ?? null,
    };
    const handle = await t.client.workflow.start('listingWorkflow', {
      workflowId: `listing-${entry.id}`,
      taskQueue: t.taskQueue,
      args: [input],
    });
    const state = (await t.result(handle)) as ListingState;
    await recordHistory(handle, 'listingWorkflow--expired');
    expect(state).toEqual({ entryId: entry.id, status: 'EXPIRED', reminded: true });

    const row = await t.db.selectFrom('list_entry').selectAll().where('id', '=', entry.id).executeTakeFirstOrThrow();
    expect(row.status).toBe('EXPIRED');
    expect(row.reminded_at?.getTime()).toBeGreaterThanOrEqual(remindAt?.getTime() ?? Infinity);
    expect(row.reminded_at?.getTime()).toBeLessThan(endsAt.getTime());
    expect(row.ended_at?.getTime()).toBeGreaterThanOrEqual(endsAt.getTime());
    expect(row.ended_at?.getTime()).toBeLessThan(endsAt.getTime() + DAY);
    const after = await t.db
      .selectFrom('enterprise')
      .select('list_status')
      .where('id', '=', enterprise.id)
      .executeTakeFirstOrThrow();
    expect(after.list_status).toBe('NONE');
    const notices = await t.db
      .selectFrom('notification')
      .select(['kind', 'org_unit_id', 'enterprise_id'])
      .where('subject_type', '=', 'ListEntry')
      .where('subject_id', '=', entry.id)
      .orderBy('id')
      .execute();
    const kinds = notices.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'BLACK_LISTED')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'LISTING_ENDS_SOON')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'LISTING_ENDED')).toHaveLength(3);
    expect(notices.some((n) => n.org_unit_id === enterprise.regulator_id)).toBe(true);
    expect(notices.some((n) => n.enterprise_id === enterprise.id)).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('subject_type', '=', 'ListEntry')
      .where('subject_id', '=', String(entry.id))
      .execute();
    expect(audit).toEqual([{ action: 'expireListing', actor_id: null }]);
  });
});
