// Dataloader helpers: one query per type per request, results aligned with the requested keys.
import { loginRequired, sessionRefusal } from '../services/access';
import { AppError } from '../services/errors';
import type { Readers } from '../services/readers';
import type { Context } from './context';

/** Keys arrive as numbers from parent rows and as strings from `node(id:)`. */
export type Key = string | number;

/** A key with no row is outside the viewer's scope (or gone): the field says NOT_FOUND; `node` says null. */
export function alignById<T extends { id: number }>(keys: readonly Key[], rows: readonly T[]): (T | AppError)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => byId.get(Number(key)) ?? new AppError('NOT_FOUND', '对象不存在或您无权查看'));
}

export function groupBy<T>(keys: readonly Key[], rows: readonly T[], keyOf: (row: T) => number | null): T[][] {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(Number(key)) ?? []);
}

export const numericKeys = (keys: readonly Key[]) => [
  ...new Set(keys.map(Number).filter((key) => Number.isSafeInteger(key) && key > 0)),
];

/** Loads through the viewer's scoped readers; an anonymous request sees nothing. */
export function scopedLoad<T extends { id: number }>(read: (readers: Readers, ids: number[]) => Promise<T[]>) {
  return async (keys: Key[], context: Context): Promise<(T | AppError)[]> => {
    if (!context.readers) return keys.map(() => sessionRefusal(context.viewer) ?? loginRequired());
    return alignById(keys, await read(context.readers, numericKeys(keys)));
  };
}

/** For nullable fields whose target may lie outside the viewer's scope: null, not an error. */
export function orNull<T extends { id: number }>(keys: readonly number[], rows: readonly T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => byId.get(key) ?? null);
}
