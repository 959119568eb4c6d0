// The pieces every case list shows: the status in its color, and the deadline of the status (red once past).
import { Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../../format';
import type { CaseStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { CASE_STATUS_COLORS, currentDeadline, type CaseDeadlines } from './rules';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useLocale();
  return (
    <Tag color={CASE_STATUS_COLORS[status]} data-testid="case-status">
      {t(`enum.caseStatus.${status}`)}
    </Tag>
  );
}

export function CaseDeadline({ c }: { c: CaseDeadlines }) {
  const { t, locale } = useLocale();
  const due = currentDeadline(c);
  if (!due) return <Typography.Text type="secondary">{t('case.deadline.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid="case-deadline" data-overdue={due.overdue ? 'true' : 'false'}>
      <Typography.Text type={due.overdue ? 'danger' : undefined} strong={due.overdue}>
        {formatDateTime(due.at, locale)}
      </Typography.Text>
      <Typography.Text type={due.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {t(due.label)}
        {due.overdue ? ` · ${t('common.overdue')}` : ''}
      </Typography.Text>
    </Space>
  );
}
