// What a regulator may do with a hazard: report its rectification on the enterprise's behalf, and verify it.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createHazardRepository, type HazardRow } from '../db/repositories/hazards';
import type { DB } from '../db/schema';
import { HAZARD_REFUSALS, rejectionDeadlineProblem, reportRefusal, verificationRefusal } from '../domain/hazard-rules';
import { farDateProblem, LIMIT_REFUSALS, LIMITS, textTooLong } from '../domain/limits';
import type { UpdateDefinition } from '@temporalio/common';
import { hazardWorkflowId, reportRectification, verifyRectification, type HazardState } from '../workflows/messages';
import { notFound, requireStaffOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, refuseBadInput } from './errors';
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
  function step<Arg>(
    viewer: Viewer,
    hazard: HazardRow,
    update: UpdateDefinition<HazardState, [Arg]>,
    arg: Arg,
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
        await updates.run(hazardWorkflowId(hazard.id), update, arg, updateId);
        return fresh();
      },
      recorded: async () => ((await hazards.stepRecorded(updateId)) ? fresh() : undefined),
      unchanged: async () => (await current())?.status === hazard.status,
      closed: async (giveUpAt) => {
        const row = await current();
        if (!row || row.status === 'CLOSED') throw new AppError('CONFLICT', closedMessage);
        if (Date.now() >= giveUpAt) throw new AppError('UNAVAILABLE', HAZARD_REFUSALS.starting);
      },
      deadlineMs: startWaitMs,
      busyMessage: HAZARD_REFUSALS.stepInFlight,
    });
  }

  /** A step's evidence: at most a step's worth of the caller's own unattached uploads. */
  async function stepPhotos(viewer: Viewer, ids: readonly number[] | null | undefined): Promise<number[]> {
    const photoIds = [...new Set(ids ?? [])];
    if (photoIds.length > LIMITS.photosPerStep) throw bad(LIMIT_REFUSALS.tooManyPhotos);
    await checkOwnPhotos(db, viewer, photoIds);
    return photoIds;
  }

  return {
    async reportRectification(
      viewer: Viewer,
      input: ReportRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await loadForStep(viewer, input.hazardId, '代企业报告整改情况');
      const updateId = updateIdFor('reportRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const measures = input.measures.trim();
      if (measures.length === 0) throw bad(HAZARD_REFUSALS.measuresMissing);
      if (measures.length > LIMITS.longText) throw bad(textTooLong('整改措施', LIMITS.longText));
      const refusal = reportRefusal(hazard.status);
      if (refusal) throw new AppError('CONFLICT', refusal);
      const photoIds = await stepPhotos(viewer, input.photoIds);
      return step(
        viewer,
        hazard,
        reportRectification,
        { measures, actorId: viewer.id, requestId, photoIds },
        updateId,
        HAZARD_REFUSALS.closedNoReport,
      );
    },

    async verifyRectification(
      viewer: Viewer,
      input: VerifyRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await loadForStep(viewer, input.hazardId, '核查隐患整改');
      const updateId = updateIdFor('verifyRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > LIMITS.longText) throw bad(textTooLong('核查意见', LIMITS.longText));
      const at = now();
      if (!input.passed) {
        refuseBadInput(rejectionDeadlineProblem(false, input.newRectifyBy ?? null, at));
        if (input.newRectifyBy) refuseBadInput(farDateProblem(input.newRectifyBy, at, '新的整改期限'));
        if (!comment) throw bad(HAZARD_REFUSALS.rejectionNeedsComment);
      }
      const refusal = verificationRefusal(hazard.status);
      if (refusal) throw new AppError('CONFLICT', refusal);
      const photoIds = await stepPhotos(viewer, input.photoIds);
      return step(
        viewer,
        hazard,
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
        HAZARD_REFUSALS.closedNoVerification,
      );
    },
  };
}

export type HazardService = ReturnType<typeof createHazardService>;
