// 账号管理: every account of the county — open one for a unit's person, change its name, role or unit, reset a
// forgotten password with a one-time one, stop it when its person leaves. Enterprise accounts are opened on the
// enterprise's page and listed here too.
import { AuditOutlined, EditOutlined, KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ROLES, type Role } from '../../../../../domain/types';
import { useMutation, useQuery } from '../../../api/hooks';
import { TwoLines } from '../../../components/cells';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FilterBar, multiSelectField, namedOptions, selectField } from '../../../components/FilterBar';
import { ListTable, useConnectionList } from '../../../components/ListTable';
import { Page } from '../../../components/Page';
import type { UserFilter, UserListQuery as UserListResult } from '../../../gql/graphql';
import { useT } from '../../../locales';
import { DeactivateUserMutation } from '../../../shared/accounts/queries';
import { OrgUnitsQuery } from '../../../shared/reference/queries';
import { ResetPasswordDialog } from './components/ResetPasswordDialog';
import { UserFormDialog, type EditedUser } from './components/UserFormDialog';
import { UserListQuery } from './queries';

type Row = UserListResult['users']['edges'][number]['node'];
type Status = 'ACTIVE' | 'DISABLED';

interface Chosen {
  search: string;
  roles: Role[];
  orgUnitId: string | null;
  status: Status | null;
}

const toUserFilter = ({ search, roles, orgUnitId, status }: Chosen): UserFilter => ({
  search: search.trim() || null,
  roles: roles.length > 0 ? roles : null,
  orgUnitId,
  disabled: status === null ? null : status === 'DISABLED',
});

