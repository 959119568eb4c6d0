// 监管分工: the county's division of supervision (industry → lead department or 属地, topic → department) and each
// enterprise's co-supervisors. A change of the division moves the register's enterprises with it; open tasks and
// hazards stay with the unit that has them.
import { sql, type Kysely } from 'kysely';
import type { CoSupervisionTopic, Industry } from '../../domain/types';
import type { DB } from '../schema';
import { whenAny } from './queries';

export function createSupervisionRepository(db: Kysely<DB>) {
  return {
    /** Every industry's row with how many enterprises of it the register holds. */
    industries: () =>
      db
        .selectFrom('industry_regulator as m')
        .select([
          'm.industry',
          'm.regulator_id',
          'm.updated_at',
          (eb) =>
            eb
              .selectFrom('enterprise')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('enterprise.industry', '=', 'm.industry')
              .as('enterprises'),
        ])
        .execute(),

    /** Every co-supervision topic's department with how many enterprises answer to it. */
    topics: () =>
      db
        .selectFrom('topic_regulator as m')
        .select([
          'm.topic',
          'm.regulator_id',
          'm.updated_at',
          (eb) =>
            eb
              .selectFrom('enterprise_co_supervisor as c')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('c.topic', '=', 'm.topic')
              .as('enterprises'),
        ])
        .execute(),

    /** The division of the industries as a lookup: an industry absent from it has no department yet. */
    industryLookup: async () =>
      new Map(
        (await db.selectFrom('industry_regulator').select(['industry', 'regulator_id']).execute()).map(
          (r) => [r.industry, { regulatorId: r.regulator_id }] as const,
        ),
      ),

    industryOf: async (industry: Industry) => {
      const row = await db
        .selectFrom('industry_regulator')
        .select('regulator_id')
        .where('industry', '=', industry)
        .executeTakeFirst();
      return row ? { regulatorId: row.regulator_id } : undefined;
    },

    /** Locks and reads an industry's row: the change and the register's move are one step. */
    lockIndustry: (industry: Industry) =>
      db
        .selectFrom('industry_regulator')
        .select('regulator_id')
        .where('industry', '=', industry)
        .forUpdate()
        .executeTakeFirst(),

    lockTopic: (topic: CoSupervisionTopic) =>
      db.selectFrom('topic_regulator').select('regulator_id').where('topic', '=', topic).forUpdate().executeTakeFirst(),

    /**
     * Sets an industry's lead (a department, or null for 属地) and moves its enterprises' lead unit with it: each
     * to the department, or to its own township. Returns how many enterprises moved.
     */
    async setIndustry(industry: Industry, regulatorId: number | null, at: Date): Promise<number> {
      await db
        .insertInto('industry_regulator')
        .values({ industry, regulator_id: regulatorId, updated_at: at })
        .onConflict((oc) => oc.column('industry').doUpdateSet({ regulator_id: regulatorId, updated_at: at }))
        .execute();
      const lead = regulatorId === null ? sql<number>`township_id` : sql<number>`${regulatorId}::integer`;
      const moved = await db
        .updateTable('enterprise')
        .set({ regulator_id: lead, updated_at: at })
        .where('industry', '=', industry)
        .where(sql<boolean>`regulator_id is distinct from ${lead}`)
        .executeTakeFirst();
      return Number(moved.numUpdatedRows);
    },

    /** Sets a topic's department and moves every enterprise's co-supervisor of that topic. Returns how many moved. */
    async setTopic(topic: CoSupervisionTopic, regulatorId: number, at: Date): Promise<number> {
      await db
        .insertInto('topic_regulator')
        .values({ topic, regulator_id: regulatorId, updated_at: at })
        .onConflict((oc) => oc.column('topic').doUpdateSet({ regulator_id: regulatorId, updated_at: at }))
        .execute();
      const moved = await db
        .updateTable('enterprise_co_supervisor')
        .set({ regulator_id: regulatorId })
        .where('topic', '=', topic)
        .where('regulator_id', '!=', regulatorId)
        .executeTakeFirst();
      return Number(moved.numUpdatedRows);
    },

    /** The departments of these topics, by topic; a topic without one is absent. */
    topicDepartments: async (topics: readonly CoSupervisionTopic[]) =>
      new Map(
        (
          await whenAny(topics, () =>
            db.selectFrom('topic_regulator').select(['topic', 'regulator_id']).where('topic', 'in', topics).execute(),
          )
        ).map((r) => [r.topic, r.regulator_id] as const),
      ),

    /** The co-supervisors of these enterprises, in enterprise and topic order. */
    coSupervisorsOf: (enterpriseIds: readonly number[]) =>
      whenAny(enterpriseIds, () =>
        db
          .selectFrom('enterprise_co_supervisor')
          .select(['enterprise_id', 'topic', 'regulator_id'])
          .where('enterprise_id', 'in', enterpriseIds)
          .orderBy('enterprise_id')
          .orderBy('topic')
          .execute(),
      ),

    /** Makes an enterprise answer to exactly these topics' departments (the departments from topic_regulator). */
    async replaceCoSupervisors(enterpriseId: number, topics: readonly CoSupervisionTopic[]): Promise<void> {
      let removal = db.deleteFrom('enterprise_co_supervisor').where('enterprise_id', '=', enterpriseId);
      if (topics.length > 0) removal = removal.where('topic', 'not in', topics);
      await removal.execute();
      if (topics.length === 0) return;
      await db
        .insertInto('enterprise_co_supervisor')
        .columns(['enterprise_id', 'topic', 'regulator_id'])
        .expression((eb) =>
          eb
            .selectFrom('topic_regulator')
            .select([eb.val(enterpriseId).as('enterprise_id'), 'topic', 'regulator_id'])
            .where('topic', 'in', topics),
        )
        .onConflict((oc) => oc.columns(['enterprise_id', 'topic']).doNothing())
        .execute();
    },
  };
}

export type SupervisionRepository = ReturnType<typeof createSupervisionRepository>;
