// Report a hazard's rectification: the enterprise its own, a regulator's officer on its behalf (代报). The measures
// always; for a major hazard all five items of 五落实 (责任、措施、资金、时限、预案) and a photo of the rectified site.
import { Alert, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation } from '../../api/hooks';
import { DateTimeInput } from '../../components/DateTimeInput';
import { FormDialog } from '../../components/FormDialog';
import { fromShanghaiInput, toShanghaiInput } from '../../format';
import type { HazardLevel } from '../../gql/graphql';
import { useT } from '../../locales';
import { PhotosField, useUploadsBusy } from '../photos/PhotoUpload';
import { ReportRectificationMutation } from './queries';

interface ReportForm {
  measures: string;
  responsible?: string;
  funds?: number | null;
  completedAt?: string;
  contingencyPlan?: string;
  photoIds?: string[];
}

export function ReportDialog({
  hazard,
  onBehalf,
  onClose,
  onDone,
}: {
  hazard: { id: string; description: string; level: HazardLevel } | null;
  /** A regulator's officer reports for the enterprise (代报): said so above the form. */
  onBehalf: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ReportForm>();
  const report = useMutation(ReportRectificationMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, onBusyChange } = useUploadsBusy();
  const major = hazard?.level === 'MAJOR';
  const required = (message: string) => (major ? [{ required: true, message }] : []);

  const submit = async () => {
    if (!hazard) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await report.run({
      input: {
        hazardId: hazard.id,
        measures: values.measures.trim(),
        responsible: values.responsible?.trim() || null,
        funds: values.funds ?? null,
        completedAt: fromShanghaiInput(values.completedAt),
        contingencyPlan: values.contingencyPlan?.trim() || null,
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
      texts={onBehalf ? 'rectification.report' : 'rectification.ownReport'}
      mutation={report}
      onSubmit={submit}
      onClose={onClose}
      testId="report-dialog"
      submitTestId="report-submit"
      busy={busy}
      intro={
        hazard ? (
          <>
            <Typography.Paragraph type="secondary">{hazard.description}</Typography.Paragraph>
            {major ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('rectification.report.fiveItems')}
                data-testid="report-five-items"
              />
            ) : null}
          </>
        ) : null
      }
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ completedAt: toShanghaiInput(new Date()) }}>
        <Form.Item
          name="measures"
          label={t('rectification.report.measures')}
          rules={[
            { required: true, whitespace: true, message: t('rectification.report.measuresRequired') },
            { max: 2000 },
          ]}
        >
          <Input.TextArea
            rows={3}
            data-testid="report-measures"
            maxLength={2000}
            showCount
            placeholder={t('rectification.report.measuresPlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="responsible"
          label={t('rectification.report.responsible')}
          rules={[...required(t('rectification.report.responsibleRequired')), { max: 200 }]}
        >
          <Input data-testid="report-responsible" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="funds"
          label={t('rectification.report.funds')}
          rules={required(t('rectification.report.fundsRequired'))}
        >
          <InputNumber
            min={0}
            max={100_000_000}
            precision={2}
            style={{ width: '100%' }}
            addonAfter={t('rectification.report.yuan')}
            data-testid="report-funds"
          />
        </Form.Item>
        <Form.Item
          name="completedAt"
          label={t('rectification.report.completedAt')}
          rules={required(t('rectification.report.completedAtRequired'))}
        >
          <DateTimeInput testId="report-completed-at" ariaLabel={t('rectification.report.completedAt')} />
        </Form.Item>
        <Form.Item
          name="contingencyPlan"
          label={t('rectification.report.contingencyPlan')}
          rules={[...required(t('rectification.report.contingencyPlanRequired')), { max: 2000 }]}
        >
          <Input.TextArea rows={2} data-testid="report-contingency-plan" maxLength={2000} />
        </Form.Item>
        <PhotosField
          label={t('rectification.report.photos')}
          testId="report-photos"
          onBusyChange={onBusyChange}
          camera
          rules={required(t('rectification.report.photoRequired'))}
        />
      </Form>
    </FormDialog>
  );
}
