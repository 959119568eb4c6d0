// Accounts (账号): an admin opens one for a person of a unit or an enterprise (企业安全管理人员) and stops it; every
// user changes their own password. Registry data without a process, written here with its audit row.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository } from '../db/repositories/enterprises';
import { isUniqueViolation } from '../db/errors';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSessionRepository } from '../db/repositories/sessions';
import { createUserRepository, type UserFilter } from '../db/repositories/users';
import type { DB } from '../db/schema';
import { LIMITS } from '../domain/limits';
import type { Role } from '../domain/types';
import {
  accountFieldsProblem,
  passwordProblem,
  roleOrgProblem,
  ROLE_ORG_KIND,
  USER_REFUSALS,
} from '../domain/user-rules';
import { notFound, requireAdmin } from './access';
import { toViewer, type Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';
import { hashPassword, verifyPassword } from './passwords';
import { oneTimePassword } from './one-time-password';

/** What an admin changes of an account: its name, its role and where it belongs (a unit, or an enterprise). */
export interface UpdateUserCommand {
  displayName?: string | null;
  role?: Role | null;
  orgUnitId?: number | null;
  enterpriseId?: number | null;
}

export interface CreateUserCommand {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId?: number | null;
  enterpriseId?: number | null;
  /** The first password, told to the person by the admin: they must change it at their first login. */
  initialPassword: string;
}

/** An account as the API shows it: the person and whether it is stopped. */
export type Account = Viewer & { disabled: boolean };

const accountOf = (row: Parameters<typeof toViewer>[0] & { disabled: boolean }): Account => ({
  ...toViewer(row),
  disabled: row.disabled,
});

export function createUserService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const users = createUserRepository(db);

  /** Where a role's account belongs: an org unit of the role's kind, or (ENTERPRISE) one enterprise. */
  async function placeOf(input: {
    role: Role;
    orgUnitId?: number | null;
    enterpriseId?: number | null;
  }): Promise<{ orgUnitId: number | null; enterpriseId: number | null }> {
    if (ROLE_ORG_KIND[input.role] === null) {
      if (input.enterpriseId == null) throw badInput(USER_REFUSALS.enterpriseRequired);
      const [enterprise] = await createEnterpriseRepository(db).getByIds({ kind: 'county' }, [input.enterpriseId]);
      if (!enterprise) throw badInput(USER_REFUSALS.enterpriseUnknown);
      return { orgUnitId: null, enterpriseId: enterprise.id };
    }
    if (input.enterpriseId != null) throw badInput(USER_REFUSALS.enterpriseForOthers);
    const [unit] = input.orgUnitId == null ? [] : await createOrgUnitRepository(db).getByIds([input.orgUnitId]);
    refuseBadInput(roleOrgProblem(input.role, unit?.kind ?? null));
    return { orgUnitId: unit?.id ?? null, enterpriseId: null };
  }

  return {
    async create(viewer: Viewer, input: CreateUserCommand, requestId: string | null): Promise<Account> {
      requireAdmin(viewer, '开设账号');
      const username = input.username.trim();
      const displayName = input.displayName.trim();
      refuseBadInput(accountFieldsProblem({ username, displayName }));
      refuseBadInput(passwordProblem(input.initialPassword, username));
      const place = await placeOf(input);
      if (await users.usernameTaken(username)) throw new AppError('CONFLICT', USER_REFUSALS.usernameTaken);
      const passwordHash = await hashPassword(input.initialPassword);
      try {
        const row = await db.transaction().execute(async (trx) => {
          const created = await createUserRepository(trx).insert({
            username,
            display_name: displayName,
            role: input.role,
            org_unit_id: place.orgUnitId,
            enterprise_id: place.enterpriseId,
            password_hash: passwordHash,
            must_change_password: true,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createUser',
            subjectType: 'User',
            subjectId: created.id,
            requestId,
            after: { username, displayName, role: input.role, ...place },
          });
          return created;
        });
        return accountOf(row);
      } catch (error) {
        // Two admins typing the same name at once: one wins.
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', USER_REFUSALS.usernameTaken);
        throw error;
      }
    },

    /**
     * Changes an account's name, role or place. A changed role or place ends its sessions: the person signs in again
     * to the portal and the rows of the new role. An admin may not change their own role or place.
     */
    async update(viewer: Viewer, userId: number, input: UpdateUserCommand, requestId: string | null): Promise<Account> {
      requireAdmin(viewer, '修改账号');
      const user = await users.getById(userId);
      if (!user) throw notFound('账号');
      if (user.disabled) throw new AppError('CONFLICT', USER_REFUSALS.deactivated);
      const displayName = input.displayName?.trim() ?? user.display_name;
      refuseBadInput(accountFieldsProblem({ username: user.username, displayName }));
      const role = input.role ?? user.role;
      // The account keeps its place unless a new one is given; a role of another kind of place needs the new one.
      const forEnterprise = ROLE_ORG_KIND[role] === null;
      const place = await placeOf({
        role,
        orgUnitId: input.orgUnitId ?? (forEnterprise ? null : user.org_unit_id),
        enterpriseId: input.enterpriseId ?? (forEnterprise ? user.enterprise_id : null),
      });
      const moved =
        role !== user.role || place.orgUnitId !== user.org_unit_id || place.enterpriseId !== user.enterprise_id;
      if (moved && userId === viewer.id) throw badInput(USER_REFUSALS.changeOwnRole);
      const before = {
        displayName: user.display_name,
        role: user.role,
        orgUnitId: user.org_unit_id,
        enterpriseId: user.enterprise_id,
      };
      const after = { displayName, role, ...place };
      await db.transaction().execute(async (trx) => {
        const changed = await createUserRepository(trx).update(userId, {
          display_name: displayName,
          role,
          org_unit_id: place.orgUnitId,
          enterprise_id: place.enterpriseId,
        });
        if (!changed) throw new AppError('CONFLICT', USER_REFUSALS.deactivated);
        if (moved) await createSessionRepository(trx).invalidateAllForUser(userId, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'updateUser',
          subjectType: 'User',
          subjectId: userId,
          requestId,
          before,
          after: { ...after, sessionsEnded: moved },
        });
      });
      const updated = await users.getById(userId);
      if (!updated) throw notFound('账号');
      return accountOf(updated);
    },

    /**
     * A one-time password for a person who forgot theirs (重置密码): shown once to the admin, never stored in clear nor
     * audited; the person must change it at the next login, and every session of theirs ends now.
     */
    async resetPassword(
      viewer: Viewer,
      userId: number,
      requestId: string | null,
    ): Promise<{ password: string; user: Account }> {
      requireAdmin(viewer, '重置密码');
      if (userId === viewer.id) throw badInput(USER_REFUSALS.resetOwnPassword);
      const user = await users.getById(userId);
      if (!user) throw notFound('账号');
      if (user.disabled) throw new AppError('CONFLICT', USER_REFUSALS.deactivated);
      const password = oneTimePassword();
      const passwordHash = await hashPassword(password);
      await db.transaction().execute(async (trx) => {
        if (!(await createUserRepository(trx).setPasswordByAdmin(userId, passwordHash)))
          throw new AppError('CONFLICT', USER_REFUSALS.deactivated);
        await createSessionRepository(trx).invalidateAllForUser(userId, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'resetPassword',
          subjectType: 'User',
          subjectId: userId,
          requestId,
          after: { mustChangePassword: true, sessionsEnded: true },
        });
      });
      return { password, user: accountOf({ ...user, must_change_password: true }) };
    },

    /** The county office's list of accounts (账号管理). */
    list: (viewer: Viewer, filter: UserFilter, page: { limit: number; offset: number }) => {
      requireAdmin(viewer, '查看账号');
      return users.list(filter, page).then((rows) => rows.map(accountOf));
    },
    count: (viewer: Viewer, filter: UserFilter) => {
      requireAdmin(viewer, '查看账号');
      return users.count(filter);
    },

    /** Stops an account and ends its sessions at once (a person who left, a lost phone). */
    async deactivate(viewer: Viewer, userId: number, reason: string | null, requestId: string | null) {
      requireAdmin(viewer, '停用账号');
      if (userId === viewer.id) throw badInput(USER_REFUSALS.deactivateSelf);
      const why = reason?.trim() || null;
      if (why && why.length > LIMITS.reason) throw badInput(USER_REFUSALS.reasonTooLong);
      const user = await users.getById(userId);
      if (!user) throw notFound('账号');
      if (user.disabled) throw new AppError('CONFLICT', USER_REFUSALS.alreadyDeactivated);
      await db.transaction().execute(async (trx) => {
        if (!(await createUserRepository(trx).deactivate(userId)))
          throw new AppError('CONFLICT', USER_REFUSALS.alreadyDeactivated);
        await createSessionRepository(trx).invalidateAllForUser(userId, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'deactivateUser',
          subjectType: 'User',
          subjectId: userId,
          requestId,
          before: { disabled: false },
          after: { disabled: true, reason: why },
        });
      });
      return accountOf({ ...user, disabled: true });
    },

    /** The user's own new password; every other session of theirs ends (a password told to someone else no longer works). */
    async changePassword(
      viewer: Viewer,
      input: { currentPassword: string; newPassword: string },
      session: { tokenHash: string | null },
      requestId: string | null,
    ): Promise<boolean> {
      const stored = await users.passwordHashOf(viewer.id);
      if (!stored || !(await verifyPassword(input.currentPassword, stored)))
        throw badInput(USER_REFUSALS.currentPasswordWrong);
      refuseBadInput(passwordProblem(input.newPassword, viewer.username));
      if (input.newPassword === input.currentPassword) throw badInput(USER_REFUSALS.passwordUnchanged);
      const passwordHash = await hashPassword(input.newPassword);
      await db.transaction().execute(async (trx) => {
        await createUserRepository(trx).setOwnPassword(viewer.id, passwordHash);
        await createSessionRepository(trx).invalidateOthersOfUser(viewer.id, session.tokenHash, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'changePassword',
          subjectType: 'User',
          subjectId: viewer.id,
          requestId,
        });
      });
      return true;
    },

    accountsOfEnterprise: async (enterpriseId: number): Promise<Account[]> =>
      (await users.listForEnterprise(enterpriseId)).map(accountOf),
  };
}

export type UserService = ReturnType<typeof createUserService>;
