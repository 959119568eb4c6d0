import { ROLES } from '../../domain/types';
import { PASSWORD_MAX, USER_REFUSALS } from '../../domain/user-rules';
import { LIMITS, textTooLong } from '../../domain/limits';
import { createEnterpriseRepository } from '../../db/repositories/enterprises';
import { createUserRepository } from '../../db/repositories/users';
import { toViewer } from '../../services/auth';
import { hashToken } from '../../services/auth';
import type { Account } from '../../services/users';
import { AppError } from '../../services/errors';
import { builder, ConnectionInterface } from '../builder';
import { connectionOf, decodeId, pageComplexity, viewerOf } from '../ids';
import { PRICES } from '../request-limits';
import { maxChars } from '../validation';
import { EnterpriseRef } from './enterprise';
import { OrgUnitRef } from './org-unit';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

/** A user as the API shows one: the caller (`me`, login) is active by definition. */
type UserShape = Omit<Account, 'disabled'> & { disabled?: boolean };

export const UserRef = builder.node(builder.objectRef<UserShape>('User'), {
  id: { resolve: (user) => user.id },
  // A user sees their own record; an admin sees everyone's.
  loadOne: async (id, context) => {
    const viewer = context.viewer;
    if (!viewer || viewer.mustChangePassword || (viewer.role !== 'ADMIN' && String(viewer.id) !== id)) return null;
    const row = await createUserRepository(context.db).getById(Number(id));
    return row ? { ...toViewer(row), disabled: row.disabled } : null;
  },
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    orgUnit: t.field({
      type: OrgUnitRef,
      nullable: true,
      description: 'The unit the user works for; null for an ENTERPRISE account',
      resolve: (user) => user.orgUnitId,
    }),
    enterprise: t.field({
      type: EnterpriseRef,
      nullable: true,
      description: 'The enterprise an ENTERPRISE account (企业安全管理人员) acts for',
      // A user is seen by itself (me, login) or an admin, so its own enterprise is: read as that user's scope, which
      // the login answer needs before the session exists.
      resolve: async (user, _args, context) => {
        if (user.enterpriseId === null) return null;
        const scope = { kind: 'enterprise', enterpriseId: user.enterpriseId } as const;
        const [enterprise] = await createEnterpriseRepository(context.db).getByIds(scope, [user.enterpriseId]);
        return enterprise ?? null;
      },
    }),
    mustChangePassword: t.boolean({
      description: 'An admin chose the password: the user must change it (changePassword) before anything else',
      resolve: (user) => user.mustChangePassword,
    }),
    disabled: t.boolean({ resolve: (user) => user.disabled ?? false }),
  }),
});

const UserConnection = builder.connectionObject(
  { type: UserRef, name: 'UserConnection', interfaces: [ConnectionInterface] },
  { name: 'UserEdge' },
);

const UserFilter = builder.inputType('UserFilter', {
  fields: (t) => ({
    search: t.string({
      required: false,
      description: 'Part of the username or the name',
      validate: maxChars(LIMITS.name, textTooLong('搜索内容', LIMITS.name)),
    }),
    roles: t.field({ type: [RoleEnum], required: false, validate: { maxLength: ROLES.length } }),
    orgUnitId: t.id({ required: false }),
    enterpriseId: t.id({ required: false }),
    disabled: t.boolean({ required: false, description: 'true: stopped accounts only; false: active only' }),
  }),
});

builder.queryField('users', (t) =>
  t.field({
    type: UserConnection,
    complexity: pageComplexity,
    authScopes: { admin: true },
    description: 'ADMIN: the accounts of the county (账号管理), active first, then by unit and username',
    args: { ...t.arg.connectionArgs(), filter: t.arg({ type: UserFilter, required: false }) },
    resolve: (_root, args, context) => {
      const viewer = viewerOf(context);
      const filter = {
        search: args.filter?.search ?? null,
        roles: args.filter?.roles ?? null,
        orgUnitId: args.filter?.orgUnitId ? decodeId(args.filter.orgUnitId, 'OrgUnit') : null,
        enterpriseId: args.filter?.enterpriseId ? decodeId(args.filter.enterpriseId, 'Enterprise') : null,
        disabled: args.filter?.disabled ?? null,
      };
      return connectionOf(
        args,
        (page) => context.services.users.list(viewer, filter, page),
        () => context.services.users.count(viewer, filter),
      );
    },
  }),
);

const OneTimePassword = builder.objectRef<{ password: string; user: UserShape }>('OneTimePassword').implement({
  description: 'A password set by an admin (重置密码), shown this once: the user must change it at the next login',
  fields: (t) => ({
    password: t.exposeString('password'),
    user: t.field({ type: UserRef, resolve: (otp) => otp.user }),
  }),
});

const UpdateUserInput = builder.inputType('UpdateUserInput', {
  fields: (t) => ({
    displayName: t.string({ required: false, validate: maxChars(LIMITS.name, USER_REFUSALS.displayName) }),
    role: t.field({ type: RoleEnum, required: false }),
    orgUnitId: t.id({ required: false, description: 'The new unit; a role of another kind of unit needs one' }),
    enterpriseId: t.id({ required: false, description: 'The enterprise of an ENTERPRISE account' }),
  }),
});

