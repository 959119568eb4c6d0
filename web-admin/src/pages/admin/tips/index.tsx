// 有奖举报 for the county office: the tips by stage, each with the tipster's contact (shown here only); triage (受理 to a
// unit with the enterprise, or 不予受理 with a reason), the reward decision within the rules' range, and its payment.
import { CheckOutlined, DollarOutlined, StopOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation, useQuery } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { TwoLines } from '../../../components/cells';
import type { TipFieldsFragment, TipStage } from '../../../gql/graphql';
import { formatDateTime, formatYuan } from '../../../format';
import { useLocale, type MessageKey } from '../../../locales';
import { PhotoGallery } from '../../../shared/photos/PhotoGallery';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { DecideTipRewardMutation, EnterpriseOptionsQuery, TipListQuery, TriageTipMutation } from './queries';

type Row = TipFieldsFragment;

const MATCH_LABELS: Record<string, MessageKey> = {
  USCC: 'tips.match.USCC',
  NAME: 'tips.match.NAME',
  NAME_PART: 'tips.match.NAME_PART',
};

const STAGES: TipStage[] = [
  'RECEIVED',
  'ACCEPTED',
  'CONFIRMED',
  'REWARD_APPROVED',
  'PAID',
  'NOT_ACCEPTED',
  'UNFOUNDED',
  'REWARD_REFUSED',
];
const STAGE_COLOURS: Record<TipStage, string> = {
  RECEIVED: 'orange',
  ACCEPTED: 'blue',
  CONFIRMED: 'gold',
  REWARD_APPROVED: 'cyan',
  PAID: 'green',
  NOT_ACCEPTED: 'default',
  UNFOUNDED: 'default',
  REWARD_REFUSED: 'default',
};

function StageTag({ stage }: { stage: TipStage }) {
  const { t } = useLocale();
  return (
    <Tag color={STAGE_COLOURS[stage]} data-testid="tip-stage-tag">
      {t(`tips.stage.${stage}`)}
    </Tag>
  );
}

interface TriageForm {
  accepted: boolean;
  enterpriseId?: string;
  assigneeId?: string;
  reason?: string;
}

function TriageDialog({ tip, onClose, onDone }: { tip: Row | null; onClose: () => void; onDone: () => void }) {
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

interface RewardForm {
  amount: number;
  reason?: string;
}

function RewardDialog({ tip, onClose, onDone }: { tip: Row | null; onClose: () => void; onDone: () => void }) {
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

function TipDrawer({ tip, onClose }: { tip: Row | null; onClose: () => void }) {
  const { t, locale } = useLocale();
  const at = (iso: string | null | undefined) => (iso ? formatDateTime(iso, locale) : '—');
  return (
    <Drawer open={tip !== null} onClose={onClose} title={t('tips.detail.title')} size="large" destroyOnHidden>
      {tip ? (
        <Space direction="vertical" style={{ width: '100%' }} size="large">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('tips.field.stage')}>
              <StageTag stage={tip.stage} />
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.description')}>{tip.description}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.location')}>{tip.location}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.enterpriseText')}>{tip.enterpriseText ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.matched')}>
              {tip.matchedEnterprise
                ? `${tip.matchedEnterprise.name}（${t(MATCH_LABELS[tip.matchMethod ?? 'NAME'] ?? 'tips.match.NAME')}）`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.contact')}>
              <span data-testid="tip-contact">
                {tip.contact ? [tip.contact.name, tip.contact.phone].filter(Boolean).join(' ') : t('tips.anonymous')}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.receivedAt')}>{at(tip.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.triageDueAt')}>{at(tip.triageDueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.triagedAt')}>{at(tip.triagedAt)}</Descriptions.Item>
            {tip.notAcceptedReason ? (
              <Descriptions.Item label={t('tips.triage.reason')}>{tip.notAcceptedReason}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('tips.field.enterprise')}>{tip.enterprise?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.assignee')}>{tip.assignee?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.verifyDueAt')}>{at(tip.verifyDueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tips.field.verifiedAt')}>
              {tip.verifiedAt ? `${at(tip.verifiedAt)} · ${t('tips.hazards', { n: tip.hazardCount ?? 0 })}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.reward')}>
              {tip.rewardAmount != null ? formatYuan(tip.rewardAmount, locale) : '—'}
              {tip.rewardReason ? ` · ${tip.rewardReason}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('tips.field.paidAt')}>{at(tip.paidAt)}</Descriptions.Item>
          </Descriptions>
          <PhotoGallery photos={tip.photos} />
        </Space>
      ) : null}
    </Drawer>
  );
}