export function UsersPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const units = useQuery(OrgUnitsQuery, {});
  const [chosen, setChosen] = useState<Chosen>({ search: '', roles: [], orgUnitId: null, status: 'ACTIVE' });
  const update = (change: Partial<Chosen>) => setChosen({ ...chosen, ...change });
  const list = useConnectionList(UserListQuery, { filter: toUserFilter(chosen) }, (d) => d.users);
  const [form, setForm] = useState<{ editing: EditedUser | null } | null>(null);
  const [resetting, setResetting] = useState<Row | null>(null);
  const [stopping, setStopping] = useState<Row | null>(null);
  const [reason, setReason] = useState('');
  const deactivate = useMutation(DeactivateUserMutation);

  const stop = async () => {
    if (!stopping) return;
    const result = await deactivate.run({ id: stopping.id, reason: reason.trim() || null });
    if (!result) return;
    message.success(t('users.deactivated', { username: stopping.username }));
    setStopping(null);
    void list.refetch();
  };

  const columns: ColumnsType<Row> = [
    {
      title: t('account.username'),
      key: 'username',
      render: (_, row) => (
        <TwoLines main={<Typography.Text strong>{row.displayName}</Typography.Text>} detail={row.username} />
      ),
    },
    { title: t('users.field.role'), key: 'role', width: 170, render: (_, row) => t(`enum.role.${row.role}`) },
    {
      title: t('users.field.orgUnit'),
      key: 'unit',
      responsive: ['md'],
      render: (_, row) => row.orgUnit?.name ?? row.enterprise?.name ?? '—',
    },
    {
      title: t('users.field.status'),
      key: 'status',
      width: 140,
      render: (_, row) =>
        row.disabled ? (
          <Tag>{t('account.disabled')}</Tag>
        ) : row.mustChangePassword ? (
          <Tag color="orange">{t('account.mustChange')}</Tag>
        ) : (
          <Tag color="green">{t('account.active')}</Tag>
        ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 170,
      render: (_, row) => (
        <Space size={0}>
          <Tooltip title={t('users.edit.action')}>
            <Button
              type="text"
              icon={<EditOutlined />}
              disabled={row.disabled}
              aria-label={`${t('users.edit.action')} ${row.username}`}
              onClick={() => setForm({ editing: row })}
              data-testid="user-edit"
            />
          </Tooltip>
          <Tooltip title={t('users.reset.action')}>
            <Button
              type="text"
              icon={<KeyOutlined />}
              disabled={row.disabled}
              aria-label={`${t('users.reset.action')} ${row.username}`}
              onClick={() => setResetting(row)}
              data-testid="user-reset"
            />
          </Tooltip>
          <Tooltip title={t('account.deactivate')}>
            <Button
              type="text"
              danger
              icon={<StopOutlined />}
              disabled={row.disabled}
              aria-label={`${t('account.deactivate')} ${row.username}`}
              onClick={() => {
                deactivate.reset();
                setReason('');
                setStopping(row);
              }}
              data-testid="user-deactivate"
            />
          </Tooltip>
          <Tooltip title={t('common.auditLog')}>
            <Button
              type="text"
              icon={<AuditOutlined />}
              aria-label={`${t('common.auditLog')} ${row.username}`}
              onClick={() => void navigate(`/admin/audit?subjectId=${encodeURIComponent(row.id)}`)}
            />
          </Tooltip>
        </Space>
      ),
    },
  ];

  return (
    <Page
      title={t('users.title')}
      testId="users-page"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setForm({ editing: null })}
          data-testid="user-create"
        >
          {t('users.create.action')}
        </Button>
      }
    >
      <FilterBar
        fields={[
          {
            key: 'search',
            xl: 6,
            wide: true,
            node: (
              <Input.Search
                allowClear
                placeholder={t('users.search')}
                aria-label={t('users.search')}
                onSearch={(search) => update({ search })}
                data-testid="user-search"
                maxLength={100}
              />
            ),
          },
          multiSelectField({
            key: 'roles',
            xl: 6,
            wide: true,
            label: t('users.field.role'),
            value: chosen.roles,
            options: ROLES.map((r) => ({ value: r, label: t(`enum.role.${r}`) })),
            onChange: (roles) => update({ roles }),
          }),
          selectField({
            key: 'orgUnitId',
            xl: 6,
            wide: true,
            label: t('users.field.orgUnit'),
            value: chosen.orgUnitId,
            options: namedOptions(units.data?.orgUnits ?? []),
            searchable: true,
            onChange: (orgUnitId) => update({ orgUnitId }),
          }),
          selectField<Status>({
            key: 'status',
            xl: 4,
            label: t('users.field.status'),
            value: chosen.status,
            options: [
              { value: 'ACTIVE', label: t('account.active') },
              { value: 'DISABLED', label: t('account.disabled') },
            ],
            onChange: (status) => update({ status }),
            testId: 'user-filter-status',
          }),
        ]}
      />
      <ListTable list={list} columns={columns} rowTestId="user-row" empty={t('users.empty')} />
      <UserFormDialog
        open={form !== null}
        editing={form?.editing ?? null}
        onClose={() => setForm(null)}
        onSaved={(username) => {
          message.success(t(form?.editing ? 'users.edit.done' : 'account.created', { username }));
          setForm(null);
          void list.refetch();
        }}
      />
      <ResetPasswordDialog
        user={resetting}
        onClose={() => {
          setResetting(null);
          void list.refetch();
        }}
      />
      <Modal
        open={stopping !== null}
        title={t('users.deactivate.title', { username: stopping?.username ?? '' })}
        okText={t('account.deactivate')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={deactivate.loading}
        onOk={() => void stop()}
        onCancel={() => setStopping(null)}
        destroyOnHidden
        modalRender={(node) => <div data-testid="deactivate-dialog">{node}</div>}
      >
        <ErrorAlert error={deactivate.error} />
        <Typography.Paragraph>
          {t('account.deactivateConfirm', { name: stopping?.displayName ?? '' })}
        </Typography.Paragraph>
        <Input.TextArea
          rows={2}
          maxLength={500}
          placeholder={t('users.deactivate.reason')}
          aria-label={t('users.deactivate.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          data-testid="deactivate-reason"
        />
      </Modal>
    </Page>
  );
}
