// The inspection list's filter lives in the URL, so the dashboard's "inspections" figure can open the list behind it.
import type { InspectionFilter } from '../../../gql/graphql';
import { parseScope, SCOPES, scopeParams, type Scope } from '../../../shared/reference/scope';

/** The period is when the inspection took place. */
export type InspectionListFilter = Scope;

export const parseInspectionFilter = (params: URLSearchParams): InspectionListFilter =>
  parseScope(params, SCOPES.inspections);

export const inspectionSearch = (filter: Partial<InspectionListFilter>): string =>
  scopeParams(filter, SCOPES.inspections).toString();

export function toInspectionFilter({ period, ...scope }: InspectionListFilter): InspectionFilter {
  return { ...scope, inspectedFrom: period.from, inspectedTo: period.to };
}
