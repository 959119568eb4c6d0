// The shapes every repository's reads share: a count of a filtered query, a page of it, a batched load by ids.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../schema';

export interface Page {
  limit: number;
  offset: number;
}

/** How many rows a filtered query matches. */
export async function countOf<TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>): Promise<number> {
  return (await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;
}

/** A text searched for with LIKE: its wildcards and the escape character taken literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A batched load (a dataloader's): nothing to ask for no ids. */
export function whenAny<T>(ids: readonly unknown[], load: () => Promise<T[]>): Promise<T[]> {
  return ids.length === 0 ? Promise.resolve([]) : load();
}
