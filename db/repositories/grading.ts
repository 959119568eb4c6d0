// 分级分类 (migration 0021): the rule sets, the proposals a grading run writes, their items, publication into the
// history (enterprise_grade) and the register, and the records the grades are computed from.
import { sql, type Kysely } from 'kysely';
import type { GradingRecord } from '../../domain/grading';
import type { Grade, ListStatus } from '../../domain/types';
import type { DB, GradingProposalStatus } from '../schema';
import { countOf, escapeLike, type Page } from './queries';

export interface GradingItemFilter {
  /** Only items whose grade (as overridden) differs from the enterprise's grade before. */
  changedOnly?: boolean | null;
  grade?: Grade | null;
  previousGrade?: Grade | null;
  overridden?: boolean | null;
  /** Part of the enterprise's name or its credit code. */
  search?: string | null;
}

const effectiveGrade = sql<Grade>`coalesce(grading_proposal_item.override_grade, grading_proposal_item.proposed_grade)`;

const items = (db: Kysely<DB>, proposalId: number, filter: GradingItemFilter) => {
  let query = db
    .selectFrom('grading_proposal_item')
    .innerJoin('enterprise', 'enterprise.id', 'grading_proposal_item.enterprise_id')
    .where('grading_proposal_item.proposal_id', '=', proposalId);
  if (filter.changedOnly) query = query.where(sql<boolean>`${effectiveGrade} <> grading_proposal_item.previous_grade`);
  if (filter.grade) query = query.where(sql<boolean>`${effectiveGrade} = ${filter.grade}`);
  if (filter.previousGrade) query = query.where('grading_proposal_item.previous_grade', '=', filter.previousGrade);
  if (filter.overridden === true) query = query.where('grading_proposal_item.override_grade', 'is not', null);
  if (filter.overridden === false) query = query.where('grading_proposal_item.override_grade', 'is', null);
  if (filter.search) {
    const like = `%${escapeLike(filter.search)}%`;
    query = query.where((eb) => eb.or([eb('enterprise.name', 'like', like), eb('enterprise.uscc', 'like', like)]));
  }
  return query;
};

