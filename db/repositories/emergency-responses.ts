// 应急响应 (migration 0031): responses, their level changes, the chain's acknowledgements per level period (written for
// every link in scope in one statement, with their notices and outbox rows in a second), the rungs of what is missing,
// the townships' situation reports and missed periods, the live board, and the facts of the summary.
import { sql, type Kysely } from 'kysely';
import type { ResponseKind, ResponseLevel, ResponsePolicy } from '../../domain/emergency-response';
import type { DB } from '../schema';
import { countOf, whenAny } from './queries';
import type { RowScope } from './scope';

export const responseColumns = [
  'emergency_response.id',
  'emergency_response.kind',
  'emergency_response.level',
  'emergency_response.status',
  'emergency_response.township_ids',
  'emergency_response.reason',
  'emergency_response.instructions',
  'emergency_response.policy',
  'emergency_response.epoch',
  'emergency_response.epoch_started_at',
  'emergency_response.activated_by',
  'emergency_response.activated_at',
  'emergency_response.ended_at',
  'emergency_response.end_reason',
  'emergency_response.summary',
  'emergency_response.workflow_id',
] as const;

/** A response is seen by the county, by a township in its scope, and by anyone it reaches (a link's person). */
const responseInScope = (scope: RowScope, userId: number | null) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'township'
      ? sql<boolean>`(${scope.orgUnitId} = any(emergency_response.township_ids) or exists (
          select 1 from duty_acknowledgement k join duty_assignment a on a.id = k.assignment_id
          where k.response_id = emergency_response.id and a.user_id = ${userId}))`
      : sql<boolean>`exists (
          select 1 from duty_acknowledgement k join duty_assignment a on a.id = k.assignment_id
          where k.response_id = emergency_response.id and a.user_id = ${userId})`;

/** The text of a link's notice around its target's name, and the link for one without an account. */
export interface PostNoticeParts {
  kind: string;
  title: string;
  before: string;
  after: string;
  /** The scheme and host a text message's link starts with (config PUBLIC_URL), or '' for the path alone. */
  linkPrefix: string;
}

