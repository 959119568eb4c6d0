// Routine and night inspections (日常检查, 打非治违, 夜间巡查; issue 18 §3): the kinds of an inspection without a
// campaign, a patrol schedule's time-of-day window in Shanghai local time (it may cross midnight, 22:00–06:00), the
// next window after an instant, and whether an inspection happened inside its window. Pure.

import { DEFAULT_POLICY, type CampaignPolicy } from './policy';

/** Why a task without a campaign exists: a unit's own 日常检查, an 打非治违 visit, or a night patrol's window. */
export const ROUTINE_KINDS = ['ROUTINE', 'CRACKDOWN', 'NIGHT_PATROL'] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];
/** What a person records by hand (a patrol's tasks come from its schedule). */
export const RECORDED_ROUTINE_KINDS = ['ROUTINE', 'CRACKDOWN'] as const satisfies readonly RoutineKind[];
export type RecordedRoutineKind = (typeof RECORDED_ROUTINE_KINDS)[number];

export const ROUTINE_KIND_NAMES_ZH: Record<RoutineKind, string> = {
  ROUTINE: '日常检查',
  CRACKDOWN: '打非治违',
  NIGHT_PATROL: '夜间巡查',
};

/** Shanghai keeps UTC+8 all year (no daylight saving since 1991), so local time is a fixed offset. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MINUTE = 60_000;
const DAY = 24 * 3_600_000;
export const MINUTES_PER_DAY = 24 * 60;

/** A patrol's window: minutes after local midnight; an end at or before the start is on the next day. */
export interface PatrolWindowRule {
  startMinute: number;
  endMinute: number;
  /** ISO weekdays (1 Monday … 7 Sunday) on which a window starts. */
  weekdays: readonly number[];
}

export interface PatrolWindow {
  startsAt: Date;
  endsAt: Date;
}

/**
 * A patrol task's reminders and ladder: no "due soon" reminder (the window's notice is the reminder); late, it climbs
 * the ordinary ladder from the window's end.
 */
export const PATROL_TASK_POLICY: CampaignPolicy = { ...DEFAULT_POLICY, remindBefore: null };

/** A patrol's workflow continues as new after this many windows, so its history stays short. */
export const PATROL_WINDOWS_PER_RUN = 60;

/** A patrol's tasks reach the unit this long before its window opens, so the night's team sees them by day. */
export const PATROL_OPEN_AHEAD_MS = 4 * 3_600_000;

export const PATROL_LIMITS = { name: 60, enterprises: 50 } as const;

export const PATROL_REFUSALS = {
  notUnit: '只有监管部门或乡镇（街道）的人员可以记录日常检查',
  notHead: '只有监管部门或乡镇（街道）负责人可以设置夜间巡查计划',
  notInCharge: '该企业不在本单位监管或属地范围内',
  notOperating: '该企业已停产或注销，不能记录日常检查',
  kind: '检查类别须为日常检查或打非治违',
  name: `巡查计划名称须为1至${PATROL_LIMITS.name}个字`,
  clock: '巡查时段须写成 HH:MM（00:00 至 23:59）',
  sameClock: '巡查时段的开始与结束不能相同',
  weekdays: '请选择巡查的日子（星期一至星期日，至少一天）',
  enterprises: `请选择1至${PATROL_LIMITS.enterprises}家巡查企业`,
  enterpriseNotInCharge: (name: string) => `企业“${name}”不在本单位监管或属地范围内`,
  inactive: '该巡查计划已停用',
} as const;

