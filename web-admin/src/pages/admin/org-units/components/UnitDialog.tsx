// Add a unit (a department or a township) or rename one. Names are unique within their kind: the register's import
// matches them. A new department gets work once the division gives it an industry or a topic.
import { Form, Input, Radio } from 'antd';
import { useEffect } from 'react';
import { ORG_UNIT_LIMITS } from '../../../../../../domain/org-unit-rules';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import type { OrgUnitsAdminQuery } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { CreateOrgUnitMutation, RenameOrgUnitMutation } from '../queries';

export type Unit = OrgUnitsAdminQuery['orgUnits'][number];

/** The kinds the county office may add (the office itself is one and only). */
const KINDS = ['TOWNSHIP', 'REGULATOR'] as const;
type NewKind = (typeof KINDS)[number];

interface UnitForm {
  kind: NewKind;
  name: string;
}

export function UnitDialog({
  unit,
  onClose,
  onSaved,
}: {
  /** The unit to rename, or `'new'` for a new one; null: closed. */
  unit: Unit | 'new' | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<UnitForm>();
  const create = useMutation(CreateOrgUnitMutation);
  const rename = useMutation(RenameOrgUnitMutation);
  const mutation = unit === 'new' ? create : rename;
  useEffect(() => {
    if (unit) form.setFieldsValue({ kind: 'TOWNSHIP', name: unit === 'new' ? '' : unit.name });
  }, [unit, form]);
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values || !unit) return;
    const name = values.name.trim();
    if (unit === 'new') {
      const result = await create.run({ input: { kind: values.kind, name } });
      if (result) onSaved(result.createOrgUnit.name);
    } else {
      const result = await rename.run({ id: unit.id, name });
      if (result) onSaved(result.renameOrgUnit.name);
    }
  };
  return (
    <FormDialog
      open={unit !== null}
      texts={unit === 'new' ? 'orgUnits.create' : 'orgUnits.rename'}
      mutation={mutation}
      onSubmit={submit}
      onClose={onClose}
      testId="org-unit-dialog"
      submitTestId="org-unit-save"
    >
      <Form<UnitForm> form={form} layout="vertical" initialValues={{ kind: 'TOWNSHIP' }}>
        {unit === 'new' ? (
          <Form.Item name="kind" label={t('orgUnits.field.kind')} extra={t('orgUnits.create.kindHint')}>
            <Radio.Group data-testid="org-unit-kind">
              {KINDS.map((kind) => (
                <Radio.Button key={kind} value={kind} data-testid={`org-unit-kind-${kind.toLowerCase()}`}>
                  {t(`orgUnits.kind.${kind}`)}
                </Radio.Button>
              ))}
            </Radio.Group>
          </Form.Item>
        ) : null}
        <Form.Item
          name="name"
          label={t('orgUnits.field.name')}
          rules={[
            {
              required: true,
              whitespace: true,
              min: ORG_UNIT_LIMITS.nameMin,
              max: ORG_UNIT_LIMITS.nameMax,
              message: t('orgUnits.rule.name'),
            },
          ]}
        >
          <Input data-testid="org-unit-name" maxLength={ORG_UNIT_LIMITS.nameMax} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
