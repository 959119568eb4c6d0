// 企业台账导入: download the template, upload the county's register, read the check (what would be created,
// updated, left alone, and every row that will not be imported, with its reasons), confirm, and watch it go in.
// The check and the import run in the worker; this page follows them. Earlier imports are listed below.
import { CloudUploadOutlined, DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Progress, Result, Row, Space, Spin, Statistic, Table, Typography } from 'antd';
import Dragger from 'antd/es/upload/Dragger';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { IMPORT_LIMITS } from '../../../../../domain/enterprise-import-rules';
import { newIdempotencyKey, requestWithFile, saveFile } from '../../../api/client';
import { asApiError, type ApiError } from '../../../api/errors';
import { useMutation, useQuery } from '../../../api/hooks';
import { BackButton } from '../../../components/BackButton';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { formatDateTime } from '../../../format';
import { useLocale } from '../../../locales';
import { useHistoryColumns, useProblemColumns } from './columns';
import {
  CommitEnterpriseImportMutation,
  EnterpriseImportListQuery,
  EnterpriseImportPreviewQuery,
  PreviewEnterpriseImportMutation,
} from './queries';

export function EnterpriseImportPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const previewId = params.get('preview');
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<ApiError | undefined>(undefined);
  const [commitKey] = useState(newIdempotencyKey);
  const history = useConnectionList(EnterpriseImportListQuery, {}, (d) => d.enterpriseImports);

  // Polled while the worker is busy with it: checking the file, or applying its rows.
  const [busy, setBusy] = useState(true);
  const preview = useQuery(
    EnterpriseImportPreviewQuery,
    { id: previewId ?? '' },
    { skip: !previewId, pollMs: previewId && busy ? 1_000 : undefined },
  );
  const node = preview.data?.node?.__typename === 'EnterpriseImportPreview' ? preview.data.node : null;
  const status = node?.status;
  const { refetch: refetchHistory } = history;
  useEffect(() => {
    if (!status) return;
    const working = status === 'CHECKING' || status === 'RUNNING';
    setBusy(working);
    // A check or an import that ended shows in the list below.
    if (!working) void refetchHistory();
  }, [status, refetchHistory]);
  const commit = useMutation(CommitEnterpriseImportMutation);

  const upload = async (file: File) => {
    setUploadError(undefined);
    if (file.size > IMPORT_LIMITS.maxBytes) {
      setUploadError(asApiError(new Error(t('import.tooLarge'))));
      return;
    }
    setUploading(true);
    try {
      const result = await requestWithFile(PreviewEnterpriseImportMutation, { file }, file);
      setBusy(true);
      setParams({ preview: result.previewEnterpriseImport.id });
    } catch (caught) {
      setUploadError(asApiError(caught));
    } finally {
      setUploading(false);
    }
  };

  const confirm = async () => {
    if (!node) return;
    const done = await commit.run({ id: node.id, key: commitKey });
    if (!done) return;
    setBusy(true);
    message.success(t('import.started'));
    void preview.refetch();
  };

  const download = async (url: string, name: string) => {
    try {
      await saveFile(url, name);
    } catch (caught) {
      message.error(asApiError(caught).message);
    }
  };

  const problemColumns = useProblemColumns();
  const historyColumns = useHistoryColumns({
    onOpen: (previewId) => setParams({ preview: previewId }),
    onDownload: (url) => void download(url, 'report.xlsx'),
  });

  const imported = node?.import;
  const percent = imported && imported.toApply > 0 ? Math.floor((imported.applied / imported.toApply) * 100) : 0;

  return (
    <Page title={t('import.title')} testId="import-page" extra={<BackButton to="/admin/enterprises" />}>
      <Card size="small" title={t('import.step.template')} style={{ marginBottom: 16 }}>
        <Typography.Paragraph>
          {t('import.templateIntro', { max: IMPORT_LIMITS.maxRows.toLocaleString() })}
        </Typography.Paragraph>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void download('/exports/enterprise-import-template.xlsx', 'template.xlsx')}
          data-testid="import-template"
        >
          {t('import.template')}
        </Button>
      </Card>

      {!previewId ? (
        <Card size="small" title={t('import.step.upload')} style={{ marginBottom: 16 }}>
          <ErrorAlert error={uploadError} />
          <Spin spinning={uploading}>
            <Dragger
              accept=".xlsx,.csv"
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
              data-testid="import-upload"
            >
              <p className="ant-upload-drag-icon">
                <CloudUploadOutlined />
              </p>
              <p className="ant-upload-text">{t('import.drop')}</p>
              <p className="ant-upload-hint">{t('import.dropHint')}</p>
            </Dragger>
          </Spin>
        </Card>
      ) : (
        <Card
          size="small"
          title={node ? t('import.step.check', { file: node.fileName }) : t('import.step.upload')}
          extra={
            <Button icon={<ReloadOutlined />} onClick={() => setParams({})} data-testid="import-again">
              {t('import.again')}
            </Button>
          }
          data-testid="import-preview"
          data-status={node?.status ?? 'LOADING'}
          style={{ marginBottom: 16 }}
        >
          <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
          {!node || node.status === 'CHECKING' ? (
            <Spin tip={t('import.checking')}>
              <div style={{ height: 120 }} />
            </Spin>
          ) : null}
          {node?.status === 'REFUSED' ? (
            <Alert
              type="error"
              showIcon
              title={t('import.refused')}
              description={node.problem}
              data-testid="import-refused"
            />
          ) : null}
          {node?.status === 'EXPIRED' ? <Alert type="warning" showIcon title={t('import.expired')} /> : null}
          {node && node.status !== 'CHECKING' && node.status !== 'REFUSED' ? (
            <>
              <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
                <Col xs={12} md={4}>
                  <Statistic title={t('import.count.rows')} value={node.rowsTotal} />
                </Col>
                <Col xs={12} md={5}>
                  <Statistic
                    title={t('import.count.create')}
                    value={node.toCreate}
                    styles={{ content: { color: '#389e0d' } }}
                  />
                </Col>
                <Col xs={12} md={5}>
                  <Statistic
                    title={t('import.count.update')}
                    value={node.toUpdate}
                    styles={{ content: { color: '#1e5bb8' } }}
                  />
                </Col>
                <Col xs={12} md={5}>
                  <Statistic title={t('import.count.unchanged')} value={node.unchanged} />
                </Col>
                <Col xs={12} md={5}>
                  <Statistic
                    title={t('import.count.invalid')}
                    value={node.invalid}
                    styles={{ content: { color: node.invalid ? '#cf1322' : undefined } }}
                  />
                </Col>
              </Row>
              {node.status === 'PREVIEWED' ? (
                <>
                  <Alert
                    type={node.invalid > 0 ? 'warning' : 'info'}
                    showIcon
                    style={{ marginBottom: 16 }}
                    title={node.invalid > 0 ? t('import.invalidHint', { n: node.invalid }) : t('import.allValid')}
                    description={t('import.blankKeeps', { at: formatDateTime(node.expiresAt, locale) })}
                  />
                  <ErrorAlert error={commit.error} />
                  <Space wrap style={{ marginBottom: 16 }}>
                    <Button
                      type="primary"
                      disabled={node.toCreate + node.toUpdate === 0}
                      loading={commit.loading}
                      onClick={() => void confirm()}
                      data-testid="import-commit"
                    >
                      {t('import.commit', { n: node.toCreate + node.toUpdate })}
                    </Button>
                    {node.import.reportUrl ? (
                      <Button
                        icon={<DownloadOutlined />}
                        onClick={() => void download(node.import.reportUrl ?? '', 'check.xlsx')}
                      >
                        {t('import.checkReport')}
                      </Button>
                    ) : null}
                  </Space>
                </>
              ) : null}
              {imported && (node.status === 'RUNNING' || node.status === 'DONE') ? (
                <div data-testid="import-progress" data-done={node.status === 'DONE' ? 'true' : 'false'}>
                  <Progress
                    percent={node.status === 'DONE' ? 100 : percent}
                    status={node.status === 'DONE' ? 'success' : 'active'}
                  />
                  {node.status === 'DONE' ? (
                    <Result
                      status="success"
                      title={t('import.done')}
                      subTitle={t('import.outcome', {
                        created: imported.created,
                        updated: imported.updated,
                        unchanged: imported.unchanged,
                        skipped: imported.skipped,
                      })}
                      extra={
                        <Button
                          icon={<DownloadOutlined />}
                          onClick={() => void download(imported.reportUrl ?? '', 'report.xlsx')}
                          data-testid="import-report"
                        >
                          {t('import.report')}
                        </Button>
                      }
                    />
                  ) : (
                    <Typography.Text type="secondary">
                      {t('import.applying', { applied: imported.applied, total: imported.toApply })}
                    </Typography.Text>
                  )}
                </div>
              ) : null}
              {node.rowProblems.totalCount > 0 ? (
                <>
                  <Typography.Title level={5}>
                    {t('import.problems', { n: node.rowProblems.totalCount, shown: node.rowProblems.edges.length })}
                  </Typography.Title>
                  <Table
                    size="small"
                    rowKey="rowNumber"
                    pagination={false}
                    columns={problemColumns}
                    dataSource={node.rowProblems.edges.map((e) => e.node)}
                    data-testid="import-problems"
                    scroll={{ x: 'max-content' }}
                  />
                </>
              ) : null}
            </>
          ) : null}
        </Card>
      )}

      <Card size="small" title={t('import.history')}>
        <ListTable list={history} columns={historyColumns} rowTestId="import-row" empty={t('import.noHistory')} />
      </Card>
    </Page>
  );
}
