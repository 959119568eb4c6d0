// Edit a registration (not its credit code): a move to another industry or township is said to send only new work
// to the new units; its co-supervision topics (共同监管) as a set; what changed goes to the server, which checks it
// again and records it in the audit log.
import { Alert, Form, Input, Row, Switch } from 'antd';
import { useEffect } from 'react';
import { contactPhoneProblem } from '../../../../../../domain/enterprise-rules';
import { LIMITS } from '../../../../../../domain/limits';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { Industry, SupervisionTopic, UpdateEnterpriseInput } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { UpdateEnterpriseMutation } from '../queries';
import { CoSupervisionField, sameTopics } from './CoSupervisionField';
import { RegistrationFields } from './RegistrationFields';

export interface EditedEnterprise {
  id: string;
  name: string;
  industry: Industry;
  township: { id: string };
  majorHazardSource: boolean;
  address?: string | null;
  legalRepresentative?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  coSupervisors?: readonly { topic: SupervisionTopic }[];
}

interface EditForm {
  name: string;
  industry: Industry;
  townshipId: string;
  majorHazardSource: boolean;
  address?: string;
  legalRepresentative?: string;
  contactPerson?: string;
  contactPhone?: string;
  coSupervisionTopics: SupervisionTopic[];
}

const HALF = { xs: 24, md: 12 };
const blankToNull = (value: string | undefined) => value?.trim() || null;

export function EditEnterpriseDialog({
  enterprise,
  townships,
  onClose,
  onSaved,
}: {
  enterprise: EditedEnterprise | null;
  townships: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<EditForm>();
  const update = useMutation(UpdateEnterpriseMutation);

  useEffect(() => {
    if (!enterprise) return;
    form.setFieldsValue({
      name: enterprise.name,
      industry: enterprise.industry,
      townshipId: enterprise.township.id,
      majorHazardSource: enterprise.majorHazardSource,
      address: enterprise.address ?? '',
      legalRepresentative: enterprise.legalRepresentative ?? '',
      contactPerson: enterprise.contactPerson ?? '',
      contactPhone: enterprise.contactPhone ?? '',
      coSupervisionTopics: (enterprise.coSupervisors ?? []).map((c) => c.topic),
    });
  }, [enterprise, form]);

  const submit = async () => {
    if (!enterprise) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    // Only what changed: the audit log then says exactly what the office edited.
    const next: UpdateEnterpriseInput = {
      name: values.name.trim(),
      industry: values.industry,
      townshipId: values.townshipId,
      majorHazardSource: values.majorHazardSource,
      address: blankToNull(values.address),
      legalRepresentative: blankToNull(values.legalRepresentative),
      contactPerson: blankToNull(values.contactPerson),
      contactPhone: blankToNull(values.contactPhone),
    };
    const before: UpdateEnterpriseInput = {
      name: enterprise.name,
      industry: enterprise.industry,
      townshipId: enterprise.township.id,
      majorHazardSource: enterprise.majorHazardSource,
      address: enterprise.address ?? null,
      legalRepresentative: enterprise.legalRepresentative ?? null,
      contactPerson: enterprise.contactPerson ?? null,
      contactPhone: enterprise.contactPhone ?? null,
    };
    const input = Object.fromEntries(
      Object.entries(next).filter(([key, value]) => before[key as keyof UpdateEnterpriseInput] !== value),
    ) as UpdateEnterpriseInput;
    // The co-supervision topics as a set: sent whole, and only when it changed.
    const topics = values.coSupervisionTopics ?? [];
    const had = (enterprise.coSupervisors ?? []).map((c) => c.topic);
    if (!sameTopics(topics, had)) input.coSupervisionTopics = topics;
    if (Object.keys(input).length === 0) {
      onClose();
      return;
    }
    const result = await update.run({ id: enterprise.id, input });
    if (result) onSaved(result.updateEnterprise.name);
  };

  return (
    <FormDialog
      open={enterprise !== null}
      texts="register.edit"
      mutation={update}
      onSubmit={submit}
      onClose={onClose}
      testId="enterprise-edit-dialog"
      submitTestId="enterprise-edit-submit"
      width={720}
      intro={<Alert type="info" showIcon title={t('register.edit.moveNotice')} style={{ marginBottom: 16 }} />}
    >
      <Form<EditForm> form={form} layout="vertical">
        <Row gutter={16}>
          <RegistrationFields townships={townships} testIdPrefix="enterprise-edit" />
          <FormField
            cell={HALF}
            name="contactPerson"
            label={t('register.field.contactPerson')}
            rules={[{ max: LIMITS.legalRepresentative }]}
          >
            <Input data-testid="enterprise-edit-contact-person" />
          </FormField>
          <FormField
            cell={HALF}
            name="contactPhone"
            label={t('register.field.contactPhone')}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  if (contactPhoneProblem(value?.trim() || null)) throw new Error(t('register.edit.phoneRule'));
                },
              },
            ]}
          >
            <Input inputMode="tel" data-testid="enterprise-edit-contact-phone" />
          </FormField>
          <FormField
            cell={HALF}
            name="majorHazardSource"
            label={t('enterprise.field.majorHazardSource')}
            valuePropName="checked"
          >
            <Switch aria-label={t('enterprise.field.majorHazardSource')} />
          </FormField>
          <CoSupervisionField testIdPrefix="enterprise-edit" />
        </Row>
      </Form>
    </FormDialog>
  );
}
