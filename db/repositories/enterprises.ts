// The enterprise registry: scoped search with filters, batched loads, and registration.
import { sql, type Kysely } from 'kysely';
import type { Grade, Industry, ListStatus } from '../../domain/types';
import type { CampaignScope, DB, NewEnterprise } from '../schema';
import { enterpriseInScope, type RowScope } from './scope';
import { countOf, escapeLike, whenAny } from './queries';

export const enterpriseColumns = [
  'enterprise.id',
  'enterprise.uscc',
  'enterprise.name',
  'enterprise.industry',
  'enterprise.township_id',
  'enterprise.regulator_id',
  'enterprise.major_hazard_source',
  'enterprise.grade',
  'enterprise.list_status',
  'enterprise.address',
  'enterprise.legal_representative',
  'enterprise.contact_person',
  'enterprise.contact_phone',
] as const;

export interface EnterpriseFilter {
  industries?: readonly Industry[] | null;
  townshipIds?: readonly number[] | null;
  regulatorId?: number | null;
  grade?: Grade | null;
  /** Red list (exemplary), black list (serious violator), or on neither (NONE). */
  listStatus?: ListStatus | null;
  search?: string | null;
}

export function createEnterpriseRepository(db: Kysely<DB>) {
  /** The enterprises in a campaign's scope: its industries × its townships (empty: every one). */
  function inCampaignScope(scope: CampaignScope) {
    let query = db.selectFrom('enterprise');
    if (scope.industries.length) query = query.where('enterprise.industry', 'in', scope.industries);
    if (scope.townshipIds.length) query = query.where('enterprise.township_id', 'in', scope.townshipIds);
    return query;
  }

  function filtered(scope: RowScope, filter: EnterpriseFilter) {
    let query = db.selectFrom('enterprise').where(enterpriseInScope(scope));
    if (filter.industries?.length) query = query.where('enterprise.industry', 'in', filter.industries);
    if (filter.townshipIds?.length) query = query.where('enterprise.township_id', 'in', filter.townshipIds);
    if (filter.regulatorId != null) query = query.where('enterprise.regulator_id', '=', filter.regulatorId);
    if (filter.grade) query = query.where('enterprise.grade', '=', filter.grade);
    if (filter.listStatus) query = query.where('enterprise.list_status', '=', filter.listStatus);
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query = query.where((eb) =>
        eb.or([
          eb('enterprise.name', 'like', pattern),
          eb('enterprise.uscc', 'like', `${escapeLike(search.toUpperCase())}%`),
        ]),
      );
    }
    return query;
  }

  return {
    /** One page of the enterprises in a campaign's scope, in id order, with the regulator that owns each. */
    campaignScopePage: (scope: CampaignScope, afterId: number, limit: number) =>
      inCampaignScope(scope)
        .select(['enterprise.id', 'enterprise.regulator_id'])
        .where('enterprise.id', '>', afterId)
        .orderBy('enterprise.id')
        .limit(limit)
        .execute(),

    /** Every enterprise id in a campaign's scope: the candidates of its 双随机 draw. */
    campaignScopeIds: async (scope: CampaignScope) =>
      (await inCampaignScope(scope).select('enterprise.id').orderBy('enterprise.id').execute()).map((e) => e.id),

    list: (scope: RowScope, filter: EnterpriseFilter, page: { limit: number; offset: number }) =>
      filtered(scope, filter)
        .select(enterpriseColumns)
        .orderBy('enterprise.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, filter: EnterpriseFilter) => countOf(filtered(scope, filter)),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('enterprise')
          .select(enterpriseColumns)
          .where('enterprise.id', 'in', ids)
          .where(enterpriseInScope(scope))
          .execute(),
      ),

    /** The registered enterprises of some credit codes, locked when `forUpdate` (a page of an import). */
    getManyByUscc: (usccs: readonly string[], options: { forUpdate?: boolean } = {}) =>
      whenAny(usccs, () => {
        const query = db.selectFrom('enterprise').select(enterpriseColumns).where('enterprise.uscc', 'in', usccs);
        return (options.forUpdate ? query.forUpdate() : query).execute();
      }),

    /**
     * Writes a page of imported enterprises as given (their values already merged with the register's): new credit
     * codes are inserted, known ones overwritten. Returns each written row's id, code and whether it was new.
     */
    upsertMany: (rows: readonly NewEnterprise[], at: Date) =>
      whenAny(rows, () =>
        db
          .insertInto('enterprise')
          .values(rows.map((row) => ({ ...row, updated_at: at })))
          .onConflict((oc) =>
            oc.column('uscc').doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              industry: eb.ref('excluded.industry'),
              township_id: eb.ref('excluded.township_id'),
              regulator_id: eb.ref('excluded.regulator_id'),
              major_hazard_source: eb.ref('excluded.major_hazard_source'),
              address: eb.ref('excluded.address'),
              legal_representative: eb.ref('excluded.legal_representative'),
              contact_person: eb.ref('excluded.contact_person'),
              contact_phone: eb.ref('excluded.contact_phone'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .returning(['enterprise.id', 'enterprise.uscc', sql<boolean>`xmax = 0`.as('inserted')])
          .execute(),
      ),

    getByUscc: (uscc: string) =>
      db.selectFrom('enterprise').select(enterpriseColumns).where('enterprise.uscc', '=', uscc).executeTakeFirst(),

    create: (values: NewEnterprise) =>
      db.insertInto('enterprise').values(values).returning(enterpriseColumns).executeTakeFirstOrThrow(),
  };
}

export type EnterpriseRow = Awaited<ReturnType<ReturnType<typeof createEnterpriseRepository>['getByIds']>>[number];
