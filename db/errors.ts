// What a database error means for the caller, by its SQLSTATE (PostgreSQL and PGlite report the same codes).

/** A unique constraint refused the row: someone else wrote it first (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
