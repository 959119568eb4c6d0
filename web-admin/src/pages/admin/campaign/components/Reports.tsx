// The campaign's reports (周报/月报/总结): a list, and one report to read or print as the office files it, or to
// download as a Word document.
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SimpleList } from '../../../../components/SimpleList';
import { formatDate, formatDateTime, formatPercent } from '../../../../format';
import type { CampaignDetailQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { titleOf } from '../../../../shared/reports/period';
import { ReportDocument } from '../../../../shared/reports/ReportDocument';
import { ReportDownloadButton } from '../../../../shared/reports/ReportDownloadButton';

type Report = NonNullable<CampaignDetailQuery['campaign']>['reports'][number];

export function Reports({ campaignName, reports }: { campaignName: string; reports: readonly Report[] }) {
  const { t, locale } = useLocale();
  const [openId, setOpenId] = useState<string | null>(null);
  const report = reports.find((r) => r.id === openId) ?? null;
  const newestFirst = [...reports].sort((a, b) => Date.parse(b.periodEnd) - Date.parse(a.periodEnd));
  return (
    <>
      <SimpleList
        testId="report-list"
        items={newestFirst}
        rowKey={(r) => r.id}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaign.reports.empty')} />}
        actions={(r) => (
          <Space size={0}>
            <Button type="link" onClick={() => setOpenId(r.id)} data-testid="report-open">
              {t('campaign.reports.read')}
            </Button>
            <ReportDownloadButton report={r} name={titleOf(r.body)} testId="report-download" />
          </Space>
        )}
        render={(r) => (
          <Space wrap>
            <Tag color={r.kind === 'FINAL' ? 'gold' : r.kind === 'MONTHLY' ? 'purple' : 'blue'}>
              {t(`enum.reportKind.${r.kind}`)}
            </Tag>
            <Typography.Text>
              {formatDate(r.periodStart, locale)} – {formatDate(r.periodEnd, locale)}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('campaign.reports.rate', { rate: formatPercent(r.cumulative.rectificationRate, locale) })}
            </Typography.Text>
          </Space>
        )}
      />
      <Drawer
        open={report !== null}
        onClose={() => setOpenId(null)}
        size={760}
        title={report ? `${campaignName} · ${t(`enum.reportKind.${report.kind}`)}` : ''}
        extra={
          report ? (
            <Space>
              <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="report-print">
                {t('common.print')}
              </Button>
              <ReportDownloadButton
                report={report}
                name={titleOf(report.body)}
                type="primary"
                testId="report-drawer-download"
              />
            </Space>
          ) : null
        }
      >
        {report ? (
          <div className="print-area" data-testid="report-body">
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 3 }}
              style={{ marginBottom: 16 }}
              className="no-print"
            >
              <Descriptions.Item label={t('campaign.reports.tasksDone')}>
                {report.cumulative.tasksDone} / {report.cumulative.tasksTotal}
              </Descriptions.Item>
              <Descriptions.Item label={t('figure.hazardsFound')}>{report.stats.hazardsFound}</Descriptions.Item>
              <Descriptions.Item label={t('figure.hazardsClosed')}>{report.stats.hazardsClosed}</Descriptions.Item>
              <Descriptions.Item label={t('figure.majorHazards')}>{report.cumulative.majorHazards}</Descriptions.Item>
              <Descriptions.Item label={t('campaign.reports.overdueTasks')}>
                {report.cumulative.tasksOverdue}
              </Descriptions.Item>
              <Descriptions.Item label={t('figure.rectificationRate')}>
                {formatPercent(report.cumulative.rectificationRate, locale)}
              </Descriptions.Item>
            </Descriptions>
            <ReportDocument body={report.body} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, textAlign: 'right' }}>
              {t('campaign.reports.createdAt', { at: formatDateTime(report.createdAt, locale) })}
            </Typography.Paragraph>
          </div>
        ) : null}
      </Drawer>
    </>
  );
}
