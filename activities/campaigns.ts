// Side effects of a campaign: status changes with their audit rows, a new end, and its reports; the fan-out of its
// tasks is in fan-out.ts.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createFiguresRepository } from '../db/repositories/figures';
import { createTaskRepository } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import { CAMPAIGN_STATUS_ACTIONS, type AuditAction } from '../domain/audit-actions';
import { campaignNotFound, campaignStatusConflict } from '../domain/campaign-rules';
import { composeReportBody, reportStats, type ReportPeriod } from '../domain/reports';
import type { CampaignStatus } from '../domain/types';
import { loadCampaign } from './campaign-rows';
import { createFanOutActivities } from './fan-out';
import { conflict, notFound } from './failures';

export interface CampaignActivityDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
}

interface SerialisedPeriod {
  kind: ReportPeriod['kind'];
  sequence: number;
  periodStart: string;
  periodEnd: string;
}

interface Steering {
  campaignId: number;
  at: string;
  actorId: number | null;
  requestId: string | null;
}

interface StatusChange extends Steering {
  from: CampaignStatus;
  to: keyof typeof CAMPAIGN_STATUS_ACTIONS;
  reason: string | null;
}

/** The audit row of a steering step, in the transaction that made it. */
const recordSteering = (trx: Kysely<DB>, input: Steering, action: AuditAction, before: unknown, after: unknown) =>
  createAuditRepository(trx).record({
    actorId: input.actorId,
    action,
    subjectType: 'Campaign',
    subjectId: input.campaignId,
    requestId: input.requestId,
    before,
    after,
    at: input.at,
  });

export function createCampaignActivities(deps: CampaignActivityDeps) {
  const { db } = deps;
  return {
    ...createFanOutActivities(deps),

    /** Moves the status `from` → `to`; a retry that finds `to` already there is a success. */
    async setCampaignStatus(input: StatusChange): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const campaigns = createCampaignRepository(trx);
        if (!(await campaigns.moveStatus(input.campaignId, input.from, input.to, input.at))) {
          const current = await campaigns.statusOf(input.campaignId);
          if (!current) throw notFound(campaignNotFound(input.campaignId));
          if (current === input.to) return;
          throw conflict(campaignStatusConflict(current, input.to));
        }
        await recordSteering(
          trx,
          input,
          CAMPAIGN_STATUS_ACTIONS[input.to],
          { status: input.from },
          { status: input.to, reason: input.reason },
        );
      });
    },

    /** PAUSED → ACTIVE, and every open task's due time moves by the time paused. */
    async resumeCampaign(input: Steering & { shiftMs: number }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        if (!(await createCampaignRepository(trx).moveStatus(input.campaignId, 'PAUSED', 'ACTIVE', input.at))) return; // a retry after the first attempt committed
        await createTaskRepository(trx).shiftOpenDueTimes(input.campaignId, input.shiftMs);
        await recordSteering(
          trx,
          input,
          'resumeCampaign',
          { status: 'PAUSED' },
          { status: 'ACTIVE', pausedMs: input.shiftMs },
        );
      });
    },

    /** A new end; open tasks' due times move with it. */
    async extendCampaign(input: Steering & { endsAt: string; shiftMs: number; reason: string }): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const campaigns = createCampaignRepository(trx);
        const before = await campaigns.lockEnds(input.campaignId);
        if (!before) throw notFound(campaignNotFound(input.campaignId));
        if (before.ends_at.toISOString() === new Date(input.endsAt).toISOString()) return; // already applied
        await campaigns.extend(input.campaignId, input.endsAt, input.shiftMs, input.at);
        await createTaskRepository(trx).shiftOpenDueTimes(input.campaignId, input.shiftMs);
        await recordSteering(
          trx,
          input,
          'extendCampaign',
          { endsAt: before.ends_at.toISOString() },
          { endsAt: input.endsAt, reason: input.reason },
        );
      });
    },

    /** Computes the period's figures in SQL, composes the body, and stores the report once. */
    async writeReport(input: { campaignId: number; period: SerialisedPeriod }): Promise<void> {
      const c = await loadCampaign(db, input.campaignId);
      const period: ReportPeriod = {
        ...input.period,
        periodStart: new Date(input.period.periodStart),
        periodEnd: new Date(input.period.periodEnd),
      };
      // The county's report; a regulator or a township reads the same content counted over its own rows.
      const content = await createFiguresRepository(db).reportContent(
        { campaignId: c.id, campaignName: c.name, period },
        { kind: 'county' },
      );
      await createCampaignRepository(db).insertReport({
        campaign_id: c.id,
        kind: period.kind,
        period_start: period.periodStart,
        period_end: period.periodEnd,
        stats: JSON.stringify(reportStats(content)),
        body: composeReportBody(content),
      });
    },
  };
}
