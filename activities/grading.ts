// 分级分类: the activities of gradingWorkflow. A proposal is opened for a period (by the county office's runGrading,
// or here when the quarterly Schedule starts the workflow), filled a page of enterprises at a time from their
// records over the window (scored by domain/grading.ts), and marked ready for review with a notice to the office.
import { heartbeat } from '@temporalio/activity';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createGradingRepository } from '../db/repositories/grading';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import { gradeRecord, gradingWindowStart, parseGradingRules, type GradingRules } from '../domain/grading';
import { gradingNotices } from '../domain/notices';
import { badInput, missingRow, notFound } from './failures';

export interface OpenGradingProposalInput {
  periodEnd: string;
}

export interface GradeEnterprisesPageInput {
  proposalId: number;
  afterId: number;
  pageSize: number;
}

export interface GradeEnterprisesPageResult {
  lastId: number;
  graded: number;
  done: boolean;
}

export function createGradingActivities(db: Kysely<DB>) {
  const rulesOf = async (version: number): Promise<GradingRules> => {
    const parsed = parseGradingRules((await createGradingRepository(db).ruleSet(version)).rules);
    if ('problem' in parsed) throw badInput(`分级规则第${version}版不可用：${parsed.problem}`);
    return parsed.rules;
  };

  return {
    /**
     * The scheduled run's proposal for the period: a new one under the rules in force, or the one already at work
     * (a retry of this activity); none when the period's grades are published.
     */
    async openGradingProposal(input: OpenGradingProposalInput): Promise<{ proposalId: number | null }> {
      const periodEnd = new Date(input.periodEnd);
      return db.transaction().execute(async (trx) => {
        const grading = createGradingRepository(trx);
        const existing = await grading.proposalsOfPeriod(periodEnd);
        if (existing.some((p) => p.status === 'PUBLISHED')) return { proposalId: null };
        const running = existing.find((p) => p.status === 'RUNNING');
        if (running) return { proposalId: running.id };
        const ruleSet = await grading.currentRules();
        const parsed = parseGradingRules(ruleSet.rules);
        if ('problem' in parsed) throw badInput(parsed.problem);
        const proposal = await grading.insertProposal({
          periodEnd,
          windowStart: gradingWindowStart(periodEnd, parsed.rules),
          ruleSetVersion: ruleSet.version,
          startedBy: null,
        });
        return { proposalId: proposal.id };
      });
    },

    /** Grades the page of enterprises after `afterId`; a retried page writes the same items again. */
    async gradeEnterprisesPage(input: GradeEnterprisesPageInput): Promise<GradeEnterprisesPageResult> {
      const grading = createGradingRepository(db);
      const proposal = await grading.proposal(input.proposalId);
      // runGrading starts the workflow inside the transaction that writes the proposal.
      if (!proposal)
        throw missingRow(
          'PROPOSAL_NOT_YET_COMMITTED',
          `分级评定方案 ${input.proposalId} 尚未写入，稍后重试`,
          `没有找到分级评定方案 ${input.proposalId}`,
        );
      if (proposal.status !== 'RUNNING') return { lastId: input.afterId, graded: 0, done: true };
      const rules = await rulesOf(proposal.rule_set_version);
      const page = await grading.recordsPage({
        windowStart: proposal.window_start,
        periodEnd: proposal.period_end,
        afterId: input.afterId,
        limit: input.pageSize,
      });
      heartbeat();
      await grading.upsertItems(
        page.map(({ record, grade, listStatus }) => {
          const outcome = gradeRecord(record, rules);
          return {
            proposalId: proposal.id,
            enterpriseId: record.enterpriseId,
            score: outcome.score,
            indicators: outcome.indicators,
            reasons: outcome.reasons,
            previousGrade: grade,
            proposedGrade: outcome.grade,
            redRecord: outcome.redRecord,
            previousListStatus: listStatus,
          };
        }),
      );
      return {
        lastId: page.at(-1)?.record.enterpriseId ?? input.afterId,
        graded: page.length,
        done: page.length < input.pageSize,
      };
    },

    /** The proposal is ready for review: counted, earlier drafts of its period superseded, the office told. */
    async finishGradingProposal(input: {
      proposalId: number;
      at: string;
      requestId?: string | null;
    }): Promise<{ graded: number; changed: number }> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const grading = createGradingRepository(trx);
        const proposal = await grading.lockProposal(input.proposalId);
        if (!proposal) throw notFound(`没有找到分级评定方案 ${input.proposalId}`);
        const graded = await grading.countItems(proposal.id);
        const { changed } = await grading.distribution(proposal.id);
        if (proposal.status !== 'RUNNING') return { graded, changed };
        await grading.setStatus(proposal.id, ['RUNNING'], 'READY', at, null);
        await grading.supersedeReady(proposal.period_end, proposal.id);
        await createAuditRepository(trx).record({
          actorId: proposal.started_by,
          action: 'runGrading',
          subjectType: 'GradingProposal',
          subjectId: proposal.id,
          requestId: input.requestId ?? null,
          after: { periodEnd: proposal.period_end, ruleSetVersion: proposal.rule_set_version, graded, changed },
          at,
        });
        const office = await createOrgUnitRepository(trx).countyOffice();
        await createNotificationRepository(trx).send({
          orgUnitId: office.id,
          userId: null,
          subjectType: 'GradingProposal',
          subjectId: proposal.id,
          ...gradingNotices.ready({ period_end: proposal.period_end, graded, changed }),
          dedupeKey: `grading-${proposal.id}:ready`,
          at,
        });
        return { graded, changed };
      });
    },
  };
}
