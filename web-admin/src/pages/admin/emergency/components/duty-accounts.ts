// The accounts a 包保 link may name, with the account a link being edited names kept among them.
import { useQuery } from '../../../../api/hooks';
import type { DutyAccountOptionsQuery as AccountsResult, DutyTier } from '../../../../gql/graphql';
import { DutyAccountOptionsQuery } from '../queries';

export type DutyAccount = AccountsResult['users']['edges'][number]['node'];

/** A county leader's link names a leader (县领导); a township's and a village's link a person of the township. */
export function useDutyAccounts(tier: DutyTier | undefined, townshipId: string | undefined, skip = false) {
  const filter =
    tier === 'COUNTY'
      ? { roles: ['LEADER' as const], disabled: false }
      : { orgUnitId: townshipId ?? null, disabled: false };
  const { data, loading } = useQuery(
    DutyAccountOptionsQuery,
    { filter },
    { skip: skip || !tier || (tier !== 'COUNTY' && !townshipId) },
  );
  return { accounts: data?.users.edges.map((e) => e.node) ?? [], loading };
}
