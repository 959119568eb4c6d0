// 导入包保责任: the county's chain from a filled template. The template downloads with the session cookie; a chosen
// file is checked first (a preview that writes nothing: rows read, rows without problems, every problem by its row);
// 导入 sends the same file again to be written — all of it in one transaction, or nothing — and is offered only when
// the check found no problem. A refusal (a file that is no template, or a chain changed since the check) shows in
// the server's words.
import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Modal, Row, Space, Spin, Statistic, Typography, type ButtonProps } from 'antd';
import Dragger from 'antd/es/upload/Dragger';
import { useState } from 'react';
import { DUTY_IMPORT_LIMITS } from '../../../../../../domain/duty-import-rules';
import { requestWithFile, saveFile } from '../../../../api/client';
import { ApiError, asApiError, errorText } from '../../../../api/errors';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { ImportDutyAssignmentsMutation as ImportResult } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { ImportDutyAssignmentsMutation } from '../queries';

type Checked = ImportResult['importDutyAssignments'];

export const DUTY_TEMPLATE_URL = '/exports/duty-assignment-template.xlsx';

export function DutyImportDialog({
  open,
  onClose,
  onImported,
}: {
  open: boolean;
  onClose: () => void;
  /** The chain was written: how many links. */
  onImported: (created: number) => void;
}) {
  const { t } = useLocale();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState<'check' | 'commit' | null>(null);
  const [error, setError] = useState<ApiError | undefined>(undefined);

  const reset = () => {
    setFile(null);
    setChecked(null);
    setBusy(null);
    setError(undefined);
  };

  const send = (chosen: File, commit: boolean) =>
    requestWithFile(ImportDutyAssignmentsMutation, { file: chosen, commit }, chosen);

  const check = async (chosen: File) => {
    setFile(chosen);
    setChecked(null);
    setError(undefined);
    if (chosen.size > DUTY_IMPORT_LIMITS.maxBytes) {
      setError(
        new ApiError('BAD_USER_INPUT', t('duty.import.tooLarge', { mb: DUTY_IMPORT_LIMITS.maxBytes / 1024 / 1024 })),
      );
      return;
    }
    setBusy('check');
    try {
      setChecked((await send(chosen, false)).importDutyAssignments);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file) return;
    setError(undefined);
    setBusy('commit');
    try {
      const written = (await send(file, true)).importDutyAssignments;
      onImported(written.created);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };

  const downloadTemplate = async () => {
    try {
      await saveFile(DUTY_TEMPLATE_URL, t('duty.import.templateName'));
    } catch (caught) {
      message.error(errorText(caught, t));
    }
  };

  const clean = checked !== null && checked.problemCount === 0 && checked.rowsOk > 0;

  return (
    <Modal
      open={open}
      title={t('duty.import.title')}
      width={760}
      okText={t('duty.import.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !clean || busy === 'check', 'data-testid': 'duty-import-commit' } as ButtonProps}
      confirmLoading={busy === 'commit'}
      onOk={() => void commit()}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      modalRender={(node) => <div data-testid="duty-import-dialog">{node}</div>}
    >
      <Typography.Paragraph type="secondary">
        {t('duty.import.intro', { max: DUTY_IMPORT_LIMITS.maxRows.toLocaleString('en-US') })}
      </Typography.Paragraph>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void downloadTemplate()}
        style={{ marginBottom: 16 }}
        data-testid="duty-import-template"
      >
        {t('duty.import.template')}
      </Button>
      <Spin spinning={busy === 'check'} description={t('duty.import.checking')}>
        <Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={busy !== null}
          beforeUpload={(chosen) => {
            void check(chosen);
            return false;
          }}
          data-testid="duty-import-upload"
        >
          <p className="ant-upload-drag-icon">
            <CloudUploadOutlined />
          </p>
          <p className="ant-upload-text">{file ? file.name : t('duty.import.drop')}</p>
          <p className="ant-upload-hint">
            {file
              ? t('duty.import.again')
              : t('duty.import.dropHint', { mb: DUTY_IMPORT_LIMITS.maxBytes / 1024 / 1024 })}
          </p>
        </Dragger>
      </Spin>
      <div style={{ marginTop: 16 }}>
        <ErrorAlert error={error} />
      </div>
      {checked ? (
        <div data-testid="duty-import-preview" data-clean={clean ? 'true' : 'false'}>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={8}>
              <Statistic
                title={t('duty.import.rowsRead')}
                value={checked.rowsRead}
                valueRender={(node) => <span data-testid="duty-import-rows-read">{node}</span>}
              />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t('duty.import.rowsOk')}
                value={checked.rowsOk}
                styles={{ content: { color: '#389e0d' } }}
                valueRender={(node) => <span data-testid="duty-import-rows-ok">{node}</span>}
              />
            </Col>
            <Col xs={8}>
              <Statistic
                title={t('duty.import.problemCount')}
                value={checked.problemCount}
                styles={{ content: { color: checked.problemCount > 0 ? '#cf1322' : undefined } }}
                valueRender={(node) => <span data-testid="duty-import-problem-count">{node}</span>}
              />
            </Col>
          </Row>
          {clean ? (
            <Alert type="success" showIcon title={t('duty.import.clean', { n: checked.rowsOk })} />
          ) : checked.problemCount === 0 ? (
            <Alert type="warning" showIcon title={t('duty.import.nothing')} />
          ) : (
            <>
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('duty.import.hasProblems', { n: checked.problemCount })}
                description={
                  checked.problemCount > checked.problems.length
                    ? t('duty.import.problemsShown', { shown: checked.problems.length })
                    : undefined
                }
              />
              <Space
                orientation="vertical"
                size={4}
                className="duty-import-problems"
                style={{ width: '100%', maxHeight: 280, overflowY: 'auto' }}
                data-testid="duty-import-problems"
              >
                {checked.problems.map((problem, i) => (
                  <Typography.Text key={i} type="danger" data-testid="duty-import-problem">
                    {t('duty.import.problem', { row: problem.row, message: problem.message })}
                  </Typography.Text>
                ))}
              </Space>
            </>
          )}
        </div>
      ) : null}
    </Modal>
  );
}
