import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { whenAny } from './queries';

export const userColumns = [
  'app_user.id',
  'app_user.username',
  'app_user.display_name',
  'app_user.role',
  'app_user.org_unit_id',
  'app_user.disabled',
  'app_user.created_at',
] as const;

export function createUserRepository(db: Kysely<DB>) {
  return {
    getById: (id: number) => db.selectFrom('app_user').select(userColumns).where('id', '=', id).executeTakeFirst(),

    /** The active staff (REGULATOR_STAFF) of some regulators: the inspectors a 双随机 draw picks from. */
    activeStaffOf: (orgUnitIds: readonly number[]) =>
      whenAny(orgUnitIds, () =>
        db
          .selectFrom('app_user')
          .select(['id', 'org_unit_id'])
          .where('org_unit_id', 'in', orgUnitIds)
          .where('role', '=', 'REGULATOR_STAFF')
          .where('disabled', '=', false)
          .orderBy('id')
          .execute(),
      ),

    getByIds: (ids: readonly number[]) =>
      whenAny(ids, () => db.selectFrom('app_user').select(userColumns).where('id', 'in', ids).execute()),

    getCredentialsByUsername: (username: string) =>
      db
        .selectFrom('app_user')
        .select([...userColumns, 'app_user.password_hash', 'app_user.failed_logins', 'app_user.locked_until'])
        .where('username', '=', username)
        .executeTakeFirst(),

    /** Counts a failed login and locks the account once `lockAfter` is reached; returns the new state. */
    recordFailedLogin: (id: number, lockAfter: number, lockUntil: Date) =>
      db
        .updateTable('app_user')
        .set((eb) => ({
          failed_logins: eb('failed_logins', '+', 1),
          locked_until: eb
            .case()
            .when('failed_logins', '>=', lockAfter - 1)
            .then(lockUntil)
            .else(eb.ref('locked_until'))
            .end(),
        }))
        .where('id', '=', id)
        .returning(['failed_logins', 'locked_until'])
        .executeTakeFirstOrThrow(),

    clearFailedLogins: (id: number) =>
      db.updateTable('app_user').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute(),

    countAll: async () =>
      (
        await db
          .selectFrom('app_user')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
  };
}
