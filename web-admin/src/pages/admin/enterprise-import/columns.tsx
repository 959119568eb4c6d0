// The import page's two tables: the rows of a file that will not be imported (each problem in the county's words),
// and the county's earlier imports with their outcome and report.
import { Button, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatDateTime } from '../../../format';
import type {
  EnterpriseImportListQuery,
  EnterpriseImportPreviewQuery,
  EnterpriseImportStatus,
} from '../../../gql/graphql';
import { useLocale } from '../../../locales';

type HistoryRow = EnterpriseImportListQuery['enterpriseImports']['edges'][number]['node'];
type PreviewNode = Extract<NonNullable<EnterpriseImportPreviewQuery['node']>, { rowProblems: unknown }>;
type ProblemRow = PreviewNode['rowProblems']['edges'][number]['node'];

const STATUS_COLOR: Record<EnterpriseImportStatus, string> = {
  CHECKING: 'processing',
  REFUSED: 'error',
  PREVIEWED: 'blue',
  RUNNING: 'processing',
  DONE: 'success',
  EXPIRED: 'default',
};

export function useProblemColumns(): ColumnsType<ProblemRow> {
  const { t } = useLocale();
  return [
    { title: t('import.col.row'), dataIndex: 'rowNumber', width: 70 },
    { title: t('import.col.uscc'), dataIndex: 'uscc', width: 190, responsive: ['md'] },
    { title: t('import.col.name'), dataIndex: 'name', width: 220 },
    {
      title: t('import.col.problems'),
      key: 'problems',
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          {row.problems.map((problem) => (
            <Typography.Text key={problem} type="danger">
              {problem}
            </Typography.Text>
          ))}
        </Space>
      ),
    },
  ];
}

export function useHistoryColumns(handlers: {
  onOpen: (previewId: string) => void;
  onDownload: (url: string) => void;
}): ColumnsType<HistoryRow> {
  const { t, locale } = useLocale();
  return [
    { title: t('import.col.file'), dataIndex: 'fileName' },
    {
      title: t('import.col.status'),
      key: 'status',
      width: 110,
      render: (_, row) => <Tag color={STATUS_COLOR[row.status]}>{t(`enum.importStatus.${row.status}`)}</Tag>,
    },
    {
      title: t('import.col.outcome'),
      key: 'outcome',
      responsive: ['md'],
      render: (_, row) =>
        row.status === 'DONE'
          ? t('import.outcome', {
              created: row.created,
              updated: row.updated,
              unchanged: row.unchanged,
              skipped: row.skipped,
            })
          : t('import.rows', { n: row.rowsTotal }),
    },
    {
      title: t('import.col.at'),
      key: 'at',
      width: 170,
      responsive: ['lg'],
      render: (_, row) => formatDateTime(row.createdAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 200,
      render: (_, row) => (
        <Space size={0}>
          <Button type="link" onClick={() => handlers.onOpen(row.preview.id)}>
            {t('import.open')}
          </Button>
          {row.reportUrl ? (
            <Button type="link" onClick={() => handlers.onDownload(row.reportUrl ?? '')}>
              {row.status === 'DONE' ? t('import.report') : t('import.checkReport')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
}
