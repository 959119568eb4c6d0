// What an admin may do with campaigns: launch one (a row and its workflow, or neither) and steer it.
import { randomInt, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { isUniqueViolation } from '../db/errors';
import { createSupervisionRoundRepository } from '../db/repositories/supervision-rounds';
import type { CampaignScope, DB } from '../db/schema';
import {
  CAMPAIGN_REFUSALS,
  campaignNameProblem,
  extendProblem,
  launchWindowProblem,
  sampleRatioProblem,
  STEER_VERBS_ZH,
  steerReasonMissing,
  steerReasonTooLong,
  type SteerKind,
} from '../domain/campaign-rules';
import { policyProblems, policyWithDefaults, type CampaignPolicy } from '../domain/policy';
import { GRADE_SAMPLING_REFUSALS, gradeRatiosProblem, sampleSizesByGrade, type GradeRatios } from '../domain/sampling';
import { selfCheckDueProblem } from '../domain/self-check-rules';
import {
  SUPERVISED_UNIT_KINDS,
  SUPERVISION_ROUND_REFUSALS,
  SUPERVISION_SITES,
  sitesProblem,
  unitsProblem,
} from '../domain/supervision-rounds';
import { campaignTopicsOf, SUPERVISION_REFUSALS } from '../domain/supervision-rules';
import { INDUSTRIES, isOneOf, type CampaignKind, type Industry, type SupervisionTopic } from '../domain/types';
import { LIMITS } from '../domain/limits';
import { campaignWorkflowId, cancel, extend, pause, resume, type CampaignWorkflowInput } from '../workflows/messages';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';
import type { Viewer } from './auth';
import { requireAdmin } from './access';
import { AppError, badInput, refuseBadInput } from './errors';

export interface LaunchCampaignInput {
  name: string;
  kind: CampaignKind;
  startsAt?: Date | null;
  endsAt: Date;
  industries?: Industry[] | null;
  townshipIds?: number[] | null;
  /** Where its tasks go (监管分工): the lead regulator, the township (属地), co-supervision topics; default the lead. */
  topics?: SupervisionTopic[] | null;
  checklistTemplateId?: number | null;
  taskDueAt?: Date | null;
  sampleRatio?: number | null;
  /** 按风险分级抽查: a ratio per grade, black-listed always drawn (instead of one sampleRatio). */
  sampleRatioByGrade?: GradeRatios | null;
  reportEvery?: string | null;
  escalation?: Partial<Pick<CampaignPolicy, 'remindBefore' | 'steps'>> | null;
  /** 企业自查: the deadline of the enterprises' self-check stage, or none. */
  selfCheckDueAt?: Date | null;
  idempotencyKey?: string | null;
}

/** 督导: the units the county office's supervision group checks, and how many of each unit's enterprises it visits. */
export interface LaunchSupervisionInput {
  name: string;
  startsAt?: Date | null;
  endsAt: Date;
  taskDueAt?: Date | null;
  unitIds: number[];
  /** Enterprises of each unit drawn at random for a site check (随机抽查); default 3. */
  sitesPerUnit?: number | null;
  checklistTemplateId?: number | null;
  idempotencyKey?: string | null;
}

export interface CampaignServiceDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  now?: () => Date;
  /** Passed to campaign workflows: continue-as-new past this many history events. */
  campaignHistoryLimit?: number;
  updates: UpdateRunner;
}

export interface SteerCampaignCommand {
  campaignId: number;
  reason?: string | null;
  endsAt?: Date | null;
  idempotencyKey?: string | null;
}

