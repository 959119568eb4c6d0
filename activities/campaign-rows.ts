// The campaign row as the campaign's activities read it: its policy and scope as typed values, and the wait for
// a launch that has not committed yet.
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';
import type { Kysely } from 'kysely';
import { createCampaignRepository } from '../db/repositories/campaigns';
import type { CampaignScope, DB } from '../db/schema';
import { campaignNotFound } from '../domain/campaign-rules';
import { policyWithDefaults, type CampaignPolicy } from '../domain/policy';
import { notFound } from './failures';

/** The attempt number inside a running activity; called outside one (a direct call in a test), the last. */
function attemptOfThisActivity(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export async function loadCampaign(db: Kysely<DB>, campaignId: number) {
  const row = await createCampaignRepository(db).getById(campaignId);
  if (row) return row;
  // The launch starts the workflow inside the transaction that writes the row: under load the first activity
  // can run before that commit. Not there yet is worth a few retries; still missing after them, it never will be.
  if (attemptOfThisActivity() < 8) {
    throw ApplicationFailure.create({
      type: 'CAMPAIGN_NOT_YET_COMMITTED',
      message: `专项行动 ${campaignId} 尚未写入，稍后重试`,
    });
  }
  throw notFound(campaignNotFound(campaignId));
}

export const policyOf = (policy: unknown): CampaignPolicy =>
  policyWithDefaults(typeof policy === 'object' && policy !== null ? policy : {});

/** A row written before scopes were stored reads as the whole county. */
export const scopeOf = (scope: CampaignScope | null): CampaignScope =>
  typeof scope === 'object' && scope !== null ? scope : { industries: [], townshipIds: [] };
