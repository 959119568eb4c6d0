// 发布预警: a warning from a consultation (会商研判) — its title, what to do, its colour (蓝色 lowest … 红色 highest), the
// townships it goes to, the industries (none: every industry) and how long the enterprises have to acknowledge it.
// Every operating enterprise in scope is notified at once; the server's refusal (none in scope) shows above the form.
import { Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { WARNING_ACK_MINUTES } from '../../../../../../domain/emergency-response';
import { LIMITS } from '../../../../../../domain/limits';
import { INDUSTRIES } from '../../../../../../domain/types';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { Industry, WarningFieldsFragment, WarningLevel } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { WARNING_LEVELS } from '../../../../shared/emergency/words';
import { useOrgUnits } from '../../../../shared/reference/useReference';
import { IssueWarningMutation } from '../queries';

interface WarningForm {
  title: string;
  content: string;
  level: WarningLevel;
  townshipIds: string[];
  industries: Industry[];
  ackWithinMinutes: number;
}

export function IssueWarningDialog({
  open,
  onClose,
  onIssued,
}: {
  open: boolean;
  onClose: () => void;
  /** Issued: the warning, with how many enterprises it reached. */
  onIssued: (warning: WarningFieldsFragment) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<WarningForm>();
  const issue = useMutation(IssueWarningMutation);
  const units = useOrgUnits();
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await issue.run({
      input: {
        title: values.title.trim(),
        content: values.content.trim(),
        level: values.level,
        townshipIds: values.townshipIds,
        industries: values.industries.length > 0 ? values.industries : null,
        ackWithinMinutes: values.ackWithinMinutes,
        idempotencyKey: key,
      },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    form.resetFields();
    onIssued(result.issueWarning);
  };

  return (
    <FormDialog
      open={open}
      texts="warning.issue"
      mutation={issue}
      onSubmit={submit}
      onClose={onClose}
      testId="warning-issue-dialog"
      submitTestId="warning-issue-submit"
      width={720}
      intro={<p style={{ color: 'rgba(0,0,0,0.55)' }}>{t('warning.issue.intro')}</p>}
    >
      <Form<WarningForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ townshipIds: [], industries: [], ackWithinMinutes: WARNING_ACK_MINUTES.default }}
      >
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="level" label={t('warning.field.level')} required="pick">
            <Radio.Group
              data-testid="warning-level-choice"
              optionType="button"
              buttonStyle="solid"
              options={WARNING_LEVELS.map((l) => ({ value: l, label: t(`enum.warningLevel.${l}`) }))}
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="title"
            label={t('warning.field.title')}
            rules={[{ required: true, whitespace: true, message: t('warning.issue.titleRequired') }]}
          >
            <Input
              maxLength={LIMITS.shortText}
              placeholder={t('warning.issue.titleHint')}
              data-testid="warning-title-input"
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="content"
            label={t('warning.field.content')}
            rules={[{ required: true, whitespace: true, message: t('warning.issue.contentRequired') }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={LIMITS.longText}
              showCount
              placeholder={t('warning.issue.contentHint')}
              data-testid="warning-content-input"
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="townshipIds"
            label={t('warning.field.townships')}
            rules={[{ type: 'array', required: true, min: 1, message: t('warning.issue.townshipsRequired') }]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              data-testid="warning-townships-select"
              aria-label={t('warning.field.townships')}
              loading={units.loading}
              options={units.townships.map((u) => ({ value: u.id, label: u.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FormField>
          <FormField name="industries" label={t('warning.field.industries')} extra={t('warning.issue.industriesHint')}>
            <Select<Industry[]>
              mode="multiple"
              allowClear
              data-testid="warning-industries-select"
              aria-label={t('warning.field.industries')}
              placeholder={t('warning.allIndustries')}
              options={INDUSTRIES.map((i) => ({ value: i, label: t(`enum.industry.${i}`) }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FormField>
          <FormField
            name="ackWithinMinutes"
            label={t('warning.field.ackWithin')}
            extra={t('warning.issue.ackHint')}
            rules={[
              {
                required: true,
                type: 'integer',
                min: WARNING_ACK_MINUTES.min,
                max: WARNING_ACK_MINUTES.max,
                message: t('warning.issue.ackInvalid'),
              },
            ]}
          >
            <InputNumber<number>
              min={WARNING_ACK_MINUTES.min}
              max={WARNING_ACK_MINUTES.max}
              precision={0}
              step={30}
              inputMode="numeric"
              suffix={t('warning.unit.minutes')}
              style={{ width: '100%' }}
              data-testid="warning-ack-minutes"
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
