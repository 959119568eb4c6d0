// 年度监督检查计划: each unit's plan for the year — its cadence by grade, the enterprises and visits it gives, its review
// and, once approved, its completion as its monthly tasks come due. A unit's head files the unit's plan; the county
// office approves or returns it; leaders read every unit's completion.
import { Alert, App, Button, Form, Input, Progress, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { newIdempotencyKey } from '../../api/client';
import { useMutation, useQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { formatDateTime } from '../../format';
import type { InspectionPlanStatus, InspectionPlansQuery as PlansResult } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { useUser } from '../../session';
import {
  ApproveInspectionPlanMutation,
  FileInspectionPlanMutation,
  InspectionPlanBudgetQuery,
  InspectionPlansQuery,
} from './queries';

type Row = PlansResult['inspectionPlans']['edges'][number]['node'];
type Mode = 'unit' | 'admin' | 'leader';

const VISITS = [0, 1, 2, 3, 4, 6, 12] as const;
const FREQUENCY_KEYS = ['majorHazardSource', 'POOR', 'FAIR', 'GOOD'] as const;
const thisYear = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

function StatusTag({ status }: { status: InspectionPlanStatus }) {
  const { t } = useLocale();
  const color = status === 'APPROVED' ? 'green' : status === 'RETURNED' ? 'red' : 'blue';
  return <Tag color={color}>{t(`plans.status.${status}`)}</Tag>;
}

interface FileValues {
  year: number;
  majorHazardSource: number;
  POOR: number;
  FAIR: number;
  GOOD: number;
  notes?: string;
}

/** 涉企检查频次上限: what the cadence being filed means against the per-enterprise quarterly cap, with the overlap. */
function BudgetPreview({ values }: { values: FileValues }) {
  const { t } = useLocale();
  const budget = useQuery(InspectionPlanBudgetQuery, {
    year: values.year,
    frequencies: {
      majorHazardSource: values.majorHazardSource,
      POOR: values.POOR,
      FAIR: values.FAIR,
      GOOD: values.GOOD,
    },
  });
  const b = budget.data?.inspectionPlanBudget;
  if (!b) return null;
  const over = b.overAlone > 0 || b.overTogether > 0;
  return (
    <Alert
      type={over ? 'warning' : 'info'}
      showIcon
      data-testid="plan-budget"
      title={t('plans.budget.title', { cap: b.cap })}
      description={t('plans.budget.body', {
        n: b.enterprises,
        alone: b.overAlone,
        overlap: b.overlapping,
        together: b.overTogether,
      })}
    />
  );
}

function FilePlanDialog({ open, onClose, onFiled }: { open: boolean; onClose: () => void; onFiled: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<FileValues>();
  const [key] = useState(newIdempotencyKey);
  const file = useMutation(FileInspectionPlanMutation);
  const options = VISITS.map((v) => ({ value: v, label: t(`plans.visits.${v}`) }));
  const watched = Form.useWatch([], form) as FileValues | undefined;
  return (
    <FormDialog
      open={open}
      texts="plans.file"
      mutation={file}
      testId="plan-file-dialog"
      submitTestId="plan-file-submit"
      onClose={onClose}
      onSubmit={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        const done = await file.run({
          input: {
            year: v.year,
            frequencies: { majorHazardSource: v.majorHazardSource, POOR: v.POOR, FAIR: v.FAIR, GOOD: v.GOOD },
            notes: v.notes?.trim() || null,
            idempotencyKey: key,
          },
        });
        if (done) onFiled();
      }}
      intro={<Typography.Paragraph type="secondary">{t('plans.file.intro')}</Typography.Paragraph>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: thisYear() + 1, majorHazardSource: 12, POOR: 4, FAIR: 2, GOOD: 1 }}
      >
        <Form.Item name="year" label={t('plans.field.year')} rules={[{ required: true }]}>
          <Select
            data-testid="plan-year"
            options={[thisYear(), thisYear() + 1].map((y) => ({ value: y, label: t('plans.year', { year: y }) }))}
          />
        </Form.Item>
        {FREQUENCY_KEYS.map((k) => (
          <Form.Item key={k} name={k} label={t(`plans.frequency.${k}`)} rules={[{ required: true }]}>
            <Select data-testid={`plan-frequency-${k}`} options={options} />
          </Form.Item>
        ))}
        <Form.Item name="notes" label={t('plans.field.notes')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
      {watched?.year ? <BudgetPreview values={watched} /> : null}
    </FormDialog>
  );
}

function ReviewDialog({ plan, onClose, onDone }: { plan: Row; onClose: () => void; onDone: () => void }) {
  const { t } = useLocale();
  const [form] = Form.useForm<{ approved: boolean; comment?: string }>();
  const review = useMutation(ApproveInspectionPlanMutation);
  const approved: boolean | undefined = Form.useWatch('approved', form);
  return (
    <FormDialog
      open
      texts="plans.review"
      mutation={review}
      testId="plan-review-dialog"
      submitTestId="plan-review-submit"
      onClose={onClose}
      onSubmit={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        const done = await review.run({ id: plan.id, approved: v.approved, comment: v.comment?.trim() || null });
        if (done) onDone();
      }}
      intro={
        <Typography.Paragraph>
          {t('plans.review.intro', {
            unit: plan.unit.name,
            year: plan.year,
            n: plan.enterprises,
            v: plan.plannedVisits,
          })}
        </Typography.Paragraph>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ approved: true }}>
        <Form.Item name="approved" label={t('plans.review.decision')}>
          <Select
            data-testid="plan-review-decision"
            options={[
              { value: true, label: t('plans.review.approve') },
              { value: false, label: t('plans.review.return') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('plans.review.comment')}
          rules={[{ required: approved === false, whitespace: true, message: t('plans.review.commentRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="plan-review-comment" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}

export function InspectionPlansPage({ mode }: { mode: Mode }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const user = useUser();
  const [year, setYear] = useState(thisYear());
  const list = useConnectionList(InspectionPlansQuery, { year }, (data) => data.inspectionPlans);
  const [filing, setFiling] = useState(false);
  const [reviewing, setReviewing] = useState<Row | null>(null);
  const mayFile = mode === 'unit' && (user.role === 'REGULATOR_HEAD' || user.role === 'TOWNSHIP_HEAD');

  const columns: ColumnsType<Row> = [
    {
      title: t('plans.col.unit'),
      key: 'unit',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('plans.filedAt', { at: formatDateTime(r.filedAt, locale) })}
            {r.filedLate ? (
              <Tag color="orange" style={{ marginLeft: 6 }}>
                {t('plans.filedLate')}
              </Tag>
            ) : null}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('plans.col.cadence'),
      key: 'cadence',
      render: (_, r) => FREQUENCY_KEYS.map((k) => `${t(`plans.frequency.short.${k}`)} ${r.frequencies[k]}`).join(' · '),
    },
    {
      title: t('plans.col.visits'),
      key: 'visits',
      render: (_, r) => t('plans.visitsOf', { n: r.enterprises, v: r.plannedVisits }),
    },
    {
      title: t('plans.col.status'),
      key: 'status',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <StatusTag status={r.status} />
          {r.reviewComment ? <Typography.Text type="secondary">{r.reviewComment}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: t('plans.col.completion'),
      key: 'completion',
      render: (_, r) =>
        r.status === 'APPROVED' ? (
          <Space orientation="vertical" size={0} data-testid="plan-completion">
            <Progress percent={Math.round(r.progress.completion * 100)} size="small" style={{ width: 140 }} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('plans.progress', {
                written: r.progress.tasksWritten,
                due: r.progress.dueSoFar,
                done: r.progress.doneOfDue,
                overdue: r.progress.overdue,
              })}
            </Typography.Text>
          </Space>
        ) : (
          '—'
        ),
    },
    ...(mode === 'admin'
      ? [
          {
            title: '',
            key: 'actions',
            render: (_: unknown, r: Row) =>
              r.status === 'SUBMITTED' ? (
                <Button size="small" type="primary" onClick={() => setReviewing(r)} data-testid="plan-review">
                  {t('plans.review.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('plans.title')}
      testId="plans-page"
      extra={
        <Space wrap>
          <Select
            value={year}
            onChange={setYear}
            style={{ width: 120 }}
            aria-label={t('plans.field.year')}
            options={[thisYear() - 1, thisYear(), thisYear() + 1].map((y) => ({
              value: y,
              label: t('plans.year', { year: y }),
            }))}
          />
          {mayFile ? (
            <Button type="primary" onClick={() => setFiling(true)} data-testid="plan-file">
              {t('plans.file.action')}
            </Button>
          ) : null}
          <RefreshButton onRefresh={list.refetch} />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t(`plans.intro.${mode}`)}</Typography.Paragraph>
      <ListTable<Row> list={list} columns={columns} rowTestId="plan-row" empty={t('plans.empty')} />
      {filing ? (
        <FilePlanDialog
          open
          onClose={() => setFiling(false)}
          onFiled={() => {
            setFiling(false);
            message.success(t('plans.file.done'));
            void list.refetch();
          }}
        />
      ) : null}
      {reviewing ? (
        <ReviewDialog
          plan={reviewing}
          onClose={() => setReviewing(null)}
          onDone={() => {
            setReviewing(null);
            message.success(t('plans.review.done'));
            void list.refetch();
          }}
        />
      ) : null}
    </Page>
  );
}
