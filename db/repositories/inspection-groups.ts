// 检查组 (inspection groups), their members and tasks; the open tasks behind the joint-visit proposals; the visits an
// enterprise had and has planned in a period (涉企检查频次上限) and the budget rule; the groups sent in a window.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { CampaignScope, DB } from '../schema';
import { inCampaignScope } from './enterprises';
import type { Page } from './queries';
import { taskInScope, type RowScope } from './scope';

export const groupColumns = [
  'inspection_group.id',
  'inspection_group.name',
  'inspection_group.leader_user_id',
  'inspection_group.visit_date',
  'inspection_group.created_by',
  'inspection_group.created_at',
] as const;

/** The groups a viewer reads: the county all; a unit those holding a task in its scope or with one of its people. */
const groupInScope = (scope: RowScope) => (eb: ExpressionBuilder<DB, 'inspection_group'>) => {
  if (scope.kind === 'county') return eb.lit(true);
  const holdsTask = eb.exists(
    eb
      .selectFrom('inspection_group_task as scope_gt')
      .innerJoin('task', 'task.id', 'scope_gt.task_id')
      .select('scope_gt.task_id')
      .whereRef('scope_gt.group_id', '=', 'inspection_group.id')
      .where(taskInScope(scope)),
  );
  if (scope.kind === 'enterprise') return holdsTask;
  return eb.or([
    holdsTask,
    eb.exists(
      eb
        .selectFrom('inspection_group_member as scope_m')
        .innerJoin('app_user as scope_u', 'scope_u.id', 'scope_m.user_id')
        .select('scope_m.user_id')
        .whereRef('scope_m.group_id', '=', 'inspection_group.id')
        .where('scope_u.org_unit_id', '=', scope.orgUnitId),
    ),
  ]);
};

/** A task as a group or a proposal shows it: its unit, enterprise, origin, due time and what was recorded. */
function taskView(db: Kysely<DB>) {
  return db
    .selectFrom('task')
    .innerJoin('enterprise', 'enterprise.id', 'task.enterprise_id')
    .innerJoin('org_unit as unit', 'unit.id', 'task.assignee_org_id')
    .leftJoin('campaign', 'campaign.id', 'task.campaign_id')
    .leftJoin('inspection', 'inspection.task_id', 'task.id')
    .select((eb) => [
      'task.id',
      'task.enterprise_id',
      'task.assignee_org_id',
      'task.kind',
      'task.status',
      'task.due_at',
      'task.campaign_id',
      'task.tip_id',
      'task.look_back_item_id',
      'task.inspection_plan_id',
      'enterprise.name as enterprise_name',
      'enterprise.township_id',
      'unit.name as unit_name',
      'campaign.name as campaign_name',
      'inspection.id as inspection_id',
      'inspection.inspected_at',
      'inspection.inspection_group_id',
      eb
        .selectFrom('hazard')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('hazard.inspection_id', '=', 'inspection.id')
        .as('findings'),
    ]);
}

export type GroupTaskRow = Awaited<ReturnType<ReturnType<typeof taskView>['execute']>>[number];

