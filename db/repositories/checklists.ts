// Checklist templates and their items: every version is kept (a campaign keeps the one it launched with); the list
// the office picks from is the current versions. An edit writes a new version and retires the old in one transaction.
import type { Insertable, Kysely } from 'kysely';
import type { ChecklistItemTable, DB } from '../schema';
import type { Industry } from '../../domain/types';
import { whenAny } from './queries';

const templateColumns = [
  'checklist_template.id',
  'checklist_template.code',
  'checklist_template.name',
  'checklist_template.industries',
  'checklist_template.version',
  'checklist_template.supersedes_id',
  'checklist_template.retired_at',
  'checklist_template.created_at',
] as const;

const itemColumns = ['id', 'template_id', 'position', 'category', 'text', 'basis', 'major_criterion'] as const;

export interface NewTemplateVersion {
  code: string;
  name: string;
  industries: Industry[];
  version: number;
  supersedesId: number | null;
  createdBy: number;
  idempotencyKey?: string | null;
  items: readonly Omit<Insertable<ChecklistItemTable>, 'template_id' | 'position'>[];
}

export function createChecklistRepository(db: Kysely<DB>) {
  return {
    /** The templates to pick from: current versions, or every version with `includeRetired`. */
    listTemplates: (options: { includeRetired?: boolean } = {}) => {
      let query = db.selectFrom('checklist_template').select(templateColumns);
      if (!options.includeRetired) query = query.where('checklist_template.retired_at', 'is', null);
      return query.orderBy('checklist_template.code').orderBy('checklist_template.version').execute();
    },
    getTemplatesByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db.selectFrom('checklist_template').select(templateColumns).where('checklist_template.id', 'in', ids).execute(),
      ),
    /** The template a person created with this key, if any. */
    getByCreationKey: (createdBy: number, key: string) =>
      db
        .selectFrom('checklist_template')
        .select(templateColumns)
        .where('created_by', '=', createdBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    /** A version locked for the edit that replaces it. */
    getForUpdate: (id: number) =>
      db
        .selectFrom('checklist_template')
        .select(templateColumns)
        .where('checklist_template.id', '=', id)
        .forUpdate()
        .executeTakeFirst(),
    itemsByTemplateIds: (templateIds: readonly number[]) =>
      whenAny(templateIds, () =>
        db
          .selectFrom('checklist_item')
          .select(itemColumns)
          .where('template_id', 'in', templateIds)
          .orderBy('template_id')
          .orderBy('position')
          .execute(),
      ),
    itemsByIds: (ids: readonly number[]) =>
      whenAny(ids, () => db.selectFrom('checklist_item').select(itemColumns).where('id', 'in', ids).execute()),

    /** Retires a current version; false when it was already retired (someone saved a newer one first). */
    retire: async (id: number, at: Date) =>
      Boolean(
        await db
          .updateTable('checklist_template')
          .set({ retired_at: at })
          .where('id', '=', id)
          .where('retired_at', 'is', null)
          .returning('id')
          .executeTakeFirst(),
      ),

    /** Writes a version and its items, numbered from 1 in the given order; the version's row. */
    insertVersion: async (version: NewTemplateVersion) => {
      const row = await db
        .insertInto('checklist_template')
        .values({
          code: version.code,
          name: version.name,
          industries: JSON.stringify(version.industries),
          version: version.version,
          supersedes_id: version.supersedesId,
          created_by: version.createdBy,
          idempotency_key: version.idempotencyKey ?? null,
        })
        .returning(templateColumns)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('checklist_item')
        .values(version.items.map((item, index) => ({ ...item, template_id: row.id, position: index + 1 })))
        .execute();
      return row;
    },
  };
}

export type ChecklistTemplateRow = Awaited<
  ReturnType<ReturnType<typeof createChecklistRepository>['listTemplates']>
>[number];
export type ChecklistItemRow = Awaited<ReturnType<ReturnType<typeof createChecklistRepository>['itemsByIds']>>[number];
