// A 回头看 check: the closed hazard as it was closed, and the checking unit's conclusion on site — 整改到位 (an
// inspection on the task), or 未整改到位 with the reason and a new deadline (the hazard is reopened).
import { App, Alert, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { HazardLevelTag } from '../../../../components/tags';
import { formatDateTime, fromShanghaiInput } from '../../../../format';
import type { InspectionTaskQuery } from '../../../../gql/graphql';
import { useLocale } from '../../../../locales';
import { ReopenHazardMutation, SubmitInspectionMutation } from '../queries';

type Task = Extract<NonNullable<InspectionTaskQuery['node']>, { __typename: 'Task' }>;
type Check = NonNullable<Task['lookBackCheck']>;

interface Conclusion {
  rectified: boolean;
  inspectorCount: number;
  notes?: string;
  reason?: string;
  newRectifyBy?: string;
}

export function LookBackPanel({ taskId, check, editable }: { taskId: string; check: Check; editable: boolean }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Conclusion>();
  const [key] = useState(newIdempotencyKey);
  const confirm = useMutation(SubmitInspectionMutation);
  const reopen = useMutation(ReopenHazardMutation);
  const rectified: boolean | undefined = Form.useWatch('rectified', form);

  const send = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    if (values.rectified) {
      const done = await confirm.run({
        input: {
          taskId,
          inspectorCount: values.inspectorCount,
          findings: [],
          notes: values.notes?.trim() || null,
          lookBack: { rectified: true },
          idempotencyKey: key,
        },
      });
      if (!done) return;
      message.success(t('lookBack.check.confirmed'));
    } else {
      const done = await reopen.run({
        hazardId: check.hazardId,
        reason: values.reason ?? '',
        newRectifyBy: fromShanghaiInput(values.newRectifyBy) ?? '',
        inspectorCount: values.inspectorCount,
        idempotencyKey: key,
      });
      if (!done) return;
      message.warning(t('lookBack.check.reopened'));
    }
    void navigate('/regulator/tasks');
  };

  return (
    <Card size="small" title={t('lookBack.check.title', { month: check.month })} data-testid="look-back-check">
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('lookBack.check.hazard')} span={2}>
          <Space wrap>
            <HazardLevelTag level={check.level} />
            <Typography.Text strong>{check.description}</Typography.Text>
            {check.location ? <Typography.Text type="secondary">{check.location}</Typography.Text> : null}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('lookBack.check.measures')} span={2}>
          {check.rectificationMeasures ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('lookBack.check.closedAt')}>
          {check.closedAt ? formatDateTime(check.closedAt, locale) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('lookBack.check.closingUnit')}>{check.closingUnit.name}</Descriptions.Item>
      </Descriptions>
      {check.outcome ? (
        <Alert
          style={{ marginTop: 12 }}
          type={check.outcome === 'RECTIFIED' ? 'success' : 'error'}
          showIcon
          title={
            <>
              <Tag color={check.outcome === 'RECTIFIED' ? 'green' : 'red'}>
                {t(`lookBack.outcome.${check.outcome}`)}
              </Tag>
              {check.reason ?? ''}
            </>
          }
        />
      ) : editable ? (
        <Form<Conclusion>
          form={form}
          layout="vertical"
          initialValues={{ inspectorCount: 2 }}
          style={{ marginTop: 12 }}
          data-testid="look-back-form"
        >
          <Alert type="info" showIcon title={t('lookBack.check.hint')} style={{ marginBottom: 12 }} />
          <Form.Item
            name="rectified"
            label={t('lookBack.check.conclusion')}
            rules={[{ required: true, message: t('lookBack.check.conclusionRequired') }]}
          >
            <Radio.Group data-testid="look-back-conclusion">
              <Radio value={true} data-testid="look-back-rectified">
                {t('lookBack.outcome.RECTIFIED')}
              </Radio>
              <Radio value={false} data-testid="look-back-not-rectified">
                {t('lookBack.outcome.NOT_RECTIFIED')}
              </Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item name="inspectorCount" label={t('inspection.field.inspectorCount')} rules={[{ required: true }]}>
            <InputNumber min={1} max={100} precision={0} suffix={t('inspection.people')} />
          </Form.Item>
          {rectified === false ? (
            <>
              <Form.Item
                name="reason"
                label={t('lookBack.check.reason')}
                rules={[{ required: true, whitespace: true, message: t('lookBack.check.reasonRequired') }]}
              >
                <Input.TextArea rows={3} maxLength={500} data-testid="look-back-reason" />
              </Form.Item>
              <Form.Item
                name="newRectifyBy"
                label={t('lookBack.check.newRectifyBy')}
                rules={[{ required: true, message: t('lookBack.check.newRectifyByRequired') }]}
              >
                <DateTimeInput testId="look-back-rectify-by" ariaLabel={t('lookBack.check.newRectifyBy')} />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="notes" label={t('inspection.field.notes')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          )}
          <ErrorAlert error={confirm.error ?? reopen.error} />
          <Button
            type="primary"
            danger={rectified === false}
            loading={confirm.loading || reopen.loading}
            onClick={() => {
              void send();
            }}
            data-testid="look-back-submit"
          >
            {rectified === false ? t('lookBack.check.submitReopen') : t('lookBack.check.submit')}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
