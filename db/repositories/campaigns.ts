// Campaigns as everyone reads them (a campaign is county-wide), their progress in batches, their reports.
import { sql, type Kysely } from 'kysely';
import type { CampaignStatus } from '../../domain/types';
import type { DB } from '../schema';

export const campaignColumns = [
  'campaign.id',
  'campaign.name',
  'campaign.kind',
  'campaign.status',
  'campaign.starts_at',
  'campaign.ends_at',
  'campaign.task_due_at',
  'campaign.scope',
  'campaign.sample_ratio',
  'campaign.sample_seed',
  'campaign.checklist_template_id',
  'campaign.policy',
  'campaign.created_at',
] as const;

export const reportColumns = [
  'report.id',
  'report.campaign_id',
  'report.kind',
  'report.period_start',
  'report.period_end',
  'report.stats',
  'report.body',
  'report.created_at',
] as const;

export interface CampaignProgressRow {
  campaignId: number;
  tasksTotal: number;
  tasksDone: number;
  tasksOverdue: number;
  hazardsFound: number;
  hazardsClosed: number;
  majorHazards: number;
}

export function createCampaignRepository(db: Kysely<DB>) {
  const filtered = (status: readonly CampaignStatus[] | null | undefined) => {
    const query = db.selectFrom('campaign');
    return status?.length ? query.where('campaign.status', 'in', status) : query;
  };

  return {
    list: (status: readonly CampaignStatus[] | null | undefined, page: { limit: number; offset: number }) =>
      filtered(status)
        .select(campaignColumns)
        .orderBy('campaign.created_at', 'desc')
        .orderBy('campaign.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: async (status: readonly CampaignStatus[] | null | undefined) =>
      (
        await filtered(status)
          .select(sql<number>`count(*)::int`.as('n'))
          .executeTakeFirstOrThrow()
      ).n,

    getByIds: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('campaign').select(campaignColumns).where('campaign.id', 'in', ids).execute(),

    getByIdempotencyKey: (key: string) =>
      db.selectFrom('campaign').select(campaignColumns).where('campaign.idempotency_key', '=', key).executeTakeFirst(),

    /** Two grouped aggregates for any number of campaigns. */
    async progress(ids: readonly number[], now: Date): Promise<CampaignProgressRow[]> {
      if (ids.length === 0) return [];
      const [tasks, hazards] = await Promise.all([
        db
          .selectFrom('task')
          .select([
            'campaign_id',
            sql<number>`count(*) filter (where status <> 'CANCELLED')::int`.as('tasksTotal'),
            sql<number>`count(*) filter (where status = 'DONE')::int`.as('tasksDone'),
            sql<number>`count(*) filter (where status = 'OPEN' and due_at < ${now})::int`.as('tasksOverdue'),
          ])
          .where('campaign_id', 'in', ids)
          .groupBy('campaign_id')
          .execute(),
        db
          .selectFrom('hazard')
          .select([
            'campaign_id',
            sql<number>`count(*)::int`.as('hazardsFound'),
            sql<number>`count(*) filter (where status = 'CLOSED')::int`.as('hazardsClosed'),
            sql<number>`count(*) filter (where level = 'MAJOR')::int`.as('majorHazards'),
          ])
          .where('campaign_id', 'in', ids)
          .groupBy('campaign_id')
          .execute(),
      ]);
      return ids.map((campaignId) => {
        const t = tasks.find((row) => row.campaign_id === campaignId);
        const h = hazards.find((row) => row.campaign_id === campaignId);
        return {
          campaignId,
          tasksTotal: t?.tasksTotal ?? 0,
          tasksDone: t?.tasksDone ?? 0,
          tasksOverdue: t?.tasksOverdue ?? 0,
          hazardsFound: h?.hazardsFound ?? 0,
          hazardsClosed: h?.hazardsClosed ?? 0,
          majorHazards: h?.majorHazards ?? 0,
        };
      });
    },

    reportsByCampaignIds: (campaignIds: readonly number[]) =>
      campaignIds.length === 0
        ? Promise.resolve([])
        : db
            .selectFrom('report')
            .select(reportColumns)
            .where('report.campaign_id', 'in', campaignIds)
            .orderBy('report.period_start')
            .orderBy('report.id')
            .execute(),

    reportsByIds: (ids: readonly number[]) =>
      ids.length === 0
        ? Promise.resolve([])
        : db.selectFrom('report').select(reportColumns).where('report.id', 'in', ids).execute(),
  };
}

export type CampaignRow = Awaited<ReturnType<ReturnType<typeof createCampaignRepository>['getByIds']>>[number];
export type ReportRow = Awaited<ReturnType<ReturnType<typeof createCampaignRepository>['reportsByIds']>>[number];
