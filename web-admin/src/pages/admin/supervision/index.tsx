// 督导检查: the county office's rounds over townships and departments, newest first, with their window, units and
// progress; a new round is launched from here.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { CampaignStatusTag } from '../../../components/tags';
import { formatDate } from '../../../format';
import type { SupervisionRoundsQuery as RoundsResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { LaunchSupervisionDialog } from './components/LaunchSupervisionDialog';
import { roundPath } from './paths';
import { SupervisionRoundsQuery } from './queries';

type Row = RoundsResult['campaigns']['edges'][number]['node'];

const sum = (row: Row, field: 'siteChecks' | 'siteChecksDone' | 'hazardsFound' | 'hazardsClosed') =>
  row.supervisedUnits.reduce((total, unit) => total + unit[field], 0);

export function SupervisionRoundsPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [launching, setLaunching] = useState(false);
  const list = useConnectionList(SupervisionRoundsQuery, {}, (data) => data.campaigns);

  const columns: ColumnsType<Row> = [
    {
      title: t('supervision.field.name'),
      key: 'name',
      render: (_, row) => (
        <Link to={roundPath(row.id)} data-testid="supervision-link">
          {row.name}
        </Link>
      ),
    },
    {
      title: t('campaign.field.status'),
      key: 'status',
      width: 100,
      render: (_, row) => <CampaignStatusTag status={row.status} />,
    },
    {
      title: t('supervision.field.window'),
      key: 'window',
      width: 200,
      responsive: ['md'],
      render: (_, row) => `${formatDate(row.startsAt, locale)} – ${formatDate(row.endsAt, locale)}`,
    },
    {
      title: t('supervision.field.units'),
      key: 'units',
      width: 120,
      render: (_, row) => t('supervision.field.unitCount', { n: row.supervisedUnits.length }),
    },
    {
      title: t('supervision.field.siteChecks'),
      key: 'siteChecks',
      width: 120,
      render: (_, row) => `${sum(row, 'siteChecksDone')} / ${sum(row, 'siteChecks')}`,
    },
    {
      title: t('supervision.field.hazards'),
      key: 'hazards',
      width: 170,
      responsive: ['lg'],
      render: (_, row) => `${sum(row, 'hazardsClosed')} / ${sum(row, 'hazardsFound')}`,
    },
  ];

  const launch = () => setLaunching(true);
  return (
    <Page
      title={t('supervision.list.title')}
      testId="supervision-list"
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} iconOnly />
          <Button type="primary" icon={<PlusOutlined />} onClick={launch} data-testid="supervision-launch">
            {t('supervision.launch.action')}
          </Button>
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('supervision.list.intro')}</Typography.Paragraph>
      <ListTable
        list={list}
        columns={columns}
        rowTestId="supervision-row"
        size="large"
        empty={t('supervision.list.empty')}
        emptyAction={
          <Button type="primary" onClick={launch}>
            {t('supervision.launch.action')}
          </Button>
        }
      />
      <LaunchSupervisionDialog
        open={launching}
        onClose={() => setLaunching(false)}
        onLaunched={(id) => {
          setLaunching(false);
          message.success(t('supervision.launch.done'));
          void navigate(roundPath(id));
        }}
      />
    </Page>
  );
}
