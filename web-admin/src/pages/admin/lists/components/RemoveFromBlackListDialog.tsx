// 提前移出黑名单: the county office ends a black-listing before its period, with the reason.
import { Form, Input, Row } from 'antd';
import { LIST_POLICY } from '../../../../../../domain/lists';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import { useT } from '../../../../locales';
import { RemoveFromBlackListMutation } from '../queries';

interface RemoveForm {
  reason: string;
}

export function RemoveFromBlackListDialog({
  entry,
  onClose,
  onDone,
}: {
  entry: { id: string; enterprise: { name: string } } | null;
  onClose: () => void;
  onDone: (name: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<RemoveForm>();
  const remove = useMutation(RemoveFromBlackListMutation);

  const submit = async () => {
    if (!entry) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await remove.run({ entryId: entry.id, reason: values.reason.trim() });
    if (result) onDone(entry.enterprise.name);
  };

  return (
    <FormDialog
      open={entry !== null}
      texts="lists.remove"
      mutation={remove}
      onSubmit={submit}
      onClose={onClose}
      testId="list-remove-dialog"
      submitTestId="list-remove-submit"
      intro={<p>{t('lists.remove.intro', { name: entry?.enterprise.name ?? '' })}</p>}
    >
      <Form<RemoveForm> form={form} layout="vertical" preserve={false}>
        <Row gutter={16}>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('lists.remove.reason')}
            rules={[{ required: true, whitespace: true, message: t('lists.remove.reasonRule') }]}
          >
            <Input.TextArea rows={3} maxLength={LIST_POLICY.reasonMaxLength} data-testid="list-remove-reason" />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
