// 行政处罚案件: openCase from an inspection's violation or a failed 复查 (the case, its 立案审批表, its audit row and its
// workflow in one transaction, or none of it), advanceCase step by step through its workflow, the case desk's reads.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { caseDocumentFacts } from '../activities/enforcement-cases';
import { createAuditRepository } from '../db/repositories/audit';
import { createDocumentRepository } from '../db/repositories/documents';
import {
  createEnforcementCaseRepository,
  type CaseFilter,
  type EnforcementCaseRow,
} from '../db/repositories/enforcement-cases';
import { createHazardRepository } from '../db/repositories/hazards';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createTaskRepository } from '../db/repositories/tasks';
import { createUserRepository } from '../db/repositories/users';
import { isUniqueViolation } from '../db/errors';
import type { DB } from '../db/schema';
import { calendarOf } from '../domain/calendar';
import {
  caseActorRefusal,
  CASE_LIMITS,
  CASE_REFUSALS,
  caseStepInputProblem,
  caseStepRefusal,
  decisionDueAt,
  type CaseAction,
} from '../domain/cases';
import { caseDocumentBody, chineseDateTime } from '../domain/documents';
import { caseNotices } from '../domain/notices';
import { advanceCase, enforcementCaseWorkflowId, type CaseWorkflowInput } from '../workflows/messages';
import { isOfUnit, notFound, rowScopeOf, UNIT_ROLES } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import { createReaders, type Page } from './readers';
import { updateIdFor, type UpdateRunner } from './workflow-updates';

export interface OpenCaseInput {
  inspectionId: number | null;
  hazardId: number | null;
  violation: string;
  legalBasis: string;
  coHandlerIds: number[];
  idempotencyKey: string | null;
}

export interface AdvanceCaseCommand {
  caseId: number;
  action: CaseAction;
  note: string | null;
  penaltyYuan: number | null;
  archiveNumber: string | null;
  idempotencyKey: string | null;
}

const isUnitHead = (viewer: Viewer, unitId: number) =>
  (viewer.role === 'REGULATOR_HEAD' || viewer.role === 'TOWNSHIP_HEAD') && viewer.orgUnitId === unitId;

