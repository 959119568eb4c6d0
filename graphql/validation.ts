// Input limits as Pothos zod-plugin options, each with the sentence the user sees.
import { LIMITS } from '../domain/limits';

export const maxChars = (max: number, message: string): { maxLength: [number, { message: string }] } => ({ maxLength: [max, { message }] });
export const longText = (what: string) => maxChars(LIMITS.longText, `${what}不能超过${LIMITS.longText}个字`);
export const photoIdList = maxChars(LIMITS.photosPerStep, `每次最多附${LIMITS.photosPerStep}张照片`);
export const idempotencyKeyText = maxChars(LIMITS.idempotencyKey, `幂等键不能超过${LIMITS.idempotencyKey}个字符`);
