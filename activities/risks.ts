// Side effects of a risk report's life (风险上报): the unit's handling steps (开始处置, 办结 with its evidence), the
// reminder before the handling deadline and the rungs of a late risk. Each step writes the risk, its audit row and its
// escalations' resolution in one transaction; a retry finds its Update id recorded and returns the risk as it is.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createRiskRepository } from '../db/repositories/risks';
import type { DB } from '../db/schema';
import { riskNotices } from '../domain/notices';
import { riskStepRefusal, riskStepTextProblem, type RiskStatus } from '../domain/risks';
import type { EscalationLevel } from '../domain/types';
import type { HandleRiskStepInput } from '../workflows/messages';
import { badInput, conflict, notFound } from './failures';

const RISK_NOT_FOUND = (riskId: number) => `风险 ${riskId} 不存在`;

export function createRiskActivities(db: Kysely<DB>) {
  return {
    /** Before the handling deadline, to the reporting unit. */
    async sendRiskReminder(input: { riskId: number; dueAt: string; at: string }): Promise<void> {
      const risk = await db.selectFrom('risk').selectAll().where('id', '=', input.riskId).executeTakeFirst();
      if (!risk || risk.status === 'CLOSED') return;
      await createNotificationRepository(db).send({
        ...riskNotices.dueSoon(risk, new Date(input.dueAt)),
        orgUnitId: risk.reported_by_org_id,
        userId: null,
        subjectType: 'Risk',
        subjectId: risk.id,
        dedupeKey: `risk-${risk.id}:remind:${input.dueAt}`,
        at: new Date(input.at),
      });
    },

    /** A rung of a risk not closed by its deadline: an escalation row and its notice, once. */
    async raiseRiskEscalation(input: {
      riskId: number;
      dueAt: string;
      rungKey: string;
      level: EscalationLevel;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const risks = createRiskRepository(trx);
        const risk = await risks.lock(input.riskId);
        if (!risk || risk.status === 'CLOSED') return;
        const unit = await risks.unitOf(risk.id);
        await createEscalationRepository(trx).raise({
          subject: { riskId: risk.id },
          owner: {
            regulatorId: unit.kind === 'REGULATOR' ? unit.id : null,
            industry: null,
            townshipId: unit.kind === 'TOWNSHIP' ? unit.id : null,
          },
          rung: input,
          notice: riskNotices.late(risk, unit.name, new Date(input.dueAt), input.level),
        });
      });
    },

    /** 开始处置 (REPORTED → HANDLING, with a note) or 办结 (→ CLOSED, with the evidence; its escalations resolved). */
    async recordRiskStep(input: {
      riskId: number;
      updateId: string;
      step: HandleRiskStepInput;
      at: string;
    }): Promise<{ status: RiskStatus }> {
      return db.transaction().execute(async (trx) => {
        const risks = createRiskRepository(trx);
        const risk = await risks.lock(input.riskId);
        if (!risk) throw notFound(RISK_NOT_FOUND(input.riskId));
        // A retry after the first attempt committed.
        if (risk.handling_update_id === input.updateId || risk.closing_update_id === input.updateId)
          return { status: risk.status };
        const step = input.step;
        const refusal = riskStepRefusal(risk.status, step.action);
        if (refusal) throw conflict(refusal);
        const text = riskStepTextProblem(step);
        if (text) throw badInput(text);
        const at = new Date(input.at);
        const audit = createAuditRepository(trx);
        if (step.action === 'START') {
          const note = step.note.trim();
          await risks.update(risk.id, {
            status: 'HANDLING',
            handling_at: at,
            handling_note: note,
            handling_update_id: input.updateId,
          });
          await audit.record({
            actorId: step.actorId,
            action: 'handleRisk',
            subjectType: 'Risk',
            subjectId: risk.id,
            requestId: step.requestId ?? null,
            before: { status: risk.status },
            after: { status: 'HANDLING', note },
            at: input.at,
          });
          return { status: 'HANDLING' };
        }
        const evidence = step.evidence.trim();
        await risks.update(risk.id, {
          status: 'CLOSED',
          closed_at: at,
          closed_by: step.actorId,
          closing_evidence: evidence,
          closing_update_id: input.updateId,
        });
        await createEscalationRepository(trx).resolveOpenForRisk(risk.id, at);
        await audit.record({
          actorId: step.actorId,
          action: 'closeRisk',
          subjectType: 'Risk',
          subjectId: risk.id,
          requestId: step.requestId ?? null,
          before: { status: risk.status },
          after: { status: 'CLOSED', evidence, late: at.getTime() > risk.handle_by.getTime() },
          at: input.at,
        });
        return { status: 'CLOSED' };
      });
    },
  };
}
