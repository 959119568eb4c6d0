// 县级报告: the county's weekly, monthly and annual reports across all its work (ADMIN and LEADER), newest period
// first; each to read as a document or download as Word. The county office may write one on demand.
import { EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { mayAdminister } from '../../access';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime, formatDay, formatNumber, formatPercent } from '../../format';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import { CountyReportDrawer, type CountyReport } from './CountyReportDrawer';
import { GenerateReportDialog, type GeneratedReport } from './GenerateReportDialog';
import { COUNTY_KINDS, lastDayOf, type CountyKind } from './period';
import { CountyReportsQuery } from './queries';
import { ReportDownloadButton } from './ReportDownloadButton';

export function CountyReportsPage() {
  const { t, locale } = useLocale();
  const user = useUser();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const kind: CountyKind = COUNTY_KINDS.find((k) => k === params.get('kind')) ?? 'WEEKLY';
  const list = useConnectionList(CountyReportsQuery, { kind }, (data) => data.countyReports);
  const [open, setOpen] = useState<CountyReport | null>(null);
  const [generating, setGenerating] = useState(false);

  const periodOf = (report: { periodStart: string; periodEnd: string }) =>
    t('countyReports.period', {
      from: formatDay(report.periodStart, locale),
      to: formatDay(lastDayOf(report), locale),
    });

  /** 周报（2026年5月11日 至 2026年5月17日）: the report as the drawer's title and the download's label name it. */
  const labelOf = (report: CountyReport) => `${t(`enum.reportKind.${report.kind}`)}（${periodOf(report)}）`;

  const generated = (report: GeneratedReport) => {
    setGenerating(false);
    message.success(
      t('countyReports.generated', { kind: t(`enum.reportKind.${report.kind}`), period: periodOf(report) }),
    );
    if (report.kind === kind) void list.refetch();
    else setParams({ kind: report.kind });
  };

  const columns: ColumnsType<CountyReport> = [
    {
      title: t('countyReports.col.period'),
      key: 'period',
      render: (_, row) => <span data-testid="county-report-period">{periodOf(row)}</span>,
    },
    {
      title: t('countyReports.col.createdAt'),
      key: 'createdAt',
      width: 170,
      responsive: ['md'],
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      title: t('countyReports.col.inspections'),
      key: 'inspections',
      width: 140,
      align: 'right',
      render: (_, row) => (row.countyFigures ? formatNumber(row.countyFigures.inspections, locale) : '—'),
    },
    {
      title: t('countyReports.col.hazardsFound'),
      key: 'hazardsFound',
      width: 100,
      align: 'right',
      responsive: ['sm'],
      render: (_, row) => (row.countyFigures ? formatNumber(row.countyFigures.hazardsFound, locale) : '—'),
    },
    {
      title: t('countyReports.col.rectificationRate'),
      key: 'rectificationRate',
      width: 100,
      align: 'right',
      render: (_, row) => (row.countyFigures ? formatPercent(row.countyFigures.rectificationRate, locale) : '—'),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 210,
      render: (_, row) => (
        <Space size={0}>
          <Button
            type="link"
            icon={<EyeOutlined />}
            onClick={() => setOpen(row)}
            data-testid="county-report-open"
            aria-label={`${t('countyReports.view')} ${periodOf(row)}`}
          >
            {t('countyReports.view')}
          </Button>
          <ReportDownloadButton report={row} name={labelOf(row)} testId="county-report-download" />
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('countyReports.title')}
      testId="county-reports-page"
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} iconOnly />
          {mayAdminister(user) ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setGenerating(true)}
              data-testid="county-report-generate"
            >
              {t('countyReports.generate.action')}
            </Button>
          ) : null}
        </>
      }
    >
      <Typography.Paragraph type="secondary">{t('countyReports.intro')}</Typography.Paragraph>
      <Segmented<CountyKind>
        style={{ marginBottom: 16 }}
        aria-label={t('countyReports.field.kind')}
        value={kind}
        onChange={(next) => setParams({ kind: next })}
        options={COUNTY_KINDS.map((k) => ({ value: k, label: t(`countyReports.kind.${k}`) }))}
        data-testid="county-report-kind"
      />
      <ListTable list={list} columns={columns} rowTestId="county-report-row" empty={t('countyReports.empty')} />
      <CountyReportDrawer report={open} label={open ? labelOf(open) : ''} onClose={() => setOpen(null)} />
      <GenerateReportDialog
        open={generating}
        kind={kind}
        onClose={() => setGenerating(false)}
        onGenerated={generated}
      />
    </Page>
  );
}
