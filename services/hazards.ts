// What a regulator may do with a hazard: report its rectification on the enterprise's behalf, and verify it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createHazardRepository, type HazardRow } from '../db/repositories/hazards';
import type { DB } from '../db/schema';
import { farDateProblem, LIMITS } from '../domain/limits';
import { hazardWorkflowId, reportRectification, verifyRectification } from '../workflows/messages';
import { notFound, requireStaffOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';
import { checkOwnPhotos } from './photo-checks';
import { applyStep, updateIdFor, type UpdateRunner } from './workflow-updates';

export interface ReportRectificationCommand {
  hazardId: number;
  measures: string;
  photoIds?: number[] | null;
  idempotencyKey?: string | null;
}
export interface VerifyRectificationCommand {
  hazardId: number;
  passed: boolean;
  comment?: string | null;
  newRectifyBy?: Date | null;
  photoIds?: number[] | null;
  idempotencyKey?: string | null;
}

const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

export function createHazardService(deps: {
  db: Kysely<DB>;
  updates: UpdateRunner;
  now?: () => Date;
  startWaitMs?: number;
}) {
  const { db, updates } = deps;
  const startWaitMs = deps.startWaitMs ?? 20_000;
  const now = deps.now ?? (() => new Date());
  const hazards = createHazardRepository(db);

  async function loadForStep(viewer: Viewer, hazardId: number, action: string): Promise<HazardRow> {
    const [hazard] = await hazards.getByIds(rowScopeOf(viewer), [hazardId]);
    if (!hazard) throw notFound('隐患');
    requireStaffOf(viewer, hazard.regulator_id, action);
    return hazard;
  }

  /**
   * Runs the step's Update once (`applyStep`). A hazard found a moment ago may not have its workflow yet (it
   * starts right after the inspection's reply, later when the engine is busy): the step waits for it as long as
   * an Update may take, then answers UNAVAILABLE so the client retries with the same key. Only a closed hazard is
   * a CONFLICT.
   */
  function step(
    viewer: Viewer,
    hazard: HazardRow,
    run: () => Promise<unknown>,
    updateId: string,
    closedMessage: string,
  ): Promise<HazardRow> {
    const current = async () => (await hazards.getByIds(rowScopeOf(viewer), [hazard.id]))[0];
    const fresh = async () => {
      const row = await current();
      if (!row) throw new Error(`hazard ${hazard.id} vanished after a step`);
      return row;
    };
    return applyStep({
      run: async () => {
        await run();
        return fresh();
      },
      recorded: async () => ((await stepRecorded(updateId)) ? fresh() : undefined),
      unchanged: async () => (await current())?.status === hazard.status,
      closed: async (giveUpAt) => {
        const row = await current();
        if (!row || row.status === 'CLOSED') throw new AppError('CONFLICT', closedMessage);
        if (Date.now() >= giveUpAt)
          throw new AppError(
            'UNAVAILABLE',
            '该隐患的闭环流程正在建立，操作未执行；请稍后用同一请求重试（不会重复记录）',
          );
      },
      deadlineMs: startWaitMs,
      busyMessage: '该隐患的上一步操作仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
    });
  }

  const stepRecorded = async (updateId: string) =>
    Boolean(await db.selectFrom('hazard_event').select('id').where('event_key', '=', updateId).executeTakeFirst());

  return {
    async reportRectification(
      viewer: Viewer,
      input: ReportRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await loadForStep(viewer, input.hazardId, '代企业报告整改情况');
      const updateId = updateIdFor('reportRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await stepRecorded(updateId))) return hazard;
      const measures = input.measures.trim();
      if (measures.length === 0) throw bad('请填写整改措施');
      if (measures.length > LIMITS.longText) throw bad(`整改措施不能超过${LIMITS.longText}个字`);
      if (hazard.status !== 'OPEN')
        throw new AppError('CONFLICT', hazard.status === 'CLOSED' ? '该隐患已销号' : '该隐患已报告整改，正在等待核查');
      const photoIds = [...new Set(input.photoIds ?? [])];
      if (photoIds.length > LIMITS.photosPerStep) throw bad(`每次最多附${LIMITS.photosPerStep}张照片`);
      await checkOwnPhotos(db, viewer, photoIds);
      return step(
        viewer,
        hazard,
        () =>
          updates.run(
            hazardWorkflowId(hazard.id),
            reportRectification,
            { measures, actorId: viewer.id, requestId, photoIds },
            updateId,
          ),
        updateId,
        '该隐患已销号，不能再报告整改',
      );
    },

    async verifyRectification(
      viewer: Viewer,
      input: VerifyRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await loadForStep(viewer, input.hazardId, '核查隐患整改');
      const updateId = updateIdFor('verifyRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await stepRecorded(updateId))) return hazard;
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > LIMITS.longText) throw bad(`核查意见不能超过${LIMITS.longText}个字`);
      const at = now();
      if (!input.passed) {
        if (!input.newRectifyBy) throw bad('核查不通过时必须给出新的整改期限');
        if (input.newRectifyBy.getTime() <= at.getTime()) throw bad('新的整改期限必须晚于当前时间');
        const far = farDateProblem(input.newRectifyBy, at, '新的整改期限');
        if (far) throw bad(far);
        if (!comment) throw bad('核查不通过时请填写核查意见，说明需要继续整改的内容');
      }
      if (hazard.status !== 'PENDING_VERIFICATION')
        throw new AppError('CONFLICT', hazard.status === 'CLOSED' ? '该隐患已销号' : '该隐患尚未报告整改，不能核查');
      const photoIds = [...new Set(input.photoIds ?? [])];
      if (photoIds.length > LIMITS.photosPerStep) throw bad(`每次最多附${LIMITS.photosPerStep}张照片`);
      await checkOwnPhotos(db, viewer, photoIds);
      return step(
        viewer,
        hazard,
        () =>
          updates.run(
            hazardWorkflowId(hazard.id),
            verifyRectification,
            {
              passed: input.passed,
              comment,
              newRectifyBy: input.passed ? null : (input.newRectifyBy?.toISOString() ?? null),
              actorId: viewer.id,
              requestId,
              photoIds,
            },
            updateId,
          ),
        updateId,
        '该隐患已销号，不能再核查',
      );
    },
  };
}

export type HazardService = ReturnType<typeof createHazardService>;
