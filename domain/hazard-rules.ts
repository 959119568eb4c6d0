// A hazard's refusals and the rules of its steps (rectification report, verification), each with its sentence:
// the service checks them before the Update, the workflow's validator and handler again, the activity last.
import type { HazardStatus } from './types';

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
  starting: '该隐患的闭环流程正在建立，操作未执行；请稍后用同一请求重试（不会重复记录）',
  stepInFlight: '该隐患的上一步操作仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
} as const;

export const hazardNotFound = (hazardId: number) => `隐患 ${hazardId} 不存在`;
export const hazardStatusConflict = (status: HazardStatus) => `隐患当前状态为 ${status}，不能执行此操作`;

/** Why a rectification report cannot be made on a hazard in `status`, or null. */
export function reportRefusal(status: HazardStatus): string | null {
  if (status === 'OPEN') return null;
  return status === 'CLOSED' ? HAZARD_REFUSALS.closed : HAZARD_REFUSALS.awaitingVerification;
}

/** Why a verification cannot be made on a hazard in `status`, or null. */
export function verificationRefusal(status: HazardStatus): string | null {
  if (status === 'PENDING_VERIFICATION') return null;
  return status === 'CLOSED' ? HAZARD_REFUSALS.closed : HAZARD_REFUSALS.notReported;
}

/** A rejected verification sends the hazard back with a new deadline, which must lie ahead. */
export function rejectionDeadlineProblem(passed: boolean, newRectifyBy: Date | null, now: Date): string | null {
  if (passed) return null;
  return newRectifyBy && newRectifyBy.getTime() > now.getTime() ? null : HAZARD_REFUSALS.rejectionNeedsNewDeadline;
}
