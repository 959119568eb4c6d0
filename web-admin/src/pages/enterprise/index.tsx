// 企业端: the enterprise's own portal (its own chunk), laid out for a phone — its self-checks, its hazards to
// rectify, its notices.
import { PortalRoutes } from '../../components/PortalRoutes';
import { NotificationsPage } from '../../shared/notifications/NotificationsPage';
import { EnterpriseHazardsPage } from './hazards';
import { SelfCheckPage } from './self-check';
import { SelfCheckTasksPage } from './tasks';

const PAGES = {
  tasks: <SelfCheckTasksPage />,
  'tasks/:id': <SelfCheckPage />,
  hazards: <EnterpriseHazardsPage />,
  notifications: <NotificationsPage />,
};

export default function EnterprisePortal() {
  return <PortalRoutes home="tasks" pages={PAGES} />;
}
