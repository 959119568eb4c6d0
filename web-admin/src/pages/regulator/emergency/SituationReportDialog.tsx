// 报送情况: a township's situation report for the current period of a response — rainfall, people moved, dangers
// found, losses, its account and photos (taken on the phone). Made to be filled in on a phone; the server's refusal shows above the form.
import { Form, Input, InputNumber, Row } from 'antd';
import { useState } from 'react';
import { LIMITS } from '../../../../../domain/limits';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { FormDialog } from '../../../components/FormDialog';
import { FormField } from '../../../components/FormField';
import { useT } from '../../../locales';
import { SubmitSituationReportMutation } from '../../../shared/emergency/queries';
import { PhotosField, useUploadsBusy } from '../../../shared/photos/PhotoUpload';

interface ReportForm {
  rainfallMm?: number | null;
  peopleMoved?: number | null;
  dangersFound?: number | null;
  losses?: string;
  text: string;
  photoIds?: string[];
}

const THIRD = { xs: 24, sm: 8 };

export function SituationReportDialog({
  responseId,
  title,
  open,
  onClose,
  onSubmitted,
}: {
  responseId: string;
  /** The response the report is for, above the form. */
  title: string;
  open: boolean;
  onClose: () => void;
  onSubmitted: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReportForm>();
  const submitReport = useMutation(SubmitSituationReportMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, onBusyChange } = useUploadsBusy();

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await submitReport.run({
      input: {
        responseId,
        rainfallMm: values.rainfallMm ?? null,
        peopleMoved: values.peopleMoved ?? 0,
        dangersFound: values.dangersFound ?? 0,
        losses: values.losses?.trim() || null,
        text: values.text.trim(),
        photoIds: values.photoIds ?? [],
        idempotencyKey: key,
      },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    form.resetFields();
    onSubmitted();
  };

  return (
    <FormDialog
      open={open}
      texts="situation.submitDialog"
      mutation={submitReport}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      testId="report-dialog"
      submitTestId="report-submit"
      intro={<p style={{ color: 'rgba(0,0,0,0.55)' }}>{title}</p>}
    >
      <Form<ReportForm> form={form} layout="vertical" requiredMark="optional">
        <Row gutter={12}>
          <FormField cell={THIRD} name="rainfallMm" label={t('situation.field.rainfall')}>
            <InputNumber<number>
              min={0}
              max={99999}
              precision={1}
              inputMode="decimal"
              suffix={t('situation.unit.mm')}
              style={{ width: '100%' }}
              data-testid="report-rainfall"
            />
          </FormField>
          <FormField cell={THIRD} name="peopleMoved" label={t('situation.field.moved')}>
            <InputNumber<number>
              min={0}
              precision={0}
              inputMode="numeric"
              suffix={t('situation.unit.people')}
              style={{ width: '100%' }}
              data-testid="report-moved"
            />
          </FormField>
          <FormField cell={THIRD} name="dangersFound" label={t('situation.field.dangers')}>
            <InputNumber<number>
              min={0}
              precision={0}
              inputMode="numeric"
              suffix={t('situation.unit.places')}
              style={{ width: '100%' }}
              data-testid="report-dangers"
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="text"
            label={t('situation.field.text')}
            rules={[{ required: true, whitespace: true, message: t('situation.textRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={LIMITS.longText}
              showCount
              placeholder={t('situation.textHint')}
              data-testid="report-text-input"
            />
          </FormField>
          <FormField cell={{ xs: 24 }} name="losses" label={t('situation.field.losses')}>
            <Input.TextArea
              rows={2}
              maxLength={LIMITS.longText}
              placeholder={t('situation.lossesHint')}
              data-testid="report-losses"
            />
          </FormField>
        </Row>
        <PhotosField label={t('situation.field.photos')} testId="report-photos" onBusyChange={onBusyChange} camera />
      </Form>
    </FormDialog>
  );
}