/** The minutes after midnight of "HH:MM", or null for anything else. */
export function parseClock(text: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Whether a window crosses local midnight (22:00–06:00 does). */
export const crossesMidnight = (rule: Pick<PatrolWindowRule, 'startMinute' | 'endMinute'>) =>
  rule.endMinute <= rule.startMinute;

/** The window's length in minutes. */
export const windowMinutes = (rule: Pick<PatrolWindowRule, 'startMinute' | 'endMinute'>) =>
  crossesMidnight(rule) ? MINUTES_PER_DAY - rule.startMinute + rule.endMinute : rule.endMinute - rule.startMinute;

/** A schedule's window as entered, checked: the rule, or the sentence that refuses it. */
export function patrolWindowProblem(input: {
  startsAt: string;
  endsAt: string;
  weekdays: readonly number[];
}): { rule: PatrolWindowRule } | { problem: string } {
  const startMinute = parseClock(input.startsAt);
  const endMinute = parseClock(input.endsAt);
  if (startMinute === null || endMinute === null) return { problem: PATROL_REFUSALS.clock };
  if (startMinute === endMinute) return { problem: PATROL_REFUSALS.sameClock };
  const weekdays = [...new Set(input.weekdays)].sort((a, b) => a - b);
  if (weekdays.length === 0 || weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
    return { problem: PATROL_REFUSALS.weekdays };
  return { rule: { startMinute, endMinute, weekdays } };
}

/** Local midnight (Shanghai) of the day an instant falls on, as an instant. */
function localMidnight(at: Date): number {
  const local = at.getTime() + SHANGHAI_OFFSET_MS;
  return local - (((local % DAY) + DAY) % DAY) - SHANGHAI_OFFSET_MS;
}

/** The ISO weekday (1 Monday … 7 Sunday) of a local midnight. */
function isoWeekday(midnight: number): number {
  const day = new Date(midnight + SHANGHAI_OFFSET_MS).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The window that starts on the local day of `midnight`. */
function windowOn(midnight: number, rule: PatrolWindowRule): PatrolWindow {
  const startsAt = midnight + rule.startMinute * MINUTE;
  return { startsAt: new Date(startsAt), endsAt: new Date(startsAt + windowMinutes(rule) * MINUTE) };
}

/** The first window of the rule that starts at or after `after` (a window already begun is not the next one). */
export function nextPatrolWindow(after: Date, rule: PatrolWindowRule): PatrolWindow {
  if (rule.weekdays.length === 0) throw new Error('a patrol rule without weekdays has no window');
  const midnight = localMidnight(after);
  for (let day = 0; day <= 7; day++) {
    const candidate = midnight + day * DAY;
    if (!rule.weekdays.includes(isoWeekday(candidate))) continue;
    const window = windowOn(candidate, rule);
    if (window.startsAt.getTime() >= after.getTime()) return window;
  }
  throw new Error('unreachable: a week holds every weekday');
}

/** When a window's tasks are written and handed to the unit. */
export const patrolOpensAt = (window: PatrolWindow): Date => new Date(window.startsAt.getTime() - PATROL_OPEN_AHEAD_MS);

/** Whether an inspection at `at` happened inside its window (both ends included). */
export const withinWindow = (at: Date, window: PatrolWindow): boolean =>
  at.getTime() >= window.startsAt.getTime() && at.getTime() <= window.endsAt.getTime();

/** A patrol's record may be typed up this long after its window ends and still vouch for the time it states. */
export const PATROL_ENTRY_GRACE_MS = 2 * 3_600_000;

/**
 * Whether a patrol's inspection is flagged (时段外): its stated time is outside the window, or it was recorded more
 * than PATROL_ENTRY_GRACE_MS after the window ended, when a time inside it is only a claim made after the fact.
 */
export const outsideWindow = (inspectedAt: Date, recordedAt: Date, window: PatrolWindow): boolean =>
  !withinWindow(inspectedAt, window) || recordedAt.getTime() > window.endsAt.getTime() + PATROL_ENTRY_GRACE_MS;

// ---- 打非治违 at an unregistered site ----

export const ILLEGAL_SITE_LEAD_STATUSES = ['OPEN', 'CLOSED'] as const;
export type IllegalSiteLeadStatus = (typeof ILLEGAL_SITE_LEAD_STATUSES)[number];
/** How the township closed it: 取缔 (banned), 纳入台账 (registered as an enterprise), 查无违法 (nothing illegal). */
export const ILLEGAL_SITE_OUTCOMES = ['BANNED', 'REGISTERED', 'NO_VIOLATION'] as const;
export type IllegalSiteOutcome = (typeof ILLEGAL_SITE_OUTCOMES)[number];
export const ILLEGAL_SITE_OUTCOME_NAMES_ZH: Record<IllegalSiteOutcome, string> = {
  BANNED: '已取缔',
  REGISTERED: '已纳入企业台账',
  NO_VIOLATION: '查无违法行为',
};

export const ILLEGAL_SITE_LIMITS = { siteName: 100, address: 200, description: 2000, note: 2000, photos: 9 } as const;

export const ILLEGAL_SITE_REFUSALS = {
  notUnit: '只有监管部门或乡镇（街道）的人员可以登记打非线索',
  township: '请选择场所所在的乡镇（街道）',
  siteName: `请填写场所名称或称呼（不超过${ILLEGAL_SITE_LIMITS.siteName}字）`,
  address: `请填写场所地址（不超过${ILLEGAL_SITE_LIMITS.address}字）`,
  description: `请填写现场情况（不超过${ILLEGAL_SITE_LIMITS.description}字）`,
  photos: `现场照片最多${ILLEGAL_SITE_LIMITS.photos}张`,
  notTownship: '只有场所所在乡镇（街道）的人员可以办结打非线索',
  note: `请填写办结情况（不超过${ILLEGAL_SITE_LIMITS.note}字）`,
  closed: '该打非线索已办结',
} as const;

/** A lead as entered, trimmed; or the sentence that refuses it. */
export function illegalSiteLeadProblem(input: {
  siteName: string;
  address: string;
  description: string;
  photoIds: readonly unknown[];
}): { lead: { siteName: string; address: string; description: string } } | { problem: string } {
  const siteName = input.siteName.trim();
  const address = input.address.trim();
  const description = input.description.trim();
  if (!siteName || siteName.length > ILLEGAL_SITE_LIMITS.siteName) return { problem: ILLEGAL_SITE_REFUSALS.siteName };
  if (!address || address.length > ILLEGAL_SITE_LIMITS.address) return { problem: ILLEGAL_SITE_REFUSALS.address };
  if (!description || description.length > ILLEGAL_SITE_LIMITS.description)
    return { problem: ILLEGAL_SITE_REFUSALS.description };
  if (input.photoIds.length > ILLEGAL_SITE_LIMITS.photos) return { problem: ILLEGAL_SITE_REFUSALS.photos };
  return { lead: { siteName, address, description } };
}
