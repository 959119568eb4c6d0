import { Input, Row, Select } from 'antd';
import { CAMPAIGN_NAME_MIN } from '../../../../../../domain/campaign-rules';
import { LIMITS } from '../../../../../../domain/limits';
import { CAMPAIGN_KINDS } from '../../../../../../domain/types';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { FormField } from '../../../../components/FormField';
import type { CampaignKind } from '../../../../gql/graphql';
import { useT } from '../../../../locales';

export const BASICS_FIELDS = ['name', 'kind', 'startsAt', 'endsAt'] as const;

export function BasicsStep() {
  const t = useT();
  return (
    <Row gutter={24}>
      <FormField
        cell={{ xs: 24, lg: 14 }}
        name="name"
        label={t('launch.field.name')}
        extra={t('launch.field.nameHint')}
        rules={[
          { required: true, whitespace: true, message: t('common.required', { field: t('launch.field.name') }) },
          { min: CAMPAIGN_NAME_MIN, max: LIMITS.name, message: t('launch.problem.nameLength') },
        ]}
      >
        <Input data-testid="launch-name" maxLength={100} showCount placeholder={t('launch.field.namePlaceholder')} />
      </FormField>
      <FormField cell={{ xs: 24, lg: 10 }} name="kind" label={t('launch.field.kind')} required="pick">
        <Select<CampaignKind>
          data-testid="launch-kind"
          options={CAMPAIGN_KINDS.filter((k) => k !== 'SUPERVISION').map((k) => ({
            value: k,
            label: t(`enum.campaignKind.${k}`),
          }))}
        />
      </FormField>
      <FormField name="startsAt" label={t('launch.field.startsAt')} extra={t('launch.field.startsAtHint')}>
        <DateTimeInput testId="launch-starts" ariaLabel={t('launch.field.startsAt')} />
      </FormField>
      <FormField name="endsAt" label={t('launch.field.endsAt')} required="fill">
        <DateTimeInput testId="launch-ends" ariaLabel={t('launch.field.endsAt')} />
      </FormField>
    </Row>
  );
}
