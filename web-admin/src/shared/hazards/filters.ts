// The ledger's filter lives in the URL, so a drill-down link or a bookmark opens the same list.
import type { HazardFilter, HazardLevel, HazardStatus } from '../../gql/graphql';
import { parseScope, SCOPES, scopeParams, type Scope } from '../reference/scope';

export const STATUSES: readonly HazardStatus[] = ['OPEN', 'PENDING_VERIFICATION', 'CLOSED'];
export const LEVELS: readonly HazardLevel[] = ['GENERAL', 'MAJOR'];

/** The period is when the hazard was found. */
export interface LedgerFilter extends Scope {
  status: HazardStatus[];
  level: HazardLevel | null;
  overdue: boolean | null;
}

export function parseLedgerFilter(params: URLSearchParams): LedgerFilter {
  const status = (params.get('status') ?? '').split(',').flatMap((s) => STATUSES.filter((x) => x === s));
  const overdue = params.get('overdue');
  return {
    ...parseScope(params, SCOPES.ledger),
    status,
    level: LEVELS.find((l) => l === params.get('level')) ?? null,
    overdue: overdue === 'true' ? true : overdue === 'false' ? false : null,
  };
}

/** The query string of a filter, in the form both the ledger page and /exports/hazards.xlsx read. */
export function ledgerSearch(filter: Partial<LedgerFilter>): string {
  const params = scopeParams(filter, SCOPES.ledger);
  if (filter.status && filter.status.length > 0) params.set('status', filter.status.join(','));
  if (filter.level) params.set('level', filter.level);
  if (filter.overdue !== null && filter.overdue !== undefined) params.set('overdue', String(filter.overdue));
  return params.toString();
}

export function toHazardFilter({ period, status, ...rest }: LedgerFilter): HazardFilter {
  return { ...rest, status: status.length > 0 ? status : null, foundFrom: period.from, foundTo: period.to };
}
