import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { whenAny } from './queries';

export function createChecklistRepository(db: Kysely<DB>) {
  return {
    listTemplates: () =>
      db.selectFrom('checklist_template').select(['id', 'code', 'name', 'industries']).orderBy('id').execute(),
    getTemplatesByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('checklist_template')
          .select(['id', 'code', 'name', 'industries'])
          .where('id', 'in', ids)
          .execute(),
      ),
    itemsByTemplateIds: (templateIds: readonly number[]) =>
      whenAny(templateIds, () =>
        db
          .selectFrom('checklist_item')
          .select(['id', 'template_id', 'position', 'category', 'text', 'basis', 'major_criterion'])
          .where('template_id', 'in', templateIds)
          .orderBy('template_id')
          .orderBy('position')
          .execute(),
      ),
    itemsByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('checklist_item')
          .select(['id', 'template_id', 'position', 'category', 'text', 'basis', 'major_criterion'])
          .where('id', 'in', ids)
          .execute(),
      ),
  };
}

export type ChecklistTemplateRow = Awaited<
  ReturnType<ReturnType<typeof createChecklistRepository>['listTemplates']>
>[number];
export type ChecklistItemRow = Awaited<ReturnType<ReturnType<typeof createChecklistRepository>['itemsByIds']>>[number];
