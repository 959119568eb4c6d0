// 企业端 home: the enterprise, what waits for it, and its self-checks (企业自查) as cards a phone can read.
import { CheckCircleOutlined, FormOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Segmented, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../api/hooks';
import { CardList } from '../../components/CardList';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { DueCell } from '../../components/cells';
import { GradeTag, ListStatusTag, TaskStatusTag } from '../../components/tags';
import type { TaskStatus } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useLocale } from '../../locales';
import { EnterpriseHomeQuery, SelfCheckTasksQuery } from './queries';
import { taskSource } from '../../shared/task-origin';
import { PendingWarningsBanner } from './warnings';

type StatusChoice = 'OPEN' | 'DONE';
const STATUS: Record<StatusChoice, TaskStatus[]> = { OPEN: ['OPEN'], DONE: ['DONE'] };

export function SelfCheckTasksPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const [status, setStatus] = useState<StatusChoice>('OPEN');
  const home = useQuery(EnterpriseHomeQuery, {});
  const list = useConnectionList(SelfCheckTasksQuery, { status: STATUS[status] }, (d) => d.myTasks);
  const enterprise = home.data?.me?.enterprise;
  const refresh = () => {
    void list.refetch();
    void home.refetch();
  };
  const open = (id: string) => void navigate(`/enterprise/tasks/${encodeURIComponent(id)}`);

  const figure = (title: string, value: number | undefined, color: string, to: string, testId: string) => (
    <Card size="small" className="figure-card" onClick={() => void navigate(to)} data-testid={testId}>
      <Statistic title={title} value={value ?? '—'} styles={{ content: { color } }} />
    </Card>
  );

  return (
    <Page title={t('enterprise.home.title')} testId="enterprise-home" extra={<RefreshButton onRefresh={refresh} />}>
      <PendingWarningsBanner />
      {enterprise ? (
        <Card size="small" style={{ marginBottom: 12 }} data-testid="enterprise-card">
          <Descriptions
            size="small"
            column={1}
            title={enterprise.name}
            items={[
              { key: 'uscc', label: t('enterprise.home.uscc'), children: enterprise.uscc },
              {
                key: 'grade',
                label: t('enterprise.home.grade'),
                children: (
                  <Space size={4}>
                    <GradeTag grade={enterprise.grade} />
                    <ListStatusTag status={enterprise.listStatus} />
                  </Space>
                ),
              },
              {
                key: 'units',
                label: t('enterprise.home.units'),
                children: `${enterprise.regulator.name} · ${enterprise.township.name}`,
              },
            ]}
          />
        </Card>
      ) : null}
      <Row gutter={[8, 8]} style={{ marginBottom: 12 }}>
        <Col xs={8}>
          {figure(
            t('enterprise.count.selfChecks'),
            home.data?.openSelfChecks.totalCount,
            '#1e5bb8',
            '/enterprise/tasks',
            'count-self-checks',
          )}
        </Col>
        <Col xs={8}>
          {figure(
            t('enterprise.count.toRectify'),
            home.data?.toRectify.totalCount,
            '#fa8c16',
            '/enterprise/hazards',
            'count-to-rectify',
          )}
        </Col>
        <Col xs={8}>
          {figure(
            t('enterprise.count.overdue'),
            home.data?.overdue.totalCount,
            '#cf1322',
            '/enterprise/hazards',
            'count-overdue',
          )}
        </Col>
      </Row>
      <Segmented<StatusChoice>
        block
        style={{ marginBottom: 12 }}
        aria-label={t('task.field.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'OPEN', label: t('enterprise.selfCheck.open') },
          { value: 'DONE', label: t('enterprise.selfCheck.done') },
        ]}
      />
      <CardList
        list={list}
        testId="self-check-list"
        empty={status === 'OPEN' ? t('enterprise.selfCheck.emptyOpen') : t('enterprise.selfCheck.empty')}
        render={(task) => (
          <Card
            size="small"
            data-testid="self-check-card"
            className={task.overdue && task.status === 'OPEN' ? 'lag-card' : undefined}
            title={<Typography.Text strong>{taskSource(task, t)}</Typography.Text>}
            extra={<TaskStatusTag status={task.status} />}
            actions={[
              task.status === 'OPEN' ? (
                <Button
                  key="do"
                  type="link"
                  icon={<FormOutlined />}
                  onClick={() => open(task.id)}
                  data-testid="self-check-open"
                >
                  {t('enterprise.selfCheck.start')}
                </Button>
              ) : (
                <Button key="view" type="link" icon={<CheckCircleOutlined />} onClick={() => open(task.id)}>
                  {t('common.details')}
                </Button>
              ),
            ]}
          >
            <Space orientation="vertical" size={2}>
              <span>
                {t('enterprise.selfCheck.dueAt')}：
                <DueCell at={task.dueAt} overdue={task.overdue && task.status === 'OPEN'} />
              </span>
              {task.doneAt ? (
                <Typography.Text type="secondary">
                  {t('enterprise.selfCheck.doneAt', { at: formatDateTime(task.doneAt, locale) })}
                </Typography.Text>
              ) : null}
            </Space>
          </Card>
        )}
      />
    </Page>
  );
}
