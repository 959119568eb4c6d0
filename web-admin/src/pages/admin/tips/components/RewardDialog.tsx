// 审核奖励: approve the proposed amount or another within the rule's range (with a reason), or refuse with a reason.
import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import type { TipFieldsFragment } from '../../../../gql/graphql';
import { formatYuan } from '../../../../format';
import { useLocale } from '../../../../locales';
import { DecideTipRewardMutation } from '../queries';

interface RewardForm {
  amount: number;
  reason?: string;
}

export function RewardDialog({
  tip,
  onClose,
  onDone,
}: {
  tip: TipFieldsFragment | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t, locale } = useLocale();
  const [form] = Form.useForm<RewardForm>();
  const decide = useMutation(DecideTipRewardMutation);
  const [key, setKey] = useState(newIdempotencyKey);
  const amount = Form.useWatch('amount', form);
  const changed = tip?.rewardProposed != null && amount != null && amount !== tip.rewardProposed;

  const close = () => {
    decide.reset();
    onClose();
  };
  const submit = async (approve: boolean) => {
    if (!tip) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const reason = values.reason?.trim() || null;
    const result = await decide.run({
      input: approve
        ? { tipId: tip.id, decision: 'APPROVE', amount: values.amount, reason, idempotencyKey: key }
        : { tipId: tip.id, decision: 'REFUSE', reason, idempotencyKey: key },
    });
    if (result) {
      setKey(newIdempotencyKey());
      onDone();
    }
  };

  return (
    <Modal
      open={tip !== null}
      title={t('tips.reward.title')}
      onCancel={close}
      destroyOnHidden
      width={560}
      modalRender={(node) => <div data-testid="tip-reward-dialog">{node}</div>}
      footer={
        <Space wrap>
          <Button onClick={close}>{t('common.cancel')}</Button>
          <Button danger icon={<StopOutlined />} loading={decide.loading} onClick={() => void submit(false)}>
            {t('tips.reward.refuse')}
          </Button>
          <Button
            type="primary"
            icon={<CheckOutlined />}
            loading={decide.loading}
            onClick={() => void submit(true)}
            data-testid="tip-reward-approve"
          >
            {t('tips.reward.approve')}
          </Button>
        </Space>
      }
    >
      {tip && tip.rewardMin != null && tip.rewardMax != null && tip.rewardProposed != null ? (
        <>
          <Typography.Paragraph>
            {t('tips.reward.rule', {
              hazards: tip.hazardCount ?? 0,
              min: formatYuan(tip.rewardMin, locale),
              max: formatYuan(tip.rewardMax, locale),
              proposed: formatYuan(tip.rewardProposed, locale),
              version: tip.rewardRuleVersion ?? 1,
            })}
          </Typography.Paragraph>
          <ErrorAlert error={decide.error} />
          <Form form={form} layout="vertical" preserve={false} initialValues={{ amount: tip.rewardProposed }}>
            <Form.Item
              name="amount"
              label={t('tips.reward.amount')}
              rules={[{ required: true, type: 'integer', min: tip.rewardMin, max: tip.rewardMax }]}
            >
              <InputNumber min={tip.rewardMin} max={tip.rewardMax} step={100} precision={0} addonAfter="元" />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('tips.reward.reason')}
              extra={changed ? t('tips.reward.reasonNeeded') : t('tips.reward.reasonHint')}
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
