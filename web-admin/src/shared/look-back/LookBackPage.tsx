// 回头看: the monthly draws of closed hazards re-checked by a unit outside the chain that closed them, each check's
// outcome, and each unit's false-rectification rate (虚假整改率). The county office draws a month and sets the rule;
// leaders read.
import { App, Button, Card, Descriptions, Form, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime } from '../../format';
import type { LookBacksQuery as LookBacksResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { LookBackFiguresQuery, LookBacksQuery, RunLookBackMutation, SetLookBackRuleMutation } from './queries';

type Row = LookBacksResult['lookBacks']['edges'][number]['node'];
type Item = Row['items'][number];

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** The first instant (Shanghai) of each of the last `n` months before the current one, newest first. */
function pastMonths(n: number): { value: string; label: string }[] {
  const wall = new Date(Date.now() + 8 * 3_600_000);
  return Array.from({ length: n }, (_, i) => {
    const start = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() - 1 - i, 1) - 8 * 3_600_000);
    const w = new Date(start.getTime() + 8 * 3_600_000);
    return { value: start.toISOString(), label: `${w.getUTCFullYear()}年${w.getUTCMonth() + 1}月` };
  });
}

function OutcomeTag({ item }: { item: Item }) {
  const { t } = useLocale();
  if (item.outcome === 'NOT_RECTIFIED') return <Tag color="red">{t('lookBack.outcome.NOT_RECTIFIED')}</Tag>;
  if (item.outcome === 'RECTIFIED') return <Tag color="green">{t('lookBack.outcome.RECTIFIED')}</Tag>;
  return <Tag>{t('lookBack.outcome.pending')}</Tag>;
}

