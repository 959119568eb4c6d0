// Every regulator or township, ranked so the one that lags comes first: lowest rectification rate, then most
// overdue tasks, lowest share of tasks done, most overdue hazards. Units with nothing to do come last.
import { Empty, Progress, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { NumberLink } from '../../../../components/NumberLink';
import { rowHook } from '../../../../components/testing';
import { formatPercent } from '../../../../format';
import type { FigureRowFragment } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';

export type Drill = { unitId: string | null; what: 'found' | 'closed' | 'majorOpen' | 'overdue' };

/** Share of the unit's tasks done; 1 when it was given none. */
export const taskCompletion = (row: Pick<FigureRowFragment, 'tasksTotal' | 'tasksDone'>): number =>
  row.tasksTotal === 0 ? 1 : row.tasksDone / row.tasksTotal;

const isIdle = (row: FigureRowFragment) => row.tasksTotal === 0 && row.inspections === 0 && row.hazardsFound === 0;

export function lagFirst<T extends FigureRowFragment>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      a.rectificationRate - b.rectificationRate ||
      b.tasksOverdue - a.tasksOverdue ||
      taskCompletion(a) - taskCompletion(b) ||
      b.overdueHazards - a.overdueHazards ||
      b.majorHazardsOpen - a.majorHazardsOpen ||
      a.name.localeCompare(b.name),
  );
}

export function RankingTable({
  rows,
  countyRate,
  by,
  onDrill,
}: {
  rows: readonly FigureRowFragment[];
  countyRate: number;
  by: 'regulator' | 'township';
  onDrill: (drill: Drill) => void;
}) {
  const { t, locale } = useLocale();
  const link = (row: FigureRowFragment, value: number, what: Drill['what'], label: string) => (
    <NumberLink
      onClick={() => onDrill({ unitId: row.orgUnit?.id ?? null, what })}
      label={`${row.name} ${label}`}
      testId={`rank-${what}`}
    >
      {value}
    </NumberLink>
  );
  // Short headings keep nine columns readable on a tablet; the full name is in the tooltip.
  const heading = (short: MessageKey, full: MessageKey) => <Tooltip title={t(full)}>{t(short)}</Tooltip>;
  const columns: ColumnsType<FigureRowFragment> = [
    { title: '#', key: 'rank', width: 40, render: (_, __, index) => index + 1 },
    {
      title: by === 'regulator' ? t('leader.rank.regulator') : t('leader.rank.township'),
      key: 'name',
      width: 170,
      render: (_, row) => (
        <>
          {row.name}
          {row.rectificationRate < countyRate || row.overdueHazards > 0 || row.tasksOverdue > 0 ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('leader.rank.lagging')}
            </Tag>
          ) : null}
          {isIdle(row) ? <Tag style={{ marginLeft: 6 }}>{t('leader.rank.idle')}</Tag> : null}
        </>
      ),
    },
    {
      title: heading('leader.col.tasks', 'leader.col.tasksFull'),
      key: 'tasks',
      width: 90,
      align: 'right',
      render: (_, row) => (
        <span data-testid="rank-tasks">
          {row.tasksDone}/{row.tasksTotal}
        </span>
      ),
    },
    {
      title: heading('leader.col.tasksOverdue', 'leader.col.tasksOverdueFull'),
      key: 'tasksOverdue',
      width: 80,
      align: 'right',
      responsive: ['md'],
      render: (_, row) => (
        <Typography.Text type={row.tasksOverdue > 0 ? 'danger' : undefined}>{row.tasksOverdue}</Typography.Text>
      ),
    },
    {
      title: heading('leader.col.inspections', 'figure.inspections'),
      dataIndex: 'inspections',
      width: 80,
      align: 'right',
      responsive: ['md'],
    },
    {
      title: heading('leader.col.inspectors', 'figure.inspectorsDispatched'),
      dataIndex: 'inspectorsDispatched',
      width: 80,
      align: 'right',
      responsive: ['lg'],
    },
    {
      title: heading('leader.col.found', 'figure.hazardsFound'),
      key: 'found',
      width: 80,
      align: 'right',
      render: (_, row) => link(row, row.hazardsFound, 'found', t('figure.hazardsFound')),
    },
    {
      title: heading('leader.col.closed', 'figure.hazardsClosed'),
      key: 'closed',
      width: 80,
      align: 'right',
      render: (_, row) => link(row, row.hazardsClosed, 'closed', t('figure.hazardsClosed')),
    },
    {
      title: heading('leader.col.majorOpen', 'figure.majorHazardsOpen'),
      key: 'major',
      width: 80,
      align: 'right',
      render: (_, row) => link(row, row.majorHazardsOpen, 'majorOpen', t('figure.majorHazardsOpen')),
    },
    {
      title: heading('leader.col.overdue', 'figure.overdueHazards'),
      key: 'overdue',
      width: 70,
      align: 'right',
      render: (_, row) => link(row, row.overdueHazards, 'overdue', t('figure.overdueHazards')),
    },
    {
      title: t('figure.rectificationRate'),
      key: 'rate',
      width: 150,
      render: (_, row) => (
        <Progress
          percent={Math.round(row.rectificationRate * 100)}
          size="small"
          format={() => formatPercent(row.rectificationRate, locale)}
          strokeColor={row.rectificationRate < countyRate ? '#cf1322' : undefined}
          aria-label={t('figure.rectificationRate')}
        />
      ),
    },
  ];
  return (
    <Table<FigureRowFragment>
      rowKey="key"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={lagFirst(rows)}
      rowClassName={(row) => (row.rectificationRate < countyRate ? 'lag-row' : '')}
      onRow={() => rowHook(`rank-row-${by}`)}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leader.rank.empty')} /> }}
      scroll={{ x: 640 }}
    />
  );
}
