// 分级分类: the grading runs, newest first — each with its period, status, how many were graded and changed; the
// county office starts one here (the quarterly schedule starts one by itself). Leaders read the same list.
import { EyeOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import type { GradingProposalsQuery } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { useGradingPortal } from './portal';
import { GradingProposalsQuery as ProposalsQuery } from './queries';
import { RunGradingDialog } from './RunGradingDialog';
import { lastDayOfPeriod, ProposalStatusTag } from './tags';

type Row = GradingProposalsQuery['gradingProposals']['edges'][number]['node'];

const POLL_MS = 5_000;

export function GradingProposalsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { base, editable } = useGradingPortal();
  const list = useConnectionList(ProposalsQuery, {}, (data) => data.gradingProposals);
  const [running, setRunning] = useState(false);
  const open = (row: { id: string }) => void navigate(`${base}/${encodeURIComponent(row.id)}`);

  const columns: ColumnsType<Row> = [
    {
      title: t('grading.col.period'),
      key: 'period',
      render: (_, row) => (
        <span data-testid="grading-period">{formatDate(lastDayOfPeriod(row.periodEnd), locale)}</span>
      ),
    },
    {
      title: t('grading.col.status'),
      key: 'status',
      width: 110,
      render: (_, row) => <ProposalStatusTag status={row.status} />,
    },
    {
      title: t('grading.col.graded'),
      key: 'graded',
      width: 110,
      align: 'right',
      render: (_, row) => formatNumber(row.graded, locale),
    },
    {
      title: t('grading.col.changed'),
      key: 'changed',
      width: 110,
      align: 'right',
      render: (_, row) => formatNumber(row.distribution.changed, locale),
    },
    {
      title: t('grading.col.createdAt'),
      key: 'createdAt',
      width: 160,
      responsive: ['md'],
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      title: t('grading.col.publishedAt'),
      key: 'publishedAt',
      width: 160,
      responsive: ['lg'],
      render: (_, row) => formatDateTime(row.publishedAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      render: (_, row) => (
        <Button
          type="link"
          icon={<EyeOutlined />}
          onClick={(event) => {
            event.stopPropagation();
            open(row);
          }}
          data-testid="grading-open"
        >
          {t('grading.open')}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t('grading.title')}
      testId="grading-page"
      extra={
        <Space wrap>
          <RefreshButton onRefresh={() => void list.refetch()} />
          {editable ? (
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              onClick={() => setRunning(true)}
              data-testid="grading-run"
            >
              {t('grading.run.action')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <PollWhileRunning rows={list.rows} refetch={list.refetch} />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="grading-row"
        hint={t('grading.hint')}
        empty={t('grading.empty')}
        onRowClick={open}
      />
      {editable ? (
        <RunGradingDialog
          open={running}
          onClose={() => setRunning(false)}
          onStarted={(id) => {
            setRunning(false);
            message.success(t('grading.run.started'));
            open({ id });
          }}
        />
      ) : null}
    </Page>
  );
}

/** Refetches the list while a run on it is still computing, so its status and counts follow. */
function PollWhileRunning({ rows, refetch }: { rows: readonly Row[]; refetch: () => Promise<void> }) {
  const computing = rows.some((row) => row.status === 'RUNNING');
  useEffect(() => {
    if (!computing) return undefined;
    const timer = setInterval(() => void refetch(), POLL_MS);
    return () => clearInterval(timer);
  }, [computing, refetch]);
  return null;
}
