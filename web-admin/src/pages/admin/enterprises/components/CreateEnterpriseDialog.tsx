// Register an enterprise; the credit code's check character is verified here (GB 32100) before the server checks it again.
import { Form, Input, Row, Select, Switch } from 'antd';
import { usccProblem, type UsccProblem } from '../../../../../../domain/uscc';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { Grade, Industry, SupervisionTopic } from '../../../../gql/graphql';
import { useT, type MessageKey } from '../../../../locales';
import { CreateEnterpriseMutation } from '../queries';
import { CoSupervisionField } from './CoSupervisionField';
import { RegistrationFields } from './RegistrationFields';

interface EnterpriseForm {
  uscc: string;
  name: string;
  industry: Industry;
  townshipId: string;
  address?: string;
  legalRepresentative?: string;
  grade: Grade;
  majorHazardSource: boolean;
  coSupervisionTopics: SupervisionTopic[];
}

const USCC_PROBLEMS: Record<UsccProblem, MessageKey> = {
  LENGTH: 'enterprise.uscc.length',
  CHARACTERS: 'enterprise.uscc.characters',
  CHECK_CHARACTER: 'enterprise.uscc.check',
};

const GRADES: readonly Grade[] = ['GOOD', 'FAIR', 'POOR'];
const THIRD = { xs: 24, md: 8 };

export function CreateEnterpriseDialog({
  open,
  townships,
  onClose,
  onCreated,
}: {
  open: boolean;
  townships: readonly { id: string; name: string }[];
  onClose: () => void;
  onCreated: (name: string, regulator: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<EnterpriseForm>();
  const create = useMutation(CreateEnterpriseMutation);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await create.run({
      input: {
        uscc: values.uscc.trim().toUpperCase(),
        name: values.name.trim(),
        industry: values.industry,
        townshipId: values.townshipId,
        address: values.address?.trim() || null,
        legalRepresentative: values.legalRepresentative?.trim() || null,
        grade: values.grade,
        majorHazardSource: values.majorHazardSource,
        coSupervisionTopics: values.coSupervisionTopics?.length ? values.coSupervisionTopics : null,
      },
    });
    if (result) {
      form.resetFields();
      onCreated(result.createEnterprise.name, result.createEnterprise.regulator.name);
    }
  };

  return (
    <FormDialog
      open={open}
      texts="enterprise.create"
      mutation={create}
      onSubmit={submit}
      onClose={onClose}
      testId="enterprise-create-dialog"
      width={720}
      keepOnClose
    >
      <Form<EnterpriseForm>
        form={form}
        layout="vertical"
        initialValues={{ grade: 'FAIR', majorHazardSource: false, coSupervisionTopics: [] }}
      >
        <Row gutter={16}>
          <FormField
            name="uscc"
            label={t('enterprise.field.uscc')}
            required="fill"
            extra={t('enterprise.uscc.hint')}
            normalize={(v: string) => v.toUpperCase().replace(/\s/g, '')}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  if (!value) return;
                  const problem = usccProblem(value);
                  if (problem) throw new Error(t(USCC_PROBLEMS[problem]));
                },
              },
            ]}
          >
            <Input maxLength={18} data-testid="enterprise-uscc" style={{ fontFamily: 'monospace' }} />
          </FormField>
          <RegistrationFields townships={townships} testIdPrefix="enterprise" />
          <FormField cell={{ xs: 12, md: 8 }} name="grade" label={t('enterprise.field.grade')}>
            <Select<Grade> options={GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) }))} />
          </FormField>
          <FormField
            cell={THIRD}
            name="majorHazardSource"
            label={t('enterprise.field.majorHazardSource')}
            valuePropName="checked"
          >
            <Switch aria-label={t('enterprise.field.majorHazardSource')} />
          </FormField>
          <CoSupervisionField testIdPrefix="enterprise" />
        </Row>
      </Form>
    </FormDialog>
  );
}
