// The campaign row as the campaign's activities read it: its policy and scope as typed values, and the wait for
// a launch that has not committed yet.
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import type { CampaignScope, DB } from '../db/schema';
import { campaignNotFound } from '../domain/campaign-rules';
import { policyWithDefaults, type CampaignPolicy } from '../domain/policy';
import { missingRow } from './failures';

export async function loadCampaign(db: Kysely<DB>, campaignId: number) {
  const row = await createCampaignRepository(db).getById(campaignId);
  if (row) return row;
  // The launch starts the workflow inside the transaction that writes the row.
  throw missingRow(
    'CAMPAIGN_NOT_YET_COMMITTED',
    `专项行动 ${campaignId} 尚未写入，稍后重试`,
    campaignNotFound(campaignId),
  );
}

export const policyOf = (policy: unknown): CampaignPolicy =>
  policyWithDefaults(typeof policy === 'object' && policy !== null ? policy : {});

/** A row written before scopes were stored reads as the whole county. */
export const scopeOf = (scope: CampaignScope | null): CampaignScope =>
  typeof scope === 'object' && scope !== null ? scope : { industries: [], townshipIds: [] };
