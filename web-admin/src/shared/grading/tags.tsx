// 分级分类 and 红黑名单 in tags: a run's status, a grade's change, a listing's status, and why a grade is what it is.
import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography } from 'antd';
import { GradeTag } from '../../components/tags';
import { formatNumber } from '../../format';
import type { Grade, GradingIndicator, GradingProposalStatus, ListEntryStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';

const PROPOSAL: Record<GradingProposalStatus, string> = {
  RUNNING: 'processing',
  READY: 'gold',
  PUBLISHED: 'green',
  SUPERSEDED: 'default',
};
const ENTRY: Record<ListEntryStatus, string> = { ACTIVE: 'processing', EXPIRED: 'default', REMOVED: 'default' };

export const GRADES: readonly Grade[] = ['GOOD', 'FAIR', 'POOR'];

export function ProposalStatusTag({ status }: { status: GradingProposalStatus }) {
  const { t } = useLocale();
  return (
    <Tag color={PROPOSAL[status]} data-testid="grading-status">
      {t(`enum.proposalStatus.${status}`)}
    </Tag>
  );
}

export function ListEntryStatusTag({ status }: { status: ListEntryStatus }) {
  const { t } = useLocale();
  return (
    <Tag color={ENTRY[status]} data-testid="list-entry-status">
      {t(`enum.listEntryStatus.${status}`)}
    </Tag>
  );
}

/** 中 → 好: the grade before and the grade now, the arrow only where it changed. */
export function GradeChange({ from, to }: { from: Grade; to: Grade }) {
  if (from === to) return <GradeTag grade={to} />;
  return (
    <Space size={2} data-testid="grade-change">
      <GradeTag grade={from} />
      <ArrowRightOutlined style={{ fontSize: 11 }} />
      <GradeTag grade={to} />
    </Space>
  );
}

interface IndicatorScore {
  indicator: GradingIndicator;
  value: number;
  deduction: number;
}

/** A grade's reasons in the server's words, and the indicators that cost it points. */
export function GradeBasis({
  reasons,
  indicators,
}: {
  reasons: readonly string[];
  indicators: readonly IndicatorScore[];
}) {
  const { t, locale } = useLocale();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="grade-basis">
      <div>
        <Typography.Text strong>{t('grading.item.reasons')}</Typography.Text>
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
          {reasons.map((reason) => (
            <li key={reason} data-testid="grade-reason">
              {reason}
            </li>
          ))}
        </ul>
      </div>
      {indicators.length > 0 ? (
        <Table<IndicatorScore>
          size="small"
          rowKey="indicator"
          pagination={false}
          dataSource={[...indicators]}
          columns={[
            {
              title: t('grading.item.indicator'),
              key: 'indicator',
              render: (_, row) => t(`enum.gradingIndicator.${row.indicator}`),
            },
            {
              title: t('grading.item.value'),
              key: 'value',
              align: 'right',
              render: (_, row) => formatNumber(row.value, locale),
            },
            {
              title: t('grading.item.deduction'),
              key: 'deduction',
              align: 'right',
              render: (_, row) => (row.deduction > 0 ? `−${formatNumber(row.deduction, locale)}` : '0'),
            },
          ]}
        />
      ) : null}
    </Space>
  );
}

/** The Shanghai day a period ends on: the period runs up to the instant, so the day before a midnight. */
export const lastDayOfPeriod = (periodEnd: string) => new Date(Date.parse(periodEnd) - 1).toISOString();
