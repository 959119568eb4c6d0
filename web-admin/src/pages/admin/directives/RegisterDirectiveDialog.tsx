// 登记来文: a 督促函 or 交办件 from the city or province, split into items each with its unit and deadline.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { DateTimeInput } from '../../../components/DateTimeInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fromShanghaiInput, toShanghaiInput } from '../../../format';
import type { DirectiveKind } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { RegisterDirectiveMutation } from '../../../shared/directives/queries';

interface RegisterForm {
  kind: DirectiveKind;
  source: string;
  documentNumber: string;
  title: string;
  receivedAt: string;
  replyDueAt: string;
  items: { content: string; assigneeId: string; dueAt: string }[];
}

const KINDS: readonly DirectiveKind[] = ['SUPERVISION_LETTER', 'ASSIGNED_CASE'];

export function RegisterDirectiveDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<RegisterForm>();
  const register = useMutation(RegisterDirectiveMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const units = useOrgUnits();
  const unitOptions = [...units.regulators, ...units.townships].map((u) => ({ value: u.id, label: u.name }));
  const close = () => {
    register.reset();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await register.run({
      input: {
        kind: values.kind,
        source: values.source,
        documentNumber: values.documentNumber,
        title: values.title,
        receivedAt: fromShanghaiInput(values.receivedAt) ?? '',
        replyDueAt: fromShanghaiInput(values.replyDueAt) ?? '',
        items: values.items.map((item) => ({
          content: item.content,
          assigneeId: item.assigneeId,
          dueAt: fromShanghaiInput(item.dueAt) ?? '',
        })),
        idempotencyKey: key,
      },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  return (
    <Modal
      open={open}
      title={t('directives.register.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('directives.register.submit')}
      okButtonProps={{ loading: register.loading, id: 'directive-register-submit' }}
      destroyOnHidden
      width={760}
      modalRender={(node) => <div data-testid="directive-register-dialog">{node}</div>}
    >
      <ErrorAlert error={register.error} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: 'SUPERVISION_LETTER',
          receivedAt: toShanghaiInput(new Date()),
          items: [{ content: '', assigneeId: undefined, dueAt: '' }],
        }}
      >
        <Space wrap align="start">
          <Form.Item name="kind" label={t('directives.field.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 140 }}
              options={KINDS.map((k) => ({ value: k, label: t(`directives.kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="source" label={t('directives.field.source')} rules={required(t('directives.required'))}>
            <Input placeholder={t('directives.field.sourceHint')} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="documentNumber"
            label={t('directives.field.documentNumber')}
            rules={required(t('directives.required'))}
          >
            <Input style={{ width: 260 }} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('directives.field.title')} rules={required(t('directives.required'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item
            name="receivedAt"
            label={t('directives.field.receivedAt')}
            rules={required(t('directives.required'))}
          >
            <DateTimeInput />
          </Form.Item>
          <Form.Item
            name="replyDueAt"
            label={t('directives.field.replyDueAt')}
            rules={required(t('directives.required'))}
          >
            <DateTimeInput />
          </Form.Item>
        </Space>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'content']}
                    label={t('directives.field.item', { n: index + 1 })}
                    rules={required(t('directives.required'))}
                  >
                    <Input.TextArea rows={2} style={{ width: 300 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'assigneeId']}
                    label={t('directives.field.assignee')}
                    rules={[{ required: true, message: t('directives.required') }]}
                  >
                    <Select showSearch={{}} style={{ width: 160 }} options={unitOptions} loading={units.loading} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'dueAt']}
                    label={t('directives.field.dueAt')}
                    rules={required(t('directives.required'))}
                  >
                    <DateTimeInput />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('directives.register.removeItem')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 30 }}
                    />
                  ) : null}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ content: '', dueAt: '' })}>
                {t('directives.register.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
