// The enterprise registry: scoped search with filters, batched loads, registration, edits and its lifecycle
// (停产 / 注销 / 复产), and the one definition of which enterprises a campaign's scope holds.
import { sql, type ExpressionBuilder, type Kysely, type Updateable } from 'kysely';
import type { EnterpriseStatus, Grade, Industry, ListStatus, SupervisionTopic } from '../../domain/types';
import type { CampaignScope, DB, EnterpriseTable, NewEnterprise } from '../schema';
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
  'enterprise.status',
  'enterprise.status_changed_at',
  'enterprise.status_reason',
] as const;

/**
 * The enterprises a campaign's scope holds: in business (停产 and 注销 get no new tasks), of its industries (none
 * listed: every one) and its townships (likewise). The fan-out's pages and its 双随机 draw both use this.
 */
export const inCampaignScope = (scope: CampaignScope) => (eb: ExpressionBuilder<DB, 'enterprise'>) =>
  eb.and([
    eb('enterprise.status', '=', 'OPERATING'),
    ...(scope.industries.length ? [eb('enterprise.industry', 'in', scope.industries)] : []),
    ...(scope.townshipIds.length ? [eb('enterprise.township_id', 'in', scope.townshipIds)] : []),
  ]);

/** What an edit may change: the identity (credit code) and the supervision record (grade, lists) are not edits. */
export type EnterpriseEdit = Pick<
  Updateable<EnterpriseTable>,
  | 'name'
  | 'industry'
  | 'township_id'
  | 'regulator_id'
  | 'major_hazard_source'
  | 'address'
  | 'legal_representative'
  | 'contact_person'
  | 'contact_phone'
>;

export interface EnterpriseFilter {
  industries?: readonly Industry[] | null;
  townshipIds?: readonly number[] | null;
  regulatorId?: number | null;
  grade?: Grade | null;
  /** Red list (exemplary), black list (serious violator), or on neither (NONE). */
  listStatus?: ListStatus | null;
  search?: string | null;
  status?: EnterpriseStatus | null;
}

