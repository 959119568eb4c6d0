// 预警信息 (migration 0032): a warning, its recipients written in one statement from the register (operating
// enterprises of the townships and industries), their notices and outbox rows in a second, the acknowledgements, and
// the regulators told of those missing at the deadline.
import { sql, type Kysely } from 'kysely';
import type { WarningLevel } from '../../domain/emergency-response';
import type { Industry } from '../../domain/types';
import type { DB } from '../schema';
import { countOf, whenAny } from './queries';
import type { RowScope } from './scope';

const warningColumns = [
  'warning.id',
  'warning.title',
  'warning.content',
  'warning.level',
  'warning.township_ids',
  'warning.industries',
  'warning.issued_at',
  'warning.ack_due_at',
  'warning.escalated_at',
  'warning.workflow_id',
] as const;

/** The county reads every warning; a unit those that reached its enterprises; an enterprise those it received. */
const warningInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`exists (select 1 from warning_recipient r where r.warning_id = warning.id and r.enterprise_id = ${scope.enterpriseId})`
      : scope.kind === 'township'
        ? sql<boolean>`${scope.orgUnitId} = any(warning.township_ids)`
        : sql<boolean>`exists (select 1 from warning_recipient r where r.warning_id = warning.id and r.regulator_id = ${scope.orgUnitId})`;

/** What of its recipients a reader counts: all for the county, its own for a unit or an enterprise. */
const recipientInScope = (scope: RowScope) =>
  scope.kind === 'county'
    ? sql<boolean>`true`
    : scope.kind === 'enterprise'
      ? sql<boolean>`r.enterprise_id = ${scope.enterpriseId}`
      : scope.kind === 'township'
        ? sql<boolean>`r.township_id = ${scope.orgUnitId}`
        : sql<boolean>`r.regulator_id = ${scope.orgUnitId}`;

export function createWarningRepository(db: Kysely<DB>) {
  const withCounts = (scope: RowScope) =>
    db
      .selectFrom('warning')
      .select(warningColumns)
      .select([
        sql<number>`(select count(*)::int from warning_recipient r where r.warning_id = warning.id and ${recipientInScope(scope)})`.as(
          'recipients',
        ),
        sql<number>`(select count(*)::int from warning_recipient r where r.warning_id = warning.id and r.acknowledged_at is not null and ${recipientInScope(scope)})`.as(
          'acknowledged',
        ),
        sql<Date | null>`(select max(r.acknowledged_at) from warning_recipient r where r.warning_id = warning.id and ${recipientInScope(scope)})`.as(
          'last_acknowledged_at',
        ),
      ])
      .where(warningInScope(scope));
  return {
    byIdempotencyKey: (issuedBy: number, key: string) =>
      db
        .selectFrom('warning')
        .select('id')
        .where('issued_by', '=', issuedBy)
        .where('idempotency_key', '=', key)
        .executeTakeFirst(),

    /** The warning and its recipients (operating enterprises of the townships and industries); how many it reached. */
    async insert(row: {
      title: string;
      content: string;
      level: WarningLevel;
      township_ids: number[];
      industries: Industry[];
      issued_by: number;
      issued_at: Date;
      ack_due_at: Date;
      idempotency_key: string | null;
      workflow_id: string;
    }): Promise<{ id: number; recipients: number }> {
      const { id } = await db.insertInto('warning').values(row).returning('id').executeTakeFirstOrThrow();
      const industries = row.industries;
      const inserted = await sql<{ enterprise_id: number }>`
        insert into warning_recipient (warning_id, enterprise_id, regulator_id, township_id)
        select ${id}, e.id, e.regulator_id, e.township_id from enterprise e
        where e.status = 'OPERATING' and e.township_id = any(${row.township_ids}::int[])
          and (cardinality(${industries}::text[]) = 0 or e.industry = any(${industries}::text[]))
        returning enterprise_id`.execute(db);
      return { id, recipients: inserted.rows.length };
    },

    setWorkflowId: (id: number, workflowId: string) =>
      db.updateTable('warning').set({ workflow_id: workflowId }).where('id', '=', id).execute(),

    /** Each recipient's notice (to the enterprise's accounts, and out through the outbox), once. */
    notifyRecipients: (input: { warningId: number; title: string; body: string; at: Date }) =>
      sql`
        with sent as (
          insert into notification (enterprise_id, kind, subject_type, subject_id, title, body, dedupe_key, created_at)
          select r.enterprise_id, 'WARNING_ISSUED', 'Warning', ${input.warningId}, ${input.title}, ${input.body},
                 'warning-' || ${input.warningId} || ':e' || r.enterprise_id, ${input.at}
          from warning_recipient r where r.warning_id = ${input.warningId}
          on conflict (dedupe_key) do nothing
          returning id)
        insert into notification_delivery (notification_id, channel, next_attempt_at)
        select sent.id, c.channel, now() from sent cross join notification_channel c`.execute(db),

    getById: (id: number) => db.selectFrom('warning').select(warningColumns).where('id', '=', id).executeTakeFirst(),

    getByIds: (scope: RowScope, ids: readonly number[]) =>
      whenAny(ids, () => withCounts(scope).where('warning.id', 'in', ids).execute()),

    list: (scope: RowScope, page: { limit: number; offset: number }) =>
      withCounts(scope)
        .orderBy('warning.issued_at', 'desc')
        .orderBy('warning.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope) => countOf(db.selectFrom('warning').where(warningInScope(scope))),

    recipient: (warningId: number, enterpriseId: number) =>
      db
        .selectFrom('warning_recipient')
        .selectAll()
        .where('warning_id', '=', warningId)
        .where('enterprise_id', '=', enterpriseId)
        .executeTakeFirst(),

    acknowledge: (warningId: number, enterpriseId: number, by: number, at: Date) =>
      db
        .updateTable('warning_recipient')
        .set({ acknowledged_at: at, acknowledged_by: by })
        .where('warning_id', '=', warningId)
        .where('enterprise_id', '=', enterpriseId)
        .where('acknowledged_at', 'is', null)
        .executeTakeFirst(),

    /** Past the deadline: the recipients still silent, marked, with their regulator and name; once. */
    markMissing: async (warningId: number, at: Date) => {
      const rows = await sql<{ enterprise_id: number; regulator_id: number; name: string }>`
        update warning_recipient r set escalated_at = ${at}
        from enterprise e
        where r.warning_id = ${warningId} and r.acknowledged_at is null and r.escalated_at is null and e.id = r.enterprise_id
        returning r.enterprise_id, r.regulator_id, e.name`.execute(db);
      await db.updateTable('warning').set({ escalated_at: at }).where('id', '=', warningId).execute();
      return rows.rows;
    },
  };
}

export type WarningRow = Awaited<ReturnType<ReturnType<typeof createWarningRepository>['list']>>[number];
