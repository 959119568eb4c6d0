// The fields of a registration the county office writes when it registers an enterprise and when it edits one: name,
// industry (which decides the regulator), township, address and legal representative.
import { Input, Select } from 'antd';
import { ENTERPRISE_NAME_MIN } from '../../../../../../domain/enterprise-rules';
import { LIMITS } from '../../../../../../domain/limits';
import { INDUSTRIES } from '../../../../../../domain/types';
import { namedOptions } from '../../../../components/FilterBar';
import { FormField } from '../../../../components/FormField';
import type { Industry } from '../../../../gql/graphql';
import { useT } from '../../../../locales';

export function RegistrationFields({
  townships,
  testIdPrefix,
}: {
  townships: readonly { id: string; name: string }[];
  /** `enterprise` when registering, `enterprise-edit` when editing. */
  testIdPrefix: string;
}) {
  const t = useT();
  return (
    <>
      <FormField
        name="name"
        label={t('enterprise.field.name')}
        rules={[
          {
            required: true,
            whitespace: true,
            min: ENTERPRISE_NAME_MIN,
            max: LIMITS.name,
            message: t('enterprise.create.nameRule'),
          },
        ]}
      >
        <Input data-testid={`${testIdPrefix}-name`} />
      </FormField>
      <FormField name="industry" label={t('enterprise.field.industry')} required="pick">
        <Select<Industry>
          data-testid={`${testIdPrefix}-industry`}
          showSearch={{ optionFilterProp: 'label' }}
          options={INDUSTRIES.map((i) => ({ value: i, label: t(`enum.industry.${i}`) }))}
        />
      </FormField>
      <FormField name="townshipId" label={t('enterprise.field.township')} required="pick">
        <Select<string>
          data-testid={`${testIdPrefix}-township`}
          showSearch={{ optionFilterProp: 'label' }}
          options={namedOptions(townships)}
        />
      </FormField>
      <FormField
        cell={{ xs: 24, md: 16 }}
        name="address"
        label={t('enterprise.field.address')}
        rules={[{ max: LIMITS.shortText }]}
      >
        <Input />
      </FormField>
      <FormField
        cell={{ xs: 24, md: 8 }}
        name="legalRepresentative"
        label={t('enterprise.field.legalRepresentative')}
        rules={[{ max: LIMITS.legalRepresentative }]}
      >
        <Input />
      </FormField>
    </>
  );
}
