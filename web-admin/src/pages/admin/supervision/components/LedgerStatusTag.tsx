// A unit's ledger check at a glance: not yet checked, passed, or how many items failed.
import { Tag } from 'antd';
import { useT } from '../../../../locales';

export function LedgerStatusTag({ check }: { check: { failed: number } | null }) {
  const t = useT();
  if (!check) return <Tag data-testid="ledger-status">{t('supervision.ledger.none')}</Tag>;
  return check.failed > 0 ? (
    <Tag color="red" data-testid="ledger-status">
      {t('supervision.ledger.failed', { n: check.failed })}
    </Tag>
  ) : (
    <Tag color="green" data-testid="ledger-status">
      {t('supervision.ledger.passed')}
    </Tag>
  );
}
