// Table cells several lists share: a deadline with its overdue mark (and a warning when its year's holidays are
// only provisional), a name with a line of detail under it.
import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../format';
import { useLocale, useT } from '../locales';
import { useProvisionalDeadline } from './provisional';
import { OverdueTag } from './tags';

export function DueCell({ at, overdue }: { at: string; overdue: boolean }) {
  const { locale } = useLocale();
  return (
    <Space orientation="vertical" size={0}>
      <span>
        {formatDateTime(at, locale)}
        <ProvisionalMark at={at} />
      </span>
      <OverdueTag overdue={overdue} />
    </Space>
  );
}

/** A mark beside a deadline in a year whose holidays are only provisional. */
export function ProvisionalMark({ at }: { at: string | null | undefined }) {
  const t = useT();
  if (!useProvisionalDeadline(at)) return null;
  return (
    <Tooltip title={t('holidays.deadlineProvisional')}>
      <ExclamationCircleOutlined
        className="provisional-mark"
        aria-label={t('holidays.deadlineProvisional')}
        data-testid="deadline-provisional"
      />
    </Tooltip>
  );
}

export function TwoLines({ main, detail }: { main: ReactNode; detail: ReactNode }) {
  return (
    <Space orientation="vertical" size={0}>
      {main}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {detail}
      </Typography.Text>
    </Space>
  );
}
