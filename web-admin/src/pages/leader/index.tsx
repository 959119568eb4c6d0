// 领导驾驶舱: the county leader's view (its own chunk); the admin may open it too.
import { Navigate, Route, Routes } from 'react-router-dom';
import { LeaderDashboardPage } from './dashboard';
import { LeaderEscalationsPage } from './escalations';
import { LeaderHazardsPage } from './hazards';
import { LeaderInspectionsPage } from './inspections';

export default function LeaderPortal() {
  return (
    <Routes>
      <Route index element={<LeaderDashboardPage />} />
      <Route path="escalations" element={<LeaderEscalationsPage />} />
      <Route path="hazards" element={<LeaderHazardsPage />} />
      <Route path="inspections" element={<LeaderInspectionsPage />} />
      <Route path="*" element={<Navigate to="/leader" replace />} />
    </Routes>
  );
}
