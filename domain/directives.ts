// Directives from above (督办/交办): a letter from the city or province (督促函, 交办件) registered by the county office,
// split into items each dispatched to one unit with a deadline, answered item by item, and replied to once
// (consolidated) when every item is answered. Pure: services, workflow and activities all apply these.
import type { UnitLadderStep } from './risks';

/** 督促函 / 交办件. */
export const DIRECTIVE_KINDS = ['SUPERVISION_LETTER', 'ASSIGNED_CASE'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export const DIRECTIVE_KIND_NAMES_ZH: Record<DirectiveKind, string> = {
  SUPERVISION_LETTER: '督促函',
  ASSIGNED_CASE: '交办件',
};

/** OPEN (办理中) → ANSWERED (各项已反馈，待汇总回复) → REPLIED (已回复). */
export const DIRECTIVE_STATUSES = ['OPEN', 'ANSWERED', 'REPLIED'] as const;
export type DirectiveStatus = (typeof DIRECTIVE_STATUSES)[number];

export const DIRECTIVE_STATUS_NAMES_ZH: Record<DirectiveStatus, string> = {
  OPEN: '办理中',
  ANSWERED: '各项已反馈，待汇总回复',
  REPLIED: '已回复',
};

export const DIRECTIVE_ITEM_STATUSES = ['OPEN', 'ANSWERED'] as const;
export type DirectiveItemStatus = (typeof DIRECTIVE_ITEM_STATUSES)[number];

export const DIRECTIVE_LIMITS = {
  source: { min: 2, max: 100 },
  documentNumber: { min: 2, max: 100 },
  title: { min: 2, max: 200 },
  content: { min: 2, max: 2000 },
  answer: { min: 5, max: 4000 },
  reply: { min: 5, max: 8000 },
  items: 50,
} as const;

export const DIRECTIVE_REFUSALS = {
  sourceLength: `请填写来文单位，例如"市安委办"（${DIRECTIVE_LIMITS.source.min}–${DIRECTIVE_LIMITS.source.max}个字）`,
  documentNumberLength: `请填写来文文号，例如"X安委办函〔2026〕12号"（${DIRECTIVE_LIMITS.documentNumber.max}个字以内）`,
  titleLength: `请填写来文标题（${DIRECTIVE_LIMITS.title.min}–${DIRECTIVE_LIMITS.title.max}个字）`,
  noItems: '请至少拆分出一项办理事项，并指定承办单位和办理期限',
  tooManyItems: `一件来文最多拆分${DIRECTIVE_LIMITS.items}项办理事项`,
  contentLength: `每项办理事项的内容应为${DIRECTIVE_LIMITS.content.min}–${DIRECTIVE_LIMITS.content.max}个字`,
  itemDueBeforeReceipt: '办理事项的期限不能早于来文收到时间',
  itemDuePast: '办理事项的期限已过，请重新确定期限',
  itemDueAfterReply: '办理事项的期限不能晚于向上级回复的期限，否则无法按时汇总回复',
  replyDueBeforeReceipt: '回复期限不能早于来文收到时间',
  receivedInFuture: '收到时间不能晚于现在',
  assigneeNotUnit: '承办单位须是行业监管部门或乡镇（街道）',
  answerLength: `请填写办理情况（${DIRECTIVE_LIMITS.answer.min}–${DIRECTIVE_LIMITS.answer.max}个字）`,
  replyLength: `请填写汇总回复内容（${DIRECTIVE_LIMITS.reply.min}–${DIRECTIVE_LIMITS.reply.max}个字）`,
  answererNotUnit: '只有承办单位的人员可以反馈该事项的办理情况',
  itemAnswered: '该事项已反馈办理情况，不能重复反馈',
  itemsUnanswered: (open: number) => `还有${open}项办理事项未反馈，全部反馈后才能向上级汇总回复`,
  replied: '该件来文已向上级回复，不能再办理',
  busy: '该件来文正在处理，请稍后刷新',
  unknownItem: '该件来文没有这一办理事项',
} as const;

const length = (text: string) => [...text].length;
const within = (text: string, limit: { min: number; max: number }) =>
  length(text) >= limit.min && length(text) <= limit.max;

export interface DirectiveItemDraft {
  content: string;
  assigneeOrgId: number;
  dueAt: Date;
}

export interface DirectiveDraft {
  kind: DirectiveKind;
  source: string;
  documentNumber: string;
  title: string;
  receivedAt: Date;
  replyDueAt: Date;
  items: DirectiveItemDraft[];
}

/** Trims and checks a directive as registered; the first problem as a sentence, or the cleaned draft. */
export function directiveProblem(
  input: DirectiveDraft,
  now: Date,
): { problem: string } | { directive: DirectiveDraft } {
  const d: DirectiveDraft = {
    ...input,
    source: input.source.trim(),
    documentNumber: input.documentNumber.trim(),
    title: input.title.trim(),
    items: input.items.map((item) => ({ ...item, content: item.content.trim() })),
  };
  if (!within(d.source, DIRECTIVE_LIMITS.source)) return { problem: DIRECTIVE_REFUSALS.sourceLength };
  if (!within(d.documentNumber, DIRECTIVE_LIMITS.documentNumber))
    return { problem: DIRECTIVE_REFUSALS.documentNumberLength };
  if (!within(d.title, DIRECTIVE_LIMITS.title)) return { problem: DIRECTIVE_REFUSALS.titleLength };
  if (d.receivedAt.getTime() > now.getTime() + 60_000) return { problem: DIRECTIVE_REFUSALS.receivedInFuture };
  if (d.replyDueAt.getTime() < d.receivedAt.getTime()) return { problem: DIRECTIVE_REFUSALS.replyDueBeforeReceipt };
  if (d.items.length === 0) return { problem: DIRECTIVE_REFUSALS.noItems };
  if (d.items.length > DIRECTIVE_LIMITS.items) return { problem: DIRECTIVE_REFUSALS.tooManyItems };
  for (const item of d.items) {
    if (!within(item.content, DIRECTIVE_LIMITS.content)) return { problem: DIRECTIVE_REFUSALS.contentLength };
    if (item.dueAt.getTime() < d.receivedAt.getTime()) return { problem: DIRECTIVE_REFUSALS.itemDueBeforeReceipt };
    if (item.dueAt.getTime() <= now.getTime()) return { problem: DIRECTIVE_REFUSALS.itemDuePast };
    if (item.dueAt.getTime() > d.replyDueAt.getTime()) return { problem: DIRECTIVE_REFUSALS.itemDueAfterReply };
  }
  return { directive: d };
}

export const answerProblem = (answer: string): string | null =>
  within(answer.trim(), DIRECTIVE_LIMITS.answer) ? null : DIRECTIVE_REFUSALS.answerLength;

export const replyProblem = (reply: string): string | null =>
  within(reply.trim(), DIRECTIVE_LIMITS.reply) ? null : DIRECTIVE_REFUSALS.replyLength;

/** Whether the consolidated reply may be sent: every item answered, not yet replied. */
export function replyRefusal(status: DirectiveStatus, unanswered: number): string | null {
  if (status === 'REPLIED') return DIRECTIVE_REFUSALS.replied;
  return unanswered > 0 ? DIRECTIVE_REFUSALS.itemsUnanswered(unanswered) : null;
}

// ── Deadlines (policy as data) ─────────────────────────────────────────────────────────────────────────────────────

export interface DirectivePolicy {
  /** Each item's reminder ahead of its deadline. */
  remindBefore: string | null;
  /** A late item's rungs, counted from its deadline: the unit's head, the county office, the leader. */
  steps: UnitLadderStep[];
}

export const DEFAULT_DIRECTIVE_POLICY: DirectivePolicy = {
  remindBefore: 'P1WD',
  steps: [
    { after: 'PT0S', level: 'UNIT_HEAD' },
    { after: 'P1WD', level: 'COUNTY_OFFICE' },
    { after: 'P3WD', level: 'COUNTY_LEADER' },
  ],
};
