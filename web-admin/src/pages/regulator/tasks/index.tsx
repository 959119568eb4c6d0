// My tasks (任务收件箱): overdue first, with the counts that matter and filters; each open task opens its inspection form.
import {
  ExclamationCircleOutlined,
  FileDoneOutlined,
  FormOutlined,
  InboxOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Segmented, Space, Statistic, Switch, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { mayWorkFor } from '../../../access';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { OverdueTag, TaskStatusTag } from '../../../components/tags';
import { rowHook } from '../../../components/testing';
import { formatDateTime } from '../../../format';
import type { MyTasksQuery as MyTasksResult, TaskStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { MyTaskCountsQuery, MyTasksQuery } from './queries';

type Row = MyTasksResult['myTasks']['edges'][number]['node'];
type StatusChoice = 'OPEN' | 'DONE' | 'ALL';

const STATUS: Record<StatusChoice, TaskStatus[] | null> = { OPEN: ['OPEN'], DONE: ['DONE'], ALL: null };

export function MyTasksPage() {
  const { t, locale } = useLocale();
  const user = useUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusChoice>('OPEN');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const pages = useCursorPages(`${status}-${overdueOnly}`);
  const counts = useQuery(MyTaskCountsQuery, {});
  const { data, loading, error, refetch } = useQuery(MyTasksQuery, {
    status: STATUS[status],
    overdue: overdueOnly ? true : null,
    first: 20,
    after: pages.after,
  });
  const refresh = () => {
    void refetch();
    void counts.refetch();
  };

  const inspect = (row: Row) => navigate(`/regulator/tasks/${encodeURIComponent(row.id)}/inspect`);
  const columns: ColumnsType<Row> = [
    {
      title: t('task.field.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{row.enterprise.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.industry.${row.enterprise.industry}`)} · {row.enterprise.township.name}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('task.field.campaign'), key: 'campaign', responsive: ['lg'], render: (_, row) => row.campaign.name },
    {
      title: t('task.field.dueAt'),
      key: 'due',
      width: 170,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(row.dueAt, locale)}</span>
          {row.status === 'OPEN' ? <OverdueTag overdue={row.overdue} /> : null}
        </Space>
      ),
    },
    {
      title: t('task.field.status'),
      key: 'status',
      width: 90,
      responsive: ['md'],
      render: (_, row) => <TaskStatusTag status={row.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      render: (_, row) =>
        row.status === 'OPEN' && mayWorkFor(user, row.assignee.id) ? (
          <Button type="primary" icon={<FormOutlined />} onClick={() => inspect(row)} data-testid="task-inspect">
            {t('task.inspect')}
          </Button>
        ) : row.status === 'DONE' ? (
          <Button onClick={() => inspect(row)}>{t('common.details')}</Button>
        ) : null,
    },
  ];

  const figure = (key: 'open' | 'overdue' | 'done', icon: React.ReactNode, color: string, onClick: () => void) => (
    <Card size="small" className="figure-card" onClick={onClick} data-testid={`task-count-${key}`}>
      <Statistic
        title={t(`task.count.${key}`)}
        value={counts.data?.[key].totalCount ?? '—'}
        prefix={icon}
        styles={{ content: { color } }}
      />
    </Card>
  );

  const connection = data?.myTasks;
  return (
    <Page
      title={t('task.title')}
      testId="my-tasks"
      extra={
        <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('common.refresh')}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        <Col xs={8}>
          {figure('open', <InboxOutlined />, '#1e5bb8', () => {
            setStatus('OPEN');
            setOverdueOnly(false);
          })}
        </Col>
        <Col xs={8}>
          {figure('overdue', <ExclamationCircleOutlined />, '#cf1322', () => {
            setStatus('OPEN');
            setOverdueOnly(true);
          })}
        </Col>
        <Col xs={8}>
          {figure('done', <FileDoneOutlined />, '#389e0d', () => {
            setStatus('DONE');
            setOverdueOnly(false);
          })}
        </Col>
      </Row>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented<StatusChoice>
          aria-label={t('task.field.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'OPEN', label: t('enum.taskStatus.OPEN') },
            { value: 'DONE', label: t('enum.taskStatus.DONE') },
            { value: 'ALL', label: t('common.all') },
          ]}
        />
        <Space>
          <Switch
            checked={overdueOnly}
            onChange={setOverdueOnly}
            aria-label={t('task.overdueOnly')}
            data-testid="task-overdue-only"
          />
          <Typography.Text>{t('task.overdueOnly')}</Typography.Text>
        </Space>
      </Space>
      <ErrorAlert error={error ?? counts.error} onRetry={refresh} />
      <Card size="small">
        <Table<Row>
          rowKey="id"
          loading={loading}
          columns={columns}
          pagination={false}
          size="middle"
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          onRow={(row) =>
            rowHook('task-row', { className: row.overdue && row.status === 'OPEN' ? 'lag-row' : undefined })
          }
          locale={{ emptyText: <Empty description={status === 'OPEN' ? t('task.emptyOpen') : t('task.empty')} /> }}
        />
        {connection ? (
          <CursorPager
            page={pages.page}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        ) : null}
      </Card>
    </Page>
  );
}
