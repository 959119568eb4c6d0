// Campaigns (专项行动): read by everyone (a campaign is county-wide) with their progress (within the viewer's scope)
// and reports; written by the launch and by the campaign's workflow — status moves, a new end, its reports once per
// period.
import { sql, type Insertable, type Kysely } from 'kysely';
import { emptyCounts, withRate, type Figures } from '../../domain/figures';
import type { CampaignKind, CampaignStatus } from '../../domain/types';
import type { CampaignTable, DB, ReportTable } from '../schema';
import { createFiguresRepository } from './figures';
import { countOf, whenAny } from './queries';
import { campaignInScope, type RowScope } from './scope';

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
  'campaign.sample_ratio_by_grade',
  'campaign.checklist_template_id',
  'campaign.self_check_due_at',
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

/** Its number among the campaign's reports of its kind (第N期): the workflow writes every period once, in order. */
const reportSequence = sql<number>`(select count(*) from report earlier where earlier.campaign_id = report.campaign_id
  and earlier.kind = report.kind and earlier.period_start <= report.period_start)::int`.as('sequence');

/** The figures of a campaign's progress (API.md CampaignProgress and the enterprises' duty); the rates are derived. */
export const PROGRESS_FIGURES = [
  'tasksTotal',
  'tasksDone',
  'tasksOverdue',
  'hazardsFound',
  'hazardsClosed',
  'majorHazards',
  'selfChecksDue',
  'selfChecksDone',
  'hazardsSelfFound',
  'rectificationsByEnterprise',
  'rectificationsOnBehalf',
  'majorHazardsAwaitingSignOff',
] as const satisfies readonly (keyof Figures)[];

export type CampaignProgressRow = { campaignId: number } & Pick<Figures, (typeof PROGRESS_FIGURES)[number]>;

type CampaignKinds = readonly CampaignKind[] | null | undefined;