export function createCampaignService({
  db,
  client,
  taskQueue,
  now = () => new Date(),
  campaignHistoryLimit,
  updates,
}: CampaignServiceDeps) {
  const campaigns = createCampaignRepository(db);
  async function validate(input: LaunchCampaignInput, at: Date) {
    if (input.kind === 'SUPERVISION') throw badInput(SUPERVISION_ROUND_REFUSALS.notACampaign);
    const name = input.name.trim();
    refuseBadInput(campaignNameProblem(name));
    const startsAt = input.startsAt ?? at;
    const taskDueAt = input.taskDueAt ?? input.endsAt;
    refuseBadInput(launchWindowProblem({ startsAt, endsAt: input.endsAt, taskDueAt }, at));
    const sampleRatio = input.sampleRatio ?? 1;
    refuseBadInput(sampleRatioProblem(sampleRatio));
    const sampleRatioByGrade = input.sampleRatioByGrade ?? null;
    if (sampleRatioByGrade) {
      refuseBadInput(gradeRatiosProblem(sampleRatioByGrade));
      if (sampleRatio < 1) throw badInput(GRADE_SAMPLING_REFUSALS.both);
    }
    const industries = [...new Set(input.industries ?? [])];
    if (industries.some((i) => !isOneOf(INDUSTRIES, i))) throw badInput(CAMPAIGN_REFUSALS.unknownIndustry);
    const townshipIds = [...new Set(input.townshipIds ?? [])];
    const townships = await createOrgUnitRepository(db).ofKind(townshipIds, 'TOWNSHIP');
    if (townships.length !== townshipIds.length) throw badInput(CAMPAIGN_REFUSALS.unknownTownship);
    const topics = campaignTopicsOf(input.topics);
    if (topics.length === 0) throw badInput(SUPERVISION_REFUSALS.noTopics);
    await checklistUsable(input.checklistTemplateId);
    const policy = policyWithDefaults({
      ...input.escalation,
      ...(input.reportEvery ? { reportEvery: input.reportEvery } : {}),
    });
    const problems = policyProblems(policy);
    if (problems[0]) throw badInput(problems[0]);
    const selfCheckDueAt = input.selfCheckDueAt ?? null;
    if (selfCheckDueAt) refuseBadInput(selfCheckDueProblem(selfCheckDueAt, { startsAt, taskDueAt }));
    return {
      name,
      startsAt,
      taskDueAt,
      sampleRatio,
      sampleRatioByGrade,
      scope: { industries, townshipIds, topics },
      policy,
      selfCheckDueAt,
    };
  }

  async function checklistUsable(checklistTemplateId: number | null | undefined): Promise<void> {
    if (checklistTemplateId == null) return;
    const [template] = await createChecklistRepository(db).getTemplatesByIds([checklistTemplateId]);
    if (!template) throw badInput(CAMPAIGN_REFUSALS.unknownChecklist);
    if (template.retired_at) throw badInput(CAMPAIGN_REFUSALS.retiredChecklist);
  }

  /**
   * Writes a validated campaign, its audit row and whatever `alsoWrite` adds, and starts its workflow, in one
   * transaction: a row and a workflow, or neither. The same idempotency key returns the first campaign.
   */
  async function insertAndStart(
    viewer: Viewer,
    requestId: string | null,
    idempotencyKey: string | null,
    v: {
      name: string;
      kind: CampaignKind;
      startsAt: Date;
      endsAt: Date;
      taskDueAt: Date;
      scope: CampaignScope;
      sampleRatio: number;
      sampleSeed: number | null;
      sampleRatioByGrade: GradeRatios | null;
      checklistTemplateId: number | null;
      selfCheckDueAt: Date | null;
      policy: CampaignPolicy;
    },
    auditExtra: Record<string, unknown> = {},
    alsoWrite?: (trx: Kysely<DB>, campaignId: number) => Promise<void>,
  ): Promise<number> {
    const at = now();
    const scheduled = v.startsAt.getTime() > at.getTime();
    try {
      // Row and workflow together, or neither: the workflow starts inside the transaction that writes the row.
      return await db.transaction().execute(async (trx) => {
        const rows = createCampaignRepository(trx);
        const id = await rows.insert({
          name: v.name,
          kind: v.kind,
          status: scheduled ? 'SCHEDULED' : 'ACTIVE',
          starts_at: v.startsAt,
          ends_at: v.endsAt,
          task_due_at: v.taskDueAt,
          scope: JSON.stringify(v.scope),
          sample_ratio: v.sampleRatio,
          sample_seed: v.sampleSeed,
          sample_ratio_by_grade: v.sampleRatioByGrade ? JSON.stringify(v.sampleRatioByGrade) : null,
          checklist_template_id: v.checklistTemplateId,
          self_check_due_at: v.selfCheckDueAt,
          policy: JSON.stringify(v.policy),
          workflow_id: `pending-${randomInt(2 ** 47)}`,
          created_by: viewer.id,
          idempotency_key: idempotencyKey,
        });
        const workflowId = campaignWorkflowId(id);
        await rows.setWorkflowId(id, workflowId);
        await alsoWrite?.(trx, id);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: v.kind === 'SUPERVISION' ? 'launchSupervision' : 'launchCampaign',
          subjectType: 'Campaign',
          subjectId: id,
          requestId,
          after: {
            name: v.name,
            kind: v.kind,
            startsAt: v.startsAt,
            endsAt: v.endsAt,
            scope: v.scope,
            sampleRatio: v.sampleRatio,
            sampleRatioByGrade: v.sampleRatioByGrade,
            policy: v.policy,
            selfCheckDueAt: v.selfCheckDueAt,
            ...auditExtra,
          },
        });
        const args: CampaignWorkflowInput = {
          campaignId: id,
          startsAt: v.startsAt.toISOString(),
          endsAt: v.endsAt.toISOString(),
          status: scheduled ? 'SCHEDULED' : 'ACTIVE',
          reportEvery: v.policy.reportEvery,
          ...(campaignHistoryLimit ? { historyLimit: campaignHistoryLimit } : {}),
        };
        await client.workflow.start('campaignWorkflow', { workflowId, taskQueue, args: [args] });
        return id;
      });
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (isUniqueViolation(error) && idempotencyKey) {
        const existing = await campaigns.getByIdempotencyKey(idempotencyKey);
        if (existing) return existing.id;
      }
      // Almost always nothing was written; if the commit's answer was lost, the same key returns the campaign.
      console.error('launchCampaign: the engine or the database failed:', error);
      throw new AppError(
        'UNAVAILABLE',
        '工作流引擎或数据库暂时不可用，发起未确认；请稍后再次提交（同一次提交不会重复发起）',
      );
    }
  }

  /** Pause, resume, extend, cancel: the campaign's workflow decides; its activities write the row and the audit. */
  async function steer(
    viewer: Viewer,
    kind: SteerKind,
    input: SteerCampaignCommand,
    requestId: string | null,
  ): Promise<void> {
    requireAdmin(viewer, `${STEER_VERBS_ZH[kind]}专项行动`);
    const campaign = await campaigns.getForSteering(input.campaignId);
    if (!campaign) throw new AppError('NOT_FOUND', '专项行动不存在');
    const reason = input.reason?.trim() ?? '';
    if (kind !== 'resume') {
      if (reason.length === 0) throw badInput(steerReasonMissing(kind));
      if (reason.length > LIMITS.reason) throw badInput(steerReasonTooLong(kind));
    }
    const actor = { actorId: viewer.id, requestId };
    const updateId = updateIdFor(kind, campaign.id, viewer.id, input.idempotencyKey, randomUUID);
    try {
      if (kind === 'pause') await updates.run(campaign.workflow_id, pause, { ...actor, reason }, updateId);
      else if (kind === 'resume') await updates.run(campaign.workflow_id, resume, actor, updateId);
      else if (kind === 'cancel') await updates.run(campaign.workflow_id, cancel, { ...actor, reason }, updateId);
      else {
        const endsAt = input.endsAt;
        if (!endsAt) throw badInput(CAMPAIGN_REFUSALS.newEndMissing);
        refuseBadInput(extendProblem(endsAt, { startsAt: campaign.starts_at, endsAt: campaign.ends_at }, now()));
        await updates.run(campaign.workflow_id, extend, { ...actor, reason, endsAt: endsAt.toISOString() }, updateId);
      }
    } catch (error) {
      if (error instanceof WorkflowClosedError) throw new AppError('CONFLICT', CAMPAIGN_REFUSALS.closed);
      throw error;
    }
  }

  return {
    /** The launch wizard's preview of a draw by grade: how many of each grade are in scope and would be drawn. */
    async samplePreview(
      viewer: Viewer,
      input: { industries?: Industry[] | null; townshipIds?: number[] | null; sampleRatioByGrade: GradeRatios },
    ) {
      requireAdmin(viewer, '预览抽查结果');
      refuseBadInput(gradeRatiosProblem(input.sampleRatioByGrade));
      const counts = await createEnterpriseRepository(db).campaignScopeGradeCounts({
        industries: [...new Set(input.industries ?? [])],
        townshipIds: [...new Set(input.townshipIds ?? [])],
      });
      return { inScope: counts, drawn: sampleSizesByGrade(counts, input.sampleRatioByGrade) };
    },

    pause: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'pause', input, requestId),
    resume: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'resume', input, requestId),
    extend: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'extend', input, requestId),
    cancel: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'cancel', input, requestId),

    async launch(viewer: Viewer, input: LaunchCampaignInput, requestId: string | null) {
      requireAdmin(viewer, '发起专项行动');
      if (input.idempotencyKey) {
        const existing = await campaigns.getByIdempotencyKey(input.idempotencyKey);
        if (existing) return existing.id;
      }
      const at = now();
      const v = await validate(input, at);
      return insertAndStart(viewer, requestId, input.idempotencyKey ?? null, {
        name: v.name,
        kind: input.kind,
        startsAt: v.startsAt,
        endsAt: input.endsAt,
        taskDueAt: v.taskDueAt,
        scope: v.scope,
        sampleRatio: v.sampleRatio,
        sampleSeed: v.sampleRatio < 1 || v.sampleRatioByGrade ? randomInt(1, 2 ** 31) : null,
        sampleRatioByGrade: v.sampleRatioByGrade,
        checklistTemplateId: input.checklistTemplateId ?? null,
        selfCheckDueAt: v.selfCheckDueAt,
        policy: v.policy,
      });
    },

    /**
     * 督导: a round of the county office's supervision group over townships and departments — a campaign of kind
     * SUPERVISION whose units are its targets. Its workflow draws each unit's enterprises for a site check.
     */
    async launchSupervision(viewer: Viewer, input: LaunchSupervisionInput, requestId: string | null) {
      requireAdmin(viewer, '发起督导检查');
      if (input.idempotencyKey) {
        const existing = await campaigns.getByIdempotencyKey(input.idempotencyKey);
        if (existing) return existing.id;
      }
      const at = now();
      const name = input.name.trim();
      refuseBadInput(campaignNameProblem(name));
      const startsAt = input.startsAt ?? at;
      const taskDueAt = input.taskDueAt ?? input.endsAt;
      refuseBadInput(launchWindowProblem({ startsAt, endsAt: input.endsAt, taskDueAt }, at));
      const unitIds = [...new Set(input.unitIds)];
      refuseBadInput(unitsProblem(unitIds));
      const sites = input.sitesPerUnit ?? SUPERVISION_SITES.default;
      refuseBadInput(sitesProblem(sites));
      const units = await createOrgUnitRepository(db).getByIds(unitIds);
      if (units.length !== unitIds.length || units.some((u) => !SUPERVISED_UNIT_KINDS.includes(u.kind)))
        throw badInput(SUPERVISION_ROUND_REFUSALS.unknownUnit);
      await checklistUsable(input.checklistTemplateId);
      return insertAndStart(
        viewer,
        requestId,
        input.idempotencyKey ?? null,
        {
          name,
          kind: 'SUPERVISION',
          startsAt,
          endsAt: input.endsAt,
          taskDueAt,
          scope: { industries: [], townshipIds: [], topics: ['INDUSTRY'] },
          sampleRatio: 1,
          sampleSeed: randomInt(1, 2 ** 31),
          sampleRatioByGrade: null,
          checklistTemplateId: input.checklistTemplateId ?? null,
          selfCheckDueAt: null,
          // What the group finds, the office verifies the next working day (次日核查): its ladder starts at the office.
          policy: { ...policyWithDefaults({}), verifier: 'COUNTY_OFFICE' },
        },
        { units: unitIds, sitesPerUnit: sites },
        (trx, id) =>
          createSupervisionRoundRepository(trx).insertTargets(
            id,
            unitIds.map((unitId) => ({ unitId, sites })),
          ),
      );
    },
  };
}

export type CampaignService = ReturnType<typeof createCampaignService>;
