// 检查组 and 综合查一次: what a person may do with inspection groups — read the joint visits the system proposes, form a
// group for one (or any open tasks of its unit), read the groups, read an enterprise's inspection budget and set it.
// A group's visit is then recorded task by task through the ordinary submitInspection (services/tasks.ts), which lets
// any member of the group record any of the group's tasks.
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createInspectionGroupRepository, type GroupTaskRow } from '../db/repositories/inspection-groups';
import { createNotificationRepository } from '../db/repositories/notifications';
import type { Page } from '../db/repositories/queries';
import type { CampaignScope, DB } from '../db/schema';
import {
  budgetRuleProblem,
  countVisits,
  DEFAULT_INSPECTION_BUDGET,
  groupTaskProblem,
  INSPECTION_GROUP_REFUSALS,
  inspectionBudget,
  inspectionGroupNotices,
  inspectionGroupProblem,
  jointVisitProposals,
  quarterOf,
  type InspectionBudget,
} from '../domain/inspection-groups';
import { farDateProblem } from '../domain/limits';
import { notFound, requireAdmin, rowScopeOf, UNIT_ROLES } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

export interface CreateInspectionGroupCommand {
  name: string;
  visitDate: Date;
  memberIds: number[];
  leaderId?: number | null;
  taskIds: number[];
  idempotencyKey?: string | null;
}

export interface EnterpriseBudget extends InspectionBudget {
  enterpriseId: number;
  periodStart: Date;
  periodEnd: Date;
  periodLabel: string;
  /** The units with visits done or planned in the period (the overlap). */
  unitIds: number[];
}

/** How far ahead the proposals look: a quarter. */
const PROPOSAL_HORIZON_DAYS = 92;
const PROPOSAL_ROWS = 2_000;

function requireGovernment(viewer: Viewer): void {
  if (viewer.role === 'ENTERPRISE') throw new AppError('FORBIDDEN', '检查组和联合检查安排仅政府部门可以查看');
}

