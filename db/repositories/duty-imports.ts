// What the 包保 import reads besides the townships: the accounts a file names, and the chain in force (each active link
// with its account's username), which a row's 上级责任人 may name. The links themselves are written by
// duty-assignments.ts `insertMany`.
import type { Kysely } from 'kysely';
import type { ExistingDutyLink } from '../../domain/duty-import-rules';
import type { DB } from '../schema';

/** Names asked for in one statement: well under PostgreSQL's bound on parameters. */
const CHUNK = 5_000;

export function createDutyImportRepository(db: Kysely<DB>) {
  return {
    /** The accounts of these usernames that exist, stopped ones too (the rules say why a row cannot use one). */
    async accountsByUsername(usernames: readonly string[]) {
      const found = [];
      for (let i = 0; i < usernames.length; i += CHUNK) {
        const chunk = usernames.slice(i, i + CHUNK);
        found.push(
          ...(await db
            .selectFrom('app_user')
            .select(['id', 'username', 'display_name', 'role', 'disabled'])
            .where('username', 'in', chunk)
            .execute()),
        );
      }
      return found.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        role: u.role,
        disabled: u.disabled,
      }));
    },

    /** The county's active links, oldest first. */
    activeLinks: async (): Promise<ExistingDutyLink[]> =>
      (
        await db
          .selectFrom('duty_assignment')
          .leftJoin('app_user', 'app_user.id', 'duty_assignment.user_id')
          .select([
            'duty_assignment.id',
            'duty_assignment.tier',
            'duty_assignment.township_id',
            'duty_assignment.target_kind',
            'duty_assignment.target_name',
            'duty_assignment.person_name',
            'duty_assignment.phone',
            'duty_assignment.user_id',
            'app_user.username',
          ])
          .where('duty_assignment.active', '=', true)
          .orderBy('duty_assignment.id')
          .execute()
      ).map((link) => ({
        id: link.id,
        tier: link.tier,
        townshipId: link.township_id,
        targetKind: link.target_kind,
        targetName: link.target_name,
        personName: link.person_name,
        phone: link.phone,
        userId: link.user_id,
        username: link.username,
      })),
  };
}
