// A hazard's refusals and the rules of its steps (rectification report, verification, the county office's sign-off),
// each with its sentence: the service checks them before the Update, the workflow's validator and handler again, the
// activity last. "Nobody closes alone" (DOMAIN.md): who reports, who verifies and who signs off are different people.
import type { HazardLevel, HazardStatus } from './types';

/** The most a rectification may be said to have cost, in yuan (一亿元): beyond it, a typing mistake. */
export const MAX_RECTIFICATION_FUNDS = 100_000_000;

export const HAZARD_REFUSALS = {
  notOpen: '该隐患当前不是待整改状态，不能报告整改',
  notPendingVerification: '该隐患当前不是待核查状态，不能核查',
  rejectionNeedsNewDeadline: '核查不通过时必须给出晚于当前时间的新整改期限',
  rejectionNeedsComment: '核查不通过时请填写核查意见，说明需要继续整改的内容',
  measuresMissing: '请填写整改措施',
  closed: '该隐患已销号',
  awaitingVerification: '该隐患已报告整改，正在等待核查',
  notReported: '该隐患尚未报告整改，不能核查',
  closedNoReport: '该隐患已销号，不能再报告整改',
  closedNoVerification: '该隐患已销号，不能再核查',
  notPendingSignOff: '该隐患当前不是待销号审核状态，不能审核',
  awaitingSignOff: '该隐患已核查通过，正在等待县安委办销号审核',
  closedNoSignOff: '该隐患已销号，不能再审核',
  responsibleMissing: '重大事故隐患须填写整改责任人（五落实：责任）',
  fundsMissing: '重大事故隐患须填写整改资金（五落实：资金）',
  completedAtMissing: '重大事故隐患须填写整改完成时间（五落实：时限）',
  contingencyPlanMissing: '重大事故隐患须填写整改期间的应急预案（五落实：预案）',
  photoMissing: '重大事故隐患须附至少一张整改后的现场照片',
  fundsInvalid: `整改资金应为0至${MAX_RECTIFICATION_FUNDS / 10_000}万元之间的金额，最多保留两位小数`,
  completedInFuture: '整改完成时间不能晚于现在',
  completedBeforeFound: '整改完成时间不能早于隐患发现时间',
  reporterRole: '只有隐患所在企业的安全管理人员，或负责的行业监管部门人员（代报）可以报告整改情况',
  verifierIsReporter: '核查须由报告整改以外的人员进行：这次整改是您报告（或代报）的，请由本部门其他人员核查',
  signOffByCountyOffice: '只有县安委办可以对重大事故隐患进行销号审核',
  returnNeedsComment: '退回整改时请填写审核意见，说明需要继续整改的内容',
  returnNeedsNewDeadline: '退回整改时必须给出晚于当前时间的新整改期限',
  starting: '该隐患的闭环流程正在建立，操作未执行；请稍后用同一请求重试（不会重复记录）',
  stepInFlight: '该隐患的上一步操作仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
} as const;

export const hazardNotFound = (hazardId: number) => `隐患 ${hazardId} 不存在`;
export const hazardStatusConflict = (status: HazardStatus) => `隐患当前状态为 ${status}，不能执行此操作`;

/** Why a rectification report cannot be made on a hazard in `status`, or null. */
export function reportRefusal(status: HazardStatus): string | null {
  if (status === 'OPEN') return null;
  if (status === 'PENDING_SIGN_OFF') return HAZARD_REFUSALS.awaitingSignOff;
  return status === 'CLOSED' ? HAZARD_REFUSALS.closed : HAZARD_REFUSALS.awaitingVerification;
}

/** Why a verification cannot be made on a hazard in `status`, or null. */
export function verificationRefusal(status: HazardStatus): string | null {
  if (status === 'PENDING_VERIFICATION') return null;
  if (status === 'PENDING_SIGN_OFF') return HAZARD_REFUSALS.awaitingSignOff;
  return status === 'CLOSED' ? HAZARD_REFUSALS.closed : HAZARD_REFUSALS.notReported;
}

/** Why the county office cannot sign off a hazard in `status`, or null. */
export function signOffRefusal(status: HazardStatus): string | null {
  if (status === 'PENDING_SIGN_OFF') return null;
  return status === 'CLOSED' ? HAZARD_REFUSALS.closed : HAZARD_REFUSALS.notPendingSignOff;
}

/** 销号审核: a major hazard verified by its regulator is closed only by the county office. */
export const needsSignOff = (level: HazardLevel): boolean => level === 'MAJOR';

/** 五落实 of a rectification report: 责任 (responsible), 措施 (measures), 资金 (funds), 时限 (completedAt), 预案 (plan). */
export interface RectificationReport {
  measures: string;
  responsible: string | null;
  /** Yuan spent, at most two decimals. */
  funds: number | null;
  completedAt: Date | null;
  contingencyPlan: string | null;
  photoCount: number;
}

/**
 * The first problem of a rectification report, or null: measures always; for a major hazard all five items of
 * 五落实 and at least one photo of the rectified site. Funds and the completion time, where given, must be plausible.
 */
export function rectificationReportProblem(
  level: HazardLevel,
  report: RectificationReport,
  hazard: { foundAt: Date },
  now: Date,
): string | null {
  if (report.measures.length === 0) return HAZARD_REFUSALS.measuresMissing;
  if (report.funds !== null) {
    const cents = Math.round(report.funds * 100);
    const valid = Number.isFinite(report.funds) && report.funds >= 0 && report.funds <= MAX_RECTIFICATION_FUNDS;
    if (!valid || Math.abs(cents - report.funds * 100) > 1e-6) return HAZARD_REFUSALS.fundsInvalid;
  }
  if (report.completedAt) {
    if (report.completedAt.getTime() > now.getTime()) return HAZARD_REFUSALS.completedInFuture;
    if (report.completedAt.getTime() < hazard.foundAt.getTime()) return HAZARD_REFUSALS.completedBeforeFound;
  }
  if (level !== 'MAJOR') return null;
  if (!report.responsible) return HAZARD_REFUSALS.responsibleMissing;
  if (report.funds === null) return HAZARD_REFUSALS.fundsMissing;
  if (!report.completedAt) return HAZARD_REFUSALS.completedAtMissing;
  if (!report.contingencyPlan) return HAZARD_REFUSALS.contingencyPlanMissing;
  if (report.photoCount === 0) return HAZARD_REFUSALS.photoMissing;
  return null;
}

/** Nobody verifies their own report: the reporter (or whoever entered a 代报) may not verify it. */
export function verifierProblem(verifierId: number, reportedBy: number | null): string | null {
  return reportedBy !== null && reportedBy === verifierId ? HAZARD_REFUSALS.verifierIsReporter : null;
}

/** A returned sign-off sends the hazard back with a reason and a new deadline ahead. */
export function signOffReturnProblem(
  approved: boolean,
  comment: string | null,
  newRectifyBy: Date | null,
  now: Date,
): string | null {
  if (approved) return null;
  if (!comment) return HAZARD_REFUSALS.returnNeedsComment;
  return newRectifyBy && newRectifyBy.getTime() > now.getTime() ? null : HAZARD_REFUSALS.returnNeedsNewDeadline;
}

/** A rejected verification sends the hazard back with a new deadline, which must lie ahead. */
export function rejectionDeadlineProblem(passed: boolean, newRectifyBy: Date | null, now: Date): string | null {
  if (passed) return null;
  return newRectifyBy && newRectifyBy.getTime() > now.getTime() ? null : HAZARD_REFUSALS.rejectionNeedsNewDeadline;
}