export function createEnforcementCaseService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const cases = createEnforcementCaseRepository(db);

  async function caseOf(viewer: Viewer, id: number): Promise<EnforcementCaseRow> {
    const [found] = await cases.getByIds(rowScopeOf(viewer), [id]);
    if (!found) throw notFound('案件');
    return found;
  }

  /** The unit and enterprise a case is opened against, from what it came from, in the viewer's scope. */
  async function sourceOf(viewer: Viewer, input: OpenCaseInput) {
    const readers = createReaders(db, viewer, now);
    if ((input.inspectionId === null) === (input.hazardId === null)) throw badInput(CASE_REFUSALS.subjectNeeded);
    if (input.hazardId !== null) {
      const [hazard] = await readers.hazards.getByIds([input.hazardId]);
      if (!hazard) throw notFound('隐患');
      const events = await createHazardRepository(db).eventsByHazardIds([hazard.id]);
      return {
        unitId: hazard.verifier_org_id ?? hazard.regulator_id,
        enterpriseId: hazard.enterprise_id,
        failedReinspection: events.some((e) => e.kind === 'VERIFICATION_REJECTED'),
      };
    }
    const [inspection] = await readers.inspections.getByIds([input.inspectionId ?? 0]);
    if (!inspection) throw notFound('检查记录');
    const task = await createTaskRepository(db).withContext(inspection.task_id);
    if (!task) throw notFound('检查任务');
    return { unitId: task.assignee_org_id, enterpriseId: inspection.enterprise_id, failedReinspection: true };
  }

  return {
    list: (viewer: Viewer, filter: CaseFilter, page: Page) => cases.list(rowScopeOf(viewer), filter, page),
    count: (viewer: Viewer, filter: CaseFilter) => cases.count(rowScopeOf(viewer), filter),
    getByIds: (viewer: Viewer, ids: readonly number[]) => cases.getByIds(rowScopeOf(viewer), ids),
    /** 执法人员 of the viewer's own unit, to name as co-handlers: none for those who open no cases. */
    unitOfficers: (viewer: Viewer) =>
      UNIT_ROLES.includes(viewer.role) && viewer.orgUnitId !== null
        ? createUserRepository(db).activeOfficersOf(viewer.orgUnitId, UNIT_ROLES)
        : Promise.resolve([]),

    /** A case's steps, read with the case already in scope. */
    eventsOf: (ids: readonly number[]) => cases.eventsOf(ids),

    /** 立案: by an 执法人员 of the unit that found it, with at least one more of its people as co-handler. */
    async open(viewer: Viewer, input: OpenCaseInput, requestId: string | null): Promise<number> {
      const key = input.idempotencyKey;
      if (key) {
        const earlier = await cases.byIdempotencyKey(viewer.id, key);
        if (earlier) return earlier.id;
      }
      const { unitId, enterpriseId, failedReinspection } = await sourceOf(viewer, input);
      if (!isOfUnit(viewer, unitId)) throw new AppError('FORBIDDEN', CASE_REFUSALS.notUnitStaff);
      if (!failedReinspection) throw badInput(CASE_REFUSALS.hazardNotFailed);
      const violation = input.violation.trim();
      const legalBasis = input.legalBasis.trim();
      if (!violation) throw badInput(CASE_REFUSALS.violationRequired);
      if (!legalBasis) throw badInput(CASE_REFUSALS.basisRequired);
      if (violation.length > CASE_LIMITS.text.max || legalBasis.length > CASE_LIMITS.text.max)
        throw badInput(CASE_REFUSALS.textTooLong);
      const handlerIds = [...new Set([viewer.id, ...input.coHandlerIds])];
      if (handlerIds.length < 2) throw badInput(CASE_REFUSALS.coHandlerRequired);
      const people = await createUserRepository(db).getByIds(handlerIds);
      if (
        people.length !== handlerIds.length ||
        people.some((p) => p.disabled || p.org_unit_id !== unitId || !UNIT_ROLES.includes(p.role))
      )
        throw badInput(CASE_REFUSALS.coHandlerNotOfUnit);
      const at = now();
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      try {
        return await db.transaction().execute(async (trx) => {
          const repo = createEnforcementCaseRepository(trx);
          const id = await repo.insert({
            unit_id: unitId,
            enterprise_id: enterpriseId,
            inspection_id: input.inspectionId,
            hazard_id: input.hazardId,
            violation,
            legal_basis: legalBasis,
            handler_ids: handlerIds,
            filed_at: at,
            decision_due_at: decisionDueAt(at),
            workflow_id: `pending-${randomUUID()}`,
            created_by: viewer.id,
            idempotency_key: key,
          });
          const workflowId = enforcementCaseWorkflowId(id);
          await repo.update(id, { workflow_id: workflowId });
          await repo.recordEvent({
            case_id: id,
            action: 'OPEN',
            actor_id: viewer.id,
            note: violation,
            data: null,
            event_key: `case-${id}:open`,
            at,
          });
          const row = await repo.lockById(id);
          if (!row) throw new Error(`case ${id} written but not read`);
          const facts = await caseDocumentFacts(trx, row, { penaltyYuan: null, note: null });
          const filing = await createDocumentRepository(trx).issue({
            kind: 'CASE_FILING',
            issuer: facts.issuer,
            subject: { type: 'EnforcementCase', id },
            enterpriseId,
            hazardIds: input.hazardId ? [input.hazardId] : [],
            correctsId: null,
            issueKey: `case-${id}:filing`,
            issuedBy: viewer.id,
            issuedAt: at,
            compose: (number) => caseDocumentBody('CASE_FILING', facts, number, at),
          });
          const notices = createNotificationRepository(trx);
          for (const handler of handlerIds.filter((h) => h !== viewer.id))
            await notices.send({
              ...caseNotices.opened(violation, filing.number),
              orgUnitId: null,
              userId: handler,
              subjectType: 'EnforcementCase',
              subjectId: id,
              dedupeKey: `case-${id}:opened:u${handler}`,
              at,
            });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'openCase',
            subjectType: 'EnforcementCase',
            subjectId: id,
            requestId,
            after: {
              unitId,
              enterpriseId,
              inspectionId: input.inspectionId,
              hazardId: input.hazardId,
              handlerIds,
              filing: filing.number,
            },
          });
          const args: CaseWorkflowInput = { caseId: id, filedAt: at.toISOString(), handlerIds, calendar };
          await client.workflow.start('enforcementCaseWorkflow', { workflowId, taskQueue, args: [args] });
          return id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error) && key) {
          const earlier = await cases.byIdempotencyKey(viewer.id, key);
          if (earlier) return earlier.id;
        }
        console.error('openCase: the engine or the database failed:', error);
        throw new AppError(
          'UNAVAILABLE',
          '工作流引擎或数据库暂时不可用，立案未确认；请稍后再次提交（同一次提交不会重复立案）',
        );
      }
    },

    /** 办理 one step: who may (handlers; another for the review; the head to decide and close), then in order. */
    async advance(viewer: Viewer, input: AdvanceCaseCommand, requestId: string | null): Promise<number> {
      const c = await caseOf(viewer, input.caseId);
      const updateId = updateIdFor('advanceCase', c.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await cases.stepRecorded(updateId))) return c.id;
      const actorRefusal = caseActorRefusal({ handlerIds: c.handler_ids }, input.action, {
        id: viewer.id,
        isUnitHead: isUnitHead(viewer, c.unit_id),
        isCountyOffice: viewer.role === 'ADMIN',
      });
      if (actorRefusal) throw new AppError('FORBIDDEN', actorRefusal);
      const problem = caseStepInputProblem(input.action, input);
      if (problem) throw badInput(problem);
      const calendar = await createHolidayRepository(db).yearsInUse(now());
      const stepRefusal = caseStepRefusal(
        {
          status: c.status,
          handlerIds: c.handler_ids,
          notifiedAt: c.notified_at,
          hearingRequested: c.hearing_requested,
          hearingHeld: c.hearing_held,
          statementRecorded: c.statement !== null,
        },
        input.action,
        now(),
        calendarOf(calendar),
        chineseDateTime,
      );
      if (stepRefusal) throw new AppError('CONFLICT', stepRefusal);
      await updates.run(
        c.workflow_id,
        advanceCase,
        {
          action: input.action,
          note: input.note?.trim() || null,
          penaltyYuan: input.penaltyYuan,
          archiveNumber: input.archiveNumber?.trim() || null,
          actorId: viewer.id,
          requestId,
        },
        updateId,
      );
      return c.id;
    },
  };
}

export type EnforcementCaseService = ReturnType<typeof createEnforcementCaseService>;
