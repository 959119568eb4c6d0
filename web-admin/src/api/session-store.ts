// Who is signed in and until when, kept in localStorage to draw the app at once. The session itself is an HttpOnly
// cookie the server set at login: no script on the page can read the token.
import type { Role } from '../gql/graphql';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** The unit the user works for; null for an enterprise's account, which has `enterprise` instead. */
  orgUnit: { id: string; name: string; code: string } | null;
  enterprise: { id: string; name: string } | null;
  /** An admin chose the password: the app asks for a new one before anything else. */
  mustChangePassword: boolean;
}

export interface Session {
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'wss.session';
const ROLES: readonly Role[] = [
  'ADMIN',
  'LEADER',
  'REGULATOR_HEAD',
  'REGULATOR_STAFF',
  'TOWNSHIP_HEAD',
  'TOWNSHIP_STAFF',
  'ENTERPRISE',
];

function text(value: unknown): value is string {
  return typeof value === 'string';
}

function record(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** What localStorage holds is checked field by field: an old or tampered entry counts as no session. */
function parseSession(raw: string | null): Session | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!record(value) || !text(value.expiresAt) || !record(value.user)) return null;
  const { user } = value;
  const role = ROLES.find((r) => r === user.role);
  if (!role || !text(user.id) || !text(user.username) || !text(user.displayName)) return null;
  const org = record(user.orgUnit) ? user.orgUnit : null;
  const enterprise = record(user.enterprise) ? user.enterprise : null;
  if (org && (!text(org.id) || !text(org.name) || !text(org.code))) return null;
  if (enterprise && (!text(enterprise.id) || !text(enterprise.name))) return null;
  // Every account belongs to a unit or (an enterprise's) to an enterprise.
  if (!org && !enterprise) return null;
  if (Date.parse(value.expiresAt) <= Date.now()) return null;
  return {
    expiresAt: value.expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role,
      orgUnit:
        org && text(org.id) && text(org.name) && text(org.code) ? { id: org.id, name: org.name, code: org.code } : null,
      enterprise:
        enterprise && text(enterprise.id) && text(enterprise.name)
          ? { id: enterprise.id, name: enterprise.name }
          : null,
      mustChangePassword: user.mustChangePassword === true,
    },
  };
}

export function loadSession(): Session | null {
  return parseSession(localStorage.getItem(KEY));
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(KEY);
}

const ENDED_KEY = 'wss.session-ended';

/**
 * The session ended under the user (a logout elsewhere, an expiry), not by their own sign-out: remembered for this
 * tab until the next login, so a reload — or a navigation racing the refusal — still says why the login page shows.
 */
export function markSessionEnded(ended: boolean): void {
  if (ended) sessionStorage.setItem(ENDED_KEY, '1');
  else sessionStorage.removeItem(ENDED_KEY);
}

export function sessionEnded(): boolean {
  return sessionStorage.getItem(ENDED_KEY) === '1';
}

/** True while a signed-in session is remembered (its cookie goes with every request by itself). */
export function signedIn(): boolean {
  return loadSession() !== null;
}
