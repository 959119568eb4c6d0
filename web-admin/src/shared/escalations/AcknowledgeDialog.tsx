import { Form, Input } from 'antd';
import { useMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
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
    <FormDialog
      open={Boolean(escalationId)}
      texts="escalation.ack"
      mutation={acknowledge}
      onSubmit={submit}
      onClose={onClose}
      testId="escalation-ack-dialog"
    >
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('escalation.ack.comment')} rules={[{ max: 2000 }]}>
          <Input.TextArea
            rows={3}
            placeholder={t('escalation.ack.commentPlaceholder')}
            data-testid="escalation-comment"
          />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
