// 重新计算在办期限: the broadcasts of a changed calendar and their counts; and the running subjects they reach (open
// tasks, hazards not closed), a page at a time by id.
import type { Kysely } from 'kysely';
import type { DB } from '../schema';

const columns = ['id', 'status', 'requested_by', 'tasks', 'hazards', 'moved', 'started_at', 'finished_at'] as const;

export type DeadlineRecomputeRow = Awaited<
  ReturnType<ReturnType<typeof createDeadlineRecomputeRepository>['latest']>
>[number];

export function createDeadlineRecomputeRepository(db: Kysely<DB>) {
  return {
    /** A new broadcast; fails on the unique index while another runs. */
    start: (requestedBy: number) =>
      db
        .insertInto('deadline_recompute')
        .values({ requested_by: requestedBy })
        .returning(columns)
        .executeTakeFirstOrThrow(),

    running: () =>
      db.selectFrom('deadline_recompute').select(columns).where('status', '=', 'RUNNING').executeTakeFirst(),

    latest: (limit: number) =>
      db.selectFrom('deadline_recompute').select(columns).orderBy('id', 'desc').limit(limit).execute(),

    /** Adds a page's counts. */
    count: (id: number, page: { tasks: number; hazards: number; moved: number }) =>
      db
        .updateTable('deadline_recompute')
        .set((eb) => ({
          tasks: eb('tasks', '+', page.tasks),
          hazards: eb('hazards', '+', page.hazards),
          moved: eb('moved', '+', page.moved),
        }))
        .where('id', '=', id)
        .execute(),

    finish: (id: number, at: Date) =>
      db
        .updateTable('deadline_recompute')
        .set({ status: 'DONE', finished_at: at })
        .where('id', '=', id)
        .where('status', '=', 'RUNNING')
        .returning(columns)
        .executeTakeFirst(),

    /** A page of the ids of open tasks, or of hazards not closed, after `afterId`. */
    openSubjects: async (kind: 'task' | 'hazard', afterId: number, limit: number): Promise<number[]> =>
      (kind === 'task'
        ? await db
            .selectFrom('task')
            .select('id')
            .where('status', '=', 'OPEN')
            .where('id', '>', afterId)
            .orderBy('id')
            .limit(limit)
            .execute()
        : await db
            .selectFrom('hazard')
            .select('id')
            .where('status', '!=', 'CLOSED')
            .where('id', '>', afterId)
            .orderBy('id')
            .limit(limit)
            .execute()
      ).map((row) => row.id),
  };
}
