// 到岗到位看板: per township in the viewer's scope, how many of its 包保 links acknowledged being at post (of all, with
// a bar), how many are overdue, the late ones by name (and whether their link above was told), and the township's
// latest situation report. The board is asked again every 10 seconds while the response is active.
import { Card, Empty, Grid, Progress, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef, useState } from 'react';
import { useQuery } from '../../api/hooks';
import { rowHook } from '../../components/testing';
import { formatDateTime } from '../../format';
import type { BoardRowFieldsFragment } from '../../gql/graphql';
import { useLocale, useT, type Translate } from '../../locales';
import { ResponseBoardQuery } from './queries';

/**
 * How often the board is asked again. Polling, not a GraphQL subscription over SSE: a plain POST every 10 s goes
 * through any proxy of a county network, and any of several api replicas answers it from PostgreSQL, so no pub/sub
 * is needed between them; 10 s is well inside the minutes a link has to acknowledge.
 */
export const BOARD_POLL_MS = 10_000;

type LateLink = BoardRowFieldsFragment['lateLinks'][number];

/**
 * The board of a response, polled while it is active; `at` is when the last answer came, for the "updated" line.
 * A level change, the end or a new report seen on the board calls `onHeadChanged`: the page reads the rest again.
 */
export function useResponseBoard(id: string, active: boolean, onHeadChanged?: () => void) {
  const { data, error, loading, refetch } = useQuery(
    ResponseBoardQuery,
    { id },
    active ? { pollMs: BOARD_POLL_MS } : {},
  );
  const node = data?.node;
  const board = node?.__typename === 'EmergencyResponse' ? node : null;
  const [at, setAt] = useState<Date | null>(null);
  useEffect(() => {
    if (data) setAt(new Date());
  }, [data]);
  // Only a change of the head (level, status) or a new report matters to the page, not every poll.
  const reports = board?.board.reduce((n, row) => n + row.reports, 0) ?? 0;
  const head = board ? `${board.level}|${board.status}|${board.levelSince}|${reports}` : null;
  const changed = useRef(onHeadChanged);
  changed.current = onHeadChanged;
  const seen = useRef<string | null>(null);
  useEffect(() => {
    if (head === null) return;
    if (seen.current !== null && seen.current !== head) changed.current?.();
    seen.current = head;
  }, [head]);
  return { rows: board?.board ?? [], board, error, loading: loading && !data, refetch, at };
}

const percent = (row: { links: number; acknowledged: number }) =>
  row.links === 0 ? 0 : Math.round((row.acknowledged / row.links) * 100);

export function AcknowledgedCell({ row }: { row: BoardRowFieldsFragment }) {
  const t = useT();
  if (row.links === 0)
    return (
      <Typography.Text type="secondary" data-testid="board-acknowledged">
        {t('response.board.noLinks')}
      </Typography.Text>
    );
  return (
    <Space orientation="vertical" size={0} style={{ width: '100%', minWidth: 120 }}>
      <Typography.Text strong data-testid="board-acknowledged">
        {`${row.acknowledged} / ${row.links}`}
      </Typography.Text>
      <Progress
        percent={percent(row)}
        size="small"
        showInfo={false}
        status={row.acknowledged === row.links ? 'success' : row.overdue > 0 ? 'exception' : 'active'}
        aria-label={t('response.board.acknowledged')}
      />
    </Space>
  );
}

export function LateLinks({ links }: { links: readonly LateLink[] }) {
  const { t, locale } = useLocale();
  if (links.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={2}>
      {links.map((link, i) => (
        <span key={`${link.personName}-${link.targetName}-${i}`} data-testid="late-link">
          <Typography.Text strong>{link.personName}</Typography.Text> <Tag>{t(`response.board.tier.${link.tier}`)}</Tag>
          <Typography.Text type="secondary">{link.targetName}</Typography.Text>{' '}
          {link.acknowledgedAt ? (
            <Tag color="gold">
              {t('response.board.lateAcknowledged', { at: formatDateTime(link.acknowledgedAt, locale) })}
            </Tag>
          ) : (
            <Tag color="red">{t('response.board.notAcknowledged')}</Tag>
          )}
          {link.escalatedUp ? (
            <Tag color="volcano" data-testid="late-link-escalated">
              {t('response.board.escalatedUp')}
            </Tag>
          ) : null}
        </span>
      ))}
    </Space>
  );
}

