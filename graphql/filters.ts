// Filters as the API takes them (global ids, ISO instants) become repository filters here, for the GraphQL fields
// and the ledger download alike: one decoding, one set of refusals.
import type { HazardFilter } from '../db/repositories/hazards';
import type { HazardLevel, HazardStatus } from '../domain/types';
import { decodeId } from './ids';
import { filterPeriod } from './validation';

/** The fields of the GraphQL `HazardFilter` input. */
export interface HazardFilterInput {
  campaignId?: string | null;
  status?: readonly HazardStatus[] | null;
  level?: HazardLevel | null;
  overdue?: boolean | null;
  regulatorId?: string | null;
  townshipId?: string | null;
  foundFrom?: Date | null;
  foundTo?: Date | null;
}

export function hazardFilterOf(f: HazardFilterInput | null | undefined, now = new Date()): HazardFilter {
  const found = filterPeriod(f?.foundFrom, f?.foundTo, '发现时间', now);
  return {
    campaignId: f?.campaignId ? decodeId(f.campaignId, 'Campaign') : null,
    status: f?.status?.length ? f.status : null,
    level: f?.level ?? null,
    overdue: f?.overdue ?? null,
    regulatorId: f?.regulatorId ? decodeId(f.regulatorId, 'OrgUnit') : null,
    townshipId: f?.townshipId ? decodeId(f.townshipId, 'OrgUnit') : null,
    foundFrom: found.from,
    foundTo: found.to,
  };
}
