// Side effects of a public tip's life (有奖举报): the county office's triage with the VERIFY task it creates, the
// verification's outcome with the reward proposed by the rules in force, the reward decision and payment, and the
// reminder and escalations of a late triage or reward decision. Each stage writes the tip, its audit row and its
// notices in one transaction; a retry finds the stage already moved and returns what it recorded.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createTipRepository } from '../db/repositories/tips';
import type { DB } from '../db/schema';
import { tipNotices } from '../domain/notices';
import { reasonOf, rewardRuleFor, TIP_REFUSALS, type TipStage } from '../domain/tips';
import type { EscalationLevel } from '../domain/types';
import type { TipRewardInput, TriageTipInput } from '../workflows/messages';
import { conflict, notFound } from './failures';

const TIP_NOT_FOUND = (tipId: number) => `举报 ${tipId} 不存在`;

export interface RecordedTriage {
  stage: TipStage;
  /** The VERIFY task of an accepted tip, and its due time. */
  task: { id: number; dueAt: string } | null;
}

export interface RecordedVerification {
  stage: TipStage;
  hazards: number;
}

async function countyOffice(db: Kysely<DB>): Promise<number> {
  return (
    await db
      .selectFrom('org_unit')
      .select('id')
      .where('kind', '=', 'COUNTY_OFFICE')
      .orderBy('id')
      .executeTakeFirstOrThrow()
  ).id;
}

