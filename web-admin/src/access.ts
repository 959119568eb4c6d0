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

/** Inspections and hazard steps belong to the staff of the regulator that owns the work (a township only watches). */
export function mayWorkFor(user: SessionUser, orgUnitId: string): boolean {
  return (user.role === 'REGULATOR_STAFF' || user.role === 'REGULATOR_HEAD') && user.orgUnit?.id === orgUnitId;
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
