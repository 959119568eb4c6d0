// The login session kept in localStorage: the bearer token, when it ends, and who it belongs to.
import type { Role } from '../gql/graphql';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnit: { id: string; name: string; code: string };
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'wss.session';
const ROLES: readonly Role[] = ['ADMIN', 'LEADER', 'REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_STAFF'];

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
  if (!record(value) || !text(value.token) || !text(value.expiresAt) || !record(value.user)) return null;
  const { user } = value;
  const role = ROLES.find((r) => r === user.role);
  if (!role || !text(user.id) || !text(user.username) || !text(user.displayName) || !record(user.orgUnit)) return null;
  const org = user.orgUnit;
  if (!text(org.id) || !text(org.name) || !text(org.code)) return null;
  if (Date.parse(value.expiresAt) <= Date.now()) return null;
  return {
    token: value.token,
    expiresAt: value.expiresAt,
    user: {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role,
      orgUnit: { id: org.id, name: org.name, code: org.code },
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

export function currentToken(): string | null {
  return loadSession()?.token ?? null;
}
