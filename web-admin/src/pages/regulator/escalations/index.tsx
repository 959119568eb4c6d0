import { EscalationBoard } from '../../../shared/escalations/EscalationBoard';
import { useT } from '../../../locales';

export function RegulatorEscalationsPage() {
  const t = useT();
  return <EscalationBoard title={t('escalation.mine')} />;
}
