// 回头看 (migration 0025): the rule, the monthly draws, their items and VERIFY tasks, the outcomes, and the
// false-rectification figures per closing unit.
import { sql, type Kysely } from 'kysely';
import type { LookBackOutcome, LookBackRule } from '../../domain/look-back';
import type { DB } from '../schema';
import { countOf, type Page } from './queries';
import type { RowScope } from './scope';

/** A look-back item is seen by the county, by the unit checking it and by the unit that closed it. */
const itemInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`false`
      : sql<boolean>`(look_back_item.assignee_org_id = ${scope.orgUnitId} or look_back_item.closing_org_id = ${scope.orgUnitId})`;

/** A hazard closed in the month, with the unit whose verification closed it (its regulator when no one is on record). */
export interface ClosedHazard {
  id: number;
  enterprise_id: number;
  township_id: number;
  regulator_id: number;
  closing_org_id: number;
}

export function createLookBackRepository(db: Kysely<DB>) {
  return {
    /** The rule in force: the highest version. */
    async currentRule(): Promise<LookBackRule & { version: number }> {
      const row = await db
        .selectFrom('look_back_rule')
        .select(['version', 'ratio', 'verify_days'])
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      return { version: row.version, ratio: Number(row.ratio), verifyDays: row.verify_days };
    },

    /** A new version of the rule. */
    insertRule: (rule: LookBackRule, by: number) =>
      db
        .insertInto('look_back_rule')
        .values({ ratio: rule.ratio, verify_days: rule.verifyDays, created_by: by })
        .returning(['version', 'created_at'])
        .executeTakeFirstOrThrow(),

    byPeriod: (periodStart: Date) =>
      db.selectFrom('look_back').selectAll().where('period_start', '=', periodStart).executeTakeFirst(),

    byId: (id: number) => db.selectFrom('look_back').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The hazards closed (and still closed) in [start, end), of enterprises not 注销, ascending ids. */
    closedIn: (start: Date, end: Date): Promise<ClosedHazard[]> =>
      db
        .selectFrom('hazard')
        .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
        .select([
          'hazard.id',
          'hazard.enterprise_id',
          'hazard.township_id',
          'hazard.regulator_id',
          sql<number>`coalesce((
            select u.org_unit_id from hazard_event e join app_user u on u.id = e.actor_id
            where e.hazard_id = hazard.id and e.kind = 'VERIFICATION_PASSED' and u.org_unit_id is not null
            order by e.at desc, e.id desc limit 1), hazard.regulator_id)`.as('closing_org_id'),
        ])
        .where('hazard.status', '=', 'CLOSED')
        .where('hazard.closed_at', '>=', start)
        .where('hazard.closed_at', '<', end)
        .where('enterprise.status', '!=', 'CLOSED')
        .orderBy('hazard.id')
        .execute(),

    /** The draw of a month, once: a second call for the same month returns the first (`created` false). */
    async insertDraw(input: {
      periodStart: Date;
      periodEnd: Date;
      rule: LookBackRule & { version: number };
      seed: number;
      population: number;
      drawn: number;
      at: Date;
      requestedBy: number | null;
    }) {
      const inserted = await db
        .insertInto('look_back')
        .values({
          period_start: input.periodStart,
          period_end: input.periodEnd,
          rule_version: input.rule.version,
          ratio: input.rule.ratio,
          seed: input.seed,
          population: input.population,
          drawn: input.drawn,
          drawn_at: input.at,
          requested_by: input.requestedBy,
        })
        .onConflict((oc) => oc.column('period_start').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, created: true };
      const existing = await db
        .selectFrom('look_back')
        .select('id')
        .where('period_start', '=', input.periodStart)
        .executeTakeFirstOrThrow();
      return { id: existing.id, created: false };
    },

    /** The drawn hazards' items and their VERIFY tasks, in one statement each. */
    async insertItems(
      lookBackId: number,
      items: readonly (ClosedHazard & { assignee_org_id: number })[],
      dueAt: Date,
    ): Promise<{ taskId: number; dueAt: Date }[]> {
      if (items.length === 0) return [];
      const rows = await db
        .insertInto('look_back_item')
        .values(
          items.map((item) => ({
            look_back_id: lookBackId,
            hazard_id: item.id,
            closing_org_id: item.closing_org_id,
            assignee_org_id: item.assignee_org_id,
          })),
        )
        .returning(['id', 'hazard_id', 'assignee_org_id'])
        .execute();
      const enterpriseOf = new Map(items.map((item) => [item.id, item]));
      const tasks = await db
        .insertInto('task')
        .values(
          rows.map((row) => {
            const item = enterpriseOf.get(row.hazard_id);
            if (!item) throw new Error(`look-back item for an undrawn hazard ${row.hazard_id}`);
            return {
              campaign_id: null,
              look_back_item_id: row.id,
              enterprise_id: item.enterprise_id,
              kind: 'VERIFY' as const,
              topic: row.assignee_org_id === item.township_id ? ('LOCAL' as const) : ('INDUSTRY' as const),
              assignee_org_id: row.assignee_org_id,
              due_at: dueAt,
            };
          }),
        )
        .returning(['id', 'due_at'])
        .execute();
      return tasks.map((t) => ({ taskId: t.id, dueAt: t.due_at }));
    },

    /** The VERIFY tasks of a draw (a rerun of the workflow starts them again: the start is idempotent). */
    tasksOf: (lookBackId: number) =>
      db
        .selectFrom('task')
        .innerJoin('look_back_item', 'look_back_item.id', 'task.look_back_item_id')
        .select(['task.id as taskId', 'task.due_at as dueAt'])
        .where('look_back_item.look_back_id', '=', lookBackId)
        .orderBy('task.id')
        .execute(),

    /** Newest month first, with the outcomes counted. */
    list: (page: Page) =>
      db
        .selectFrom('look_back')
        .selectAll('look_back')
        .select((eb) => [
          eb
            .selectFrom('look_back_item')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('look_back_item.look_back_id', '=', 'look_back.id')
            .where('look_back_item.outcome', 'is not', null)
            .as('judged'),
          eb
            .selectFrom('look_back_item')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('look_back_item.look_back_id', '=', 'look_back.id')
            .where('look_back_item.outcome', '=', 'NOT_RECTIFIED')
            .as('not_rectified'),
        ])
        .orderBy('look_back.period_start', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: () => countOf(db.selectFrom('look_back')),

    /** A draw's items within the viewer's scope, with what the checking unit needs to know of the hazard. */
    items: (lookBackId: number, scope: RowScope) =>
      db
        .selectFrom('look_back_item')
        .innerJoin('hazard', 'hazard.id', 'look_back_item.hazard_id')
        .innerJoin('enterprise', 'enterprise.id', 'hazard.enterprise_id')
        .leftJoin('task', 'task.look_back_item_id', 'look_back_item.id')
        .selectAll('look_back_item')
        .select([
          'task.id as task_id',
          'task.status as task_status',
          'task.due_at as task_due_at',
          'enterprise.name as enterprise_name',
        ])
        .where('look_back_item.look_back_id', '=', lookBackId)
        .where(itemInScope(scope))
        .orderBy('look_back_item.id')
        .execute(),

    itemById: (id: number) => db.selectFrom('look_back_item').selectAll().where('id', '=', id).executeTakeFirst(),

    /** The item behind a task, with its hazard's facts (read for whoever may see the task). */
    itemOfTask: (taskId: number) =>
      db
        .selectFrom('task')
        .innerJoin('look_back_item', 'look_back_item.id', 'task.look_back_item_id')
        .innerJoin('look_back', 'look_back.id', 'look_back_item.look_back_id')
        .innerJoin('hazard', 'hazard.id', 'look_back_item.hazard_id')
        .selectAll('look_back_item')
        .select([
          'task.id as task_id',
          'look_back.period_start',
          'hazard.level',
          'hazard.status as hazard_status',
          'hazard.description',
          'hazard.location',
          'hazard.rectification_measures',
          'hazard.closed_at',
          'hazard.found_at',
        ])
        .where('task.id', '=', taskId)
        .executeTakeFirst(),

    /** The latest look-back check of a hazard with its task's status (open first), if it was ever drawn. */
    latestCheckOf: (hazardId: number) =>
      db
        .selectFrom('look_back_item')
        .innerJoin('task', 'task.look_back_item_id', 'look_back_item.id')
        .select([
          'look_back_item.id',
          'look_back_item.assignee_org_id',
          'task.id as task_id',
          'task.status as task_status',
        ])
        .where('look_back_item.hazard_id', '=', hazardId)
        .orderBy(sql`task.status = 'OPEN'`, 'desc')
        .orderBy('look_back_item.id', 'desc')
        .limit(1)
        .executeTakeFirst(),

    /** The outcome, once: an item already judged is left as it is (false when nothing changed). */
    async judge(input: {
      itemId: number;
      outcome: LookBackOutcome;
      by: number | null;
      reason: string | null;
      at: Date;
    }): Promise<boolean> {
      const result = await db
        .updateTable('look_back_item')
        .set({ outcome: input.outcome, judged_by: input.by, judged_at: input.at, reason: input.reason })
        .where('id', '=', input.itemId)
        .where('outcome', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * 虚假整改 per closing unit over the draws of [from, to): drawn, judged, found not rectified. Units with nothing
     * drawn are absent.
     */
    figuresByUnit: (from: Date, to: Date) =>
      db
        .selectFrom('look_back_item')
        .innerJoin('look_back', 'look_back.id', 'look_back_item.look_back_id')
        .select([
          'look_back_item.closing_org_id',
          sql<number>`count(*)::int`.as('drawn'),
          sql<number>`count(look_back_item.outcome)::int`.as('judged'),
          sql<number>`(count(*) filter (where look_back_item.outcome = 'NOT_RECTIFIED'))::int`.as('not_rectified'),
        ])
        .where('look_back.period_start', '>=', from)
        .where('look_back.period_start', '<', to)
        .groupBy('look_back_item.closing_org_id')
        .orderBy('look_back_item.closing_org_id')
        .execute(),
  };
}

export type LookBackRepository = ReturnType<typeof createLookBackRepository>;