export function createEnterpriseRepository(db: Kysely<DB>) {
  const scoped = (scope: CampaignScope) => db.selectFrom('enterprise').where(inCampaignScope(scope));

  function filtered(scope: RowScope, filter: EnterpriseFilter) {
    let query = db.selectFrom('enterprise').where(enterpriseInScope(scope));
    if (filter.industries?.length) query = query.where('enterprise.industry', 'in', filter.industries);
    if (filter.townshipIds?.length) query = query.where('enterprise.township_id', 'in', filter.townshipIds);
    if (filter.regulatorId != null) query = query.where('enterprise.regulator_id', '=', filter.regulatorId);
    if (filter.grade) query = query.where('enterprise.grade', '=', filter.grade);
    if (filter.listStatus) query = query.where('enterprise.list_status', '=', filter.listStatus);
    if (filter.status) query = query.where('enterprise.status', '=', filter.status);
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
    /**
     * The enterprises of `ids` in a unit's charge (监管分工), with the topic it has them for: the lead regulator
     * (INDUSTRY), the township (LOCAL), or a co-supervision topic. Not merely visible: a regulator also sees the
     * enterprises it once had a task at, but has no charge of them. An enterprise outside the unit's charge is absent.
     */
    inChargeOf: (orgUnitId: number, ids: readonly number[]) =>
      whenAny(ids, async () => {
        const rows = await db
          .selectFrom('enterprise')
          .leftJoin('enterprise_co_supervisor as co', (join) =>
            join.onRef('co.enterprise_id', '=', 'enterprise.id').on('co.regulator_id', '=', orgUnitId),
          )
          .select(['enterprise.id', 'enterprise.name', 'enterprise.status', 'enterprise.regulator_id', 'co.topic'])
          .where('enterprise.id', 'in', ids)
          .where((eb) =>
            eb.or([
              eb('enterprise.regulator_id', '=', orgUnitId),
              eb('enterprise.township_id', '=', orgUnitId),
              eb('co.regulator_id', 'is not', null),
            ]),
          )
          .orderBy('enterprise.id')
          .execute();
        // One row per enterprise: its lead regulator's or township's charge first, else its first co-supervision topic.
        const byId = new Map<number, { id: number; name: string; status: EnterpriseStatus; topic: SupervisionTopic }>();
        for (const row of rows) {
          const topic: SupervisionTopic =
            row.regulator_id === orgUnitId ? 'INDUSTRY' : row.topic === null ? 'LOCAL' : row.topic;
          if (!byId.has(row.id)) byId.set(row.id, { id: row.id, name: row.name, status: row.status, topic });
        }
        return [...byId.values()];
      }),

    /** One page of the enterprises in a campaign's scope, in id order, with the regulator that owns each. */
    campaignScopePage: (scope: CampaignScope, afterId: number, limit: number) =>
      scoped(scope)
        .select(['enterprise.id', 'enterprise.regulator_id', 'enterprise.township_id'])
        .where('enterprise.id', '>', afterId)
        .orderBy('enterprise.id')
        .limit(limit)
        .execute(),

    /** How many in a campaign's scope are of each grade (black-listed ones aside), and how many are black-listed. */
    campaignScopeGradeCounts: async (scope: CampaignScope) => {
      const row = await scoped(scope)
        .select([
          sql<number>`count(*) filter (where enterprise.grade = 'GOOD' and enterprise.list_status <> 'BLACK')::int`.as(
            'GOOD',
          ),
          sql<number>`count(*) filter (where enterprise.grade = 'FAIR' and enterprise.list_status <> 'BLACK')::int`.as(
            'FAIR',
          ),
          sql<number>`count(*) filter (where enterprise.grade = 'POOR' and enterprise.list_status <> 'BLACK')::int`.as(
            'POOR',
          ),
          sql<number>`count(*) filter (where enterprise.list_status = 'BLACK')::int`.as('blackListed'),
        ])
        .executeTakeFirstOrThrow();
      return row;
    },

    /** Every enterprise in a campaign's scope with its grade and list: the candidates of a draw by grade. */
    campaignScopeCandidates: async (scope: CampaignScope) =>
      (
        await scoped(scope)
          .select(['enterprise.id', 'enterprise.grade', 'enterprise.list_status'])
          .orderBy('enterprise.id')
          .execute()
      ).map((e) => ({ id: e.id, grade: e.grade, listStatus: e.list_status })),

    /** Every enterprise id in a campaign's scope: the candidates of its 双随机 draw. */
    campaignScopeIds: async (scope: CampaignScope) =>
      (await scoped(scope).select('enterprise.id').orderBy('enterprise.id').execute()).map((e) => e.id),

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

    /** One enterprise, whatever its scope, locked for the edit or the change of status that follows. */
    getForUpdate: (id: number) =>
      db
        .selectFrom('enterprise')
        .select(enterpriseColumns)
        .where('enterprise.id', '=', id)
        .forUpdate()
        .executeTakeFirst(),

    /** Writes an edit of the registration; the row as it now is. */
    update: (id: number, edit: EnterpriseEdit, at: Date) =>
      db
        .updateTable('enterprise')
        .set({ ...edit, updated_at: at })
        .where('enterprise.id', '=', id)
        .returning(enterpriseColumns)
        .executeTakeFirstOrThrow(),

    /** 停产, 注销 or 复产: the new standing, since when and why (复产 clears both). */
    setStatus: (id: number, change: { status: EnterpriseStatus; at: Date | null; reason: string | null }, now: Date) =>
      db
        .updateTable('enterprise')
        .set({ status: change.status, status_changed_at: change.at, status_reason: change.reason, updated_at: now })
        .where('enterprise.id', '=', id)
        .returning(enterpriseColumns)
        .executeTakeFirstOrThrow(),
  };
}

export type EnterpriseRow = Awaited<ReturnType<ReturnType<typeof createEnterpriseRepository>['getByIds']>>[number];
