// Opening an account (any role of a unit: an enterprise's accounts are opened on its page) or changing one: its name,
// its role and its unit. A changed role or unit ends the person's sessions; they sign in again to their new portal.
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { ROLE_ORG_KIND, USERNAME_PATTERN } from '../../../../../../domain/user-rules';
import { ROLES, type Role } from '../../../../../../domain/types';
import { useMutation, useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { useT } from '../../../../locales';
import { newPasswordRule } from '../../../../shared/accounts/password-rule';
import { CreateUserMutation } from '../../../../shared/accounts/queries';
import { OrgUnitsQuery } from '../../../../shared/reference/queries';
import { UpdateUserMutation } from '../queries';

/** The roles of a unit's people: what this page opens. */
export const UNIT_ROLES: readonly Role[] = ROLES.filter((role) => ROLE_ORG_KIND[role] !== null);

export interface EditedUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnit: { id: string } | null;
}

interface UserForm {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string | undefined;
  initialPassword: string;
}

export function UserFormDialog({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  /** The account to change; null opens a new one. */
  editing: EditedUser | null;
  onClose: () => void;
  onSaved: (username: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<UserForm>();
  const units = useQuery(OrgUnitsQuery, {});
  const create = useMutation(CreateUserMutation);
  const update = useMutation(UpdateUserMutation);
  const role = Form.useWatch('role', form);
  const forEnterprise = editing?.role === 'ENTERPRISE';
  const kind = role ? ROLE_ORG_KIND[role] : null;
  const unitOptions = (units.data?.orgUnits ?? [])
    .filter((unit) => unit.kind === kind)
    .map((unit) => ({ value: unit.id, label: unit.name }));

  useEffect(() => {
    if (!open) return;
    create.reset();
    update.reset();
    form.setFieldsValue({
      username: editing?.username ?? '',
      displayName: editing?.displayName ?? '',
      role: editing?.role ?? 'REGULATOR_STAFF',
      orgUnitId: editing?.orgUnit?.id,
      initialPassword: '',
    });
    // Reset only when the dialog opens for an account.
  }, [open, editing]);

  const submit = async (values: UserForm) => {
    if (editing) {
      const result = await update.run({
        id: editing.id,
        input: forEnterprise
          ? { displayName: values.displayName.trim() }
          : { displayName: values.displayName.trim(), role: values.role, orgUnitId: values.orgUnitId ?? null },
      });
      if (result) onSaved(editing.username);
      return;
    }
    const result = await create.run({
      input: {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        orgUnitId: values.orgUnitId ?? null,
        initialPassword: values.initialPassword,
      },
    });
    if (result) onSaved(result.createUser.username);
  };

  return (
    <Modal
      open={open}
      title={editing ? t('users.edit.title', { username: editing.username }) : t('users.create.title')}
      okText={editing ? t('common.save') : t('account.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={create.loading || update.loading}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      modalRender={(node) => <div data-testid="user-dialog">{node}</div>}
    >
      <ErrorAlert error={create.error ?? update.error} />
      {editing && !forEnterprise ? (
        <Alert type="info" showIcon title={t('users.edit.sessionsEnd')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<UserForm>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<UserForm>) => {
          // Another kind of unit: the unit picked before no longer fits.
          if (changed.role && ROLE_ORG_KIND[changed.role] !== kind) form.setFieldValue('orgUnitId', undefined);
        }}
      >
        {editing ? null : (
          <Form.Item
            name="username"
            label={t('account.username')}
            rules={[
              { required: true, whitespace: true, message: t('account.usernameRequired') },
              { pattern: USERNAME_PATTERN, message: t('account.usernameRule') },
            ]}
          >
            <Input autoComplete="off" data-testid="user-username" maxLength={64} />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t('account.displayName')}
          rules={[{ required: true, whitespace: true, message: t('account.displayNameRequired') }, { max: 100 }]}
        >
          <Input data-testid="user-display-name" maxLength={100} />
        </Form.Item>
        {forEnterprise ? null : (
          <>
            <Form.Item name="role" label={t('users.field.role')} rules={[{ required: true }]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="user-role"
                options={UNIT_ROLES.map((r) => ({ value: r, label: t(`enum.role.${r}`) }))}
              />
            </Form.Item>
            <Form.Item
              name="orgUnitId"
              label={t('users.field.orgUnit')}
              rules={[{ required: true, message: t('users.field.orgUnitRequired') }]}
            >
              <Select
                data-testid="user-org-unit"
                showSearch={{ optionFilterProp: 'label' }}
                loading={units.loading}
                options={unitOptions}
              />
            </Form.Item>
          </>
        )}
        {editing ? null : (
          <Form.Item
            name="initialPassword"
            label={t('account.initialPassword')}
            extra={t('account.initialPasswordHint')}
            rules={[
              { required: true, message: t('password.newRequired') },
              ({ getFieldValue }) => newPasswordRule(t, () => String(getFieldValue('username') ?? '')),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="user-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
