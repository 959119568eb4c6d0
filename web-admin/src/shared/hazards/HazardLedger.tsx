// The hazard ledger (隐患台账): filters in the URL, a page of hazards, the .xlsx export of the same filter.
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { saveFile } from '../../api/client';
import { errorText } from '../../api/errors';
import { FilterBar, multiSelectField, selectField, useUrlFilter } from '../../components/FilterBar';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { HazardLevelTag, HazardStatusTag, OverdueTag } from '../../components/tags';
import { formatDateTime } from '../../format';
import type { HazardListQuery } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { SCOPES, useScopeFilters } from '../reference/scope';
import { HazardDetailDrawer } from './HazardDetailDrawer';
import { LEVELS, STATUSES, ledgerSearch, parseLedgerFilter, toHazardFilter } from './filters';
import { HazardListQuery as ListQuery } from './queries';

type Row = HazardListQuery['hazards']['edges'][number]['node'];

export function HazardLedger({
  auditPath,
  testId = 'hazard-ledger',
  readOnly = false,
}: {
  auditPath?: string;
  testId?: string;
  /** A drill-down that only reads (the leader's): the record's documents are shown, never acted on. */
  readOnly?: boolean;
}) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const { filter, update } = useUrlFilter(parseLedgerFilter, ledgerSearch);
  const scope = useScopeFilters(filter, update, SCOPES.ledger);
  const search = ledgerSearch(filter);
  const list = useConnectionList(ListQuery, { filter: toHazardFilter(filter) }, (data) => data.hazards);
  const [selected, setSelected] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await saveFile(`/exports/hazards.xlsx${search ? `?${search}` : ''}`, 'hazards.xlsx');
      message.success(t('hazard.ledger.exported'));
    } catch (caught) {
      message.error(errorText(caught, t));
    } finally {
      setExporting(false);
    }
  };

  const statuses = STATUSES.map((s) => ({ value: s, label: t(`enum.hazardStatus.${s}`) }));
  const levels = LEVELS.map((l) => ({ value: l, label: t(`enum.hazardLevel.${l}`) }));
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

  return (
    <Page
      title={t('hazard.ledger.title')}
      testId={testId}
      extra={
        <>
          <RefreshButton onRefresh={list.refetch} />
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
      <FilterBar
        fields={[
          scope.campaign,
          multiSelectField({
            key: 'status',
            xl: 6,
            wide: true,
            label: t('hazard.field.status'),
            value: filter.status,
            options: statuses,
            onChange: (status) => update({ status }),
            testId: 'filter-status',
          }),
          selectField({
            key: 'level',
            xl: 3,
            label: t('hazard.field.level'),
            value: filter.level,
            options: levels,
            onChange: (level) => update({ level }),
            testId: 'filter-level',
          }),
          selectField({
            key: 'overdue',
            xl: 3,
            label: t('hazard.filter.overdue'),
            value: filter.overdue === null ? null : String(filter.overdue),
            options: [
              { value: 'true', label: t('common.overdue') },
              { value: 'false', label: t('common.notOverdue') },
            ],
            onChange: (overdue) => update({ overdue: overdue === null ? null : overdue === 'true' }),
            testId: 'filter-overdue',
          }),
          scope.regulator,
          scope.township,
          scope.period,
        ]}
      />
      <ListTable
        list={list}
        columns={columns}
        rowTestId="hazard-row"
        onRowClick={(row) => setSelected(row.id)}
        empty={t('hazard.ledger.empty')}
        hint={t('hazard.ledger.hint')}
        scrollX={760}
      />
      <HazardDetailDrawer
        hazardId={selected}
        onClose={() => setSelected(null)}
        auditPath={auditPath}
        readOnly={readOnly}
      />
    </Page>
  );
}
