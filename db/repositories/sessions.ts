import type { Kysely } from 'kysely';
import type { DB } from '../schema';
import { whenAny } from './queries';
import { userColumns } from './users';

export function createSessionRepository(db: Kysely<DB>) {
  return {
    create: (userId: number, tokenHash: string, expiresAt: Date) =>
      db
        .insertInto('session')
        .values({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt })
        .returning(['id', 'expires_at'])
        .executeTakeFirstOrThrow(),

    /** The user behind a live session: not revoked, not expired, not disabled. */
    getUserByTokenHash: (tokenHash: string, now: Date) =>
      db
        .selectFrom('session')
        .innerJoin('app_user', 'app_user.id', 'session.user_id')
        .select([...userColumns, 'session.id as session_id', 'session.expires_at'])
        .where('session.token_hash', '=', tokenHash)
        .where('session.revoked_at', 'is', null)
        .where('session.expires_at', '>', now)
        .where('app_user.disabled', '=', false)
        .executeTakeFirst(),

    revokeByTokenHash: (tokenHash: string, now: Date) =>
      db
        .updateTable('session')
        .set({ revoked_at: now })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .returning(['id', 'user_id'])
        .executeTakeFirst(),

    /** Ends every session of a user but the one with `keepTokenHash` (the request that changed the password). */
    invalidateOthersOfUser: (userId: number, keepTokenHash: string | null, now: Date) => {
      let query = db
        .updateTable('session')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null);
      if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
      return query.execute();
    },

    invalidateAllForUsers: (userIds: readonly number[], now: Date) =>
      whenAny(userIds, () =>
        db
          .updateTable('session')
          .set({ revoked_at: now })
          .where('user_id', 'in', userIds)
          .where('revoked_at', 'is', null)
          .returning('id')
          .execute(),
      ),

    invalidateAllForUser: (userId: number, now: Date) =>
      db
        .updateTable('session')
        .set({ revoked_at: now })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute(),
  };
}
