// What may be done with a hazard: the enterprise reports its rectification (or a regulator on its behalf, 代报), a
// regulator's person other than the reporter verifies it, the county office signs a major hazard off (销号审核).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createHazardRepository, type HazardRow } from '../db/repositories/hazards';
import type { DB } from '../db/schema';
import {
  HAZARD_REFUSALS,
  rectificationReportProblem,
  rejectionDeadlineProblem,
  reportRefusal,
  signOffRefusal,
  signOffReturnProblem,
  verificationRefusal,
  verifierProblem,
} from '../domain/hazard-rules';
import { farDateProblem, LIMIT_REFUSALS, LIMITS, textTooLong } from '../domain/limits';
import type { UpdateDefinition } from '@temporalio/common';
import {
  hazardWorkflowId,
  reportRectification,
  requestReinspection,
  signOffHazard,
  verifyRectification,
  type HazardState,
} from '../workflows/messages';
import { SUPERVISION_ROUND_REFUSALS } from '../domain/supervision-rounds';
import { isOfUnit, notFound, requireStaffOf, rowScopeOf } from './access';
import { createDocumentRepository } from '../db/repositories/documents';
import { REINSPECTION_REFUSALS, reinspectionRequestRefusal } from '../domain/reinspection';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';
import { checkOwnPhotos } from './photo-checks';
import { applyStep, updateIdFor, type UpdateRunner } from './workflow-updates';

export interface ReportRectificationCommand {
  hazardId: number;
  measures: string;
  /** 五落实: 责任人, 资金 (yuan), 完成时间, 应急预案; required for a major hazard. */
  responsible?: string | null;
  funds?: number | null;
  completedAt?: Date | null;
  contingencyPlan?: string | null;
  photoIds?: number[] | null;
  idempotencyKey?: string | null;
}
export interface SignOffHazardCommand {
  hazardId: number;
  approved: boolean;
  comment?: string | null;
  newRectifyBy?: Date | null;
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

  async function load(viewer: Viewer, hazardId: number): Promise<HazardRow> {
    const [hazard] = await hazards.getByIds(rowScopeOf(viewer), [hazardId]);
    if (!hazard) throw notFound('隐患');
    return hazard;
  }

  /** 核查 by the hazard's own unit, or by the county office for what its 督导 found (次日核查): never the supervised unit. */
  async function loadForVerification(viewer: Viewer, hazardId: number): Promise<HazardRow> {
    const hazard = await load(viewer, hazardId);
    if (hazard.verifier_org_id !== null && isOfUnit(viewer, hazard.regulator_id))
      throw new AppError('FORBIDDEN', SUPERVISION_ROUND_REFUSALS.verifierIsCountyOffice);
    requireStaffOf(viewer, hazard.verifier_org_id ?? hazard.regulator_id, '核查隐患整改');
    return hazard;
  }

  /** The enterprise itself (its scope holds only its own hazards), or its unit's people on its behalf (代报). */
  async function loadForReport(viewer: Viewer, hazardId: number): Promise<{ hazard: HazardRow; onBehalf: boolean }> {
    const hazard = await load(viewer, hazardId);
    if (viewer.role === 'ENTERPRISE' && viewer.enterpriseId === hazard.enterprise_id)
      return { hazard, onBehalf: false };
    if (isOfUnit(viewer, hazard.regulator_id)) return { hazard, onBehalf: true };
    throw new AppError('FORBIDDEN', HAZARD_REFUSALS.reporterRole);
  }

