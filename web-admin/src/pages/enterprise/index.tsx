// 企业端: the enterprise's own portal (its own chunk), laid out for a phone — its self-checks, its hazards to
// rectify, its grade and lists, the warnings sent to it (预警信息), its notices.
import { PortalRoutes } from '../../components/PortalRoutes';
import { NotificationsPage } from '../../shared/notifications/NotificationsPage';
import { OwnCasesPage } from './cases';
import { OwnGradePage } from './grade';
import { EnterpriseHazardsPage } from './hazards';
import { OwnInspectionsPage } from './inspections';
import { SelfCheckPage } from './self-check';
import { SelfCheckTasksPage } from './tasks';
import { EnterpriseWarningsPage } from './warnings';

const PAGES = {
  tasks: <SelfCheckTasksPage />,
  'tasks/:id': <SelfCheckPage />,
  warnings: <EnterpriseWarningsPage />,
  hazards: <EnterpriseHazardsPage />,
  grade: <OwnGradePage />,
  inspections: <OwnInspectionsPage />,
  cases: <OwnCasesPage />,
  notifications: <NotificationsPage />,
};

export default function EnterprisePortal() {
  return <PortalRoutes home="tasks" pages={PAGES} />;
}
