// A hazard row written straight into a test database, with the defaults the fixtures share.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { HazardLevel, HazardStatus } from '../../domain/types';

export interface HazardFixture {
  enterprise: { id: number; regulator_id: number; township_id: number };
  campaignId?: number | null;
  inspectionId?: number | null;
  level?: HazardLevel;
  status?: HazardStatus;
  description?: string;
  location?: string | null;
  foundAt: Date;
  rectifyBy: Date;
  measures?: string | null;
  verifiedAt?: Date | null;
}

/** A closed hazard closes when it was verified, or at its deadline. */
export async function insertHazardRow(db: Kysely<DB>, h: HazardFixture): Promise<number> {
  const row = await db
    .insertInto('hazard')
    .values({
      inspection_id: h.inspectionId ?? null,
      campaign_id: h.campaignId ?? null,
      enterprise_id: h.enterprise.id,
      regulator_id: h.enterprise.regulator_id,
      township_id: h.enterprise.township_id,
      level: h.level ?? 'GENERAL',
      status: h.status ?? 'OPEN',
      description: h.description ?? '灭火器过期未更换',
      location: h.location ?? null,
      found_at: h.foundAt,
      rectify_by: h.rectifyBy,
      rectification_measures: h.measures ?? null,
      verified_at: h.verifiedAt ?? null,
      closed_at: h.status === 'CLOSED' ? (h.verifiedAt ?? h.rectifyBy) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
