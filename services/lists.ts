// 红黑名单 for the county office: black-list an enterprise (a legal ground from the list, a period, the evidence) —
// the entry and its listingWorkflow together, or neither — and remove a listing early with a reason (the workflow's
// Update). Everyone reads the listings of the enterprises they see; the red list follows the published grades.
import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { createListRepository, type ListEntryFilter } from '../db/repositories/lists';
import type { Page } from '../db/repositories/queries';
import type { DB } from '../db/schema';
import { LIST_REFUSALS, blackListProblem, listingReminderAt, removalProblem } from '../domain/lists';
import {
  listingWorkflowId,
  removeListing,
  type ListingWorkflowInput,
  type RemoveListingInput,
} from '../workflows/messages';
import { notFound, requireAdmin, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, refuseBadInput } from './errors';
import { WorkflowClosedError, updateIdFor, type UpdateRunner } from './workflow-updates';

export interface BlackListInput {
  enterpriseId: number;
  ground: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  evidence: string;
  idempotencyKey: string | null;
}

export function createListService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  updates: UpdateRunner;
  now?: () => Date;
}) {
  const { db, client, taskQueue, updates } = deps;
  const now = deps.now ?? (() => new Date());
  const lists = createListRepository(db);

  return {
    list: (viewer: Viewer, filter: ListEntryFilter, page: Page) => lists.list(filter, rowScopeOf(viewer), page),
    count: (viewer: Viewer, filter: ListEntryFilter) => lists.count(filter, rowScopeOf(viewer)),

    async byId(viewer: Viewer, id: number) {
      const entry = await lists.inScope(id, rowScopeOf(viewer));
      if (!entry) throw notFound('名单记录');
      return entry;
    },

    /** 列入黑名单: its id; the same idempotency key returns the first decision's entry. */
    async blackList(viewer: Viewer, input: BlackListInput, requestId: string | null): Promise<number> {
      requireAdmin(viewer, LIST_REFUSALS.adminOnly);
      if (input.idempotencyKey) {
        const earlier = await lists.byIdempotencyKey(input.idempotencyKey);
        if (earlier) return earlier.id;
      }
      const at = now();
      const startsAt = input.startsAt ?? at;
      const evidence = input.evidence.trim();
      refuseBadInput(blackListProblem({ ground: input.ground, startsAt, endsAt: input.endsAt, evidence }, at));
      const endsAt = input.endsAt as Date;
      const ground = input.ground as string;
      try {
        return await db.transaction().execute(async (trx) => {
          const enterprise = await createEnterpriseRepository(trx).getForUpdate(input.enterpriseId);
          if (!enterprise) throw notFound('企业');
          if (enterprise.status === 'CLOSED') throw new AppError('BAD_USER_INPUT', LIST_REFUSALS.enterpriseClosed);
          const rows = createListRepository(trx);
          if (await rows.activeEntry(enterprise.id, 'BLACK'))
            throw new AppError('CONFLICT', LIST_REFUSALS.alreadyBlack);
          const entry = await rows.insertBlack({
            enterpriseId: enterprise.id,
            ground,
            evidence,
            startsAt,
            endsAt,
            decidedBy: viewer.id,
            decidedAt: at,
            idempotencyKey: input.idempotencyKey,
          });
          const redEnded = await rows.endRed(enterprise.id, at, viewer.id);
          await rows.syncListStatus([enterprise.id]);
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'blackListEnterprise',
            subjectType: 'ListEntry',
            subjectId: entry.id,
            requestId,
            before: { listStatus: enterprise.list_status },
            after: {
              enterpriseId: enterprise.id,
              ground,
              startsAt,
              endsAt,
              evidence,
              redListEnded: redEnded.length > 0,
            },
            at,
          });
          const args: ListingWorkflowInput = {
            entryId: entry.id,
            endsAt: endsAt.toISOString(),
            remindAt: listingReminderAt(endsAt, startsAt)?.toISOString() ?? null,
          };
          // Entry and workflow together, or neither.
          await client.workflow.start('listingWorkflow', {
            workflowId: listingWorkflowId(entry.id),
            taskQueue,
            args: [args],
          });
          return entry.id;
        });
      } catch (error) {
        if (error instanceof AppError) throw error;
        if (isUniqueViolation(error)) {
          const earlier = input.idempotencyKey ? await lists.byIdempotencyKey(input.idempotencyKey) : undefined;
          if (earlier) return earlier.id;
          throw new AppError('CONFLICT', LIST_REFUSALS.alreadyBlack);
        }
        console.error('blackListEnterprise: the engine or the database failed:', error);
        throw new AppError('UNAVAILABLE', '工作流引擎暂时不可用，未列入黑名单，请稍后重试');
      }
    },

    /** 提前移出黑名单 by the office's decision, through the listing's workflow. */
    async remove(viewer: Viewer, entryId: number, reason: string, requestId: string | null): Promise<void> {
      requireAdmin(viewer, LIST_REFUSALS.adminOnly);
      const entry = await lists.byId(entryId);
      if (!entry) throw new AppError('NOT_FOUND', LIST_REFUSALS.entryNotFound);
      const trimmed = reason.trim();
      const problem = removalProblem(entry, trimmed);
      if (problem === LIST_REFUSALS.notActive || problem === LIST_REFUSALS.notBlack)
        throw new AppError('CONFLICT', problem);
      refuseBadInput(problem);
      const request: RemoveListingInput = { actorId: viewer.id, reason: trimmed, requestId };
      const updateId = updateIdFor('removeFromBlackList', entryId, viewer.id, null, randomUUID);
      try {
        await updates.run(listingWorkflowId(entryId), removeListing, request, updateId);
      } catch (error) {
        if (error instanceof WorkflowClosedError) throw new AppError('CONFLICT', LIST_REFUSALS.notActive);
        throw error;
      }
    },
  };
}

export type ListService = ReturnType<typeof createListService>;
