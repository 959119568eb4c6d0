import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from '../../api/hooks';
import { homePath } from '../../access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LangSwitch } from '../../components/LangSwitch';
import { useT } from '../../locales';
import { useSession } from '../../session';
import { LoginMutation } from './queries';

interface LoginForm {
  username: string;
  password: string;
}

function fromOf(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string')
    return state.from;
  return null;
}

export function LoginPage() {
  const t = useT();
  const { session, expired, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const login = useMutation(LoginMutation);
  if (session) return <Navigate to={homePath(session.user.role)} replace />;

  const submit = async (values: LoginForm) => {
    const result = await login.run({ username: values.username.trim(), password: values.password });
    if (!result) return;
    // The token itself stays in the HttpOnly cookie the answer set; the page keeps only who and until when.
    const { expiresAt, user } = result.login;
    signIn({ expiresAt, user });
    const from = fromOf(location.state);
    void navigate(from && from !== '/login' ? from : homePath(user.role), { replace: true });
  };

  return (
    <main className="login-page">
      <div className="login-card">
        <div className="login-brand">
          <SafetyOutlined style={{ fontSize: 44 }} aria-hidden />
          <h1>{t('app.title')}</h1>
          <p>{t('login.subtitle')}</p>
        </div>
        <Card title={t('login.title')} extra={<LangSwitch />}>
          {expired ? (
            <Alert
              type="warning"
              showIcon
              title={t('login.sessionEnded')}
              style={{ marginBottom: 16 }}
              data-testid="session-expired"
            />
          ) : null}
          <ErrorAlert error={login.error} />
          <Form<LoginForm>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => {
              void submit(values);
            }}
          >
            <Form.Item
              name="username"
              label={t('login.username')}
              rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
            >
              <Input
                prefix={<UserOutlined aria-hidden />}
                autoComplete="username"
                data-testid="login-username"
                size="large"
                autoFocus
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t('login.password')}
              rules={[{ required: true, message: t('login.passwordRequired') }]}
            >
              <Input.Password
                prefix={<LockOutlined aria-hidden />}
                autoComplete="current-password"
                data-testid="login-password"
                size="large"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              block
              size="large"
              loading={login.loading}
              data-testid="login-submit"
            >
              {t('login.submit')}
            </Button>
          </Form>
        </Card>
        <Typography.Paragraph style={{ textAlign: 'center', color: 'rgba(255,255,255,.65)', marginTop: 16 }}>
          {t('login.footer')}
        </Typography.Paragraph>
      </div>
    </main>
  );
}
