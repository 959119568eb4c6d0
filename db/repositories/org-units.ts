import type { Kysely } from 'kysely';
import type { OrgUnitKind } from '../../domain/types';
import type { DB } from '../schema';
import { whenAny } from './queries';

export const orgUnitColumns = [
  'org_unit.id',
  'org_unit.code',
  'org_unit.name',
  'org_unit.kind',
  'org_unit.parent_id',
] as const;

export function createOrgUnitRepository(db: Kysely<DB>) {
  return {
    getById: (id: number) => db.selectFrom('org_unit').select(orgUnitColumns).where('id', '=', id).executeTakeFirst(),
    getByIds: (ids: readonly number[]) =>
      whenAny(ids, () => db.selectFrom('org_unit').select(orgUnitColumns).where('id', 'in', ids).execute()),
    /** Those of `ids` that are org units of this kind. */
    ofKind: (ids: readonly number[], kind: OrgUnitKind) =>
      whenAny(ids, () =>
        db.selectFrom('org_unit').select(orgUnitColumns).where('id', 'in', ids).where('kind', '=', kind).execute(),
      ),
    getByCode: (code: string) =>
      db.selectFrom('org_unit').select(orgUnitColumns).where('code', '=', code).executeTakeFirst(),
    /** The county work-safety office (安委办): the first of its kind. */
    countyOffice: () =>
      db
        .selectFrom('org_unit')
        .select(orgUnitColumns)
        .where('kind', '=', 'COUNTY_OFFICE')
        .orderBy('id')
        .executeTakeFirstOrThrow(),
    /** A new unit; fails on the unique code or (kind, name). */
    create: (values: { code: string; name: string; kind: OrgUnitKind; parentId: number | null }) =>
      db
        .insertInto('org_unit')
        .values({ code: values.code, name: values.name, kind: values.kind, parent_id: values.parentId })
        .returning(orgUnitColumns)
        .executeTakeFirstOrThrow(),

    rename: (id: number, name: string) =>
      db.updateTable('org_unit').set({ name }).where('id', '=', id).returning(orgUnitColumns).executeTakeFirst(),

    list: (kind?: OrgUnitKind) => {
      let query = db.selectFrom('org_unit').select(orgUnitColumns).orderBy('kind').orderBy('id');
      if (kind) query = query.where('kind', '=', kind);
      return query.execute();
    },
  };
}
