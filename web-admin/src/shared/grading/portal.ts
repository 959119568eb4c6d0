// Where the grading pages live in the portal that shows them, and whether the viewer may act there.
import { useLocation } from 'react-router-dom';
import { mayAdminister } from '../../access';
import { portalOfPath } from '../../navigation';
import { useUser } from '../../session';

/** The admin portal acts on a grading; the leader portal (the admin's too) reads it. */
export function useGradingPortal(): { base: string; editable: boolean } {
  const user = useUser();
  const portal = portalOfPath(useLocation().pathname);
  const editable = portal === 'admin' && mayAdminister(user);
  return { base: editable ? '/admin/grading' : '/leader/grading', editable };
}
