// A 督导 site check: the inspection page the units use, opened by the county office's supervision group from its round
// and going back to it.
import { useParams } from 'react-router-dom';
import { InspectionPage } from '../../regulator/inspection';
import { roundPath } from './paths';

export function SupervisionSiteCheckPage() {
  const { id = '', taskId = '' } = useParams();
  return <InspectionPage taskId={taskId} backTo={roundPath(id)} />;
}
