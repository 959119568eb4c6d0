import { mayAdminister } from '../../../access';
import { useUser } from '../../../session';
import { HazardLedger } from '../../../shared/hazards/HazardLedger';

/** The list behind a leader's figure: the hazard ledger, filtered by the link that opened it. */
export function LeaderHazardsPage() {
  const user = useUser();
  return <HazardLedger auditPath={mayAdminister(user) ? '/admin/audit' : undefined} testId="leader-hazards" readOnly />;
}