export function createCampaignRepository(db: Kysely<DB>) {
  const COUNTY: RowScope = { kind: 'county' };
  const filtered = (scope: RowScope, status: readonly CampaignStatus[] | null | undefined, kinds?: CampaignKinds) => {
    let query = db.selectFrom('campaign').where(campaignInScope(scope));
    if (status?.length) query = query.where('campaign.status', 'in', status);
    return kinds?.length ? query.where('campaign.kind', 'in', kinds) : query;
  };

  return {
    list: (
      scope: RowScope,
      status: readonly CampaignStatus[] | null | undefined,
      page: { limit: number; offset: number },
      kinds?: CampaignKinds,
    ) =>
      filtered(scope, status, kinds)
        .select(campaignColumns)
        .orderBy('campaign.created_at', 'desc')
        .orderBy('campaign.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute(),

    count: (scope: RowScope, status: readonly CampaignStatus[] | null | undefined, kinds?: CampaignKinds) =>
      countOf(filtered(scope, status, kinds)),

    getByIds: (ids: readonly number[], scope: RowScope = COUNTY) =>
      whenAny(ids, () =>
        db
          .selectFrom('campaign')
          .select(campaignColumns)
          .where('campaign.id', 'in', ids)
          .where(campaignInScope(scope))
          .execute(),
      ),

    /** What steering needs: the window and the workflow. */
    getForSteering: (id: number) =>
      db
        .selectFrom('campaign')
        .select(['id', 'status', 'starts_at', 'ends_at', 'workflow_id'])
        .where('id', '=', id)
        .executeTakeFirst(),

    getByIdempotencyKey: (key: string) =>
      db.selectFrom('campaign').select(campaignColumns).where('campaign.idempotency_key', '=', key).executeTakeFirst(),

    /** Each campaign's progress: all its work in the scope so far, counted as its reports count it. */
    async progress(ids: readonly number[], now: Date, scope: RowScope): Promise<CampaignProgressRow[]> {
      if (ids.length === 0) return [];
      const byCampaign = await createFiguresRepository(db).figures(
        { campaignIds: ids, from: null, to: null, asOf: now, inspections: false, scope },
        'campaign',
      );
      return ids.map((campaignId) => {
        const f = byCampaign.get(campaignId) ?? withRate(emptyCounts());
        return {
          campaignId,
          tasksTotal: f.tasksTotal,
          tasksDone: f.tasksDone,
          tasksOverdue: f.tasksOverdue,
          hazardsFound: f.hazardsFound,
          hazardsClosed: f.hazardsClosed,
          majorHazards: f.majorHazards,
          selfChecksDue: f.selfChecksDue,
          selfChecksDone: f.selfChecksDone,
          hazardsSelfFound: f.hazardsSelfFound,
          rectificationsByEnterprise: f.rectificationsByEnterprise,
          rectificationsOnBehalf: f.rectificationsOnBehalf,
          majorHazardsAwaitingSignOff: f.majorHazardsAwaitingSignOff,
        };
      });
    },

    reportsByCampaignIds: (campaignIds: readonly number[]) =>
      whenAny(campaignIds, () =>
        db
          .selectFrom('report')
          .select([...reportColumns, reportSequence])
          .where('report.campaign_id', 'in', campaignIds)
          .orderBy('report.period_start')
          .orderBy('report.id')
          .execute(),
      ),

    reportsByIds: (ids: readonly number[]) =>
      whenAny(ids, () =>
        db
          .selectFrom('report')
          .select([...reportColumns, reportSequence])
          .where('report.id', 'in', ids)
          .execute(),
      ),

    /** The whole row, as the campaign's activities read it. */
    getById: (id: number) => db.selectFrom('campaign').selectAll().where('id', '=', id).executeTakeFirst(),

    insert: async (row: Insertable<CampaignTable>) =>
      (await db.insertInto('campaign').values(row).returning('id').executeTakeFirstOrThrow()).id,

    /** The workflow id is known once the row has its id. */
    setWorkflowId: (id: number, workflowId: string) =>
      db.updateTable('campaign').set({ workflow_id: workflowId }).where('id', '=', id).execute(),

    /** Moves the status `from` → `to` at `at`; false when the campaign was not at `from`. */
    moveStatus: async (id: number, from: CampaignStatus, to: CampaignStatus, at: string) =>
      Boolean(
        await db
          .updateTable('campaign')
          .set({ status: to, updated_at: at })
          .where('id', '=', id)
          .where('status', '=', from)
          .returning('id')
          .executeTakeFirst(),
      ),

    statusOf: async (id: number) =>
      (await db.selectFrom('campaign').select('status').where('id', '=', id).executeTakeFirst())?.status,

    /** The end and the tasks' due time, the row locked until the transaction ends (an extension). */
    lockEnds: (id: number) =>
      db.selectFrom('campaign').select(['ends_at', 'task_due_at']).where('id', '=', id).forUpdate().executeTakeFirst(),

    /** A new end; the tasks' due time moves with it by the same shift. */
    extend: (id: number, endsAt: string, shiftMs: number, at: string) =>
      db
        .updateTable('campaign')
        .set({
          ends_at: endsAt,
          task_due_at: sql`task_due_at + ${`${shiftMs} milliseconds`}::interval`,
          updated_at: at,
        })
        .where('id', '=', id)
        .execute(),

    /** A report is written once per campaign, kind and period start: a retried activity adds nothing. */
    insertReport: (row: Insertable<ReportTable>) =>
      db
        .insertInto('report')
        .values(row)
        .onConflict((oc) => oc.columns(['campaign_id', 'kind', 'period_start']).doNothing())
        .execute(),
  };
}

export type CampaignRow = Awaited<ReturnType<ReturnType<typeof createCampaignRepository>['getByIds']>>[number];
export type ReportRow = Awaited<ReturnType<ReturnType<typeof createCampaignRepository>['reportsByIds']>>[number];
