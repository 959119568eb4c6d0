import { Col, Form, Input, Row, Select } from 'antd';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import type { CampaignKind } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { KINDS } from '../form';

export const BASICS_FIELDS = ['name', 'kind', 'startsAt', 'endsAt'] as const;

export function BasicsStep() {
  const t = useT();
  return (
    <Row gutter={24}>
      <Col xs={24} lg={14}>
        <Form.Item
          name="name"
          label={t('launch.field.name')}
          extra={t('launch.field.nameHint')}
          rules={[
            { required: true, whitespace: true, message: t('common.required', { field: t('launch.field.name') }) },
            { min: 2, max: 100, message: t('launch.problem.nameLength') },
          ]}
        >
          <Input data-testid="launch-name" maxLength={100} showCount placeholder={t('launch.field.namePlaceholder')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={10}>
        <Form.Item
          name="kind"
          label={t('launch.field.kind')}
          rules={[{ required: true, message: t('common.select', { field: t('launch.field.kind') }) }]}
        >
          <Select<CampaignKind>
            data-testid="launch-kind"
            options={KINDS.map((k) => ({ value: k, label: t(`enum.campaignKind.${k}`) }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name="startsAt" label={t('launch.field.startsAt')} extra={t('launch.field.startsAtHint')}>
          <DateTimeInput testId="launch-starts" ariaLabel={t('launch.field.startsAt')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="endsAt"
          label={t('launch.field.endsAt')}
          rules={[{ required: true, message: t('common.required', { field: t('launch.field.endsAt') }) }]}
        >
          <DateTimeInput testId="launch-ends" ariaLabel={t('launch.field.endsAt')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
