// Report a hazard's rectification on the enterprise's behalf: the measures taken and photos of the result.
import { Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useT } from '../../../../locales';
import { PhotoUpload } from '../../../../shared/photos/PhotoUpload';
import { ReportRectificationMutation } from '../queries';

interface ReportForm {
  measures: string;
  photoIds?: string[];
}

export function ReportDialog({
  hazard,
  onClose,
  onDone,
}: {
  hazard: { id: string; description: string } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReportForm>();
  const report = useMutation(ReportRectificationMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const uploads = useRef(0);
  const [busy, setBusy] = useState(false);

  const submitProps: ButtonProps & { 'data-testid': string } = { disabled: busy, 'data-testid': 'report-submit' };

  const submit = async () => {
    if (!hazard) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await report.run({
      input: {
        hazardId: hazard.id,
        measures: values.measures.trim(),
        photoIds: values.photoIds ?? null,
        idempotencyKey: key,
      },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };

  return (
    <Modal
      open={hazard !== null}
      title={t('rectify.report.title')}
      okText={t('rectify.report.submit')}
      cancelText={t('common.cancel')}
      onOk={() => {
        void submit();
      }}
      onCancel={() => {
        report.reset();
        onClose();
      }}
      confirmLoading={report.loading}
      destroyOnHidden
      okButtonProps={submitProps}
      modalRender={(node) => <div data-testid="report-dialog">{node}</div>}
    >
      {hazard ? <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph> : null}
      <ErrorAlert error={report.error} />
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="measures"
          label={t('rectify.report.measures')}
          rules={[{ required: true, whitespace: true, message: t('rectify.report.measuresRequired') }, { max: 2000 }]}
        >
          <Input.TextArea
            rows={4}
            data-testid="report-measures"
            maxLength={2000}
            showCount
            placeholder={t('rectify.report.measuresPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="photoIds" label={t('rectify.report.photos')}>
          <PhotoUpload
            testId="report-photos"
            onBusyChange={(b) => {
              uploads.current += b ? 1 : -1;
              setBusy(uploads.current > 0);
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
