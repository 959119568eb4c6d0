// Every regulator or township, ranked so the one that lags comes first: lowest rectification rate, then most
// overdue tasks, lowest share of tasks done, most overdue hazards. Units with nothing to do come last.
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { NumberLink } from '../../../../components/NumberLink';
import type { FigureRowFragment } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';
import { FigureTable, rateColumn } from '../../../../shared/figures/FigureTable';

/** The figures a unit's number opens the ledger for. */
export type DrillFigure = 'hazardsFound' | 'hazardsClosed' | 'majorHazardsOpen' | 'overdueHazards';
export type Drill = { unitId: string | null; figure: DrillFigure };

const DRILLS: readonly { figure: DrillFigure; width: number; testId: string }[] = [
  { figure: 'hazardsFound', width: 80, testId: 'rank-found' },
  { figure: 'hazardsClosed', width: 80, testId: 'rank-closed' },
  { figure: 'majorHazardsOpen', width: 80, testId: 'rank-majorHazardsOpen' },
  { figure: 'overdueHazards', width: 70, testId: 'rank-overdue' },
];

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
  const { t } = useLocale();
  const lags = (row: FigureRowFragment) => row.rectificationRate < countyRate;
  // Short headings keep nine columns readable on a tablet; the full name is in the tooltip.
  const heading = (short: MessageKey, full: MessageKey) => <Tooltip title={t(full)}>{t(short)}</Tooltip>;
  const figureHeading = (figure: DrillFigure | 'inspections' | 'inspectorsDispatched') =>
    heading(`leader.col.${figure}`, `figure.${figure}`);
  const drills: ColumnsType<FigureRowFragment> = DRILLS.map(({ figure, width, testId }) => ({
    title: figureHeading(figure),
    key: figure,
    width,
    align: 'right',
    render: (_, row) => (
      <NumberLink
        onClick={() => onDrill({ unitId: row.orgUnit?.id ?? null, figure })}
        label={`${row.name} ${t(`figure.${figure}`)}`}
        testId={testId}
      >
        {row[figure]}
      </NumberLink>
    ),
  }));
  const columns: ColumnsType<FigureRowFragment> = [
    { title: '#', key: 'rank', width: 40, render: (_, __, index) => index + 1 },
    {
      title: t(`figure.unit.${by}`),
      key: 'name',
      width: 170,
      render: (_, row) => (
        <>
          {row.name}
          {lags(row) || row.overdueHazards > 0 || row.tasksOverdue > 0 ? (
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
    { title: figureHeading('inspections'), dataIndex: 'inspections', width: 80, align: 'right', responsive: ['md'] },
    {
      title: figureHeading('inspectorsDispatched'),
      dataIndex: 'inspectorsDispatched',
      width: 80,
      align: 'right',
      responsive: ['lg'],
    },
    ...drills,
    rateColumn(t('figure.rectificationRate'), 150, lags),
  ];
  return (
    <FigureTable
      rows={lagFirst(rows)}
      columns={columns}
      empty={t('leader.rank.empty')}
      rowTestId={`rank-row-${by}`}
      lagging={lags}
      scrollX={640}
    />
  );
}
