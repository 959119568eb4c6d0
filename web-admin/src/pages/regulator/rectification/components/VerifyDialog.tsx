// Verify a reported rectification: pass closes the hazard (销号); reject sends it back with a new deadline and the reason.
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Descriptions, Form, Input, Modal, Space } from 'antd';
import { useRef, useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { formatDateTime, fromShanghaiInput, inDays, toShanghaiInput } from '../../../../format';
import { useLocale } from '../../../../locales';
import { PhotoGallery, type PhotoRef } from '../../../../shared/photos/PhotoGallery';
import { PhotosField, useUploadsBusy } from '../../../../shared/photos/PhotoUpload';
import { VerifyRectificationMutation } from '../queries';

export interface VerifiableHazard {
  id: string;
  description: string;
  rectificationMeasures: string | null;
  reportedAt: string | null;
  photos: readonly PhotoRef[];
}

interface VerifyForm {
  comment?: string;
  newRectifyBy?: string;
  photoIds?: string[];
}

const YEAR_2 = 2 * 366 * 86_400_000;

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
      disabled={busy}
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
          <Descriptions.Item label={t('hazard.detail.photos')}>
            <PhotoGallery photos={hazard.photos} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <ErrorAlert error={verify.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ newRectifyBy: `${toShanghaiInput(inDays(7)).slice(0, 10)}T17:30` }}
      >
        <Form.Item
          name="comment"
          label={t('rectification.verify.comment')}
          extra={t('rectification.verify.commentHint')}
          rules={[
            { max: 2000 },
            {
              validator: async (_, value: string | undefined) => {
                if (mode.current === 'reject' && !value?.trim())
                  throw new Error(t('rectification.verify.commentRequired'));
              },
            },
          ]}
        >
          <Input.TextArea rows={3} data-testid="verify-comment" maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="newRectifyBy"
          label={t('rectification.verify.newRectifyBy')}
          extra={t('rectification.verify.newRectifyByHint')}
          rules={[
            {
              validator: async (_, value: string | undefined) => {
                if (mode.current !== 'reject') return;
                if (!value) throw new Error(t('rectification.verify.newRectifyByRequired'));
                const at = Date.parse(fromShanghaiInput(value) ?? '');
                if (Number.isNaN(at)) return;
                if (at <= Date.now()) throw new Error(t('rectification.verify.newRectifyByFuture'));
                if (at > Date.now() + YEAR_2) throw new Error(t('inspection.problem.rectifyTooFar'));
              },
            },
          ]}
        >
          <DateTimeInput testId="verify-new-deadline" ariaLabel={t('rectification.verify.newRectifyBy')} />
        </Form.Item>
        <PhotosField label={t('rectification.verify.photos')} testId="verify-photos" onBusyChange={onBusyChange} />
      </Form>
    </Modal>
  );
}
