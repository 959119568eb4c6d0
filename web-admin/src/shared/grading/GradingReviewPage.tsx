// 分级评定方案: one grading run — its distribution before and as proposed, its enterprises filtered (changed ones
// first), each with its reasons; the county office adjusts a grade with a reason and publishes. Polls while computing.
import { CheckCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Input,
  Popover,
  Result,
  Space,
  Spin,
  Switch,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { request } from '../../api/client';
import { asApiError, type ApiError } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { BackButton } from '../../components/BackButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FilterBar, selectField } from '../../components/FilterBar';
import { ListTable, useConnectionList, type Connection } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { TwoLines } from '../../components/cells';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import type { Grade, GradingItemFilter, GradingItemsQuery } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { GradingDistribution, type GradingProposalDetail } from './GradingDistribution';
import { OverrideGradeDialog, type OverrideTarget } from './OverrideGradeDialog';
import { useGradingPortal } from './portal';
import { GradingItemsQuery as ItemsQuery, GradingProposalQuery, PublishGradingProposalMutation } from './queries';
import { GRADES, GradeBasis, GradeChange, lastDayOfPeriod, ProposalStatusTag } from './tags';

type Item = Extract<
  NonNullable<GradingItemsQuery['node']>,
  { __typename: 'GradingProposal' }
>['items']['edges'][number]['node'];
type Row = Item & { id: string };

const POLL_MS = 3_000;
const NO_ITEMS: Connection<Item> = { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] };

interface Chosen {
  changedOnly: boolean;
  grade: Grade | null;
  previousGrade: Grade | null;
  overridden: boolean;
  search: string;
}

const toItemFilter = ({ changedOnly, overridden, search, ...rest }: Chosen): GradingItemFilter => ({
  ...rest,
  changedOnly: changedOnly || null,
  overridden: overridden || null,
  search: search.trim() || null,
});

/** The items of a page as rows keyed by their enterprise. */
function itemsOf(data: GradingItemsQuery): Connection<Row> {
  const items = data.node?.__typename === 'GradingProposal' ? data.node.items : NO_ITEMS;
  return { ...items, edges: items.edges.map((e) => ({ node: { ...e.node, id: e.node.enterprise.id } })) };
}

export function GradingReviewPage() {
  const { t } = useLocale();
  const { id = '' } = useParams();
  const { base, editable } = useGradingPortal();
  const [computing, setComputing] = useState(true);
  const header = useQuery(GradingProposalQuery, { id }, { pollMs: computing ? POLL_MS : undefined });
  const proposal = header.data?.node?.__typename === 'GradingProposal' ? header.data.node : null;
  const status = proposal?.status;
  useEffect(() => {
    if (status) setComputing(status === 'RUNNING');
  }, [status]);

  if (header.loading && !header.data) return <Spin size="large" style={{ display: 'block', margin: 64 }} />;
  if (!proposal) {
    return header.error ? (
      <ErrorAlert error={header.error} onRetry={() => void header.refetch()} />
    ) : (
      <Result status="404" title={t('grading.review.notFound')} extra={<BackButton to={base} plain />} />
    );
  }
  return (
    <ProposalReview proposal={proposal} base={base} editable={editable} refetch={header.refetch} error={header.error} />
  );
}

