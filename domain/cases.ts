// 行政处罚案件: an enforcement case from 立案 to 归档, as 《中华人民共和国行政处罚法》(2021) and 《安全生产违法行为行政
// 处罚办法》 lay it out — each step in its order, each statutory window counted as the law counts it, the legal review by
// someone other than the handlers. Pure: the case workflow, the service and the tests all ask here.
import { addWorkingDays, nextWorkingDayEnd, SHIPPED_CALENDAR, type WorkCalendar } from './calendar';

export const CASE_STATUSES = [
  'FILED',
  'INVESTIGATED',
  'NOTIFIED',
  'REVIEWED',
  'DECIDED',
  'SERVED',
  'EXECUTED',
  'CLOSED',
  'ARCHIVED',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_NAMES_ZH: Record<CaseStatus, string> = {
  FILED: '已立案（调查取证）',
  INVESTIGATED: '调查终结',
  NOTIFIED: '已告知（陈述申辩、听证期间）',
  REVIEWED: '法制审核通过',
  DECIDED: '已作出处罚决定',
  SERVED: '已送达',
  EXECUTED: '已执行',
  CLOSED: '已结案',
  ARCHIVED: '已归档',
};

/** What a step of `advanceCase` does; each moves the case on, or records the party's response in its window. */
export const CASE_ACTIONS = [
  'INVESTIGATE',
  'NOTIFY',
  'RECORD_STATEMENT',
  'REQUEST_HEARING',
  'HOLD_HEARING',
  'REVIEW',
  'DECIDE',
  'SERVE',
  'EXECUTE',
  'CLOSE',
  'ARCHIVE',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_ACTION_NAMES_ZH: Record<CaseAction, string> = {
  INVESTIGATE: '调查终结',
  NOTIFY: '告知（行政处罚告知书）',
  RECORD_STATEMENT: '记录陈述申辩',
  REQUEST_HEARING: '记录听证申请',
  HOLD_HEARING: '举行听证',
  REVIEW: '法制审核',
  DECIDE: '作出处罚决定',
  SERVE: '送达决定书',
  EXECUTE: '执行（缴纳罚款）',
  CLOSE: '结案',
  ARCHIVE: '归档',
};

/** The status each moving action needs, and the one it leaves; the party's responses leave it NOTIFIED. */
const MOVES: Partial<Record<CaseAction, { from: CaseStatus; to: CaseStatus }>> = {
  INVESTIGATE: { from: 'FILED', to: 'INVESTIGATED' },
  NOTIFY: { from: 'INVESTIGATED', to: 'NOTIFIED' },
  REVIEW: { from: 'NOTIFIED', to: 'REVIEWED' },
  DECIDE: { from: 'REVIEWED', to: 'DECIDED' },
  SERVE: { from: 'DECIDED', to: 'SERVED' },
  EXECUTE: { from: 'SERVED', to: 'EXECUTED' },
  CLOSE: { from: 'EXECUTED', to: 'CLOSED' },
  ARCHIVE: { from: 'CLOSED', to: 'ARCHIVED' },
};

/**
 * The statutory windows, as data a case keeps from its filing. 行政处罚法 §60: a decision within 90 days of filing;
 * 《安全生产违法行为行政处罚办法》: a statement within 3 days of the notice; 行政处罚法 §64: a hearing request within
 * 5 days of the notice; §61: service within 7 days of the decision; §67: payment within 15 days of service. §85 counts
 * 二日、三日、五日、七日 in working days; the 90 and 15 days are calendar days.
 */
export const CASE_POLICY = {
  decisionDays: 90,
  statementWorkingDays: 3,
  hearingWorkingDays: 5,
  serviceWorkingDays: 7,
  paymentDays: 15,
  /** Reminders this long before a deadline the unit must meet. */
  remindDaysBefore: 2,
} as const;
export type CasePolicy = typeof CASE_POLICY;

const DAY_MS = 86_400_000;

/** The end of the `n`-th working day after `from`'s date. */
const workingDaysAfter = (from: Date, n: number, calendar: WorkCalendar) =>
  nextWorkingDayEnd(addWorkingDays(from, Math.max(0, n - 1), calendar), calendar);

export const decisionDueAt = (filedAt: Date, policy: CasePolicy = CASE_POLICY) =>
  new Date(filedAt.getTime() + policy.decisionDays * DAY_MS);
export const statementDueAt = (notifiedAt: Date, calendar: WorkCalendar = SHIPPED_CALENDAR, policy = CASE_POLICY) =>
  workingDaysAfter(notifiedAt, policy.statementWorkingDays, calendar);
export const hearingDueAt = (notifiedAt: Date, calendar: WorkCalendar = SHIPPED_CALENDAR, policy = CASE_POLICY) =>
  workingDaysAfter(notifiedAt, policy.hearingWorkingDays, calendar);
export const serviceDueAt = (decidedAt: Date, calendar: WorkCalendar = SHIPPED_CALENDAR, policy = CASE_POLICY) =>
  workingDaysAfter(decidedAt, policy.serviceWorkingDays, calendar);
export const paymentDueAt = (servedAt: Date, policy: CasePolicy = CASE_POLICY) =>
  new Date(servedAt.getTime() + policy.paymentDays * DAY_MS);

export const CASE_LIMITS = {
  text: { max: 2000 },
  shortText: { max: 200 },
  /** 行政处罚法 caps nothing here; the 安全生产法's largest fines reach 1亿元 (2021 §118): a sanity bound. */
  penaltyYuan: { max: 100_000_000 },
};

export const CASE_REFUSALS = {
  notUnitStaff: '只有负责该企业的监管部门或乡镇（街道）执法人员可以立案',
  subjectNeeded: '立案须关联一次检查（发现的违法行为）或一项复查不合格的隐患',
  hazardNotFailed: '该隐患没有复查不合格的记录；复查不合格或检查发现违法行为的，才可以立案',
  violationRequired: '请写明违法事实',
  basisRequired: '请写明违反的法律条款和处罚依据',
  textTooLong: `内容不能超过${CASE_LIMITS.text.max}个字`,
  coHandlerRequired: '行政处罚应当由两名以上执法人员办理：请指定另一名本单位执法人员为承办人',
  coHandlerNotOfUnit: '承办人必须是本单位在岗的执法人员',
  outOfOrder: (action: CaseAction, status: CaseStatus) =>
    `案件当前为“${CASE_STATUS_NAMES_ZH[status]}”，不能${CASE_ACTION_NAMES_ZH[action]}：请按立案、调查取证、告知、法制审核、决定、送达、执行、结案、归档的顺序办理`,
  notHandler: '只有本案承办人可以办理此环节',
  reviewerIsHandler: '法制审核须由本案承办人以外的人员进行',
  reviewerRole: '法制审核由本单位负责人或县安委办（应急管理局）法制审核人员进行',
  deciderRole: '处罚决定和结案由本单位负责人作出',
  statementWindowClosed: (dueAt: string) => `陈述申辩期限已于${dueAt}届满，不能再记录陈述申辩`,
  hearingWindowClosed: (dueAt: string) => `听证申请期限已于${dueAt}届满，不能再记录听证申请`,
  hearingNotRequested: '当事人未申请听证，无需举行听证',
  hearingAlreadyRequested: '当事人已申请听证',
  windowsOpen: (dueAt: string) =>
    `陈述申辩和听证申请期限至${dueAt}届满，期间不能进行法制审核（当事人已举行听证的除外）`,
  hearingPending: '当事人已申请听证，须先举行听证',
  penaltyRequired: '请填写罚款金额（元）',
  penaltyOutOfRange: `罚款金额须大于0且不超过${CASE_LIMITS.penaltyYuan.max}元`,
  statementRequired: '请记录当事人陈述申辩的内容',
  noteRequired: '请填写本环节的办理情况',
  reviewReturned: '法制审核未通过：请补充调查后重新告知',
  archiveNumberRequired: '请填写档案号',
  closed: '案件已归档，不能再办理',
} as const;

export interface CaseFacts {
  status: CaseStatus;
  handlerIds: readonly number[];
  notifiedAt: Date | null;
  hearingRequested: boolean;
  hearingHeld: boolean;
  statementRecorded: boolean;
}

/** The status an action needs before it, and leaves after it. */
export function caseMove(action: CaseAction): { from: CaseStatus; to: CaseStatus } {
  return MOVES[action] ?? { from: 'NOTIFIED', to: 'NOTIFIED' };
}

/** Why this action may not be taken now on this case (the order of steps and the party's windows), or null. */
export function caseStepRefusal(
  facts: CaseFacts,
  action: CaseAction,
  at: Date,
  calendar: WorkCalendar = SHIPPED_CALENDAR,
  formatAt: (d: Date) => string = (d) => d.toISOString(),
): string | null {
  if (facts.status === 'ARCHIVED') return CASE_REFUSALS.closed;
  const move = caseMove(action);
  if (facts.status !== move.from) return CASE_REFUSALS.outOfOrder(action, facts.status);
  const notifiedAt = facts.notifiedAt;
  if (action === 'RECORD_STATEMENT' && notifiedAt) {
    const due = statementDueAt(notifiedAt, calendar);
    if (at.getTime() > due.getTime()) return CASE_REFUSALS.statementWindowClosed(formatAt(due));
  }
  if (action === 'REQUEST_HEARING' && notifiedAt) {
    if (facts.hearingRequested) return CASE_REFUSALS.hearingAlreadyRequested;
    const due = hearingDueAt(notifiedAt, calendar);
    if (at.getTime() > due.getTime()) return CASE_REFUSALS.hearingWindowClosed(formatAt(due));
  }
  if (action === 'HOLD_HEARING' && !facts.hearingRequested) return CASE_REFUSALS.hearingNotRequested;
  if (action === 'REVIEW' && notifiedAt) {
    if (facts.hearingRequested && !facts.hearingHeld) return CASE_REFUSALS.hearingPending;
    const due = hearingDueAt(notifiedAt, calendar);
    if (!facts.hearingHeld && at.getTime() <= due.getTime()) return CASE_REFUSALS.windowsOpen(formatAt(due));
  }
  return null;
}

/** Who may take the step: the handlers do the case's work; the review is someone else's; the head decides. */
export function caseActorRefusal(
  facts: Pick<CaseFacts, 'handlerIds'>,
  action: CaseAction,
  actor: { id: number; isUnitHead: boolean; isCountyOffice: boolean },
): string | null {
  if (action === 'REVIEW') {
    if (facts.handlerIds.includes(actor.id)) return CASE_REFUSALS.reviewerIsHandler;
    if (!actor.isUnitHead && !actor.isCountyOffice) return CASE_REFUSALS.reviewerRole;
    return null;
  }
  if (action === 'DECIDE' || action === 'CLOSE') return actor.isUnitHead ? null : CASE_REFUSALS.deciderRole;
  return facts.handlerIds.includes(actor.id) ? null : CASE_REFUSALS.notHandler;
}

export interface CaseStepInput {
  note: string | null;
  penaltyYuan: number | null;
  archiveNumber: string | null;
}

/** What each step must carry: the amount proposed or decided, the statement, the archive number, a note. */
export function caseStepInputProblem(action: CaseAction, input: CaseStepInput): string | null {
  const note = input.note?.trim() ?? '';
  if (note.length > CASE_LIMITS.text.max) return CASE_REFUSALS.textTooLong;
  if (action === 'NOTIFY' || action === 'DECIDE') {
    if (input.penaltyYuan === null) return CASE_REFUSALS.penaltyRequired;
    if (
      !(input.penaltyYuan > 0) ||
      input.penaltyYuan > CASE_LIMITS.penaltyYuan.max ||
      Math.round(input.penaltyYuan * 100) !== input.penaltyYuan * 100
    )
      return CASE_REFUSALS.penaltyOutOfRange;
  }
  if (action === 'RECORD_STATEMENT' && !note) return CASE_REFUSALS.statementRequired;
  if (action === 'ARCHIVE' && !input.archiveNumber?.trim()) return CASE_REFUSALS.archiveNumberRequired;
  if ((action === 'INVESTIGATE' || action === 'HOLD_HEARING' || action === 'REVIEW' || action === 'EXECUTE') && !note)
    return CASE_REFUSALS.noteRequired;
  return null;
}

/** The deadlines a case's clock watches in each status: what is due, when, and whom the unit must press. */
export function caseDeadlines(
  c: { status: CaseStatus; filedAt: Date; notifiedAt: Date | null; decidedAt: Date | null; servedAt: Date | null },
  calendar: WorkCalendar = SHIPPED_CALENDAR,
): { key: string; dueAt: Date; what: string }[] {
  const out: { key: string; dueAt: Date; what: string }[] = [];
  if (['FILED', 'INVESTIGATED', 'NOTIFIED', 'REVIEWED'].includes(c.status))
    out.push({ key: 'decision', dueAt: decisionDueAt(c.filedAt), what: '自立案之日起90日内作出行政处罚决定' });
  if (c.status === 'NOTIFIED' && c.notifiedAt)
    out.push({ key: 'windows', dueAt: hearingDueAt(c.notifiedAt, calendar), what: '陈述申辩和听证申请期限届满' });
  if (c.status === 'DECIDED' && c.decidedAt)
    out.push({ key: 'service', dueAt: serviceDueAt(c.decidedAt, calendar), what: '自作出决定之日起7日内送达' });
  if (c.status === 'SERVED' && c.servedAt)
    out.push({ key: 'payment', dueAt: paymentDueAt(c.servedAt), what: '自收到决定书之日起15日内缴纳罚款' });
  return out;
}
