// 分级分类 for the county office: run a grading (the same workflow the quarterly Schedule runs), review its proposal
// (filter, override one grade with a reason), publish it into the history and the register; the rules as versioned
// data. Leaders read the proposals; every enterprise reads its own published grades through the Enterprise type.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createGradingRepository, type GradingItemFilter } from '../db/repositories/grading';
import { createListRepository } from '../db/repositories/lists';
import type { Page } from '../db/repositories/queries';
import type { DB, GradingProposal } from '../db/schema';
import { figureReachOf } from '../domain/figures';
import {
  GRADING_REFUSALS,
  gradingPeriodProblem,
  gradingWindowStart,
  lastQuarterEnd,
  overrideProblem,
  parseGradingRules,
} from '../domain/grading';
import type { Grade } from '../domain/types';
import { gradingWorkflowId, type GradingWorkflowInput } from '../workflows/messages';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

/** Proposals are the county's papers: the office and the leaders read them. */
function requireCounty(viewer: Viewer): void {
  if (figureReachOf(viewer.role) !== 'county')
    throw new AppError('FORBIDDEN', '企业分级评定方案仅县安委办和县领导可以查看');
}

/** A proposal in a state the office may not change, as the refusal it gets. */
function refusalOf(proposal: GradingProposal): AppError | null {
  if (proposal.status === 'RUNNING') return new AppError('CONFLICT', GRADING_REFUSALS.notReady);
  if (proposal.status === 'PUBLISHED') return new AppError('CONFLICT', GRADING_REFUSALS.alreadyPublished);
  if (proposal.status === 'SUPERSEDED') return new AppError('CONFLICT', GRADING_REFUSALS.superseded);
  return null;
}

