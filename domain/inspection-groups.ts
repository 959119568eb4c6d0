// 检查组 and 综合查一次 (issue 18 §2): an inspection group's rules, the joint visits the system proposes when several
// units' tasks fall on one enterprise in the same month, and the per-enterprise inspection budget (涉企检查频次上限:
// visits a quarter across every plan and campaign, as the national rules on reducing the inspection burden ask).
import { SHANGHAI_OFFSET_MS } from './calendar';
import type { Notice } from './notices';
import { formatShanghaiDate } from './reports';

export const INSPECTION_GROUP_LIMITS = {
  name: { max: 100 },
  /** 行政执法检查不少于两人. */
  members: { min: 2, max: 20 },
  tasks: { min: 1, max: 30 },
  /** How far ahead a visit may be planned. */
  aheadDays: 366,
} as const;

export const INSPECTION_BUDGET_RANGE = { min: 1, max: 12 } as const;
export const DEFAULT_INSPECTION_BUDGET = 2;

export const INSPECTION_GROUP_REFUSALS = {
  nameRequired: '请填写检查组名称',
  nameTooLong: `检查组名称不能超过${INSPECTION_GROUP_LIMITS.name.max}个字`,
  tooFewMembers: `检查组成员不少于${INSPECTION_GROUP_LIMITS.members.min}人（行政执法检查须两名以上执法人员）`,
  tooManyMembers: `检查组成员不能超过${INSPECTION_GROUP_LIMITS.members.max}人`,
  noTasks: '请选择检查组要完成的检查任务',
  tooManyTasks: `一个检查组一次最多编入${INSPECTION_GROUP_LIMITS.tasks.max}项检查任务`,
  visitInPast: '检查日期不能早于今天',
  visitTooFar: '检查日期不能晚于一年以后',
  leaderNotMember: '检查组组长须是检查组成员',
  creatorRole: '只有监管部门或乡镇（街道）负责人、县安委办可以组织检查组',
  noOwnTask: '检查组须包含本单位的检查任务；其他单位的任务只能与本单位在同一企业的任务一并联合检查',
  taskNotOpen: (n: number) => `第${n}项任务已完成或已撤销，不能编入检查组`,
  taskNotInspect: (n: number) => `第${n}项任务不是现场检查任务，不能编入检查组`,
  taskDueBeforeVisit: (n: number) => `检查日期晚于第${n}项任务的完成期限，请选择期限之前的日期`,
  taskInGroup: (n: number) => `第${n}项任务已编入其他检查组`,
  memberNotEligible: (name: string) => `${name}不是参加单位（任务所属单位或县安委办）的在岗人员，不能编入检查组`,
  unitWithoutMember: (unit: string) => `${unit}有任务编入检查组，但没有该单位人员参加，请至少选派一名`,
  budgetOutOfRange: `每家企业每季度检查次数上限须在${INSPECTION_BUDGET_RANGE.min}至${INSPECTION_BUDGET_RANGE.max}次之间`,
} as const;

/** The first problem of a group's own fields, or null. */
export function inspectionGroupProblem(input: {
  name: string;
  memberCount: number;
  taskCount: number;
  visitDate: Date;
  now: Date;
}): string | null {
  const name = input.name.trim();
  if (!name) return INSPECTION_GROUP_REFUSALS.nameRequired;
  if (name.length > INSPECTION_GROUP_LIMITS.name.max) return INSPECTION_GROUP_REFUSALS.nameTooLong;
  if (input.memberCount < INSPECTION_GROUP_LIMITS.members.min) return INSPECTION_GROUP_REFUSALS.tooFewMembers;
  if (input.memberCount > INSPECTION_GROUP_LIMITS.members.max) return INSPECTION_GROUP_REFUSALS.tooManyMembers;
  if (input.taskCount < INSPECTION_GROUP_LIMITS.tasks.min) return INSPECTION_GROUP_REFUSALS.noTasks;
  if (input.taskCount > INSPECTION_GROUP_LIMITS.tasks.max) return INSPECTION_GROUP_REFUSALS.tooManyTasks;
  if (input.visitDate.getTime() < dayStart(input.now).getTime()) return INSPECTION_GROUP_REFUSALS.visitInPast;
  if (input.visitDate.getTime() > input.now.getTime() + INSPECTION_GROUP_LIMITS.aheadDays * 86_400_000)
    return INSPECTION_GROUP_REFUSALS.visitTooFar;
  return null;
}

/**
 * What a task must be to join a group: open, an on-site inspection, and not due before the visit's day — unless it is
 * overdue already, when the sooner visit is the point.
 */
export function groupTaskProblem(
  index: number,
  task: { status: string; kind: string; due_at: Date },
  visitDate: Date,
  now: Date,
): string | null {
  const n = index + 1;
  if (task.status !== 'OPEN') return INSPECTION_GROUP_REFUSALS.taskNotOpen(n);
  if (task.kind !== 'INSPECT') return INSPECTION_GROUP_REFUSALS.taskNotInspect(n);
  const overdue = task.due_at.getTime() < now.getTime();
  if (!overdue && dayStart(visitDate).getTime() > task.due_at.getTime())
    return INSPECTION_GROUP_REFUSALS.taskDueBeforeVisit(n);
  return null;
}

/** 00:00 Shanghai of the day holding `at`. */
export function dayStart(at: Date): Date {
  const wall = at.getTime() + SHANGHAI_OFFSET_MS;
  return new Date(wall - (wall % 86_400_000) - SHANGHAI_OFFSET_MS);
}

