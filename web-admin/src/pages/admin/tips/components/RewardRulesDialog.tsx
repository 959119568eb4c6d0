// 奖励标准: the county's reward rules per hazard level; saving makes a new version, tips already confirmed keep theirs.
import { Form, InputNumber, Modal, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { HazardLevel } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { SetTipRewardRulesMutation, TipRewardRulesQuery } from '../queries';

const LEVELS: HazardLevel[] = ['GENERAL', 'MAJOR'];

type RulesForm = Record<HazardLevel, { min: number; max: number; proposed: number }>;

export function RewardRulesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<RulesForm>();
  const current = useQuery(TipRewardRulesQuery, {}, { skip: !open });
  const save = useMutation(SetTipRewardRulesMutation);

  useEffect(() => {
    const rules = current.data?.tipRewardRules.rules;
    if (open && rules)
      form.setFieldsValue(
        Object.fromEntries(rules.map((r) => [r.level, { min: r.min, max: r.max, proposed: r.proposed }])),
      );
  }, [open, current.data, form]);

  const close = () => {
    save.reset();
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await save.run({ rules: LEVELS.map((level) => ({ level, ...values[level] })) });
    if (result) {
      await current.refetch();
      onClose();
    }
  };

  return (
    <Modal
      open={open}
      title={t('tips.rules.title', { version: current.data?.tipRewardRules.version ?? '—' })}
      onCancel={close}
      onOk={() => void submit()}
      okText={t('tips.rules.save')}
      okButtonProps={{ loading: save.loading }}
      destroyOnHidden
      modalRender={(node) => <div data-testid="tip-rules-dialog">{node}</div>}
    >
      <Typography.Paragraph type="secondary">{t('tips.rules.hint')}</Typography.Paragraph>
      <ErrorAlert error={save.error ?? current.error} />
      <Form form={form} layout="vertical" preserve={false}>
        {LEVELS.map((level) => (
          <Form.Item key={level} label={t(`enum.hazardLevel.${level}`)} required>
            <Space wrap>
              {(['min', 'max', 'proposed'] as const).map((field) => (
                <Form.Item
                  key={field}
                  name={[level, field]}
                  noStyle
                  rules={[{ required: true, type: 'integer', min: 0 }]}
                >
                  <InputNumber
                    min={0}
                    step={100}
                    precision={0}
                    addonBefore={t(`tips.rules.${field}`)}
                    addonAfter="元"
                  />
                </Form.Item>
              ))}
            </Space>
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
