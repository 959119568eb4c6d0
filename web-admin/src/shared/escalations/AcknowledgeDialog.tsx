import { Form, Input, Modal } from 'antd';
import { useMutation } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../locales';
import { AcknowledgeEscalationMutation } from './queries';

export function AcknowledgeDialog({
  escalationId,
  onClose,
  onDone,
}: {
  escalationId: string | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ comment?: string }>();
  const acknowledge = useMutation(AcknowledgeEscalationMutation);

  const submit = async () => {
    if (!escalationId) return;
    const { comment } = await form.validateFields();
    const result = await acknowledge.run({ id: escalationId, comment: comment?.trim() || null });
    if (result) {
      form.resetFields();
      onDone();
    }
  };

  return (
    <Modal
      open={Boolean(escalationId)}
      title={t('escalation.ack.title')}
      okText={t('escalation.ack.submit')}
      cancelText={t('common.cancel')}
      onOk={() => {
        void submit();
      }}
      onCancel={() => {
        acknowledge.reset();
        onClose();
      }}
      confirmLoading={acknowledge.loading}
      okButtonProps={{ 'aria-label': t('escalation.ack.submit') }}
      destroyOnHidden
      modalRender={(node) => <div data-testid="escalation-ack-dialog">{node}</div>}
    >
      <ErrorAlert error={acknowledge.error} />
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('escalation.ack.comment')} rules={[{ max: 2000 }]}>
          <Input.TextArea
            rows={3}
            placeholder={t('escalation.ack.commentPlaceholder')}
            data-testid="escalation-comment"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
