// What an admin may do with campaigns: launch one (a row and its workflow, or neither) and steer it.
import { randomInt, randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import type { DB } from '../db/schema';
import { policyProblems, policyWithDefaults, type CampaignPolicy } from '../domain/policy';
import { INDUSTRIES, isOneOf, type CampaignKind, type Industry } from '../domain/types';
import { LIMITS } from '../domain/limits';
import { campaignWorkflowId, cancel, extend, pause, resume, type CampaignWorkflowInput } from '../workflows/messages';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';
import type { Viewer } from './auth';
import { AppError } from './errors';

export interface LaunchCampaignInput {
  name: string;
  kind: CampaignKind;
  startsAt?: Date | null;
  endsAt: Date;
  industries?: Industry[] | null;
  townshipIds?: number[] | null;
  checklistTemplateId?: number | null;
  taskDueAt?: Date | null;
  sampleRatio?: number | null;
  reportEvery?: string | null;
  escalation?: Partial<Pick<CampaignPolicy, 'remindBefore' | 'steps'>> | null;
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

const DAY = 86_400_000;
const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

export function createCampaignService({
  db,
  client,
  taskQueue,
  now = () => new Date(),
  campaignHistoryLimit,
  updates,
}: CampaignServiceDeps) {
  async function validate(input: LaunchCampaignInput, at: Date) {
    const name = input.name.trim();
    if (name.length < 2 || name.length > 100) throw bad('行动名称应为2至100个字符');
    const startsAt = input.startsAt ?? at;
    if (startsAt.getTime() < at.getTime() - DAY) throw bad('开始时间不能早于今天');
    if (startsAt.getTime() > at.getTime() + 366 * DAY) throw bad('开始时间不能晚于一年之后');
    if (input.endsAt.getTime() <= startsAt.getTime()) throw bad('结束时间必须晚于开始时间');
    if (input.endsAt.getTime() - startsAt.getTime() > 2 * 366 * DAY) throw bad('行动周期不能超过两年');
    const taskDueAt = input.taskDueAt ?? input.endsAt;
    if (taskDueAt.getTime() <= startsAt.getTime() || taskDueAt.getTime() > input.endsAt.getTime()) {
      throw bad('任务完成时限应在行动开始之后、结束之前');
    }
    const sampleRatio = input.sampleRatio ?? 1;
    if (!(sampleRatio > 0 && sampleRatio <= 1)) throw bad('抽查比例应大于0且不超过1');
    const industries = [...new Set(input.industries ?? [])];
    if (industries.some((i) => !isOneOf(INDUSTRIES, i))) throw bad('行业类别无效');
    const townshipIds = [...new Set(input.townshipIds ?? [])];
    if (townshipIds.length > 0) {
      const found = await db
        .selectFrom('org_unit')
        .select('id')
        .where('id', 'in', townshipIds)
        .where('kind', '=', 'TOWNSHIP')
        .execute();
      if (found.length !== townshipIds.length) throw bad('所选乡镇（街道）不存在');
    }
    if (input.checklistTemplateId != null) {
      const template = await db
        .selectFrom('checklist_template')
        .select('id')
        .where('id', '=', input.checklistTemplateId)
        .executeTakeFirst();
      if (!template) throw bad('所选检查表不存在');
    }
    const policy = policyWithDefaults({
      ...input.escalation,
      ...(input.reportEvery ? { reportEvery: input.reportEvery } : {}),
    });
    const problems = policyProblems(policy);
    if (problems[0]) throw bad(problems[0]);
    return { name, startsAt, taskDueAt, sampleRatio, industries, townshipIds, policy };
  }

  /** Pause, resume, extend, cancel: the campaign's workflow decides; its activities write the row and the audit. */
  async function steer(
    viewer: Viewer,
    kind: 'pause' | 'resume' | 'extend' | 'cancel',
    input: SteerCampaignCommand,
    requestId: string | null,
  ): Promise<void> {
    const verbs = { pause: '暂停', resume: '恢复', extend: '延期', cancel: '撤销' } as const;
    if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', `只有县安委办管理员可以${verbs[kind]}专项行动`);
    const campaign = await db
      .selectFrom('campaign')
      .select(['id', 'status', 'starts_at', 'ends_at', 'workflow_id'])
      .where('id', '=', input.campaignId)
      .executeTakeFirst();
    if (!campaign) throw new AppError('NOT_FOUND', '专项行动不存在');
    const reason = input.reason?.trim() ?? '';
    if (kind !== 'resume') {
      if (reason.length === 0) throw bad(`请填写${verbs[kind]}原因`);
      if (reason.length > LIMITS.reason) throw bad(`${verbs[kind]}原因不能超过${LIMITS.reason}个字`);
    }
    const actor = { actorId: viewer.id, requestId };
    const updateId = updateIdFor(kind, campaign.id, viewer.id, input.idempotencyKey, randomUUID);
    try {
      if (kind === 'pause') await updates.run(campaign.workflow_id, pause, { ...actor, reason }, updateId);
      else if (kind === 'resume') await updates.run(campaign.workflow_id, resume, actor, updateId);
      else if (kind === 'cancel') await updates.run(campaign.workflow_id, cancel, { ...actor, reason }, updateId);
      else {
        const endsAt = input.endsAt;
        if (!endsAt) throw bad('请填写新的结束时间');
        if (endsAt.getTime() <= campaign.ends_at.getTime() || endsAt.getTime() <= now().getTime())
          throw bad('新的结束时间必须晚于原结束时间和当前时间');
        if (endsAt.getTime() - campaign.starts_at.getTime() > 2 * 366 * DAY) throw bad('行动周期不能超过两年');
        await updates.run(campaign.workflow_id, extend, { ...actor, reason, endsAt: endsAt.toISOString() }, updateId);
      }
    } catch (error) {
      if (error instanceof WorkflowClosedError) throw new AppError('CONFLICT', '该专项行动已结束或已撤销，不能再调整');
      throw error;
    }
  }

  return {
    pause: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'pause', input, requestId),
    resume: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'resume', input, requestId),
    extend: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'extend', input, requestId),
    cancel: (viewer: Viewer, input: SteerCampaignCommand, requestId: string | null) =>
      steer(viewer, 'cancel', input, requestId),

    async launch(viewer: Viewer, input: LaunchCampaignInput, requestId: string | null) {
      if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', '只有县安委办管理员可以发起专项行动');
      if (input.idempotencyKey) {
        const existing = await db
          .selectFrom('campaign')
          .select('id')
          .where('idempotency_key', '=', input.idempotencyKey)
          .executeTakeFirst();
        if (existing) return existing.id;
      }
      const at = now();
      const v = await validate(input, at);
      const scheduled = v.startsAt.getTime() > at.getTime();
      try {
        // Row and workflow together, or neither: the workflow starts inside the transaction that writes the row.
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .insertInto('campaign')
            .values({
              name: v.name,
              kind: input.kind,
              status: scheduled ? 'SCHEDULED' : 'ACTIVE',
              starts_at: v.startsAt,
              ends_at: input.endsAt,
              task_due_at: v.taskDueAt,
              scope: JSON.stringify({ industries: v.industries, townshipIds: v.townshipIds }),
              sample_ratio: v.sampleRatio,
              sample_seed: v.sampleRatio < 1 ? randomInt(1, 2 ** 31) : null,
              checklist_template_id: input.checklistTemplateId ?? null,
              policy: JSON.stringify(v.policy),
              workflow_id: `pending-${randomInt(2 ** 47)}`,
              created_by: viewer.id,
              idempotency_key: input.idempotencyKey ?? null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const workflowId = campaignWorkflowId(row.id);
          await trx.updateTable('campaign').set({ workflow_id: workflowId }).where('id', '=', row.id).execute();
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'launchCampaign',
            subjectType: 'Campaign',
            subjectId: row.id,
            requestId,
            after: {
              name: v.name,
              kind: input.kind,
              startsAt: v.startsAt,
              endsAt: input.endsAt,
              scope: { industries: v.industries, townshipIds: v.townshipIds },
              sampleRatio: v.sampleRatio,
              policy: v.policy,
            },
          });
          const args: CampaignWorkflowInput = {
            campaignId: row.id,
            startsAt: v.startsAt.toISOString(),
            endsAt: input.endsAt.toISOString(),
            status: scheduled ? 'SCHEDULED' : 'ACTIVE',
            reportEvery: v.policy.reportEvery,
            ...(campaignHistoryLimit ? { historyLimit: campaignHistoryLimit } : {}),
          };
          await client.workflow.start('campaignWorkflow', { workflowId, taskQueue, args: [args] });
          return row.id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error) && input.idempotencyKey) {
          const existing = await db
            .selectFrom('campaign')
            .select('id')
            .where('idempotency_key', '=', input.idempotencyKey)
            .executeTakeFirst();
          if (existing) return existing.id;
        }
        // Almost always nothing was written; if the commit's answer was lost, the same key returns the campaign.
        console.error('launchCampaign: the engine or the database failed:', error);
        throw new AppError(
          'UNAVAILABLE',
          '工作流引擎或数据库暂时不可用，发起未确认；请稍后再次提交（同一次提交不会重复发起）',
        );
      }
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

export type CampaignService = ReturnType<typeof createCampaignService>;
