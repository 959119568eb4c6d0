// 管理端: the county office's portal (its own chunk).
import { PortalRoutes } from '../../components/PortalRoutes';
import { AuditPage } from './audit';
import { CampaignPage } from './campaign';
import { CampaignListPage } from './campaigns';
import { EnterprisesPage } from './enterprises';
import { AdminEscalationsPage } from './escalations';
import { AdminHazardsPage } from './hazards';
import { LaunchWizardPage } from './launch';

const PAGES = {
  campaigns: <CampaignListPage />,
  'campaigns/new': <LaunchWizardPage />,
  'campaigns/:id': <CampaignPage />,
  enterprises: <EnterprisesPage />,
  hazards: <AdminHazardsPage />,
  escalations: <AdminEscalationsPage />,
  audit: <AuditPage />,
};

export default function AdminPortal() {
  return <PortalRoutes home="campaigns" pages={PAGES} />;
}
