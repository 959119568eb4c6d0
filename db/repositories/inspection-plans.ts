// 年度监督检查计划 (migration 0026): the plans, the enterprises in a unit's charge with the visits the plan gives them,
// a month's tasks written in one statement (one per enterprise due that month), and each plan's progress.
import { sql, type Kysely } from 'kysely';
import type { InspectionFrequencies, InspectionPlanStatus } from '../../domain/inspection-plans';
import type { OrgUnitKind } from '../../domain/types';
import type { DB } from '../schema';
import { countOf, type Page } from './queries';
import type { RowScope } from './scope';

export interface InspectionPlanFilter {
  orgUnitId?: number | null;
  year?: number | null;
  status?: InspectionPlanStatus | null;
}

/** Visits a year of each enterprise (`e`) under the frequencies: its grade's, or the major hazard source's if more. */
const visitsSql = (f: InspectionFrequencies) =>
  sql<number>`greatest(
    case e.grade when 'POOR' then ${f.POOR}::int when 'FAIR' then ${f.FAIR}::int else ${f.GOOD}::int end,
    case when e.major_hazard_source then ${f.majorHazardSource}::int else 0 end)`;

/** The operating enterprises a unit answers for: as lead unit (行业监管 or 属地) or for a co-supervision topic. */
const inCharge = (unitId: number) => sql<boolean>`e.status = 'OPERATING' and (e.regulator_id = ${unitId}
  or exists (select 1 from enterprise_co_supervisor co where co.enterprise_id = e.id and co.regulator_id = ${unitId}))`;

const plans = (db: Kysely<DB>, filter: InspectionPlanFilter, scope: RowScope) => {
  let query = db.selectFrom('inspection_plan');
  if (scope.kind === 'regulator' || scope.kind === 'township')
    query = query.where('inspection_plan.org_unit_id', '=', scope.orgUnitId);
  if (scope.kind === 'enterprise') query = query.where(sql<boolean>`false`);
  if (filter.orgUnitId) query = query.where('inspection_plan.org_unit_id', '=', filter.orgUnitId);
  if (filter.year) query = query.where('inspection_plan.year', '=', filter.year);
  if (filter.status) query = query.where('inspection_plan.status', '=', filter.status);
  return query;
};

