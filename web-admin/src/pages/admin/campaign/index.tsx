// One campaign: its progress overall and per unit, the hazard funnel, what is overdue, charts, reports, and its steering.
import { AuditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Progress, Result, Row, Space, Spin, Statistic, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { BackButton } from '../../../components/BackButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { CampaignStatusTag } from '../../../components/tags';
import { formatDateTime, formatPercent } from '../../../format';
import { useLocale } from '../../../locales';
import { rowsBy, UnitTabs } from '../../../shared/figures/UnitTabs';
import { durationWords } from '../launch/ladder';
import { byGradeSummary } from '../launch/sampling';
import { BreakdownTable } from './components/BreakdownTable';
import { CampaignActions } from './components/CampaignActions';
import { RegulatorChart, TrendChart } from './components/Charts';
import { FanOutProgress } from './components/FanOutProgress';
import { EnterpriseDuty } from '../../../shared/figures/EnterpriseDuty';
import { HazardFunnel } from './components/HazardFunnel';
import { OverdueLists } from './components/OverdueLists';
import { Reports } from './components/Reports';
import { roundPath } from '../supervision/paths';
import { CampaignDetailQuery } from './queries';

function launchedState(state: unknown): { expectedTasks: number | null } | null {
  if (typeof state !== 'object' || state === null || !('launched' in state) || state.launched !== true) return null;
  const expected = 'expectedTasks' in state && typeof state.expectedTasks === 'number' ? state.expectedTasks : null;
  return { expectedTasks: expected };
}

export function CampaignPage() {
  const { t, locale } = useLocale();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const launched = launchedState(location.state);
  const [refreshKey, setRefreshKey] = useState(0);
  const { data, loading, error, refetch } = useQuery(CampaignDetailQuery, { id });
  const refresh = useCallback(() => {
    void refetch();
    setRefreshKey((k) => k + 1);
  }, [refetch]);

  const campaign = data?.campaign;
  if (loading && !data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!campaign) {
    return error ? (
      <ErrorAlert error={error} onRetry={refresh} />
    ) : (
      <Result status="404" title={t('campaign.notFound')} extra={<BackButton to="/admin/campaigns" plain />} />
    );
  }
  // A 督导 round has its own page: its units, ledger checks and site checks.
  if (campaign.kind === 'SUPERVISION') return <Navigate to={roundPath(campaign.id)} replace />;
  const p = campaign.progress;
  const words = (iso: string) => {
    const w = durationWords(iso);
    return w ? t(w.key, { n: w.n }) : iso;
  };

  return (
    <Page
      title={
        <Space wrap>
          {campaign.name}
          <CampaignStatusTag status={campaign.status} />
        </Space>
      }
      testId="campaign-page"
      extra={
        <>
          <BackButton to="/admin/campaigns" />
          <RefreshButton onRefresh={refresh} iconOnly />
          <Button
            icon={<AuditOutlined />}
            onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(campaign.id)}`)}
            data-testid="campaign-audit"
          >
            {t('common.auditLog')}
          </Button>
          <CampaignActions
            campaignId={campaign.id}
            status={campaign.status}
            endsAt={campaign.endsAt}
            onChanged={refresh}
          />
        </>
      }
    >
      <ErrorAlert error={error} onRetry={refresh} />
      {launched ? (
        <FanOutProgress campaignId={campaign.id} expected={launched.expectedTasks} onSettled={refresh} />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card size="small" title={t('campaign.progress.title')}>
            <Row gutter={[16, 16]}>
              <Col xs={24} md={12}>
                <Statistic
                  title={t('campaign.progress.tasksTitle')}
                  value={p.tasksDone}
                  suffix={`/ ${p.tasksTotal}`}
                  data-testid="campaign-tasks"
                />
                <Progress
                  percent={p.tasksTotal === 0 ? 0 : Math.round((p.tasksDone / p.tasksTotal) * 100)}
                  aria-label={t('campaign.progress.tasksTitle')}
                />
              </Col>
              <Col xs={24} md={12}>
                <Statistic
                  title={t('figure.rectificationRate')}
                  value={formatPercent(p.rectificationRate, locale)}
                  data-testid="campaign-rate"
                />
                <Progress
                  percent={Math.round(p.rectificationRate * 100)}
                  status={p.rectificationRate < 1 ? 'active' : 'success'}
                  showInfo={false}
                  aria-label={t('figure.rectificationRate')}
                />
              </Col>
              <Col xs={8}>
                <Statistic
                  title={t('campaign.progress.tasksOverdue')}
                  value={p.tasksOverdue}
                  styles={{ content: { color: p.tasksOverdue > 0 ? '#cf1322' : undefined } }}
                />
              </Col>
              <Col xs={8}>
                <Statistic title={t('figure.majorHazards')} value={p.majorHazards} />
              </Col>
              <Col xs={8}>
                <Statistic title={t('figure.hazardsFound')} value={p.hazardsFound} />
              </Col>
            </Row>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('campaign.info.title')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('launch.field.kind')}>
                {t(`enum.campaignKind.${campaign.kind}`)}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.review.window')}>
                {formatDateTime(campaign.startsAt, locale)} – {formatDateTime(campaign.endsAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.taskDueAt')}>
                {formatDateTime(campaign.taskDueAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.industries')}>
                {campaign.industries.length === 0 ? (
                  t('launch.scope.allIndustries')
                ) : (
                  <Space wrap size={4}>
                    {campaign.industries.map((i) => (
                      <Tag key={i}>{t(`enum.industry.${i}`)}</Tag>
                    ))}
                  </Space>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.townships')}>
                {campaign.townships.length === 0
                  ? t('launch.field.allTownships')
                  : campaign.townships.map((u) => u.name).join('、')}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.topics')}>
                <Space wrap size={4} data-testid="campaign-topics">
                  {campaign.topics.map((topic) => (
                    <Tag key={topic}>{t(`enum.supervisionTopic.${topic}`)}</Tag>
                  ))}
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.sample')}>
                {/* One inline run of text: the item's content lays its children out side by side. */}
                <span>
                  <span data-testid="campaign-sample">
                    {campaign.sampleRatioByGrade
                      ? byGradeSummary(t, campaign.sampleRatioByGrade)
                      : formatPercent(campaign.sampleRatio, locale)}
                  </span>
                  {campaign.sampleSeed !== null ? ` · ${t('campaign.info.seed', { seed: campaign.sampleSeed })}` : ''}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.template')}>
                {campaign.checklistTemplate?.name ?? t('launch.field.noTemplate')}
              </Descriptions.Item>
              <Descriptions.Item label={t('ladder.title')}>
                {campaign.escalation.steps.length === 0
                  ? t('ladder.noSteps')
                  : campaign.escalation.steps
                      .map((s) => `${words(s.after)} → ${t(`enum.escalationLevel.${s.level}`)}`)
                      .join('；')}
              </Descriptions.Item>
              <Descriptions.Item label={t('launch.field.reportEvery')}>
                {words(campaign.escalation.reportEvery)}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24}>
          <EnterpriseDuty figures={campaign.duty} onSignOff={() => void navigate('/admin/sign-off')} />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.funnel.title')}>
            <HazardFunnel
              campaignId={campaign.id}
              found={p.hazardsFound}
              open={data.open.totalCount}
              pending={data.pending.totalCount}
              closed={data.closed.totalCount}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.chart.byRegulator')}>
            <RegulatorChart rows={data.dashboard.byRegulator} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small">
            <UnitTabs>
              {(unit) => <BreakdownTable rows={rowsBy(data.dashboard, unit)} by={unit} campaignId={campaign.id} />}
            </UnitTabs>
          </Card>
        </Col>
        <Col xs={24}>
          <OverdueLists campaignId={campaign.id} refreshKey={refreshKey} />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.chart.trend')}>
            <TrendChart reports={campaign.reports} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('campaign.reports.title')}>
            {campaign.reports.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.reports.empty')} />
            ) : (
              <Reports campaignName={campaign.name} reports={campaign.reports} />
            )}
          </Card>
        </Col>
      </Row>
    </Page>
  );
}
