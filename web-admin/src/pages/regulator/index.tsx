// 监管部门端: the regulator's and township's portal (its own chunk), laid out for a tablet in the field.
import { Navigate, Route, Routes } from 'react-router-dom';
import { RegulatorEscalationsPage } from './escalations';
import { RectificationPage } from './hazards';
import { InspectionPage } from './inspection';
import { MyTasksPage } from './tasks';

export default function RegulatorPortal() {
  return (
    <Routes>
      <Route index element={<Navigate to="tasks" replace />} />
      <Route path="tasks" element={<MyTasksPage />} />
      <Route path="tasks/:id/inspect" element={<InspectionPage />} />
      <Route path="hazards" element={<RectificationPage />} />
      <Route path="escalations" element={<RegulatorEscalationsPage />} />
      <Route path="*" element={<Navigate to="tasks" replace />} />
    </Routes>
  );
}
