// Accounts (app_user): read by id, name and enterprise, listed for the county office; written when an admin creates,
// changes, stops one or resets its password, and when a user changes their own.
import type { Kysely } from 'kysely';
import type { Role } from '../../domain/types';
import type { DB, NewAppUser } from '../schema';
import { countOf, escapeLike, whenAny } from './queries';

/** The county office's search of accounts. */
export interface UserFilter {
  /** Part of the username or the name. */
  search?: string | null;
  roles?: readonly Role[] | null;
  orgUnitId?: number | null;
  enterpriseId?: number | null;
  disabled?: boolean | null;
}

/** What an admin may change of an account: its name, its role and where it belongs. */
export interface UserPatch {
  display_name: string;
  role: Role;
  org_unit_id: number | null;
  enterprise_id: number | null;
}

export const userColumns = [
  'app_user.id',
  'app_user.username',
  'app_user.display_name',
  'app_user.role',
  'app_user.org_unit_id',
  'app_user.enterprise_id',
  'app_user.must_change_password',
  'app_user.disabled',
  'app_user.created_at',
] as const;

export function createUserRepository(db: Kysely<DB>) {
  function filtered(filter: UserFilter) {
    let query = db.selectFrom('app_user');
    const search = filter.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      query = query.where((eb) =>
        eb.or([eb('app_user.username', 'ilike', pattern), eb('app_user.display_name', 'like', pattern)]),
      );
    }
    if (filter.roles?.length) query = query.where('app_user.role', 'in', filter.roles);
    if (filter.orgUnitId != null) query = query.where('app_user.org_unit_id', '=', filter.orgUnitId);
    if (filter.enterpriseId != null) query = query.where('app_user.enterprise_id', '=', filter.enterpriseId);
    if (filter.disabled != null) query = query.where('app_user.disabled', '=', filter.disabled);
    return query;
  }

  return {
    /** A page of accounts, active first, then by unit and name. */
    list: (filter: UserFilter, page: { limit: number; offset: number }) =>
      filtered(filter)
        .select(userColumns)
        .orderBy('app_user.disabled')
        .orderBy('app_user.org_unit_id')
        .orderBy('app_user.username')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (filter: UserFilter) => countOf(filtered(filter)),

    getById: (id: number) => db.selectFrom('app_user').select(userColumns).where('id', '=', id).executeTakeFirst(),

    /** The active staff (REGULATOR_STAFF) of some regulators: the inspectors a 双随机 draw picks from. */
    activeStaffOf: (orgUnitIds: readonly number[]) =>
      whenAny(orgUnitIds, () =>
        db
          .selectFrom('app_user')
          .select(['id', 'org_unit_id'])
          .where('org_unit_id', 'in', orgUnitIds)
          // A department's inspectors, or a township's safety officers for its 属地 tasks.
          .where('role', 'in', ['REGULATOR_STAFF', 'TOWNSHIP_STAFF'])
          .where('disabled', '=', false)
          .orderBy('id')
          .execute(),
      ),

    getByIds: (ids: readonly number[]) =>
      whenAny(ids, () => db.selectFrom('app_user').select(userColumns).where('id', 'in', ids).execute()),

    /** A unit's active people who work its cases (执法人员: its staff and its head), by name. */
    activeOfficersOf: (orgUnitId: number, roles: readonly Role[]) =>
      db
        .selectFrom('app_user')
        .select(['id', 'display_name', 'role'])
        .where('org_unit_id', '=', orgUnitId)
        .where('role', 'in', [...roles])
        .where('disabled', '=', false)
        .orderBy('display_name')
        .execute(),

    getCredentialsByUsername: (username: string) =>
      db
        .selectFrom('app_user')
        .select([...userColumns, 'app_user.password_hash'])
        .where('username', '=', username)
        .executeTakeFirst(),

    /** The accounts of an enterprise (企业账号), active first. */
    listForEnterprise: (enterpriseId: number) =>
      db
        .selectFrom('app_user')
        .select(userColumns)
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('disabled')
        .orderBy('id')
        .execute(),

    usernameTaken: async (username: string) =>
      Boolean(await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst()),

    insert: (user: NewAppUser) =>
      db.insertInto('app_user').values(user).returning(userColumns).executeTakeFirstOrThrow(),

    passwordHashOf: async (id: number) =>
      (await db.selectFrom('app_user').select('password_hash').where('id', '=', id).executeTakeFirst())?.password_hash,

    /** A new password chosen by the user: the admin's initial one no longer binds them. */
    setOwnPassword: (id: number, passwordHash: string) =>
      db
        .updateTable('app_user')
        .set({ password_hash: passwordHash, must_change_password: false })
        .where('id', '=', id)
        .execute(),

    /** An admin's change of an active account; false when it was stopped meanwhile. */
    update: async (id: number, patch: UserPatch) =>
      Boolean(
        await db
          .updateTable('app_user')
          .set(patch)
          .where('id', '=', id)
          .where('disabled', '=', false)
          .returning('id')
          .executeTakeFirst(),
      ),

    /** A one-time password set by an admin: the user must change it at the next login. */
    setPasswordByAdmin: async (id: number, passwordHash: string) =>
      Boolean(
        await db
          .updateTable('app_user')
          .set({ password_hash: passwordHash, must_change_password: true })
          .where('id', '=', id)
          .where('disabled', '=', false)
          .returning('id')
          .executeTakeFirst(),
      ),

    /** Stops every active account of an enterprise (注销); the ids stopped. */
    deactivateOfEnterprise: async (enterpriseId: number) =>
      (
        await db
          .updateTable('app_user')
          .set({ disabled: true })
          .where('enterprise_id', '=', enterpriseId)
          .where('disabled', '=', false)
          .returning('id')
          .execute()
      ).map((row) => row.id),

    /** Stops an active account; false when it was already stopped. */
    deactivate: async (id: number) =>
      Boolean(
        await db
          .updateTable('app_user')
          .set({ disabled: true })
          .where('id', '=', id)
          .where('disabled', '=', false)
          .returning('id')
          .executeTakeFirst(),
      ),

    countAll: async () =>
      (
        await db
          .selectFrom('app_user')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
  };
}
