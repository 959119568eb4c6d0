// Routing, the layout, and the guards: no session → login; a portal the role may not open → its own home.
import { App as AntdApp, Button, ConfigProvider, Result } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { homePath, mayOpen, type Portal } from './access';
import { AppLayout } from './components/AppLayout';
import { LocaleProvider, useLocale, useT, type LoadedLocale } from './locales';
import { LoginPage } from './pages/login';
import { PasswordPage } from './pages/password';
import { SessionProvider, useSession, useUser } from './session';

// One chunk per portal: an inspector's tablet never downloads the admin's wizard or the leader's charts.
const AdminPortal = lazy(() => import('./pages/admin'));
const RegulatorPortal = lazy(() => import('./pages/regulator'));
const LeaderPortal = lazy(() => import('./pages/leader'));
const EnterprisePortal = lazy(() => import('./pages/enterprise'));
// The public tip page (有奖举报): no session, its own chunk.
const TipPage = lazy(() => import('./pages/tip').then((m) => ({ default: m.TipPage })));
// 重大事故隐患挂牌督办公示: public, no session, its own chunk.
const PublicMajorHazardsPage = lazy(() =>
  import('./pages/public/major-hazards').then((m) => ({ default: m.PublicMajorHazardsPage })),
);
// 到岗到位确认 from a text message's link (应急响应): no session, its own chunk.
const DutyPage = lazy(() => import('./pages/duty').then((m) => ({ default: m.DutyPage })));

// Someone who asked their system for less motion (prefers-reduced-motion) gets dialogs and drawers that appear at
// once; Ant Design honours the setting only in a few components, so the theme turns its motion off everywhere.
const REDUCED_MOTION = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

const THEME = {
  token: {
    motion: !REDUCED_MOTION,
    colorPrimary: '#1e5bb8',
    borderRadius: 6,
    fontFamily: '-apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Segoe UI", sans-serif',
  },
  components: { Layout: { headerBg: '#0b2a5b', siderBg: '#ffffff' } },
};

function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  // An admin-chosen password is changed before anything else (the API refuses everything else meanwhile).
  if (session.user.mustChangePassword && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return children;
}

function RequirePortal({ portal, children }: { portal: Portal; children: ReactNode }) {
  const user = useUser();
  return mayOpen(user.role, portal) ? children : <Navigate to={homePath(user.role)} replace />;
}

function Home() {
  const user = useUser();
  return <Navigate to={homePath(user.role)} replace />;
}

function NotFound() {
  const t = useT();
  const user = useUser();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      extra={
        <Button type="primary" href={homePath(user.role)}>
          {t('common.backHome')}
        </Button>
      }
    />
  );
}

function Themed({ children }: { children: ReactNode }) {
  const { antd } = useLocale();
  return (
    <ConfigProvider locale={antd} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function App({ initialLocale }: { initialLocale: LoadedLocale }) {
  return (
    <LocaleProvider initial={initialLocale}>
      <Themed>
        <SessionProvider>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                path="/tip"
                element={
                  <Suspense fallback={null}>
                    <TipPage />
                  </Suspense>
                }
              />
              <Route
                path="/public/major-hazards"
                element={
                  <Suspense fallback={null}>
                    <PublicMajorHazardsPage />
                  </Suspense>
                }
              />
              <Route
                path="/duty/:token"
                element={
                  <Suspense fallback={null}>
                    <DutyPage />
                  </Suspense>
                }
              />
              <Route
                element={
                  <RequireSession>
                    <AppLayout />
                  </RequireSession>
                }
              >
                <Route index element={<Home />} />
                <Route path="/password" element={<PasswordPage />} />
                <Route
                  path="/admin/*"
                  element={
                    <RequirePortal portal="admin">
                      <AdminPortal />
                    </RequirePortal>
                  }
                />
                <Route
                  path="/regulator/*"
                  element={
                    <RequirePortal portal="regulator">
                      <RegulatorPortal />
                    </RequirePortal>
                  }
                />
                <Route
                  path="/leader/*"
                  element={
                    <RequirePortal portal="leader">
                      <LeaderPortal />
                    </RequirePortal>
                  }
                />
                <Route
                  path="/enterprise/*"
                  element={
                    <RequirePortal portal="enterprise">
                      <EnterprisePortal />
                    </RequirePortal>
                  }
                />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </Themed>
    </LocaleProvider>
  );
}