export function TipsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [stages, setStages] = useState<TipStage[]>([]);
  const list = useConnectionList(TipListQuery, { filter: { stages: stages.length ? stages : null } }, (d) => d.tips);
  const [triaging, setTriaging] = useState<Row | null>(null);
  const [rewarding, setRewarding] = useState<Row | null>(null);
  const [detail, setDetail] = useState<Row | null>(null);
  const pay = useMutation(DecideTipRewardMutation);

  const markPaid = async (tip: Row) => {
    const result = await pay.run({ input: { tipId: tip.id, decision: 'PAID', idempotencyKey: newIdempotencyKey() } });
    if (result) {
      void message.success(t('tips.paid.done'));
      void list.refetch();
    }
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('tips.field.description'),
      key: 'description',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.description}</Typography.Text>}
          detail={`${row.location} · ${row.enterprise?.name ?? row.matchedEnterprise?.name ?? row.enterpriseText ?? t('tips.noEnterprise')}`}
        />
      ),
    },
    {
      title: t('tips.field.stage'),
      key: 'stage',
      width: 150,
      render: (_, row) => <StageTag stage={row.stage} />,
    },
    {
      title: t('tips.field.receivedAt'),
      key: 'receivedAt',
      width: 160,
      responsive: ['md'],
      render: (_, row) => formatDateTime(row.receivedAt, locale),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, row) => (
        <Space wrap onClick={(event) => event.stopPropagation()}>
          {row.stage === 'RECEIVED' ? (
            <Button type="primary" onClick={() => setTriaging(row)} data-testid="tip-triage-open">
              {t('tips.triage.action')}
            </Button>
          ) : null}
          {row.stage === 'CONFIRMED' ? (
            <Button
              type="primary"
              icon={<DollarOutlined />}
              onClick={() => setRewarding(row)}
              data-testid="tip-reward-open"
            >
              {t('tips.reward.action')}
            </Button>
          ) : null}
          {row.stage === 'REWARD_APPROVED' ? (
            <Popconfirm title={t('tips.paid.confirm')} onConfirm={() => void markPaid(row)}>
              <Button loading={pay.loading} data-testid="tip-paid-open">
                {t('tips.paid.action')}
              </Button>
            </Popconfirm>
          ) : null}
          <Button onClick={() => setDetail(row)}>{t('common.details')}</Button>
        </Space>
      ),
    },
  ];

  return (
    <Page title={t('tips.title')} testId="tips-page" extra={<RefreshButton onRefresh={() => void list.refetch()} />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<TipStage[]>
          mode="multiple"
          allowClear
          placeholder={t('tips.filter.stage')}
          style={{ minWidth: 260 }}
          value={stages}
          onChange={setStages}
          options={STAGES.map((s) => ({ value: s, label: t(`tips.stage.${s}`) }))}
          data-testid="tip-stage-filter"
        />
      </Space>
      <ErrorAlert error={pay.error} />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="tip-row"
        hint={t('tips.hint')}
        empty={t('tips.empty')}
        onRowClick={(row) => setDetail(row)}
      />
      <TriageDialog
        tip={triaging}
        onClose={() => setTriaging(null)}
        onDone={() => {
          setTriaging(null);
          void message.success(t('tips.triage.done'));
          void list.refetch();
        }}
      />
      <RewardDialog
        tip={rewarding}
        onClose={() => setRewarding(null)}
        onDone={() => {
          setRewarding(null);
          void message.success(t('tips.reward.done'));
          void list.refetch();
        }}
      />
      <TipDrawer tip={detail} onClose={() => setDetail(null)} />
    </Page>
  );
}
