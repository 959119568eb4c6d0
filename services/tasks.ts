// What a regulator may do with a task: submit its inspection (through the task's workflow).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createInspectionGroupRepository } from '../db/repositories/inspection-groups';
import { createInspectionRepository, type InspectionRow } from '../db/repositories/inspections';
import type { RowScope } from '../db/repositories/scope';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import {
  findingLabel,
  findingTextProblem,
  INSPECTION_REFUSALS,
  inspectedAtProblem,
  inspectorCountProblem,
  rectifyBeforeInspection,
  submissionRefusal,
  TASK_REFUSALS,
} from '../domain/inspection-rules';
import { farDateProblem, LIMITS } from '../domain/limits';
import { LOOK_BACK_REFUSALS, reopenProblem } from '../domain/look-back';
import type { HazardLevel } from '../domain/types';
import { submitInspection, taskWorkflowId, type SubmitInspectionInput } from '../workflows/messages';
import { notFound, requireStaffOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';
import { checkOwnPhotos } from './photo-checks';
import { applyStep, updateIdFor, type UpdateRunner } from './workflow-updates';

export interface SubmitInspectionCommand {
  taskId: number;
  inspectedAt?: Date | null;
  inspectorCount: number;
  findings: {
    level: HazardLevel;
    description: string;
    location?: string | null;
    checklistItemId?: number | null;
    rectifyBy: Date;
    photoIds?: number[] | null;
  }[];
  notes?: string | null;
  photoIds?: number[] | null;
  idempotencyKey?: string | null;
  /** A 回头看 check's conclusion (required on a look-back task, refused on any other). */
  lookBack?: { rectified: boolean; reason?: string | null; newRectifyBy?: Date | null } | null;
}

export function createTaskService(deps: {
  db: Kysely<DB>;
  updates: UpdateRunner;
  now?: () => Date;
  deadlineMs?: number;
}) {
  const { db, updates } = deps;
  const deadlineMs = deps.deadlineMs ?? 20_000;
  const now = deps.now ?? (() => new Date());
  const tasks = createTaskRepository(db);
  const inspections = createInspectionRepository(db);

  return {
    async submitInspection(
      viewer: Viewer,
      input: SubmitInspectionCommand,
      requestId: string | null,
    ): Promise<InspectionRow> {
      // 综合查一次: a member of the inspection group holding the task records it for the task's unit, whichever unit
      // the member is of (the activity then names the group on the inspection). Anyone else: the task's own unit.
      const groupId = await createInspectionGroupRepository(db).groupOfTaskForMember(input.taskId, viewer.id);
      const scope: RowScope = groupId !== null ? { kind: 'county' } : rowScopeOf(viewer);
      const [task] = await tasks.getByIds(scope, [input.taskId]);
      if (!task) throw notFound('检查任务');
      if (groupId === null) requireStaffOf(viewer, task.assignee_org_id, '提交该任务的检查记录');
      const updateId = updateIdFor('submitInspection', task.id, viewer.id, input.idempotencyKey, randomUUID);
      // A retried request whose first attempt finished the task returns what that attempt recorded.
      const recorded = input.idempotencyKey ? await inspections.getByIdempotencyKey(updateId) : undefined;
      if (recorded) return recorded;
      const refusal = submissionRefusal(task.status);
      if (refusal) throw new AppError('CONFLICT', refusal);

      const at = now();
      // A tip's verification (VERIFY) has no campaign: no window to inspect in, no checklist to answer.
      const [campaign] =
        task.campaign_id === null ? [] : await createCampaignRepository(db).getByIds([task.campaign_id]);
      const checked = await checkSubmission(
        viewer,
        {
          campaign: campaign
            ? {
                startsAt: campaign.starts_at,
                endsAt: campaign.ends_at,
                checklistTemplateId: campaign.checklist_template_id,
              }
            : null,
          isLookBackTask: task.look_back_item_id !== null,
        },
        input,
        at,
      );
      return applySubmission(viewer, task.id, updateId, checked, requestId, scope);
    },

    checkSubmission,
    applySubmission,
  };

  /**
   * An inspection's submission checked against its task's context (the campaign's window and checklist, a 回头看
   * conclusion), as the workflow takes it; throws the refusal. Used before a routine inspection's task is written too.
   */
  async function checkSubmission(
    viewer: Viewer,
    context: {
      campaign: { startsAt: Date; endsAt: Date; checklistTemplateId: number | null } | null;
      isLookBackTask: boolean;
    },
    input: Omit<SubmitInspectionCommand, 'taskId' | 'idempotencyKey'>,
    at: Date,
  ): Promise<CheckedSubmission> {
    const { campaign } = context;
    const inspectedAt = input.inspectedAt ?? at;
    refuseBadInput(inspectedAtProblem(inspectedAt, at, campaign));
    refuseBadInput(farDateProblem(inspectedAt, at, '检查时间'));
    refuseBadInput(inspectorCountProblem(input.inspectorCount));
    if (input.findings.length > LIMITS.findings) throw badInput(INSPECTION_REFUSALS.tooManyFindings);
    const notes = input.notes?.trim() || null;
    if (notes && notes.length > LIMITS.longText) throw badInput(INSPECTION_REFUSALS.notesTooLong);
    const itemIds = input.findings.flatMap((f) => (f.checklistItemId != null ? [f.checklistItemId] : []));
    if (itemIds.length > 0) {
      const items = await createChecklistRepository(db).itemsByIds([...new Set(itemIds)]);
      const ok = new Set(
        items.filter((item) => item.template_id === campaign?.checklistTemplateId).map((item) => item.id),
      );
      if (itemIds.some((id) => !ok.has(id))) throw badInput(INSPECTION_REFUSALS.foreignChecklistItem);
    }
    const findings = input.findings.map((f, index) => {
      const description = f.description.trim();
      const location = f.location?.trim() || null;
      refuseBadInput(findingTextProblem(index, description, location));
      if (f.rectifyBy.getTime() <= inspectedAt.getTime()) throw badInput(rectifyBeforeInspection(index));
      refuseBadInput(farDateProblem(f.rectifyBy, at, `${findingLabel(index)}的整改期限`));
      return {
        level: f.level,
        description,
        location,
        checklistItemId: f.checklistItemId ?? null,
        rectifyBy: f.rectifyBy.toISOString(),
        photoIds: [...new Set(f.photoIds ?? [])],
      };
    });
    const lookBack = lookBackOf(context.isLookBackTask, input.lookBack ?? null, at);
    const photoIds = [...new Set(input.photoIds ?? [])];
    await checkOwnPhotos(db, viewer, [...photoIds, ...findings.flatMap((f) => f.photoIds)]);
    return {
      inspectedAt: inspectedAt.toISOString(),
      inspectorCount: input.inspectorCount,
      findings,
      notes,
      photoIds,
      ...(lookBack ? { lookBack } : {}),
    };
  }

  /** Runs a checked submission through its task's workflow (Update `submitInspection`) and reads the inspection. */
  function applySubmission(
    viewer: Viewer,
    taskId: number,
    updateId: string,
    checked: CheckedSubmission,
    requestId: string | null,
    /** Where the inspection is read back from: the viewer's scope, or the county's for a group member (综合查一次). */
    scope: RowScope = rowScopeOf(viewer),
  ): Promise<InspectionRow> {
    return applyStep({
      run: async () => {
        const result = await updates.run(
          taskWorkflowId(taskId),
          submitInspection,
          { actorId: viewer.id, requestId, ...checked },
          updateId,
        );
        const [inspection] = await inspections.getByIds(scope, [result.inspectionId]);
        if (!inspection) throw new Error(`inspection ${result.inspectionId} recorded but not readable`);
        return inspection;
      },
      recorded: async () => (await inspections.getByIdempotencyKey(updateId)) ?? undefined,
      unchanged: async () => (await tasks.getByIds(scope, [taskId]))[0]?.status === 'OPEN',
      closed: () => Promise.reject(new AppError('CONFLICT', TASK_REFUSALS.notOpen)),
      deadlineMs,
      busyMessage: TASK_REFUSALS.stepInFlight,
    });
  }
}

/** A submission as the task's workflow takes it, less who sent it. */
export type CheckedSubmission = Omit<SubmitInspectionInput, 'actorId' | 'requestId'>;

export type TaskService = ReturnType<typeof createTaskService>;

/** The look-back conclusion as the workflow takes it, or the refusal of a missing or misplaced one. */
function lookBackOf(
  isLookBackTask: boolean,
  verdict: SubmitInspectionCommand['lookBack'],
  now: Date,
): SubmitInspectionInput['lookBack'] {
  if (!isLookBackTask) {
    if (verdict) throw badInput(LOOK_BACK_REFUSALS.notLookBackTask);
    return undefined;
  }
  if (!verdict) throw badInput(LOOK_BACK_REFUSALS.verdictRequired);
  if (verdict.rectified) return { rectified: true };
  const reason = verdict.reason?.trim() ?? '';
  if (!verdict.newRectifyBy) throw badInput(LOOK_BACK_REFUSALS.newRectifyByRequired);
  refuseBadInput(reopenProblem(reason, verdict.newRectifyBy, now));
  refuseBadInput(farDateProblem(verdict.newRectifyBy, now, '新的整改期限'));
  return { rectified: false, reason, newRectifyBy: verdict.newRectifyBy.toISOString() };
}
