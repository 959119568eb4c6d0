// The campaign's charts: figures per regulator, and the cumulative figures of its reports over time.
import { Empty } from 'antd';
import type { LineSeriesOption } from 'echarts/charts';
import { countsChart, EChart } from '../../../../components/EChart';
import { formatDate } from '../../../../format';
import type { CampaignDetailQuery, FigureRowFragment } from '../../../../gql/graphql';
import { useLocale, type MessageKey } from '../../../../locales';

type Report = NonNullable<CampaignDetailQuery['campaign']>['reports'][number];

function NoChart({ reason }: { reason: MessageKey }) {
  const { t } = useLocale();
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(reason)} />;
}

export function RegulatorChart({ rows }: { rows: readonly FigureRowFragment[] }) {
  const { t } = useLocale();
  if (rows.length === 0) return <NoChart reason="campaign.breakdown.empty" />;
  const option = countsChart(
    rows.map((r) => r.name),
    [
      { type: 'bar', name: t('figure.inspections'), data: rows.map((r) => r.inspections), color: '#5470c6' },
      { type: 'bar', name: t('figure.hazardsFound'), data: rows.map((r) => r.hazardsFound), color: '#fa8c16' },
      { type: 'bar', name: t('figure.hazardsClosed'), data: rows.map((r) => r.hazardsClosed), color: '#52c41a' },
    ],
  );
  return <EChart option={option} label={t('campaign.chart.byRegulator')} testId="chart-regulators" />;
}

export function TrendChart({ reports }: { reports: readonly Report[] }) {
  const { t, locale } = useLocale();
  const periodic = [...reports]
    .filter((r) => r.kind !== 'FINAL')
    .sort((a, b) => Date.parse(a.periodEnd) - Date.parse(b.periodEnd));
  if (periodic.length === 0) return <NoChart reason="campaign.chart.noTrend" />;
  const line = (name: MessageKey, figure: 'tasksDone' | 'hazardsFound' | 'hazardsClosed'): LineSeriesOption => ({
    type: 'line',
    name: t(name),
    data: periodic.map((r) => r.cumulative[figure]),
    smooth: true,
  });
  const option = countsChart(
    periodic.map((r) => formatDate(r.periodEnd, locale)),
    [
      line('campaign.reports.tasksDone', 'tasksDone'),
      line('figure.hazardsFound', 'hazardsFound'),
      line('figure.hazardsClosed', 'hazardsClosed'),
    ],
  );
  return <EChart option={option} label={t('campaign.chart.trend')} testId="chart-trend" />;
}
