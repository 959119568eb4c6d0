// Pause, resume, extend and cancel: each asks for its reason (the audit log keeps it) and goes through the workflow.
import { PauseCircleOutlined, PlayCircleOutlined, StopOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../../api/client';
import { useMutation } from '../../../../api/hooks';
import { DateTimeInput } from '../../../../components/DateTimeInput';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fromShanghaiInput, inDays, toShanghaiInput } from '../../../../format';
import type { CampaignStatus } from '../../../../gql/graphql';
import { useT } from '../../../../locales';
import {
  CancelCampaignMutation,
  ExtendCampaignMutation,
  PauseCampaignMutation,
  ResumeCampaignMutation,
} from '../queries';

type Action = 'pause' | 'resume' | 'extend' | 'cancel';

interface ReasonForm {
  reason: string;
  endsAt: string;
}

export function CampaignActions({
  campaignId,
  status,
  endsAt,
  onChanged,
}: {
  campaignId: string;
  status: CampaignStatus;
  endsAt: string;
  onChanged: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Action | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [form] = Form.useForm<ReasonForm>();
  const [initialValues, setInitialValues] = useState<ReasonForm>({ reason: '', endsAt: '' });
  const pause = useMutation(PauseCampaignMutation);
  const resume = useMutation(ResumeCampaignMutation);
  const extend = useMutation(ExtendCampaignMutation);
  const cancel = useMutation(CancelCampaignMutation);
  const running = status === 'ACTIVE' || status === 'SCHEDULED';
  const live = running || status === 'PAUSED';
  const error =
    open === 'pause'
      ? pause.error
      : open === 'resume'
        ? resume.error
        : open === 'extend'
          ? extend.error
          : open === 'cancel'
            ? cancel.error
            : undefined;
  const loading = pause.loading || resume.loading || extend.loading || cancel.loading;

  const start = (action: Action) => {
    for (const m of [pause, resume, extend, cancel]) m.reset();
    setKey(newIdempotencyKey());
    setInitialValues({
      reason: '',
      endsAt: toShanghaiInput(inDays(30, new Date(Math.max(Date.parse(endsAt), Date.now())))),
    });
    setOpen(action);
  };

  const submit = async () => {
    if (!open) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const reason = values.reason?.trim() ?? '';
    let done = false;
    if (open === 'pause') done = Boolean(await pause.run({ id: campaignId, reason, idempotencyKey: key }));
    if (open === 'resume') done = Boolean(await resume.run({ id: campaignId, idempotencyKey: key }));
    if (open === 'cancel') done = Boolean(await cancel.run({ id: campaignId, reason, idempotencyKey: key }));
    if (open === 'extend') {
      const newEnd = fromShanghaiInput(values.endsAt);
      if (newEnd) done = Boolean(await extend.run({ id: campaignId, endsAt: newEnd, reason, idempotencyKey: key }));
    }
    if (done) {
      message.success(t(`campaign.action.${open}.done`));
      setOpen(null);
      onChanged();
    }
  };

  return (
    <>
      {status === 'ACTIVE' ? (
        <Button icon={<PauseCircleOutlined />} onClick={() => start('pause')} data-testid="campaign-pause">
          {t('campaign.action.pause')}
        </Button>
      ) : null}
      {status === 'PAUSED' ? (
        <Button icon={<PlayCircleOutlined />} onClick={() => start('resume')} data-testid="campaign-resume">
          {t('campaign.action.resume')}
        </Button>
      ) : null}
      {live ? (
        <Button icon={<FieldTimeOutlined />} onClick={() => start('extend')} data-testid="campaign-extend">
          {t('campaign.action.extend')}
        </Button>
      ) : null}
      {live ? (
        <Button danger icon={<StopOutlined />} onClick={() => start('cancel')} data-testid="campaign-cancel">
          {t('campaign.action.cancel')}
        </Button>
      ) : null}
      <Modal
        open={open !== null}
        title={open ? t(`campaign.action.${open}.title`) : ''}
        okText={open ? t(`campaign.action.${open}`) : t('common.confirm')}
        okButtonProps={{ danger: open === 'cancel', 'aria-label': open ? t(`campaign.action.${open}`) : undefined }}
        cancelText={t('common.cancel')}
        confirmLoading={loading}
        onOk={() => {
          void submit();
        }}
        onCancel={() => setOpen(null)}
        destroyOnHidden
        modalRender={(node) => <div data-testid="campaign-action-dialog">{node}</div>}
      >
        <ErrorAlert error={error} />
        {open === 'cancel' ? <p>{t('campaign.action.cancel.warning')}</p> : null}
        {open === 'resume' ? <p>{t('campaign.action.resume.confirm')}</p> : null}
        <Form form={form} layout="vertical" preserve={false} initialValues={initialValues}>
          {open === 'extend' ? (
            <Form.Item
              name="endsAt"
              label={t('campaign.action.extend.endsAt')}
              rules={[
                { required: true, message: t('common.required', { field: t('campaign.action.extend.endsAt') }) },
                {
                  validator: async (_, value: string) => {
                    const at = fromShanghaiInput(value);
                    if (at && Date.parse(at) <= Math.max(Date.parse(endsAt), Date.now()))
                      throw new Error(t('campaign.action.extend.later'));
                  },
                },
              ]}
            >
              <DateTimeInput testId="extend-ends" ariaLabel={t('campaign.action.extend.endsAt')} />
            </Form.Item>
          ) : null}
          {open && open !== 'resume' ? (
            <Form.Item
              name="reason"
              label={t('campaign.action.reason')}
              rules={[{ required: true, whitespace: true, message: t('campaign.action.reasonRequired') }, { max: 500 }]}
            >
              <Input.TextArea rows={3} data-testid="action-reason" maxLength={500} showCount />
            </Form.Item>
          ) : null}
        </Form>
      </Modal>
    </>
  );
}
