// Lists every page picks from: org units (regulators, townships) and campaigns.
import { useMemo } from 'react';
import { useQuery } from '../../api/hooks';
import { CampaignOptionsQuery, OrgUnitsQuery } from './queries';

export function useOrgUnits() {
  const { data, loading } = useQuery(OrgUnitsQuery, {});
  return useMemo(() => {
    const units = data?.orgUnits ?? [];
    return {
      loading,
      regulators: units.filter((u) => u.kind === 'REGULATOR'),
      townships: units.filter((u) => u.kind === 'TOWNSHIP'),
    };
  }, [data, loading]);
}

export function useCampaignOptions() {
  const { data, loading } = useQuery(CampaignOptionsQuery, {});
  return useMemo(() => ({ loading, campaigns: data?.campaigns.edges.map((e) => e.node) ?? [] }), [data, loading]);
}
