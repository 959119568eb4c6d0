// 案件办理: the case desk — a unit's own cases, or the county's for the county office and the leaders — newest first,
// each with its status, its party, its violation, its filing date and the deadline its status watches (red once past).
import { Button, Select, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ListTable, useConnectionList } from '../../components/ListTable';
import { Page } from '../../components/Page';
import { RefreshButton } from '../../components/RefreshButton';
import { TwoLines } from '../../components/cells';
import { formatDate } from '../../format';
import type { CaseRowFragment, CaseStatus } from '../../gql/graphql';
import { useLocale } from '../../locales';
import { CaseDeadline, CaseStatusTag } from './CaseParts';
import { CasesQuery } from './queries';
import { CASE_STATUSES } from './rules';

type Row = CaseRowFragment;

/** The path of a case's record under a desk. */
export const casePath = (basePath: string, id: string) => `${basePath}/${encodeURIComponent(id)}`;

export function CaseDeskPage({ basePath }: { basePath: string }) {
  const { t, locale } = useLocale();
  const navigate = useNavigate();
  const [statuses, setStatuses] = useState<CaseStatus[]>([]);
  const list = useConnectionList(
    CasesQuery,
    { filter: { statuses: statuses.length ? statuses : null } },
    (d) => d.cases,
  );
  const open = (row: Row) => void navigate(casePath(basePath, row.id));

  const columns: ColumnsType<Row> = [
    {
      title: t('case.col.status'),
      key: 'status',
      width: 170,
      render: (_, row) => <CaseStatusTag status={row.status} />,
    },
    {
      title: t('case.col.enterprise'),
      key: 'enterprise',
      render: (_, row) => (
        <TwoLines
          main={
            <Typography.Text strong data-testid="case-enterprise">
              {row.enterprise.name}
            </Typography.Text>
          }
          detail={`${row.unit.name} · ${row.handlerNames.join('、')}`}
        />
      ),
    },
    {
      title: t('case.col.violation'),
      key: 'violation',
      responsive: ['md'],
      render: (_, row) => (
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 0, maxWidth: 420 }}>
          {row.violation}
        </Typography.Paragraph>
      ),
    },
    {
      title: t('case.col.filedAt'),
      key: 'filedAt',
      width: 120,
      responsive: ['lg'],
      render: (_, row) => formatDate(row.filedAt, locale),
    },
    {
      title: t('case.col.deadline'),
      key: 'deadline',
      width: 200,
      render: (_, row) => <CaseDeadline c={row} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 90,
      render: (_, row) => (
        <Button
          onClick={(event) => {
            event.stopPropagation();
            open(row);
          }}
          data-testid="case-details"
        >
          {t('common.details')}
        </Button>
      ),
    },
  ];

  return (
    <Page
      title={t('case.desk.title')}
      testId="case-desk"
      extra={<RefreshButton onRefresh={() => void list.refetch()} />}
    >
      <Typography.Paragraph type="secondary">{t('case.desk.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select<CaseStatus[]>
          mode="multiple"
          allowClear
          placeholder={t('case.filter.status')}
          aria-label={t('case.filter.status')}
          style={{ minWidth: 260 }}
          value={statuses}
          onChange={setStatuses}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`enum.caseStatus.${s}`) }))}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="case-status-filter"
          maxTagCount="responsive"
        />
      </Space>
      <ListTable list={list} columns={columns} rowTestId="case-row" empty={t('case.desk.empty')} onRowClick={open} />
    </Page>
  );
}
