// Pothos configuration only: plugins (scope-auth first), scalars, limits, the context type.
import { LOGIN_REQUIRED, PASSWORD_CHANGE_REASON, PASSWORD_CHANGE_REQUIRED } from '../services/access';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ZodPlugin from '@pothos/plugin-zod';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DATE_TIME_REFUSALS, dateTimeProblem, parseIsoDateTime } from '../domain/datetime';
import { AppError } from '../services/errors';
import type { Context } from './context';

function parseDateTime(value: unknown): Date {
  const text = typeof value === 'string' ? value : '';
  const date = parseIsoDateTime(text);
  if (!date) {
    throw new GraphQLError(dateTimeProblem(text) ?? DATE_TIME_REFUSALS.format, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

const DateTime = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'ISO-8601 date and time with offset',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    throw new GraphQLError('DateTime cannot represent a non-date value');
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number };
    File: { Input: File; Output: never };
  };
  AuthScopes: { loggedIn: boolean; admin: boolean; signedIn: boolean };
  Connection: { totalCount: number | (() => Promise<number>) };
}>({
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DataloaderPlugin, ZodPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // signedIn: a session, even one that must first change its initial password (changePassword, logout);
    // loggedIn: a session that may use the system.
    authScopes: (context) => ({
      signedIn: context.viewer !== null,
      loggedIn: context.viewer !== null && !context.viewer.mustChangePassword,
      admin: context.viewer?.role === 'ADMIN' && !context.viewer.mustChangePassword,
    }),
    unauthorizedError: (_parent, context) => {
      if (!context.viewer) return new GraphQLError(LOGIN_REQUIRED, { extensions: { code: 'UNAUTHENTICATED' } });
      if (context.viewer.mustChangePassword)
        return new GraphQLError(PASSWORD_CHANGE_REQUIRED, {
          extensions: { code: 'FORBIDDEN', ...PASSWORD_CHANGE_REASON },
        });
      return new GraphQLError('您没有执行此操作的权限', { extensions: { code: 'FORBIDDEN' } });
    },
  },
  // Fields carry their cost (`complexity`); graphql/request-limits.ts checks a request's total before it runs.
  complexity: { defaultComplexity: 1, defaultListMultiplier: 10 },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A page costs `first` times its node; the edges list itself adds nothing on top.
    edgesFieldOptions: { nullable: false, complexity: { field: 0, multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    // An object outside the viewer's scope does not exist for them: null, not an error.
    nodeQueryOptions: {
      resolve: async (_root, { id }, _context, _info, resolveNode) => {
        const node: unknown = await resolveNode(id);
        return node instanceof Error ? null : node;
      },
    },
    nodesQueryOptions: false,
  },
  zod: {
    validationError: (error) => new AppError('BAD_USER_INPUT', error.issues[0]?.message ?? '输入有误'),
  },
});

builder.addScalarType('DateTime', DateTime);
builder.scalarType('File', {
  description: 'A file sent as a part of a GraphQL multipart request',
  serialize: () => {
    throw new GraphQLError('File is input only');
  },
});
builder.queryType({});
builder.mutationType({});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    resolve: (connection) =>
      typeof connection.totalCount === 'function' ? connection.totalCount() : connection.totalCount,
  }),
);

/** What every connection has, so that one fragment (the web admin's ListPage) reads any list's pager and count. */
export const ConnectionInterface = builder
  .interfaceRef<{ totalCount: number | (() => Promise<number>); pageInfo: unknown }>('Connection')
  .implement({
    description: 'A page of a list: its pager and the count of the whole list',
    fields: (t) => ({
      totalCount: t.int({
        resolve: (connection) =>
          typeof connection.totalCount === 'function' ? connection.totalCount() : connection.totalCount,
      }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (connection) => connection.pageInfo as never }),
    }),
  });
