// Verify a reported rectification: pass closes the hazard (销号) or, a major one, sends it to the county office's
// sign-off; reject sends it back with a new deadline and the reason. Nobody verifies their own report.
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDateTime, fromShanghaiInput } from '../../../../format';
import { ReporterTag } from '../../../../components/tags';
import type { HazardLevel } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { fiveItemRows } from '../../../../shared/hazards/five-items';
import { defaultNewRectifyBy, SendBackFields } from '../../../../shared/hazards/SendBackFields';
import { PhotoGallery, type PhotoRef } from '../../../../shared/photos/PhotoGallery';
import { PhotosField, useUploadsBusy } from '../../../../shared/photos/PhotoUpload';
import { VerifyRectificationMutation } from '../queries';

export interface VerifiableHazard {
  id: string;
  description: string;
  level: HazardLevel;
  rectificationMeasures: string | null;
  reportedAt: string | null;
  reporterName: string | null;
  reportedOnBehalf: boolean | null;
  reportedByViewer: boolean;
  rectificationResponsible: string | null;
  rectificationFunds: number | null;
  rectificationCompletedAt: string | null;
  rectificationContingencyPlan: string | null;
  /** 次日核查, or the 复查期限 of a hazard under an order to rectify. */
  verifyBy?: string | null;
  photos: readonly PhotoRef[];
}

interface VerifyForm {
  comment?: string;
  newRectifyBy?: string;
  photoIds?: string[];
}

export function VerifyDialog({
  hazard,
  onClose,
  onDone,
}: {
  hazard: VerifiableHazard | null;
  onClose: () => void;
  onDone: (passed: boolean) => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<VerifyForm>();
  const verify = useMutation(VerifyRectificationMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const [rejecting, setRejecting] = useState(false);
  // Read by the validators: the reject-only fields are checked only when rejecting.
  const mode = useRef<'pass' | 'reject'>('pass');
  const { busy, onBusyChange } = useUploadsBusy();

  const close = () => {
    verify.reset();
    setRejecting(false);
    onClose();
  };

  const submit = async (passed: boolean) => {
    if (!hazard) return;
    setRejecting(!passed);
    mode.current = passed ? 'pass' : 'reject';
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await verify.run({
      input: {
        hazardId: hazard.id,
        passed,
        comment: values.comment?.trim() || null,
        newRectifyBy: passed ? null : fromShanghaiInput(values.newRectifyBy),
        photoIds: values.photoIds ?? null,
        idempotencyKey: key,
      },
    });
    if (result) {
      setKey(newIdempotencyKey());
      setRejecting(false);
      onDone(passed);
    }
  };

  const verdict = (passed: boolean) => (
    <Button
      type={passed ? 'primary' : 'default'}
      danger={!passed}
      icon={passed ? <CheckOutlined /> : <CloseOutlined />}
      loading={verify.loading && rejecting !== passed}
      disabled={busy || Boolean(hazard?.reportedByViewer)}
      onClick={() => void submit(passed)}
      data-testid={passed ? 'verify-pass' : 'verify-reject'}
    >
      {t(passed ? 'rectification.verify.pass' : 'rectification.verify.reject')}
    </Button>
  );

  return (
    <Modal
      open={hazard !== null}
      title={t('rectification.verify.title')}
      onCancel={close}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="verify-dialog">{node}</div>}
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          {verdict(false)}
          {verdict(true)}
        </Space>
      }
    >
      {hazard ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('hazard.field.description')}>{hazard.description}</Descriptions.Item>
          <Descriptions.Item label={t('hazard.field.measures')}>
            {hazard.rectificationMeasures ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('rectification.verify.reportedAt')}>
            {formatDateTime(hazard.reportedAt, locale)}
          </Descriptions.Item>
          {hazard.verifyBy ? (
            <Descriptions.Item label={t('hazard.field.verifyBy')}>
              {formatDateTime(hazard.verifyBy, locale)}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('rectification.verify.reporter')}>
            <Space size={6} wrap>
              {hazard.reporterName ?? '—'}
              <ReporterTag onBehalf={hazard.reportedOnBehalf} />
            </Space>
          </Descriptions.Item>
          {fiveItemRows(hazard, t, locale)}
          <Descriptions.Item label={t('hazard.detail.photos')}>
            <PhotoGallery photos={hazard.photos} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      {hazard?.reportedByViewer ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('rectification.verify.ownReport')}
          data-testid="verify-own-report"
        />
      ) : null}
      {hazard?.level === 'MAJOR' ? (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('rectification.verify.signOffNext')} />
      ) : null}
      <ErrorAlert error={verify.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ newRectifyBy: defaultNewRectifyBy() }}>
        <SendBackFields
          sendingBack={() => mode.current === 'reject'}
          labels={{
            comment: 'rectification.verify.comment',
            commentHint: 'rectification.verify.commentHint',
            commentRequired: 'rectification.verify.commentRequired',
            deadlineHint: 'rectification.verify.newRectifyByHint',
          }}
          testIds={{ comment: 'verify-comment', deadline: 'verify-new-deadline' }}
        />
        <PhotosField label={t('rectification.verify.photos')} testId="verify-photos" onBusyChange={onBusyChange} />
      </Form>
    </Modal>
  );
}
