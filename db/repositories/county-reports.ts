// The county's own reports (县级周报 / 月报 / 年报): rows of `report` without a campaign, one per kind and period
// (migration 0019), and the counts they need beside the dashboard's figures — escalations raised by rung, campaigns
// launched, finished and running — over a window.
import { sql, type Kysely } from 'kysely';
import type { CountyReportKind } from '../../domain/county-reports';
import type { EscalationLevel } from '../../domain/types';
import type { DB } from '../schema';
import { reportColumns } from './campaigns';
import { countOf, type Page } from './queries';

const countyReports = (db: Kysely<DB>, kind: CountyReportKind | null) => {
  let query = db.selectFrom('report').where('report.campaign_id', 'is', null);
  if (kind) query = query.where('report.kind', '=', kind);
  return query;
};

export function createCountyReportRepository(db: Kysely<DB>) {
  return {
    /** Newest period first. */
    list: (kind: CountyReportKind | null, page: Page) =>
      countyReports(db, kind)
        .select([...reportColumns, sql<number>`1`.as('sequence')])
        .orderBy('report.period_start', 'desc')
        .orderBy('report.kind')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (kind: CountyReportKind | null) => countOf(countyReports(db, kind)),

    /** Writes a period's report, or rewrites its figures and text (regenerated; `stats.asOf` says when): its id. */
    upsert: async (row: {
      kind: CountyReportKind;
      periodStart: Date;
      periodEnd: Date;
      stats: unknown;
      body: string;
      at: Date;
    }): Promise<number> => {
      const values = {
        campaign_id: null,
        kind: row.kind,
        period_start: row.periodStart,
        period_end: row.periodEnd,
        stats: JSON.stringify(row.stats),
        body: row.body,
        created_at: row.at,
      };
      const written = await db
        .insertInto('report')
        .values(values)
        .onConflict((oc) =>
          oc
            .columns(['kind', 'period_start'])
            .where('campaign_id', 'is', null)
            .doUpdateSet({ stats: values.stats, body: values.body }),
        )
        .returning('id')
        .executeTakeFirstOrThrow();
      return written.id;
    },

    /** Escalations raised in [from, to), by rung. */
    escalationsRaised: async (from: Date, to: Date): Promise<Partial<Record<EscalationLevel, number>>> => {
      const rows = await db
        .selectFrom('escalation')
        .select(['level', sql<number>`count(*)::int`.as('n')])
        .where('raised_at', '>=', from)
        .where('raised_at', '<', to)
        .groupBy('level')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.level, r.n]));
    },

    /** Campaigns that started in the window, ended in it, and were running at its end (cancelled ones left out). */
    campaignCounts: async (from: Date, to: Date) => {
      const row = await db
        .selectFrom('campaign')
        .select([
          sql<number>`count(*) filter (where starts_at >= ${from} and starts_at < ${to})::int`.as('launched'),
          sql<number>`count(*) filter (where ends_at >= ${from} and ends_at < ${to})::int`.as('finished'),
          sql<number>`count(*) filter (where starts_at < ${to} and ends_at >= ${to})::int`.as('running'),
        ])
        .where('status', '!=', 'CANCELLED')
        .executeTakeFirstOrThrow();
      return row;
    },
  };
}
