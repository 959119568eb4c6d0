// Inspections without a campaign (issue 18 §3): a unit's 日常检查 or 打非治违 at an enterprise in its charge, recorded
// as a task of its own run through the ordinary task workflow, so its findings enter the same hazard loop; and the
// night patrols (夜间巡查) a unit's head sets up, whose workflow writes each window's tasks.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createInspectionRepository, type InspectionRow } from '../db/repositories/inspections';
import { createIllegalSiteRepository, type IllegalSiteLeadRow } from '../db/repositories/illegal-sites';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createPatrolRepository, type PatrolScheduleRow } from '../db/repositories/patrols';
import { createPhotoRepository } from '../db/repositories/photos';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { takesNewTasks } from '../domain/enterprise-rules';
import { TASK_REFUSALS } from '../domain/inspection-rules';
import { illegalSiteNotices } from '../domain/notices';
import {
  ILLEGAL_SITE_LIMITS,
  ILLEGAL_SITE_OUTCOMES,
  ILLEGAL_SITE_REFUSALS,
  illegalSiteLeadProblem,
  type IllegalSiteOutcome,
  PATROL_LIMITS,
  PATROL_REFUSALS,
  patrolWindowProblem,
  RECORDED_ROUTINE_KINDS,
  type RecordedRoutineKind,
} from '../domain/patrol';
import { DEFAULT_POLICY } from '../domain/policy';
import {
  patrolWorkflowId,
  taskWorkflowId,
  type PatrolWorkflowInput,
  type TaskWorkflowInput,
} from '../workflows/messages';
import { notFound, rowScopeOf, UNIT_ROLES } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import { checkOwnPhotos } from './photo-checks';
import type { SubmitInspectionCommand, TaskService } from './tasks';
import { updateIdFor } from './workflow-updates';

export type RoutineInspectionCommand = Omit<SubmitInspectionCommand, 'taskId' | 'lookBack'> & {
  kind: RecordedRoutineKind;
  enterpriseId: number;
};

export interface PatrolScheduleCommand {
  name: string;
  /** "HH:MM", Shanghai local time; an end at or before the start is the next morning. */
  startsAt: string;
  endsAt: string;
  weekdays: number[];
  enterpriseIds: number[];
  idempotencyKey?: string | null;
}

export interface IllegalSiteCommand {
  siteName: string;
  address: string;
  description: string;
  townshipId: number;
  photoIds: number[];
  idempotencyKey?: string | null;
}

const HEAD_ROLES = ['REGULATOR_HEAD', 'TOWNSHIP_HEAD'] as const;

