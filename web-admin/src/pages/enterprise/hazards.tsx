// The enterprise's hazards (隐患整改): what it is to rectify and by when, its reports awaiting verification or the
// county office's sign-off, and what is closed — as cards, each with its report and its record; under an order to
// rectify, a reported hazard's card applies for the 复查 (申请复查).
import { AuditOutlined, ToolOutlined } from '@ant-design/icons';
import { App, Button, Card, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { CardList } from '../../components/CardList';
import { useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { DueCell } from '../../components/cells';
import { HazardLevelTag, HazardSourceTag, HazardStatusTag, ReporterTag } from '../../components/tags';
import type { HazardListQuery, HazardStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { HazardDetailDrawer } from '../../shared/hazards/HazardDetailDrawer';
import { HazardListQuery as ListQuery } from '../../shared/hazards/queries';
import { ReinspectionRequest } from '../../shared/hazards/ReinspectionRequest';
import { ReportDialog } from '../../shared/hazards/ReportDialog';

type Row = HazardListQuery['hazards']['edges'][number]['node'];
type Stage = 'OPEN' | 'REPORTED' | 'CLOSED';

const STATUS: Record<Stage, HazardStatus[]> = {
  OPEN: ['OPEN'],
  REPORTED: ['PENDING_VERIFICATION', 'PENDING_SIGN_OFF'],
  CLOSED: ['CLOSED'],
};

export function EnterpriseHazardsPage() {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [stage, setStage] = useState<Stage>('OPEN');
  const list = useConnectionList(ListQuery, { filter: { status: STATUS[stage] } }, (data) => data.hazards);
  const [reporting, setReporting] = useState<Row | null>(null);
  const [detail, setDetail] = useState<string | null>(null);

  return (
    <Page
      title={t('enterprise.hazards.title')}
      testId="enterprise-hazards"
      extra={<RefreshButton onRefresh={() => void list.refetch()} />}
    >
      <Segmented<Stage>
        block
        style={{ marginBottom: 12 }}
        aria-label={t('hazard.field.status')}
        value={stage}
        onChange={setStage}
        options={[
          { value: 'OPEN', label: t('enterprise.hazards.open') },
          { value: 'REPORTED', label: t('enterprise.hazards.reported') },
          { value: 'CLOSED', label: t('enterprise.hazards.closed') },
        ]}
      />
      <CardList
        list={list}
        testId="enterprise-hazard-list"
        empty={stage === 'OPEN' ? t('enterprise.hazards.emptyOpen') : t('enterprise.hazards.empty')}
        render={(hazard) => (
          <Card
            size="small"
            data-testid="enterprise-hazard-card"
            className={hazard.overdue ? 'lag-card' : undefined}
            title={
              <Space size={4} wrap>
                <HazardLevelTag level={hazard.level} />
                <HazardSourceTag source={hazard.source} />
              </Space>
            }
            extra={<HazardStatusTag status={hazard.status} />}
            actions={[
              ...(hazard.status === 'OPEN'
                ? [
                    <Button
                      key="report"
                      type="link"
                      icon={<ToolOutlined />}
                      onClick={() => setReporting(hazard)}
                      data-testid="enterprise-report-open"
                    >
                      {t('rectification.report.action')}
                    </Button>,
                  ]
                : []),
              <Button key="detail" type="link" icon={<AuditOutlined />} onClick={() => setDetail(hazard.id)}>
                {t('common.details')}
              </Button>,
            ]}
          >
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text strong>{hazard.description}</Typography.Text>
              {hazard.location ? <Typography.Text type="secondary">{hazard.location}</Typography.Text> : null}
              <span>
                {t('hazard.field.rectifyBy')}：<DueCell at={hazard.rectifyBy} overdue={hazard.overdue} />
              </span>
              {hazard.rectificationMeasures ? (
                <Typography.Text type="secondary">
                  {t('hazard.field.measures')}：{hazard.rectificationMeasures}{' '}
                  <ReporterTag onBehalf={hazard.reportedOnBehalf} />
                </Typography.Text>
              ) : null}
              <ReinspectionRequest hazard={hazard} onDone={() => void list.refetch()} />
            </Space>
          </Card>
        )}
      />
      <ReportDialog
        hazard={reporting}
        onBehalf={false}
        onClose={() => {
          setReporting(null);
          void list.refetch();
        }}
        onDone={() => {
          setReporting(null);
          message.success(t('rectification.report.done'));
          void list.refetch();
        }}
      />
      <HazardDetailDrawer hazardId={detail} onClose={() => setDetail(null)} />
    </Page>
  );
}
