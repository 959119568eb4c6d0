// A table of regulators' or townships' figures, the one that lags first, and its rectification-rate bar.
import { Empty, Progress, Table } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import { rowHook } from '../../components/testing';
import { formatPercent } from '../../format';
import type { FigureRowFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';

/** The share of hazards closed; red when the unit lags the county. */
export function RateBar({ rate, lagging = false }: { rate: number; lagging?: boolean }) {
  const { t, locale } = useLocale();
  return (
    <Progress
      percent={Math.round(rate * 100)}
      size="small"
      format={() => formatPercent(rate, locale)}
      status={rate < 1 ? 'active' : 'success'}
      strokeColor={lagging ? '#cf1322' : undefined}
      aria-label={t('figure.rectificationRate')}
    />
  );
}

/** The last column of a table of figures: the unit's rectification rate. */
export function rateColumn(
  title: string,
  width: number,
  lagging?: (row: FigureRowFragment) => boolean,
): ColumnType<FigureRowFragment> {
  return {
    title,
    key: 'rate',
    width,
    render: (_, row) => <RateBar rate={row.rectificationRate} lagging={lagging?.(row)} />,
  };
}

export function FigureTable({
  rows,
  columns,
  empty,
  testId,
  rowTestId,
  lagging,
  scrollX,
}: {
  rows: readonly FigureRowFragment[];
  columns: ColumnsType<FigureRowFragment>;
  empty?: string;
  testId?: string;
  rowTestId?: string;
  /** Marks the row of a unit that lags. */
  lagging?: (row: FigureRowFragment) => boolean;
  scrollX?: number;
}) {
  return (
    <Table<FigureRowFragment>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={rows}
      rowClassName={(row) => (lagging?.(row) ? 'lag-row' : '')}
      onRow={rowTestId ? () => rowHook(rowTestId) : undefined}
      locale={empty ? { emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> } : undefined}
      scroll={scrollX ? { x: scrollX } : undefined}
      data-testid={testId}
    />
  );
}
