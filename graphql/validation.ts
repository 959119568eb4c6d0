// Input limits as Pothos zod-plugin options, each with the sentence the user sees; and the checks zod cannot express.
import { LIMITS, periodProblem } from '../domain/limits';
import { AppError } from '../services/errors';

export const maxChars = (max: number, message: string): { maxLength: [number, { message: string }] } => ({
  maxLength: [max, { message }],
});
export const longText = (what: string) => maxChars(LIMITS.longText, `${what}不能超过${LIMITS.longText}个字`);
export const photoIdList = maxChars(LIMITS.photosPerStep, `每次最多附${LIMITS.photosPerStep}张照片`);
export const idempotencyKeyText = maxChars(LIMITS.idempotencyKey, `幂等键不能超过${LIMITS.idempotencyKey}个字符`);

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
