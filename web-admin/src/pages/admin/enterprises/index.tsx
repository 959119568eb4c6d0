// The enterprise registry: search and filter by industry, township, regulator, grade and red/black list; register a new enterprise.
import { AuditOutlined, PlusOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import { INDUSTRIES } from '../../../../../domain/types';
import { App, Button, Input, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterBar, multiSelectField, namedOptions, selectField } from '../../../components/FilterBar';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import { GradeTag, ListStatusTag } from '../../../components/tags';
import type {
  EnterpriseFilter,
  EnterpriseListQuery as EnterpriseListResult,
  Grade,
  Industry,
  ListStatus,
} from '../../../gql/graphql';
import { useT } from '../../../locales';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { AccountsDrawer } from './components/AccountsDrawer';
import { CreateEnterpriseDialog } from './components/CreateEnterpriseDialog';
import { EnterpriseListQuery } from './queries';

type Row = EnterpriseListResult['enterprises']['edges'][number]['node'];

const GRADES: readonly Grade[] = ['GOOD', 'FAIR', 'POOR'];
const LIST_STATUSES: readonly ListStatus[] = ['RED', 'BLACK', 'NONE'];

/** The filters as picked: an empty choice is no filter. */
interface Chosen {
  search: string;
  industries: Industry[];
  townshipIds: string[];
  regulatorId: string | null;
  grade: Grade | null;
  listStatus: ListStatus | null;
}

const NOTHING_CHOSEN: Chosen = {
  search: '',
  industries: [],
  townshipIds: [],
  regulatorId: null,
  grade: null,
  listStatus: null,
};

function toEnterpriseFilter({ search, industries, townshipIds, ...rest }: Chosen): EnterpriseFilter {
  return {
    ...rest,
    search: search.trim() || null,
    industries: industries.length > 0 ? industries : null,
    townshipIds: townshipIds.length > 0 ? townshipIds : null,
  };
}

export function EnterprisesPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { regulators, townships } = useOrgUnits();
  const [chosen, setChosen] = useState<Chosen>(NOTHING_CHOSEN);
  const update = (change: Partial<Chosen>) => setChosen({ ...chosen, ...change });
  const [creating, setCreating] = useState(false);
  const [accountsOf, setAccountsOf] = useState<{ id: string; name: string } | null>(null);
  const list = useConnectionList(EnterpriseListQuery, { filter: toEnterpriseFilter(chosen) }, (d) => d.enterprises);

  const columns: ColumnsType<Row> = [
    {
      title: t('enterprise.field.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <>
          {name}
          {row.majorHazardSource ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('enterprise.majorSource')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('enterprise.field.uscc'),
      dataIndex: 'uscc',
      width: 190,
      responsive: ['md'],
      render: (v: string) => <code>{v}</code>,
    },
    {
      title: t('enterprise.field.industry'),
      key: 'industry',
      width: 130,
      render: (_, row) => t(`enum.industry.${row.industry}`),
    },
    {
      title: t('enterprise.field.township'),
      key: 'township',
      width: 110,
      responsive: ['lg'],
      render: (_, row) => row.township.name,
    },
    {
      title: t('enterprise.field.regulator'),
      key: 'regulator',
      width: 140,
      responsive: ['lg'],
      render: (_, row) => row.regulator.name,
    },
    { title: t('enterprise.field.grade'), key: 'grade', width: 70, render: (_, row) => <GradeTag grade={row.grade} /> },
    {
      title: t('enterprise.field.listStatus'),
      key: 'list',
      width: 90,
      responsive: ['md'],
      render: (_, row) => <ListStatusTag status={row.listStatus} />,
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_, row) => (
        <Space size={0}>
          <Tooltip title={t('account.open')}>
            <Button
              type="text"
              icon={<TeamOutlined />}
              aria-label={`${t('account.open')} ${row.name}`}
              onClick={() => setAccountsOf({ id: row.id, name: row.name })}
              data-testid="enterprise-accounts"
            />
          </Tooltip>
          <Tooltip title={t('common.auditLog')}>
            <Button
              type="text"
              icon={<AuditOutlined />}
              aria-label={`${t('common.auditLog')} ${row.name}`}
              onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(row.id)}`)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('enterprise.title')}
      testId="enterprise-page"
      extra={
        <Space wrap>
          <Button
            icon={<UploadOutlined />}
            onClick={() => void navigate('/admin/enterprises/import')}
            data-testid="enterprise-import"
          >
            {t('import.action')}
          </Button>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="enterprise-create"
          >
            {t('enterprise.create.action')}
          </Button>
        </Space>
      }
    >
      <FilterBar
        fields={[
          {
            key: 'search',
            xl: 5,
            wide: true,
            node: (
              <Input.Search
                allowClear
                placeholder={t('enterprise.search')}
                aria-label={t('enterprise.search')}
                onSearch={(search) => update({ search })}
                data-testid="enterprise-search"
                maxLength={100}
              />
            ),
          },
          multiSelectField({
            key: 'industries',
            xl: 5,
            wide: true,
            label: t('enterprise.field.industry'),
            value: chosen.industries,
            options: INDUSTRIES.map((i) => ({ value: i, label: t(`enum.industry.${i}`) })),
            onChange: (industries) => update({ industries }),
          }),
          multiSelectField({
            key: 'townshipIds',
            xl: 4,
            wide: true,
            label: t('enterprise.field.township'),
            value: chosen.townshipIds,
            options: namedOptions(townships),
            onChange: (townshipIds) => update({ townshipIds }),
          }),
          selectField({
            key: 'regulatorId',
            xl: 4,
            wide: true,
            label: t('enterprise.field.regulator'),
            value: chosen.regulatorId,
            options: namedOptions(regulators),
            onChange: (regulatorId) => update({ regulatorId }),
          }),
          selectField({
            key: 'grade',
            xl: 3,
            label: t('enterprise.field.grade'),
            value: chosen.grade,
            options: GRADES.map((g) => ({ value: g, label: t(`enum.grade.${g}`) })),
            onChange: (grade) => update({ grade }),
            testId: 'enterprise-filter-grade',
          }),
          selectField({
            key: 'listStatus',
            xl: 3,
            label: t('enterprise.field.listStatus'),
            value: chosen.listStatus,
            options: LIST_STATUSES.map((l) => ({
              value: l,
              label: l === 'NONE' ? t('enterprise.list.none') : t(`enum.listStatus.${l}`),
            })),
            onChange: (listStatus) => update({ listStatus }),
            testId: 'enterprise-filter-list',
          }),
        ]}
      />
      <ListTable list={list} columns={columns} rowTestId="enterprise-row" empty={t('enterprise.empty')} />
      <AccountsDrawer enterprise={accountsOf} onClose={() => setAccountsOf(null)} />
      <CreateEnterpriseDialog
        open={creating}
        townships={townships}
        onClose={() => setCreating(false)}
        onCreated={(name, regulator) => {
          setCreating(false);
          message.success(t('enterprise.create.done', { name, regulator }));
          void list.refetch();
        }}
      />
    </Page>
  );
}
