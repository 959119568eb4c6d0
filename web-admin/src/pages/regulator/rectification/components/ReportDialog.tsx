// Report a hazard's rectification on the enterprise's behalf: the measures taken and photos of the result.
import { Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { useT } from '../../../../locales';
import { PhotosField, useUploadsBusy } from '../../../../shared/photos/PhotoUpload';
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
  const { busy, onBusyChange } = useUploadsBusy();

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
    <FormDialog
      open={hazard !== null}
      texts="rectification.report"
      mutation={report}
      onSubmit={submit}
      onClose={onClose}
      testId="report-dialog"
      submitTestId="report-submit"
      busy={busy}
      intro={hazard ? <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph> : null}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="measures"
          label={t('rectification.report.measures')}
          rules={[
            { required: true, whitespace: true, message: t('rectification.report.measuresRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea
            rows={4}
            data-testid="report-measures"
            maxLength={2000}
            showCount
            placeholder={t('rectification.report.measuresPlaceholder')}
          />
        </Form.Item>
        <PhotosField label={t('rectification.report.photos')} testId="report-photos" onBusyChange={onBusyChange} />
      </Form>
    </FormDialog>
  );
}
