// 检查组 and 综合查一次: the group's own rules, which tasks may join, the joint visits proposed, visits counted against
// the quarter's budget (a group's visit once), and the county report's line.
import { describe, expect, it } from 'vitest';
import {
  budgetRuleProblem,
  countVisits,
  groupLine,
  groupTaskProblem,
  INSPECTION_GROUP_REFUSALS,
  inspectionBudget,
  inspectionGroupProblem,
  jointVisitProposals,
  quarterOf,
  taskOriginName,
} from '../../domain/inspection-groups';

const NOW = new Date('2026-11-10T02:00:00Z'); // 10:00 Shanghai
const DAY = 86_400_000;

describe('an inspection group', () => {
  const ok = { name: '化工企业联合检查组', memberCount: 2, taskCount: 2, visitDate: NOW, now: NOW };

  it('needs a name, two members at least, a task, and a day from today to a year ahead', () => {
    expect(inspectionGroupProblem(ok)).toBeNull();
    expect(inspectionGroupProblem({ ...ok, name: '  ' })).toBe(INSPECTION_GROUP_REFUSALS.nameRequired);
    expect(inspectionGroupProblem({ ...ok, memberCount: 1 })).toBe(INSPECTION_GROUP_REFUSALS.tooFewMembers);
    expect(inspectionGroupProblem({ ...ok, memberCount: 21 })).toBe(INSPECTION_GROUP_REFUSALS.tooManyMembers);
    expect(inspectionGroupProblem({ ...ok, taskCount: 0 })).toBe(INSPECTION_GROUP_REFUSALS.noTasks);
    // Today's midnight in Shanghai is still today; the day before is past.
    expect(inspectionGroupProblem({ ...ok, visitDate: new Date('2026-11-09T16:00:00Z') })).toBeNull();
    expect(inspectionGroupProblem({ ...ok, visitDate: new Date('2026-11-09T15:59:59Z') })).toBe(
      INSPECTION_GROUP_REFUSALS.visitInPast,
    );
    expect(inspectionGroupProblem({ ...ok, visitDate: new Date(NOW.getTime() + 400 * DAY) })).toBe(
      INSPECTION_GROUP_REFUSALS.visitTooFar,
    );
  });

  it('takes open inspection tasks not due before the visit day, and overdue ones at any day', () => {
    const task = { status: 'OPEN', kind: 'INSPECT', due_at: new Date(NOW.getTime() + 5 * DAY) };
    expect(groupTaskProblem(0, task, NOW, NOW)).toBeNull();
    expect(groupTaskProblem(1, { ...task, status: 'DONE' }, NOW, NOW)).toBe(INSPECTION_GROUP_REFUSALS.taskNotOpen(2));
    expect(groupTaskProblem(0, { ...task, kind: 'SELF_CHECK' }, NOW, NOW)).toBe(
      INSPECTION_GROUP_REFUSALS.taskNotInspect(1),
    );
    expect(groupTaskProblem(0, task, new Date(NOW.getTime() + 6 * DAY), NOW)).toBe(
      INSPECTION_GROUP_REFUSALS.taskDueBeforeVisit(1),
    );
    const overdue = { ...task, due_at: new Date(NOW.getTime() - DAY) };
    expect(groupTaskProblem(0, overdue, new Date(NOW.getTime() + 2 * DAY), NOW)).toBeNull();
  });
});

describe('joint visits proposed (综合查一次)', () => {
  const task = (taskId: number, enterpriseId: number, assigneeOrgId: number, due: string) => ({
    taskId,
    enterpriseId,
    assigneeOrgId,
    dueAt: new Date(due),
  });

  it('proposes an enterprise where two units’ tasks fall in the same Shanghai month, not one unit twice', () => {
    const proposals = jointVisitProposals([
      task(1, 10, 100, '2026-11-20T09:30:00Z'),
      task(2, 10, 200, '2026-11-30T09:30:00Z'),
      task(3, 10, 200, '2026-12-05T09:30:00Z'), // another month: not with these
      task(4, 11, 100, '2026-11-20T09:30:00Z'),
      task(5, 11, 100, '2026-11-25T09:30:00Z'), // one unit twice: no joint visit
      // 1 December 00:30 in Shanghai is still 30 November in UTC: December's.
      task(6, 12, 100, '2026-11-30T16:30:00Z'),
      task(7, 12, 300, '2026-12-10T09:30:00Z'),
    ]);
    expect(proposals.map((p) => [p.enterpriseId, p.month, p.tasks.map((t) => t.taskId), p.unitIds])).toEqual([
      [10, '2026-11', [1, 2], [100, 200]],
      [12, '2026-12', [6, 7], [100, 300]],
    ]);
  });
});

describe('the inspection budget (涉企检查频次上限)', () => {
  it('counts a group’s visit once however many units’ tasks it records', () => {
    expect(countVisits([{ groupId: null }, { groupId: 7 }, { groupId: 7 }, { groupId: 8 }])).toBe(3);
    expect(countVisits([])).toBe(0);
  });

  it('is over when done and planned exceed the cap; a joint visit would merge the planned ones', () => {
    expect(inspectionBudget(2, 1, 2)).toEqual({ cap: 2, done: 1, planned: 2, total: 3, over: true, totalIfJoint: 2 });
    expect(inspectionBudget(2, 0, 2).over).toBe(false);
    expect(inspectionBudget(2, 2, 0).totalIfJoint).toBe(2);
  });

  it('counts by the Shanghai quarter', () => {
    const q = quarterOf(new Date('2026-09-30T16:30:00Z')); // 1 October 00:30 Shanghai
    expect(q.label).toBe('2026年第四季度');
    expect(q.start.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(q.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
  });

  it('takes a cap of 1 to 12 visits a quarter', () => {
    expect(budgetRuleProblem(2)).toBeNull();
    expect(budgetRuleProblem(0)).toBe(INSPECTION_GROUP_REFUSALS.budgetOutOfRange);
    expect(budgetRuleProblem(13)).toBe(INSPECTION_GROUP_REFUSALS.budgetOutOfRange);
    expect(budgetRuleProblem(1.5)).toBe(INSPECTION_GROUP_REFUSALS.budgetOutOfRange);
  });
});

describe('in words', () => {
  it('writes the county report’s line', () => {
    expect(groupLine('本周', { groups: 12, inspectors: 31, joint: 5 })).toBe(
      '本周派出检查组12个、检查人员31人次，其中联合检查组5个。',
    );
    expect(groupLine('本月', { groups: 2, inspectors: 4, joint: 0 })).toBe('本月派出检查组2个、检查人员4人次。');
    expect(groupLine('本周', { groups: 0, inspectors: 0, joint: 0 })).toBe('本周未派出检查组。');
  });

  it('names a task’s origin', () => {
    const none = { campaign_name: null, tip_id: null, look_back_item_id: null, inspection_plan_id: null };
    expect(taskOriginName({ ...none, campaign_name: '百日攻坚' })).toBe('「百日攻坚」');
    expect(taskOriginName({ ...none, tip_id: 1 })).toBe('群众举报核查');
    expect(taskOriginName({ ...none, look_back_item_id: 1 })).toBe('回头看核查');
    expect(taskOriginName({ ...none, inspection_plan_id: 1 })).toBe('年度监督检查计划');
  });
});
