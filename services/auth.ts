// Who is calling: login with a hashed password, opaque session tokens stored hashed, throttled failures.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { LOGIN_THROTTLE, throttledMessage, type ThrottleKind, type ThrottleRule } from '../domain/login-throttle';
import type { Role } from '../domain/types';
import { createAuditRepository } from '../db/repositories/audit';
import { createSessionRepository } from '../db/repositories/sessions';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { AppError } from './errors';
import { createHashingGate, HASHING_GATE, HashingQueueFull, type HashingGateOptions } from './hashing-gate';
import { createLoginThrottle } from './login-throttle';
import { UNUSABLE_PASSWORD_HASH, verifyPassword } from './passwords';

export interface Viewer {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The org unit the user works for; null for an ENTERPRISE user. */
  orgUnitId: number | null;
  /** The one enterprise an ENTERPRISE user acts for; null for every other role. */
  enterpriseId: number | null;
  /** An admin chose the password: nothing but changing it is allowed until it is changed. */
  mustChangePassword: boolean;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const WRONG_CREDENTIALS = '用户名或密码错误';
const TOO_MANY_LOGINS = '登录请求过多，请稍后重试';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A user row as the services see the caller. */
export function toViewer(row: {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  org_unit_id: number | null;
  enterprise_id: number | null;
  must_change_password: boolean;
}): Viewer {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    orgUnitId: row.org_unit_id,
    enterpriseId: row.enterprise_id,
    mustChangePassword: row.must_change_password,
  };
}

export interface AuthServiceOptions {
  sessionTtlHours: number;
  now?: () => Date;
  loginThrottle?: Record<ThrottleKind, ThrottleRule>;
  hashing?: HashingGateOptions;
}

/** The client address of in-process callers (tests, tools) that have no socket: they share one count. */
export const LOCAL_CLIENT = 'local';

function throttled(until: Date, at: Date): AppError {
  return new AppError('UNAUTHENTICATED', throttledMessage(until, at), { retryAfter: until.toISOString() });
}

export function createAuthService(db: Kysely<DB>, options: AuthServiceOptions) {
  const now = options.now ?? (() => new Date());
  const users = createUserRepository(db);
  const sessions = createSessionRepository(db);
  const throttle = createLoginThrottle(db, options.loginThrottle ?? LOGIN_THROTTLE);
  const hashing = createHashingGate(options.hashing ?? HASHING_GATE);

  return {
    /**
     * Every failure answers the same sentence after the same work (a count per address, per account at the address,
     * per account name as typed; one scrypt), whether the account exists or not. A throttled attempt is refused before
     * its password is hashed; a permitted one queues for a hashing turn.
     */
    async login(
      username: string,
      password: string,
      requestId: string | null,
      clientAddress: string = LOCAL_CLIENT,
    ): Promise<{ token: string; viewer: Viewer; expiresAt: Date }> {
      // PostgreSQL text cannot hold NUL: such a name exists nowhere and is counted like any other unknown one.
      const name = username.trim().replaceAll('\u0000', '\uFFFD');
      const keys = throttle.keysOf(name, clientAddress);
      const arrived = now();
      const verdict = await throttle.verdict(keys, arrived);
      if (verdict.refusedUntil) throw throttled(verdict.refusedUntil, arrived);
      if (verdict.delayMs > 0) await pause(verdict.delayMs);
      const checked = await hashing
        .run(clientAddress, verdict.addressClean, async (waited) => {
          // After a wait in the queue the counts may have grown: look again before spending a hash.
          const again = waited ? await throttle.verdict(keys, now()) : null;
          if (again?.refusedUntil) return { refusedUntil: again.refusedUntil, user: null };
          const found = await users.getCredentialsByUsername(name);
          const user = found && !found.disabled ? found : null;
          // An unknown name costs the same hash as a wrong password.
          const matches = await verifyPassword(password, user?.password_hash ?? UNUSABLE_PASSWORD_HASH);
          return { refusedUntil: null, user: matches ? user : null };
        })
        .catch((error: unknown) => {
          if (error instanceof HashingQueueFull) {
            throw new AppError('UNAUTHENTICATED', TOO_MANY_LOGINS, {
              retryAfter: new Date(now().getTime() + 1_000).toISOString(),
            });
          }
          throw error;
        });
      if (checked.refusedUntil) throw throttled(checked.refusedUntil, now());
      const user = checked.user;
      if (!user) {
        hashing.demote(clientAddress);
        await throttle.recordFailure(keys, now());
        throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
      }
      await throttle.recordSuccess(keys);
      const at = now();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + options.sessionTtlHours * 3600_000);
      await db.transaction().execute(async (trx) => {
        const session = await createSessionRepository(trx).create(user.id, hashToken(token), expiresAt);
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
