import { EscalationBoard } from '../../../shared/escalations/EscalationBoard';

export function AdminEscalationsPage() {
  return <EscalationBoard />;
}
