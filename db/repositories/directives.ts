// Directives from above (督办/交办): the letter and its items, inserted by the service with their workflow, read
// scoped (a unit sees the letters it has items of, and only its own items), moved by the directive workflow's
// activities.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DirectiveItemStatus, DirectiveKind, DirectiveStatus } from '../../domain/directives';
import type { DB, DirectiveItemTable, DirectiveTable } from '../schema';
import { countOf, whenAny } from './queries';
import { directiveInScope, directiveItemInScope, type RowScope } from './scope';

export const directiveColumns = [
  'directive.id',
  'directive.kind',
  'directive.source',
  'directive.document_number',
  'directive.title',
  'directive.received_at',
  'directive.reply_due_at',
  'directive.status',
  'directive.reply',
  'directive.replied_at',
  'directive.replied_by',
  'directive.registered_by',
] as const;

export const directiveItemColumns = [
  'directive_item.id',
  'directive_item.directive_id',
  'directive_item.position',
  'directive_item.content',
  'directive_item.assignee_org_id',
  'directive_item.due_at',
  'directive_item.status',
  'directive_item.answer',
  'directive_item.answered_by',
  'directive_item.answered_at',
] as const;

export interface DirectiveFilter {
  statuses?: readonly DirectiveStatus[] | null;
  kinds?: readonly DirectiveKind[] | null;
}

export interface DirectiveItemFilter {
  statuses?: readonly DirectiveItemStatus[] | null;
  assigneeOrgId?: number | null;
}

export function createDirectiveRepository(db: Kysely<DB>) {
  function filtered(scope: RowScope, filter: DirectiveFilter) {
    let query = db.selectFrom('directive').where(directiveInScope(scope));
    if (filter.statuses?.length) query = query.where('directive.status', 'in', filter.statuses);
    if (filter.kinds?.length) query = query.where('directive.kind', 'in', filter.kinds);
    return query;
  }
  function itemsFiltered(scope: RowScope, filter: DirectiveItemFilter) {
    let query = db.selectFrom('directive_item').where(directiveItemInScope(scope));
    if (filter.statuses?.length) query = query.where('directive_item.status', 'in', filter.statuses);
    if (filter.assigneeOrgId != null) query = query.where('directive_item.assignee_org_id', '=', filter.assigneeOrgId);
    return query;
  }

  return {
    insert: async (row: Insertable<DirectiveTable>) =>
      (await db.insertInto('directive').values(row).returning('id').executeTakeFirstOrThrow()).id,

    insertItems: (rows: readonly Insertable<DirectiveItemTable>[]) =>
      db
        .insertInto('directive_item')
        .values([...rows])
        .returning(['id', 'position', 'assignee_org_id', 'due_at'])
        .execute(),

    update: (directiveId: number, set: Updateable<DirectiveTable>) =>
      db.updateTable('directive').set(set).where('id', '=', directiveId).execute(),

    updateItem: (itemId: number, set: Updateable<DirectiveItemTable>) =>
      db.updateTable('directive_item').set(set).where('id', '=', itemId).execute(),

    byIdempotencyKey: (registeredBy: number, key: string) =>
      db
        .selectFrom('directive')
        .select('id')
        .where('registered_by', '=', registeredBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    list: (scope: RowScope, filter: DirectiveFilter, page: { limit: number; offset: number }) =>
      filtered(scope, filter)
        .select(directiveColumns)
        .orderBy('directive.received_at', 'desc')
        .orderBy('directive.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: DirectiveFilter) => countOf(filtered(scope, filter)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () => filtered(scope, {}).select(directiveColumns).where('directive.id', 'in', ids).execute()),

    /** The items of directives that the scope may see of them (a unit: its own). */
    itemsOf: (scope: RowScope, directiveIds: readonly number[]) =>
      whenAny(directiveIds, () =>
        itemsFiltered(scope, {})
          .select(directiveItemColumns)
          .where('directive_item.directive_id', 'in', directiveIds)
          .orderBy('directive_item.directive_id')
          .orderBy('directive_item.position')
          .execute(),
      ),

    listItems: (scope: RowScope, filter: DirectiveItemFilter, page: { limit: number; offset: number }) =>
      itemsFiltered(scope, filter)
        .select(directiveItemColumns)
        .orderBy('directive_item.due_at')
        .orderBy('directive_item.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    countItems: (scope: RowScope, filter: DirectiveItemFilter) => countOf(itemsFiltered(scope, filter)),

    getItemsByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        itemsFiltered(scope, {}).select(directiveItemColumns).where('directive_item.id', 'in', ids).execute(),
      ),

    lock: (directiveId: number) =>
      db.selectFrom('directive').selectAll().where('id', '=', directiveId).forUpdate().executeTakeFirst(),

    lockItem: (itemId: number) =>
      db.selectFrom('directive_item').selectAll().where('id', '=', itemId).forUpdate().executeTakeFirst(),

    /** Items still open of a directive. */
    unansweredCount: async (directiveId: number) =>
      countOf(db.selectFrom('directive_item').where('directive_id', '=', directiveId).where('status', '=', 'OPEN')),

    /** An item with its directive's title and its unit (kind and name), for the workflow's notices and ladders. */
    itemFacts: (itemId: number) =>
      db
        .selectFrom('directive_item')
        .innerJoin('directive', 'directive.id', 'directive_item.directive_id')
        .innerJoin('org_unit', 'org_unit.id', 'directive_item.assignee_org_id')
        .select([
          'directive_item.id',
          'directive_item.directive_id',
          'directive_item.position',
          'directive_item.content',
          'directive_item.status',
          'directive_item.due_at',
          'directive_item.assignee_org_id',
          'directive.title',
          'directive.source',
          'directive.document_number',
          'org_unit.kind as unit_kind',
          'org_unit.name as unit_name',
        ])
        .where('directive_item.id', '=', itemId)
        .executeTakeFirst(),

    /** Whether a step of this Update id is recorded on the directive or one of its items. */
    stepRecorded: async (directiveId: number, updateId: string) =>
      Boolean(
        (await db
          .selectFrom('directive')
          .select('id')
          .where('id', '=', directiveId)
          .where('reply_update_id', '=', updateId)
          .executeTakeFirst()) ??
        (await db
          .selectFrom('directive_item')
          .select('id')
          .where('directive_id', '=', directiveId)
          .where('answer_update_id', '=', updateId)
          .executeTakeFirst()),
      ),
  };
}

export type DirectiveRow = Awaited<ReturnType<ReturnType<typeof createDirectiveRepository>['getByIds']>>[number];
export type DirectiveItemRow = Awaited<
  ReturnType<ReturnType<typeof createDirectiveRepository>['getItemsByIds']>
>[number];
