// 管理端: the county office's portal (its own chunk).
import { Navigate, Route, Routes } from 'react-router-dom';
import { AuditPage } from './audit';
import { CampaignPage } from './campaign';
import { CampaignListPage } from './campaigns';
import { EnterprisesPage } from './enterprises';
import { AdminEscalationsPage } from './escalations';
import { AdminHazardsPage } from './hazards';
import { LaunchWizardPage } from './launch';

export default function AdminPortal() {
  return (
    <Routes>
      <Route index element={<Navigate to="campaigns" replace />} />
      <Route path="campaigns" element={<CampaignListPage />} />
      <Route path="campaigns/new" element={<LaunchWizardPage />} />
      <Route path="campaigns/:id" element={<CampaignPage />} />
      <Route path="enterprises" element={<EnterprisesPage />} />
      <Route path="hazards" element={<AdminHazardsPage />} />
      <Route path="escalations" element={<AdminEscalationsPage />} />
      <Route path="audit" element={<AuditPage />} />
      <Route path="*" element={<Navigate to="campaigns" replace />} />
    </Routes>
  );
}
