// Table cells several lists share: a deadline with its overdue mark, a name with a line of detail under it.
import { Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '../format';
import { useLocale } from '../locales';
import { OverdueTag } from './tags';

export function DueCell({ at, overdue }: { at: string; overdue: boolean }) {
  const { locale } = useLocale();
  return (
    <Space orientation="vertical" size={0}>
      <span>{formatDateTime(at, locale)}</span>
      <OverdueTag overdue={overdue} />
    </Space>
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
