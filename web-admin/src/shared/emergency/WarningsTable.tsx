// 预警信息 as the county office, the leader and a unit read them, newest first: the warning and its level, where it
// went, when the enterprises had to acknowledge, how many of them did (of all its recipients for the county, of the
// unit's own enterprises for a department or a township) and whether the silent ones were sent to their regulators.
import { Grid, Progress, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime } from '../../format';
import type { WarningFieldsFragment as Warning } from '../../gql/graphql';
import { useLocale, type Translate } from '../../locales';
import { WarningsQuery } from './queries';
import { WarningLevelTag } from './words';

export function useWarningsList() {
  return useConnectionList(WarningsQuery, {}, (d) => d.warnings);
}

/** 南湖镇、柳庄镇 · 危险化学品、建筑施工 (or 全部行业). */
export function warningScope(t: Translate, warning: Pick<Warning, 'townships' | 'industries'>): string {
  const industries =
    warning.industries.length === 0
      ? t('warning.allIndustries')
      : warning.industries.map((i) => t(`enum.industry.${i}`)).join('、');
  return `${warning.townships.map((u) => u.name).join('、')} · ${industries}`;
}

export function WarningsTable({
  list,
  emptyAction,
}: {
  list: ReturnType<typeof useWarningsList>;
  emptyAction?: ReactNode;
}) {
  const { t, locale } = useLocale();
  // On a phone the level and the deadline join the warning's cell: three columns fit, six do not.
  const narrow = !Grid.useBreakpoint().md;
  const escalated = (row: Warning) =>
    row.escalatedAt ? (
      <Tooltip title={t('warning.escalatedHint', { at: formatDateTime(row.escalatedAt, locale) })}>
        <Tag color="red" data-testid="warning-escalated">
          {t('warning.escalated')}
        </Tag>
      </Tooltip>
    ) : null;
  const columns: ColumnsType<Warning> = [
    {
      title: t('warning.field.warning'),
      key: 'warning',
      render: (_, row) => (
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          {narrow ? <WarningLevelTag level={row.level} /> : null}
          <Typography.Text strong data-testid="warning-title">
            {row.title}
          </Typography.Text>
          <Typography.Paragraph
            type="secondary"
            style={{ margin: 0 }}
            ellipsis={{ rows: 2, tooltip: { title: row.content, placement: 'bottomLeft' } }}
          >
            {row.content}
          </Typography.Paragraph>
          {narrow ? (
            <Space wrap size={4}>
              <Typography.Text type="secondary">
                {t('warning.dueLine', { at: formatDateTime(row.ackDueAt, locale) })}
              </Typography.Text>
              {escalated(row)}
            </Space>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('warning.field.level'),
      key: 'level',
      width: 100,
      responsive: ['md'],
      render: (_, row) => <WarningLevelTag level={row.level} />,
    },
    {
      title: t('warning.field.scope'),
      key: 'scope',
      width: 180,
      responsive: ['lg'],
      render: (_, row) => warningScope(t, row),
    },
    {
      title: t('warning.field.issuedAt'),
      key: 'issuedAt',
      width: 165,
      responsive: ['xl'],
      render: (_, row) => formatDateTime(row.issuedAt, locale),
    },
    {
      title: t('warning.field.ackDueAt'),
      key: 'ackDueAt',
      width: 175,
      responsive: ['md'],
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <span>{formatDateTime(row.ackDueAt, locale)}</span>
          {escalated(row)}
        </Space>
      ),
    },
    {
      title: t('warning.field.progress'),
      key: 'progress',
      width: 130,
      render: (_, row) => (
        <Space orientation="vertical" size={0} style={{ width: '100%' }}>
          <Typography.Text strong data-testid="warning-acknowledged">
            {t('warning.progress', { acknowledged: row.acknowledged, recipients: row.recipients })}
          </Typography.Text>
          <Progress
            size="small"
            showInfo={false}
            percent={row.recipients > 0 ? Math.round((row.acknowledged / row.recipients) * 100) : 0}
            status={row.recipients > 0 && row.acknowledged === row.recipients ? 'success' : 'normal'}
            aria-label={t('warning.field.progress')}
          />
        </Space>
      ),
    },
  ];
  return (
    <ListTable
      list={list}
      columns={columns}
      rowTestId="warning-row"
      empty={t('warning.empty')}
      emptyAction={emptyAction}
      rowClassName={(row) => (row.escalatedAt && row.acknowledged < row.recipients ? 'lag-row' : undefined)}
    />
  );
}

/** The read-only list of the leader's and a unit's portal. */
export function WarningsReadPage({ intro }: { intro: string }) {
  const t = useLocale().t;
  const list = useWarningsList();
  return (
    <Page
      title={t('warning.list.title')}
      testId="warnings-page"
      extra={<RefreshButton onRefresh={list.refetch} iconOnly />}
    >
      <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>
      <WarningsTable list={list} />
    </Page>
  );
}