export function LatestReport({ report }: { report: BoardRowFieldsFragment['latestReport'] }) {
  const { t, locale } = useLocale();
  if (!report) return <Typography.Text type="secondary">{t('response.board.noReport')}</Typography.Text>;
  return (
    <Space orientation="vertical" size={0} data-testid="board-latest-report">
      <span>{reportFigures(t, report)}</span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatDateTime(report.submittedAt, locale)}
      </Typography.Text>
    </Space>
  );
}

/** 降雨 85 毫米 · 转移 32 人 · 险情 1 处. */
export function reportFigures(
  t: Translate,
  report: { rainfallMm?: number | null; peopleMoved: number; dangersFound: number },
): string {
  return [
    report.rainfallMm == null ? null : t('situation.figure.rainfall', { n: report.rainfallMm }),
    t('situation.figure.moved', { n: report.peopleMoved }),
    t('situation.figure.dangers', { n: report.dangersFound }),
  ]
    .filter((s): s is string => s !== null)
    .join(' · ');
}

/** One township's row as a card: what a phone shows (a township's own row, or the board on a leader's phone). */
export function BoardRowCard({ row }: { row: BoardRowFieldsFragment }) {
  const t = useT();
  return (
    <Card
      size="small"
      title={row.township.name}
      data-testid="board-row"
      className={row.overdue > 0 ? 'lag-card' : undefined}
      extra={
        row.overdue > 0 ? (
          <Tag color="red" data-testid="board-overdue">
            {t('response.board.overdueCount', { n: row.overdue })}
          </Tag>
        ) : (
          <span data-testid="board-overdue">{t('response.board.noOverdue')}</span>
        )
      }
    >
      <Space orientation="vertical" size={8} style={{ width: '100%' }}>
        <div>
          <Typography.Text type="secondary">{t('response.board.acknowledged')}</Typography.Text>
          <AcknowledgedCell row={row} />
        </div>
        {row.lateLinks.length > 0 ? (
          <div>
            <Typography.Text type="secondary">{t('response.board.lateLinks')}</Typography.Text>
            <div>
              <LateLinks links={row.lateLinks} />
            </div>
          </div>
        ) : null}
        <div>
          <Typography.Text type="secondary">{t('response.board.latestReport', { n: row.reports })}</Typography.Text>
          <div>
            <LatestReport report={row.latestReport} />
          </div>
        </div>
      </Space>
    </Card>
  );
}

/** The board: a table from a tablet up, one card per township on a phone. */
export function BoardView({ rows, loading }: { rows: readonly BoardRowFieldsFragment[]; loading: boolean }) {
  const t = useT();
  const screens = Grid.useBreakpoint();
  if (screens.md === false)
    return rows.length === 0 && !loading ? (
      <Empty description={t('response.board.empty')} />
    ) : (
      <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="response-board">
        {rows.map((row) => (
          <BoardRowCard key={row.township.id} row={row} />
        ))}
      </Space>
    );
  const columns: ColumnsType<BoardRowFieldsFragment> = [
    {
      title: t('response.board.township'),
      key: 'township',
      width: 130,
      render: (_, row) => <Typography.Text strong>{row.township.name}</Typography.Text>,
    },
    {
      title: t('response.board.acknowledged'),
      key: 'acknowledged',
      width: 170,
      render: (_, row) => <AcknowledgedCell row={row} />,
    },
    {
      title: t('response.board.overdue'),
      key: 'overdue',
      width: 100,
      render: (_, row) => (
        <Typography.Text
          type={row.overdue > 0 ? 'danger' : undefined}
          strong={row.overdue > 0}
          data-testid="board-overdue"
        >
          {row.overdue}
        </Typography.Text>
      ),
    },
    { title: t('response.board.lateLinks'), key: 'late', render: (_, row) => <LateLinks links={row.lateLinks} /> },
    {
      title: t('response.board.reports'),
      key: 'reports',
      width: 90,
      render: (_, row) => <span data-testid="board-reports">{row.reports}</span>,
    },
    {
      title: t('response.board.latestReportColumn'),
      key: 'latest',
      width: 260,
      render: (_, row) => <LatestReport report={row.latestReport} />,
    },
  ];
  return (
    <Table<BoardRowFieldsFragment>
      data-testid="response-board"
      rowKey={(row) => row.township.id}
      size="middle"
      loading={loading}
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      rowClassName={(row) => (row.overdue > 0 ? 'lag-row' : '')}
      onRow={() => rowHook('board-row')}
      locale={{ emptyText: <Empty description={t('response.board.empty')} /> }}
      scroll={{ x: 900 }}
    />
  );
}
