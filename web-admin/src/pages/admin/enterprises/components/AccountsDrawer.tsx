// An enterprise's accounts (企业账号): who of the enterprise may sign in, opened by the county office with an initial
// password the person changes at first login; an account is stopped when its person leaves.
import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Empty, Form, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { USERNAME_PATTERN } from '../../../../../../domain/user-rules';
import { newPasswordRule } from '../../../../shared/accounts/password-rule';
import { useMutation, useQuery } from '../../../../api/hooks';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { SimpleList } from '../../../../components/SimpleList';
import { useT } from '../../../../locales';
import { CreateUserMutation, DeactivateUserMutation } from '../../../../shared/accounts/queries';
import { EnterpriseAccountsQuery } from '../queries';

interface AccountForm {
  username: string;
  displayName: string;
  initialPassword: string;
}

export function AccountsDrawer({
  enterprise,
  onClose,
}: {
  enterprise: { id: string; name: string } | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<AccountForm>();
  const accounts = useQuery(EnterpriseAccountsQuery, { id: enterprise?.id ?? '' }, { skip: !enterprise });
  const create = useMutation(CreateUserMutation);
  const deactivate = useMutation(DeactivateUserMutation);
  const [adding, setAdding] = useState(false);
  const node = accounts.data?.node;
  const rows = node?.__typename === 'Enterprise' ? node.accounts : [];

  const add = async (values: AccountForm) => {
    if (!enterprise) return;
    const result = await create.run({
      input: {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: 'ENTERPRISE',
        enterpriseId: enterprise.id,
        initialPassword: values.initialPassword,
      },
    });
    if (!result) return;
    message.success(t('account.created', { username: result.createUser.username }));
    form.resetFields();
    setAdding(false);
    void accounts.refetch();
  };

  return (
    <Drawer
      open={enterprise !== null}
      onClose={() => {
        create.reset();
        setAdding(false);
        onClose();
      }}
      size="min(520px, 100vw)"
      title={t('account.title', { name: enterprise?.name ?? '' })}
      data-testid="accounts-drawer"
      destroyOnHidden
      extra={
        <Button icon={<PlusOutlined />} type="primary" onClick={() => setAdding(true)} data-testid="account-add">
          {t('account.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('account.intro')}</Typography.Paragraph>
      <ErrorAlert error={accounts.error ?? deactivate.error} onRetry={() => void accounts.refetch()} />
      {adding ? (
        <div style={{ marginBottom: 16 }} data-testid="account-form">
          <ErrorAlert error={create.error} />
          <Form<AccountForm>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              void add(values);
            }}
          >
            <Form.Item
              name="username"
              label={t('account.username')}
              extra={t('account.usernameRule')}
              rules={[
                { required: true, message: t('account.usernameRequired') },
                { pattern: USERNAME_PATTERN, message: t('account.usernameRule') },
              ]}
            >
              <Input autoComplete="off" data-testid="account-username" />
            </Form.Item>
            <Form.Item
              name="displayName"
              label={t('account.displayName')}
              rules={[{ required: true, whitespace: true, message: t('account.displayNameRequired') }, { max: 100 }]}
            >
              <Input data-testid="account-display-name" />
            </Form.Item>
            <Form.Item
              name="initialPassword"
              label={t('account.initialPassword')}
              extra={t('account.initialPasswordHint')}
              rules={[
                { required: true, message: t('password.newRequired') },
                ({ getFieldValue }) => newPasswordRule(t, () => String(getFieldValue('username') ?? '')),
              ]}
            >
              <Input.Password autoComplete="new-password" data-testid="account-password" />
            </Form.Item>
            <Space>
              <Button onClick={() => setAdding(false)}>{t('common.cancel')}</Button>
              <Button type="primary" htmlType="submit" loading={create.loading} data-testid="account-submit">
                {t('account.submit')}
              </Button>
            </Space>
          </Form>
        </div>
      ) : null}
      <SimpleList
        items={rows}
        rowKey={(a) => a.id}
        itemTestId="account-row"
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('account.empty')} />}
        render={(a) => (
          <Space orientation="vertical" size={0}>
            <Space size={6}>
              <Typography.Text strong>{a.displayName}</Typography.Text>
              <code>{a.username}</code>
            </Space>
            <Space size={4}>
              {a.disabled ? <Tag>{t('account.disabled')}</Tag> : <Tag color="green">{t('account.active')}</Tag>}
              {a.mustChangePassword && !a.disabled ? <Tag color="orange">{t('account.mustChange')}</Tag> : null}
            </Space>
          </Space>
        )}
        actions={(a) =>
          a.disabled ? null : (
            <Popconfirm
              title={t('account.deactivateConfirm', { name: a.displayName })}
              okText={t('account.deactivate')}
              cancelText={t('common.cancel')}
              onConfirm={() => {
                void deactivate.run({ id: a.id, reason: null }).then((done) => {
                  if (done) void accounts.refetch();
                });
              }}
            >
              <Button size="small" danger icon={<StopOutlined />}>
                {t('account.deactivate')}
              </Button>
            </Popconfirm>
          )
        }
      />
    </Drawer>
  );
}
