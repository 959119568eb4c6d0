// 启动应急响应: the kind (防汛, 防台风, 地质灾害, 森林防火, 其他), the level (Ⅳ级 lowest … Ⅰ级 highest), the townships
// in scope, why (the warning that prompted it) and what to do. Every 包保 link of those townships is told at once.
import { Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { LIMITS } from '../../../../../../domain/limits';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { ResponseKind, ResponseLevel } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import { RESPONSE_KINDS, RESPONSE_LEVELS } from '../../../../shared/emergency/words';
import { useOrgUnits } from '../../../../shared/reference/useReference';
import { ActivateResponseMutation } from '../queries';

interface ActivateForm {
  kind: ResponseKind;
  level: ResponseLevel;
  townshipIds: string[];
  reason: string;
  instructions?: string;
}

export function ActivateResponseDialog({
  open,
  onClose,
  onActivated,
}: {
  open: boolean;
  onClose: () => void;
  onActivated: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<ActivateForm>();
  const activate = useMutation(ActivateResponseMutation);
  const units = useOrgUnits();
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await activate.run({
      input: {
        kind: values.kind,
        level: values.level,
        townshipIds: values.townshipIds,
        reason: values.reason.trim(),
        instructions: values.instructions?.trim() || null,
        idempotencyKey: key,
      },
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    onActivated(result.activateResponse.id);
  };

  return (
    <FormDialog
      open={open}
      texts="response.activate"
      mutation={activate}
      onSubmit={submit}
      onClose={onClose}
      testId="response-activate-dialog"
      submitTestId="response-activate-submit"
      width={720}
      intro={<p style={{ color: 'rgba(0,0,0,0.55)' }}>{t('response.activate.intro')}</p>}
    >
      <Form<ActivateForm> form={form} layout="vertical" requiredMark="optional" initialValues={{ townshipIds: [] }}>
        <Row gutter={16}>
          <FormField name="kind" label={t('response.field.kind')} required="pick">
            <Select<ResponseKind>
              data-testid="response-kind"
              aria-label={t('response.field.kind')}
              options={RESPONSE_KINDS.map((k) => ({ value: k, label: t(`enum.responseKind.${k}`) }))}
            />
          </FormField>
          <FormField name="level" label={t('response.field.level')} required="pick" extra={t('response.levelHint')}>
            <Select<ResponseLevel>
              data-testid="response-level-select"
              aria-label={t('response.field.level')}
              options={RESPONSE_LEVELS.map((l) => ({ value: l, label: t(`enum.responseLevel.${l}`) }))}
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="townshipIds"
            label={t('response.field.townships')}
            rules={[{ type: 'array', required: true, min: 1, message: t('response.activate.townshipsRequired') }]}
          >
            <Select<string[]>
              mode="multiple"
              allowClear
              data-testid="response-townships-select"
              aria-label={t('response.field.townships')}
              loading={units.loading}
              options={units.townships.map((u) => ({ value: u.id, label: u.name }))}
              showSearch={{ optionFilterProp: 'label' }}
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('response.field.reason')}
            rules={[{ required: true, whitespace: true, message: t('response.reasonRequired') }]}
          >
            <Input.TextArea
              rows={2}
              maxLength={LIMITS.reason}
              showCount
              placeholder={t('response.activate.reasonHint')}
              data-testid="response-reason"
            />
          </FormField>
          <FormField cell={{ xs: 24 }} name="instructions" label={t('response.field.instructions')}>
            <Input.TextArea
              rows={3}
              maxLength={LIMITS.longText}
              showCount
              placeholder={t('response.activate.instructionsHint')}
              data-testid="response-instructions"
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
