// Hazards of my org by stage: awaiting rectification (report on the enterprise's behalf) and awaiting verification (verify).
import { AuditOutlined, CheckCircleOutlined, ReloadOutlined, ToolOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Empty, Space, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useQuery } from '../../../api/hooks';
import { mayWorkFor } from '../../../access';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { HazardLevelTag, HazardStatusTag, OverdueTag } from '../../../components/tags';
import { rowHook } from '../../../components/testing';
import { formatDateTime } from '../../../format';
import type { HazardStatus, RectificationQueueQuery as QueueResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useUser } from '../../../session';
import { HazardDetailDrawer } from '../../../shared/hazards/HazardDetailDrawer';
import { ReportDialog } from './components/ReportDialog';
import { VerifyDialog } from './components/VerifyDialog';
import { RectificationCountsQuery, RectificationQueueQuery } from './queries';

type Row = QueueResult['hazards']['edges'][number]['node'];
type Stage = 'OPEN' | 'PENDING_VERIFICATION' | 'OVERDUE' | 'CLOSED';

const FILTER: Record<Stage, { status: HazardStatus[] | null; overdue: boolean | null }> = {
  OPEN: { status: ['OPEN'], overdue: null },
  PENDING_VERIFICATION: { status: ['PENDING_VERIFICATION'], overdue: null },
  OVERDUE: { status: null, overdue: true },
  CLOSED: { status: ['CLOSED'], overdue: null },
};

export function RectificationPage() {
  const { t, locale } = useLocale();
  const user = useUser();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>('OPEN');
  const pages = useCursorPages(stage);
  const counts = useQuery(RectificationCountsQuery, {});
  const { data, loading, error, refetch } = useQuery(RectificationQueueQuery, {
    filter: FILTER[stage],
    first: 20,
    after: pages.after,
  });
  const [reporting, setReporting] = useState<Row | null>(null);
  const [verifying, setVerifying] = useState<Row | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const refresh = () => {
    void refetch();
    void counts.refetch();
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('hazard.field.description'),
      key: 'description',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{row.description}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.enterprise.name}
            {row.location ? ` · ${row.location}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('hazard.field.level'),
      key: 'level',
      width: 130,
      render: (_, row) => <HazardLevelTag level={row.level} />,
    },
    {
      title: t('hazard.field.rectifyBy'),
      key: 'rectifyBy',
      width: 170,
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <span>{formatDateTime(row.rectifyBy, locale)}</span>
          <OverdueTag overdue={row.overdue} />
        </Space>
      ),
    },
    {
      title: t('hazard.field.status'),
      key: 'status',
      width: 110,
      responsive: ['md'],
      render: (_, row) => <HazardStatusTag status={row.status} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 210,
      render: (_, row) => {
        const may = mayWorkFor(user, row.regulator.id);
        return (
          <Space wrap onClick={(event) => event.stopPropagation()}>
            {may && row.status === 'OPEN' ? (
              <Button
                type="primary"
                icon={<ToolOutlined />}
                onClick={() => setReporting(row)}
                data-testid="report-open"
              >
                {t('rectify.report.action')}
              </Button>
            ) : null}
            {may && row.status === 'PENDING_VERIFICATION' ? (
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                onClick={() => setVerifying(row)}
                data-testid="verify-open"
              >
                {t('rectify.verify.action')}
              </Button>
            ) : null}
            <Button icon={<AuditOutlined />} onClick={() => setDetail(row.id)} aria-label={t('common.details')}>
              {t('common.details')}
            </Button>
          </Space>
        );
      },
    },
  ];

  const count = (key: 'open' | 'pending' | 'overdue' | 'closed') => counts.data?.[key].totalCount ?? 0;
  const tab = (key: Stage, label: string, n: number, color: string) => ({
    key,
    label: (
      <Space size={6} data-testid={`rectify-tab-${key}`}>
        {label}
        <Badge count={n} showZero color={color} overflowCount={9999} />
      </Space>
    ),
  });
  const connection = data?.hazards;

  return (
    <Page
      title={t('rectify.title')}
      testId="rectification-page"
      extra={
        <Button icon={<ReloadOutlined />} onClick={refresh} aria-label={t('common.refresh')}>
          {t('common.refresh')}
        </Button>
      }
    >
      <Tabs
        activeKey={stage}
        onChange={(key) =>
          setStage(key === 'PENDING_VERIFICATION' || key === 'OVERDUE' || key === 'CLOSED' ? key : 'OPEN')
        }
        items={[
          tab('OPEN', t('rectify.stage.open'), count('open'), '#fa8c16'),
          tab('PENDING_VERIFICATION', t('rectify.stage.pending'), count('pending'), '#1677ff'),
          tab('OVERDUE', t('rectify.stage.overdue'), count('overdue'), '#cf1322'),
          tab('CLOSED', t('rectify.stage.closed'), count('closed'), '#52c41a'),
        ]}
      />
      <ErrorAlert error={error ?? counts.error} onRetry={refresh} />
      <Card size="small">
        <Table<Row>
          rowKey="id"
          loading={loading}
          columns={columns}
          pagination={false}
          size="middle"
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          onRow={(row) => rowHook('hazard-row', { onClick: () => setDetail(row.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t('rectify.empty')} /> }}
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
      <ReportDialog
        hazard={reporting}
        onClose={() => {
          setReporting(null);
          refresh();
        }}
        onDone={() => {
          setReporting(null);
          message.success(t('rectify.report.done'));
          refresh();
        }}
      />
      <VerifyDialog
        hazard={verifying}
        onClose={() => {
          setVerifying(null);
          refresh();
        }}
        onDone={(passed) => {
          setVerifying(null);
          message.success(passed ? t('rectify.verify.passed') : t('rectify.verify.rejected'));
          refresh();
        }}
      />
      <HazardDetailDrawer hazardId={detail} onClose={() => setDetail(null)} />
    </Page>
  );
}
