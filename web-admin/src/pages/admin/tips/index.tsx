// 有奖举报 for the county office: the tips by stage, each with the tipster's contact (shown here only); triage (受理 to a
// unit with the enterprise, or 不予受理 with a reason), the reward decision within the rules' range, and its payment.
import { DollarOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { newIdempotencyKey } from '../../../api/client';
import { useMutation } from '../../../api/hooks';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { TwoLines } from '../../../components/cells';
import type { TipFieldsFragment, TipStage } from '../../../gql/graphql';
import { formatDateTime } from '../../../format';
import { useLocale } from '../../../locales';
import { RewardDialog } from './components/RewardDialog';
import { RewardRulesDialog } from './components/RewardRulesDialog';
import { STAGES, StageTag } from './components/StageTag';
import { TipDrawer } from './components/TipDrawer';
import { TriageDialog } from './components/TriageDialog';
import { DecideTipRewardMutation, TipListQuery } from './queries';

type Row = TipFieldsFragment;

export function TipsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [stages, setStages] = useState<TipStage[]>([]);
  const list = useConnectionList(TipListQuery, { filter: { stages: stages.length ? stages : null } }, (d) => d.tips);
  const [triaging, setTriaging] = useState<Row | null>(null);
  const [rewarding, setRewarding] = useState<Row | null>(null);
  const [detail, setDetail] = useState<Row | null>(null);
  const [rules, setRules] = useState(false);
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
    <Page
      title={t('tips.title')}
      testId="tips-page"
      extra={
        <Space>
          <Button onClick={() => setRules(true)} data-testid="tip-rules-open">
            {t('tips.rules.action')}
          </Button>
          <RefreshButton onRefresh={() => void list.refetch()} />
        </Space>
      }
    >
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
      <RewardRulesDialog open={rules} onClose={() => setRules(false)} />
    </Page>
  );
}