const LoginPayload = builder.objectRef<{ token: string; user: UserShape; expiresAt: Date }>('LoginPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token'),
    user: t.field({ type: UserRef, resolve: (payload) => payload.user }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: UserRef,
    nullable: true,
    resolve: (_root, _args, context) => context.viewer,
  }),
);

builder.mutationField('login', (t) =>
  t.field({
    type: LoginPayload,
    complexity: PRICES.login,
    description:
      'An opaque session token for `Authorization: Bearer`; a browser also gets it as an HttpOnly, SameSite=Strict cookie (its requests then carry X-GraphQL-CSRF)',
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      if (args.username.length > 64 || args.password.length > PASSWORD_MAX) {
        throw new AppError('BAD_USER_INPUT', '用户名或密码过长');
      }
      const { token, viewer, expiresAt } = await context.services.auth.login(
        args.username,
        args.password,
        context.requestId,
        context.clientAddress,
      );
      context.sessionCookie.issue(token, expiresAt);
      return { token, user: viewer, expiresAt };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    authScopes: { signedIn: true },
    description: 'Ends the session of the request (its bearer token or its session cookie) and clears the cookie.',
    resolve: async (_root, _args, context) => {
      if (context.tokenSource === 'cookie') context.sessionCookie.end();
      return context.token ? context.services.auth.logout(context.token, context.requestId) : false;
    },
  }),
);

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    username: t.string({ required: true, validate: maxChars(64, USER_REFUSALS.username) }),
    displayName: t.string({ required: true, validate: maxChars(LIMITS.name, USER_REFUSALS.displayName) }),
    role: t.field({ type: RoleEnum, required: true }),
    orgUnitId: t.id({ required: false, description: 'The unit of every role but ENTERPRISE' }),
    enterpriseId: t.id({
      required: false,
      description: 'Required for ENTERPRISE: the enterprise the account acts for',
    }),
    initialPassword: t.string({
      required: true,
      description: 'Told to the person by the admin; they must change it at their first login',
      validate: maxChars(PASSWORD_MAX, USER_REFUSALS.passwordLength),
    }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    type: UserRef,
    authScopes: { admin: true },
    complexity: PRICES.login,
    description: 'ADMIN: a new account; an ENTERPRISE account needs enterpriseId (企业账号)',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_root, { input }, context) =>
      context.services.users.create(
        viewerOf(context),
        {
          ...input,
          orgUnitId: input.orgUnitId ? decodeId(input.orgUnitId, 'OrgUnit') : null,
          enterpriseId: input.enterpriseId ? decodeId(input.enterpriseId, 'Enterprise') : null,
        },
        context.requestId,
      ),
  }),
  deactivateUser: t.field({
    type: UserRef,
    authScopes: { admin: true },
    description: 'ADMIN: stops an account and ends its sessions',
    args: {
      id: t.arg.id({ required: true }),
      reason: t.arg.string({
        required: false,
        validate: maxChars(LIMITS.reason, textTooLong('停用原因', LIMITS.reason)),
      }),
    },
    resolve: (_root, args, context) =>
      context.services.users.deactivate(
        viewerOf(context),
        decodeId(args.id, 'User'),
        args.reason ?? null,
        context.requestId,
      ),
  }),
  updateUser: t.field({
    type: UserRef,
    authScopes: { admin: true },
    description: "ADMIN: an account's name, role or place; a new role or place ends its sessions (not the admin's own)",
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: (_root, { id, input }, context) =>
      context.services.users.update(
        viewerOf(context),
        decodeId(id, 'User'),
        {
          displayName: input.displayName ?? null,
          role: input.role ?? null,
          orgUnitId: input.orgUnitId ? decodeId(input.orgUnitId, 'OrgUnit') : null,
          enterpriseId: input.enterpriseId ? decodeId(input.enterpriseId, 'Enterprise') : null,
        },
        context.requestId,
      ),
  }),
  resetPassword: t.field({
    type: OneTimePassword,
    authScopes: { admin: true },
    complexity: PRICES.login,
    description: 'ADMIN: a one-time password for the user, who must change it at the next login; their sessions end',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_root, args, context) =>
      context.services.users.resetPassword(viewerOf(context), decodeId(args.userId, 'User'), context.requestId),
  }),
  changePassword: t.boolean({
    authScopes: { signedIn: true },
    complexity: PRICES.login,
    description: "The caller's own password; the caller's other sessions end",
    args: {
      currentPassword: t.arg.string({
        required: true,
        validate: maxChars(PASSWORD_MAX, USER_REFUSALS.currentPasswordWrong),
      }),
      newPassword: t.arg.string({ required: true, validate: maxChars(PASSWORD_MAX, USER_REFUSALS.passwordLength) }),
    },
    resolve: (_root, args, context) =>
      context.services.users.changePassword(
        viewerOf(context),
        args,
        { tokenHash: context.token ? hashToken(context.token) : null },
        context.requestId,
      ),
  }),
}));
