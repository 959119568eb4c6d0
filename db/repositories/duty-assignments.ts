// The 包保 chain (migration 0031): its links, read in scope, written by the county office one at a time or in a batch
// (the .xlsx import), each link with the link above it.
import { sql, type Kysely } from 'kysely';
import type { DutyTargetKind, DutyTier } from '../../domain/emergency-response';
import type { DB } from '../schema';
import { countOf, whenAny } from './queries';
import type { RowScope } from './scope';

export interface DutyAssignmentFilter {
  townshipId?: number | null;
  tier?: DutyTier | null;
  /** Part of the person's name, the target's name or the phone. */
  search?: string | null;
  active?: boolean | null;
}

export interface NewDutyAssignment {
  tier: DutyTier;
  township_id: number;
  target_kind: DutyTargetKind;
  target_name: string;
  person_name: string;
  phone: string | null;
  user_id: number | null;
  parent_id: number | null;
  created_by: number | null;
}

export const dutyAssignmentColumns = [
  'duty_assignment.id',
  'duty_assignment.tier',
  'duty_assignment.township_id',
  'duty_assignment.target_kind',
  'duty_assignment.target_name',
  'duty_assignment.person_name',
  'duty_assignment.phone',
  'duty_assignment.user_id',
  'duty_assignment.parent_id',
  'duty_assignment.active',
] as const;

/** A link is seen by the county, by its township, and by the person it names. */
const assignmentInScope = (scope: RowScope, userId: number | null) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'township'
      ? sql<boolean>`(duty_assignment.township_id = ${scope.orgUnitId} or duty_assignment.user_id = ${userId})`
      : sql<boolean>`duty_assignment.user_id = ${userId}`;

export function createDutyAssignmentRepository(db: Kysely<DB>) {
  const filtered = (scope: RowScope, userId: number | null, filter: DutyAssignmentFilter) => {
    let query = db.selectFrom('duty_assignment').where(assignmentInScope(scope, userId));
    if (filter.townshipId != null) query = query.where('duty_assignment.township_id', '=', filter.townshipId);
    if (filter.tier) query = query.where('duty_assignment.tier', '=', filter.tier);
    if (filter.active != null) query = query.where('duty_assignment.active', '=', filter.active);
    const search = filter.search?.trim();
    if (search)
      query = query.where((eb) =>
        eb.or([
          eb('duty_assignment.person_name', 'like', `%${search}%`),
          eb('duty_assignment.target_name', 'like', `%${search}%`),
          eb('duty_assignment.phone', 'like', `%${search}%`),
        ]),
      );
    return query;
  };
  return {
    list: (
      scope: RowScope,
      userId: number | null,
      filter: DutyAssignmentFilter,
      page: { limit: number; offset: number },
    ) =>
      filtered(scope, userId, filter)
        .select(dutyAssignmentColumns)
        .orderBy('duty_assignment.township_id')
        .orderBy(sql`array_position(array['COUNTY','TOWNSHIP','VILLAGE'], duty_assignment.tier)`)
        .orderBy('duty_assignment.id')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, userId: number | null, filter: DutyAssignmentFilter) =>
      countOf(filtered(scope, userId, filter)),

    getByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db.selectFrom('duty_assignment').select(dutyAssignmentColumns).where('duty_assignment.id', 'in', ids).execute(),
      ),

    insert: (row: NewDutyAssignment) =>
      db.insertInto('duty_assignment').values(row).returning(dutyAssignmentColumns).executeTakeFirstOrThrow(),

    /** A batch (the import): one statement, in order, ids returned in the same order. */
    insertMany: async (rows: readonly NewDutyAssignment[]) =>
      rows.length === 0
        ? []
        : db
            .insertInto('duty_assignment')
            .values([...rows])
            .returning(['id'])
            .execute(),

    update: (id: number, patch: Partial<Omit<NewDutyAssignment, 'created_by'>> & { active?: boolean }) =>
      db
        .updateTable('duty_assignment')
        .set({ ...patch, updated_at: new Date() })
        .where('id', '=', id)
        .returning(dutyAssignmentColumns)
        .executeTakeFirst(),

    /** Active links below this one: a link with links under it is not stopped before they are moved. */
    activeChildren: async (id: number) =>
      Number(
        (
          await db
            .selectFrom('duty_assignment')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('parent_id', '=', id)
            .where('active', '=', true)
            .executeTakeFirstOrThrow()
        ).n,
      ),
  };
}

export type DutyAssignmentRow = Awaited<
  ReturnType<ReturnType<typeof createDutyAssignmentRepository>['getByIds']>
>[number];
