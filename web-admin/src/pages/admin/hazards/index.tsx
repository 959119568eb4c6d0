import { HazardLedger } from '../../../shared/hazards/HazardLedger';

export function AdminHazardsPage() {
  return <HazardLedger auditPath="/admin/audit" />;
}
