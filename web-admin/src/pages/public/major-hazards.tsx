// 重大事故隐患挂牌督办公示, the public page at /public/major-hazards: anyone, without login and on a phone, reads the
// major hazards the county lists for supervision (督办中) and those removed (已核销) — the enterprise, its township,
// the unit responsible, the hazard, when it was listed, by when it is to be rectified, when it was removed, and
// whether the enterprise was ordered to suspend production. Nothing here needs a session.
import { SafetyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Grid, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { request } from '../../api/client';
import { asApiError, type ApiError } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LangSwitch } from '../../components/LangSwitch';
import { rowHook } from '../../components/testing';
import { formatDate } from '../../format';
import type { PublicMajorHazardsQuery as Result } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { PublicMajorHazardsQuery } from './queries';

type Row = Result['publicMajorHazards']['edges'][number]['node'];
type Tab = 'active' | 'removed';

/** A county lists a few dozen at most: a page of 100, and more on request. */
const PAGE = 100;

/** Every page asked for so far, newest first. */
function usePublicMajorHazards() {
  const [rows, setRows] = useState<Row[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const ticket = useRef(0);

  const load = useCallback(async (after: string | null) => {
    const mine = ++ticket.current;
    setLoading(true);
    setError(undefined);
    try {
      const page = (await request(PublicMajorHazardsQuery, { first: PAGE, after })).publicMajorHazards;
      if (mine !== ticket.current) return;
      const fetched = page.edges.map((e) => e.node);
      setRows((before) =>
        after ? [...before, ...fetched.filter((r) => !before.some((b) => b.id === r.id))] : fetched,
      );
      setNext(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
    } catch (caught) {
      if (mine === ticket.current) setError(asApiError(caught));
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(null);
    return () => {
      ticket.current += 1;
    };
  }, [load]);

  return { rows, loading, error, next, load };
}

function SuspendedTag({ row }: { row: Row }) {
  const { t } = useLocale();
  return row.suspended ? (
    <Tag color="volcano" data-testid="public-hazard-suspended">
      {t('publicHazards.suspended')}
    </Tag>
  ) : null;
}

/** On a phone, one card a hazard: no sideways scrolling. */
function HazardCards({ rows, tab }: { rows: Row[]; tab: Tab }) {
  const { t, locale } = useLocale();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {rows.map((row) => (
        <Card key={row.id} size="small" title={row.enterpriseName} data-testid="public-hazard-row">
          <Space orientation="vertical" size={8} style={{ width: '100%' }}>
            <Typography.Text strong>{row.description}</Typography.Text>
            <SuspendedTag row={row} />
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('publicHazards.township')}>{row.townshipName}</Descriptions.Item>
              <Descriptions.Item label={t('publicHazards.regulator')}>{row.regulatorName}</Descriptions.Item>
              <Descriptions.Item label={t('publicHazards.listedAt')}>
                {formatDate(row.listedAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('publicHazards.rectifyBy')}>
                {formatDate(row.rectifyBy, locale)}
              </Descriptions.Item>
              {tab === 'removed' ? (
                <Descriptions.Item label={t('publicHazards.removedAt')}>
                  <span data-testid="public-hazard-removed-at">{formatDate(row.removedAt, locale)}</span>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Space>
        </Card>
      ))}
    </Space>
  );
}

function HazardTable({ rows, tab }: { rows: Row[]; tab: Tab }) {
  const { t, locale } = useLocale();
  const columns: ColumnsType<Row> = [
    { title: t('publicHazards.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise', width: 180 },
    { title: t('publicHazards.township'), dataIndex: 'townshipName', key: 'township', width: 110 },
    { title: t('publicHazards.regulator'), dataIndex: 'regulatorName', key: 'regulator', width: 140 },
    {
      title: t('publicHazards.description'),
      key: 'description',
      render: (_, row) => (
        <Space orientation="vertical" size={4}>
          <span>{row.description}</span>
          <SuspendedTag row={row} />
        </Space>
      ),
    },
    {
      title: t('publicHazards.listedAt'),
      key: 'listedAt',
      width: 110,
      render: (_, row) => formatDate(row.listedAt, locale),
    },
    {
      title: t('publicHazards.rectifyBy'),
      key: 'rectifyBy',
      width: 110,
      render: (_, row) => formatDate(row.rectifyBy, locale),
    },
    ...(tab === 'removed'
      ? [
          {
            title: t('publicHazards.removedAt'),
            key: 'removedAt',
            width: 110,
            render: (_: unknown, row: Row) => (
              <span data-testid="public-hazard-removed-at">{formatDate(row.removedAt, locale)}</span>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<Row>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={() => rowHook('public-hazard-row')}
    />
  );
}

export function PublicMajorHazardsPage() {
  const { t } = useLocale();
  const narrow = !Grid.useBreakpoint().md;
  const [tab, setTab] = useState<Tab>('active');
  const { rows, loading, error, next, load } = usePublicMajorHazards();
  const lists: Record<Tab, Row[]> = {
    active: rows.filter((r) => r.status !== 'REMOVED'),
    removed: rows.filter((r) => r.status === 'REMOVED'),
  };

  const pane = (key: Tab) => (
    <div data-testid={`public-hazards-${key}`}>
      {lists[key].length === 0 ? (
        loading ? (
          <Spin style={{ display: 'block', margin: '24px auto' }} />
        ) : (
          <Empty description={t(key === 'active' ? 'publicHazards.empty.active' : 'publicHazards.empty.removed')} />
        )
      ) : narrow ? (
        <HazardCards rows={lists[key]} tab={key} />
      ) : (
        <HazardTable rows={lists[key]} tab={key} />
      )}
    </div>
  );

  return (
    <main className="public-page" data-testid="public-hazards-page">
      <div className="tip-brand">
        <SafetyOutlined style={{ fontSize: 36 }} aria-hidden />
        <h1>{t('publicHazards.title')}</h1>
        <p>{t('publicHazards.subtitle')}</p>
      </div>
      <Card extra={<LangSwitch />} styles={{ body: { paddingTop: 8 } }}>
        <ErrorAlert error={error} onRetry={() => void load(null)} />
        <Tabs
          activeKey={tab}
          onChange={(key) => setTab(key === 'removed' ? 'removed' : 'active')}
          items={[
            {
              key: 'active',
              label: t('publicHazards.tab.active', { n: lists.active.length }),
              children: pane('active'),
            },
            {
              key: 'removed',
              label: t('publicHazards.tab.removed', { n: lists.removed.length }),
              children: pane('removed'),
            },
          ]}
        />
        {next ? (
          <Button block loading={loading} onClick={() => void load(next)} style={{ marginTop: 12 }}>
            {t('publicHazards.more')}
          </Button>
        ) : null}
      </Card>
      <Typography.Paragraph className="tip-footer">
        {t('publicHazards.footer')} <Link to="/tip">{t('publicHazards.tip')}</Link>
      </Typography.Paragraph>
    </main>
  );
}
