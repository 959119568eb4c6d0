// Figures of a campaign per regulator or per township, the one that lags most (lowest rectification rate) first.
import { Empty, Progress, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { NumberLink } from '../../../../components/NumberLink';
import { formatPercent } from '../../../../format';
import type { BreakdownRowFragment } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { ledgerSearch } from '../../../../shared/hazards/filters';

export function lagOrder<T extends { rectificationRate: number; overdueHazards: number; hazardsFound: number }>(
  rows: readonly T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      a.rectificationRate - b.rectificationRate ||
      b.overdueHazards - a.overdueHazards ||
      b.hazardsFound - a.hazardsFound,
  );
}

export function BreakdownTable({
  rows,
  by,
  campaignId,
}: {
  rows: readonly BreakdownRowFragment[];
  by: 'regulator' | 'township';
  campaignId: string;
}) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const open = (row: BreakdownRowFragment, extra: { overdue?: boolean } = {}) => {
    const unit = row.orgUnit?.id ?? null;
    navigate(
      `/admin/hazards?${ledgerSearch({ campaignId, ...(by === 'regulator' ? { regulatorId: unit } : { townshipId: unit }), overdue: extra.overdue ?? null })}`,
    );
  };
  const columns: ColumnsType<BreakdownRowFragment> = [
    {
      title: by === 'regulator' ? t('campaign.breakdown.regulator') : t('campaign.breakdown.township'),
      dataIndex: 'name',
    },
    { title: t('figure.inspections'), dataIndex: 'inspections', width: 90, align: 'right' },
    {
      title: t('figure.hazardsFound'),
      key: 'found',
      width: 90,
      align: 'right',
      render: (_, row) => (
        <NumberLink onClick={() => open(row)} label={`${row.name} ${t('figure.hazardsFound')}`}>
          {row.hazardsFound}
        </NumberLink>
      ),
    },
    { title: t('figure.hazardsClosed'), dataIndex: 'hazardsClosed', width: 90, align: 'right', responsive: ['md'] },
    {
      title: t('figure.overdueHazards'),
      key: 'overdue',
      width: 90,
      align: 'right',
      render: (_, row) => (
        <NumberLink onClick={() => open(row, { overdue: true })} label={`${row.name} ${t('figure.overdueHazards')}`}>
          {row.overdueHazards}
        </NumberLink>
      ),
    },
    {
      title: t('figure.rectificationRate'),
      key: 'rate',
      width: 180,
      render: (_, row) => (
        <Progress
          percent={Math.round(row.rectificationRate * 100)}
          size="small"
          format={() => formatPercent(row.rectificationRate, locale)}
          status={row.rectificationRate < 1 ? 'active' : 'success'}
          aria-label={t('figure.rectificationRate')}
        />
      ),
    },
  ];
  return (
    <Table<BreakdownRowFragment>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={lagOrder(rows)}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.breakdown.empty')} /> }}
      data-testid={`breakdown-${by}`}
    />
  );
}
