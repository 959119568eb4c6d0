// Overdue tasks and overdue hazards of a campaign, the first twenty of each, with their totals.
import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SimpleList } from '../../../../components/SimpleList';
import { HazardLevelTag } from '../../../../components/tags';
import { formatDateTime } from '../../../../format';
import { useLocale } from '../../../../locales';
import { ledgerSearch } from '../../../../shared/hazards/filters';
import { CampaignOverdueQuery } from '../queries';

export function OverdueLists({ campaignId, refreshKey }: { campaignId: string; refreshKey: number }) {
  const { t, locale } = useLocale();
  const { data, error, loading, refetch } = useQuery(CampaignOverdueQuery, { id: campaignId });
  useEffect(() => {
    if (refreshKey > 0) void refetch();
  }, [refreshKey, refetch]);
  const tasks = data?.campaign?.tasks;
  const hazards = data?.hazards;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('campaign.overdue.tasks', { n: tasks?.totalCount ?? 0 })}
          loading={loading && !data}
          data-testid="overdue-tasks"
        >
          <ErrorAlert
            error={error}
            onRetry={() => {
              void refetch();
            }}
          />
          <SimpleList
            items={tasks?.edges.map((e) => e.node) ?? []}
            rowKey={(task) => task.id}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.overdue.noTasks')} />}
            render={(task) => (
              <Space orientation="vertical" size={0}>
                <Typography.Text>{task.enterprise.name}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {task.assignee.name} · {t('campaign.overdue.dueAt', { at: formatDateTime(task.dueAt, locale) })}
                </Typography.Text>
              </Space>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          title={t('campaign.overdue.hazards', { n: hazards?.totalCount ?? 0 })}
          loading={loading && !data}
          data-testid="overdue-hazards"
          extra={
            <Link to={`/admin/hazards?${ledgerSearch({ campaignId, overdue: true })}`}>
              {t('campaign.overdue.all')}
            </Link>
          }
        >
          <SimpleList
            items={hazards?.edges.map((e) => e.node) ?? []}
            rowKey={(hazard) => hazard.id}
            empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.overdue.noHazards')} />}
            render={(hazard) => (
              <Space orientation="vertical" size={0}>
                <Space>
                  <HazardLevelTag level={hazard.level} />
                  <Typography.Text>{hazard.description}</Typography.Text>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {hazard.enterprise.name} · {hazard.regulator.name} ·{' '}
                  {t('campaign.overdue.rectifyBy', { at: formatDateTime(hazard.rectifyBy, locale) })}
                </Typography.Text>
              </Space>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
