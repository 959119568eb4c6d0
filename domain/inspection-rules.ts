// A task's refusals and the rules of an inspection's input (检查记录), each with its sentence: the service checks
// them before the Update, the task workflow's validator and handler again, the activity last.
import type { TaskStatus } from './types';
import { LIMITS, textTooLong } from './limits';

const MINUTE = 60_000;

export const TASK_REFUSALS = {
  notOpen: '该任务已完成或已取消，不能再提交检查记录',
  submitting: '该任务正在提交中，请勿重复提交',
  alreadySubmitted: '该任务已提交检查记录，不能重复提交',
  cancelled: '该任务已取消，不能提交检查记录',
  stepInFlight: '该任务的上一次提交仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
} as const;

export const INSPECTION_REFUSALS = {
  inFuture: '检查时间不能晚于当前时间',
  beforeCampaign: '检查时间不能早于专项行动开始时间',
  afterCampaign: '检查时间不能晚于专项行动结束时间',
  inspectorCount: `检查组人数应为1至${LIMITS.inspectorCount}人`,
  tooManyFindings: `一次检查最多登记${LIMITS.findings}项隐患`,
  notesTooLong: textTooLong('备注', LIMITS.longText),
  foreignChecklistItem: '所选检查项不属于本次行动的检查表',
} as const;

export const taskNotFound = (taskId: number) => `任务 ${taskId} 不存在`;

/** Why an inspection cannot be submitted on a task in `status` (as the service reads it), or null. */
export function submissionRefusal(status: TaskStatus): string | null {
  if (status === 'OPEN') return null;
  return status === 'DONE' ? TASK_REFUSALS.alreadySubmitted : TASK_REFUSALS.cancelled;
}

/** The clock skew allowed between an inspector's device and the server. */
const SKEW = 10 * MINUTE;

export type InspectedAtProblem = 'inFuture' | 'beforeCampaign' | 'afterCampaign';

/**
 * When the inspection took place: not ahead of now and within its campaign's window [startsAt, endsAt] (10 minutes
 * of clock skew either way). The web admin's form checks the same rule and shows the same problem in its locale.
 */
export function inspectedAtCheck(
  inspectedAt: Date,
  now: Date,
  campaign: { startsAt: Date; endsAt: Date } | null,
): InspectedAtProblem | null {
  const at = inspectedAt.getTime();
  if (at > now.getTime() + SKEW) return 'inFuture';
  if (campaign && at < campaign.startsAt.getTime() - SKEW) return 'beforeCampaign';
  if (campaign && at > campaign.endsAt.getTime() + SKEW) return 'afterCampaign';
  return null;
}

/** The sentence of inspectedAtCheck, for the API's refusal. */
export function inspectedAtProblem(
  inspectedAt: Date,
  now: Date,
  campaign: { startsAt: Date; endsAt: Date } | null,
): string | null {
  const problem = inspectedAtCheck(inspectedAt, now, campaign);
  return problem ? INSPECTION_REFUSALS[problem] : null;
}

export const inspectorCountProblem = (count: number): string | null =>
  Number.isInteger(count) && count >= 1 && count <= LIMITS.inspectorCount ? null : INSPECTION_REFUSALS.inspectorCount;

/** The label of the n-th finding (0-based) in sentences about it. */
export const findingLabel = (index: number) => `第${index + 1}项隐患`;

/** One finding's text problem: a description, not too long; an optional short location. */
export function findingTextProblem(index: number, description: string, location: string | null): string | null {
  const label = findingLabel(index);
  if (description.length === 0) return `${label}的描述不能为空`;
  if (description.length > LIMITS.longText) return textTooLong(`${label}的描述`, LIMITS.longText);
  if (location && location.length > LIMITS.shortText) return textTooLong(`${label}的位置`, LIMITS.shortText);
  return null;
}

export const rectifyBeforeInspection = (index: number) => `${findingLabel(index)}的整改期限必须晚于检查时间`;