function ProposalReview({
  proposal,
  base,
  editable,
  refetch,
  error,
}: {
  proposal: GradingProposalDetail;
  base: string;
  editable: boolean;
  refetch: () => Promise<void>;
  error: unknown;
}) {
  const { t, locale } = useLocale();
  const { message, modal } = App.useApp();
  const [chosen, setChosen] = useState<Chosen>({
    changedOnly: true,
    grade: null,
    previousGrade: null,
    overridden: false,
    search: '',
  });
  const update = (change: Partial<Chosen>) => setChosen({ ...chosen, ...change });
  const list = useConnectionList(ItemsQuery, { id: proposal.id, filter: toItemFilter(chosen) }, itemsOf);
  const [adjusting, setAdjusting] = useState<OverrideTarget | null>(null);
  const [publishError, setPublishError] = useState<ApiError | undefined>(undefined);
  const running = proposal.status === 'RUNNING';
  const reviewable = editable && proposal.status === 'READY';

  // The items arrive once the run is done.
  const { refetch: refetchItems } = list;
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) void refetchItems();
    wasRunning.current = running;
  }, [running, refetchItems]);

  const refresh = () => {
    void refetch();
    void list.refetch();
  };

  const confirmPublish = () => {
    void modal.confirm({
      title: t('grading.publish.title'),
      content: t('grading.publish.confirm'),
      okText: t('grading.publish.action'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'grading-publish-confirm' } as ButtonProps,
      onOk: async () => {
        setPublishError(undefined);
        try {
          await request(PublishGradingProposalMutation, { id: proposal.id });
          message.success(t('grading.publish.done'));
        } catch (caught) {
          // The server's words: published already, superseded, an older period.
          setPublishError(asApiError(caught));
        }
        refresh();
      },
    });
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('grading.item.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.enterprise.name}</Typography.Text>}
          detail={<code>{row.enterprise.uscc}</code>}
        />
      ),
    },
    {
      title: t('grading.item.grade'),
      key: 'grade',
      width: 200,
      render: (_, row) => (
        <Space orientation="vertical" size={2}>
          <GradeChange from={row.previousGrade} to={row.grade} />
          {row.overrideReason !== null ? (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="grading-override-reason-shown">
              {t('grading.item.overridden', { reason: row.overrideReason })}
              <br />
              {t('grading.item.proposed', { grade: t(`enum.grade.${row.proposedGrade}`) })}
            </Typography.Text>
          ) : null}
          {row.redListProposed ? <Tag color="red">{t('grading.item.redList')}</Tag> : null}
        </Space>
      ),
    },
    {
      title: t('grading.item.score'),
      key: 'score',
      width: 80,
      align: 'right',
      render: (_, row) => formatNumber(row.score, locale),
    },
    {
      title: t('grading.item.basis'),
      key: 'basis',
      width: 110,
      render: (_, row) => (
        <Popover
          trigger="click"
          title={row.enterprise.name}
          content={
            <div style={{ maxWidth: 460 }}>
              <GradeBasis reasons={row.reasons} indicators={row.indicators} />
            </div>
          }
        >
          <Button type="link" icon={<InfoCircleOutlined />} data-testid="grading-basis">
            {t('grading.item.basis')}
          </Button>
        </Popover>
      ),
    },
    ...(reviewable
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, row: Row) => (
              <Button
                onClick={() => setAdjusting(row)}
                aria-label={`${t('grading.override.action')} ${row.enterprise.name}`}
                data-testid="grading-override"
              >
                {t('grading.override.action')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Page
      title={
        <Space wrap>
          {t('grading.review.title', { period: formatDate(lastDayOfPeriod(proposal.periodEnd), locale) })}
          <ProposalStatusTag status={proposal.status} />
        </Space>
      }
      testId="grading-review"
      extra={
        <>
          <BackButton to={base} />
          <RefreshButton onRefresh={refresh} iconOnly />
          {reviewable ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              onClick={confirmPublish}
              data-testid="grading-publish"
            >
              {t('grading.publish.action')}
            </Button>
          ) : null}
        </>
      }
    >
      <ErrorAlert error={error} onRetry={refresh} />
      <ErrorAlert error={publishError} title={t('grading.publish.refused')} />
      <Typography.Paragraph type="secondary">
        {t('grading.review.window', {
          from: formatDate(proposal.windowStart, locale),
          to: formatDate(lastDayOfPeriod(proposal.periodEnd), locale),
          version: proposal.ruleSetVersion,
        })}
      </Typography.Paragraph>
      {running ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('grading.review.running')} /> : null}
      {proposal.status === 'PUBLISHED' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('grading.review.published', { at: formatDateTime(proposal.publishedAt, locale) })}
          data-testid="grading-published"
        />
      ) : null}
      {proposal.status === 'SUPERSEDED' ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('grading.review.superseded')} />
      ) : null}
      <GradingDistribution distribution={proposal.distribution} />
      <FilterBar
        fields={[
          {
            key: 'changedOnly',
            xl: 4,
            node: (
              <Space>
                <Switch
                  checked={chosen.changedOnly}
                  onChange={(changedOnly) => update({ changedOnly })}
                  aria-label={t('grading.filter.changedOnly')}
                  data-testid="grading-filter-changed"
                />
                {t('grading.filter.changedOnly')}
              </Space>
            ),
          },
          selectField({
            key: 'grade',
            xl: 4,
            label: t('grading.filter.grade'),
            value: chosen.grade,
            options: GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) })),
            onChange: (grade) => update({ grade }),
            testId: 'grading-filter-grade',
          }),
          selectField({
            key: 'previousGrade',
            xl: 4,
            label: t('grading.filter.previousGrade'),
            value: chosen.previousGrade,
            options: GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) })),
            onChange: (previousGrade) => update({ previousGrade }),
          }),
          {
            key: 'overridden',
            xl: 4,
            node: (
              <Space>
                <Switch
                  checked={chosen.overridden}
                  onChange={(overridden) => update({ overridden })}
                  aria-label={t('grading.filter.overridden')}
                  data-testid="grading-filter-overridden"
                />
                {t('grading.filter.overridden')}
              </Space>
            ),
          },
          {
            key: 'search',
            xl: 8,
            wide: true,
            node: (
              <Input.Search
                allowClear
                placeholder={t('grading.filter.search')}
                aria-label={t('grading.filter.search')}
                onSearch={(search) => update({ search })}
                data-testid="grading-search"
                maxLength={100}
              />
            ),
          },
        ]}
      />
      <ListTable
        list={running ? { ...list, rows: [], pager: null } : list}
        columns={columns}
        rowTestId="grading-item"
        empty={t('grading.items.empty')}
      />
      {editable ? (
        <OverrideGradeDialog
          proposalId={proposal.id}
          item={adjusting}
          onClose={() => setAdjusting(null)}
          onDone={(name, withdrawn) => {
            setAdjusting(null);
            message.success(t(withdrawn ? 'grading.override.withdrawn' : 'grading.override.done', { name }));
            refresh();
          }}
        />
      ) : null}
    </Page>
  );
}