export function createEmergencyResponseRepository(db: Kysely<DB>) {
  return {
    async currentPolicy(): Promise<{ version: number; policy: ResponsePolicy }> {
      const row = await db
        .selectFrom('response_policy')
        .select(['version', 'policy'])
        .orderBy('version', 'desc')
        .executeTakeFirstOrThrow();
      return row;
    },

    insert: (row: {
      kind: ResponseKind;
      level: ResponseLevel;
      township_ids: number[];
      reason: string;
      instructions: string | null;
      policy: ResponsePolicy;
      policy_version: number;
      activated_by: number;
      activated_at: Date;
      idempotency_key: string | null;
      workflow_id: string;
    }) =>
      db
        .insertInto('emergency_response')
        .values({ ...row, policy: JSON.stringify(row.policy), epoch_started_at: row.activated_at })
        .returning('id')
        .executeTakeFirstOrThrow(),

    setWorkflowId: (id: number, workflowId: string) =>
      db.updateTable('emergency_response').set({ workflow_id: workflowId }).where('id', '=', id).execute(),

    byIdempotencyKey: (activatedBy: number, key: string) =>
      db
        .selectFrom('emergency_response')
        .select(responseColumns)
        .where('activated_by', '=', activatedBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    getById: (id: number) =>
      db.selectFrom('emergency_response').select(responseColumns).where('id', '=', id).executeTakeFirst(),

    getByIds: (scope: RowScope, userId: number | null, ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('emergency_response')
          .select(responseColumns)
          .where('emergency_response.id', 'in', ids)
          .where(responseInScope(scope, userId))
          .execute(),
      ),

    list: (scope: RowScope, userId: number | null, page: { limit: number; offset: number }) =>
      db
        .selectFrom('emergency_response')
        .select(responseColumns)
        .where(responseInScope(scope, userId))
        .orderBy(sql`status = 'ACTIVE'`, 'desc')
        .orderBy('activated_at', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, userId: number | null) =>
      countOf(db.selectFrom('emergency_response').where(responseInScope(scope, userId))),

    /** The response row locked for a level change or its end. */
    lock: (id: number) =>
      db.selectFrom('emergency_response').select(responseColumns).where('id', '=', id).forUpdate().executeTakeFirst(),

    recordLevelChange: async (change: {
      responseId: number;
      epoch: number;
      from: ResponseLevel;
      to: ResponseLevel;
      reason: string;
      changedBy: number;
      at: Date;
    }) => {
      await db
        .insertInto('response_level_change')
        .values({
          response_id: change.responseId,
          epoch: change.epoch,
          from_level: change.from,
          to_level: change.to,
          reason: change.reason,
          changed_by: change.changedBy,
          changed_at: change.at,
        })
        .execute();
      await db
        .updateTable('emergency_response')
        .set({ level: change.to, epoch: change.epoch, epoch_started_at: change.at })
        .where('id', '=', change.responseId)
        .execute();
    },

    levelChanges: (responseId: number) =>
      db
        .selectFrom('response_level_change')
        .select(['epoch', 'from_level', 'to_level', 'reason', 'changed_by', 'changed_at'])
        .where('response_id', '=', responseId)
        .orderBy('epoch')
        .execute(),

    recordEnd: (end: { responseId: number; endedBy: number; at: Date; reason: string; summary: string }) =>
      db
        .updateTable('emergency_response')
        .set({
          status: 'ENDED',
          ended_by: end.endedBy,
          ended_at: end.at,
          end_reason: end.reason,
          summary: end.summary,
        })
        .where('id', '=', end.responseId)
        .where('status', '=', 'ACTIVE')
        .executeTakeFirst(),

    /**
     * Every active link of the townships in scope gets its acknowledgement row for the epoch (one statement), then
     * its notice and outbox rows (a second): a retried call writes nothing twice. Returns the links notified.
     */
    async notifyEpoch(input: {
      responseId: number;
      epoch: number;
      at: Date;
      dueAt: Date;
      notice: PostNoticeParts;
    }): Promise<number> {
      await sql`
        insert into duty_acknowledgement (response_id, epoch, assignment_id, township_id, notified_at, due_at, token)
        select r.id, ${input.epoch}, a.id, a.township_id, ${input.at}, ${input.dueAt},
               replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
        from emergency_response r
        join duty_assignment a on a.township_id = any(r.township_ids) and a.active
        where r.id = ${input.responseId}
        on conflict (response_id, epoch, assignment_id) do nothing`.execute(db);
      await sql`
        with sent as (
          insert into notification (user_id, phone, kind, subject_type, subject_id, title, body, dedupe_key, created_at)
          select a.user_id, a.phone, ${input.notice.kind}, 'DutyAcknowledgement', k.id, ${input.notice.title},
                 ${input.notice.before} || a.target_name || ${input.notice.after}
                   || case when a.user_id is null then '确认链接：' || ${input.notice.linkPrefix} || '/duty/' || k.token else '' end,
                 'duty-ack-' || k.id, ${input.at}
          from duty_acknowledgement k join duty_assignment a on a.id = k.assignment_id
          where k.response_id = ${input.responseId} and k.epoch = ${input.epoch}
          on conflict (dedupe_key) do nothing
          returning id)
        insert into notification_delivery (notification_id, channel, next_attempt_at)
        select sent.id, c.channel, now() from sent cross join notification_channel c`.execute(db);
      return countOf(
        db
          .selectFrom('duty_acknowledgement')
          .where('response_id', '=', input.responseId)
          .where('epoch', '=', input.epoch),
      );
    },

    /**
     * The links of an epoch still not at post: each one's link above is told (a county leader's own, the county
     * office), once. Returns how many were raised.
     */
    async escalateUp(input: { responseId: number; epoch: number; at: Date; officeId: number }): Promise<number> {
      const missing = sql`k.response_id = ${input.responseId} and k.epoch = ${input.epoch}
        and k.acknowledged_at is null and k.escalated_up_at is null`;
      const body = sql`a.person_name || '（包保' || a.target_name || '）未在规定时限内确认到岗到位，请立即联系督促。'`;
      await sql`
        with sent as (
          insert into notification (org_unit_id, user_id, phone, kind, subject_type, subject_id, title, body, dedupe_key, created_at)
          select case when p.id is null then ${input.officeId}::int end, p.user_id, p.phone, 'DUTY_POST_MISSED',
                 'DutyAcknowledgement', k.id, '包保责任人未确认到岗', ${body}, 'duty-ack-' || k.id || ':up', ${input.at}
          from duty_acknowledgement k
          join duty_assignment a on a.id = k.assignment_id
          left join duty_assignment p on p.id = a.parent_id
          where ${missing}
          on conflict (dedupe_key) do nothing
          returning id)
        insert into notification_delivery (notification_id, channel, next_attempt_at)
        select sent.id, c.channel, now() from sent cross join notification_channel c`.execute(db);
      const raised = await sql<{ id: number }>`
        update duty_acknowledgement k set escalated_up_at = ${input.at} where ${missing} returning k.id`.execute(db);
      return raised.rows.length;
    },

    /** The links of an epoch still not at post one window after the deadline: one notice to the county office. */
    async escalateToOffice(input: {
      responseId: number;
      epoch: number;
      at: Date;
      officeId: number;
      title: string;
      body: (names: string[], total: number) => string;
    }): Promise<number> {
      const rows = await db
        .updateTable('duty_acknowledgement')
        .set({ escalated_office_at: input.at })
        .where('response_id', '=', input.responseId)
        .where('epoch', '=', input.epoch)
        .where('acknowledged_at', 'is', null)
        .where('escalated_office_at', 'is', null)
        .returning('assignment_id')
        .execute();
      if (rows.length === 0) return 0;
      const names = await db
        .selectFrom('duty_assignment')
        .innerJoin('org_unit', 'org_unit.id', 'duty_assignment.township_id')
        .select(sql<string>`org_unit.name || duty_assignment.person_name`.as('name'))
        .where(
          'duty_assignment.id',
          'in',
          rows.slice(0, 20).map((r) => r.assignment_id),
        )
        .orderBy('duty_assignment.id')
        .execute();
      await sql`
        with sent as (
          insert into notification (org_unit_id, kind, subject_type, subject_id, title, body, dedupe_key, created_at)
          values (${input.officeId}, 'DUTY_POST_MISSED', 'EmergencyResponse', ${input.responseId}, ${input.title},
                  ${input.body(
                    names.map((n) => n.name),
                    rows.length,
                  )}, ${`response-${input.responseId}:e${input.epoch}:office`}, ${input.at})
          on conflict (dedupe_key) do nothing
          returning id)
        insert into notification_delivery (notification_id, channel, next_attempt_at)
        select sent.id, c.channel, now() from sent cross join notification_channel c`.execute(db);
      return rows.length;
    },

    /** The acknowledgement of the response's current epoch for this link, with what the checks need. */
    currentAcknowledgement: (responseId: number, assignmentId: number) =>
      db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('emergency_response as r', (join) =>
          join.onRef('r.id', '=', 'k.response_id').onRef('r.epoch', '=', 'k.epoch'),
        )
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .select(['k.id', 'k.response_id', 'k.assignment_id', 'k.acknowledged_at', 'k.due_at', 'a.user_id', 'r.status'])
        .where('k.response_id', '=', responseId)
        .where('k.assignment_id', '=', assignmentId)
        .executeTakeFirst(),

    /** The same by the token of a text message's link: the current epoch only. */
    acknowledgementByToken: (token: string) =>
      db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('emergency_response as r', (join) =>
          join.onRef('r.id', '=', 'k.response_id').onRef('r.epoch', '=', 'k.epoch'),
        )
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .innerJoin('org_unit as t', 't.id', 'k.township_id')
        .select([
          'k.id',
          'k.response_id',
          'k.assignment_id',
          'k.acknowledged_at',
          'k.due_at',
          'a.user_id',
          'a.person_name',
          'a.target_name',
          't.name as township_name',
          'r.status',
          'r.kind',
          'r.level',
          'r.instructions',
        ])
        .where('k.token', '=', token)
        .executeTakeFirst(),

    acknowledge: (ackId: number, by: number | null, at: Date) =>
      db
        .updateTable('duty_acknowledgement')
        .set({ acknowledged_at: at, acknowledged_by: by })
        .where('id', '=', ackId)
        .where('acknowledged_at', 'is', null)
        .returning(['id', 'acknowledged_at'])
        .executeTakeFirst(),

    acknowledgementById: (ackId: number) =>
      db
        .selectFrom('duty_acknowledgement')
        .select(['id', 'response_id', 'epoch', 'assignment_id', 'due_at', 'notified_at', 'acknowledged_at'])
        .where('id', '=', ackId)
        .executeTakeFirstOrThrow(),

    /** The townships where this person's links were asked in a response. */
    townshipsOfPerson: async (responseId: number, userId: number) =>
      (
        await db
          .selectFrom('duty_acknowledgement as k')
          .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
          .select('k.township_id')
          .distinct()
          .where('k.response_id', '=', responseId)
          .where('a.user_id', '=', userId)
          .execute()
      ).map((r) => r.township_id),

    /** What a person has to acknowledge now: their links' open acknowledgements in active responses. */
    openAcknowledgementsOf: (userId: number) =>
      db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('emergency_response as r', (join) =>
          join.onRef('r.id', '=', 'k.response_id').onRef('r.epoch', '=', 'k.epoch'),
        )
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .select(['k.id', 'k.response_id', 'k.assignment_id', 'k.due_at', 'k.acknowledged_at', 'a.target_name'])
        .where('a.user_id', '=', userId)
        .where('r.status', '=', 'ACTIVE')
        .orderBy('k.due_at')
        .execute(),

    /** Per township of the current epoch: links, acknowledged, overdue; with the latest report. */
    board: (responseId: number, epoch: number, now: Date, townshipIds: readonly number[]) =>
      whenAny(townshipIds, () =>
        db
          .selectFrom('org_unit as t')
          .select((eb) => [
            't.id as township_id',
            't.name as township_name',
            eb
              .selectFrom('duty_acknowledgement as k')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('k.township_id', '=', 't.id')
              .where('k.response_id', '=', responseId)
              .where('k.epoch', '=', epoch)
              .as('links'),
            eb
              .selectFrom('duty_acknowledgement as k')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('k.township_id', '=', 't.id')
              .where('k.response_id', '=', responseId)
              .where('k.epoch', '=', epoch)
              .where('k.acknowledged_at', 'is not', null)
              .as('acknowledged'),
            eb
              .selectFrom('duty_acknowledgement as k')
              .select(sql<number>`count(*)::int`.as('n'))
              .whereRef('k.township_id', '=', 't.id')
              .where('k.response_id', '=', responseId)
              .where('k.epoch', '=', epoch)
              .where('k.acknowledged_at', 'is', null)
              .where('k.due_at', '<', now)
              .as('overdue'),
          ])
          .where('t.id', 'in', townshipIds)
          .orderBy('t.id')
          .execute(),
      ),

    /** The links of the current epoch late or still missing, by township, with who and what (at most 200). */
    lateLinks: (responseId: number, epoch: number, now: Date) =>
      db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .select([
          'k.id',
          'k.township_id',
          'k.assignment_id',
          'k.due_at',
          'k.acknowledged_at',
          'k.escalated_up_at',
          'a.person_name',
          'a.target_name',
          'a.tier',
        ])
        .where('k.response_id', '=', responseId)
        .where('k.epoch', '=', epoch)
        .where((eb) =>
          eb.or([
            eb.and([eb('k.acknowledged_at', 'is', null), eb('k.due_at', '<', now)]),
            eb('k.acknowledged_at', '>', eb.ref('k.due_at')),
          ]),
        )
        .orderBy('k.township_id')
        .orderBy('k.id')
        .limit(200)
        .execute(),

    insertReport: (row: {
      response_id: number;
      township_id: number;
      period_due_at: Date;
      rainfall_mm: number | null;
      people_moved: number;
      dangers_found: number;
      losses: string | null;
      text: string;
      submitted_by: number;
      submitted_at: Date;
      idempotency_key: string | null;
    }) =>
      db
        .insertInto('situation_report')
        .values(row)
        .onConflict((oc) => oc.columns(['submitted_by', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst(),

    reportByKey: (submittedBy: number, key: string) =>
      db
        .selectFrom('situation_report')
        .selectAll()
        .where('submitted_by', '=', submittedBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    reports: (responseId: number, townshipIds: readonly number[] | null) => {
      let query = db
        .selectFrom('situation_report')
        .selectAll()
        .where('response_id', '=', responseId)
        .orderBy('submitted_at', 'desc')
        .orderBy('id', 'desc');
      if (townshipIds) query = query.where('township_id', 'in', townshipIds.length ? [...townshipIds] : [-1]);
      return query.execute();
    },

    /** The townships in scope with no report for the period due then. */
    townshipsWithoutReport: async (responseId: number, townshipIds: readonly number[], periodDueAt: Date) => {
      if (townshipIds.length === 0) return [];
      const reported = await db
        .selectFrom('situation_report')
        .select('township_id')
        .where('response_id', '=', responseId)
        .where('period_due_at', '=', periodDueAt)
        .execute();
      const done = new Set(reported.map((r) => r.township_id));
      return townshipIds.filter((id) => !done.has(id));
    },

    recordMisses: (responseId: number, townshipIds: readonly number[], periodDueAt: Date, at: Date) =>
      townshipIds.length === 0
        ? Promise.resolve([])
        : db
            .insertInto('situation_report_miss')
            .values(
              townshipIds.map((t) => ({
                response_id: responseId,
                township_id: t,
                period_due_at: periodDueAt,
                escalated_at: at,
              })),
            )
            .onConflict((oc) => oc.columns(['response_id', 'township_id', 'period_due_at']).doNothing())
            .returning('township_id')
            .execute(),

    missCount: async (responseId: number) =>
      countOf(db.selectFrom('situation_report_miss').where('response_id', '=', responseId)),

    /** The county leader's link of each township (县领导包乡镇): who a missed report goes to. */
    countyLinksOf: (townshipIds: readonly number[]) =>
      whenAny(townshipIds, () =>
        db
          .selectFrom('duty_assignment')
          .select(['id', 'township_id', 'user_id', 'phone', 'person_name'])
          .where('tier', '=', 'COUNTY')
          .where('active', '=', true)
          .where('township_id', 'in', townshipIds)
          .execute(),
      ),

    /** Every acknowledgement of the response, with who, for the summary: the last epoch's rows per link. */
    acknowledgementsForSummary: (responseId: number) =>
      db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .innerJoin('org_unit as t', 't.id', 'k.township_id')
        .select([
          'k.epoch',
          'k.due_at',
          'k.acknowledged_at',
          'a.person_name',
          'a.target_name',
          't.name as township_name',
        ])
        .where('k.response_id', '=', responseId)
        .orderBy('k.epoch')
        .orderBy('k.id')
        .execute(),

    /** Acknowledgements of the given responses in a township (the scope of a township's reads). */
    acknowledgements: (
      responseId: number,
      epoch: number,
      townshipId: number | null,
      page: { limit: number; offset: number },
    ) => {
      let query = db
        .selectFrom('duty_acknowledgement as k')
        .innerJoin('duty_assignment as a', 'a.id', 'k.assignment_id')
        .select([
          'k.id',
          'k.assignment_id',
          'k.township_id',
          'k.due_at',
          'k.notified_at',
          'k.acknowledged_at',
          'k.escalated_up_at',
          'k.escalated_office_at',
          'a.person_name',
          'a.target_name',
          'a.tier',
        ])
        .where('k.response_id', '=', responseId)
        .where('k.epoch', '=', epoch);
      if (townshipId !== null) query = query.where('k.township_id', '=', townshipId);
      return query.orderBy('k.id').limit(page.limit).offset(page.offset).execute();
    },
  };
}

export type EmergencyResponseRow = NonNullable<
  Awaited<ReturnType<ReturnType<typeof createEmergencyResponseRepository>['getById']>>
>;
