// What an enterprise may do with its self-check task (企业自查): answer the campaign's checklist item by item and
// record the hazards it found itself, each with its rectification plan — through the task's workflow.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createSelfCheckRepository, type SelfCheckRow } from '../db/repositories/self-checks';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { findingLabel, findingTextProblem } from '../domain/inspection-rules';
import { farDateProblem, LIMITS, textTooLong } from '../domain/limits';
import { SELF_CHECK_REFUSALS, selfCheckAnswersProblem } from '../domain/self-check-rules';
import type { HazardLevel, SelfCheckAnswer } from '../domain/types';
import { submitSelfCheck, taskWorkflowId } from '../workflows/messages';
import { notFound, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';
import { checkOwnPhotos } from './photo-checks';
import { applyStep, updateIdFor, type UpdateRunner } from './workflow-updates';

export interface SubmitSelfCheckCommand {
  taskId: number;
  answers: { checklistItemId: number; answer: SelfCheckAnswer; note?: string | null }[];
  hazards: {
    level: HazardLevel;
    description: string;
    location?: string | null;
    checklistItemId?: number | null;
    rectifyBy: Date;
    rectificationPlan: string;
    photoIds?: number[] | null;
  }[];
  notes?: string | null;
  idempotencyKey?: string | null;
}

export function createSelfCheckService(deps: {
  db: Kysely<DB>;
  updates: UpdateRunner;
  now?: () => Date;
  deadlineMs?: number;
}) {
  const { db, updates } = deps;
  const deadlineMs = deps.deadlineMs ?? 20_000;
  const now = deps.now ?? (() => new Date());
  const tasks = createTaskRepository(db);
  const selfChecks = createSelfCheckRepository(db);

  /** The checklist the campaign's self-check answers, in its order. */
  async function itemsOf(campaignId: number | null) {
    if (campaignId === null) return [];
    const [campaign] = await createCampaignRepository(db).getByIds([campaignId]);
    const templateId = campaign?.checklist_template_id;
    return templateId == null ? [] : createChecklistRepository(db).itemsByTemplateIds([templateId]);
  }

  return {
    async submit(viewer: Viewer, input: SubmitSelfCheckCommand, requestId: string | null): Promise<SelfCheckRow> {
      const scope = rowScopeOf(viewer);
      const [task] = await tasks.getByIds(scope, [input.taskId]);
      if (!task) throw notFound('自查任务');
      if (viewer.role !== 'ENTERPRISE' || viewer.enterpriseId !== task.enterprise_id)
        throw new AppError('FORBIDDEN', SELF_CHECK_REFUSALS.onlyTheEnterprise);
      if (task.kind !== 'SELF_CHECK') throw badInput(SELF_CHECK_REFUSALS.notSelfCheck);
      const updateId = updateIdFor('submitSelfCheck', task.id, viewer.id, input.idempotencyKey, randomUUID);
      // A retried request whose first attempt finished the task returns what that attempt recorded.
      const recorded = input.idempotencyKey ? await selfChecks.getByIdempotencyKey(scope, updateId) : undefined;
      if (recorded) return recorded;
      if (task.status !== 'OPEN')
        throw new AppError(
          'CONFLICT',
          task.status === 'DONE' ? SELF_CHECK_REFUSALS.alreadySubmitted : SELF_CHECK_REFUSALS.notOpen,
        );

      const at = now();
      if (input.hazards.length > LIMITS.findings) throw badInput(SELF_CHECK_REFUSALS.tooManyHazards);
      const notes = input.notes?.trim() || null;
      if (notes && notes.length > LIMITS.longText) throw badInput(SELF_CHECK_REFUSALS.notesTooLong);
      refuseBadInput(
        selfCheckAnswersProblem(
          await itemsOf(task.campaign_id),
          input.answers,
          input.hazards.map((h) => h.checklistItemId ?? null),
        ),
      );
      const answers = input.answers.map((a) => {
        const note = a.note?.trim() || null;
        if (note && note.length > LIMITS.shortText) throw badInput(textTooLong('自查说明', LIMITS.shortText));
        return { checklistItemId: a.checklistItemId, answer: a.answer, note };
      });
      const hazards = input.hazards.map((h, index) => {
        const description = h.description.trim();
        const location = h.location?.trim() || null;
        const rectificationPlan = h.rectificationPlan.trim();
        refuseBadInput(findingTextProblem(index, description, location));
        if (rectificationPlan.length === 0) throw badInput(SELF_CHECK_REFUSALS.planMissing);
        if (rectificationPlan.length > LIMITS.longText)
          throw badInput(textTooLong(`${findingLabel(index)}的整改方案`, LIMITS.longText));
        if (h.rectifyBy.getTime() <= at.getTime()) throw badInput(`${findingLabel(index)}的整改期限必须晚于现在`);
        refuseBadInput(farDateProblem(h.rectifyBy, at, `${findingLabel(index)}的整改期限`));
        return {
          level: h.level,
          description,
          location,
          checklistItemId: h.checklistItemId ?? null,
          rectifyBy: h.rectifyBy.toISOString(),
          rectificationPlan,
          photoIds: [...new Set(h.photoIds ?? [])],
        };
      });
      await checkOwnPhotos(
        db,
        viewer,
        hazards.flatMap((h) => h.photoIds),
      );

      return applyStep({
        run: async () => {
          const result = await updates.run(
            taskWorkflowId(task.id),
            submitSelfCheck,
            { actorId: viewer.id, requestId, answers, hazards, notes },
            updateId,
          );
          const [selfCheck] = await selfChecks.getByIds(scope, [result.selfCheckId]);
          if (!selfCheck) throw new Error(`self-check ${result.selfCheckId} recorded but not readable`);
          return selfCheck;
        },
        recorded: async () => (await selfChecks.getByIdempotencyKey(scope, updateId)) ?? undefined,
        unchanged: async () => (await tasks.getByIds(scope, [task.id]))[0]?.status === 'OPEN',
        closed: () => Promise.reject(new AppError('CONFLICT', SELF_CHECK_REFUSALS.notOpen)),
        deadlineMs,
        busyMessage: SELF_CHECK_REFUSALS.stepInFlight,
      });
    },
  };
}

export type SelfCheckService = ReturnType<typeof createSelfCheckService>;
