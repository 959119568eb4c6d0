// The campaign list: status, window and progress of every campaign, newest first.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Progress, Segmented, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { CAMPAIGN_KINDS } from '../../../../../domain/types';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { CampaignStatusTag } from '../../../components/tags';
import { formatDate, formatPercent } from '../../../format';
import type { CampaignListQuery as CampaignListResult, CampaignStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { CampaignListQuery } from './queries';

type Row = CampaignListResult['campaigns']['edges'][number]['node'];
/** 督导 rounds have their own list (督导检查): this one is the campaigns'. */
const CAMPAIGN_LIST_KINDS = CAMPAIGN_KINDS.filter((kind) => kind !== 'SUPERVISION');
type StatusChoice = 'CURRENT' | 'ALL' | CampaignStatus;

const STATUS_FILTER: Record<StatusChoice, CampaignStatus[] | null> = {
  CURRENT: ['SCHEDULED', 'ACTIVE', 'PAUSED'],
  ALL: null,
  SCHEDULED: ['SCHEDULED'],
  ACTIVE: ['ACTIVE'],
  PAUSED: ['PAUSED'],
  CLOSED: ['CLOSED'],
  CANCELLED: ['CANCELLED'],
};

export function CampaignListPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<StatusChoice>('CURRENT');
  const list = useConnectionList(
    CampaignListQuery,
    { status: STATUS_FILTER[choice], kinds: CAMPAIGN_LIST_KINDS },
    (data) => data.campaigns,
  );

  const columns: ColumnsType<Row> = [
    {
      title: t('campaign.field.name'),
      key: 'name',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/admin/campaigns/${encodeURIComponent(row.id)}`} data-testid="campaign-link">
            {row.name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`enum.campaignKind.${row.kind}`)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('campaign.field.status'),
      key: 'status',
      width: 100,
      render: (_, row) => <CampaignStatusTag status={row.status} />,
    },
    {
      title: t('campaign.field.window'),
      key: 'window',
      width: 200,
      responsive: ['md'],
      render: (_, row) => `${formatDate(row.startsAt, locale)} – ${formatDate(row.endsAt, locale)}`,
    },
    {
      title: t('campaign.field.taskProgress'),
      key: 'tasks',
      width: 220,
      render: (_, row) => {
        const { tasksDone, tasksTotal } = row.progress;
        return (
          <Tooltip title={t('campaign.progress.tasks', { done: tasksDone, total: tasksTotal })}>
            <Progress
              percent={tasksTotal === 0 ? 0 : Math.round((tasksDone / tasksTotal) * 100)}
              size="small"
              aria-label={t('campaign.field.taskProgress')}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {tasksDone} / {tasksTotal}
            </Typography.Text>
          </Tooltip>
        );
      },
    },
    {
      title: t('campaign.field.rectification'),
      key: 'rate',
      width: 200,
      responsive: ['lg'],
      render: (_, row) => (
        <Tooltip
          title={t('campaign.progress.hazards', {
            closed: row.progress.hazardsClosed,
            found: row.progress.hazardsFound,
          })}
        >
          <Progress
            percent={Math.round(row.progress.rectificationRate * 100)}
            size="small"
            status={row.progress.rectificationRate < 1 ? 'active' : 'success'}
            format={() => formatPercent(row.progress.rectificationRate, locale)}
            aria-label={t('campaign.field.rectification')}
          />
        </Tooltip>
      ),
    },
    {
      title: t('campaign.field.overdue'),
      key: 'overdue',
      width: 110,
      responsive: ['lg'],
      render: (_, row) =>
        row.progress.tasksOverdue > 0 ? <Tag color="red">{row.progress.tasksOverdue}</Tag> : <Tag>0</Tag>,
    },
  ];

  const launch = () => void navigate('/admin/campaigns/new');
  return (
    <Page
      title={t('campaign.list.title')}
      testId="campaign-list"
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} iconOnly />
          <Button type="primary" icon={<PlusOutlined />} onClick={launch} data-testid="campaign-launch">
            {t('campaign.launch.action')}
          </Button>
        </>
      }
    >
      <Segmented<StatusChoice>
        style={{ marginBottom: 16 }}
        aria-label={t('campaign.field.status')}
        value={choice}
        onChange={setChoice}
        options={(['CURRENT', 'ACTIVE', 'PAUSED', 'CLOSED', 'CANCELLED', 'ALL'] as const).map((c) => ({
          value: c,
          label:
            c === 'CURRENT'
              ? t('campaign.list.current')
              : c === 'ALL'
                ? t('common.all')
                : t(`enum.campaignStatus.${c}`),
        }))}
      />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="campaign-row"
        size="large"
        empty={t('campaign.list.empty')}
        emptyAction={
          <Button type="primary" onClick={launch}>
            {t('campaign.launch.action')}
          </Button>
        }
      />
    </Page>
  );
}
