// Pothos configuration only: plugins (scope-auth first), scalars, limits, the context type.
import { LOGIN_REQUIRED } from '../services/access';
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ZodPlugin from '@pothos/plugin-zod';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ISO_DATE_TIME, parseIsoDateTime } from '../domain/datetime';
import { AppError } from '../services/errors';
import type { Context } from './context';

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw new GraphQLError('时间格式应为带时区的 ISO-8601，例如 2026-12-01T09:00:00+08:00', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const date = parseIsoDateTime(value);
  if (!date) throw new GraphQLError(`无效的时间：${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
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

/** A query may not be deeper than this, select more fields than this, or cost more than this. */
export const QUERY_LIMITS = { depth: 10, breadth: 300, complexity: 50_000 } as const;

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
  AuthScopes: { loggedIn: boolean; admin: boolean };
  Connection: { totalCount: number | (() => Promise<number>) };
}>({
  plugins: [ScopeAuthPlugin, ComplexityPlugin, RelayPlugin, DataloaderPlugin, ZodPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      loggedIn: context.viewer !== null,
      admin: context.viewer?.role === 'ADMIN',
    }),
    unauthorizedError: (_parent, context) =>
      context.viewer
        ? new GraphQLError('您没有执行此操作的权限', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError(LOGIN_REQUIRED, { extensions: { code: 'UNAUTHENTICATED' } }),
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: QUERY_LIMITS,
    complexityError: (kind, result) =>
      new GraphQLError(
        kind === ComplexityErrorKind.Depth
          ? `查询嵌套过深（${result.depth} 层，上限 ${result.maxDepth} 层），请拆分查询`
          : kind === ComplexityErrorKind.Breadth
            ? `查询字段过多（${result.breadth} 个，上限 ${result.maxBreadth} 个），请精简查询`
            : `查询过于复杂（代价 ${result.complexity}，上限 ${result.maxComplexity}），请减少每页数量或嵌套字段`,
        { extensions: { code: 'BAD_USER_INPUT' } },
      ),
  },
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
