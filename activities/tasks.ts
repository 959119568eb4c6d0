// Side effects of a task's life: the inspection with its hazards, reminders, escalations, cancellation.
import type { Kysely, Transaction } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPhotoRepository } from '../db/repositories/photos';
import type { DB } from '../db/schema';
import { ESCALATION_LEVEL_NAMES_ZH } from '../domain/escalation';
import type { EscalationLevel, HazardLevel } from '../domain/types';
import type { SubmitInspectionInput } from '../workflows/messages';
import { formatShanghaiDateTime } from '../domain/reports';
import { conflict, notFound } from './failures';

export interface RecordedInspection {
  inspectionId: number;
  hazards: { id: number; level: HazardLevel; foundAt: string; rectifyBy: string }[];
}

function taskWithContext(db: Kysely<DB> | Transaction<DB>, taskId: number) {
  return db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .innerJoin('campaign', 'campaign.id', 'task.campaign_id')
    .select([
      'task.id',
      'task.status',
      'task.campaign_id',
      'task.enterprise_id',
      'task.assignee_org_id',
      'task.assignee_user_id',
      'task.due_at',
      'enterprise.name as enterprise_name',
      'enterprise.industry',
      'enterprise.township_id',
      'enterprise.regulator_id',
      'campaign.name as campaign_name',
    ])
    .where('task.id', '=', taskId);
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
        // Lock the task row only: locking the joined campaign row would serialise every inspection of a campaign.
        const task = await taskWithContext(trx, input.taskId).forUpdate('task').executeTakeFirst();
        if (!task) throw notFound(`任务 ${input.taskId} 不存在`);
        let inspection = await trx
          .selectFrom('inspection')
          .select(['id', 'idempotency_key'])
          .where('task_id', '=', input.taskId)
          .executeTakeFirst();
        // A retry of the same submission returns the first result; another submission is refused.
        if (inspection && inspection.idempotency_key !== input.updateId)
          throw conflict('该任务已提交检查记录，不能重复提交');
        if (!inspection) {
          if (task.status !== 'OPEN') throw conflict('该任务已完成或已取消，不能再提交检查记录');
          const s = input.submission;
          inspection = await trx
            .insertInto('inspection')
            .values({
              task_id: task.id,
              enterprise_id: task.enterprise_id,
              inspected_at: s.inspectedAt,
              inspector_count: s.inspectorCount,
              notes: s.notes,
              submitted_by: s.actorId,
              idempotency_key: input.updateId,
            })
            .returning(['id', 'idempotency_key'])
            .executeTakeFirstOrThrow();
          const inspectionId = inspection.id;
          if (s.findings.length > 0) {
            const hazards = await trx
              .insertInto('hazard')
              .values(
                s.findings.map((f, i) => ({
                  inspection_id: inspectionId,
                  finding_index: i,
                  campaign_id: task.campaign_id,
                  enterprise_id: task.enterprise_id,
                  regulator_id: task.regulator_id,
                  township_id: task.township_id,
                  checklist_item_id: f.checklistItemId,
                  level: f.level,
                  description: f.description,
                  location: f.location,
                  found_at: s.inspectedAt,
                  rectify_by: f.rectifyBy,
                })),
              )
              .returning(['id', 'level', 'finding_index'])
              .execute();
            const photos = createPhotoRepository(trx);
            for (const hazard of hazards) {
              const photoIds = s.findings[hazard.finding_index ?? -1]?.photoIds ?? [];
              if (photoIds.length > 0 && s.actorId !== null) {
                await photos.attach({
                  photoIds,
                  uploadedBy: s.actorId,
                  inspectionId,
                  hazardId: hazard.id,
                  step: 'FOUND',
                  at: new Date(input.at),
                });
              }
            }
            await trx
              .insertInto('hazard_event')
              .values(
                hazards.map((h) => ({
                  hazard_id: h.id,
                  kind: 'FOUND' as const,
                  from_status: null,
                  to_status: 'OPEN' as const,
                  actor_id: s.actorId,
                  comment: null,
                  data: null,
                  event_key: `hazard-${h.id}:found`,
                  at: s.inspectedAt,
                })),
              )
              .execute();
          }
          if (s.photoIds?.length && s.actorId !== null) {
            await createPhotoRepository(trx).attach({
              photoIds: s.photoIds,
              uploadedBy: s.actorId,
              inspectionId,
              hazardId: null,
              step: 'INSPECTION',
              at: new Date(input.at),
            });
          }
          await trx.updateTable('task').set({ status: 'DONE', done_at: input.at }).where('id', '=', task.id).execute();
          await createEscalationRepository(trx).resolveOpenForTask(task.id, new Date(input.at));
          await createAuditRepository(trx).record({
            actorId: s.actorId,
            action: 'submitInspection',
            subjectType: 'Task',
            subjectId: task.id,
            requestId: s.requestId ?? null,
            before: { status: 'OPEN' },
            after: { status: 'DONE', inspectionId, findings: s.findings.length },
          });
        }
        const hazards = await trx
          .selectFrom('hazard')
          .select(['id', 'level', 'found_at', 'rectify_by'])
          .where('inspection_id', '=', inspection.id)
          .orderBy('finding_index')
          .execute();
        return {
          inspectionId: inspection.id,
          hazards: hazards.map((h) => ({
            id: h.id,
            level: h.level,
            foundAt: h.found_at.toISOString(),
            rectifyBy: h.rectify_by.toISOString(),
          })),
        };
      });
    },

    async sendTaskReminder(input: { taskId: number; dueAt: string; at: string }): Promise<void> {
      const task = await taskWithContext(db, input.taskId).executeTakeFirst();
      if (!task || task.status !== 'OPEN') return;
      await createNotificationRepository(db).send({
        orgUnitId: task.assignee_org_id,
        userId: task.assignee_user_id,
        kind: 'TASK_DUE_SOON',
        subjectType: 'Task',
        subjectId: task.id,
        title: '检查任务即将到期',
        body: `「${task.campaign_name}」中对${task.enterprise_name}的检查任务将于${formatShanghaiDateTime(new Date(input.dueAt))}到期，请及时完成检查并录入结果。`,
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
        const task = await taskWithContext(trx, input.taskId).executeTakeFirst();
        if (!task || task.status !== 'OPEN') return;
        const escalations = createEscalationRepository(trx);
        const target = await escalations.resolveAddressee(
          input.level,
          task.assignee_org_id,
          task.industry,
          task.township_id,
        );
        const raised = await escalations.raise({
          subjectType: 'TASK',
          taskId: task.id,
          hazardId: null,
          level: input.level,
          target,
          rungKey: input.rungKey,
          at: new Date(input.at),
        });
        if (!raised.created) return;
        await createNotificationRepository(trx).send({
          orgUnitId: target.orgUnitId,
          userId: target.userId,
          kind: 'ESCALATION',
          subjectType: 'Escalation',
          subjectId: raised.id,
          title: `检查任务逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[input.level]}督办`,
          body: `「${task.campaign_name}」中对${task.enterprise_name}的检查任务已于${formatShanghaiDateTime(task.due_at)}到期仍未完成，请督促办理。`,
          dedupeKey: `escalation-${raised.id}`,
          at: new Date(input.at),
        });
      });
    },

    async cancelTask(input: { taskId: number; at: string; reason: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const cancelled = await trx
          .updateTable('task')
          .set({ status: 'CANCELLED', cancelled_at: input.at })
          .where('id', '=', input.taskId)
          .where('status', '=', 'OPEN')
          .returning('id')
          .executeTakeFirst();
        if (!cancelled) return;
        await createEscalationRepository(trx).resolveOpenForTask(input.taskId, new Date(input.at));
        await createAuditRepository(trx).record({
          actorId: null,
          action: 'cancelTask',
          subjectType: 'Task',
          subjectId: input.taskId,
          before: { status: 'OPEN' },
          after: { status: 'CANCELLED', reason: input.reason },
        });
      });
    },
  };
}
