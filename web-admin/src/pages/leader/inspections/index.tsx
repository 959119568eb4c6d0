// The list behind the "inspections" figure (检查企业家次): every inspection in the filter, the latest first,
// with who inspected, how many people went and what they found. Filters live in the URL.
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '../../../api/hooks';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DateRangeInput } from '../../../components/DateRangeInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { rowHook } from '../../../components/testing';
import { formatDateTime } from '../../../format';
import type { InspectionListQuery as InspectionListResult } from '../../../gql/graphql';
import { OrgUnitFilter } from '../../../shared/reference/OrgUnitFilter';
import { useLocale } from '../../../locales';
import { useCampaignOptions, useOrgUnits } from '../../../shared/reference/useReference';
import { inspectionSearch, parseInspectionFilter, toInspectionFilter, type InspectionListFilter } from './filters';
import { InspectionListQuery } from './queries';

type Row = InspectionListResult['inspections']['edges'][number]['node'];

const PAGE_SIZE = 20;

function HazardsFound({ hazards }: { hazards: Row['hazards'] }) {
  const { t } = useLocale();
  if (hazards.length === 0) return <Typography.Text type="secondary">{t('inspection.hazards.none')}</Typography.Text>;
  const major = hazards.filter((h) => h.level === 'MAJOR').length;
  return (
    <>
      {t('inspection.hazards.count', { n: hazards.length })}
      {major > 0 ? (
        <Tag color="red" style={{ marginLeft: 6 }}>
          {t('inspection.hazards.major', { n: major })}
        </Tag>
      ) : null}
    </>
  );
}

export function LeaderInspectionsPage() {
  const { t, locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const filter = parseInspectionFilter(params);
  const search = inspectionSearch(filter);
  const pages = useCursorPages(search);
  const { data, loading, error, refetch } = useQuery(InspectionListQuery, {
    filter: toInspectionFilter(filter),
    first: PAGE_SIZE,
    after: pages.after,
  });
  const { regulators, townships } = useOrgUnits();
  const { campaigns } = useCampaignOptions();

  const update = (change: Partial<InspectionListFilter>) => {
    setParams(new URLSearchParams(inspectionSearch({ ...filter, ...change })), { replace: true });
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('inspection.field.inspectedAt'),
      key: 'inspectedAt',
      width: 160,
      render: (_, row) => formatDateTime(row.inspectedAt, locale),
    },
    { title: t('inspection.field.enterprise'), key: 'enterprise', render: (_, row) => row.enterprise.name },
    {
      title: t('inspection.field.campaign'),
      key: 'campaign',
      ellipsis: true,
      responsive: ['md'],
      render: (_, row) => row.task.campaign.name,
    },
    {
      title: t('inspection.field.regulator'),
      key: 'regulator',
      width: 150,
      render: (_, row) => row.task.assignee.name,
    },
    {
      title: t('inspection.field.township'),
      key: 'township',
      width: 120,
      responsive: ['lg'],
      render: (_, row) => row.enterprise.township.name,
    },
    {
      title: t('inspection.field.inspectors'),
      key: 'inspectors',
      width: 100,
      align: 'right',
      render: (_, row) => t('common.people', { n: row.inspectorCount }),
    },
    {
      title: t('inspection.field.hazards'),
      key: 'hazards',
      width: 170,
      render: (_, row) => <HazardsFound hazards={row.hazards} />,
    },
  ];

  const connection = data?.inspections;
  const allowClear = { allowClear: true, style: { width: '100%' } } as const;

  return (
    <Page
      title={t('inspection.list.title')}
      testId="leader-inspections"
      extra={
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            void refetch();
          }}
          aria-label={t('common.refresh')}
        >
          {t('common.refresh')}
        </Button>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={6}>
            <Select
              {...allowClear}
              aria-label={t('inspection.field.campaign')}
              placeholder={t('inspection.field.campaign')}
              value={filter.campaignId ?? undefined}
              options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
              onChange={(v?: string) => update({ campaignId: v ?? null })}
              data-testid="inspection-filter-campaign"
              showSearch={{ optionFilterProp: 'label' }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <OrgUnitFilter
              units={regulators}
              label={t('inspection.field.regulator')}
              value={filter.regulatorId}
              onChange={(id) => update({ regulatorId: id })}
              testId="inspection-filter-regulator"
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <OrgUnitFilter
              units={townships}
              label={t('inspection.field.township')}
              value={filter.townshipId}
              onChange={(id) => update({ townshipId: id })}
              testId="inspection-filter-township"
            />
          </Col>
          <Col xs={24} md={12} xl={10}>
            <DateRangeInput
              label={t('inspection.filter.period')}
              value={{ from: filter.inspectedFrom, to: filter.inspectedTo }}
              onChange={(period) => update({ inspectedFrom: period.from, inspectedTo: period.to })}
              testId="inspection-filter-period"
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
          {t('inspection.list.hint')}
        </Typography.Paragraph>
        <Table<Row>
          rowKey="id"
          size="middle"
          loading={loading}
          columns={columns}
          pagination={false}
          dataSource={connection?.edges.map((e) => e.node) ?? []}
          locale={{ emptyText: <Empty description={t('inspection.list.empty')} /> }}
          onRow={() => rowHook('inspection-row')}
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
    </Page>
  );
}