export function createInspectionGroupRepository(db: Kysely<DB>) {
  return {
    insert: (row: {
      name: string;
      leaderUserId: number;
      visitDate: Date;
      createdBy: number;
      idempotencyKey: string | null;
    }) =>
      db
        .insertInto('inspection_group')
        .values({
          name: row.name,
          leader_user_id: row.leaderUserId,
          visit_date: row.visitDate,
          created_by: row.createdBy,
          idempotency_key: row.idempotencyKey,
        })
        .returning('id')
        .executeTakeFirstOrThrow(),

    addMembers: (groupId: number, userIds: readonly number[]) =>
      db
        .insertInto('inspection_group_member')
        .values(userIds.map((user_id) => ({ group_id: groupId, user_id })))
        .execute(),

    /** The tasks joined to the group; those already in another group are left out (the caller compares the count). */
    addTasks: async (groupId: number, taskIds: readonly number[]): Promise<number> => {
      const rows = await db
        .insertInto('inspection_group_task')
        .values(taskIds.map((task_id) => ({ group_id: groupId, task_id })))
        .onConflict((oc) => oc.column('task_id').doNothing())
        .returning('task_id')
        .execute();
      return rows.length;
    },

    byKey: (createdBy: number, key: string) =>
      db
        .selectFrom('inspection_group')
        .select('id')
        .where('created_by', '=', createdBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('inspection_group')
            .select(groupColumns)
            .where('inspection_group.id', 'in', ids)
            .where(groupInScope(scope))
            .execute(),

    /** Newest visit first. */
    list: (scope: RowScope, page: Page) =>
      db
        .selectFrom('inspection_group')
        .select(groupColumns)
        .where(groupInScope(scope))
        .orderBy('inspection_group.visit_date', 'desc')
        .orderBy('inspection_group.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: async (scope: RowScope) =>
      (
        await db
          .selectFrom('inspection_group')
          .select(sql<number>`count(*)::int`.as('n'))
          .where(groupInScope(scope))
          .executeTakeFirstOrThrow()
      ).n,

    members: (groupIds: readonly number[]) =>
      groupIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('inspection_group_member as m')
            .innerJoin('app_user as u', 'u.id', 'm.user_id')
            .leftJoin('org_unit as unit', 'unit.id', 'u.org_unit_id')
            .select(['m.group_id', 'u.id', 'u.display_name', 'u.org_unit_id', 'unit.name as unit_name'])
            .where('m.group_id', 'in', groupIds)
            .orderBy('m.group_id')
            .orderBy('u.id')
            .execute(),

    tasks: (groupIds: readonly number[]) =>
      groupIds.length === 0
        ? Promise.resolve([])
        : taskView(db)
            .innerJoin('inspection_group_task as gt', 'gt.task_id', 'task.id')
            .select('gt.group_id')
            .where('gt.group_id', 'in', groupIds)
            .orderBy('task.assignee_org_id')
            .orderBy('task.id')
            .execute(),

    /** The group holding this task, if `userId` is one of its members: who may record the task's visit. */
    groupOfTaskForMember: async (taskId: number, userId: number) =>
      (
        await db
          .selectFrom('inspection_group_task as gt')
          .innerJoin('inspection_group_member as m', 'm.group_id', 'gt.group_id')
          .select('gt.group_id')
          .where('gt.task_id', '=', taskId)
          .where('m.user_id', '=', userId)
          .executeTakeFirst()
      )?.group_id ?? null,

    /** The tasks a group is asked to take, as they are, locked against a concurrent group: in the given order. */
    lockTasks: (taskIds: readonly number[]) =>
      db
        .selectFrom('task')
        .innerJoin('org_unit as unit', 'unit.id', 'task.assignee_org_id')
        .leftJoin('inspection_group_task as gt', 'gt.task_id', 'task.id')
        .select([
          'task.id',
          'task.enterprise_id',
          'task.assignee_org_id',
          'task.kind',
          'task.status',
          'task.due_at',
          'unit.name as unit_name',
          'gt.group_id',
        ])
        .where('task.id', 'in', taskIds)
        .forUpdate('task')
        .execute(),

    /** Users by id with their unit and standing: the candidates for membership. */
    users: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('app_user')
            .select(['id', 'display_name', 'role', 'org_unit_id', 'disabled'])
            .where('id', 'in', ids)
            .execute(),

    /** The active people of these units who may join a group (heads and staff; the county office's admins). */
    candidates: (unitIds: readonly number[]) =>
      unitIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('app_user')
            .innerJoin('org_unit as unit', 'unit.id', 'app_user.org_unit_id')
            .select(['app_user.id', 'app_user.display_name', 'app_user.org_unit_id', 'unit.name as unit_name'])
            .where('app_user.disabled', '=', false)
            .where((eb) =>
              eb.or([
                eb.and([
                  eb('app_user.org_unit_id', 'in', unitIds),
                  eb('app_user.role', 'in', ['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF']),
                ]),
                eb('app_user.role', '=', 'ADMIN'),
              ]),
            )
            .orderBy('unit.id')
            .orderBy('app_user.id')
            .execute(),

    /**
     * Open inspection tasks in no group, due in [from, to), at enterprises where such tasks of two units or more fall in
     * the window and one of them is in the viewer's scope; `mine` marks those. The month is grouped by the domain rule.
     */
    proposalTasks: async (scope: RowScope, window: { from: Date; to: Date }, limit: number) => {
      const open = (eb: ExpressionBuilder<DB, 'task'>) =>
        eb.and([
          eb('task.status', '=', 'OPEN'),
          eb('task.kind', '=', 'INSPECT'),
          eb('task.due_at', '>=', window.from),
          eb('task.due_at', '<', window.to),
          eb.not(
            eb.exists(
              eb.selectFrom('inspection_group_task as pg').select('pg.task_id').whereRef('pg.task_id', '=', 'task.id'),
            ),
          ),
        ]);
      const shared = db
        .selectFrom('task')
        .select('task.enterprise_id')
        .where(open)
        .groupBy('task.enterprise_id')
        .having(sql<boolean>`count(distinct task.assignee_org_id) >= 2`);
      const mine = db.selectFrom('task').select('task.enterprise_id').where(open).where(taskInScope(scope));
      return taskView(db)
        .where(open)
        .where('task.enterprise_id', 'in', shared)
        .where('task.enterprise_id', 'in', mine)
        .select((eb) => eb.case().when(taskInScope(scope)(eb)).then(true).else(false).end().as('mine'))
        .orderBy('task.due_at')
        .orderBy('task.id')
        .limit(limit)
        .execute();
    },

    /** Inspections and open tasks at these enterprises in [from, to), each with its group: the visits counted. */
    visitRecords: async (enterpriseIds: readonly number[], window: { from: Date; to: Date }) => {
      if (enterpriseIds.length === 0) return { done: [], planned: [] };
      const done = await db
        .selectFrom('inspection')
        .innerJoin('task', 'task.id', 'inspection.task_id')
        .select(['inspection.enterprise_id', 'inspection.inspection_group_id as group_id', 'task.assignee_org_id'])
        .where('inspection.enterprise_id', 'in', enterpriseIds)
        .where('inspection.inspected_at', '>=', window.from)
        .where('inspection.inspected_at', '<', window.to)
        .execute();
      const planned = await db
        .selectFrom('task')
        .leftJoin('inspection_group_task as gt', 'gt.task_id', 'task.id')
        .select(['task.enterprise_id', 'gt.group_id', 'task.assignee_org_id'])
        .where('task.enterprise_id', 'in', enterpriseIds)
        .where('task.status', '=', 'OPEN')
        .where('task.kind', 'in', ['INSPECT', 'VERIFY'])
        .where('task.due_at', '>=', window.from)
        .where('task.due_at', '<', window.to)
        .execute();
      return { done, planned };
    },

    /**
     * Of the enterprises a campaign would reach, how many already have `cap` visits or more done or planned in the
     * window (one more puts them over the budget).
     */
    atCapInScope: async (scope: CampaignScope, window: { from: Date; to: Date }, cap: number) => {
      const row = await db
        .selectFrom('enterprise')
        .where(inCampaignScope(scope))
        .select(
          sql<number>`count(*) filter (where (
          (select count(distinct coalesce('g' || i.inspection_group_id, 'i' || i.id)) from inspection i
            where i.enterprise_id = enterprise.id and i.inspected_at >= ${window.from} and i.inspected_at < ${window.to})
          + (select count(distinct coalesce('g' || gt.group_id, 't' || t.id)) from task t
            left join inspection_group_task gt on gt.task_id = t.id
            where t.enterprise_id = enterprise.id and t.status = 'OPEN' and t.kind in ('INSPECT', 'VERIFY')
              and t.due_at >= ${window.from} and t.due_at < ${window.to})
        ) >= ${cap})::int`.as('n'),
        )
        .select(sql<number>`count(*)::int`.as('total'))
        .executeTakeFirstOrThrow();
      return { atCap: row.n, inScope: row.total };
    },

    nameOf: async (groupId: number) =>
      (await db.selectFrom('inspection_group').select('name').where('id', '=', groupId).executeTakeFirst())?.name ??
      null,

    /** The unit a task is assigned to (an inspection's unit). */
    unitOfTask: async (taskId: number) =>
      (await db.selectFrom('task').select('assignee_org_id').where('id', '=', taskId).executeTakeFirstOrThrow())
        .assignee_org_id,

    budgetRule: () =>
      db
        .selectFrom('inspection_budget_rule')
        .select(['version', 'max_visits', 'created_at'])
        .orderBy('version', 'desc')
        .executeTakeFirst(),

    setBudgetRule: (maxVisits: number, by: number) =>
      db
        .insertInto('inspection_budget_rule')
        .values({ max_visits: maxVisits, created_by: by })
        .returning(['version', 'max_visits', 'created_at'])
        .executeTakeFirstOrThrow(),

    /**
     * Groups whose visit day fell in [from, to): how many, their members summed (人次) and how many visit for two units
     * or more; only groups holding a task of `unitId` (its assignee) or at `townshipId`'s enterprises, of `campaignId`.
     */
    figures: async (filter: {
      from: Date;
      to: Date;
      regulatorId: number | null;
      townshipId: number | null;
      campaignId: number | null;
    }) => {
      const holds = (cond: ReturnType<typeof sql>) =>
        sql`exists (select 1 from inspection_group_task gt join task t on t.id = gt.task_id join enterprise e on e.id = t.enterprise_id where gt.group_id = g.id and ${cond})`;
      const conditions = [
        sql`g.visit_date >= ${filter.from}`,
        sql`g.visit_date < ${filter.to}`,
        ...(filter.regulatorId !== null ? [holds(sql`t.assignee_org_id = ${filter.regulatorId}`)] : []),
        ...(filter.townshipId !== null ? [holds(sql`e.township_id = ${filter.townshipId}`)] : []),
        ...(filter.campaignId !== null ? [holds(sql`t.campaign_id = ${filter.campaignId}`)] : []),
      ];
      const result = await sql<{ groups: number; inspectors: number; joint: number }>`
        select
          count(*)::int as groups,
          coalesce(sum((select count(*) from inspection_group_member m where m.group_id = g.id)), 0)::int as inspectors,
          count(*) filter (where (select count(distinct t.assignee_org_id) from inspection_group_task gt
            join task t on t.id = gt.task_id where gt.group_id = g.id) >= 2)::int as joint
        from inspection_group g
        where ${sql.join(conditions, sql` and `)}`.execute(db);
      const row = result.rows[0];
      return { groups: row?.groups ?? 0, inspectors: row?.inspectors ?? 0, joint: row?.joint ?? 0 };
    },
  };
}

export type InspectionGroupRepository = ReturnType<typeof createInspectionGroupRepository>;
export type InspectionGroupRow = Awaited<ReturnType<InspectionGroupRepository['getByIds']>>[number];
