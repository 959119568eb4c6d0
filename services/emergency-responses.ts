// 应急响应 (issue 14 §2, §4): the county office activates a response (its row and its workflow, or neither), changes its
// level and ends it through the workflow's Updates; a link's person acknowledges being at post (in the app, or from
// the link in a text message); a township in scope reports the situation. The live board reads PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEmergencyResponseRepository } from '../db/repositories/emergency-responses';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createPhotoRepository } from '../db/repositories/photos';
import { isUniqueViolation } from '../db/errors';
import type { DB } from '../db/schema';
import {
  RESPONSE_KINDS,
  RESPONSE_LEVELS,
  RESPONSE_REFUSALS,
  reportDueAfter,
  type ResponseKind,
  type ResponseLevel,
} from '../domain/emergency-response';
import { LIMIT_REFUSALS, LIMITS, textTooLong } from '../domain/limits';
import { isOneOf } from '../domain/types';
import {
  changeResponseLevel,
  endResponse,
  responseWorkflowId,
  type ResponseState,
  type ResponseWorkflowInput,
} from '../workflows/messages';
import type { Viewer } from './auth';
import { notFound, requireAdmin, rowScopeOf } from './access';
import { AppError, badInput } from './errors';
import { checkOwnPhotos } from './photo-checks';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';

export interface ActivateResponseInput {
  kind: ResponseKind;
  level: ResponseLevel;
  townshipIds: number[];
  reason: string;
  instructions?: string | null;
  idempotencyKey?: string | null;
}

export interface SituationReportInput {
  responseId: number;
  /** The reporting township: the viewer's own (a report for another is refused). */
  townshipId?: number | null;
  rainfallMm?: number | null;
  peopleMoved?: number | null;
  dangersFound?: number | null;
  losses?: string | null;
  text: string;
  /** The reporter's own uploads. */
  photoIds?: number[] | null;
  idempotencyKey?: string | null;
}

const TOWNSHIP_ROLES = ['TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'];

