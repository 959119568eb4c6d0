// Risk reports (风险上报): a township or department reports a risk (stored with its audit row, the county office's
// notice and its workflow in one transaction, or not at all); its own people handle and close it through the risk's
// workflow; the county office and leaders read every risk, a unit its own.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createRiskRepository, type RiskRow } from '../db/repositories/risks';
import type { DB } from '../db/schema';
import { calendarOf } from '../domain/calendar';
import { riskNotices } from '../domain/notices';
import {
  DEFAULT_RISK_POLICY,
  RISK_REFUSALS,
  riskHandleDeadline,
  riskReportProblem,
  riskStepRefusal,
  riskStepTextProblem,
  type RiskReport,
  type RiskStatus,
  type RiskStep,
} from '../domain/risks';
import {
  handleRiskStep,
  riskWorkflowId,
  type HandleRiskStepInput,
  type RiskWorkflowInput,
} from '../workflows/messages';
import { isOfUnit, notFound, rowScopeOf, UNIT_ROLES } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';

export type HandleRiskCommand = { riskId: number; idempotencyKey?: string | null } & RiskStep;

export function createRiskService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const risks = createRiskRepository(db);

  async function riskOf(viewer: Viewer, riskId: number): Promise<RiskRow> {
    const [risk] = await risks.getByIds(rowScopeOf(viewer), [riskId]);
    if (!risk) throw notFound('风险');
    return risk;
  }

  return {
    /**
     * 风险上报 by a township's or department's people: checked, then in one transaction stored with its handling
     * deadline (from its level), audited, announced to the county office, and its workflow started. A retried request
     * with the same idempotency key answers with the risk its first attempt stored.
     */
    async report(
      viewer: Viewer,
      input: RiskReport & { idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<RiskRow> {
      if (!UNIT_ROLES.includes(viewer.role) || viewer.orgUnitId === null)
        throw new AppError('FORBIDDEN', RISK_REFUSALS.reporterNotUnit);
      const unitId = viewer.orgUnitId;
      const key = input.idempotencyKey ?? null;
      if (key) {
        const earlier = await risks.byIdempotencyKey(viewer.id, key);
        if (earlier) return riskOf(viewer, earlier.id);
      }
      const checked = riskReportProblem(input);
      if ('problem' in checked) throw badInput(checked.problem);
      const report = checked.report;
      const unit = await createOrgUnitRepository(db).getById(unitId);
      if (!unit) throw notFound('上报单位');
      const at = now();
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      const handleBy = riskHandleDeadline(at, report.level, DEFAULT_RISK_POLICY, calendarOf(calendar));
      let riskId = 0;
      try {
        await db.transaction().execute(async (trx) => {
          const rows = createRiskRepository(trx);
          riskId = await rows.insert({
            kind: report.kind,
            level: report.level,
            place: report.place,
            description: report.description,
            measures: report.measures,
            reported_by_org_id: unit.id,
            reported_by: viewer.id,
            reported_at: at,
            handle_by: handleBy,
            idempotency_key: key,
            workflow_id: `pending-${randomUUID()}`,
          });
          await rows.update(riskId, { workflow_id: riskWorkflowId(riskId) });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'reportRisk',
            subjectType: 'Risk',
            subjectId: riskId,
            requestId,
            after: { ...report, status: 'REPORTED', unitId: unit.id, handleBy: handleBy.toISOString() },
            at,
          });
          await createNotificationRepository(trx).send({
            ...riskNotices.reported({ id: riskId, ...report }, unit.name, handleBy),
            orgUnitId: (await createOrgUnitRepository(trx).countyOffice()).id,
            userId: null,
            subjectType: 'Risk',
            subjectId: riskId,
            dedupeKey: `risk-${riskId}:reported`,
            at,
          });
          const args: RiskWorkflowInput = {
            riskId,
            level: report.level,
            handleBy: handleBy.toISOString(),
            unitKind: unit.kind,
            policy: DEFAULT_RISK_POLICY,
            calendar,
          };
          // Row and workflow together, or neither.
          await client.workflow.start('riskWorkflow', { workflowId: riskWorkflowId(riskId), taskQueue, args: [args] });
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('reportRisk: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '系统暂时无法接收风险上报，本次上报未保存；请稍后用同一请求重试');
      }
      return riskOf(viewer, riskId);
    },

    /** 开始处置 or 办结 (with its evidence), by the people of the unit that reported it, through its workflow. */
    async handle(viewer: Viewer, input: HandleRiskCommand, requestId: string | null): Promise<RiskRow> {
      const risk = await riskOf(viewer, input.riskId);
      if (!isOfUnit(viewer, risk.reported_by_org_id)) throw new AppError('FORBIDDEN', RISK_REFUSALS.handlerNotUnit);
      const updateId = updateIdFor('handleRisk', risk.id, viewer.id, input.idempotencyKey, randomUUID);
      // A retried request whose first attempt was recorded answers with the risk as it now is.
      if (input.idempotencyKey && (await risks.stepRecorded(risk.id, updateId))) return risk;
      const text = riskStepTextProblem(input);
      if (text) throw badInput(text);
      const refusal = riskStepRefusal(risk.status, input.action);
      if (refusal) throw new AppError('CONFLICT', refusal);
      const actor = { actorId: viewer.id, requestId };
      const step: HandleRiskStepInput =
        input.action === 'START'
          ? { ...actor, action: 'START', note: input.note.trim() }
          : { ...actor, action: 'CLOSE', evidence: input.evidence.trim() };
      const target: RiskStatus = input.action === 'START' ? 'HANDLING' : 'CLOSED';
      try {
        await updates.run(riskWorkflowId(risk.id), handleRiskStep, step, updateId);
      } catch (error) {
        if (!(error instanceof WorkflowClosedError)) throw error;
        // The workflow ends with the risk closed: a retry of the step that closed it succeeds.
        const [now] = await risks.getByIds({ kind: 'county' }, [risk.id]);
        if (!now || now.status !== target || !(await risks.stepRecorded(risk.id, updateId)))
          throw new AppError('CONFLICT', RISK_REFUSALS.closed);
      }
      return riskOf(viewer, risk.id);
    },
  };
}

export type RiskService = ReturnType<typeof createRiskService>;