/** The Shanghai calendar quarter holding `at`: [start, end). */
export function quarterOf(at: Date): { start: Date; end: Date; label: string } {
  const wall = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  const year = wall.getUTCFullYear();
  const q = Math.floor(wall.getUTCMonth() / 3);
  return {
    start: new Date(Date.UTC(year, q * 3, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year, q * 3 + 3, 1) - SHANGHAI_OFFSET_MS),
    label: `${year}年第${'一二三四'[q]}季度`,
  };
}

/** The month (Shanghai) of `at` as a key: 2026-11. */
export function monthKeyOf(at: Date): string {
  const wall = new Date(at.getTime() + SHANGHAI_OFFSET_MS);
  return `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** An open task as the proposals see it. */
export interface ProposalTask {
  taskId: number;
  enterpriseId: number;
  assigneeOrgId: number;
  dueAt: Date;
}

export interface JointVisitProposal<T extends ProposalTask = ProposalTask> {
  enterpriseId: number;
  /** 2026-11: the month the tasks are due in. */
  month: string;
  tasks: T[];
  /** The distinct units, in the order of their first task. */
  unitIds: number[];
}

/**
 * 综合查一次: the enterprises where open tasks of two units or more fall due in the same month, each with those
 * tasks, soonest due first. One visit by one group can then close them all.
 */
export function jointVisitProposals<T extends ProposalTask>(tasks: readonly T[]): JointVisitProposal<T>[] {
  const byKey = new Map<string, JointVisitProposal<T>>();
  for (const task of [...tasks].sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.taskId - b.taskId)) {
    const month = monthKeyOf(task.dueAt);
    const key = `${task.enterpriseId}:${month}`;
    let proposal = byKey.get(key);
    if (!proposal) {
      proposal = { enterpriseId: task.enterpriseId, month, tasks: [], unitIds: [] };
      byKey.set(key, proposal);
    }
    proposal.tasks.push(task);
    if (!proposal.unitIds.includes(task.assigneeOrgId)) proposal.unitIds.push(task.assigneeOrgId);
  }
  return [...byKey.values()].filter((p) => p.unitIds.length >= 2);
}

/**
 * Visits to an enterprise in a period: an inspection is one visit, except that the inspections of one group are one
 * visit together; likewise an open task is one planned visit, and the open tasks of one group are one.
 */
export function countVisits(records: readonly { groupId: number | null }[]): number {
  const groups = new Set<number>();
  let single = 0;
  for (const r of records) {
    if (r.groupId === null) single += 1;
    else groups.add(r.groupId);
  }
  return single + groups.size;
}

export interface InspectionBudget {
  cap: number;
  done: number;
  planned: number;
  /** done + planned */
  total: number;
  /** Over the cap with what is done and planned. */
  over: boolean;
  /** What one joint visit of the open tasks would make the total (the planned visits merged into one). */
  totalIfJoint: number;
}

export function inspectionBudget(cap: number, done: number, planned: number): InspectionBudget {
  const total = done + planned;
  return { cap, done, planned, total, over: total > cap, totalIfJoint: done + Math.min(planned, 1) };
}

export function budgetRuleProblem(maxVisits: number): string | null {
  return Number.isInteger(maxVisits) &&
    maxVisits >= INSPECTION_BUDGET_RANGE.min &&
    maxVisits <= INSPECTION_BUDGET_RANGE.max
    ? null
    : INSPECTION_GROUP_REFUSALS.budgetOutOfRange;
}

export interface CountyGroupFigures {
  /** Groups whose visit day fell in the period. */
  groups: number;
  /** Their members summed over the groups (人次). */
  inspectors: number;
  /** Of them, groups visiting for two units or more (联合检查组). */
  joint: number;
}

/** 本周派出检查组12个、检查人员31人次，其中联合检查组5个。 */
export function groupLine(word: string, g: CountyGroupFigures): string {
  if (g.groups === 0) return `${word}未派出检查组。`;
  const joint = g.joint > 0 ? `，其中联合检查组${g.joint}个` : '';
  return `${word}派出检查组${g.groups}个、检查人员${g.inspectors}人次${joint}。`;
}

/** The default name of a joint visit's group: 某某公司联合检查组（2026年11月20日）. */
export function jointGroupName(enterpriseName: string, visitDate: Date): string {
  return `${enterpriseName}联合检查组（${formatShanghaiDate(visitDate)}）`;
}

/** Where a task comes from, in the office's words: the campaign's name, or its other origin. */
export function taskOriginName(task: {
  campaign_name: string | null;
  tip_id: number | null;
  look_back_item_id: number | null;
  inspection_plan_id: number | null;
}): string {
  if (task.campaign_name !== null) return `「${task.campaign_name}」`;
  if (task.tip_id !== null) return '群众举报核查';
  if (task.look_back_item_id !== null) return '回头看核查';
  if (task.inspection_plan_id !== null) return '年度监督检查计划';
  return '检查任务';
}

/** 检查组 formed: each member learns where and when they go; each unit whose task joined learns who visits for it. */
export const inspectionGroupNotices = {
  member: (g: { name: string; visit_date: Date; enterprises: string[]; units: string[] }): Notice => ({
    kind: 'INSPECTION_GROUP_FORMED',
    title: '检查组派出通知',
    body: `您已编入「${g.name}」，定于${formatShanghaiDate(g.visit_date)}对${g.enterprises.join('、')}开展${g.units.length > 1 ? `联合检查（${g.units.join('、')}）` : '现场检查'}，请按时到位，并在检查组页面录入各单位的检查结果。`,
  }),
  unit: (g: { name: string; visit_date: Date; enterprises: string[] }): Notice => ({
    kind: 'INSPECTION_GROUP_FORMED',
    title: '检查任务已编入检查组',
    body: `本单位对${g.enterprises.join('、')}的检查任务已编入「${g.name}」，定于${formatShanghaiDate(g.visit_date)}联合检查，检查结果由检查组成员录入。`,
  }),
};
