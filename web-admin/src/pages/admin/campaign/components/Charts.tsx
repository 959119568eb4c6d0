// The campaign's charts: figures per regulator, and the cumulative figures of its reports over time.
import { Empty } from 'antd';
import { EChart, type ChartOption } from '../../../../components/EChart';
import { formatDate } from '../../../../format';
import type { BreakdownRowFragment, CampaignDetailQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';

type Report = NonNullable<CampaignDetailQuery['campaign']>['reports'][number];

export function RegulatorChart({ rows }: { rows: readonly BreakdownRowFragment[] }) {
  const { t } = useLocale();
  if (rows.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.breakdown.empty')} />;
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLabel: { interval: 0, rotate: rows.length > 5 ? 30 : 0 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('figure.inspections'), data: rows.map((r) => r.inspections), color: '#5470c6' },
      { type: 'bar', name: t('figure.hazardsFound'), data: rows.map((r) => r.hazardsFound), color: '#fa8c16' },
      { type: 'bar', name: t('figure.hazardsClosed'), data: rows.map((r) => r.hazardsClosed), color: '#52c41a' },
    ],
  };
  return <EChart option={option} label={t('campaign.chart.byRegulator')} testId="chart-regulators" />;
}

export function TrendChart({ reports }: { reports: readonly Report[] }) {
  const { t, locale } = useLocale();
  const periodic = [...reports]
    .filter((r) => r.kind !== 'FINAL')
    .sort((a, b) => Date.parse(a.periodEnd) - Date.parse(b.periodEnd));
  if (periodic.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.chart.noTrend')} />;
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, bottom: 8, top: 36, containLabel: true },
    xAxis: { type: 'category', data: periodic.map((r) => formatDate(r.periodEnd, locale)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'line',
        name: t('campaign.reports.tasksDone'),
        data: periodic.map((r) => r.cumulative.tasksDone),
        smooth: true,
      },
      {
        type: 'line',
        name: t('figure.hazardsFound'),
        data: periodic.map((r) => r.cumulative.hazardsFound),
        smooth: true,
      },
      {
        type: 'line',
        name: t('figure.hazardsClosed'),
        data: periodic.map((r) => r.cumulative.hazardsClosed),
        smooth: true,
      },
    ],
  };
  return <EChart option={option} label={t('campaign.chart.trend')} testId="chart-trend" />;
}
