// The inspection list's filter lives in the URL, so the dashboard's "inspections" figure can open the list behind it.
import type { InspectionFilter } from '../../../gql/graphql';

export interface InspectionListFilter {
  campaignId: string | null;
  regulatorId: string | null;
  townshipId: string | null;
  /** Inspected in [inspectedFrom, inspectedTo): ISO instants, the dashboard's window. */
  inspectedFrom: string | null;
  inspectedTo: string | null;
}

const KEYS = [
  'campaignId',
  'regulatorId',
  'townshipId',
  'inspectedFrom',
  'inspectedTo',
] as const satisfies readonly (keyof InspectionListFilter)[];

export function parseInspectionFilter(params: URLSearchParams): InspectionListFilter {
  return {
    campaignId: params.get('campaignId') || null,
    regulatorId: params.get('regulatorId') || null,
    townshipId: params.get('townshipId') || null,
    inspectedFrom: params.get('inspectedFrom') || null,
    inspectedTo: params.get('inspectedTo') || null,
  };
}

export function inspectionSearch(filter: Partial<InspectionListFilter>): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function toInspectionFilter(filter: InspectionListFilter): InspectionFilter {
  return { ...filter };
}
