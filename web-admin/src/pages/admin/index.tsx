// 管理端: the county office's portal (its own chunk).
import { PortalRoutes } from '../../components/PortalRoutes';
import { NotificationsPage } from '../../shared/notifications/NotificationsPage';
import { GradingProposalsPage } from '../../shared/grading/GradingProposalsPage';
import { GradingReviewPage } from '../../shared/grading/GradingReviewPage';
import { CountyReportsPage } from '../../shared/reports/CountyReportsPage';
import { RisksPage } from '../../shared/risks/RisksPage';
import { CaseDeskPage } from '../../shared/cases/CaseDeskPage';
import { CasePage } from '../../shared/cases/CasePage';
import { LookBackPage } from '../../shared/look-back/LookBackPage';
import { InspectionPlansPage } from '../../shared/inspection-plans/InspectionPlansPage';
import { AuditPage } from './audit';
import { CampaignPage } from './campaign';
import { CampaignListPage } from './campaigns';
import { ChecklistsPage } from './checklists';
import { DirectivesPage } from './directives';
import { EnterpriseImportPage } from './enterprise-import';
import { ResponsesPage } from './emergency';
import { DutyChainPage } from './emergency/duty-chain';
import { AdminResponsePage } from './emergency/response';
import { WarningsPage } from './emergency/warnings';
import { EnterprisesPage } from './enterprises';
import { AdminEscalationsPage } from './escalations';
import { AdminHazardsPage } from './hazards';
import { HolidaysPage } from './holidays';
import { LaunchWizardPage } from './launch';
import { ListsPage } from './lists';
import { OrgUnitsPage } from './org-units';
import { SignOffPage } from './sign-off';
import { SupervisionRoundsPage } from './supervision';
import { SupervisionRoundPage } from './supervision/round';
import { SupervisionSiteCheckPage } from './supervision/site-check';
import { TipsPage } from './tips';
import { UsersPage } from './users';

const PAGES = {
  campaigns: <CampaignListPage />,
  'campaigns/new': <LaunchWizardPage />,
  'campaigns/:id': <CampaignPage />,
  supervision: <SupervisionRoundsPage />,
  'supervision/:id': <SupervisionRoundPage />,
  'supervision/:id/tasks/:taskId': <SupervisionSiteCheckPage />,
  responses: <ResponsesPage />,
  'responses/:id': <AdminResponsePage />,
  warnings: <WarningsPage />,
  'duty-chain': <DutyChainPage />,
  enterprises: <EnterprisesPage />,
  'enterprises/import': <EnterpriseImportPage />,
  grading: <GradingProposalsPage />,
  'grading/:id': <GradingReviewPage />,
  'look-back': <LookBackPage admin />,
  plans: <InspectionPlansPage mode="admin" />,
  lists: <ListsPage />,
  hazards: <AdminHazardsPage />,
  escalations: <AdminEscalationsPage />,
  audit: <AuditPage />,
  'sign-off': <SignOffPage />,
  cases: <CaseDeskPage basePath="/admin/cases" />,
  'cases/:id': <CasePage basePath="/admin/cases" />,
  tips: <TipsPage />,
  risks: <RisksPage />,
  directives: <DirectivesPage />,
  checklists: <ChecklistsPage />,
  holidays: <HolidaysPage />,
  'org-units': <OrgUnitsPage />,
  users: <UsersPage />,
  reports: <CountyReportsPage />,
  notifications: <NotificationsPage />,
};

export default function AdminPortal() {
  return <PortalRoutes home="campaigns" pages={PAGES} />;
}
