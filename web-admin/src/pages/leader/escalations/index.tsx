import { EscalationBoard } from '../../../shared/escalations/EscalationBoard';

export function LeaderEscalationsPage() {
  return <EscalationBoard />;
}
