// Who is calling: login with a hashed password, opaque session tokens stored hashed, throttled failures.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { formatShanghaiTime } from '../domain/calendar';
import type { Role } from '../domain/types';
import { createAuditRepository } from '../db/repositories/audit';
import { createSessionRepository } from '../db/repositories/sessions';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { AppError } from './errors';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from './passwords';

export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
}

/** After each failure the next answer comes later (slowdownMs × failures so far), then the account locks. */
export const LOGIN_POLICY = { lockAfterFailures: 5, lockMinutes: 15, slowdownMs: 300 } as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const WRONG_CREDENTIALS = '用户名或密码错误';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toViewer(row: {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  org_unit_id: number;
}): Viewer {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgUnitId: row.org_unit_id,
  };
}

export interface AuthServiceOptions {
  sessionTtlHours: number;
  now?: () => Date;
}

export function createAuthService(db: Kysely<DB>, options: AuthServiceOptions) {
  const now = options.now ?? (() => new Date());
  const users = createUserRepository(db);
  const sessions = createSessionRepository(db);

  return {
    async login(
      username: string,
      password: string,
      requestId: string | null,
    ): Promise<{ token: string; viewer: Viewer; expiresAt: Date }> {
      const at = now();
      const user = await users.getCredentialsByUsername(username.trim());
      if (!user || user.disabled) {
        // Same work and same answer as a wrong password: an unknown name must not be detectable.
        await verifyPassword(password, UNUSABLE_PASSWORD_HASH);
        throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      if (user.locked_until && user.locked_until > at) {
        throw new AppError(
          'UNAUTHENTICATED',
          `登录失败次数过多，账户已暂时锁定，请于 ${formatShanghaiTime(user.locked_until)}（北京时间）后重试`,
          {
            retryAfter: user.locked_until.toISOString(),
          },
        );
      }
      if (!(await verifyPassword(password, user.password_hash))) {
        const lockUntil = new Date(at.getTime() + LOGIN_POLICY.lockMinutes * 60_000);
        const state = await users.recordFailedLogin(user.id, LOGIN_POLICY.lockAfterFailures, lockUntil);
        const left = LOGIN_POLICY.lockAfterFailures - state.failed_logins;
        await pause(LOGIN_POLICY.slowdownMs * Math.min(state.failed_logins, LOGIN_POLICY.lockAfterFailures));
        if (state.locked_until && state.locked_until > at) {
          throw new AppError(
            'UNAUTHENTICATED',
            `登录失败次数过多，账户已暂时锁定，请于 ${formatShanghaiTime(state.locked_until)}（北京时间）后重试`,
            {
              retryAfter: state.locked_until.toISOString(),
            },
          );
        }
        throw new AppError(
          'UNAUTHENTICATED',
          left <= 2 ? `${WRONG_CREDENTIALS}，再错 ${left} 次账户将被暂时锁定` : WRONG_CREDENTIALS,
        );
      }
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + options.sessionTtlHours * 3600_000);
      await db.transaction().execute(async (trx) => {
        const session = await createSessionRepository(trx).create(user.id, hashToken(token), expiresAt);
        await createUserRepository(trx).clearFailedLogins(user.id);
        await createAuditRepository(trx).record({
          actorId: user.id,
          action: 'login',
          subjectType: 'Session',
          subjectId: session.id,
          requestId,
        });
      });
      return { token, viewer: toViewer(user), expiresAt };
    },

    async authenticate(token: string): Promise<Viewer | null> {
      if (token.length < 16 || token.length > 128) return null;
      const row = await sessions.getUserByTokenHash(hashToken(token), now());
      return row ? toViewer(row) : null;
    },

    async logout(token: string, requestId: string | null): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const revoked = await createSessionRepository(trx).revokeByTokenHash(hashToken(token), now());
        if (!revoked) return false;
        await createAuditRepository(trx).record({
          actorId: revoked.user_id,
          action: 'logout',
          subjectType: 'Session',
          subjectId: revoked.id,
          requestId,
        });
        return true;
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
