// The townships' situation reports of a response (情况报告), newest first: when, which township, the figures and the
// account; on a phone each report is a block of its own.
import { PhotoGallery } from '../photos/PhotoGallery';
import { Empty, Space, Typography } from 'antd';
import type { SituationReportFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../format';
import { useLocale } from '../../locales';
import { reportFigures } from './ResponseBoard';

export function ReportList({
  reports,
  showTownship = true,
}: {
  reports: readonly SituationReportFieldsFragment[];
  /** A township reading its own reports needs not be told whose they are. */
  showTownship?: boolean;
}) {
  const { t, locale } = useLocale();
  if (reports.length === 0) return <Empty description={t('situation.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="simple-list" data-testid="report-list">
      {reports.map((report) => (
        <li key={report.id} data-testid="report-item" style={{ display: 'block' }}>
          <Space wrap size={[8, 0]}>
            {showTownship ? <Typography.Text strong>{report.township.name}</Typography.Text> : null}
            <Typography.Text type="secondary">{formatDateTime(report.submittedAt, locale)}</Typography.Text>
            <Typography.Text data-testid="report-figures">{reportFigures(t, report)}</Typography.Text>
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }} data-testid="report-text">
            {report.text}
          </Typography.Paragraph>
          {report.losses ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
              {t('situation.lossesLine', { losses: report.losses })}
            </Typography.Paragraph>
          ) : null}
          {report.photos.length > 0 ? (
            <div style={{ marginTop: 8 }}>
              <PhotoGallery photos={report.photos} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
