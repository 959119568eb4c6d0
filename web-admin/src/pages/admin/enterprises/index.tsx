// The enterprise registry: search and filter by industry, township, regulator, grade, red/black list and status;
// register an enterprise, edit it, suspend or close it (停产/注销), resume it (复产) and black-list it (列入黑名单).
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { INDUSTRIES } from '../../../../../domain/types';
import { App, Button, Input, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { FilterBar, multiSelectField, namedOptions, selectField } from '../../../components/FilterBar';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import type { EnterpriseFilter, EnterpriseStatus, Grade, Industry, ListStatus } from '../../../gql/graphql';
import { useT } from '../../../locales';
import { request } from '../../../api/client';
import { asApiError } from '../../../api/errors';
import { useOrgUnits } from '../../../shared/reference/useReference';
import { AccountsDrawer } from './components/AccountsDrawer';
import { BlackListDialog } from './components/BlackListDialog';
import { CreateEnterpriseDialog } from './components/CreateEnterpriseDialog';
import { useEnterpriseColumns, type EnterpriseRow } from './components/columns';
import { DeactivateEnterpriseDialog } from './components/DeactivateEnterpriseDialog';
import { EditEnterpriseDialog } from './components/EditEnterpriseDialog';
import { EnterpriseListQuery, ResumeEnterpriseMutation } from './queries';

type Row = EnterpriseRow;

const GRADES: readonly Grade[] = ['GOOD', 'FAIR', 'POOR'];
const LIST_STATUSES: readonly ListStatus[] = ['RED', 'BLACK', 'NONE'];
const STATUSES: readonly EnterpriseStatus[] = ['OPERATING', 'SUSPENDED', 'CLOSED'];

/** The filters as picked: an empty choice is no filter. */
interface Chosen {
  search: string;
  industries: Industry[];
  townshipIds: string[];
  regulatorId: string | null;
  grade: Grade | null;
  listStatus: ListStatus | null;
  status: EnterpriseStatus | null;
}

const NOTHING_CHOSEN: Chosen = {
  search: '',
  industries: [],
  townshipIds: [],
  regulatorId: null,
  grade: null,
  listStatus: null,
  status: null,
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
  const { message, modal } = App.useApp();
  const { regulators, townships } = useOrgUnits();
  const [chosen, setChosen] = useState<Chosen>(NOTHING_CHOSEN);
  const update = (change: Partial<Chosen>) => setChosen({ ...chosen, ...change });
  const [creating, setCreating] = useState(false);
  const [accountsOf, setAccountsOf] = useState<{ id: string; name: string } | null>(null);
  const [editing, setEditing] = useState<Row | null>(null);
  const [stopping, setStopping] = useState<Row | null>(null);
  const [blackListing, setBlackListing] = useState<Row | null>(null);
  const confirmResume = (row: Row) => {
    void modal.confirm({
      title: t('register.resume.action'),
      content: t('register.resume.confirm', { name: row.name }),
      okText: t('register.resume.action'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'enterprise-resume-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await request(ResumeEnterpriseMutation, { id: row.id });
          message.success(t('register.resume.done', { name: row.name }));
          void list.refetch();
        } catch (caught) {
          message.error(asApiError(caught).message);
        }
      },
    });
  };
  const list = useConnectionList(EnterpriseListQuery, { filter: toEnterpriseFilter(chosen) }, (d) => d.enterprises);

  const columns = useEnterpriseColumns({
    onAccounts: (row) => setAccountsOf({ id: row.id, name: row.name }),
    onEdit: setEditing,
    onStop: setStopping,
    onResume: confirmResume,
    onBlackList: setBlackListing,
  });

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
          selectField({
            key: 'status',
            xl: 3,
            label: t('register.field.status'),
            value: chosen.status,
            options: STATUSES.map((s) => ({ value: s, label: t(`enum.enterpriseStatus.${s}`) })),
            onChange: (status) => update({ status }),
            testId: 'enterprise-filter-status',
          }),
        ]}
      />
      <ListTable list={list} columns={columns} rowTestId="enterprise-row" empty={t('enterprise.empty')} />
      <AccountsDrawer enterprise={accountsOf} onClose={() => setAccountsOf(null)} />
      <EditEnterpriseDialog
        enterprise={editing}
        townships={townships}
        onClose={() => setEditing(null)}
        onSaved={(name) => {
          setEditing(null);
          message.success(t('register.edit.done', { name }));
          void list.refetch();
        }}
      />
      <DeactivateEnterpriseDialog
        enterprise={stopping}
        onClose={() => setStopping(null)}
        onDone={(name, status) => {
          setStopping(null);
          message.success(t('register.deactivate.done', { name, status: t(`enum.enterpriseStatus.${status}`) }));
          void list.refetch();
        }}
      />
      <BlackListDialog
        enterprise={blackListing}
        onClose={() => setBlackListing(null)}
        onDone={(name) => {
          setBlackListing(null);
          message.success(t('blackList.done', { name }));
          void list.refetch();
        }}
      />
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
