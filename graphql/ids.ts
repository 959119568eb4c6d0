// Relay global ids: "Type:number" in base64. A malformed or foreign id is the caller's mistake.
import { loginRequired, sessionRefusal } from '../services/access';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { Readers } from '../services/readers';
import { AppError } from '../services/errors';
import type { Context } from './context';
import { PRICES } from './request-limits';

/** A global id of one of `typenames`, decoded; anything else is the caller's mistake. */
export function decodeIdOf(id: string, typenames: readonly string[]): { typename: string; id: number } {
  let decoded: { typename: string; id: string } | null = null;
  try {
    decoded = id.length <= 100 ? decodeGlobalID(id) : null;
  } catch {
    decoded = null;
  }
  const value =
    decoded && typenames.includes(decoded.typename) && /^\d{1,9}$/.test(decoded.id) ? Number(decoded.id) : Number.NaN;
  if (!decoded || !Number.isSafeInteger(value) || value <= 0)
    throw new AppError('BAD_USER_INPUT', `无效的编号：${id.slice(0, 40)}`);
  return { typename: decoded.typename, id: value };
}

export const decodeId = (id: string, typename: string): number => decodeIdOf(id, [typename]).id;

export const decodeIds = (ids: readonly string[] | null | undefined, typename: string) =>
  ids?.map((id) => decodeId(id, typename)) ?? null;

export const globalId = (typename: string, id: number) => encodeGlobalID(typename, id);

/** Reads of the logged-in viewer; resolvers behind `loggedIn` always have them. */
export function readersOf(context: Context): Readers {
  const refusal = sessionRefusal(context.viewer);
  if (refusal || !context.readers) throw refusal ?? loginRequired();
  return context.readers;
}

export function viewerOf(context: Context) {
  if (!context.viewer) throw loginRequired();
  return context.viewer;
}

/** Offset pages behind opaque cursors; `first` is capped so one request cannot ask for the whole registry. */
export function pageArgs(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  max = 200,
): { limit: number; offset: number } {
  if (args.last != null || args.before != null)
    throw new AppError('BAD_USER_INPUT', '只支持向后翻页：请使用 first 和 after');
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > max)
    throw new AppError('BAD_USER_INPUT', `每页数量应为0至${max}`);
  let offset = 0;
  if (args.after) {
    const match = /^o:(\d{1,9})$/.exec(Buffer.from(args.after, 'base64url').toString('utf8'));
    if (!match) throw new AppError('BAD_USER_INPUT', '无效的分页游标');
    offset = Number(match[1]) + 1;
  }
  return { limit: first, offset };
}

/**
 * A connection from one page fetched with one row more than asked (to know whether a next page exists);
 * totalCount is counted only when selected.
 */
export async function connectionOf<T>(
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
  fetch: (page: { limit: number; offset: number }) => Promise<T[]>,
  count: () => Promise<number>,
) {
  const page = pageArgs(args);
  const fetched = page.limit === 0 ? [] : await fetch({ limit: page.limit + 1, offset: page.offset });
  const rows = fetched.slice(0, page.limit);
  const cursor = (index: number) => Buffer.from(`o:${page.offset + index}`, 'utf8').toString('base64url');
  return {
    edges: rows.map((node, index) => ({ node, cursor: cursor(index) })),
    pageInfo: {
      hasNextPage: fetched.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: rows.length > 0 ? cursor(0) : null,
      endCursor: rows.length > 0 ? cursor(rows.length - 1) : null,
    },
    totalCount: count,
  };
}

/** A connection costs a query and a count, then one per node it may return. */
export const pageComplexity = (args: { first?: number | null }) => ({
  field: PRICES.connection,
  multiplier: Math.max(1, args.first ?? 20),
});
