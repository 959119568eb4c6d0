// Side effects of a task's life: the inspection with its hazards, reminders, escalations, cancellation.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createHazardRepository } from '../db/repositories/hazards';
import { createInspectionRepository } from '../db/repositories/inspections';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPhotoRepository } from '../db/repositories/photos';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { TASK_REFUSALS, taskNotFound } from '../domain/inspection-rules';
import { hazardNotices, selfCheckNotices, taskNotices } from '../domain/notices';
import type { EscalationLevel, HazardLevel } from '../domain/types';
import type { SubmitInspectionInput } from '../workflows/messages';
import { conflict, notFound } from './failures';

/** A hazard as its task's workflow starts it: found by an inspection or by the enterprise's self-check. */
export interface RecordedHazard {
  id: number;
  level: HazardLevel;
  foundAt: string;
  rectifyBy: string;
}

export interface RecordedInspection {
  inspectionId: number;
  hazards: RecordedHazard[];
}

export function createTaskActivities(db: Kysely<DB>) {
  return {
    /** Writes the inspection, its hazards and the task's completion in one transaction; a retry returns the first result. */
    async recordInspection(input: {
      taskId: number;
      updateId: string;
      submission: SubmitInspectionInput;
      at: string;
    }): Promise<RecordedInspection> {
      return db.transaction().execute(async (trx) => {
        const inspections = createInspectionRepository(trx);
        const hazards = createHazardRepository(trx);
        const task = await createTaskRepository(trx).lockWithContext(input.taskId);
        if (!task) throw notFound(taskNotFound(input.taskId));
        let inspection = await inspections.recordedFor(input.taskId);
        // A retry of the same submission returns the first result; another submission is refused.
        if (inspection && inspection.idempotency_key !== input.updateId) throw conflict(TASK_REFUSALS.alreadySubmitted);
        if (!inspection) {
          if (task.status !== 'OPEN') throw conflict(TASK_REFUSALS.notOpen);
          inspection = await recordNewInspection(trx, task, input);
        }
        const found = await hazards.foundBy({ inspectionId: inspection.id });
        return {
          inspectionId: inspection.id,
          hazards: found.map((h) => ({
            id: h.id,
            level: h.level,
            foundAt: h.found_at.toISOString(),
            rectifyBy: h.rectify_by.toISOString(),
          })),
        };
      });
    },

    /** Before the due time: an inspection's to its regulator (and inspector), a self-check's to the enterprise. */
    async sendTaskReminder(input: { taskId: number; dueAt: string; at: string }): Promise<void> {
      const task = await createTaskRepository(db).withContext(input.taskId);
      if (!task || task.status !== 'OPEN') return;
      const selfCheck = task.kind === 'SELF_CHECK';
      await createNotificationRepository(db).send({
        ...(selfCheck ? selfCheckNotices : taskNotices).dueSoon(task, new Date(input.dueAt)),
        ...(selfCheck
          ? { orgUnitId: null, enterpriseId: task.enterprise_id, userId: null }
          : { orgUnitId: task.assignee_org_id, userId: task.assignee_user_id }),
        subjectType: 'Task',
        subjectId: task.id,
        dedupeKey: `task-${task.id}:remind:${input.dueAt}`,
        at: new Date(input.at),
      });
    },

    async raiseTaskEscalation(input: {
      taskId: number;
      rungKey: string;
      level: EscalationLevel;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const task = await createTaskRepository(trx).withContext(input.taskId);
        if (!task || task.status !== 'OPEN') return;
        const selfCheck = task.kind === 'SELF_CHECK';
        const raised = await createEscalationRepository(trx).raise({
          subject: { taskId: task.id },
          owner: { regulatorId: task.assignee_org_id, industry: task.industry, townshipId: task.township_id },
          rung: input,
          notice: (selfCheck ? selfCheckNotices : taskNotices).escalated(task, input.level),
        });
        // The enterprise is told who now presses its overdue self-check.
        if (selfCheck && raised.created) {
          await createNotificationRepository(trx).send({
            ...selfCheckNotices.overdue(task, input.level),
            orgUnitId: null,
            enterpriseId: task.enterprise_id,
            userId: null,
            subjectType: 'Task',
            subjectId: task.id,
            dedupeKey: `${input.rungKey}:enterprise`,
            at: new Date(input.at),
          });
        }
      });
    },

    async cancelTask(input: { taskId: number; at: string; reason: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await createTaskRepository(trx).cancelOpen(input.taskId, input.at))) return;
        await createEscalationRepository(trx).resolveOpenForTask(input.taskId, new Date(input.at));
        await createAuditRepository(trx).record({
          actorId: null,
          action: 'cancelTask',
          subjectType: 'Task',
          subjectId: input.taskId,
          before: { status: 'OPEN' },
          after: { status: 'CANCELLED', reason: input.reason },
          at: input.at,
        });
      });
    },
  };
}

