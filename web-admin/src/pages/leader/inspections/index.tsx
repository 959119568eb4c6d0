// The list behind the "inspections" figure (检查企业家次): every inspection in the filter, the latest first,
// with who inspected, how many people went and what they found. Filters live in the URL.
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { FilterBar, useUrlFilter } from '../../../components/FilterBar';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { RefreshButton } from '../../../components/RefreshButton';
import { formatDateTime } from '../../../format';
import type { InspectionListQuery as InspectionListResult } from '../../../gql/graphql';
import { useLocale } from '../../../locales';
import { SCOPES, useScopeFilters } from '../../../shared/reference/scope';
import { inspectionSearch, parseInspectionFilter, toInspectionFilter } from './filters';
import { InspectionListQuery } from './queries';
import { taskSource } from '../../../shared/task-origin';

type Row = InspectionListResult['inspections']['edges'][number]['node'];

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
  const { filter, update } = useUrlFilter(parseInspectionFilter, inspectionSearch);
  const scope = useScopeFilters(filter, update, SCOPES.inspections);
  const list = useConnectionList(InspectionListQuery, { filter: toInspectionFilter(filter) }, (d) => d.inspections);

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
      render: (_, row) => taskSource(row.task, t),
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

  return (
    <Page
      title={t('inspection.list.title')}
      testId="leader-inspections"
      extra={<RefreshButton onRefresh={list.refetch} />}
    >
      <FilterBar fields={[scope.campaign, scope.regulator, scope.township, scope.period]} />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="inspection-row"
        empty={t('inspection.list.empty')}
        hint={t('inspection.list.hint')}
        scrollX={760}
      />
    </Page>
  );
}
