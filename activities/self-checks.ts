// The enterprise's self-check (企业自查) recorded by its task's workflow: the answers, the hazards it found itself
// (source SELF_CHECK, each with its plan and FOUND event), its evidence, and the task done — in one transaction, once.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createHazardRepository } from '../db/repositories/hazards';
import { createPhotoRepository } from '../db/repositories/photos';
import { createSelfCheckRepository } from '../db/repositories/self-checks';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { taskNotFound } from '../domain/inspection-rules';
import { SELF_CHECK_REFUSALS } from '../domain/self-check-rules';
import type { SubmitSelfCheckInput } from '../workflows/messages';
import { conflict, notFound } from './failures';
import type { RecordedHazard } from './tasks';

export interface RecordedSelfCheck {
  selfCheckId: number;
  hazards: RecordedHazard[];
}

export function createSelfCheckActivities(db: Kysely<DB>) {
  return {
    /** A retry of the same submission (its update id) returns the first result; another submission is refused. */
    async recordSelfCheck(input: {
      taskId: number;
      updateId: string;
      submission: SubmitSelfCheckInput;
      at: string;
    }): Promise<RecordedSelfCheck> {
      return db.transaction().execute(async (trx) => {
        const task = await createTaskRepository(trx).lockWithContext(input.taskId);
        if (!task) throw notFound(taskNotFound(input.taskId));
        const selfChecks = createSelfCheckRepository(trx);
        const recorded = await selfChecks.recordedFor(task.id);
        if (recorded && recorded.idempotency_key !== input.updateId)
          throw conflict(SELF_CHECK_REFUSALS.alreadySubmitted);
        const selfCheckId = recorded?.id ?? (await recordNew(trx, task, input));
        const found = await createHazardRepository(trx).foundBy({ selfCheckId });
        return {
          selfCheckId,
          hazards: found.map((h) => ({
            id: h.id,
            level: h.level,
            foundAt: h.found_at.toISOString(),
            rectifyBy: h.rectify_by.toISOString(),
          })),
        };
      });
    },
  };
}

type LockedTask = NonNullable<Awaited<ReturnType<ReturnType<typeof createTaskRepository>['lockWithContext']>>>;

async function recordNew(
  trx: Kysely<DB>,
  task: LockedTask,
  input: { updateId: string; submission: SubmitSelfCheckInput; at: string },
): Promise<number> {
  if (task.kind !== 'SELF_CHECK' || task.campaign_id === null) throw conflict(SELF_CHECK_REFUSALS.notSelfCheck);
  if (task.status !== 'OPEN') throw conflict(SELF_CHECK_REFUSALS.notOpen);
  const s = input.submission;
  const at = new Date(input.at);
  const selfCheckId = await createSelfCheckRepository(trx).insert(
    {
      task_id: task.id,
      campaign_id: task.campaign_id,
      enterprise_id: task.enterprise_id,
      submitted_by: s.actorId,
      submitted_at: input.at,
      notes: s.notes,
      idempotency_key: input.updateId,
    },
    s.answers.map((a) => ({ checklist_item_id: a.checklistItemId, answer: a.answer, note: a.note })),
  );
  if (s.hazards.length > 0) {
    const found = await createHazardRepository(trx).insertFound(
      s.hazards.map((h, i) => ({
        source: 'SELF_CHECK' as const,
        self_check_id: selfCheckId,
        finding_index: i,
        campaign_id: task.campaign_id,
        enterprise_id: task.enterprise_id,
        regulator_id: task.assignee_org_id,
        township_id: task.township_id,
        checklist_item_id: h.checklistItemId,
        level: h.level,
        description: h.description,
        location: h.location,
        found_at: input.at,
        rectify_by: h.rectifyBy,
        rectification_plan: h.rectificationPlan,
      })),
      s.actorId,
      input.at,
    );
    const photos = createPhotoRepository(trx);
    for (const hazard of found) {
      const photoIds = s.hazards[hazard.finding_index ?? -1]?.photoIds ?? [];
      if (photoIds.length > 0 && s.actorId !== null)
        await photos.attach({
          photoIds,
          uploadedBy: s.actorId,
          inspectionId: null,
          hazardId: hazard.id,
          step: 'FOUND',
          at,
        });
    }
  }
  await createTaskRepository(trx).markDone(task.id, input.at);
  await createEscalationRepository(trx).resolveOpenForTask(task.id, at);
  await createAuditRepository(trx).record({
    actorId: s.actorId,
    action: 'submitSelfCheck',
    subjectType: 'Task',
    subjectId: task.id,
    requestId: s.requestId ?? null,
    before: { status: 'OPEN' },
    after: { status: 'DONE', selfCheckId, answers: s.answers.length, hazards: s.hazards.length },
  });
  return selfCheckId;
}