export function createGradingRepository(db: Kysely<DB>) {
  return {
    /** The rule set in force: the latest version. */
    currentRules: () =>
      db.selectFrom('grading_rule_set').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow(),

    ruleSet: (version: number) =>
      db.selectFrom('grading_rule_set').selectAll().where('version', '=', version).executeTakeFirstOrThrow(),

    ruleSets: () => db.selectFrom('grading_rule_set').selectAll().orderBy('version', 'desc').execute(),

    insertRuleSet: (row: { rules: unknown; note: string | null; createdBy: number }) =>
      db
        .insertInto('grading_rule_set')
        .values({ rules: JSON.stringify(row.rules), note: row.note, created_by: row.createdBy })
        .returningAll()
        .executeTakeFirstOrThrow(),

    proposal: (id: number) => db.selectFrom('grading_proposal').selectAll().where('id', '=', id).executeTakeFirst(),

    lockProposal: (id: number) =>
      db.selectFrom('grading_proposal').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    proposals: (page: Page) =>
      db
        .selectFrom('grading_proposal')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    proposalCount: () => countOf(db.selectFrom('grading_proposal')),

    /** The period's proposals that are not superseded: at most one RUNNING and one PUBLISHED (unique indexes). */
    proposalsOfPeriod: (periodEnd: Date) =>
      db
        .selectFrom('grading_proposal')
        .selectAll()
        .where('period_end', '=', periodEnd)
        .where('status', '<>', 'SUPERSEDED')
        .execute(),

    latestPublished: () =>
      db
        .selectFrom('grading_proposal')
        .selectAll()
        .where('status', '=', 'PUBLISHED')
        .orderBy('period_end', 'desc')
        .limit(1)
        .executeTakeFirst(),

    insertProposal: (row: { periodEnd: Date; windowStart: Date; ruleSetVersion: number; startedBy: number | null }) =>
      db
        .insertInto('grading_proposal')
        .values({
          period_end: row.periodEnd,
          window_start: row.windowStart,
          rule_set_version: row.ruleSetVersion,
          started_by: row.startedBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),

    setStatus: (id: number, from: GradingProposalStatus[], to: GradingProposalStatus, at: Date, by: number | null) =>
      db
        .updateTable('grading_proposal')
        .set({
          status: to,
          ...(to === 'READY' ? { ready_at: at } : {}),
          ...(to === 'PUBLISHED' ? { published_at: at, published_by: by } : {}),
        })
        .where('id', '=', id)
        .where('status', 'in', from)
        .returningAll()
        .executeTakeFirst(),

    /** Earlier READY proposals of the same period give way to a newer one. */
    supersedeReady: (periodEnd: Date, exceptId: number) =>
      db
        .updateTable('grading_proposal')
        .set({ status: 'SUPERSEDED' })
        .where('period_end', '=', periodEnd)
        .where('status', '=', 'READY')
        .where('id', '<>', exceptId)
        .execute(),

    /** Counts the items written so far (a page's work is in them). */
    countItems: async (proposalId: number) => {
      const n = await countOf(db.selectFrom('grading_proposal_item').where('proposal_id', '=', proposalId));
      await db.updateTable('grading_proposal').set({ graded: n }).where('id', '=', proposalId).execute();
      return n;
    },

    /**
     * A page of the register's records over the window [windowStart, periodEnd): enterprises after `afterId` that are
     * not 注销, in id order, each with its counts, its black-listing at the period's end and its published grades.
     */
    recordsPage: async (input: { windowStart: Date; periodEnd: Date; afterId: number; limit: number }) => {
      const { windowStart: from, periodEnd: to } = input;
      const rows = await sql<{
        id: number;
        grade: Grade;
        list_status: ListStatus;
        inspections: number;
        inspection_hazards: number;
        major_hazards: number;
        overdue_rectifications: number;
        rejected_verifications: number;
        missed_self_checks: number;
        confirmed_tips: number;
        black_list_events: number;
        false_rectifications: number;
        black_listed: boolean;
        previous_grades: Grade[];
      }>`
        select e.id, e.grade, e.list_status,
          (select count(*)::int from inspection i
            where i.enterprise_id = e.id and i.inspected_at >= ${from} and i.inspected_at < ${to}) as inspections,
          (select count(*)::int from hazard h where h.enterprise_id = e.id and h.source = 'INSPECTION'
            and h.found_at >= ${from} and h.found_at < ${to}) as inspection_hazards,
          (select count(*)::int from hazard h where h.enterprise_id = e.id and h.level = 'MAJOR'
            and h.found_at >= ${from} and h.found_at < ${to}) as major_hazards,
          (select count(distinct x.hazard_id)::int from escalation x join hazard h on h.id = x.hazard_id
            where h.enterprise_id = e.id and x.raised_at >= ${from} and x.raised_at < ${to}
              and x.rung_key ~ ':c[0-9]+:r[0-9]+$') as overdue_rectifications,
          (select count(*)::int from hazard_event v join hazard h on h.id = v.hazard_id
            where h.enterprise_id = e.id and v.kind = 'VERIFICATION_REJECTED'
              and v.at >= ${from} and v.at < ${to}) as rejected_verifications,
          (select count(*)::int from task t where t.enterprise_id = e.id and t.kind = 'SELF_CHECK'
            and t.due_at >= ${from} and t.due_at < ${to} and t.cancelled_at is null
            and (t.done_at is null or t.done_at > t.due_at)) as missed_self_checks,
          (select count(distinct h.inspection_id)::int from hazard h where h.enterprise_id = e.id and h.source = 'TIP'
            and h.found_at >= ${from} and h.found_at < ${to}) as confirmed_tips,
          (select count(*)::int from list_entry l where l.enterprise_id = e.id and l.list = 'BLACK'
            and l.decided_at >= ${from} and l.decided_at < ${to}) as black_list_events,
          (select count(*)::int from look_back_item lb join hazard h on h.id = lb.hazard_id
            where h.enterprise_id = e.id and lb.outcome = 'NOT_RECTIFIED'
              and lb.judged_at >= ${from} and lb.judged_at < ${to}) as false_rectifications,
          exists (select 1 from list_entry l where l.enterprise_id = e.id and l.list = 'BLACK'
            and l.starts_at < ${to} and coalesce(l.ended_at, 'infinity') > ${to}) as black_listed,
          array(select g.grade from enterprise_grade g where g.enterprise_id = e.id and g.period_end < ${to}
            order by g.period_end desc limit 8) as previous_grades
        from enterprise e
        where e.id > ${input.afterId} and e.status <> 'CLOSED'
        order by e.id
        limit ${input.limit}`.execute(db);
      return rows.rows.map((r) => ({
        grade: r.grade,
        listStatus: r.list_status,
        record: {
          enterpriseId: r.id,
          inspections: r.inspections,
          inspectionHazards: r.inspection_hazards,
          majorHazards: r.major_hazards,
          overdueRectifications: r.overdue_rectifications,
          rejectedVerifications: r.rejected_verifications,
          missedSelfChecks: r.missed_self_checks,
          confirmedTips: r.confirmed_tips,
          blackListEvents: r.black_list_events,
          falseRectifications: r.false_rectifications,
          blackListed: r.black_listed,
          previousGrades: r.previous_grades,
        } satisfies GradingRecord,
      }));
    },

    /** Writes a page of items; a rerun of the page (a retried activity) overwrites them with the same values. */
    upsertItems: async (
      rows: {
        proposalId: number;
        enterpriseId: number;
        score: number;
        indicators: unknown;
        reasons: string[];
        previousGrade: Grade;
        proposedGrade: Grade;
        redRecord: boolean;
        previousListStatus: ListStatus;
      }[],
    ) => {
      if (rows.length === 0) return;
      await db
        .insertInto('grading_proposal_item')
        .values(
          rows.map((r) => ({
            proposal_id: r.proposalId,
            enterprise_id: r.enterpriseId,
            score: r.score,
            indicators: JSON.stringify(r.indicators),
            reasons: JSON.stringify(r.reasons),
            previous_grade: r.previousGrade,
            proposed_grade: r.proposedGrade,
            red_record: r.redRecord,
            previous_list_status: r.previousListStatus,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['proposal_id', 'enterprise_id']).doUpdateSet((eb) => ({
            score: eb.ref('excluded.score'),
            indicators: eb.ref('excluded.indicators'),
            reasons: eb.ref('excluded.reasons'),
            previous_grade: eb.ref('excluded.previous_grade'),
            proposed_grade: eb.ref('excluded.proposed_grade'),
            red_record: eb.ref('excluded.red_record'),
            previous_list_status: eb.ref('excluded.previous_list_status'),
          })),
        )
        .execute();
    },

    items: (proposalId: number, filter: GradingItemFilter, page: Page) =>
      items(db, proposalId, filter)
        .selectAll('grading_proposal_item')
        .orderBy(sql`case when ${effectiveGrade} <> grading_proposal_item.previous_grade then 0 else 1 end`)
        .orderBy('grading_proposal_item.score')
        .orderBy('grading_proposal_item.enterprise_id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    itemCount: (proposalId: number, filter: GradingItemFilter) => countOf(items(db, proposalId, filter)),

    item: (proposalId: number, enterpriseId: number) =>
      db
        .selectFrom('grading_proposal_item')
        .selectAll()
        .where('proposal_id', '=', proposalId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst(),

    /** The grades before and as proposed (overrides counted), and how many change. */
    distribution: async (proposalId: number) => {
      const row = await sql<{
        before_good: number;
        before_fair: number;
        before_poor: number;
        after_good: number;
        after_fair: number;
        after_poor: number;
        changed: number;
        overridden: number;
        red: number;
      }>`
        select
          count(*) filter (where previous_grade = 'GOOD')::int as before_good,
          count(*) filter (where previous_grade = 'FAIR')::int as before_fair,
          count(*) filter (where previous_grade = 'POOR')::int as before_poor,
          count(*) filter (where coalesce(override_grade, proposed_grade) = 'GOOD')::int as after_good,
          count(*) filter (where coalesce(override_grade, proposed_grade) = 'FAIR')::int as after_fair,
          count(*) filter (where coalesce(override_grade, proposed_grade) = 'POOR')::int as after_poor,
          count(*) filter (where coalesce(override_grade, proposed_grade) <> previous_grade)::int as changed,
          count(*) filter (where override_grade is not null)::int as overridden,
          count(*) filter (where coalesce(override_grade, proposed_grade) = 'GOOD' and red_record
            and previous_list_status <> 'BLACK')::int as red
        from grading_proposal_item where proposal_id = ${proposalId}`.execute(db);
      const r = row.rows[0];
      if (!r) throw new Error('count without a row');
      return {
        before: { GOOD: r.before_good, FAIR: r.before_fair, POOR: r.before_poor },
        after: { GOOD: r.after_good, FAIR: r.after_fair, POOR: r.after_poor },
        changed: r.changed,
        overridden: r.overridden,
        red: r.red,
      };
    },

    setOverride: (
      proposalId: number,
      enterpriseId: number,
      override: { grade: Grade | null; reason: string | null; by: number | null; at: Date | null },
    ) =>
      db
        .updateTable('grading_proposal_item')
        .set({
          override_grade: override.grade,
          override_reason: override.reason,
          overridden_by: override.by,
          overridden_at: override.at,
        })
        .where('proposal_id', '=', proposalId)
        .where('enterprise_id', '=', enterpriseId)
        .returningAll()
        .executeTakeFirstOrThrow(),

    /**
     * Publication: every item becomes a history row (never overwritten: a period already published for an
     * enterprise keeps its row) and the register's grade; the enterprise ids whose grade changed.
     */
    publishItems: async (proposalId: number, periodEnd: Date, at: Date) => {
      await sql`
        insert into enterprise_grade
          (enterprise_id, period_end, proposal_id, grade, proposed_grade, score, indicators, reasons, override_reason,
           published_at)
        select enterprise_id, ${periodEnd}, proposal_id, coalesce(override_grade, proposed_grade), proposed_grade, score,
          indicators, reasons, override_reason, ${at}
        from grading_proposal_item where proposal_id = ${proposalId}
        on conflict (enterprise_id, period_end) do nothing`.execute(db);
      const changed = await sql<{ id: number }>`
        update enterprise e set grade = coalesce(i.override_grade, i.proposed_grade), updated_at = now()
        from grading_proposal_item i
        where i.proposal_id = ${proposalId} and i.enterprise_id = e.id
          and e.grade <> coalesce(i.override_grade, i.proposed_grade)
        returning e.id`.execute(db);
      return changed.rows.map((r) => r.id);
    },

    /** 分级分类 figures: the register's grades now, and the grades of the last two published periods. */
    figures: async () => {
      const counts = (rows: { grade: Grade; n: number }[]): Record<Grade, number> => ({
        GOOD: rows.find((r) => r.grade === 'GOOD')?.n ?? 0,
        FAIR: rows.find((r) => r.grade === 'FAIR')?.n ?? 0,
        POOR: rows.find((r) => r.grade === 'POOR')?.n ?? 0,
      });
      const current = await db
        .selectFrom('enterprise')
        .select(['grade', sql<number>`count(*)::int`.as('n')])
        .where('status', '<>', 'CLOSED')
        .groupBy('grade')
        .execute();
      const published = await db
        .selectFrom('grading_proposal')
        .select(['id', 'period_end', 'published_at'])
        .where('status', '=', 'PUBLISHED')
        .orderBy('period_end', 'desc')
        .limit(2)
        .execute();
      const periods = await Promise.all(
        published.map(async (p) => ({
          periodEnd: p.period_end,
          publishedAt: p.published_at,
          grades: counts(
            await db
              .selectFrom('enterprise_grade')
              .select(['grade', sql<number>`count(*)::int`.as('n')])
              .where('proposal_id', '=', p.id)
              .groupBy('grade')
              .execute(),
          ),
        })),
      );
      return { current: counts(current), lastPublished: periods[0] ?? null, previousPublished: periods[1] ?? null };
    },

    /** An enterprise's published grades, newest first. */
    history: (enterpriseId: number) =>
      db
        .selectFrom('enterprise_grade')
        .selectAll()
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('period_end', 'desc')
        .execute(),

    historyOf: (enterpriseIds: readonly number[]) =>
      enterpriseIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('enterprise_grade')
            .selectAll()
            .where('enterprise_id', 'in', enterpriseIds)
            .orderBy('period_end', 'desc')
            .execute(),
  };
}
