// 受理: accept a tip with the enterprise (the register's match first) and the unit that verifies it, or not with a reason.
import { Descriptions, Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation, useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { TipFieldsFragment } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { useOrgUnits } from '../../../../shared/reference/useReference';
import { EnterpriseOptionsQuery, TriageTipMutation } from '../queries';

interface TriageForm {
  accepted: boolean;
  enterpriseId?: string;
  assigneeId?: string;
  reason?: string;
}

export function TriageDialog({
  tip,
  onClose,
  onDone,
}: {
  tip: TipFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<TriageForm>();
  const triage = useMutation(TriageTipMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const [search, setSearch] = useState('');
  const accepted = Form.useWatch('accepted', form) ?? true;
  const units = useOrgUnits();
  const options = useQuery(EnterpriseOptionsQuery, { search: search || null }, { skip: !tip });
  const matched = tip?.matchedEnterprise ?? null;
  const enterpriseOptions = useMemo(() => {
    const found = options.data?.enterprises.edges.map((e) => e.node) ?? [];
    const all = matched && !found.some((e) => e.id === matched.id) ? [matched, ...found] : found;
    return all.map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）`, regulatorId: e.regulator.id }));
  }, [options.data, matched]);

  useEffect(() => {
    if (tip) form.setFieldsValue({ accepted: true, enterpriseId: matched?.id, assigneeId: matched?.regulator.id });
  }, [tip, matched, form]);

  const close = () => {
    triage.reset();
    onClose();
  };
  const submit = async () => {
    if (!tip) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await triage.run({
      input: values.accepted
        ? {
            tipId: tip.id,
            accepted: true,
            enterpriseId: values.enterpriseId ?? null,
            assigneeId: values.assigneeId ?? null,
            idempotencyKey: key,
          }
        : { tipId: tip.id, accepted: false, reason: values.reason?.trim() ?? '', idempotencyKey: key },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };

  return (
    <Modal
      open={tip !== null}
      title={t('tips.triage.title')}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('tips.triage.submit')}
      okButtonProps={{ loading: triage.loading, id: 'tip-triage-submit' }}
      destroyOnHidden
      width={640}
      modalRender={(node) => <div data-testid="tip-triage-dialog">{node}</div>}
    >
      {tip ? (
        <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('tips.field.description')}>{tip.description}</Descriptions.Item>
          <Descriptions.Item label={t('tips.field.location')}>{tip.location}</Descriptions.Item>
          <Descriptions.Item label={t('tips.field.enterpriseText')}>{tip.enterpriseText ?? '—'}</Descriptions.Item>
        </Descriptions>
      ) : null}
      <ErrorAlert error={triage.error} />
      <Form form={form} layout="vertical" preserve={false} initialValues={{ accepted: true }}>
        <Form.Item name="accepted">
          <Radio.Group
            optionType="button"
            options={[
              { value: true, label: t('tips.triage.accept') },
              { value: false, label: t('tips.triage.notAccept') },
            ]}
          />
        </Form.Item>
        {accepted ? (
          <>
            <Form.Item
              name="enterpriseId"
              label={t('tips.field.enterprise')}
              extra={matched ? t('tips.triage.matched', { name: matched.name }) : t('tips.triage.noMatch')}
              rules={[{ required: true, message: t('tips.triage.enterpriseRequired') }]}
            >
              <Select
                showSearch={{ filterOption: false, onSearch: setSearch }}
                options={enterpriseOptions}
                loading={options.loading}
                data-testid="tip-triage-enterprise"
                onChange={(value: string) => {
                  const chosen = enterpriseOptions.find((o) => o.value === value);
                  if (chosen) form.setFieldValue('assigneeId', chosen.regulatorId);
                }}
              />
            </Form.Item>
            <Form.Item
              name="assigneeId"
              label={t('tips.field.assignee')}
              extra={t('tips.triage.assigneeHint')}
              rules={[{ required: true, message: t('tips.triage.assigneeRequired') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={units.loading}
                data-testid="tip-triage-assignee"
                options={[...units.regulators, ...units.townships].map((u) => ({ value: u.id, label: u.name }))}
              />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="reason"
            label={t('tips.triage.reason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('tips.triage.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="tip-triage-reason" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