export function createEmergencyResponseService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const responses = createEmergencyResponseRepository(db);

  const reasonOf = (reason: string) => {
    const trimmed = reason.trim();
    if (!trimmed) throw badInput(RESPONSE_REFUSALS.reasonRequired);
    if (trimmed.length > LIMITS.reason) throw badInput(textTooLong('原因', LIMITS.reason));
    return trimmed;
  };

  async function loadActive(viewer: Viewer, id: number) {
    const [response] = await responses.getByIds(rowScopeOf(viewer), viewer.id, [id]);
    if (!response) throw notFound('应急响应');
    if (response.status === 'ENDED') throw new AppError('CONFLICT', RESPONSE_REFUSALS.ended);
    return response;
  }

  /** A level change or the end, as the workflow's Update; a finished workflow is an ended response. */
  async function step<Arg>(
    workflowId: string,
    update: UpdateDefinition<ResponseState, [Arg]>,
    arg: Arg,
    updateId: string,
  ) {
    try {
      await updates.run(workflowId, update, arg, updateId);
    } catch (error) {
      if (error instanceof WorkflowClosedError) throw new AppError('CONFLICT', RESPONSE_REFUSALS.ended);
      throw error;
    }
  }

  return {
    list: (viewer: Viewer, page: { limit: number; offset: number }) =>
      responses.list(rowScopeOf(viewer), viewer.id, page),
    count: (viewer: Viewer) => responses.count(rowScopeOf(viewer), viewer.id),
    getByIds: (viewer: Viewer, ids: readonly number[]) => responses.getByIds(rowScopeOf(viewer), viewer.id, ids),

    async activate(viewer: Viewer, input: ActivateResponseInput, requestId: string | null): Promise<number> {
      requireAdmin(viewer, '启动应急响应');
      if (input.idempotencyKey) {
        const existing = await responses.byIdempotencyKey(viewer.id, input.idempotencyKey);
        if (existing) return existing.id;
      }
      if (!isOneOf(RESPONSE_KINDS, input.kind) || !isOneOf(RESPONSE_LEVELS, input.level))
        throw badInput('请选择应急响应的类型和级别');
      const townshipIds = [...new Set(input.townshipIds)];
      if (townshipIds.length === 0) throw badInput(RESPONSE_REFUSALS.noScope);
      const townships = await createOrgUnitRepository(db).ofKind(townshipIds, 'TOWNSHIP');
      if (townships.length !== townshipIds.length) throw badInput(RESPONSE_REFUSALS.unknownTownship);
      const reason = reasonOf(input.reason);
      const instructions = input.instructions?.trim() || null;
      if (instructions && instructions.length > LIMITS.longText) throw badInput(RESPONSE_REFUSALS.instructionsTooLong);
      const { version, policy } = await responses.currentPolicy();
      const at = now();
      try {
        // The row and its workflow, or neither: the workflow starts inside the transaction that writes the row.
        return await db.transaction().execute(async (trx) => {
          const repo = createEmergencyResponseRepository(trx);
          const { id } = await repo.insert({
            kind: input.kind,
            level: input.level,
            township_ids: townshipIds,
            reason,
            instructions,
            policy,
            policy_version: version,
            activated_by: viewer.id,
            activated_at: at,
            idempotency_key: input.idempotencyKey ?? null,
            workflow_id: `pending-${randomUUID()}`,
          });
          const workflowId = responseWorkflowId(id);
          await repo.setWorkflowId(id, workflowId);
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'activateResponse',
            subjectType: 'EmergencyResponse',
            subjectId: id,
            requestId,
            after: { kind: input.kind, level: input.level, townshipIds, reason, instructions, policyVersion: version },
          });
          const args: ResponseWorkflowInput = {
            responseId: id,
            level: input.level,
            activatedAt: at.toISOString(),
            policy,
          };
          await client.workflow.start('responseWorkflow', { workflowId, taskQueue, args: [args] });
          return id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error) && input.idempotencyKey) {
          const existing = await responses.byIdempotencyKey(viewer.id, input.idempotencyKey);
          if (existing) return existing.id;
        }
        console.error('activateResponse: the engine or the database failed:', error);
        throw new AppError(
          'UNAVAILABLE',
          '工作流引擎或数据库暂时不可用，启动未确认；请稍后再次提交（同一次提交不会重复启动）',
        );
      }
    },

    async changeLevel(
      viewer: Viewer,
      input: { id: number; level: ResponseLevel; reason: string; idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<void> {
      requireAdmin(viewer, '调整应急响应级别');
      const response = await loadActive(viewer, input.id);
      const reason = reasonOf(input.reason);
      if (response.level === input.level) throw badInput(RESPONSE_REFUSALS.sameLevel);
      const updateId = updateIdFor('changeResponseLevel', response.id, viewer.id, input.idempotencyKey, randomUUID);
      await step(
        response.workflow_id,
        changeResponseLevel,
        { level: input.level, reason, actorId: viewer.id, requestId },
        updateId,
      );
    },

    async end(
      viewer: Viewer,
      input: { id: number; reason: string; idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<void> {
      requireAdmin(viewer, '结束应急响应');
      const response = await loadActive(viewer, input.id);
      const reason = reasonOf(input.reason);
      const updateId = updateIdFor('endResponse', response.id, viewer.id, input.idempotencyKey, randomUUID);
      await step(response.workflow_id, endResponse, { reason, actorId: viewer.id, requestId }, updateId);
    },

    /**
     * 到岗到位: the link's own person in the app, or whoever holds the link of its text message (`token`). Once per
     * level period; a second acknowledgement answers with the first.
     */
    async acknowledgePost(
      viewer: Viewer | null,
      input: { responseId?: number | null; assignmentId?: number | null; token?: string | null },
      requestId: string | null,
    ) {
      const token = input.token?.trim() || null;
      const ack = token
        ? await responses.acknowledgementByToken(token)
        : input.responseId != null && input.assignmentId != null
          ? await responses.currentAcknowledgement(input.responseId, input.assignmentId)
          : undefined;
      if (!ack) {
        if (token) throw new AppError('NOT_FOUND', '确认链接无效或已过期（应急响应级别调整后请使用新的链接）');
        throw new AppError('FORBIDDEN', RESPONSE_REFUSALS.notInChain);
      }
      if (!token && (viewer === null || ack.user_id !== viewer.id))
        throw new AppError('FORBIDDEN', RESPONSE_REFUSALS.notInChain);
      if (ack.status !== 'ACTIVE') throw new AppError('CONFLICT', RESPONSE_REFUSALS.ended);
      if (ack.acknowledged_at !== null) return responses.acknowledgementById(ack.id);
      const at = now();
      await db.transaction().execute(async (trx) => {
        const done = await createEmergencyResponseRepository(trx).acknowledge(ack.id, viewer?.id ?? null, at);
        if (!done) return;
        await createAuditRepository(trx).record({
          actorId: viewer?.id ?? null,
          action: 'acknowledgePost',
          subjectType: 'DutyAcknowledgement',
          subjectId: ack.id,
          requestId,
          after: {
            responseId: ack.response_id,
            assignmentId: ack.assignment_id,
            late: at > ack.due_at,
            byLink: !!token,
          },
          at: at.toISOString(),
        });
      });
      return responses.acknowledgementById(ack.id);
    },

    /** The public page of a text message's link: whose post, for what, and whether it is acknowledged. */
    byToken: (token: string) => responses.acknowledgementByToken(token.trim()),

    /** A township's situation report for the period it falls in (the level's cadence); once per key. */
    async submitSituationReport(viewer: Viewer, input: SituationReportInput, requestId: string | null) {
      if (!TOWNSHIP_ROLES.includes(viewer.role) || viewer.orgUnitId === null)
        throw new AppError('FORBIDDEN', '情况报告由乡镇（街道）报送');
      if (input.townshipId != null && input.townshipId !== viewer.orgUnitId)
        throw new AppError('FORBIDDEN', RESPONSE_REFUSALS.reportForOtherTownship);
      const township = viewer.orgUnitId;
      if (input.idempotencyKey) {
        const existing = await responses.reportByKey(viewer.id, input.idempotencyKey);
        if (existing) return existing;
      }
      const [response] = await responses.getByIds({ kind: 'county' }, viewer.id, [input.responseId]);
      if (!response) throw notFound('应急响应');
      if (!response.township_ids.includes(township))
        throw new AppError('FORBIDDEN', RESPONSE_REFUSALS.townshipNotInScope);
      if (response.status === 'ENDED') throw new AppError('CONFLICT', RESPONSE_REFUSALS.ended);
      const numbers = [input.rainfallMm ?? 0, input.peopleMoved ?? 0, input.dangersFound ?? 0];
      if (
        numbers.some((n) => !Number.isFinite(n) || n < 0) ||
        !Number.isInteger(input.peopleMoved ?? 0) ||
        !Number.isInteger(input.dangersFound ?? 0) ||
        (input.rainfallMm ?? 0) > 99_999
      )
        throw badInput(RESPONSE_REFUSALS.reportNumbers);
      const text = input.text.trim();
      if (!text) throw badInput(RESPONSE_REFUSALS.reportEmpty);
      if (text.length > LIMITS.longText) throw badInput(textTooLong('情况报告', LIMITS.longText));
      const losses = input.losses?.trim() || null;
      if (losses && losses.length > LIMITS.longText) throw badInput(textTooLong('损失情况', LIMITS.longText));
      const photoIds = [...new Set(input.photoIds ?? [])];
      if (photoIds.length > LIMITS.photosPerStep) throw badInput(LIMIT_REFUSALS.tooManyPhotos);
      await checkOwnPhotos(db, viewer, photoIds);
      const at = now();
      const periodDueAt = reportDueAfter(response.epoch_started_at, at, response.policy[response.level]);
      return db.transaction().execute(async (trx) => {
        const repo = createEmergencyResponseRepository(trx);
        const inserted = await repo.insertReport({
          response_id: response.id,
          township_id: township,
          period_due_at: periodDueAt,
          rainfall_mm: input.rainfallMm ?? null,
          people_moved: input.peopleMoved ?? 0,
          dangers_found: input.dangersFound ?? 0,
          losses,
          text,
          submitted_by: viewer.id,
          submitted_at: at,
          idempotency_key: input.idempotencyKey ?? null,
        });
        if (inserted)
          await createPhotoRepository(trx).attachToReport({
            photoIds,
            uploadedBy: viewer.id,
            reportId: inserted.id,
            at,
          });
        if (inserted)
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'submitSituationReport',
            subjectType: 'EmergencyResponse',
            subjectId: response.id,
            requestId,
            after: {
              reportId: inserted.id,
              townshipId: township,
              periodDueAt,
              peopleMoved: input.peopleMoved ?? 0,
              photos: photoIds.length,
            },
          });
        const row = inserted
          ? (await repo.reports(response.id, [township])).find((r) => r.id === inserted.id)
          : await repo.reportByKey(viewer.id, input.idempotencyKey ?? '');
        if (!row) throw new Error('a situation report vanished after it was written');
        return row;
      });
    },

    /** The live board: per township in scope, links acknowledged of all, overdue, late links by name, the latest report. */
    async board(viewer: Viewer, responseId: number) {
      const [response] = await responses.getByIds(rowScopeOf(viewer), viewer.id, [responseId]);
      if (!response) throw notFound('应急响应');
      const at = now();
      const scope = rowScopeOf(viewer);
      // The county sees every township; a township its own; anyone else (a department's person in the chain) the
      // townships their own links are in.
      const townshipIds =
        scope.kind === 'county'
          ? response.township_ids
          : scope.kind === 'township'
            ? response.township_ids.filter((id) => id === scope.orgUnitId)
            : await responses.townshipsOfPerson(response.id, viewer.id);
      const [rows, late, reports] = await Promise.all([
        responses.board(response.id, response.epoch, at, townshipIds),
        responses.lateLinks(response.id, response.epoch, at),
        responses.reports(response.id, townshipIds),
      ]);
      return rows.map((row) => ({
        ...row,
        links: row.links ?? 0,
        acknowledged: row.acknowledged ?? 0,
        overdue: row.overdue ?? 0,
        lateLinks: late.filter((l) => l.township_id === row.township_id),
        latestReport: reports.find((r) => r.township_id === row.township_id) ?? null,
        reports: reports.filter((r) => r.township_id === row.township_id).length,
      }));
    },

    reports: (responseId: number, townshipIds: readonly number[] | null) => responses.reports(responseId, townshipIds),
    levelChanges: (responseId: number) => responses.levelChanges(responseId),
    myPosts: (viewer: Viewer) => responses.openAcknowledgementsOf(viewer.id),
  };
}

export type EmergencyResponseService = ReturnType<typeof createEmergencyResponseService>;
