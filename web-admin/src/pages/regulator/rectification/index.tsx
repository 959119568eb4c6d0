// Hazards of my org by stage: awaiting rectification (report on the enterprise's behalf, 代报) and awaiting
// verification (verified by someone other than the reporter).
import { AuditOutlined, CheckCircleOutlined, ToolOutlined } from '@ant-design/icons';
import { App, Badge, Button, Grid, Space, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useQuery } from '../../../api/hooks';
import { mayWorkFor } from '../../../access';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { DueCell, TwoLines } from '../../../components/cells';
import { HazardLevelTag, HazardStatusTag } from '../../../components/tags';
import type { HazardListQuery, HazardStatus } from '../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../locales';
import { useUser } from '../../../session';
import { HazardDetailDrawer } from '../../../shared/hazards/HazardDetailDrawer';
import { ReportDialog } from '../../../shared/hazards/ReportDialog';
import { VerifyDialog } from './components/VerifyDialog';
import { HazardListQuery as ListQuery } from '../../../shared/hazards/queries';
import { RectificationCountsQuery } from './queries';

type Row = HazardListQuery['hazards']['edges'][number]['node'];
type Stage = 'OPEN' | 'PENDING_VERIFICATION' | 'OVERDUE' | 'CLOSED';

const FILTER: Record<Stage, { status: HazardStatus[] | null; overdue: boolean | null }> = {
  OPEN: { status: ['OPEN'], overdue: null },
  PENDING_VERIFICATION: { status: ['PENDING_VERIFICATION'], overdue: null },
  OVERDUE: { status: null, overdue: true },
  CLOSED: { status: ['CLOSED'], overdue: null },
};

export function RectificationPage() {
  const { t } = useLocale();
  const user = useUser();
  const phone = Grid.useBreakpoint().sm === false;
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>('OPEN');
  const counts = useQuery(RectificationCountsQuery, {});
  const list = useConnectionList(ListQuery, { filter: FILTER[stage] }, (data) => data.hazards);
  const [reporting, setReporting] = useState<Row | null>(null);
  const [verifying, setVerifying] = useState<Row | null>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const refresh = () => {
    void list.refetch();
    void counts.refetch();
  };

  // The step a hazard waits for, which its regulator's officer takes from here.
  const steps: Partial<
    Record<HazardStatus, { icon: ReactNode; label: MessageKey; testId: string; open: (row: Row) => void }>
  > = {
    OPEN: { icon: <ToolOutlined />, label: 'rectification.report.action', testId: 'report-open', open: setReporting },
    PENDING_VERIFICATION: {
      icon: <CheckCircleOutlined />,
      label: 'rectification.verify.action',
      testId: 'verify-open',
      open: setVerifying,
    },
  };
  const columns: ColumnsType<Row> = [
    {
      title: t('hazard.field.description'),
      key: 'description',
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <TwoLines
            main={<Typography.Text strong>{row.description}</Typography.Text>}
            detail={`${row.enterprise.name}${row.location ? ` · ${row.location}` : ''}`}
          />
          {/* On a phone the level and the deadline sit under the description: their columns are hidden. */}
          {phone ? (
            <Space size={4} wrap>
              <HazardLevelTag level={row.level} />
              <DueCell at={row.rectifyBy} overdue={row.overdue} />
            </Space>
          ) : null}
        </Space>
      ),
    },
    {
      title: t('hazard.field.level'),
      key: 'level',
      width: 130,
      responsive: ['sm'],
      render: (_, row) => <HazardLevelTag level={row.level} />,
    },
    {
      title: t('hazard.field.rectifyBy'),
      key: 'rectifyBy',
      width: 170,
      responsive: ['sm'],
      render: (_, row) => <DueCell at={row.rectifyBy} overdue={row.overdue} />,
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
      width: phone ? 112 : 210,
      render: (_, row) => {
        // Verification is the verifier's: the unit's own, or for a 督导 finding the county office's (次日核查).
        const stepUnit = row.status === 'PENDING_VERIFICATION' ? row.verifierUnit.id : row.regulator.id;
        const step = mayWorkFor(user, stepUnit) ? steps[row.status] : undefined;
        const byCountyOffice =
          row.status === 'PENDING_VERIFICATION' && row.verifierUnit.id !== row.regulator.id && !step;
        return (
          <Space wrap orientation={phone ? 'vertical' : 'horizontal'} onClick={(event) => event.stopPropagation()}>
            {byCountyOffice ? (
              <Typography.Text type="secondary" data-testid="verify-by-county-office">
                {t('rectification.verify.byCountyOffice')}
              </Typography.Text>
            ) : null}
            {step ? (
              <Button type="primary" icon={step.icon} onClick={() => step.open(row)} data-testid={step.testId}>
                {t(step.label)}
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

  return (
    <Page title={t('rectification.title')} testId="rectification-page" extra={<RefreshButton onRefresh={refresh} />}>
      <Tabs
        activeKey={stage}
        onChange={(key) =>
          setStage(key === 'PENDING_VERIFICATION' || key === 'OVERDUE' || key === 'CLOSED' ? key : 'OPEN')
        }
        items={[
          tab('OPEN', t('rectification.stage.open'), count('open'), '#fa8c16'),
          tab('PENDING_VERIFICATION', t('rectification.stage.pending'), count('pending'), '#1677ff'),
          tab('OVERDUE', t('rectification.stage.overdue'), count('overdue'), '#cf1322'),
          tab('CLOSED', t('rectification.stage.closed'), count('closed'), '#52c41a'),
        ]}
      />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="hazard-row"
        empty={t('rectification.empty')}
        onRowClick={(row) => setDetail(row.id)}
        error={list.error ?? counts.error}
        onRetry={refresh}
      />
      <ReportDialog
        hazard={reporting}
        onBehalf
        onClose={() => {
          setReporting(null);
          refresh();
        }}
        onDone={() => {
          setReporting(null);
          message.success(t('rectification.report.done'));
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
          message.success(passed ? t('rectification.verify.passed') : t('rectification.verify.rejected'));
          refresh();
        }}
      />
      <HazardDetailDrawer hazardId={detail} onClose={() => setDetail(null)} />
    </Page>
  );
}
