// The office's two steps on a running response, each with its reason and a last confirmation: 调整级别 (a new level:
// new deadlines, the chain told again, the old text-message links superseded) and 结束响应 (the summary is written).
import { Form, Input, Row, Select, type ButtonProps, App } from 'antd';
import { useState } from 'react';
import { LIMITS } from '../../../../../../domain/limits';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { FormDialog } from '../../../../components/FormDialog';
import { FormField } from '../../../../components/FormField';
import type { ResponseLevel } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import type { LoadedResponse } from '../../../../shared/emergency/ResponsePage';
import { RESPONSE_LEVELS } from '../../../../shared/emergency/words';
import { ChangeResponseLevelMutation, EndResponseMutation } from '../queries';

/** Asks once more before a step that tells the whole chain: resolves true when confirmed. */
function useConfirm() {
  const { modal } = App.useApp();
  const t = useT();
  return (title: string, content: string, testId: string, danger = false) =>
    new Promise<boolean>((resolve) => {
      void modal.confirm({
        title,
        content,
        okText: t('common.confirm'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': testId, danger } as ButtonProps,
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
}

export function ChangeLevelDialog({
  response,
  open,
  onClose,
  onChanged,
}: {
  response: LoadedResponse;
  open: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ level: ResponseLevel; reason: string }>();
  const change = useMutation(ChangeResponseLevelMutation);
  const confirm = useConfirm();
  const [key, setKey] = useState(newIdempotencyKey);
  const level = (l: ResponseLevel) => t(`enum.responseLevel.${l}`);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const ok = await confirm(
      t('response.changeLevel.confirmTitle'),
      t('response.changeLevel.confirm', { from: level(response.level), to: level(values.level) }),
      'response-change-level-confirm',
    );
    if (!ok) return;
    const result = await change.run({
      id: response.id,
      level: values.level,
      reason: values.reason.trim(),
      idempotencyKey: key,
    });
    if (!result) return;
    setKey(newIdempotencyKey());
    onChanged();
  };

  return (
    <FormDialog
      open={open}
      texts="response.changeLevel"
      mutation={change}
      onSubmit={submit}
      onClose={onClose}
      testId="response-change-level-dialog"
      submitTestId="response-change-level-submit"
      intro={
        <p style={{ color: 'rgba(0,0,0,0.55)' }}>{t('response.changeLevel.intro', { level: level(response.level) })}</p>
      }
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={16}>
          <FormField cell={{ xs: 24 }} name="level" label={t('response.changeLevel.level')} required="pick">
            <Select<ResponseLevel>
              data-testid="response-new-level"
              aria-label={t('response.changeLevel.level')}
              options={RESPONSE_LEVELS.map((l) => ({ value: l, label: level(l), disabled: l === response.level }))}
            />
          </FormField>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('response.field.changeReason')}
            rules={[{ required: true, whitespace: true, message: t('response.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={LIMITS.reason} showCount data-testid="response-change-reason" />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}

export function EndResponseDialog({
  response,
  open,
  onClose,
  onEnded,
}: {
  response: LoadedResponse;
  open: boolean;
  onClose: () => void;
  onEnded: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const end = useMutation(EndResponseMutation);
  const confirm = useConfirm();
  const [key, setKey] = useState(newIdempotencyKey);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const ok = await confirm(t('response.end.confirmTitle'), t('response.end.confirm'), 'response-end-confirm', true);
    if (!ok) return;
    const result = await end.run({ id: response.id, reason: values.reason.trim(), idempotencyKey: key });
    if (!result) return;
    setKey(newIdempotencyKey());
    onEnded();
  };

  return (
    <FormDialog
      open={open}
      texts="response.end"
      mutation={end}
      onSubmit={submit}
      onClose={onClose}
      testId="response-end-dialog"
      submitTestId="response-end-submit"
      intro={<p style={{ color: 'rgba(0,0,0,0.55)' }}>{t('response.end.intro')}</p>}
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Row gutter={16}>
          <FormField
            cell={{ xs: 24 }}
            name="reason"
            label={t('response.field.endReason')}
            rules={[{ required: true, whitespace: true, message: t('response.reasonRequired') }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={LIMITS.reason}
              showCount
              placeholder={t('response.end.reasonHint')}
              data-testid="response-end-reason"
            />
          </FormField>
        </Row>
      </Form>
    </FormDialog>
  );
}
