// Input limits of the API, one place: the GraphQL validators and the services both read them.
export const LIMITS = {
  shortText: 200,
  name: 100,
  legalRepresentative: 50,
  reason: 500,
  longText: 2000,
  findings: 200,
  photosPerStep: 20,
  inspectorCount: 100,
  idempotencyKey: 128,
  pageSize: 200,
  filterIds: 200,
  search: 100,
  /** Any list in a request (a variable or a literal): longer lists are not a person's input. */
  listItems: 500,
  /** Root fields of one mutation request: a form sends one, a retry queue a few. */
  mutationsPerRequest: 10,
  /** Photos in one request; a form uploads its photos one request each. */
  uploadsPerRequest: 5,
  /** Photos one person may upload in an hour: 15 inspections with 20 photos each. */
  uploadsPerHour: 300,
  /** A photo attached to nothing this long after its upload was abandoned and is removed. */
  loosePhotoHours: 24,
  /** Dates further than this from now are typing mistakes, not plans. */
  maxYearsAhead: 2,
  maxDaysBack: 366,
  /** Filters look back over the records: a ledger or the figures of past years stay reachable. */
  filterYearsBack: 20,
} as const;

const DAY = 86_400_000;

/** A Chinese sentence when `at` is implausibly far from `now`, else null. */
export function farDateProblem(at: Date, now: Date, what: string): string | null {
  if (at.getTime() > now.getTime() + LIMITS.maxYearsAhead * 366 * DAY)
    return `${what}不能晚于${LIMITS.maxYearsAhead}年之后`;
  if (at.getTime() < now.getTime() - LIMITS.maxDaysBack * DAY) return `${what}不能早于一年之前`;
  return null;
}

/**
 * A Chinese sentence when a filter's window [from, to) is implausible: an end more than 2 years ahead or 20 years
 * back (filters reach into past years' records, unlike dates being entered), or a start not before the end.
 * Null when fine; either end may be open.
 */
export function periodProblem(
  from: Date | null | undefined,
  to: Date | null | undefined,
  now: Date,
  what: string,
): string | null {
  const earliest = now.getTime() - LIMITS.filterYearsBack * 366 * DAY;
  for (const [at, end] of [
    [from, '起点'],
    [to, '终点'],
  ] as const) {
    if (!at) continue;
    if (at.getTime() > now.getTime() + LIMITS.maxYearsAhead * 366 * DAY)
      return `${what}的${end}不能晚于${LIMITS.maxYearsAhead}年之后`;
    if (at.getTime() < earliest) return `${what}的${end}不能早于${LIMITS.filterYearsBack}年之前`;
  }
  if (from && to && from.getTime() >= to.getTime()) return `${what}的起点应早于终点`;
  return null;
}

/** The one sentence for text over its limit. */
export const textTooLong = (what: string, max: number) => `${what}不能超过${max}个字`;

export const LIMIT_REFUSALS = {
  tooManyPhotos: `每次最多附${LIMITS.photosPerStep}张照片`,
  idempotencyKeyTooLong: `幂等键不能超过${LIMITS.idempotencyKey}个字符`,
  listTooLong: `请求中的列表最多${LIMITS.listItems}项；请缩小筛选范围或分批提交`,
  tooManyMutations: `一次请求最多执行${LIMITS.mutationsPerRequest}项操作；请分批提交`,
  oneLogin: '一次请求只能登录一次',
  oneImport: '一次请求只能上传一个导入文件',
  oneTip: '一次请求只能提交一条举报',
  malformedText: '文字中含有无法识别的字符（残缺的 Unicode 编码），请删除后重新输入',
  nulCharacter: '文字中含有空字符（U+0000，通常来自复制的二进制内容），无法保存；请删除后重新输入',
  tooManyUploads: `一次请求最多上传${LIMITS.uploadsPerRequest}张照片；请逐张上传`,
  uploadsPerHour: `每人每小时最多上传${LIMITS.uploadsPerHour}张照片；请稍后再传`,
} as const;

/** A lone UTF-16 surrogate: text no keyboard produces, which neither JSON nor PostgreSQL can store. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether text is not well-formed Unicode (refused at the API's door: it could not be stored). */
export const isMalformedText = (text: string): boolean => LONE_SURROGATE.test(text);

/**
 * Why PostgreSQL could not store this text, or null: a lone surrogate, or a NUL character (U+0000), which neither a
 * text column nor jsonb accepts. Refused at the API's door, before any workflow takes the text: a write that can never
 * succeed would otherwise be retried by its workflow step for ever.
 */
export function unstorableTextProblem(text: string): string | null {
  if (isMalformedText(text)) return LIMIT_REFUSALS.malformedText;
  if (text.includes('\u0000')) return LIMIT_REFUSALS.nulCharacter;
  return null;
}