export function createRoutineInspectionService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  tasks: TaskService;
  now?: () => Date;
}) {
  const { db, client, taskQueue, tasks } = deps;
  const now = deps.now ?? (() => new Date());
  const taskRows = createTaskRepository(db);
  const inspections = createInspectionRepository(db);
  const patrols = createPatrolRepository(db);

  function unitOf(viewer: Viewer, refusal: string, roles: readonly string[] = UNIT_ROLES): number {
    if (!roles.includes(viewer.role) || viewer.orgUnitId === null) throw new AppError('FORBIDDEN', refusal);
    return viewer.orgUnitId;
  }

  async function leadOf(viewer: Viewer, id: number): Promise<IllegalSiteLeadRow> {
    const [lead] = await createIllegalSiteRepository(db).getByIds(rowScopeOf(viewer), [id]);
    if (!lead) throw notFound('打非线索');
    return lead;
  }

  async function scheduleOf(viewer: Viewer, id: number): Promise<PatrolScheduleRow> {
    const [schedule] = await patrols.getByIds(rowScopeOf(viewer), [id]);
    if (!schedule) throw notFound('夜间巡查计划');
    return schedule;
  }

  return {
    /**
     * 打非治违 at a site not in the register, by a unit's people: there is no enterprise, so no task and no hazard —
     * the lead (name, address, what was found, photos) is stored with its audit row and the township's notice in one
     * transaction, for the township (属地) to follow up and close. A retried key answers with the first lead.
     */
    async reportIllegalSite(
      viewer: Viewer,
      input: IllegalSiteCommand,
      requestId: string | null,
    ): Promise<IllegalSiteLeadRow> {
      const unitId = unitOf(viewer, ILLEGAL_SITE_REFUSALS.notUnit);
      const key = input.idempotencyKey ?? null;
      const leads = createIllegalSiteRepository(db);
      if (key) {
        const earlier = await leads.byIdempotencyKey(viewer.id, key);
        if (earlier) return leadOf(viewer, earlier.id);
      }
      const photoIds = [...new Set(input.photoIds)];
      const checked = illegalSiteLeadProblem({ ...input, photoIds });
      if ('problem' in checked) throw badInput(checked.problem);
      const units = createOrgUnitRepository(db);
      const township = await units.getById(input.townshipId);
      if (township?.kind !== 'TOWNSHIP') throw badInput(ILLEGAL_SITE_REFUSALS.township);
      const unit = await units.getById(unitId);
      if (!unit) throw notFound('登记单位');
      await checkOwnPhotos(db, viewer, photoIds);
      const at = now();
      const leadId = await db.transaction().execute(async (trx) => {
        const id = await createIllegalSiteRepository(trx).insert({
          ...checked.lead,
          townshipId: township.id,
          reportedByOrgId: unitId,
          reportedBy: viewer.id,
          reportedAt: at,
          idempotencyKey: key,
        });
        const attached = await createPhotoRepository(trx).attachToLead({
          photoIds,
          uploadedBy: viewer.id,
          leadId: id,
          at,
        });
        if (attached !== photoIds.length) throw badInput('所附照片不存在、不是您上传的或已被使用，请重新上传');
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'reportIllegalSite',
          subjectType: 'IllegalSiteLead',
          subjectId: id,
          requestId,
          after: { ...checked.lead, townshipId: township.id, unitId, photos: photoIds.length, status: 'OPEN' },
          at,
        });
        if (township.id !== unitId)
          await createNotificationRepository(trx).send({
            ...illegalSiteNotices.reported(
              { site_name: checked.lead.siteName, address: checked.lead.address },
              unit.name,
            ),
            orgUnitId: township.id,
            userId: null,
            subjectType: 'IllegalSiteLead',
            subjectId: id,
            dedupeKey: `illegal-site-${id}:reported`,
            at,
          });
        return id;
      });
      return leadOf(viewer, leadId);
    },

    /** 办结 by the site's township: 取缔, 纳入台账 (then registered as an enterprise), or 查无违法, with what was done. */
    async closeIllegalSiteLead(
      viewer: Viewer,
      input: { leadId: number; outcome: IllegalSiteOutcome; note: string },
      requestId: string | null,
    ): Promise<IllegalSiteLeadRow> {
      unitOf(viewer, ILLEGAL_SITE_REFUSALS.notTownship, ['TOWNSHIP_HEAD', 'TOWNSHIP_STAFF']);
      const lead = await leadOf(viewer, input.leadId);
      if (lead.township_id !== viewer.orgUnitId) throw new AppError('FORBIDDEN', ILLEGAL_SITE_REFUSALS.notTownship);
      if (!ILLEGAL_SITE_OUTCOMES.includes(input.outcome)) throw badInput(ILLEGAL_SITE_REFUSALS.note);
      const note = input.note.trim();
      if (!note || note.length > ILLEGAL_SITE_LIMITS.note) throw badInput(ILLEGAL_SITE_REFUSALS.note);
      const at = now();
      await db.transaction().execute(async (trx) => {
        const closed = await createIllegalSiteRepository(trx).close(lead.id, {
          outcome: input.outcome,
          note,
          by: viewer.id,
          at,
        });
        if (!closed) throw new AppError('CONFLICT', ILLEGAL_SITE_REFUSALS.closed);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'closeIllegalSiteLead',
          subjectType: 'IllegalSiteLead',
          subjectId: lead.id,
          requestId,
          before: { status: 'OPEN' },
          after: { status: 'CLOSED', outcome: input.outcome, note },
          at,
        });
      });
      return leadOf(viewer, lead.id);
    },

    /**
     * 日常检查 / 打非治违 by a unit's people at an enterprise in the unit's charge: the submission is checked first (as
     * any inspection's), then its task is written (due now, assigned to the unit) with its audit row and its workflow
     * started in one transaction, and the inspection is submitted through that workflow's Update. A retried request
     * with the same key finds its task and answers with what the first attempt recorded.
     */
    async record(viewer: Viewer, input: RoutineInspectionCommand, requestId: string | null): Promise<InspectionRow> {
      const unitId = unitOf(viewer, PATROL_REFUSALS.notUnit);
      if (!RECORDED_ROUTINE_KINDS.includes(input.kind)) throw badInput(PATROL_REFUSALS.kind);
      const routineKey = `${viewer.id}:${input.idempotencyKey ?? randomUUID()}`;
      const earlier = input.idempotencyKey ? await taskRows.byRoutineKey(routineKey) : undefined;
      if (earlier) {
        const updateId = updateIdFor('submitInspection', earlier.id, viewer.id, input.idempotencyKey, randomUUID);
        const recorded = await inspections.getByIdempotencyKey(updateId);
        if (recorded) return recorded;
        if (earlier.status !== 'OPEN') throw new AppError('CONFLICT', TASK_REFUSALS.notOpen);
        const at = now();
        const checked = await tasks.checkSubmission(viewer, { campaign: null, isLookBackTask: false }, input, at);
        return tasks.applySubmission(viewer, earlier.id, updateId, checked, requestId);
      }

      const [enterprise] = await createEnterpriseRepository(db).inChargeOf(unitId, [input.enterpriseId]);
      if (!enterprise) throw new AppError('FORBIDDEN', PATROL_REFUSALS.notInCharge);
      if (!takesNewTasks(enterprise.status)) throw new AppError('CONFLICT', PATROL_REFUSALS.notOperating);
      const at = now();
      const checked = await tasks.checkSubmission(viewer, { campaign: null, isLookBackTask: false }, input, at);
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      let taskId = 0;
      try {
        await db.transaction().execute(async (trx) => {
          taskId = await createTaskRepository(trx).insertRoutine({
            routineKind: input.kind,
            routineKey,
            enterpriseId: enterprise.id,
            topic: enterprise.topic,
            assigneeOrgId: unitId,
            assigneeUserId: viewer.id,
            dueAt: at,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'recordRoutineInspection',
            subjectType: 'Task',
            subjectId: taskId,
            requestId,
            after: { routineKind: input.kind, enterpriseId: enterprise.id, unitId, status: 'OPEN' },
            at,
          });
          const args: TaskWorkflowInput = {
            taskId,
            kind: 'INSPECT',
            dueAt: at.toISOString(),
            policy: DEFAULT_POLICY,
            calendar,
          };
          // Row and workflow together, or neither.
          await client.workflow.start('taskWorkflow', { workflowId: taskWorkflowId(taskId), taskQueue, args: [args] });
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('recordRoutineInspection: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '系统暂时无法记录本次检查，检查未保存；请稍后用同一请求重试');
      }
      const updateId = updateIdFor('submitInspection', taskId, viewer.id, input.idempotencyKey, randomUUID);
      return tasks.applySubmission(viewer, taskId, updateId, checked, requestId);
    },

    /**
     * 夜间巡查计划 by a unit's head: the window, its weekdays and the enterprises (in the unit's charge, in business),
     * stored with its audit row and its workflow started in one transaction. A retried key answers with the first.
     */
    async createPatrolSchedule(
      viewer: Viewer,
      input: PatrolScheduleCommand,
      requestId: string | null,
    ): Promise<PatrolScheduleRow> {
      const unitId = unitOf(viewer, PATROL_REFUSALS.notHead, HEAD_ROLES);
      const key = input.idempotencyKey ?? null;
      if (key) {
        const earlier = await patrols.byIdempotencyKey(viewer.id, key);
        if (earlier) return scheduleOf(viewer, earlier.id);
      }
      const name = input.name.trim();
      if (name.length === 0 || name.length > PATROL_LIMITS.name) throw badInput(PATROL_REFUSALS.name);
      const checked = patrolWindowProblem(input);
      if ('problem' in checked) throw badInput(checked.problem);
      const enterpriseIds = [...new Set(input.enterpriseIds)];
      if (enterpriseIds.length === 0 || enterpriseIds.length > PATROL_LIMITS.enterprises)
        throw badInput(PATROL_REFUSALS.enterprises);
      const inCharge = await createEnterpriseRepository(db).inChargeOf(unitId, enterpriseIds);
      const found = new Set(inCharge.map((e) => e.id));
      if (enterpriseIds.some((id) => !found.has(id))) throw new AppError('FORBIDDEN', PATROL_REFUSALS.notInCharge);
      const closed = inCharge.find((e) => !takesNewTasks(e.status));
      if (closed) throw new AppError('CONFLICT', `${closed.name}：${PATROL_REFUSALS.notOperating}`);
      const at = now();
      let scheduleId = 0;
      try {
        await db.transaction().execute(async (trx) => {
          scheduleId = await createPatrolRepository(trx).insert({
            orgUnitId: unitId,
            name,
            startMinute: checked.rule.startMinute,
            endMinute: checked.rule.endMinute,
            weekdays: [...checked.rule.weekdays],
            enterpriseIds,
            createdBy: viewer.id,
            createdAt: at,
            idempotencyKey: key,
            workflowIdOf: patrolWorkflowId,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createPatrolSchedule',
            subjectType: 'PatrolSchedule',
            subjectId: scheduleId,
            requestId,
            after: {
              name,
              startsAt: input.startsAt,
              endsAt: input.endsAt,
              weekdays: checked.rule.weekdays,
              enterpriseIds,
            },
            at,
          });
          const args: PatrolWorkflowInput = { scheduleId, window: checked.rule };
          await client.workflow.start('patrolWorkflow', {
            workflowId: patrolWorkflowId(scheduleId),
            taskQueue,
            args: [args],
          });
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('createPatrolSchedule: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '系统暂时无法保存巡查计划，计划未保存；请稍后用同一请求重试');
      }
      return scheduleOf(viewer, scheduleId);
    },

    /**
     * 停用 by the unit's head: no window after this one is written (its workflow ends at the next window); the tasks
     * already written stay. Deactivating an inactive schedule changes nothing.
     */
    async deactivatePatrolSchedule(viewer: Viewer, id: number, requestId: string | null): Promise<PatrolScheduleRow> {
      const unitId = unitOf(viewer, PATROL_REFUSALS.notHead, HEAD_ROLES);
      const schedule = await scheduleOf(viewer, id);
      if (schedule.org_unit_id !== unitId) throw new AppError('FORBIDDEN', PATROL_REFUSALS.notHead);
      const at = now();
      await db.transaction().execute(async (trx) => {
        if (!(await createPatrolRepository(trx).deactivate(id, at))) return;
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'deactivatePatrolSchedule',
          subjectType: 'PatrolSchedule',
          subjectId: id,
          requestId,
          before: { active: true },
          after: { active: false },
          at,
        });
      });
      return scheduleOf(viewer, id);
    },
  };
}

export type RoutineInspectionService = ReturnType<typeof createRoutineInspectionService>;