type LockedTask = NonNullable<Awaited<ReturnType<ReturnType<typeof createTaskRepository>['lockWithContext']>>>;

/** The first record of a submission: the inspection, its findings as hazards, the evidence, the task done. */
async function recordNewInspection(
  trx: Kysely<DB>,
  task: LockedTask,
  input: { updateId: string; submission: SubmitInspectionInput; at: string },
) {
  const s = input.submission;
  const at = new Date(input.at);
  const photos = createPhotoRepository(trx);
  const inspection = await createInspectionRepository(trx).insert({
    task_id: task.id,
    enterprise_id: task.enterprise_id,
    inspected_at: s.inspectedAt,
    inspector_count: s.inspectorCount,
    notes: s.notes,
    submitted_by: s.actorId,
    idempotency_key: input.updateId,
  });
  const inspectionId = inspection.id;
  if (s.findings.length > 0) {
    const found = await createHazardRepository(trx).insertFound(
      s.findings.map((f, i) => ({
        inspection_id: inspectionId,
        finding_index: i,
        // What a tip's verification finds is the tip's: it enters the same hazard loop, marked as reported by the public.
        source: task.kind === 'VERIFY' ? ('TIP' as const) : ('INSPECTION' as const),
        campaign_id: task.campaign_id,
        enterprise_id: task.enterprise_id,
        regulator_id: task.assignee_org_id,
        township_id: task.township_id,
        checklist_item_id: f.checklistItemId,
        level: f.level,
        description: f.description,
        location: f.location,
        found_at: s.inspectedAt,
        rectify_by: f.rectifyBy,
      })),
      s.actorId,
      s.inspectedAt,
    );
    const notifications = createNotificationRepository(trx);
    for (const hazard of found) {
      const finding = s.findings[hazard.finding_index ?? -1];
      const photoIds = finding?.photoIds ?? [];
      if (photoIds.length > 0 && s.actorId !== null) {
        await photos.attach({ photoIds, uploadedBy: s.actorId, inspectionId, hazardId: hazard.id, step: 'FOUND', at });
      }
      // 整改通知: the enterprise learns what to rectify and by when.
      if (finding)
        await notifications.send({
          ...hazardNotices.found({
            enterprise_name: task.enterprise_name,
            description: finding.description,
            rectify_by: new Date(finding.rectifyBy),
          }),
          orgUnitId: null,
          enterpriseId: task.enterprise_id,
          userId: null,
          subjectType: 'Hazard',
          subjectId: hazard.id,
          dedupeKey: `hazard-${hazard.id}:found:enterprise`,
          at,
        });
    }
  }
  if (s.photoIds?.length && s.actorId !== null) {
    await photos.attach({
      photoIds: s.photoIds,
      uploadedBy: s.actorId,
      inspectionId,
      hazardId: null,
      step: 'INSPECTION',
      at,
    });
  }
  await createTaskRepository(trx).markDone(task.id, input.at);
  await createEscalationRepository(trx).resolveOpenForTask(task.id, at);
  await createAuditRepository(trx).record({
    actorId: s.actorId,
    action: 'submitInspection',
    subjectType: 'Task',
    subjectId: task.id,
    requestId: s.requestId ?? null,
    before: { status: 'OPEN' },
    after: { status: 'DONE', inspectionId, findings: s.findings.length },
    at: input.at,
  });
  return inspection;
}
