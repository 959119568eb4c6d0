// Side effects of a task's life: the inspection with its hazards, reminders, escalations, cancellation.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDocumentRepository } from '../db/repositories/documents';
import { issueInspectionDocuments } from './documents';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createHazardRepository } from '../db/repositories/hazards';
import { createInspectionGroupRepository } from '../db/repositories/inspection-groups';
import { createInspectionRepository } from '../db/repositories/inspections';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createPhotoRepository } from '../db/repositories/photos';
import { createLookBackRepository } from '../db/repositories/look-backs';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { TASK_REFUSALS, taskNotFound } from '../domain/inspection-rules';
import { LOOK_BACK_REFUSALS } from '../domain/look-back';
import { outsideWindow } from '../domain/patrol';
import { hazardNotices, supervisionNotices, selfCheckNotices, taskNotices } from '../domain/notices';
import type { EscalationLevel, HazardLevel } from '../domain/types';
import type { SubmitInspectionInput } from '../workflows/messages';
import { badInput, conflict, notFound } from './failures';

/** A hazard as its task's workflow starts it: found by an inspection or by the enterprise's self-check. */
export interface RecordedHazard {
  id: number;
  level: HazardLevel;
  foundAt: string;
  rectifyBy: string;
  /** A closed hazard reopened by 回头看: the cycle its new run counts from. */
  reopenedCycle?: number;
  /** Under an order to rectify (责令限期整改指令书): its verification is a 复查 on the statutory clock. */
  underOrder?: boolean;
}

