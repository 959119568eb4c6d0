// Side effects of a directive from above (督办/交办): each item's reminder and the rungs of a late item, a unit's answer
// to its item (the county office told when the last one is in), and the county's consolidated reply. Each step writes
// its rows, its audit row and its escalations' resolution in one transaction; a retry finds its Update id recorded.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDirectiveRepository } from '../db/repositories/directives';
import { createEscalationRepository } from '../db/repositories/escalations';
import { createNotificationRepository } from '../db/repositories/notifications';
import type { DB } from '../db/schema';
import {
  answerProblem,
  DIRECTIVE_REFUSALS,
  replyProblem,
  replyRefusal,
  type DirectiveItemStatus,
  type DirectiveStatus,
} from '../domain/directives';
import { directiveNotices } from '../domain/notices';
import type { EscalationLevel } from '../domain/types';
import type { AnswerDirectiveItemInput, ReplyDirectiveInput } from '../workflows/messages';
import { badInput, conflict, notFound } from './failures';

const DIRECTIVE_NOT_FOUND = (id: number) => `来文 ${id} 不存在`;

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

export interface RecordedAnswer {
  directiveStatus: DirectiveStatus;
  itemStatus: DirectiveItemStatus;
}

export function createDirectiveActivities(db: Kysely<DB>) {
  return {
    /** Before an item's deadline, to its unit. */
    async sendDirectiveItemReminder(input: { itemId: number; dueAt: string; at: string }): Promise<void> {
      const item = await createDirectiveRepository(db).itemFacts(input.itemId);
      if (!item || item.status !== 'OPEN') return;
      await createNotificationRepository(db).send({
        ...directiveNotices.dueSoon(item, new Date(input.dueAt)),
        orgUnitId: item.assignee_org_id,
        userId: null,
        subjectType: 'DirectiveItem',
        subjectId: item.id,
        dedupeKey: `directive-item-${item.id}:remind:${input.dueAt}`,
        at: new Date(input.at),
      });
    },

    /** A rung of an item not answered by its deadline: an escalation row and its notice, once. */
    async raiseDirectiveItemEscalation(input: {
      itemId: number;
      dueAt: string;
      rungKey: string;
      level: EscalationLevel;
      at: string;
    }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const directives = createDirectiveRepository(trx);
        const locked = await directives.lockItem(input.itemId);
        if (!locked || locked.status !== 'OPEN') return;
        const item = await directives.itemFacts(input.itemId);
        if (!item) return;
        await createEscalationRepository(trx).raise({
          subject: { directiveItemId: item.id },
          owner: {
            regulatorId: item.unit_kind === 'REGULATOR' ? item.assignee_org_id : null,
            industry: null,
            townshipId: item.unit_kind === 'TOWNSHIP' ? item.assignee_org_id : null,
          },
          rung: input,
          notice: directiveNotices.late(item, item.unit_name, new Date(input.dueAt), input.level),
        });
      });
    },

    /**
     * A unit's answer to its item (办理情况): the item ANSWERED, its escalations resolved; the last answer moves the
     * directive to ANSWERED and tells the county office to send the consolidated reply.
     */
    async recordDirectiveItemAnswer(input: {
      directiveId: number;
      updateId: string;
      answer: AnswerDirectiveItemInput;
      at: string;
    }): Promise<RecordedAnswer> {
      return db.transaction().execute(async (trx) => {
        const directives = createDirectiveRepository(trx);
        const directive = await directives.lock(input.directiveId);
        if (!directive) throw notFound(DIRECTIVE_NOT_FOUND(input.directiveId));
        const a = input.answer;
        const item = await directives.lockItem(a.itemId);
        if (!item || item.directive_id !== directive.id) throw notFound(DIRECTIVE_REFUSALS.unknownItem);
        if (item.answer_update_id === input.updateId)
          return { directiveStatus: directive.status, itemStatus: item.status };
        if (directive.status === 'REPLIED') throw conflict(DIRECTIVE_REFUSALS.replied);
        if (item.status !== 'OPEN') throw conflict(DIRECTIVE_REFUSALS.itemAnswered);
        const problem = answerProblem(a.answer);
        if (problem) throw badInput(problem);
        const at = new Date(input.at);
        const answer = a.answer.trim();
        await directives.updateItem(item.id, {
          status: 'ANSWERED',
          answer,
          answered_by: a.actorId,
          answered_at: at,
          answer_update_id: input.updateId,
        });
        await createEscalationRepository(trx).resolveOpenForDirectiveItem(item.id, at);
        const open = await directives.unansweredCount(directive.id);
        const directiveStatus: DirectiveStatus = open === 0 ? 'ANSWERED' : directive.status;
        if (open === 0) {
          await directives.update(directive.id, { status: 'ANSWERED' });
          await createNotificationRepository(trx).send({
            ...directiveNotices.answered(directive, directive.reply_due_at),
            orgUnitId: await countyOffice(trx),
            userId: null,
            subjectType: 'Directive',
            subjectId: directive.id,
            dedupeKey: `directive-${directive.id}:answered`,
            at,
          });
        }
        await createAuditRepository(trx).record({
          actorId: a.actorId,
          action: 'answerDirectiveItem',
          subjectType: 'DirectiveItem',
          subjectId: item.id,
          requestId: a.requestId ?? null,
          before: { status: 'OPEN' },
          after: { status: 'ANSWERED', answer, directiveId: directive.id, directiveStatus },
          at: input.at,
        });
        return { directiveStatus, itemStatus: 'ANSWERED' };
      });
    },

    /** 汇总回复: the county office's one reply to the letter, once every item is answered. */
    async recordDirectiveReply(input: {
      directiveId: number;
      updateId: string;
      reply: ReplyDirectiveInput;
      at: string;
    }): Promise<{ status: DirectiveStatus }> {
      return db.transaction().execute(async (trx) => {
        const directives = createDirectiveRepository(trx);
        const directive = await directives.lock(input.directiveId);
        if (!directive) throw notFound(DIRECTIVE_NOT_FOUND(input.directiveId));
        if (directive.reply_update_id === input.updateId) return { status: directive.status };
        const refusal = replyRefusal(directive.status, await directives.unansweredCount(directive.id));
        if (refusal) throw conflict(refusal);
        const r = input.reply;
        const problem = replyProblem(r.reply);
        if (problem) throw badInput(problem);
        const reply = r.reply.trim();
        const at = new Date(input.at);
        await directives.update(directive.id, {
          status: 'REPLIED',
          reply,
          replied_at: at,
          replied_by: r.actorId,
          reply_update_id: input.updateId,
        });
        await createAuditRepository(trx).record({
          actorId: r.actorId,
          action: 'replyDirective',
          subjectType: 'Directive',
          subjectId: directive.id,
          requestId: r.requestId ?? null,
          before: { status: directive.status },
          after: { status: 'REPLIED', reply, late: at.getTime() > directive.reply_due_at.getTime() },
          at: input.at,
        });
        return { status: 'REPLIED' };
      });
    },
  };
}
