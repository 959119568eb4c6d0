// The enterprise's self-check (企业自查) and its refusals, each with its sentence: the service checks them before the
// Update, the task workflow's validator and the activity again. A self-check answers every item of the campaign's
// checklist (符合 / 不符合 / 不适用), and every item it finds not met is recorded as a hazard with its own plan.
import { LIMITS, textTooLong } from './limits';
import type { SelfCheckAnswer } from './types';

export const SELF_CHECK_REFUSALS = {
  notSelfCheck: '这是监管部门的检查任务，不是企业自查任务',
  notInspection: '这是企业自查任务，应由企业提交自查结果',
  notOpen: '该自查任务已完成或已取消，不能再提交',
  alreadySubmitted: '本企业已提交本次自查，不能重复提交',
  submitting: '该自查正在提交中，请勿重复提交',
  onlyTheEnterprise: '只有本企业的安全管理人员可以提交自查',
  unknownItem: '自查答复中有不属于本次检查表的检查项，请刷新后重新填写',
  duplicateItem: '同一检查项只能作答一次',
  noChecklist: '本次专项行动没有检查表，无需逐项作答',
  tooManyHazards: `一次自查最多登记${LIMITS.findings}项隐患`,
  hazardItemNotNonCompliant: '自查发现的隐患只能关联判为“不符合”的检查项',
  planMissing: '请为每项自查发现的隐患填写整改方案',
  notesTooLong: textTooLong('自查说明', LIMITS.longText),
  stepInFlight: '该自查的上一次提交仍在处理，结果未确认；请稍后用同一请求重试（不会重复记录）',
  dueAt: '自查截止时间应在行动开始之后、检查任务完成时限之前',
} as const;

/** The item of a checklist as the self-check form shows it. */
export interface SelfCheckItem {
  id: number;
  position: number;
  text: string;
}

export const unanswered = (item: SelfCheckItem) => `第${item.position}项“${item.text.slice(0, 30)}”尚未作答`;
export const nonCompliantWithoutHazard = (item: SelfCheckItem) =>
  `第${item.position}项判为“不符合”，请登记对应的隐患及整改方案`;

/**
 * The first problem of a self-check's answers against its checklist, or null: every item answered once, nothing else
 * answered, and every item judged not met (不符合) backed by at least one hazard recorded against it.
 */
export function selfCheckAnswersProblem(
  items: readonly SelfCheckItem[],
  answers: readonly { checklistItemId: number; answer: SelfCheckAnswer }[],
  hazardItemIds: readonly (number | null)[],
): string | null {
  const byId = new Map(items.map((item) => [item.id, item]));
  const answered = new Map<number, SelfCheckAnswer>();
  if (items.length === 0 && answers.length > 0) return SELF_CHECK_REFUSALS.noChecklist;
  for (const a of answers) {
    if (!byId.has(a.checklistItemId)) return SELF_CHECK_REFUSALS.unknownItem;
    if (answered.has(a.checklistItemId)) return SELF_CHECK_REFUSALS.duplicateItem;
    answered.set(a.checklistItemId, a.answer);
  }
  const missing = [...items].sort((a, b) => a.position - b.position).find((item) => !answered.has(item.id));
  if (missing) return unanswered(missing);
  for (const itemId of hazardItemIds) {
    if (itemId !== null && answered.get(itemId) !== 'NON_COMPLIANT')
      return SELF_CHECK_REFUSALS.hazardItemNotNonCompliant;
  }
  const backed = new Set(hazardItemIds);
  const unbacked = [...items]
    .sort((a, b) => a.position - b.position)
    .find((item) => answered.get(item.id) === 'NON_COMPLIANT' && !backed.has(item.id));
  return unbacked ? nonCompliantWithoutHazard(unbacked) : null;
}

/** The self-check's deadline lies after the campaign's start and no later than its inspection tasks are due. */
export function selfCheckDueProblem(dueAt: Date, window: { startsAt: Date; taskDueAt: Date }): string | null {
  return dueAt.getTime() > window.startsAt.getTime() && dueAt.getTime() <= window.taskDueAt.getTime()
    ? null
    : SELF_CHECK_REFUSALS.dueAt;
}
