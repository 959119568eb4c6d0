// 修改密码: any user's own password; the first thing a person does whose initial password an admin chose.
import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router-dom';
import { newPasswordRule } from '../../shared/accounts/password-rule';
import { useMutation } from '../../api/hooks';
import { ChangePasswordMutation } from '../../api/session-queries';
import { homePath } from '../../access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Page } from '../../components/Page';
import { useT } from '../../locales';
import { useSession, useUser } from '../../session';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function PasswordPage() {
  const t = useT();
  const user = useUser();
  const { update } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const change = useMutation(ChangePasswordMutation);

  const submit = async (values: PasswordForm) => {
    const result = await change.run({ currentPassword: values.currentPassword, newPassword: values.newPassword });
    if (!result) return;
    update({ ...user, mustChangePassword: false });
    message.success(t('password.done'));
    void navigate(homePath(user.role), { replace: true });
  };

  return (
    <Page title={t('password.title')} testId="password-page">
      <Card style={{ maxWidth: 480 }}>
        {user.mustChangePassword ? (
          <Alert type="warning" showIcon title={t('password.mustChange')} style={{ marginBottom: 16 }} />
        ) : null}
        <ErrorAlert error={change.error} />
        <Form<PasswordForm>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => {
            void submit(values);
          }}
        >
          <Form.Item
            name="currentPassword"
            label={t('password.current')}
            rules={[{ required: true, message: t('password.currentRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('password.new')}
            extra={t('password.rule')}
            rules={[{ required: true, message: t('password.newRequired') }, newPasswordRule(t, () => user.username)]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-new" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('password.confirm')}
            dependencies={['newPassword']}
            rules={[
              { required: true, message: t('password.confirmRequired') },
              ({ getFieldValue }) => ({
                validator: async (_, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
                },
              }),
            ]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="new-password" data-testid="password-confirm" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={change.loading} data-testid="password-submit">
            {t('password.submit')}
          </Button>
        </Form>
      </Card>
    </Page>
  );
}