export function createInspectionPlanRepository(db: Kysely<DB>) {
  return {
    /** The enterprises in a unit's charge and the visits a year the frequencies give them all. */
    async charge(unitId: number, f: InspectionFrequencies): Promise<{ enterprises: number; visits: number }> {
      const row = await sql<{ enterprises: number; visits: number }>`
        select count(*)::int as enterprises, coalesce(sum(${visitsSql(f)}), 0)::int as visits
        from enterprise e where ${inCharge(unitId)}`.execute(db);
      return row.rows[0] ?? { enterprises: 0, visits: 0 };
    },

    /**
     * 涉企检查频次上限 at planning time: of the enterprises in the unit's charge, how many this cadence alone visits more
     * often than `cap` a quarter, how many other units' approved plans of the year also visit (the overlap), and how
     * many the plans together visit more often than the cap.
     */
    async budgetPreview(unitId: number, year: number, f: InspectionFrequencies, cap: number) {
      const otherVisits = sql<number>`greatest(
        case e.grade when 'POOR' then (p.frequencies->>'POOR')::int when 'FAIR' then (p.frequencies->>'FAIR')::int
          else (p.frequencies->>'GOOD')::int end,
        case when e.major_hazard_source then (p.frequencies->>'majorHazardSource')::int else 0 end)`;
      const row = await sql<{ enterprises: number; over_alone: number; overlapping: number; over_together: number }>`
        with mine as (select e.id, ${visitsSql(f)} as visits from enterprise e where ${inCharge(unitId)}),
        others as (
          select e.id, sum(${otherVisits})::int as visits
          from inspection_plan p join enterprise e on e.status = 'OPERATING' and (e.regulator_id = p.org_unit_id
            or exists (select 1 from enterprise_co_supervisor co where co.enterprise_id = e.id and co.regulator_id = p.org_unit_id))
          where p.year = ${year} and p.status = 'APPROVED' and p.org_unit_id <> ${unitId}
          group by e.id)
        select count(*)::int as enterprises,
          (count(*) filter (where ceil(m.visits / 4.0) > ${cap}))::int as over_alone,
          (count(*) filter (where o.visits > 0))::int as overlapping,
          (count(*) filter (where ceil((m.visits + coalesce(o.visits, 0)) / 4.0) > ${cap}))::int as over_together
        from mine m left join others o on o.id = m.id`.execute(db);
      const r = row.rows[0];
      return {
        enterprises: r?.enterprises ?? 0,
        overAlone: r?.over_alone ?? 0,
        overlapping: r?.overlapping ?? 0,
        overTogether: r?.over_together ?? 0,
        cap,
      };
    },

    /** A unit's plan for a year under review or in force, if any. */
    current: (unitId: number, year: number) =>
      db
        .selectFrom('inspection_plan')
        .selectAll()
        .where('org_unit_id', '=', unitId)
        .where('year', '=', year)
        .where('status', '<>', 'RETURNED')
        .executeTakeFirst(),

    byIdempotencyKey: (key: string) =>
      db.selectFrom('inspection_plan').selectAll().where('idempotency_key', '=', key).executeTakeFirst(),

    insert: (values: {
      unitId: number;
      year: number;
      frequencies: InspectionFrequencies;
      notes: string | null;
      enterprises: number;
      plannedVisits: number;
      filedBy: number;
      filedAt: Date;
      idempotencyKey: string | null;
    }) =>
      db
        .insertInto('inspection_plan')
        .values({
          org_unit_id: values.unitId,
          year: values.year,
          frequencies: JSON.stringify(values.frequencies),
          notes: values.notes,
          enterprises: values.enterprises,
          planned_visits: values.plannedVisits,
          filed_by: values.filedBy,
          filed_at: values.filedAt,
          idempotency_key: values.idempotencyKey,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),

    byId: (id: number) => db.selectFrom('inspection_plan').selectAll().where('id', '=', id).executeTakeFirst(),

    lock: (id: number) =>
      db.selectFrom('inspection_plan').selectAll().where('id', '=', id).forUpdate().executeTakeFirst(),

    inScope: (id: number, scope: RowScope) =>
      plans(db, {}, scope).selectAll('inspection_plan').where('inspection_plan.id', '=', id).executeTakeFirst(),

    /** The county office's decision; false when the plan was already reviewed. */
    async review(input: {
      id: number;
      status: 'APPROVED' | 'RETURNED';
      by: number;
      at: Date;
      comment: string | null;
    }): Promise<boolean> {
      const result = await db
        .updateTable('inspection_plan')
        .set({ status: input.status, reviewed_by: input.by, reviewed_at: input.at, review_comment: input.comment })
        .where('id', '=', input.id)
        .where('status', '=', 'SUBMITTED')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Newest year first, then by unit. */
    list: (filter: InspectionPlanFilter, scope: RowScope, page: Page) =>
      plans(db, filter, scope)
        .selectAll('inspection_plan')
        .orderBy('inspection_plan.year', 'desc')
        .orderBy('inspection_plan.org_unit_id')
        .orderBy('inspection_plan.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (filter: InspectionPlanFilter, scope: RowScope) => countOf(plans(db, filter, scope)),

    /**
     * Writes month `month`'s tasks in one statement: one INSPECT task per enterprise in the unit's charge due that month
     * (the cadence of `domain/inspection-plans.ts` `dueMonths`, as SQL), assigned to the unit, due at the month's end.
     * A task already written is left alone. Returns how many were written.
     */
    async insertMonthTasks(input: {
      planId: number;
      unitId: number;
      unitKind: OrgUnitKind;
      frequencies: InspectionFrequencies;
      firstMonth: number;
      month: number;
      dueAt: Date;
    }): Promise<number> {
      const { planId, unitId, firstMonth, month } = input;
      const leadTopic = input.unitKind === 'TOWNSHIP' ? 'LOCAL' : 'INDUSTRY';
      const result = await sql`
        insert into task (inspection_plan_id, enterprise_id, kind, topic, assignee_org_id, due_at)
        select ${planId}, v.id, 'INSPECT',
          case when v.regulator_id = ${unitId} then ${leadTopic}
            else (select co.topic from enterprise_co_supervisor co
                  where co.enterprise_id = v.id and co.regulator_id = ${unitId} order by co.topic limit 1) end,
          ${unitId}, ${input.dueAt}
        from (
          select e.id, e.regulator_id, 12 / nullif(${visitsSql(input.frequencies)}, 0) as every
          from enterprise e where ${inCharge(unitId)}
        ) v
        where v.every is not null and (
          (${month}::int >= ${firstMonth}::int and (${month}::int - ${firstMonth}::int) % v.every = v.id % v.every)
          or (${month}::int = 11 and ${firstMonth}::int + v.id % v.every > 11))
        on conflict (inspection_plan_id, enterprise_id, due_at) where inspection_plan_id is not null do nothing`.execute(
        db,
      );
      return Number(result.numAffectedRows ?? 0);
    },

    /** One page of a plan's open tasks due at `dueAt`, in id order, for starting their workflows. */
    openTasksPage: (planId: number, dueAt: Date, afterTaskId: number, limit: number) =>
      db
        .selectFrom('task')
        .select(['id', 'kind', 'due_at'])
        .where('inspection_plan_id', '=', planId)
        .where('due_at', '=', dueAt)
        .where('status', '=', 'OPEN')
        .where('id', '>', afterTaskId)
        .orderBy('id')
        .limit(limit)
        .execute(),

    /** Each plan's tasks so far: written, due by `now`, done of those due, overdue. */
    progress: (planIds: readonly number[], now: Date) =>
      planIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('task')
            .select([
              'inspection_plan_id',
              sql<number>`count(*)::int`.as('written'),
              sql<number>`(count(*) filter (where due_at <= ${now}))::int`.as('due'),
              sql<number>`(count(*) filter (where due_at <= ${now} and status = 'DONE'))::int`.as('done_of_due'),
              sql<number>`(count(*) filter (where status = 'DONE'))::int`.as('done'),
              sql<number>`(count(*) filter (where status = 'OPEN' and due_at < ${now}))::int`.as('overdue'),
            ])
            .where('inspection_plan_id', 'in', planIds)
            .groupBy('inspection_plan_id')
            .execute(),
  };
}

export type InspectionPlanRepository = ReturnType<typeof createInspectionPlanRepository>;
