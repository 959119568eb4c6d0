// The county at a glance: the figures, the grades and lists, who lags (by regulator and township), a chart; every number drills down.
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { countsChart, EChart } from '../../../components/EChart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { formatDateTime } from '../../../format';
import type { DashboardFilter, HazardStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { DutyPostsCard } from '../../../shared/emergency/DutyPostsCard';
import { EnterpriseDuty } from '../../../shared/figures/EnterpriseDuty';
import { GroupFigures } from '../../../shared/figures/GroupFigures';
import { TipFigures } from '../../../shared/figures/TipFigures';
import { rowsBy, UnitTabs, type Unit } from '../../../shared/figures/UnitTabs';
import { ledgerSearch, type LedgerFilter } from '../../../shared/hazards/filters';
import { useCampaignOptions } from '../../../shared/reference/useReference';
import { inspectionSearch } from '../inspections/filters';
import { BreakdownDrawer, type CountFigure } from './components/BreakdownDrawer';
import { FigureCards, type FigureName } from './components/FigureCards';
import { GradingFiguresCard } from './components/GradingFiguresCard';
import { StandingSupervisionCard } from './components/StandingSupervisionCard';
import { RankingTable, lagFirst, type Drill, type DrillFigure } from './components/RankingTable';
import { LeaderDashboardQuery } from './queries';

const PERIODS = ['all', 'year', 'days30'] as const;
type Period = (typeof PERIODS)[number];

const REFRESH_MS = 30_000;
const UNCLOSED: HazardStatus[] = ['OPEN', 'PENDING_VERIFICATION', 'PENDING_SIGN_OFF'];

/** The hazards behind a figure of hazards, as the ledger's filter. */
const HAZARDS_BEHIND: Record<DrillFigure | 'rectificationRate', Partial<LedgerFilter>> = {
  hazardsFound: {},
  hazardsClosed: { status: ['CLOSED'] },
  rectificationRate: { status: UNCLOSED },
  majorHazardsOpen: { level: 'MAJOR', status: UNCLOSED },
  overdueHazards: { overdue: true },
};

function periodFilter(period: Period): Pick<DashboardFilter, 'from' | 'to'> {
  if (period === 'days30') return { from: new Date(Date.now() - 30 * 86_400_000).toISOString() };
  if (period === 'year') {
    const year = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date());
    return { from: new Date(`${year}-01-01T00:00:00+08:00`).toISOString() };
  }
  return {};
}

export function LeaderDashboardPage() {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const { campaigns } = useCampaignOptions();
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('all');
  const [breakdown, setBreakdown] = useState<CountFigure | null>(null);
  // The window's start is fixed when the period is chosen, so the variables (and the query) stay put between renders.
  const window = useMemo(() => periodFilter(period), [period]);
  const filter: DashboardFilter = { campaignId, ...window };
  const { data, loading, error, refetch } = useQuery(LeaderDashboardQuery, { filter }, { pollMs: REFRESH_MS });
  const [updatedAt, setUpdatedAt] = useState(() => new Date().toISOString());
  const d = data?.dashboard;

  const refresh = () => {
    void refetch().then(() => setUpdatedAt(new Date().toISOString()));
  };
  // A drill-down keeps the campaign and the period the figure was counted over.
  const since = { from: window.from ?? null, to: null };
  const openLedger = (extra: Partial<LedgerFilter>) =>
    void navigate(`/leader/hazards?${ledgerSearch({ campaignId, period: since, ...extra })}`);
  const openInspections = () => void navigate(`/leader/inspections?${inspectionSearch({ campaignId, period: since })}`);

  const openFigure = (name: FigureName) => {
    if (name === 'inspections') openInspections();
    else if (name === 'inspectorsDispatched' || name === 'enterprisesInspected') setBreakdown(name);
    else openLedger(HAZARDS_BEHIND[name]);
  };

  const drill =
    (by: Unit) =>
    ({ unitId, figure }: Drill) =>
      openLedger({
        ...(by === 'regulator' ? { regulatorId: unitId } : { townshipId: unitId }),
        ...HAZARDS_BEHIND[figure],
      });

  // The chart shows the regulators with hazards; the ranking beside it lists every one, idle ones too.
  const regulators = lagFirst(d?.byRegulator ?? []).filter((r) => r.hazardsFound > 0);
  const chart = countsChart(
    regulators.map((r) => r.name),
    [
      {
        type: 'bar',
        name: t('figure.hazardsClosed'),
        stack: 'h',
        data: regulators.map((r) => r.hazardsClosed),
        color: '#52c41a',
      },
      {
        type: 'bar',
        name: t('leader.chart.unclosed'),
        stack: 'h',
        data: regulators.map((r) => r.hazardsFound - r.hazardsClosed),
        color: '#fa8c16',
      },
    ],
  );

  return (
    <Page
      title={t('leader.title')}
      testId="leader-dashboard"
      extra={
        <>
          <Select<string>
            allowClear
            style={{ width: 260 }}
            placeholder={t('leader.filter.allCampaigns')}
            aria-label={t('leader.filter.campaign')}
            value={campaignId ?? undefined}
            onChange={(v?: string) => setCampaignId(v ?? null)}
            data-testid="dashboard-campaign"
            options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
          <Select<Period>
            style={{ width: 130 }}
            aria-label={t('leader.filter.period')}
            value={period}
            onChange={setPeriod}
            options={PERIODS.map((p) => ({ value: p, label: t(`leader.period.${p}`) }))}
          />
          <RefreshButton onRefresh={refresh} testId="dashboard-refresh" />
        </>
      }
    >
      <DutyPostsCard whenOpen />
      <ErrorAlert error={error} onRetry={refresh} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <FigureCards figures={d} loading={loading} onOpen={openFigure} />
        <EnterpriseDuty figures={d} onSignOff={() => openLedger({ status: ['PENDING_SIGN_OFF'], level: 'MAJOR' })} />
        <GradingFiguresCard pollMs={REFRESH_MS} />
        <GroupFigures figures={d?.inspectionGroups} />
        <StandingSupervisionCard pollMs={REFRESH_MS} />
        <TipFigures figures={d?.tips} />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('leader.updatedAt', { at: formatDateTime(updatedAt, locale) })} · {t('leader.drillHint')}
        </Typography.Text>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Card size="small" title={t('leader.rank.title')}>
              <UnitTabs>
                {(unit) => (
                  <RankingTable
                    rows={d ? rowsBy(d, unit) : []}
                    countyRate={d?.rectificationRate ?? 1}
                    by={unit}
                    onDrill={drill(unit)}
                  />
                )}
              </UnitTabs>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Card size="small" title={t('leader.chart.title')}>
              <EChart option={chart} height={360} label={t('leader.chart.title')} testId="chart-leader" />
            </Card>
          </Col>
        </Row>
      </Space>
      <BreakdownDrawer
        figure={breakdown}
        byRegulator={d?.byRegulator ?? []}
        byTownship={d?.byTownship ?? []}
        onClose={() => setBreakdown(null)}
      />
    </Page>
  );
}
