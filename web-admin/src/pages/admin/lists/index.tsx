// 红黑名单: the black list and the red list with their history — each listing's ground, period, status and, when it
// ended early, why; the county office removes a black-listing early with a reason (listing is in the register).
import { App, Button, Segmented, Space, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TwoLines } from '../../../components/cells';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { formatDate } from '../../../format';
import type { ListEntriesQuery, ListEntryStatus } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { ListEntryStatusTag } from '../../../shared/grading/tags';
import { RemoveFromBlackListDialog } from './components/RemoveFromBlackListDialog';
import { ListEntriesQuery as EntriesQuery } from './queries';

type Row = ListEntriesQuery['listEntries']['edges'][number]['node'];
type Which = 'BLACK' | 'RED';

const STATUSES: readonly ListEntryStatus[] = ['ACTIVE', 'EXPIRED', 'REMOVED'];

export function ListsPage() {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const list: Which = params.get('list') === 'RED' ? 'RED' : 'BLACK';
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'ACTIVE';
  const choose = (change: { list?: Which; status?: ListEntryStatus }) =>
    setParams({ list: change.list ?? list, status: change.status ?? status }, { replace: true });
  const entries = useConnectionList(EntriesQuery, { filter: { list, status } }, (data) => data.listEntries);
  const [removing, setRemoving] = useState<Row | null>(null);

  const columns: ColumnsType<Row> = [
    {
      title: t('lists.col.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <TwoLines
          main={<Typography.Text strong>{row.enterprise.name}</Typography.Text>}
          detail={<code>{row.enterprise.uscc}</code>}
        />
      ),
    },
    {
      title: t('lists.col.ground'),
      key: 'ground',
      render: (_, row) => (
        <>
          {row.groundName}
          {row.evidence ? (
            <Typography.Paragraph
              type="secondary"
              style={{ fontSize: 12, marginBottom: 0 }}
              ellipsis={{ rows: 2, tooltip: row.evidence }}
            >
              {row.evidence}
            </Typography.Paragraph>
          ) : null}
        </>
      ),
    },
    {
      title: t('lists.col.period'),
      key: 'period',
      width: 210,
      responsive: ['md'],
      render: (_, row) =>
        t('lists.period', {
          from: formatDate(row.startsAt, locale),
          to: row.endsAt ? formatDate(row.endsAt, locale) : t('lists.openEnded'),
        }),
    },
    {
      title: t('lists.col.status'),
      key: 'status',
      width: 90,
      render: (_, row) => <ListEntryStatusTag status={row.status} />,
    },
    {
      title: t('lists.col.decidedAt'),
      key: 'decidedAt',
      width: 110,
      responsive: ['lg'],
      render: (_, row) => formatDate(row.decidedAt, locale),
    },
    ...(status === 'ACTIVE'
      ? []
      : [
          {
            title: t('lists.col.endedAt'),
            key: 'endedAt',
            width: 110,
            render: (_: unknown, row: Row) => formatDate(row.endedAt, locale),
          },
          {
            title: t('lists.col.removalReason'),
            key: 'removalReason',
            render: (_: unknown, row: Row) => <span data-testid="list-removal-reason">{row.removalReason ?? '—'}</span>,
          },
        ]),
    ...(list === 'BLACK' && status === 'ACTIVE'
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 110,
            render: (_: unknown, row: Row) =>
              row.status === 'ACTIVE' ? (
                <Button
                  danger
                  onClick={() => setRemoving(row)}
                  aria-label={`${t('lists.remove.action')} ${row.enterprise.name}`}
                  data-testid="list-remove"
                >
                  {t('lists.remove.action')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Page
      title={t('lists.title')}
      testId="lists-page"
      extra={<RefreshButton onRefresh={() => void entries.refetch()} />}
    >
      <Tabs
        activeKey={list}
        onChange={(key) => choose({ list: key === 'RED' ? 'RED' : 'BLACK' })}
        items={(['BLACK', 'RED'] as const).map((key) => ({
          key,
          label: <span data-testid={`lists-tab-${key}`}>{t(`lists.tab.${key}`)}</span>,
        }))}
      />
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<ListEntryStatus>
          aria-label={t('lists.filter.status')}
          value={status}
          onChange={(next) => choose({ status: next })}
          options={STATUSES.map((s) => ({
            value: s,
            label: <span data-testid={`lists-status-${s}`}>{t(`enum.listEntryStatus.${s}`)}</span>,
          }))}
        />
      </Space>
      <ListTable
        list={entries}
        columns={columns}
        rowTestId="list-entry-row"
        hint={t(`lists.hint.${list}`)}
        empty={t('lists.empty')}
      />
      <RemoveFromBlackListDialog
        entry={removing}
        onClose={() => setRemoving(null)}
        onDone={(name) => {
          setRemoving(null);
          message.success(t('lists.remove.done', { name }));
          void entries.refetch();
        }}
      />
    </Page>
  );
}
