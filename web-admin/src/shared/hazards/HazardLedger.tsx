// The hazard ledger (隐患台账): filters in the URL, a page of hazards, the .xlsx export of the same filter.
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Empty, Row, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { fetchFile } from '../../api/client';
import { errorText } from '../../api/errors';
import { useQuery } from '../../api/hooks';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { DateRangeInput } from '../../components/DateRangeInput';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { HazardLevelTag, HazardStatusTag, OverdueTag } from '../../components/tags';
import { rowHook } from '../../components/testing';
import { formatDateTime } from '../../format';
import type { HazardLedgerQuery, HazardLevel, HazardStatus } from '../../gql/graphql';
import { OrgUnitFilter } from '../reference/OrgUnitFilter';
import { useLocale } from '../../locales';
import { useCampaignOptions, useOrgUnits } from '../reference/useReference';
import { HazardDetailDrawer } from './HazardDetailDrawer';
import { ledgerSearch, parseLedgerFilter, toHazardFilter, type LedgerFilter } from './filters';
import { HazardLedgerQuery as LedgerQuery } from './queries';

type Row = HazardLedgerQuery['hazards']['edges'][number]['node'];

const PAGE_SIZE = 20;
const STATUSES: readonly HazardStatus[] = ['OPEN', 'PENDING_VERIFICATION', 'CLOSED'];
const LEVELS: readonly HazardLevel[] = ['GENERAL', 'MAJOR'];

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function HazardLedger({ auditPath, testId = 'hazard-ledger' }: { auditPath?: string; testId?: string }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const filter = parseLedgerFilter(params);
  const search = ledgerSearch(filter);
  const pages = useCursorPages(search);
  const { data, loading, error, refetch } = useQuery(LedgerQuery, {
    filter: toHazardFilter(filter),
    first: PAGE_SIZE,
    after: pages.after,
  });
  const { regulators, townships } = useOrgUnits();
  const { campaigns } = useCampaignOptions();
  const [selected, setSelected] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const update = (change: Partial<LedgerFilter>) => {
    const next = ledgerSearch({ ...filter, ...change });
    setParams(new URLSearchParams(next), { replace: true });
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const { blob, fileName } = await fetchFile(`/exports/hazards.xlsx${search ? `?${search}` : ''}`);
      saveBlob(blob, fileName ?? 'hazards.xlsx');
      message.success(t('hazard.ledger.exported'));
    } catch (caught) {
      message.error(errorText(caught, t));
    } finally {
      setExporting(false);
    }
  };

  const columns: ColumnsType<Row> = [
    { title: t('hazard.field.enterprise'), key: 'enterprise', render: (_, row) => row.enterprise.name, width: 200 },
    { title: t('hazard.field.description'), dataIndex: 'description', ellipsis: true },
    {
      title: t('hazard.field.level'),
      key: 'level',
      render: (_, row) => <HazardLevelTag level={row.level} />,
      width: 130,
    },
    {
      title: t('hazard.field.status'),
      key: 'status',
      width: 150,
      render: (_, row) => (
        <>
          <HazardStatusTag status={row.status} />
          <OverdueTag overdue={row.overdue} />
        </>
      ),
    },
    {
      title: t('hazard.field.foundAt'),
      key: 'foundAt',
      render: (_, row) => formatDateTime(row.foundAt, locale),
      width: 160,
      responsive: ['lg'],
    },
    {
      title: t('hazard.field.rectifyBy'),
      key: 'rectifyBy',
      render: (_, row) => formatDateTime(row.rectifyBy, locale),
      width: 160,
      responsive: ['md'],
    },
    {
      title: t('hazard.field.regulator'),
      key: 'regulator',
      render: (_, row) => row.regulator.name,
      width: 140,
      responsive: ['lg'],
    },
    {
      title: t('hazard.field.township'),
      key: 'township',
      render: (_, row) => row.township.name,
      width: 110,
      responsive: ['xl'],
    },
  ];

  const connection = data?.hazards;
  const allowClear = { allowClear: true, style: { width: '100%' } } as const;

  return (
    <Page
      title={t('hazard.ledger.title')}
      testId={testId}
      extra={
        <>
          <Button
            icon={<ReloadOutlined />}
            onClick={() => {
              void refetch();
            }}
            aria-label={t('common.refresh')}
          >
            {t('common.refresh')}
          </Button>
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            loading={exporting}
            onClick={() => {
              void exportXlsx();
            }}
            data-testid="hazard-export"
          >
            {t('hazard.ledger.export')}
          </Button>
        </>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={6}>
            <Select
              {...allowClear}
              aria-label={t('hazard.field.campaign')}
              placeholder={t('hazard.field.campaign')}
              value={filter.campaignId ?? undefined}
              options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v?: string) => update({ campaignId: v ?? null })}
              data-testid="filter-campaign"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Col>
          <Col xs={24} md={12} xl={6}>
            <Select<HazardStatus[]>
              {...allowClear}
              mode="multiple"
              aria-label={t('hazard.field.status')}
              placeholder={t('hazard.field.status')}
              value={filter.status}
              options={STATUSES.map((s) => ({ value: s, label: t(`enum.hazardStatus.${s}`) }))}
              onChange={(v) => update({ status: v })}
              data-testid="filter-status"
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select<HazardLevel>
              {...allowClear}
              aria-label={t('hazard.field.level')}
              placeholder={t('hazard.field.level')}
              value={filter.level ?? undefined}
              options={LEVELS.map((l) => ({ value: l, label: t(`enum.hazardLevel.${l}`) }))}
              onChange={(v?: HazardLevel) => update({ level: v ?? null })}
              data-testid="filter-level"
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <Select<string>
              {...allowClear}
              aria-label={t('hazard.filter.overdue')}
              placeholder={t('hazard.filter.overdue')}
              value={filter.overdue === null ? undefined : String(filter.overdue)}
              options={[
                { value: 'true', label: t('common.overdue') },
                { value: 'false', label: t('common.notOverdue') },
              ]}
              onChange={(v?: string) => update({ overdue: v === undefined ? null : v === 'true' })}
              data-testid="filter-overdue"
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <OrgUnitFilter
              units={regulators}
              label={t('hazard.field.regulator')}
              value={filter.regulatorId}
              onChange={(id) => update({ regulatorId: id })}
              testId="filter-regulator"
            />
          </Col>
          <Col xs={12} md={6} xl={3}>
            <OrgUnitFilter
              units={townships}
              label={t('hazard.field.township')}
              value={filter.townshipId}
              onChange={(id) => update({ townshipId: id })}
              testId="filter-township"
            />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DateRangeInput
              label={t('hazard.filter.foundPeriod')}
              value={{ from: filter.foundFrom, to: filter.foundTo }}
              onChange={(period) => update({ foundFrom: period.from, foundTo: period.to })}
              testId="filter-found"
            />
          </Col>
        </Row>
      </Card>
      <ErrorAlert
        error={error}
        onRetry={() => {
          void refetch();
        }}
      />
      <Card size="small">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('hazard.ledger.hint')}
        </Typography.Paragraph>
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('hazard.ledger.empty')} /> }}
          onRow={(row) => rowHook('hazard-row', { onClick: () => setSelected(row.id), style: { cursor: 'pointer' } })}
          scroll={{ x: 760 }}
        />
        {connection ? (
          <CursorPager
            page={pages.page}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            endCursor={connection.pageInfo.endCursor}
            onNext={pages.next}
            onPrevious={pages.previous}
          />
        ) : null}
      </Card>
      <HazardDetailDrawer hazardId={selected} onClose={() => setSelected(null)} auditPath={auditPath} />
    </Page>
  );
}
