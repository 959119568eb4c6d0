// What a regulator may do with a task: submit its inspection (through the task's workflow).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createTaskRepository, type InspectionRow } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { farDateProblem, LIMITS } from '../domain/limits';
import type { HazardLevel } from '../domain/types';
import { submitInspection, taskWorkflowId } from '../workflows/messages';
import { notFound, requireStaffOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';
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
}

const MINUTE = 60_000;
const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

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

  return {
    async submitInspection(
      viewer: Viewer,
      input: SubmitInspectionCommand,
      requestId: string | null,
    ): Promise<InspectionRow> {
      const [task] = await tasks.getByIds(rowScopeOf(viewer), [input.taskId]);
      if (!task) throw notFound('检查任务');
      requireStaffOf(viewer, task.assignee_org_id, '提交该任务的检查记录');
      const updateId = updateIdFor('submitInspection', task.id, viewer.id, input.idempotencyKey, randomUUID);
      // A retried request whose first attempt finished the task returns what that attempt recorded.
      const recorded = input.idempotencyKey ? await tasks.inspectionByIdempotencyKey(updateId) : undefined;
      if (recorded) return recorded;
      if (task.status !== 'OPEN')
        throw new AppError(
          'CONFLICT',
          task.status === 'DONE' ? '该任务已提交检查记录，不能重复提交' : '该任务已取消，不能提交检查记录',
        );

      const at = now();
      const inspectedAt = input.inspectedAt ?? at;
      if (inspectedAt.getTime() > at.getTime() + 10 * MINUTE) throw bad('检查时间不能晚于当前时间');
      const [campaign] = await createCampaignRepository(db).getByIds([task.campaign_id]);
      if (campaign && inspectedAt.getTime() < campaign.starts_at.getTime() - 86_400_000)
        throw bad('检查时间不能早于专项行动开始时间');
      const tooOld = farDateProblem(inspectedAt, at, '检查时间');
      if (tooOld) throw bad(tooOld);
      if (
        !Number.isInteger(input.inspectorCount) ||
        input.inspectorCount < 1 ||
        input.inspectorCount > LIMITS.inspectorCount
      ) {
        throw bad(`检查组人数应为1至${LIMITS.inspectorCount}人`);
      }
      if (input.findings.length > LIMITS.findings) throw bad(`一次检查最多登记${LIMITS.findings}项隐患`);
      const notes = input.notes?.trim() || null;
      if (notes && notes.length > LIMITS.longText) throw bad(`备注不能超过${LIMITS.longText}个字`);
      const itemIds = input.findings.flatMap((f) => (f.checklistItemId != null ? [f.checklistItemId] : []));
      if (itemIds.length > 0) {
        const items = await createChecklistRepository(db).itemsByIds([...new Set(itemIds)]);
        const ok = new Set(
          items.filter((item) => item.template_id === campaign?.checklist_template_id).map((item) => item.id),
        );
        if (itemIds.some((id) => !ok.has(id))) throw bad('所选检查项不属于本次行动的检查表');
      }
      const findings = input.findings.map((f, index) => {
        const label = `第${index + 1}项隐患`;
        const description = f.description.trim();
        if (description.length === 0) throw bad(`${label}的描述不能为空`);
        if (description.length > LIMITS.longText) throw bad(`${label}的描述不能超过${LIMITS.longText}个字`);
        const location = f.location?.trim() || null;
        if (location && location.length > LIMITS.shortText) throw bad(`${label}的位置不能超过${LIMITS.shortText}个字`);
        if (f.rectifyBy.getTime() <= inspectedAt.getTime()) throw bad(`${label}的整改期限必须晚于检查时间`);
        const far = farDateProblem(f.rectifyBy, at, `${label}的整改期限`);
        if (far) throw bad(far);
        return {
          level: f.level,
          description,
          location,
          checklistItemId: f.checklistItemId ?? null,
          rectifyBy: f.rectifyBy.toISOString(),
          photoIds: [...new Set(f.photoIds ?? [])],
        };
      });
      const photoIds = [...new Set(input.photoIds ?? [])];
      await checkOwnPhotos(db, viewer, [...photoIds, ...findings.flatMap((f) => f.photoIds)]);

      return applyStep({
        run: async () => {
          const result = await updates.run(
            taskWorkflowId(task.id),
            submitInspection,
            {
              actorId: viewer.id,
              requestId,
              inspectedAt: inspectedAt.toISOString(),
              inspectorCount: input.inspectorCount,
              findings,
              notes,
              photoIds,
            },
            updateId,
          );
          const [inspection] = await tasks.inspectionsByIds(rowScopeOf(viewer), [result.inspectionId]);
          if (!inspection) throw new Error(`inspection ${result.inspectionId} recorded but not readable`);
          return inspection;
        },
        recorded: async () => (await tasks.inspectionByIdempotencyKey(updateId)) ?? undefined,
        unchanged: async () => (await tasks.getByIds(rowScopeOf(viewer), [task.id]))[0]?.status === 'OPEN',
        closed: () => Promise.reject(new AppError('CONFLICT', '该任务已完成或已取消，不能再提交检查记录')),
        deadlineMs,
        busyMessage: '该任务的上一次提交仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
      });
    },
  };
}

export type TaskService = ReturnType<typeof createTaskService>;
