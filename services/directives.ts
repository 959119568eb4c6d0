// Directives from above (督办/交办): the county office registers a letter from the city or province split into items
// for units (stored with its audit row, each unit's notice and its workflow in one transaction, or not at all); each
// unit answers its own item; the county office sends the one consolidated reply once every item is answered.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createDirectiveRepository, type DirectiveItemRow, type DirectiveRow } from '../db/repositories/directives';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import {
  answerProblem,
  DEFAULT_DIRECTIVE_POLICY,
  DIRECTIVE_REFUSALS,
  directiveProblem,
  replyProblem,
  replyRefusal,
  type DirectiveDraft,
} from '../domain/directives';
import { directiveNotices } from '../domain/notices';
import {
  answerDirectiveItem,
  directiveWorkflowId,
  replyDirective,
  type DirectiveWorkflowInput,
} from '../workflows/messages';
import { isOfUnit, notFound, requireAdmin, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';
import { updateIdFor, WorkflowClosedError, type UpdateRunner } from './workflow-updates';

export function createDirectiveService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const directives = createDirectiveRepository(db);

  async function directiveOf(viewer: Viewer, id: number): Promise<DirectiveRow> {
    const [directive] = await directives.getByIds(rowScopeOf(viewer), [id]);
    if (!directive) throw notFound('来文');
    return directive;
  }

  async function itemOf(viewer: Viewer, id: number): Promise<DirectiveItemRow> {
    const [item] = await directives.getItemsByIds(rowScopeOf(viewer), [id]);
    if (!item) throw notFound('办理事项');
    return item;
  }

  /** Runs an Update; a retry that finds the workflow ended succeeds only if its own step is recorded. */
  async function runUpdate(run: () => Promise<unknown>, directiveId: number, updateId: string) {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof WorkflowClosedError)) throw error;
      if (!(await directives.stepRecorded(directiveId, updateId)))
        throw new AppError('CONFLICT', DIRECTIVE_REFUSALS.replied);
    }
  }

  return {
    /** 登记来文 (督促函, 交办件) with its items for units: the county office. */
    async register(
      viewer: Viewer,
      input: DirectiveDraft & { idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<DirectiveRow> {
      requireAdmin(viewer, '登记上级督办交办件');
      const key = input.idempotencyKey ?? null;
      if (key) {
        const earlier = await directives.byIdempotencyKey(viewer.id, key);
        if (earlier) return directiveOf(viewer, earlier.id);
      }
      const at = now();
      const checked = directiveProblem(input, at);
      if ('problem' in checked) throw badInput(checked.problem);
      const draft = checked.directive;
      const unitIds = [...new Set(draft.items.map((i) => i.assigneeOrgId))];
      const units = new Map((await createOrgUnitRepository(db).getByIds(unitIds)).map((u) => [u.id, u]));
      for (const id of unitIds) {
        const unit = units.get(id);
        if (!unit) throw notFound('承办单位');
        if (unit.kind !== 'REGULATOR' && unit.kind !== 'TOWNSHIP') throw badInput(DIRECTIVE_REFUSALS.assigneeNotUnit);
      }
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      let directiveId = 0;
      try {
        await db.transaction().execute(async (trx) => {
          const rows = createDirectiveRepository(trx);
          directiveId = await rows.insert({
            kind: draft.kind,
            source: draft.source,
            document_number: draft.documentNumber,
            title: draft.title,
            received_at: draft.receivedAt,
            reply_due_at: draft.replyDueAt,
            registered_by: viewer.id,
            idempotency_key: key,
            workflow_id: `pending-${randomUUID()}`,
          });
          await rows.update(directiveId, { workflow_id: directiveWorkflowId(directiveId) });
          const items = await rows.insertItems(
            draft.items.map((item, position) => ({
              directive_id: directiveId,
              position,
              content: item.content,
              assignee_org_id: item.assigneeOrgId,
              due_at: item.dueAt,
            })),
          );
          const notices = createNotificationRepository(trx);
          for (const item of items) {
            const content = draft.items[item.position]?.content ?? '';
            await notices.send({
              ...directiveNotices.assigned(
                {
                  title: draft.title,
                  source: draft.source,
                  document_number: draft.documentNumber,
                  position: item.position,
                  content,
                },
                item.due_at,
              ),
              orgUnitId: item.assignee_org_id,
              userId: null,
              subjectType: 'DirectiveItem',
              subjectId: item.id,
              dedupeKey: `directive-item-${item.id}:assigned`,
              at,
            });
          }
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'registerDirective',
            subjectType: 'Directive',
            subjectId: directiveId,
            requestId,
            after: {
              kind: draft.kind,
              source: draft.source,
              documentNumber: draft.documentNumber,
              title: draft.title,
              replyDueAt: draft.replyDueAt.toISOString(),
              items: items.map((i) => ({ id: i.id, assigneeOrgId: i.assignee_org_id, dueAt: i.due_at.toISOString() })),
            },
            at,
          });
          const args: DirectiveWorkflowInput = {
            directiveId,
            items: items
              .sort((a, b) => a.position - b.position)
              .map((i) => ({
                itemId: i.id,
                assigneeOrgId: i.assignee_org_id,
                unitKind: units.get(i.assignee_org_id)?.kind ?? 'REGULATOR',
                dueAt: i.due_at.toISOString(),
              })),
            policy: DEFAULT_DIRECTIVE_POLICY,
            calendar,
          };
          // Rows and workflow together, or neither.
          await client.workflow.start('directiveWorkflow', {
            workflowId: directiveWorkflowId(directiveId),
            taskQueue,
            args: [args],
          });
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        console.error('registerDirective: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '系统暂时无法登记来文，本次登记未保存；请稍后用同一请求重试');
      }
      return directiveOf(viewer, directiveId);
    },

    /** 反馈办理情况: the people of the item's unit, through the directive's workflow. */
    async answerItem(
      viewer: Viewer,
      input: { itemId: number; answer: string; idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<DirectiveItemRow> {
      const item = await itemOf(viewer, input.itemId);
      if (!isOfUnit(viewer, item.assignee_org_id)) throw new AppError('FORBIDDEN', DIRECTIVE_REFUSALS.answererNotUnit);
      const updateId = updateIdFor('answerDirectiveItem', item.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await directives.stepRecorded(item.directive_id, updateId))) return item;
      const problem = answerProblem(input.answer);
      if (problem) throw badInput(problem);
      if (item.status !== 'OPEN') throw new AppError('CONFLICT', DIRECTIVE_REFUSALS.itemAnswered);
      await runUpdate(
        () =>
          updates.run(
            directiveWorkflowId(item.directive_id),
            answerDirectiveItem,
            { itemId: item.id, answer: input.answer.trim(), actorId: viewer.id, requestId },
            updateId,
          ),
        item.directive_id,
        updateId,
      );
      return itemOf(viewer, item.id);
    },

    /** 汇总回复 to the city or province: the county office, once every item is answered (CONFLICT before). */
    async reply(
      viewer: Viewer,
      input: { directiveId: number; reply: string; idempotencyKey?: string | null },
      requestId: string | null,
    ): Promise<DirectiveRow> {
      requireAdmin(viewer, '向上级回复督办交办件');
      const directive = await directiveOf(viewer, input.directiveId);
      const updateId = updateIdFor('replyDirective', directive.id, viewer.id, input.idempotencyKey, randomUUID);
      if (input.idempotencyKey && (await directives.stepRecorded(directive.id, updateId))) return directive;
      const problem = replyProblem(input.reply);
      if (problem) throw badInput(problem);
      const refusal = replyRefusal(directive.status, await directives.unansweredCount(directive.id));
      if (refusal) throw new AppError('CONFLICT', refusal);
      await runUpdate(
        () =>
          updates.run(
            directiveWorkflowId(directive.id),
            replyDirective,
            { reply: input.reply.trim(), actorId: viewer.id, requestId },
            updateId,
          ),
        directive.id,
        updateId,
      );
      return directiveOf(viewer, directive.id);
    },
  };
}

export type DirectiveService = ReturnType<typeof createDirectiveService>;
