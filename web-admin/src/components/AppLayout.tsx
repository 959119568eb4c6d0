import { KeyOutlined, LogoutOutlined, MenuOutlined, SafetyOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Segmented, Spin, Tooltip } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { portalsOf, type Portal } from '../access';
import { useT } from '../locales';
import { NAVIGATION, PORTAL_HOME, portalOfPath, selectedNav } from '../navigation';
import { useSession, useUser } from '../session';
import { NotificationBell } from '../shared/notifications/NotificationBell';
import { LangSwitch } from './LangSwitch';

export function PageLoading() {
  const t = useT();
  return (
    <div style={{ padding: 64, textAlign: 'center' }}>
      <Spin description={t('common.loading')} size="large">
        <div style={{ height: 40 }} />
      </Spin>
    </div>
  );
}

export function AppLayout() {
  const t = useT();
  const user = useUser();
  const { signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);
  const portals = portalsOf(user.role);
  const portal: Portal = portalOfPath(location.pathname) ?? portals[0] ?? 'regulator';
  const items = NAVIGATION[portal];
  // Below lg (a tablet held upright) the menu moves into a drawer opened from the header; on a phone the language and
  // the password move into it too, so the header fits the width.
  const narrow = screens.lg === false;
  const phone = screens.sm === false;
  const passwordButton = (color: string) => (
    <Tooltip title={t('password.menu')}>
      <Button
        type="text"
        data-testid="change-password"
        aria-label={t('password.menu')}
        icon={<KeyOutlined style={{ color }} />}
        onClick={() => {
          setMenuOpen(false);
          void navigate('/password');
        }}
      >
        {phone ? t('password.menu') : null}
      </Button>
    </Tooltip>
  );
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={[selectedNav(location.pathname, items) ?? '']}
      style={{ height: '100%', borderInlineEnd: 0, paddingTop: 8 }}
      items={items.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={item.testId} onClick={() => setMenuOpen(false)}>
            {t(item.label)}
          </Link>
        ),
      }))}
    />
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="app-header">
        {narrow ? (
          <Button
            type="text"
            icon={<MenuOutlined style={{ color: '#fff' }} />}
            aria-label={t('nav.menu')}
            onClick={() => setMenuOpen(true)}
            data-testid="nav-toggle"
          />
        ) : null}
        <div className="app-brand">
          <SafetyOutlined style={{ fontSize: 22 }} aria-hidden />
          <span>{screens.lg ? t('app.title') : t('app.shortTitle')}</span>
          {screens.xl ? <small>{t(`portal.${portal}`)}</small> : null}
        </div>
        <div className="app-header-right">
          {portals.length > 1 ? (
            <Segmented<Portal>
              data-testid="portal-switch"
              aria-label={t(`portal.${portal}`)}
              value={portal}
              options={portals.map((p) => ({
                value: p,
                label: <span data-testid={`portal-${p}`}>{t(`portal.${p}`)}</span>,
              }))}
              onChange={(p) => void navigate(PORTAL_HOME[p])}
            />
          ) : null}
          <NotificationBell portal={portal} />
          {phone ? null : <LangSwitch />}
          <div className="app-user" data-testid="current-user" aria-label={t('header.user')}>
            {user.displayName}
            {screens.lg ? (
              <small>
                {user.orgUnit?.name ?? user.enterprise?.name} · {t(`enum.role.${user.role}`)}
              </small>
            ) : null}
          </div>
          {phone ? null : passwordButton('#fff')}
          <Tooltip title={t('header.logout')}>
            <Button
              type="text"
              data-testid="logout"
              aria-label={t('header.logout')}
              icon={<LogoutOutlined style={{ color: '#fff' }} />}
              onClick={() => {
                void signOut().then(() => navigate('/login'));
              }}
            />
          </Tooltip>
        </div>
      </Layout.Header>
      <Layout>
        {narrow ? (
          <Drawer
            placement="left"
            open={menuOpen}
            onClose={() => setMenuOpen(false)}
            size={240}
            title={t(`portal.${portal}`)}
            styles={{ body: { padding: 0 } }}
            footer={
              phone ? (
                <div className="drawer-footer">
                  <LangSwitch />
                  {passwordButton('inherit')}
                </div>
              ) : null
            }
          >
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider theme="light" width={200} aria-label={t('nav.menu')}>
            {menu}
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
