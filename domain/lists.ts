// 红黑名单: the black list is a decision of the county office — a legal ground from a fixed list, a period and the
// evidence — that ends when its period does (a reminder before) or earlier by decision with a reason; the red list
// comes from the published grades (domain/grading.ts). An enterprise's list status is its active entry's list:
// black over red, none without one.
import type { ListStatus } from './types';

/**
 * The grounds for 列入严重失信主体名单 the county office may choose (after 《安全生产严重失信主体名单管理办法》,
 * 应急管理部令第11号, art. 6): each a code with the office's wording.
 */
export const BLACK_LIST_GROUNDS = [
  'MAJOR_HAZARD_NOT_RECTIFIED',
  'REFUSED_INSPECTION',
  'CONCEALED_ACCIDENT',
  'DEFIED_SUSPENSION_ORDER',
  'FALSIFIED_RECORDS',
  'RESPONSIBLE_FOR_ACCIDENT',
] as const;
export type BlackListGround = (typeof BLACK_LIST_GROUNDS)[number];

export const BLACK_LIST_GROUND_NAMES_ZH: Record<BlackListGround, string> = {
  MAJOR_HAZARD_NOT_RECTIFIED: '存在重大事故隐患，未按规定期限整改',
  REFUSED_INSPECTION: '拒绝、阻碍依法实施的安全生产监督检查',
  CONCEALED_ACCIDENT: '瞒报、谎报、迟报生产安全事故',
  DEFIED_SUSPENSION_ORDER: '被责令停产停业整顿后仍擅自从事生产经营活动',
  FALSIFIED_RECORDS: '伪造、篡改安全生产数据、记录或检测检验报告',
  RESPONSIBLE_FOR_ACCIDENT: '对发生的较大及以上生产安全事故负有责任',
};

export const LIST_ENTRY_STATUSES = ['ACTIVE', 'EXPIRED', 'REMOVED'] as const;
export type ListEntryStatus = (typeof LIST_ENTRY_STATUSES)[number];

/** A red entry's ground: it comes from the published grades, not from a decision. */
export const RED_LIST_GROUND = 'GRADING';
/** The ground of an entry carried over from the register's list status before the lists were kept (migration 0022). */
export const REGISTER_LIST_GROUND = 'REGISTER';

export const LIST_POLICY = {
  /** The black list's period: at least six months, at most three years (the 办法's 管理期限). */
  minMonths: 6,
  maxMonths: 36,
  /** The county office and the enterprise's regulator are told this many days before a listing ends. */
  remindDaysBefore: 30,
  evidenceMaxLength: 4000,
  reasonMaxLength: 500,
} as const;

export const LIST_REFUSALS = {
  adminOnly: '只有县安委办可以将企业列入或移出黑名单',
  groundRequired: '列入黑名单必须选择法定事由',
  unknownGround: '列入黑名单的事由不在规定范围内，请从列表中选择',
  periodRequired: '列入黑名单必须写明管理期限的截止日期',
  periodBackwards: '黑名单管理期限的截止日期必须晚于起始日期',
  periodTooShort: `黑名单管理期限不得少于${LIST_POLICY.minMonths}个月`,
  periodTooLong: `黑名单管理期限不得超过${LIST_POLICY.maxMonths / 12}年`,
  startInFuture: '列入黑名单的起始日期不能晚于今天',
  evidenceRequired: '列入黑名单必须写明事实和证据',
  evidenceTooLong: `事实和证据不得超过${LIST_POLICY.evidenceMaxLength}字`,
  alreadyBlack: '该企业已在黑名单中，不能重复列入',
  enterpriseClosed: '该企业已注销，不能列入黑名单',
  entryNotFound: '没有找到这条名单记录',
  notActive: '这条名单记录已经期满或已移出，不能再移出',
  notBlack: '红名单随企业分级的发布而调整，不能单独移出',
  reasonRequired: '提前移出黑名单必须写明理由',
  reasonTooLong: `移出理由不得超过${LIST_POLICY.reasonMaxLength}字`,
} as const;

const addMonths = (at: Date, months: number) => {
  const d = new Date(at.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

export interface BlackListDecision {
  ground: string | null;
  startsAt: Date;
  endsAt: Date | null;
  evidence: string;
}

/** Why a black-listing may not be decided as given, or null. */
export function blackListProblem(decision: BlackListDecision, now: Date): string | null {
  if (!decision.ground) return LIST_REFUSALS.groundRequired;
  if (!(BLACK_LIST_GROUNDS as readonly string[]).includes(decision.ground)) return LIST_REFUSALS.unknownGround;
  if (!decision.endsAt) return LIST_REFUSALS.periodRequired;
  if (decision.startsAt.getTime() > now.getTime() + 60_000) return LIST_REFUSALS.startInFuture;
  if (decision.endsAt.getTime() <= decision.startsAt.getTime()) return LIST_REFUSALS.periodBackwards;
  // A day's slack either way: the office picks dates, not instants.
  const day = 86_400_000;
  if (decision.endsAt.getTime() < addMonths(decision.startsAt, LIST_POLICY.minMonths).getTime() - day)
    return LIST_REFUSALS.periodTooShort;
  if (decision.endsAt.getTime() > addMonths(decision.startsAt, LIST_POLICY.maxMonths).getTime() + day)
    return LIST_REFUSALS.periodTooLong;
  const evidence = decision.evidence.trim();
  if (evidence.length === 0) return LIST_REFUSALS.evidenceRequired;
  if (evidence.length > LIST_POLICY.evidenceMaxLength) return LIST_REFUSALS.evidenceTooLong;
  return null;
}

/** Why a listing may not be removed early with this reason, or null. */
export function removalProblem(entry: { list: ListStatus; status: ListEntryStatus }, reason: string): string | null {
  if (entry.list !== 'BLACK') return LIST_REFUSALS.notBlack;
  if (entry.status !== 'ACTIVE') return LIST_REFUSALS.notActive;
  if (reason.trim().length === 0) return LIST_REFUSALS.reasonRequired;
  if (reason.trim().length > LIST_POLICY.reasonMaxLength) return LIST_REFUSALS.reasonTooLong;
  return null;
}

/** When the office is reminded that a listing ends: `remindDaysBefore` days ahead, or at once if that has passed. */
export function listingReminderAt(endsAt: Date, startsAt: Date): Date | null {
  const at = new Date(endsAt.getTime() - LIST_POLICY.remindDaysBefore * 86_400_000);
  return at.getTime() > startsAt.getTime() ? at : null;
}

/** An enterprise's list status from its active entries: black over red. */
export function listStatusOf(activeLists: readonly ListStatus[]): ListStatus {
  if (activeLists.includes('BLACK')) return 'BLACK';
  if (activeLists.includes('RED')) return 'RED';
  return 'NONE';
}