export interface RecordedInspection {
  inspectionId: number;
  hazards: RecordedHazard[];
  /** The hazard a 回头看 check found not rectified, reopened with the inspection. */
  reopened?: RecordedHazard;
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
        const ordered = await createDocumentRepository(trx).underOrder(found.map((h) => h.id));
        const reopened = task.look_back_item_id ? await reopenedBy(trx, task.look_back_item_id) : undefined;
        return {
          inspectionId: inspection.id,
          hazards: found.map((h) => ({
            id: h.id,
            level: h.level,
            foundAt: h.found_at.toISOString(),
            rectifyBy: h.rectify_by.toISOString(),
            ...(ordered.has(h.id) ? { underOrder: true } : {}),
          })),
          ...(reopened ? { reopened } : {}),
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
  // 综合查一次: recorded by a member of the inspection group holding the task, it is that group's visit.
  const groupId =
    s.actorId === null ? null : await createInspectionGroupRepository(trx).groupOfTaskForMember(task.id, s.actorId);
  const inspection = await createInspectionRepository(trx).insert({
    task_id: task.id,
    enterprise_id: task.enterprise_id,
    inspected_at: s.inspectedAt,
    inspector_count: s.inspectorCount,
    notes: s.notes,
    submitted_by: s.actorId,
    idempotency_key: input.updateId,
    inspection_group_id: groupId,
    // A night patrol's inspection outside its window (夜间巡查), or recorded long after it, is accepted, and flagged.
    outside_window:
      task.window_starts_at !== null &&
      outsideWindow(new Date(s.inspectedAt), at, { startsAt: task.window_starts_at, endsAt: task.due_at }),
  });
  const inspectionId = inspection.id;
  const found =
    s.findings.length === 0
      ? []
      : await createHazardRepository(trx).insertFound(
          s.findings.map((f, i) => ({
            inspection_id: inspectionId,
            finding_index: i,
            // What a tip's verification finds is the tip's: it enters the same hazard loop, marked as reported by the public.
            source: task.tip_id !== null ? ('TIP' as const) : ('INSPECTION' as const),
            campaign_id: task.campaign_id,
            enterprise_id: task.enterprise_id,
            // A 督导 site check's finding is the supervised unit's to see rectified; the county office verifies it (次日核查).
            regulator_id: task.supervised_unit_id ?? task.assignee_org_id,
            verifier_org_id: task.supervised_unit_id === null ? null : task.assignee_org_id,
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
    // 督导: the supervised unit learns what the county office's group found in its charge, to see it rectified.
    if (finding && task.supervised_unit_id !== null)
      await notifications.send({
        ...supervisionNotices.siteFinding({
          enterprise_name: task.enterprise_name,
          description: finding.description,
          rectify_by: new Date(finding.rectifyBy),
        }),
        orgUnitId: task.supervised_unit_id,
        enterpriseId: null,
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        dedupeKey: `hazard-${hazard.id}:found:supervised`,
        at,
      });
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
  if (task.look_back_item_id) await recordLookBackVerdict(trx, task.look_back_item_id, input);
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
  // 执法文书: the record and the order to rectify, numbered in the issuing department's series. Issued last: taking a
  // number locks the series row until commit, and every inspection of the department queues on it. A 督导 site check
  // supervises the unit, not the enterprise: its findings go to the unit (which orders as it sees fit) and the
  // office verifies them the next working day (次日核查), so it issues no enforcement documents of its own.
  if (task.supervised_unit_id === null)
    await issueInspectionDocuments(trx, {
      inspectionId,
      issuerOrgId: task.assignee_org_id,
      enterpriseId: task.enterprise_id,
      inspectedAt: s.inspectedAt,
      inspectorCount: s.inspectorCount,
      notes: s.notes,
      actorId: s.actorId,
      hazards: found.flatMap((hazard) => {
        const finding = s.findings[hazard.finding_index ?? -1];
        return finding
          ? [
              {
                id: hazard.id,
                description: finding.description,
                location: finding.location,
                level: hazard.level,
                checklist_item_id: finding.checklistItemId,
                rectify_by: new Date(finding.rectifyBy),
              },
            ]
          : [];
      }),
      at,
    });
  return inspection;
}

/**
 * 回头看's conclusion, written with the check's inspection: the item judged and, when not actually rectified, the
 * closed hazard reopened (REOPENED, a new deadline) with its notices and audit row. The service required a conclusion
 * on a look-back task; a hazard no longer closed cannot be reopened.
 */
async function recordLookBackVerdict(
  trx: Kysely<DB>,
  itemId: number,
  input: { updateId: string; submission: SubmitInspectionInput; at: string },
): Promise<void> {
  const s = input.submission;
  const verdict = s.lookBack;
  if (!verdict) throw badInput(LOOK_BACK_REFUSALS.verdictRequired);
  const lookBacks = createLookBackRepository(trx);
  const item = await lookBacks.itemById(itemId);
  if (!item) throw notFound(`回头看抽查项 ${itemId}`);
  const at = new Date(input.at);
  await lookBacks.judge({
    itemId,
    outcome: verdict.rectified ? 'RECTIFIED' : 'NOT_RECTIFIED',
    by: s.actorId,
    reason: verdict.rectified ? null : verdict.reason,
    at,
  });
  if (verdict.rectified) return;
  const hazards = createHazardRepository(trx);
  const before = await hazards.lockForTransition(item.hazard_id);
  if (!before) throw notFound(`隐患 ${item.hazard_id}`);
  if (before.status !== 'CLOSED') throw conflict(LOOK_BACK_REFUSALS.notClosed);
  const changes = { rectify_by: verdict.newRectifyBy, closed_at: null, signed_off_at: null };
  await hazards.transition(
    item.hazard_id,
    { status: 'OPEN', ...changes },
    {
      kind: 'REOPENED',
      from_status: 'CLOSED',
      actor_id: s.actorId,
      comment: verdict.reason,
      data: JSON.stringify({ ...changes, lookBackItemId: itemId, closingOrgId: item.closing_org_id }),
      event_key: `${input.updateId}:reopen`,
      at: input.at,
    },
  );
  const hazard = await hazards.withContext(item.hazard_id);
  if (hazard) {
    const notifications = createNotificationRepository(trx);
    const recipients = [
      { orgUnitId: null, enterpriseId: hazard.enterprise_id },
      { orgUnitId: hazard.regulator_id, enterpriseId: null },
      ...(item.closing_org_id !== hazard.regulator_id ? [{ orgUnitId: item.closing_org_id, enterpriseId: null }] : []),
    ];
    for (const [i, to] of recipients.entries()) {
      await notifications.send({
        ...hazardNotices.reopened(hazard, verdict.reason),
        ...to,
        userId: null,
        subjectType: 'Hazard',
        subjectId: hazard.id,
        dedupeKey: `${input.updateId}:reopen:notice:${i}`,
        at,
      });
    }
  }
  await createAuditRepository(trx).record({
    actorId: s.actorId,
    action: 'reopenHazard',
    subjectType: 'Hazard',
    subjectId: item.hazard_id,
    requestId: s.requestId ?? null,
    before: { status: 'CLOSED', rectifyBy: before.rectify_by.toISOString() },
    after: { status: 'OPEN', rectifyBy: verdict.newRectifyBy, reason: verdict.reason, lookBackItemId: itemId },
    at: input.at,
  });
}

/** The hazard a judged look-back item reopened, as its new run needs it; none when it was found rectified. */
async function reopenedBy(trx: Kysely<DB>, itemId: number): Promise<RecordedHazard | undefined> {
  const item = await createLookBackRepository(trx).itemById(itemId);
  if (item?.outcome !== 'NOT_RECTIFIED') return undefined;
  const hazards = createHazardRepository(trx);
  const hazard = await hazards.withContext(item.hazard_id);
  if (!hazard) return undefined;
  return {
    id: hazard.id,
    level: hazard.level,
    foundAt: hazard.found_at.toISOString(),
    rectifyBy: hazard.rectify_by.toISOString(),
    reopenedCycle: await hazards.cyclesBegun(hazard.id),
  };
}