function ItemsTable({ items }: { items: readonly Item[] }) {
  const { t, locale } = useLocale();
  const columns: ColumnsType<Item> = [
    { title: t('lookBack.col.enterprise'), key: 'enterprise', render: (_, i) => i.enterpriseName },
    { title: t('lookBack.col.closingUnit'), key: 'closing', render: (_, i) => i.closingUnit.name },
    { title: t('lookBack.col.assignee'), key: 'assignee', render: (_, i) => i.assignee.name },
    {
      title: t('lookBack.col.dueAt'),
      key: 'due',
      render: (_, i) => (i.dueAt ? formatDateTime(i.dueAt, locale) : '—'),
    },
    {
      title: t('lookBack.col.outcome'),
      key: 'outcome',
      render: (_, i) => (
        <Space orientation="vertical" size={0}>
          <OutcomeTag item={i} />
          {i.reason ? <Typography.Text type="secondary">{i.reason}</Typography.Text> : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<Item>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={[...items]}
      pagination={false}
      onRow={() => ({ 'data-testid': 'look-back-item' }) as never}
    />
  );
}

function RuleDialog({
  open,
  rule,
  onClose,
  onSaved,
}: {
  open: boolean;
  rule: { ratio: number; verifyDays: number };
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ percent: number; verifyDays: number }>();
  const save = useMutation(SetLookBackRuleMutation);
  return (
    <FormDialog
      open={open}
      texts="lookBack.rule"
      mutation={save}
      testId="look-back-rule-dialog"
      onClose={onClose}
      onSubmit={async () => {
        const values = await form.validateFields().catch(() => null);
        if (!values) return;
        const done = await save.run({ ratio: values.percent / 100, verifyDays: values.verifyDays });
        if (done) onSaved();
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ percent: rule.ratio * 100, verifyDays: rule.verifyDays }}>
        <Form.Item name="percent" label={t('lookBack.rule.percent')} rules={[{ required: true }]}>
          <InputNumber min={5} max={10} step={0.5} suffix="%" data-testid="look-back-percent" />
        </Form.Item>
        <Form.Item name="verifyDays" label={t('lookBack.rule.verifyDays')} rules={[{ required: true }]}>
          <InputNumber min={1} max={30} precision={0} suffix={t('lookBack.rule.workingDays')} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function LookBackPage({ admin }: { admin: boolean }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const list = useConnectionList(LookBacksQuery, {}, (data) => data.lookBacks);
  const figures = useQuery(LookBackFiguresQuery, {});
  const run = useMutation(RunLookBackMutation);
  const months = pastMonths(12);
  const [month, setMonth] = useState(months[0]?.value ?? '');
  const [editingRule, setEditingRule] = useState(false);
  const rule = figures.data?.lookBackRule;

  const refresh = async () => {
    await Promise.all([list.refetch(), figures.refetch()]);
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('lookBack.col.month'),
      key: 'month',
      render: (_, r) => <Typography.Text strong>{r.month}</Typography.Text>,
    },
    { title: t('lookBack.col.population'), key: 'population', render: (_, r) => r.population },
    { title: t('lookBack.col.drawn'), key: 'drawn', render: (_, r) => `${r.drawn}（${percent(r.ratio)}）` },
    { title: t('lookBack.col.judged'), key: 'judged', render: (_, r) => `${r.judged} / ${r.drawn}` },
    {
      title: t('lookBack.col.notRectified'),
      key: 'notRectified',
      render: (_, r) => (r.notRectified > 0 ? <Tag color="red">{r.notRectified}</Tag> : 0),
    },
    { title: t('lookBack.col.drawnAt'), key: 'drawnAt', render: (_, r) => formatDateTime(r.drawnAt, locale) },
  ];

  const rateColumns: ColumnsType<NonNullable<typeof figures.data>['falseRectificationRates'][number]> = [
    { title: t('lookBack.col.unit'), key: 'unit', render: (_, r) => r.unit.name },
    { title: t('lookBack.col.drawn'), key: 'drawn', render: (_, r) => r.drawn },
    { title: t('lookBack.col.judged'), key: 'judged', render: (_, r) => r.judged },
    { title: t('lookBack.col.notRectified'), key: 'notRectified', render: (_, r) => r.notRectified },
    {
      title: t('lookBack.col.rate'),
      key: 'rate',
      render: (_, r) => (
        <Typography.Text type={r.rate > 0 ? 'danger' : undefined} data-testid="false-rectification-rate">
          {percent(r.rate)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Page
      title={t('lookBack.title')}
      testId="look-back-page"
      extra={
        <Space wrap>
          {admin ? (
            <>
              <Select
                value={month}
                onChange={setMonth}
                options={months}
                style={{ width: 140 }}
                aria-label={t('lookBack.run.month')}
                data-testid="look-back-month"
              />
              <Button
                type="primary"
                loading={run.loading}
                data-testid="look-back-run"
                onClick={() => {
                  void run.run({ periodStart: month }).then(async (done) => {
                    if (!done) return;
                    message.success(
                      t('lookBack.run.done', {
                        month: done.runLookBack.month,
                        n: done.runLookBack.drawn,
                        total: done.runLookBack.population,
                      }),
                    );
                    await refresh();
                  });
                }}
              >
                {t('lookBack.run.action')}
              </Button>
            </>
          ) : null}
          <RefreshButton onRefresh={refresh} />
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <ErrorAlert error={run.error} />
        <Typography.Paragraph type="secondary">{t('lookBack.intro')}</Typography.Paragraph>
        {rule ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('lookBack.rule.percent')}>{percent(rule.ratio)}</Descriptions.Item>
            <Descriptions.Item label={t('lookBack.rule.verifyDays')}>
              {rule.verifyDays} {t('lookBack.rule.workingDays')}
            </Descriptions.Item>
            <Descriptions.Item label={t('lookBack.rule.version')}>
              {t('lookBack.rule.versionN', { n: rule.version })}
              {admin ? (
                <Button size="small" type="link" onClick={() => setEditingRule(true)} data-testid="look-back-rule-edit">
                  {t('lookBack.rule.edit')}
                </Button>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
        ) : null}
        <ListTable<Row> list={list} columns={columns} rowTestId="look-back-row" empty={t('lookBack.empty')} />
        {list.rows.map((row) =>
          row.items.length > 0 ? (
            <Card key={row.id} size="small" title={t('lookBack.items.title', { month: row.month })}>
              <ItemsTable items={row.items} />
            </Card>
          ) : null,
        )}
        <Card size="small" title={t('lookBack.rates.title')} data-testid="false-rectification-rates">
          <ErrorAlert error={figures.error} />
          <Table
            size="small"
            rowKey={(r) => r.unit.id}
            columns={rateColumns}
            dataSource={[...(figures.data?.falseRectificationRates ?? [])]}
            pagination={false}
            locale={{ emptyText: t('lookBack.rates.empty') }}
          />
        </Card>
      </Space>
      {rule && editingRule ? (
        <RuleDialog
          open
          rule={rule}
          onClose={() => setEditingRule(false)}
          onSaved={() => {
            setEditingRule(false);
            void figures.refetch();
          }}
        />
      ) : null}
    </Page>
  );
}
