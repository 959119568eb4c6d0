import { ROLES } from '../../domain/types';
import { createUserRepository } from '../../db/repositories/users';
import type { Viewer } from '../../services/auth';
import { AppError } from '../../services/errors';
import { builder } from '../builder';
import { OrgUnitRef } from './org-unit';

export const RoleEnum = builder.enumType('Role', { values: ROLES });

export const UserRef = builder.node(builder.objectRef<Viewer>('User'), {
  id: { resolve: (user) => user.id },
  // A user sees their own record; an admin sees everyone's.
  loadOne: async (id, context) => {
    const viewer = context.viewer;
    if (!viewer || (viewer.role !== 'ADMIN' && String(viewer.id) !== id)) return null;
    const row = await createUserRepository(context.db).getById(Number(id));
    return row
      ? {
          id: row.id,
          username: row.username,
          displayName: row.display_name,
          role: row.role,
          orgUnitId: row.org_unit_id,
        }
      : null;
  },
  fields: (t) => ({
    username: t.exposeString('username'),
    displayName: t.exposeString('displayName'),
    role: t.field({ type: RoleEnum, resolve: (user) => user.role }),
    orgUnit: t.field({ type: OrgUnitRef, resolve: (user) => user.orgUnitId }),
  }),
});

const LoginPayload = builder.objectRef<{ token: string; user: Viewer; expiresAt: Date }>('LoginPayload').implement({
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
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_root, args, context) => {
      if (args.username.length > 64 || args.password.length > 128) {
        throw new AppError('BAD_USER_INPUT', '用户名或密码过长');
      }
      const { token, viewer, expiresAt } = await context.services.auth.login(
        args.username,
        args.password,
        context.requestId,
      );
      return { token, user: viewer, expiresAt };
    },
  }),
);

builder.mutationField('logout', (t) =>
  t.boolean({
    authScopes: { loggedIn: true },
    description: 'Ends the session of the token in the Authorization header.',
    resolve: (_root, _args, context) =>
      context.token ? context.services.auth.logout(context.token, context.requestId) : false,
  }),
);
