// The error codes of API.md, each with a sentence a county official can act on.
export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'UNAVAILABLE';

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, string | number | boolean> = {},
  ) {
    super(message);
  }
}

/** The refusal of bad input, with its sentence. */
export const badInput = (message: string): AppError => new AppError('BAD_USER_INPUT', message);

/** Refuses with BAD_USER_INPUT when a domain rule names a problem (its sentence), else returns. */
export function refuseBadInput(problem: string | null): void {
  if (problem) throw badInput(problem);
}