export function createGradingService(deps: { db: Kysely<DB>; client: Client; taskQueue: string; now?: () => Date }) {
  const { db, client, taskQueue } = deps;
  const now = deps.now ?? (() => new Date());
  const grading = createGradingRepository(db);

  const found = async (viewer: Viewer, id: number) => {
    requireCounty(viewer);
    const proposal = await grading.proposal(id);
    if (!proposal) throw new AppError('NOT_FOUND', GRADING_REFUSALS.notFound);
    return proposal;
  };

  return {
    /** Opens a proposal for the period ending at `periodEnd` (default: the quarter just ended) and grades it. */
    async run(viewer: Viewer, periodEndInput: Date | null, requestId: string | null): Promise<number> {
      requireAdmin(viewer, GRADING_REFUSALS.adminOnly);
      const periodEnd = periodEndInput ?? lastQuarterEnd(now());
      refuseBadInput(gradingPeriodProblem(periodEnd, now()));
      const current = await grading.currentRules();
      const parsed = parseGradingRules(current.rules);
      if ('problem' in parsed) throw badInput(`现行分级规则第${current.version}版不可用：${parsed.problem}`);
      try {
        return await db.transaction().execute(async (trx) => {
          const rows = createGradingRepository(trx);
          const existing = await rows.proposalsOfPeriod(periodEnd);
          if (existing.some((p) => p.status === 'PUBLISHED'))
            throw new AppError('CONFLICT', GRADING_REFUSALS.periodPublished);
          if (existing.some((p) => p.status === 'RUNNING')) throw new AppError('CONFLICT', GRADING_REFUSALS.running);
          const proposal = await rows.insertProposal({
            periodEnd,
            windowStart: gradingWindowStart(periodEnd, parsed.rules),
            ruleSetVersion: current.version,
            startedBy: viewer.id,
          });
          const args: GradingWorkflowInput = { proposalId: proposal.id, requestId };
          // Row and workflow together, or neither.
          await client.workflow.start('gradingWorkflow', {
            workflowId: gradingWorkflowId(proposal.id),
            taskQueue,
            args: [args],
          });
          return proposal.id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', GRADING_REFUSALS.running);
        console.error('runGrading: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '工作流引擎暂时不可用，分级评定未开始，请稍后重试');
      }
    },

    list: (viewer: Viewer, page: Page) => {
      requireCounty(viewer);
      return grading.proposals(page);
    },

    count: (viewer: Viewer) => {
      requireCounty(viewer);
      return grading.proposalCount();
    },

    byId: found,

    async items(viewer: Viewer, id: number, filter: GradingItemFilter, page: Page) {
      await found(viewer, id);
      return grading.items(id, filter, page);
    },

    async itemCount(viewer: Viewer, id: number, filter: GradingItemFilter) {
      await found(viewer, id);
      return grading.itemCount(id, filter);
    },

    async distribution(viewer: Viewer, id: number) {
      await found(viewer, id);
      return grading.distribution(id);
    },

    /** Sets one enterprise's grade in a proposal under review, with the reason; back to the proposed grade clears it. */
    async override(
      viewer: Viewer,
      input: { proposalId: number; enterpriseId: number; grade: Grade; reason: string },
      requestId: string | null,
    ): Promise<void> {
      requireAdmin(viewer, GRADING_REFUSALS.adminOnly);
      const reason = input.reason.trim();
      await db.transaction().execute(async (trx) => {
        const rows = createGradingRepository(trx);
        const proposal = await rows.lockProposal(input.proposalId);
        if (!proposal) throw new AppError('NOT_FOUND', GRADING_REFUSALS.notFound);
        const refusal = refusalOf(proposal);
        if (refusal) throw refusal;
        const item = await rows.item(proposal.id, input.enterpriseId);
        if (!item) throw new AppError('NOT_FOUND', GRADING_REFUSALS.enterpriseNotInProposal);
        const problem = overrideProblem(reason);
        refuseBadInput(problem);
        const clear = input.grade === item.proposed_grade;
        const at = now();
        await rows.setOverride(proposal.id, input.enterpriseId, {
          grade: clear ? null : input.grade,
          reason: clear ? null : reason,
          by: clear ? null : viewer.id,
          at: clear ? null : at,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'overrideProposedGrade',
          subjectType: 'GradingProposal',
          subjectId: proposal.id,
          requestId,
          before: { enterpriseId: input.enterpriseId, grade: item.override_grade ?? item.proposed_grade },
          after: { enterpriseId: input.enterpriseId, grade: input.grade, reason, cleared: clear },
          at,
        });
      });
    },

    /**
     * Publishes a proposal: the grades become history and the register's, the red list follows them; once. A
     * proposal of a period earlier than one already published may not be published.
     */
    async publish(viewer: Viewer, id: number, requestId: string | null): Promise<void> {
      requireAdmin(viewer, GRADING_REFUSALS.adminOnly);
      await db.transaction().execute(async (trx) => {
        const rows = createGradingRepository(trx);
        const proposal = await rows.lockProposal(id);
        if (!proposal) throw new AppError('NOT_FOUND', GRADING_REFUSALS.notFound);
        const refusal = refusalOf(proposal);
        if (refusal) throw refusal;
        const latest = await rows.latestPublished();
        if (latest && latest.period_end.getTime() >= proposal.period_end.getTime())
          throw new AppError('CONFLICT', GRADING_REFUSALS.olderThanPublished);
        const at = now();
        const changed = await rows.publishItems(proposal.id, proposal.period_end, at);
        const lists = createListRepository(trx);
        const red = await lists.applyRedList(proposal.id, at, viewer.id);
        await lists.syncListStatus([...new Set([...red.added, ...red.removed])]);
        await rows.setStatus(proposal.id, ['READY'], 'PUBLISHED', at, viewer.id);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'publishGradingProposal',
          subjectType: 'GradingProposal',
          subjectId: proposal.id,
          requestId,
          before: { status: 'READY' },
          after: {
            status: 'PUBLISHED',
            periodEnd: proposal.period_end,
            gradesChanged: changed.length,
            redListed: red.added.length,
            redRemoved: red.removed.length,
          },
          at,
        });
      });
    },

    /** The county's grade distribution, its change since the period before, and the lists' counts. */
    async figures(viewer: Viewer) {
      requireCounty(viewer);
      const [grades, lists] = await Promise.all([grading.figures(), createListRepository(db).activeCounts()]);
      return { ...grades, redListed: lists.RED, blackListed: lists.BLACK };
    },

    ruleSets: (viewer: Viewer) => {
      requireCounty(viewer);
      return grading.ruleSets();
    },

    /** A new version of the rules, in force for the next grading; refused with the reason when unusable. */
    async setRules(viewer: Viewer, rules: unknown, note: string | null, requestId: string | null) {
      requireAdmin(viewer, GRADING_REFUSALS.adminOnly);
      const parsed = parseGradingRules(rules);
      if ('problem' in parsed) throw badInput(`分级规则有误：${parsed.problem}`);
      return db.transaction().execute(async (trx) => {
        const saved = await createGradingRepository(trx).insertRuleSet({
          rules: parsed.rules,
          note: note?.trim() || null,
          createdBy: viewer.id,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setGradingRules',
          subjectType: 'GradingRuleSet',
          subjectId: saved.version,
          requestId,
          after: parsed.rules,
        });
        return saved;
      });
    },
  };
}

export type GradingService = ReturnType<typeof createGradingService>;
