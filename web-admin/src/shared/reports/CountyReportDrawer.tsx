// One county report to read as the office files it, print, or download as Word. Its text is fetched on opening.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Space, Spin, Typography } from 'antd';
import { useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, formatPercent } from '../../format';
import type { CountyReportFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { titleOf } from './period';
import { ReportBodyQuery } from './queries';
import { ReportDocument } from './ReportDocument';
import { ReportDownloadButton } from './ReportDownloadButton';

export type CountyReport = CountyReportFieldsFragment;

export function CountyReportDrawer({
  report,
  label,
  onClose,
}: {
  report: CountyReport | null;
  /** The report's kind and period, as the list names it. */
  label: string;
  onClose: () => void;
}) {
  const { t, locale } = useLocale();
  const text = useQuery(ReportBodyQuery, { id: report?.id ?? '' }, { skip: report === null });
  const node = text.data?.node;
  // The text of the report open now: another's stays out while this one's loads.
  const loaded = node && 'body' in node && node.id === report?.id ? node : null;
  const figures = report?.countyFigures ?? null;
  return (
    <Drawer
      open={report !== null}
      onClose={onClose}
      size={820}
      title={label}
      extra={
        report ? (
          <Space>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="county-report-print">
              {t('common.print')}
            </Button>
            <ReportDownloadButton
              report={report}
              name={loaded ? titleOf(loaded.body) : label}
              type="primary"
              testId="county-report-drawer-download"
            />
          </Space>
        ) : null
      }
    >
      {report ? (
        <div className="print-area" data-testid="county-report-view">
          {figures ? (
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 3 }}
              style={{ marginBottom: 16 }}
              className="no-print"
            >
              <Descriptions.Item label={t('countyReports.col.inspections')}>{figures.inspections}</Descriptions.Item>
              <Descriptions.Item label={t('figure.inspectorsDispatched')}>
                {figures.inspectorsDispatched}
              </Descriptions.Item>
              <Descriptions.Item label={t('countyReports.tasks')}>
                {figures.tasksDone} / {figures.tasksTotal}
              </Descriptions.Item>
              <Descriptions.Item label={t('figure.hazardsFound')}>{figures.hazardsFound}</Descriptions.Item>
              <Descriptions.Item label={t('figure.majorHazards')}>{figures.majorHazards}</Descriptions.Item>
              <Descriptions.Item label={t('figure.rectificationRate')}>
                {formatPercent(figures.rectificationRate, locale)}
              </Descriptions.Item>
            </Descriptions>
          ) : null}
          <ErrorAlert error={text.error} onRetry={() => void text.refetch()} />
          {loaded ? (
            <ReportDocument body={loaded.body} testId="county-report-body" />
          ) : text.loading ? (
            <div style={{ padding: 48, textAlign: 'center' }}>
              <Spin description={t('common.loading')} />
            </div>
          ) : null}
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'right' }}>
            {t('countyReports.createdAt', { at: formatDateTime(report.createdAt, locale) })}
          </Typography.Paragraph>
        </div>
      ) : null}
    </Drawer>
  );
}
