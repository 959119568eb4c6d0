// 领导驾驶舱: the county leader's view (its own chunk); the admin may open it too.
import { PortalRoutes } from '../../components/PortalRoutes';
import { NotificationsPage } from '../../shared/notifications/NotificationsPage';
import { GradingProposalsPage } from '../../shared/grading/GradingProposalsPage';
import { GradingReviewPage } from '../../shared/grading/GradingReviewPage';
import { LookBackPage } from '../../shared/look-back/LookBackPage';
import { InspectionPlansPage } from '../../shared/inspection-plans/InspectionPlansPage';
import { CountyReportsPage } from '../../shared/reports/CountyReportsPage';
import { CaseDeskPage } from '../../shared/cases/CaseDeskPage';
import { CasePage } from '../../shared/cases/CasePage';
import { LeaderDashboardPage } from './dashboard';
import { LeaderResponsePage, LeaderResponsesPage, LeaderWarningsPage } from './emergency';
import { LeaderEscalationsPage } from './escalations';
import { LeaderHazardsPage } from './hazards';
import { LeaderInspectionsPage } from './inspections';

const PAGES = {
  responses: <LeaderResponsesPage />,
  'responses/:id': <LeaderResponsePage />,
  warnings: <LeaderWarningsPage />,
  escalations: <LeaderEscalationsPage />,
  hazards: <LeaderHazardsPage />,
  inspections: <LeaderInspectionsPage />,
  cases: <CaseDeskPage basePath="/leader/cases" />,
  'cases/:id': <CasePage basePath="/leader/cases" readOnly />,
  grading: <GradingProposalsPage />,
  'grading/:id': <GradingReviewPage />,
  'look-back': <LookBackPage admin={false} />,
  plans: <InspectionPlansPage mode="leader" />,
  reports: <CountyReportsPage />,
  notifications: <NotificationsPage />,
};

export default function LeaderPortal() {
  return <PortalRoutes home="/leader" index={<LeaderDashboardPage />} pages={PAGES} />;
}