  const optionalText = (text: string | null | undefined, what: string, max: number) => {
    const trimmed = text?.trim() || null;
    if (trimmed && trimmed.length > max) throw badInput(textTooLong(what, max));
    return trimmed;
  };

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
    /** Where the step found the subject, when its status alone does not say (an application for 复查). */
    stillWhereFound?: (row: HazardRow) => boolean,
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
      unchanged: async () => {
        const row = await current();
        return row !== undefined && (stillWhereFound ? stillWhereFound(row) : row.status === hazard.status);
      },
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
    if (photoIds.length > LIMITS.photosPerStep) throw badInput(LIMIT_REFUSALS.tooManyPhotos);
    await checkOwnPhotos(db, viewer, photoIds);
    return photoIds;
  }

  return {
    async reportRectification(
      viewer: Viewer,
      input: ReportRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const { hazard, onBehalf } = await loadForReport(viewer, input.hazardId);
      const updateId = updateIdFor('reportRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const measures = input.measures.trim();
      if (measures.length > LIMITS.longText) throw badInput(textTooLong('整改措施', LIMITS.longText));
      const responsible = optionalText(input.responsible, '整改责任人', LIMITS.shortText);
      const contingencyPlan = optionalText(input.contingencyPlan, '应急预案', LIMITS.longText);
      const completedAt = input.completedAt ?? null;
      const funds = input.funds ?? null;
      const photoIds = [...new Set(input.photoIds ?? [])];
      refuseBadInput(
        rectificationReportProblem(
          hazard.level,
          { measures, responsible, funds, completedAt, contingencyPlan, photoCount: photoIds.length },
          { foundAt: hazard.found_at },
          now(),
        ),
      );
      const refusal = reportRefusal(hazard.status);
      if (refusal) throw new AppError('CONFLICT', refusal);
      await stepPhotos(viewer, photoIds);
      return step(
        viewer,
        hazard,
        reportRectification,
        {
          measures,
          responsible,
          funds,
          completedAt: completedAt?.toISOString() ?? null,
          contingencyPlan,
          onBehalf,
          actorId: viewer.id,
          requestId,
          photoIds,
        },
        updateId,
        HAZARD_REFUSALS.closedNoReport,
      );
    },

    /**
     * 申请复查: the enterprise of a hazard under an order, its rectification reported, applies once; the 复查 is then
     * due counted from the application (domain/reinspection.ts), and the unit that re-inspects is told.
     */
    async requestReinspection(
      viewer: Viewer,
      input: { hazardId: number; idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await load(viewer, input.hazardId);
      if (viewer.role !== 'ENTERPRISE' || viewer.enterpriseId !== hazard.enterprise_id)
        throw new AppError('FORBIDDEN', REINSPECTION_REFUSALS.notEnterprise);
      const updateId = updateIdFor('requestReinspection', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const underOrder = (await createDocumentRepository(db).underOrder([hazard.id])).has(hazard.id);
      const refusal = reinspectionRequestRefusal({
        underOrder,
        status: hazard.status,
        requested: hazard.reinspection_requested_at !== null,
      });
      if (refusal) throw underOrder ? new AppError('CONFLICT', refusal) : badInput(refusal);
      return step(
        viewer,
        hazard,
        requestReinspection,
        { actorId: viewer.id, requestId },
        updateId,
        HAZARD_REFUSALS.closedNoReport,
        (row) => row.status === 'PENDING_VERIFICATION' && row.reinspection_requested_at === null,
      );
    },

    async verifyRectification(
      viewer: Viewer,
      input: VerifyRectificationCommand,
      requestId: string | null,
    ): Promise<HazardRow> {
      const hazard = await loadForVerification(viewer, input.hazardId);
      const updateId = updateIdFor('verifyRectification', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const someoneElse = verifierProblem(viewer.id, hazard.reported_by);
      if (someoneElse) throw new AppError('FORBIDDEN', someoneElse);
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > LIMITS.longText) throw badInput(textTooLong('核查意见', LIMITS.longText));
      const at = now();
      if (!input.passed) {
        refuseBadInput(rejectionDeadlineProblem(false, input.newRectifyBy ?? null, at));
        if (input.newRectifyBy) refuseBadInput(farDateProblem(input.newRectifyBy, at, '新的整改期限'));
        if (!comment) throw badInput(HAZARD_REFUSALS.rejectionNeedsComment);
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

    /** 销号审核 of a verified major hazard: approved closes it, returned sends it back with a reason and a deadline. */
    async signOff(viewer: Viewer, input: SignOffHazardCommand, requestId: string | null): Promise<HazardRow> {
      if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', HAZARD_REFUSALS.signOffByCountyOffice);
      const hazard = await load(viewer, input.hazardId);
      const updateId = updateIdFor('signOffHazard', hazard.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await hazards.stepRecorded(updateId))) return hazard;
      const comment = optionalText(input.comment, '审核意见', LIMITS.longText);
      const at = now();
      const newRectifyBy = input.approved ? null : (input.newRectifyBy ?? null);
      refuseBadInput(signOffReturnProblem(input.approved, comment, newRectifyBy, at));
      if (newRectifyBy) refuseBadInput(farDateProblem(newRectifyBy, at, '新的整改期限'));
      const refusal = signOffRefusal(hazard.status);
      if (refusal) throw new AppError('CONFLICT', refusal);
      return step(
        viewer,
        hazard,
        signOffHazard,
        {
          approved: input.approved,
          comment,
          newRectifyBy: newRectifyBy?.toISOString() ?? null,
          actorId: viewer.id,
          requestId,
        },
        updateId,
        HAZARD_REFUSALS.closedNoSignOff,
      );
    },
  };
}

export type HazardService = ReturnType<typeof createHazardService>;
