// Self-checks (企业自查): written once per SELF_CHECK task by its workflow's step, with the enterprise's answer to each
// checklist item; read scoped like the task they did, also by the inspector who visits the enterprise next.
import type { Insertable, Kysely } from 'kysely';
import type { DB, SelfCheckAnswerTable, SelfCheckTable } from '../schema';
import { taskInScope, type RowScope } from './scope';
import { whenAny } from './queries';

export const selfCheckColumns = [
  'self_check.id',
  'self_check.task_id',
  'self_check.campaign_id',
  'self_check.enterprise_id',
  'self_check.submitted_by',
  'self_check.submitted_at',
  'self_check.notes',
] as const;

export function createSelfCheckRepository(db: Kysely<DB>) {
  /** A self-check is seen by whoever sees the task it did. */
  const visible = (scope: RowScope) =>
    db
      .selectFrom('self_check')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('task')
            .select('task.id')
            .whereRef('task.id', '=', 'self_check.task_id')
            .where(taskInScope(scope)),
        ),
      );

  return {
    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () => visible(scope).select(selfCheckColumns).where('self_check.id', 'in', ids).execute()),

    /**
     * The self-check beside each task: a SELF_CHECK task's own, and for an inspection task the one its enterprise
     * submitted in the same campaign (the inspector reads it before the visit). Keyed by the task asked for.
     */
    besideTasks: (scope: RowScope, taskIds: readonly number[]) =>
      whenAny(taskIds, () =>
        visible(scope)
          .innerJoin('task as asked', (join) =>
            join
              .onRef('asked.campaign_id', '=', 'self_check.campaign_id')
              .onRef('asked.enterprise_id', '=', 'self_check.enterprise_id'),
          )
          .select([...selfCheckColumns, 'asked.id as asked_task_id'])
          .where('asked.id', 'in', taskIds)
          .execute(),
      ),

    answersBySelfCheckIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('self_check_answer')
          .innerJoin('checklist_item', 'checklist_item.id', 'self_check_answer.checklist_item_id')
          .select([
            'self_check_answer.self_check_id',
            'self_check_answer.checklist_item_id',
            'self_check_answer.answer',
            'self_check_answer.note',
          ])
          .where('self_check_answer.self_check_id', 'in', ids)
          .orderBy('checklist_item.position')
          .execute(),
      ),

    /** The self-check recorded for a task, if any (one per task). */
    recordedFor: (taskId: number) =>
      db.selectFrom('self_check').select(['id', 'idempotency_key']).where('task_id', '=', taskId).executeTakeFirst(),

    getByIdempotencyKey: (scope: RowScope, key: string) =>
      visible(scope).select(selfCheckColumns).where('self_check.idempotency_key', '=', key).executeTakeFirst(),

    /** The self-check and its answers, written together by the step that records it. */
    async insert(
      row: Insertable<SelfCheckTable>,
      answers: readonly Omit<Insertable<SelfCheckAnswerTable>, 'self_check_id'>[],
    ) {
      const inserted = await db.insertInto('self_check').values(row).returning('id').executeTakeFirstOrThrow();
      if (answers.length > 0)
        await db
          .insertInto('self_check_answer')
          .values(answers.map((a) => ({ ...a, self_check_id: inserted.id })))
          .execute();
      return inserted.id;
    },
  };
}

export type SelfCheckRow = Awaited<ReturnType<ReturnType<typeof createSelfCheckRepository>['getByIds']>>[number];
export type SelfCheckAnswerRow = Awaited<
  ReturnType<ReturnType<typeof createSelfCheckRepository>['answersBySelfCheckIds']>
>[number];
