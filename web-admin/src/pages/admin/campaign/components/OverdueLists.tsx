// Overdue tasks and overdue hazards of a campaign, the first twenty of each, with their totals.
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../../../api/hooks';
import { TwoLines } from '../../../../components/cells';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SimpleList } from '../../../../components/SimpleList';
import { HazardLevelTag, TaskTopicTag } from '../../../../components/tags';
import { formatDateTime } from '../../../../format';
import { useLocale } from '../../../../locales';
import { ledgerSearch } from '../../../../shared/hazards/filters';
import { CampaignOverdueQuery } from '../queries';

/** One list of what is overdue: its total in the title, its first rows, or a word that there is none. */
function OverdueCard<T extends { id: string }>({
  title,
  loading,
  testId,
  extra,
  items,
  empty,
  render,
  children,
}: {
  title: string;
  loading: boolean;
  testId: string;
  extra?: ReactNode;
  items: readonly T[];
  empty: string;
  render: (item: T) => ReactNode;
  children?: ReactNode;
}) {
  return (
    <Col xs={24} xl={12}>
      <Card size="small" title={title} loading={loading} data-testid={testId} extra={extra}>
        {children}
        <SimpleList
          items={items}
          rowKey={(item) => item.id}
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
          render={render}
        />
      </Card>
    </Col>
  );
}

export function OverdueLists({ campaignId, refreshKey }: { campaignId: string; refreshKey: number }) {
  const { t, locale } = useLocale();
  const { data, error, loading, refetch } = useQuery(CampaignOverdueQuery, { id: campaignId });
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);
  const tasks = data?.campaign?.tasks;
  const hazards = data?.hazards;
  const waiting = loading && !data;
  return (
    <Row gutter={[16, 16]}>
      <OverdueCard
        title={t('campaign.overdue.tasks', { n: tasks?.totalCount ?? 0 })}
        loading={waiting}
        testId="overdue-tasks"
        items={tasks?.edges.map((e) => e.node) ?? []}
        empty={t('campaign.overdue.noTasks')}
        render={(task) => (
          <TwoLines
            main={
              <Space size={4} wrap>
                <Typography.Text>{task.enterprise.name}</Typography.Text>
                <TaskTopicTag topic={task.topic} />
              </Space>
            }
            detail={`${task.assignee.name} · ${t('campaign.overdue.dueAt', { at: formatDateTime(task.dueAt, locale) })}`}
          />
        )}
      >
        <ErrorAlert
          error={error}
          onRetry={() => {
            void refetch();
          }}
        />
      </OverdueCard>
      <OverdueCard
        title={t('campaign.overdue.hazards', { n: hazards?.totalCount ?? 0 })}
        loading={waiting}
        testId="overdue-hazards"
        extra={
          <Link to={`/admin/hazards?${ledgerSearch({ campaignId, overdue: true })}`}>{t('campaign.overdue.all')}</Link>
        }
        items={hazards?.edges.map((e) => e.node) ?? []}
        empty={t('campaign.overdue.noHazards')}
        render={(hazard) => (
          <TwoLines
            main={
              <Space>
                <HazardLevelTag level={hazard.level} />
                <Typography.Text>{hazard.description}</Typography.Text>
              </Space>
            }
            detail={`${hazard.enterprise.name} · ${hazard.regulator.name} · ${t('campaign.overdue.rectifyBy', { at: formatDateTime(hazard.rectifyBy, locale) })}`}
          />
        )}
      />
    </Row>
  );
}