export function createInspectionGroupService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const groups = createInspectionGroupRepository(db);

  async function cap(): Promise<number> {
    return (await groups.budgetRule())?.max_visits ?? DEFAULT_INSPECTION_BUDGET;
  }

  async function budgets(enterpriseIds: readonly number[], at: Date): Promise<EnterpriseBudget[]> {
    const period = quarterOf(at);
    const max = await cap();
    const { done, planned } = await groups.visitRecords(enterpriseIds, { from: period.start, to: period.end });
    return [...new Set(enterpriseIds)].map((enterpriseId) => {
      const d = done.filter((r) => r.enterprise_id === enterpriseId);
      const p = planned.filter((r) => r.enterprise_id === enterpriseId);
      return {
        enterpriseId,
        periodStart: period.start,
        periodEnd: period.end,
        periodLabel: period.label,
        unitIds: [...new Set([...d, ...p].map((r) => r.assignee_org_id))],
        ...inspectionBudget(
          max,
          countVisits(d.map((r) => ({ groupId: r.group_id }))),
          countVisits(p.map((r) => ({ groupId: r.group_id }))),
        ),
      };
    });
  }

  return {
    /**
     * 综合查一次: the enterprises where open inspection tasks of two units or more fall due in the same month (the
     * next quarter), each with its tasks and its budget; a unit sees those touching its own work, the county all.
     */
    async proposals(viewer: Viewer) {
      requireGovernment(viewer);
      const at = now();
      const rows = await groups.proposalTasks(
        rowScopeOf(viewer),
        { from: at, to: new Date(at.getTime() + PROPOSAL_HORIZON_DAYS * 86_400_000) },
        PROPOSAL_ROWS,
      );
      const proposals = jointVisitProposals(
        rows.map((r) => ({
          ...r,
          taskId: r.id,
          enterpriseId: r.enterprise_id,
          assigneeOrgId: r.assignee_org_id,
          dueAt: r.due_at,
        })),
      ).filter((p) => p.tasks.some((t) => t.mine));
      const budgetsOf = new Map(
        (
          await budgets(
            proposals.map((p) => p.enterpriseId),
            at,
          )
        ).map((b) => [b.enterpriseId, b] as const),
      );
      const head = viewer.role === 'REGULATOR_HEAD' || viewer.role === 'TOWNSHIP_HEAD';
      return proposals.map((p) => ({
        ...p,
        // Whether this viewer may form the group: the county office, or the head of a unit with a task in it.
        mayOrganise:
          viewer.role === 'ADMIN' || (head && viewer.orgUnitId !== null && p.unitIds.includes(viewer.orgUnitId)),
        enterpriseName: p.tasks[0]?.enterprise_name ?? '',
        budget: budgetsOf.get(p.enterpriseId) ?? null,
      }));
    },

    /** The people who may be sent with a group for these units' tasks. */
    async candidates(viewer: Viewer, unitIds: readonly number[]) {
      requireGovernment(viewer);
      return groups.candidates(unitIds);
    },

    async create(viewer: Viewer, input: CreateInspectionGroupCommand, requestId: string | null): Promise<number> {
      const mayCreate = viewer.role === 'ADMIN' || viewer.role === 'REGULATOR_HEAD' || viewer.role === 'TOWNSHIP_HEAD';
      if (!mayCreate) throw new AppError('FORBIDDEN', INSPECTION_GROUP_REFUSALS.creatorRole);
      const key = input.idempotencyKey ?? null;
      if (key) {
        const first = await groups.byKey(viewer.id, key);
        if (first) return first.id;
      }
      const at = now();
      const memberIds = [...new Set(input.memberIds)];
      const taskIds = [...new Set(input.taskIds)];
      const name = input.name.trim();
      refuseBadInput(
        inspectionGroupProblem({
          name,
          memberCount: memberIds.length,
          taskCount: taskIds.length,
          visitDate: input.visitDate,
          now: at,
        }),
      );
      refuseBadInput(farDateProblem(input.visitDate, at, '检查日期'));
      const leaderId = input.leaderId ?? memberIds[0];
      if (leaderId === undefined || !memberIds.includes(leaderId))
        throw badInput(INSPECTION_GROUP_REFUSALS.leaderNotMember);

      try {
        return await db.transaction().execute(async (trx) => {
          const repo = createInspectionGroupRepository(trx);
          // The tasks, locked: two groups formed at once cannot both take one.
          const found = await repo.lockTasks(taskIds);
          const byId = new Map(found.map((t) => [t.id, t]));
          // A task the viewer may not see does not exist for them; another unit's task at an enterprise where the
          // viewer's unit also has one is seen through the proposal, and may join.
          const tasks = taskIds.map((id) => byId.get(id));
          const ownUnit = viewer.role === 'ADMIN' ? null : viewer.orgUnitId;
          const ownEnterprises = new Set(
            tasks.flatMap((t) => (t && (ownUnit === null || t.assignee_org_id === ownUnit) ? [t.enterprise_id] : [])),
          );
          if (tasks.some((t) => t === undefined)) throw notFound('检查任务');
          if (ownEnterprises.size === 0) throw new AppError('FORBIDDEN', INSPECTION_GROUP_REFUSALS.noOwnTask);
          if (tasks.some((t) => t && !ownEnterprises.has(t.enterprise_id)))
            throw badInput(INSPECTION_GROUP_REFUSALS.noOwnTask);
          const present = tasks.filter((t): t is NonNullable<typeof t> => t !== undefined);
          for (const [index, task] of present.entries()) {
            refuseBadInput(groupTaskProblem(index, task, input.visitDate, at));
            if (task.group_id !== null)
              throw new AppError('CONFLICT', INSPECTION_GROUP_REFUSALS.taskInGroup(index + 1));
          }
          // The members: active people of the tasks' units, or of the county office (its admins).
          const unitIds = new Set(present.map((t) => t.assignee_org_id));
          const users = new Map((await repo.users(memberIds)).map((u) => [u.id, u]));
          for (const id of memberIds) {
            const user = users.get(id);
            if (!user) throw notFound('检查组成员');
            const eligible =
              !user.disabled &&
              ((UNIT_ROLES.includes(user.role) && user.org_unit_id !== null && unitIds.has(user.org_unit_id)) ||
                user.role === 'ADMIN');
            if (!eligible) throw badInput(INSPECTION_GROUP_REFUSALS.memberNotEligible(user.display_name));
          }
          // 综合查一次 means each unit is there: every unit with a task sends at least one person.
          for (const task of present) {
            const sent = memberIds.some((id) => users.get(id)?.org_unit_id === task.assignee_org_id);
            if (!sent) throw badInput(INSPECTION_GROUP_REFUSALS.unitWithoutMember(task.unit_name));
          }
          const group = await repo.insert({
            name,
            leaderUserId: leaderId,
            visitDate: input.visitDate,
            createdBy: viewer.id,
            idempotencyKey: key,
          });
          await repo.addMembers(group.id, memberIds);
          if ((await repo.addTasks(group.id, taskIds)) !== taskIds.length)
            throw new AppError('CONFLICT', INSPECTION_GROUP_REFUSALS.taskInGroup(1));
          // The members and the other units learn of it (never the enterprise: 检查不打招呼).
          const facts = {
            name,
            visit_date: input.visitDate,
            enterprises: [...new Set((await repo.tasks([group.id])).map((t) => t.enterprise_name))],
            units: [...new Set(present.map((t) => t.unit_name))],
          };
          const notifications = createNotificationRepository(trx);
          for (const userId of memberIds)
            await notifications.send({
              ...inspectionGroupNotices.member(facts),
              orgUnitId: null,
              enterpriseId: null,
              userId,
              subjectType: 'InspectionGroup',
              subjectId: group.id,
              dedupeKey: `inspection-group-${group.id}:member-${userId}`,
              at,
            });
          for (const unitId of unitIds)
            if (unitId !== viewer.orgUnitId)
              await notifications.send({
                ...inspectionGroupNotices.unit(facts),
                orgUnitId: unitId,
                enterpriseId: null,
                userId: null,
                subjectType: 'InspectionGroup',
                subjectId: group.id,
                dedupeKey: `inspection-group-${group.id}:unit-${unitId}`,
                at,
              });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createInspectionGroup',
            subjectType: 'InspectionGroup',
            subjectId: group.id,
            requestId,
            after: {
              name,
              visitDate: input.visitDate.toISOString(),
              leaderId,
              memberIds,
              taskIds,
              units: [...unitIds],
            },
          });
          return group.id;
        });
      } catch (error) {
        // The same key sent twice at once: the second insert meets the first's row.
        if (key && isUniqueViolation(error)) {
          const first = await groups.byKey(viewer.id, key);
          if (first) return first.id;
        }
        throw error;
      }
    },

    async list(viewer: Viewer, page: Page) {
      requireGovernment(viewer);
      const scope = rowScopeOf(viewer);
      return { rows: await groups.list(scope, page), total: await groups.count(scope) };
    },

    getByIds: (viewer: Viewer, ids: readonly number[]) =>
      viewer.role === 'ENTERPRISE' ? Promise.resolve([]) : groups.getByIds(rowScopeOf(viewer), ids),

    members: (groupIds: readonly number[]) => groups.members(groupIds),

    /** For an inspection the viewer already reads: its group's name, its task's unit. */
    groupName: (groupId: number) => groups.nameOf(groupId),
    unitOfTask: (taskId: number) => groups.unitOfTask(taskId),

    tasks: (groupIds: readonly number[]): Promise<(GroupTaskRow & { group_id: number })[]> => groups.tasks(groupIds),

    /** 涉企检查频次: the visits of these enterprises in the quarter holding `at` (now by default) against the cap. */
    async budgets(viewer: Viewer, enterpriseIds: readonly number[], at?: Date | null) {
      requireGovernment(viewer);
      return budgets(enterpriseIds, at ?? now());
    },

    /** For the launch wizard: of the enterprises a campaign would reach, those already at the cap in its quarter. */
    async launchPreview(viewer: Viewer, scope: CampaignScope, dueAt: Date) {
      requireAdmin(viewer, '预览专项行动的检查频次');
      const period = quarterOf(dueAt);
      const max = await cap();
      const counts = await groups.atCapInScope(scope, { from: period.start, to: period.end }, max);
      return { cap: max, periodLabel: period.label, ...counts };
    },

    rule: async () => {
      const rule = await groups.budgetRule();
      return { version: rule?.version ?? 0, maxVisits: rule?.max_visits ?? DEFAULT_INSPECTION_BUDGET };
    },

    async setRule(viewer: Viewer, maxVisits: number, requestId: string | null) {
      requireAdmin(viewer, '设置企业检查频次上限');
      refuseBadInput(budgetRuleProblem(maxVisits));
      return db.transaction().execute(async (trx) => {
        const before = await createInspectionGroupRepository(trx).budgetRule();
        const rule = await createInspectionGroupRepository(trx).setBudgetRule(maxVisits, viewer.id);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setInspectionBudget',
          subjectType: 'InspectionBudgetRule',
          subjectId: rule.version,
          requestId,
          before: before ? { maxVisits: before.max_visits } : null,
          after: { maxVisits },
        });
        return { version: rule.version, maxVisits: rule.max_visits };
      });
    },

    /** The dashboard's and the county report's figures: groups sent in a window (the filter already scoped). */
    figures: (filter: Parameters<typeof groups.figures>[0]) => groups.figures(filter),
  };
}

export type InspectionGroupService = ReturnType<typeof createInspectionGroupService>;
