// The ledger's filter lives in the URL, so a drill-down link or a bookmark opens the same list.
import type { HazardFilter, HazardLevel, HazardStatus } from '../../gql/graphql';

const STATUSES: readonly HazardStatus[] = ['OPEN', 'PENDING_VERIFICATION', 'CLOSED'];
const LEVELS: readonly HazardLevel[] = ['GENERAL', 'MAJOR'];

export interface LedgerFilter {
  campaignId: string | null;
  status: HazardStatus[];
  level: HazardLevel | null;
  overdue: boolean | null;
  regulatorId: string | null;
  townshipId: string | null;
  /** Found in [foundFrom, foundTo): ISO instants, as the dashboard's window that a drill-down came from. */
  foundFrom: string | null;
  foundTo: string | null;
}

export function parseLedgerFilter(params: URLSearchParams): LedgerFilter {
  const status = (params.get('status') ?? '').split(',').flatMap((s) => STATUSES.filter((x) => x === s));
  const overdue = params.get('overdue');
  return {
    campaignId: params.get('campaignId') || null,
    status,
    level: LEVELS.find((l) => l === params.get('level')) ?? null,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
    regulatorId: params.get('regulatorId') || null,
    townshipId: params.get('townshipId') || null,
    foundFrom: params.get('foundFrom') || null,
    foundTo: params.get('foundTo') || null,
  };
}

/** The query string of a filter, in the form both the ledger page and /exports/hazards.xlsx read. */
export function ledgerSearch(filter: Partial<LedgerFilter>): string {
  const params = new URLSearchParams();
  if (filter.campaignId) params.set('campaignId', filter.campaignId);
  if (filter.status && filter.status.length > 0) params.set('status', filter.status.join(','));
  if (filter.level) params.set('level', filter.level);
  if (filter.overdue !== null && filter.overdue !== undefined) params.set('overdue', String(filter.overdue));
  if (filter.regulatorId) params.set('regulatorId', filter.regulatorId);
  if (filter.townshipId) params.set('townshipId', filter.townshipId);
  if (filter.foundFrom) params.set('foundFrom', filter.foundFrom);
  if (filter.foundTo) params.set('foundTo', filter.foundTo);
  return params.toString();
}

export function toHazardFilter(filter: LedgerFilter): HazardFilter {
  return {
    campaignId: filter.campaignId,
    status: filter.status.length > 0 ? filter.status : null,
    level: filter.level,
    overdue: filter.overdue,
    regulatorId: filter.regulatorId,
    townshipId: filter.townshipId,
    foundFrom: filter.foundFrom,
    foundTo: filter.foundTo,
  };
}
