// The accounts a 包保 link may name, and the account an existing link names.
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

/**
 * The account a link names. The API tells only that a link has one (`hasAccount`), not which, while an update sends
 * the whole link again, its account included: the account is found by the person's name, which the dialog takes
 * from the account when one is chosen. Null when no single account of that name is among the options (the admin
 * then picks it again). TODO: read the link's account from the API once DutyAssignment exposes it.
 */
export function accountOf(
  link: { hasAccount: boolean; personName: string },
  accounts: readonly DutyAccount[],
): DutyAccount | null {
  if (!link.hasAccount) return null;
  const named = accounts.filter((a) => a.displayName === link.personName);
  return named.length === 1 ? (named[0] ?? null) : null;
}
