// 监管部门端: the regulator's and township's portal (its own chunk), laid out for a tablet in the field.
import { PortalRoutes } from '../../components/PortalRoutes';
import { NotificationsPage } from '../../shared/notifications/NotificationsPage';
import { RisksPage } from '../../shared/risks/RisksPage';
import { CaseDeskPage } from '../../shared/cases/CaseDeskPage';
import { CasePage } from '../../shared/cases/CasePage';
import { InspectionPlansPage } from '../../shared/inspection-plans/InspectionPlansPage';
import { MyDirectiveItemsPage } from './directives';
import { RegulatorResponsesPage, RegulatorWarningsPage } from './emergency';
import { RegulatorEscalationsPage } from './escalations';
import { InspectionPage } from './inspection';
import { JointVisitsPage } from './joint-visits';
import { InspectionGroupPage } from './joint-visits/group';
import { PatrolSchedulesPage } from './patrols';
import { RectificationPage } from './rectification';
import { RoutineInspectionPage } from './routine';
import { MyTasksPage } from './tasks';

const PAGES = {
  tasks: <MyTasksPage />,
  'tasks/:id/inspect': <InspectionPage />,
  responses: <RegulatorResponsesPage />,
  warnings: <RegulatorWarningsPage />,
  rectification: <RectificationPage />,
  routine: <RoutineInspectionPage />,
  cases: <CaseDeskPage basePath="/regulator/cases" />,
  'cases/:id': <CasePage basePath="/regulator/cases" />,
  patrols: <PatrolSchedulesPage />,
  escalations: <RegulatorEscalationsPage />,
  risks: <RisksPage />,
  plans: <InspectionPlansPage mode="unit" />,
  directives: <MyDirectiveItemsPage />,
  'joint-visits': <JointVisitsPage />,
  'joint-visits/:id': <InspectionGroupPage />,
  notifications: <NotificationsPage />,
};

export default function RegulatorPortal() {
  return (
    <PortalRoutes
      home="tasks"
      pages={PAGES}
      // The rectification page's address before it was named so.
      moved={{ hazards: '/regulator/rectification' }}
    />
  );
}