export function createTipActivities(db: Kysely<DB>) {
  return {
    /** Before the triage deadline, to the county office. */
    async sendTipTriageReminder(input: { tipId: number; dueAt: string; at: string }): Promise<void> {
      const [tip] = await createTipRepository(db).getByIds({ kind: 'county' }, [input.tipId]);
      if (!tip || tip.stage !== 'RECEIVED') return;
      await createNotificationRepository(db).send({
        ...tipNotices.triageDueSoon(tip, new Date(input.dueAt)),
        orgUnitId: await countyOffice(db),
        userId: null,
        subjectType: 'Tip',
        subjectId: tip.id,
        dedupeKey: `tip-${tip.id}:remind:${input.dueAt}`,
        at: new Date(input.at),
      });
    },

    /** A rung of a late triage (`triage`) or reward decision (`reward`): an escalation row and its notice, once. */
    async raiseTipEscalation(input: {
      tipId: number;
      late: 'triage' | 'reward';
      dueAt: string;
      rungKey: string;
      level: EscalationLevel;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const tip = await createTipRepository(trx).lock(input.tipId);
        if (!tip || tip.stage !== (input.late === 'triage' ? 'RECEIVED' : 'CONFIRMED')) return;
        const enterpriseId = tip.enterprise_id ?? tip.matched_enterprise_id;
        const enterprise = enterpriseId
          ? await trx
              .selectFrom('enterprise')
              .select(['industry', 'township_id'])
              .where('id', '=', enterpriseId)
              .executeTakeFirst()
          : undefined;
        const dueAt = new Date(input.dueAt);
        await createEscalationRepository(trx).raise({
          subject: { tipId: tip.id },
          owner: {
            regulatorId: tip.assignee_org_id,
            industry: enterprise?.industry ?? null,
            townshipId: enterprise?.township_id ?? null,
          },
          rung: input,
          notice:
            input.late === 'triage'
              ? tipNotices.triageLate(tip, dueAt, input.level)
              : tipNotices.rewardLate(tip, dueAt, input.level),
        });
      });
    },

    /**
     * 受理: the tip is ACCEPTED with its enterprise and unit, and its VERIFY task is written (due `verifyDueAt`); the
     * unit is told. 不予受理: NOT_ACCEPTED with the reason. Either resolves the triage's escalations.
     */
    async recordTipTriage(input: {
      tipId: number;
      updateId: string;
      triage: TriageTipInput;
      verifyDueAt: string;
      at: string;
    }): Promise<RecordedTriage> {
      return db.transaction().execute(async (trx) => {
        const tips = createTipRepository(trx);
        const tip = await tips.lock(input.tipId);
        if (!tip) throw notFound(TIP_NOT_FOUND(input.tipId));
        // A retry after the first attempt committed: the stage has moved, the task is there.
        if (tip.stage !== 'RECEIVED') {
          const task = await tips.verifyTaskOf(tip.id);
          return { stage: tip.stage, task: task ? { id: task.id, dueAt: task.due_at.toISOString() } : null };
        }
        const at = new Date(input.at);
        const t = input.triage;
        const audit = createAuditRepository(trx);
        await createEscalationRepository(trx).resolveOpenForTip(tip.id, at);
        if (!t.accepted) {
          const reason = reasonOf(t.reason);
          if (!reason) throw conflict(TIP_REFUSALS.notAcceptedNeedsReason);
          await tips.update(tip.id, {
            stage: 'NOT_ACCEPTED',
            not_accepted_reason: reason,
            triaged_at: at,
            triaged_by: t.actorId,
            triage_update_id: input.updateId,
          });
          await audit.record({
            actorId: t.actorId,
            action: 'triageTip',
            subjectType: 'Tip',
            subjectId: tip.id,
            requestId: t.requestId ?? null,
            before: { stage: 'RECEIVED' },
            after: { stage: 'NOT_ACCEPTED', reason },
            at: input.at,
          });
          return { stage: 'NOT_ACCEPTED', task: null };
        }
        const enterprise = await trx
          .selectFrom('enterprise')
          .select(['id', 'name'])
          .where('id', '=', t.enterpriseId)
          .executeTakeFirst();
        if (!enterprise) throw notFound(TIP_REFUSALS.acceptNeedsEnterprise);
        const verifyDueAt = new Date(input.verifyDueAt);
        await tips.update(tip.id, {
          stage: 'ACCEPTED',
          enterprise_id: enterprise.id,
          assignee_org_id: t.assigneeOrgId,
          verify_due_at: verifyDueAt,
          triaged_at: at,
          triaged_by: t.actorId,
          triage_update_id: input.updateId,
        });
        const task = await tips.insertVerifyTask({
          tipId: tip.id,
          enterpriseId: enterprise.id,
          assigneeOrgId: t.assigneeOrgId,
          dueAt: verifyDueAt,
        });
        await createNotificationRepository(trx).send({
          ...tipNotices.verifyAssigned(tip, enterprise.name, verifyDueAt),
          orgUnitId: t.assigneeOrgId,
          userId: null,
          subjectType: 'Task',
          subjectId: task.id,
          dedupeKey: `tip-${tip.id}:verify-assigned`,
          at,
        });
        await audit.record({
          actorId: t.actorId,
          action: 'triageTip',
          subjectType: 'Tip',
          subjectId: tip.id,
          requestId: t.requestId ?? null,
          before: { stage: 'RECEIVED' },
          after: {
            stage: 'ACCEPTED',
            enterpriseId: enterprise.id,
            assigneeOrgId: t.assigneeOrgId,
            taskId: task.id,
            verifyDueAt: input.verifyDueAt,
          },
          at: input.at,
        });
        return { stage: 'ACCEPTED', task: { id: task.id, dueAt: task.due_at.toISOString() } };
      });
    },

    /**
     * The VERIFY task is done: hazards found → CONFIRMED, with the reward proposed by the rules in force for the
     * gravest of them (their range and version kept on the tip); none → UNFOUNDED. The county office is told.
     */
    async recordTipVerification(input: {
      tipId: number;
      taskId: number;
      rewardDueAt: string;
      at: string;
    }): Promise<RecordedVerification> {
      return db.transaction().execute(async (trx) => {
        const tips = createTipRepository(trx);
        const tip = await tips.lock(input.tipId);
        if (!tip) throw notFound(TIP_NOT_FOUND(input.tipId));
        if (tip.stage !== 'ACCEPTED') return { stage: tip.stage, hazards: tip.hazard_count ?? 0 };
        const hazards = await tips.hazardsFoundBy(input.taskId);
        const at = new Date(input.at);
        const { version, rules } = await tips.currentRewardRules();
        const rule = rewardRuleFor(
          hazards.map((h) => h.level),
          rules,
        );
        const stage: TipStage = hazards.length > 0 ? 'CONFIRMED' : 'UNFOUNDED';
        await tips.update(tip.id, {
          stage,
          verified_at: at,
          hazard_count: hazards.length,
          ...(rule
            ? {
                reward_rule_version: version,
                reward_min: rule.min,
                reward_max: rule.max,
                reward_proposed: rule.proposed,
                reward_due_at: new Date(input.rewardDueAt),
              }
            : {}),
        });
        await createNotificationRepository(trx).send({
          ...tipNotices.verified(tip, hazards.length),
          orgUnitId: await countyOffice(trx),
          userId: null,
          subjectType: 'Tip',
          subjectId: tip.id,
          dedupeKey: `tip-${tip.id}:verified`,
          at,
        });
        await createAuditRepository(trx).record({
          actorId: null,
          action: 'recordTipVerification',
          subjectType: 'Tip',
          subjectId: tip.id,
          before: { stage: 'ACCEPTED' },
          after: {
            stage,
            taskId: input.taskId,
            hazardIds: hazards.map((h) => h.id),
            ...(rule ? { rewardRuleVersion: version, proposed: rule.proposed, min: rule.min, max: rule.max } : {}),
          },
          at: input.at,
        });
        return { stage, hazards: hazards.length };
      });
    },

    /** 奖励: approved (the proposed or another amount within the range), refused, or paid after an approval. */
    async recordTipReward(input: {
      tipId: number;
      updateId: string;
      reward: TipRewardInput;
      at: string;
    }): Promise<{ stage: TipStage }> {
      return db.transaction().execute(async (trx) => {
        const tips = createTipRepository(trx);
        const tip = await tips.lock(input.tipId);
        if (!tip) throw notFound(TIP_NOT_FOUND(input.tipId));
        const r = input.reward;
        const target: TipStage =
          r.decision === 'PAID' ? 'PAID' : r.decision === 'APPROVE' ? 'REWARD_APPROVED' : 'REWARD_REFUSED';
        // A retry after the first attempt committed.
        if (tip.stage === target) return { stage: tip.stage };
        const from: TipStage = r.decision === 'PAID' ? 'REWARD_APPROVED' : 'CONFIRMED';
        if (tip.stage !== from)
          throw conflict(r.decision === 'PAID' ? TIP_REFUSALS.notApproved : TIP_REFUSALS.rewardDecided);
        const at = new Date(input.at);
        const audit = createAuditRepository(trx);
        if (r.decision === 'PAID') {
          await tips.update(tip.id, { stage: 'PAID', paid_at: at, paid_by: r.actorId, paid_update_id: input.updateId });
          await audit.record({
            actorId: r.actorId,
            action: 'payTipReward',
            subjectType: 'Tip',
            subjectId: tip.id,
            requestId: r.requestId ?? null,
            before: { stage: from },
            after: { stage: 'PAID', amount: tip.reward_amount },
            at: input.at,
          });
          return { stage: 'PAID' };
        }
        const amount = r.decision === 'APPROVE' ? (r.amount ?? tip.reward_proposed) : null;
        const reason = reasonOf(r.reason);
        await tips.update(tip.id, {
          stage: target,
          reward_amount: amount,
          reward_reason: reason,
          reward_decided_at: at,
          reward_decided_by: r.actorId,
          reward_update_id: input.updateId,
        });
        await createEscalationRepository(trx).resolveOpenForTip(tip.id, at);
        await audit.record({
          actorId: r.actorId,
          action: 'decideTipReward',
          subjectType: 'Tip',
          subjectId: tip.id,
          requestId: r.requestId ?? null,
          before: { stage: from, proposed: tip.reward_proposed },
          after: { stage: target, amount, reason },
          at: input.at,
        });
        return { stage: target };
      });
    },
  };
}
