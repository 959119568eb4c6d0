// What each role may see and do in the UI, in one place. The server decides for real; this only hides what it would refuse.
import type { SessionUser } from './api/session-store';
import type { EscalationLevel, Role } from './gql/graphql';
import { PORTAL_HOME } from './navigation';

export type Portal = 'admin' | 'regulator' | 'leader' | 'enterprise';

const PORTALS: Record<Role, readonly Portal[]> = {
  ADMIN: ['admin', 'leader'],
  LEADER: ['leader'],
  REGULATOR_HEAD: ['regulator'],
  REGULATOR_STAFF: ['regulator'],
  TOWNSHIP_HEAD: ['regulator'],
  TOWNSHIP_STAFF: ['regulator'],
  ENTERPRISE: ['enterprise'],
};

export function portalsOf(role: Role): readonly Portal[] {
  return PORTALS[role];
}

export function mayOpen(role: Role, portal: Portal): boolean {
  return PORTALS[role].includes(portal);
}

/** Where a user lands after login: the first portal of the role. */
export function homePath(role: Role): string {
  const [first] = PORTALS[role];
  return first ? PORTAL_HOME[first] : '/login';
}

/** The people of a unit that owns work: a department's, and a township's for its 属地 tasks (监管分工). */
const UNIT_ROLES: readonly Role[] = ['REGULATOR_STAFF', 'REGULATOR_HEAD', 'TOWNSHIP_STAFF', 'TOWNSHIP_HEAD'];

/**
 * Inspections and hazard steps belong to the people of the unit that owns the work: the department, or the township
 * for the tasks sent to it (属地管理); a township only watches the rest of its enterprises' work.
 */
export function mayWorkFor(user: SessionUser, orgUnitId: string): boolean {
  return UNIT_ROLES.includes(user.role) && user.orgUnit?.id === orgUnitId;
}

/**
 * Who records an inspection of a task: the people of the unit it was sent to, or — for the county office's own tasks,
 * the site checks of a 督导 round — the office's admins, its supervision group.
 */
export function mayInspect(user: SessionUser, assigneeId: string): boolean {
  return mayWorkFor(user, assigneeId) || (user.role === 'ADMIN' && user.orgUnit?.id === assigneeId);
}

/** Only the addressee acknowledges: its head for a regulator's or township's rung, the office's admins, a leader for the top rung. */
export function mayAcknowledge(
  user: SessionUser,
  escalation: { level: EscalationLevel; addressee: { id: string } },
): boolean {
  if (escalation.level === 'COUNTY_LEADER') return user.role === 'LEADER';
  if (user.orgUnit?.id !== escalation.addressee.id) return false;
  if (escalation.level === 'REGULATOR_HEAD' || escalation.level === 'TOWNSHIP_HEAD')
    return user.role === escalation.level;
  return user.role === 'ADMIN';
}

export function mayAdminister(user: SessionUser): boolean {
  return user.role === 'ADMIN';
}

/**
 * 执法文书: the issuing unit's people record a receipt on site (现场签收) and correct a document (更正); the county
 * office's admins do so for the documents of its own site checks.
 */
export function mayIssueDocument(user: SessionUser, issuerId: string): boolean {
  return mayWorkFor(user, issuerId) || (user.role === 'ADMIN' && user.orgUnit?.id === issuerId);
}

/** The enterprise's own account signs for a document served on it (签收). */
export function maySignDocument(user: SessionUser, enterpriseId: string): boolean {
  return user.role === 'ENTERPRISE' && user.enterprise?.id === enterpriseId;
}
