// 预警信息 (issue 14 §3): the county office issues a warning to the enterprises of chosen townships and industries —
// the warning, its recipients, their notices and its workflow in one transaction —, each enterprise acknowledges its
// own, and the workflow sends the silent ones to their regulators at the deadline.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createWarningRepository } from '../db/repositories/warnings';
import { isUniqueViolation } from '../db/errors';
import type { DB } from '../db/schema';
import {
  RESPONSE_REFUSALS,
  WARNING_ACK_MINUTES,
  WARNING_LEVELS,
  WARNING_REFUSALS,
  warningNotice,
  type WarningLevel,
} from '../domain/emergency-response';
import { LIMITS, textTooLong } from '../domain/limits';
import { INDUSTRIES, isOneOf, type Industry } from '../domain/types';
import { warningWorkflowId, type WarningWorkflowInput } from '../workflows/messages';
import type { Viewer } from './auth';
import { notFound, requireAdmin, rowScopeOf } from './access';
import { AppError, badInput } from './errors';

export interface IssueWarningInput {
  title: string;
  content: string;
  level: WarningLevel;
  townshipIds: number[];
  industries?: Industry[] | null;
  ackWithinMinutes?: number | null;
  idempotencyKey?: string | null;
}

export function createWarningService(deps: { db: Kysely<DB>; client: Client; taskQueue: string; now?: () => Date }) {
  const { db, client, taskQueue } = deps;
  const now = deps.now ?? (() => new Date());
  const warnings = createWarningRepository(db);
  return {
    list: (viewer: Viewer, page: { limit: number; offset: number }) => warnings.list(rowScopeOf(viewer), page),
    count: (viewer: Viewer) => warnings.count(rowScopeOf(viewer)),
    getByIds: (viewer: Viewer, ids: readonly number[]) => warnings.getByIds(rowScopeOf(viewer), ids),
    recipient: (warningId: number, enterpriseId: number) => warnings.recipient(warningId, enterpriseId),

    async issue(viewer: Viewer, input: IssueWarningInput, requestId: string | null): Promise<number> {
      requireAdmin(viewer, '发布预警信息');
      if (input.idempotencyKey) {
        const existing = await warnings.byIdempotencyKey(viewer.id, input.idempotencyKey);
        if (existing) return existing.id;
      }
      const title = input.title.trim();
      const content = input.content.trim();
      if (!title) throw badInput(WARNING_REFUSALS.titleRequired);
      if (title.length > LIMITS.shortText) throw badInput(textTooLong('预警标题', LIMITS.shortText));
      if (!content) throw badInput(WARNING_REFUSALS.contentRequired);
      if (content.length > LIMITS.longText) throw badInput(textTooLong('预警内容', LIMITS.longText));
      if (!isOneOf(WARNING_LEVELS, input.level)) throw badInput('请选择预警等级');
      const townshipIds = [...new Set(input.townshipIds)];
      if (townshipIds.length === 0) throw badInput(WARNING_REFUSALS.noScope);
      if ((await createOrgUnitRepository(db).ofKind(townshipIds, 'TOWNSHIP')).length !== townshipIds.length)
        throw badInput(RESPONSE_REFUSALS.unknownTownship);
      const industries = [...new Set(input.industries ?? [])];
      if (industries.some((i) => !isOneOf(INDUSTRIES, i))) throw badInput('所选行业不存在，请刷新页面后重新选择');
      const minutes = input.ackWithinMinutes ?? WARNING_ACK_MINUTES.default;
      if (!Number.isInteger(minutes) || minutes < WARNING_ACK_MINUTES.min || minutes > WARNING_ACK_MINUTES.max)
        throw badInput(WARNING_REFUSALS.ackMinutes);
      const at = now();
      const ackDueAt = new Date(at.getTime() + minutes * 60_000);
      const notice = warningNotice({ title, content, level: input.level, ackDueAt });
      try {
        return await db.transaction().execute(async (trx) => {
          const repo = createWarningRepository(trx);
          const { id, recipients } = await repo.insert({
            title,
            content,
            level: input.level,
            township_ids: townshipIds,
            industries,
            issued_by: viewer.id,
            issued_at: at,
            ack_due_at: ackDueAt,
            idempotency_key: input.idempotencyKey ?? null,
            workflow_id: `pending-${randomUUID()}`,
          });
          if (recipients === 0) throw badInput(WARNING_REFUSALS.noEnterprises);
          await repo.setWorkflowId(id, warningWorkflowId(id));
          await repo.notifyRecipients({ warningId: id, title: notice.title, body: notice.body, at });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'issueWarning',
            subjectType: 'Warning',
            subjectId: id,
            requestId,
            after: { title, level: input.level, townshipIds, industries, ackDueAt, recipients },
          });
          const args: WarningWorkflowInput = { warningId: id, ackDueAt: ackDueAt.toISOString() };
          await client.workflow.start('warningWorkflow', {
            workflowId: warningWorkflowId(id),
            taskQueue,
            args: [args],
          });
          return id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error) && input.idempotencyKey) {
          const existing = await warnings.byIdempotencyKey(viewer.id, input.idempotencyKey);
          if (existing) return existing.id;
        }
        console.error('issueWarning: the engine or the database failed:', error);
        throw new AppError(
          'UNAVAILABLE',
          '工作流引擎或数据库暂时不可用，预警未发布；请稍后再次提交（同一次提交不会重复发布）',
        );
      }
    },

    /** The enterprise confirms it received a warning sent to it; twice is once. */
    async acknowledge(viewer: Viewer, warningId: number, requestId: string | null): Promise<number> {
      if (viewer.role !== 'ENTERPRISE' || viewer.enterpriseId === null)
        throw new AppError('FORBIDDEN', WARNING_REFUSALS.enterpriseOnly);
      const recipient = await warnings.recipient(warningId, viewer.enterpriseId);
      if (!recipient) throw notFound('预警信息');
      if (recipient.acknowledged_at !== null) return warningId;
      const at = now();
      await db.transaction().execute(async (trx) => {
        const done = await createWarningRepository(trx).acknowledge(warningId, recipient.enterprise_id, viewer.id, at);
        if (!done.numUpdatedRows) return;
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'acknowledgeWarning',
          subjectType: 'Warning',
          subjectId: warningId,
          requestId,
          after: { enterpriseId: recipient.enterprise_id, late: recipient.escalated_at !== null },
        });
      });
      return warningId;
    },
  };
}

export type WarningService = ReturnType<typeof createWarningService>;
