// Figures of a campaign per regulator or per township, the one that lags most (lowest rectification rate) first.
import type { ColumnsType } from 'antd/es/table';
import { useNavigate } from 'react-router-dom';
import { NumberLink } from '../../../../components/NumberLink';
import type { FigureRowFragment } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { FigureTable, rateColumn } from '../../../../shared/figures/FigureTable';
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
  rows: readonly FigureRowFragment[];
  by: 'regulator' | 'township';
  campaignId: string;
}) {
  const { t } = useLocale();
  const navigate = useNavigate();
  const open = (row: FigureRowFragment, extra: { overdue?: boolean } = {}) => {
    const unit = row.orgUnit?.id ?? null;
    void navigate(
      `/admin/hazards?${ledgerSearch({ campaignId, ...(by === 'regulator' ? { regulatorId: unit } : { townshipId: unit }), overdue: extra.overdue ?? null })}`,
    );
  };
  const columns: ColumnsType<FigureRowFragment> = [
    {
      title: t(`figure.unit.${by}`),
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
    rateColumn(t('figure.rectificationRate'), 180),
  ];
  return (
    <FigureTable
      rows={lagOrder(rows)}
      columns={columns}
      empty={t('campaign.breakdown.empty')}
      testId={`breakdown-${by}`}
    />
  );
}
