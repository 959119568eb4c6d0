// 停产 or 注销 an enterprise: the kind, since which day, and why — with what it means for its work said first.
import { Form, Input, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { LIMITS } from '../../../../../../domain/limits';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import { shanghaiDayStart, toShanghaiDate } from '../../../../format';
import type { EnterpriseStatus } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { DeactivateEnterpriseMutation } from '../queries';

interface DeactivateForm {
  status: EnterpriseStatus;
  day: string;
  reason: string;
}

export function DeactivateEnterpriseDialog({
  enterprise,
  onClose,
  onDone,
}: {
  enterprise: { id: string; name: string; status: EnterpriseStatus } | null;
  onClose: () => void;
  onDone: (name: string, status: EnterpriseStatus) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<DeactivateForm>();
  const deactivate = useMutation(DeactivateEnterpriseMutation);

  useEffect(() => {
    if (enterprise)
      form.setFieldsValue({
        status: enterprise.status === 'SUSPENDED' ? 'CLOSED' : 'SUSPENDED',
        day: toShanghaiDate(new Date()),
        reason: '',
      });
  }, [enterprise, form]);

  const submit = async () => {
    if (!enterprise) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await deactivate.run({
      id: enterprise.id,
      status: values.status,
      reason: values.reason.trim(),
      at: shanghaiDayStart(values.day),
    });
    if (result) onDone(enterprise.name, values.status);
  };

  return (
    <FormDialog
      open={enterprise !== null}
      texts="register.deactivate"
      mutation={deactivate}
      onSubmit={submit}
      onClose={onClose}
      testId="enterprise-deactivate-dialog"
      submitTestId="enterprise-deactivate-submit"
      intro={<p>{t('register.deactivate.intro')}</p>}
    >
      <Form<DeactivateForm> form={form} layout="vertical">
        <Row gutter={16}>
          <FormField name="status" label={t('register.deactivate.kind')} required="pick">
            <Radio.Group
              data-testid="enterprise-deactivate-kind"
              options={(['SUSPENDED', 'CLOSED'] as const)
                .filter((s) => s !== enterprise?.status)
                .map((s) => ({ value: s, label: t(`enum.enterpriseStatus.${s}`) }))}
            />
          </FormField>
          <FormField name="day" label={t('register.deactivate.at')} required="fill">
            <Input type="date" max={toShanghaiDate(new Date())} aria-label={t('register.deactivate.at')} />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('register.deactivate.reason')}
            rules={[{ required: true, whitespace: true, message: t('register.deactivate.reasonRule') }]}
          >
            <Input.TextArea rows={2} maxLength={LIMITS.reason} data-testid="enterprise-deactivate-reason" />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
