// Checklist templates the county office writes (检查表管理): a new template is version 1; an edit is a new version
// of the same code and retires the one it replaces, so a campaign launched with a version keeps its items.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createChecklistRepository, type ChecklistTemplateRow } from '../db/repositories/checklists';
import { isUniqueViolation } from '../db/errors';
import type { DB } from '../db/schema';
import {
  CHECKLIST_REFUSALS,
  checklistProblem,
  normaliseChecklist,
  sameChecklist,
  type ChecklistItemDraft,
  type ChecklistTemplateDraft,
} from '../domain/checklist-rules';
import { CHECKLIST_FILE_MAX_BYTES, CHECKLIST_FILE_REFUSALS, checklistItemsFromSheet } from '../domain/checklist-sheet';
import { readSheet, UnreadableFile } from '../domain/sheets';
import type { Industry } from '../domain/types';
import { notFound, requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

const itemRows = (draft: ChecklistTemplateDraft) =>
  draft.items.map((item) => ({
    category: item.category,
    text: item.text,
    basis: item.basis,
    major_criterion: item.majorCriterion,
  }));

export function createChecklistService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  function checked(draft: ChecklistTemplateDraft): ChecklistTemplateDraft {
    const normalised = normaliseChecklist(draft);
    refuseBadInput(checklistProblem(normalised));
    return normalised;
  }

  return {
    /** A version and its items, as anyone who may pick a checklist downloads it. */
    async forDownload(_viewer: Viewer, id: number) {
      const checklists = createChecklistRepository(db);
      const [template] = await checklists.getTemplatesByIds([id]);
      if (!template) throw notFound('检查表');
      return { template, items: await checklists.itemsByTemplateIds([id]) };
    },

    /**
     * The items of a filled checklist sheet (.xlsx or .csv), for the editor to show before they are saved as a version;
     * nothing is stored. The first problem is refused with its row.
     */
    async itemsFromFile(viewer: Viewer, file: { size: number; arrayBuffer(): Promise<ArrayBuffer> }) {
      requireAdmin(viewer, '导入检查表');
      if (file.size > CHECKLIST_FILE_MAX_BYTES) throw badInput(CHECKLIST_FILE_REFUSALS.tooLarge);
      const bytes = Buffer.from(await file.arrayBuffer());
      if (bytes.byteLength > CHECKLIST_FILE_MAX_BYTES) throw badInput(CHECKLIST_FILE_REFUSALS.tooLarge);
      let sheet;
      try {
        sheet = await readSheet(bytes);
      } catch (error) {
        if (error instanceof UnreadableFile) throw badInput(CHECKLIST_FILE_REFUSALS.notSpreadsheet);
        throw error;
      }
      const { items, problem } = checklistItemsFromSheet(sheet);
      refuseBadInput(problem);
      return items satisfies ChecklistItemDraft[];
    },

    /** Version 1 of a new template; the same idempotency key from the same person again returns the first. */
    async create(
      viewer: Viewer,
      input: ChecklistTemplateDraft,
      requestId: string | null,
      idempotencyKey: string | null = null,
    ): Promise<ChecklistTemplateRow> {
      requireAdmin(viewer, '新建检查表');
      const draft = checked(input);
      const checklists = createChecklistRepository(db);
      const earlier = idempotencyKey ? await checklists.getByCreationKey(viewer.id, idempotencyKey) : undefined;
      if (earlier) return earlier;
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createChecklistRepository(trx).insertVersion({
            code: `county-${randomUUID().slice(0, 8)}`,
            name: draft.name,
            industries: draft.industries as Industry[],
            version: 1,
            supersedesId: null,
            createdBy: viewer.id,
            idempotencyKey,
            items: itemRows(draft),
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createChecklistTemplate',
            subjectType: 'ChecklistTemplate',
            subjectId: row.id,
            requestId,
            after: { code: row.code, version: 1, name: draft.name, items: draft.items.length },
          });
          return row;
        });
      } catch (error) {
        // Two sends of one click raced: the one that lost returns what the other created.
        const first =
          idempotencyKey && isUniqueViolation(error)
            ? await checklists.getByCreationKey(viewer.id, idempotencyKey)
            : undefined;
        if (first) return first;
        throw error;
      }
    },

    /** A new version replacing the current version `id`; campaigns launched with `id` keep it. */
    async update(
      viewer: Viewer,
      id: number,
      input: ChecklistTemplateDraft,
      requestId: string | null,
    ): Promise<ChecklistTemplateRow> {
      requireAdmin(viewer, '修改检查表');
      const draft = checked(input);
      return db.transaction().execute(async (trx) => {
        const checklists = createChecklistRepository(trx);
        const current = await checklists.getForUpdate(id);
        if (!current) throw new AppError('NOT_FOUND', CHECKLIST_REFUSALS.notFound);
        if (current.retired_at) throw new AppError('CONFLICT', CHECKLIST_REFUSALS.retired);
        const items = (await checklists.itemsByTemplateIds([id])).map((item) => ({
          category: item.category,
          text: item.text,
          basis: item.basis,
          majorCriterion: item.major_criterion,
        }));
        if (sameChecklist(draft, { name: current.name, industries: current.industries, items }))
          throw badInput(CHECKLIST_REFUSALS.nothingChanged);
        const at = now();
        if (!(await checklists.retire(id, at))) throw new AppError('CONFLICT', CHECKLIST_REFUSALS.retired);
        const row = await checklists.insertVersion({
          code: current.code,
          name: draft.name,
          industries: draft.industries as Industry[],
          version: current.version + 1,
          supersedesId: id,
          createdBy: viewer.id,
          items: itemRows(draft),
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'updateChecklistTemplate',
          subjectType: 'ChecklistTemplate',
          subjectId: row.id,
          requestId,
          before: { id, version: current.version, name: current.name, items: items.length },
          after: { id: row.id, version: row.version, name: draft.name, items: draft.items.length },
        });
        return row;
      });
    },
  };
}

export type ChecklistService = ReturnType<typeof createChecklistService>;
