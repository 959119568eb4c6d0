// Input limits as Pothos zod-plugin options, each with the sentence the user sees; and the checks zod cannot express.
import { LIMIT_REFUSALS, LIMITS, periodProblem, textTooLong } from '../domain/limits';
import { AppError } from '../services/errors';

export const maxChars = (max: number, message: string): { maxLength: [number, { message: string }] } => ({
  maxLength: [max, { message }],
});
export const longText = (what: string) => maxChars(LIMITS.longText, textTooLong(what, LIMITS.longText));
export const photoIdList = maxChars(LIMITS.photosPerStep, LIMIT_REFUSALS.tooManyPhotos);
export const idempotencyKeyText = maxChars(LIMITS.idempotencyKey, LIMIT_REFUSALS.idempotencyKeyTooLong);

/** A filter's window [from, to), refused in the user's words when an end is implausibly far or it is empty. */
export function filterPeriod(
  from: Date | null | undefined,
  to: Date | null | undefined,
  what: string,
  now = new Date(),
): { from: Date | null; to: Date | null } {
  const problem = periodProblem(from, to, now, what);
  if (problem) throw new AppError('BAD_USER_INPUT', problem);
  return { from: from ?? null, to: to ?? null };
}
