// My tasks (任务收件箱): overdue first, with the counts that matter and filters; each open task opens its inspection form.
import { ExclamationCircleOutlined, FileDoneOutlined, FormOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Col, Grid, Row, Segmented, Space, Statistic, Switch, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { mayWorkFor } from '../../../access';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { DueCell, TwoLines } from '../../../components/cells';
import { TaskStatusTag, TaskTopicTag } from '../../../components/tags';
import type { MyTasksQuery as MyTasksResult, TaskStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { DutyPostsCard } from '../../../shared/emergency/DutyPostsCard';
import { MyTaskCountsQuery, MyTasksQuery } from './queries';
import { taskSource } from '../../../shared/task-origin';

type Row = MyTasksResult['myTasks']['edges'][number]['node'];
type StatusChoice = 'OPEN' | 'DONE' | 'ALL';

const STATUS: Record<StatusChoice, TaskStatus[] | null> = { OPEN: ['OPEN'], DONE: ['DONE'], ALL: null };

export function MyTasksPage() {
  const { t } = useLocale();
  const user = useUser();
  const phone = Grid.useBreakpoint().sm === false;
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusChoice>('OPEN');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const counts = useQuery(MyTaskCountsQuery, {});
  const list = useConnectionList(
    MyTasksQuery,
    { status: STATUS[status], overdue: overdueOnly ? true : null },
    (d) => d.myTasks,
  );
  const refresh = () => {
    void list.refetch();
    void counts.refetch();
  };

  const inspect = (row: Row) => void navigate(`/regulator/tasks/${encodeURIComponent(row.id)}/inspect`);
  const columns: ColumnsType<Row> = [
    {
      title: t('task.field.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <TwoLines
            main={
              <Space size={4} wrap>
                <Typography.Text strong>{row.enterprise.name}</Typography.Text>
                <TaskTopicTag topic={row.topic} />
              </Space>
            }
            detail={`${t(`enum.industry.${row.enterprise.industry}`)} · ${row.enterprise.township.name}`}
          />
          {/* On a phone the due time sits under the enterprise: its column is hidden. */}
          {phone ? <DueCell at={row.dueAt} overdue={row.status === 'OPEN' && row.overdue} /> : null}
        </Space>
      ),
    },
    {
      title: t('task.field.campaign'),
      key: 'campaign',
      responsive: ['lg'],
      // A tip's verification (VERIFY) belongs to no campaign.
      render: (_, row) => taskSource(row, t),
    },
    {
      title: t('task.field.dueAt'),
      key: 'due',
      width: 170,
      responsive: ['sm'],
      render: (_, row) => <DueCell at={row.dueAt} overdue={row.status === 'OPEN' && row.overdue} />,
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
          <Button onClick={() => inspect(row)} data-testid="task-details">
            {t('common.details')}
          </Button>
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

  return (
    <Page title={t('task.title')} testId="my-tasks" extra={<RefreshButton onRefresh={refresh} />}>
      <DutyPostsCard whenOpen />
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
      <ListTable
        list={list}
        columns={columns}
        rowTestId="task-row"
        empty={status === 'OPEN' ? t('task.emptyOpen') : t('task.empty')}
        rowClassName={(row) => (row.overdue && row.status === 'OPEN' ? 'lag-row' : undefined)}
        error={list.error ?? counts.error}
        onRetry={refresh}
      />
    </Page>
  );
}
