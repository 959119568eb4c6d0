// The one way a request names its viewer, for GraphQL and for the downloads beside it: the bearer token (API
// clients) or the web admin's HttpOnly session cookie, the viewer it names, the viewer's scoped readers, and the
// request id.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Viewer } from '../services/auth';
import { createReaders, type Readers } from '../services/readers';

export interface ViewerContext {
  viewer: Viewer | null;
  /** The viewer's scoped reads; null when nobody is logged in. */
  readers: Readers | null;
  token: string | null;
  /** Where the token came from: a cookie-authenticated request must also prove it is not forged (server/http.ts). */
  tokenSource: 'bearer' | 'cookie' | null;
  requestId: string;
}

/** The web admin's session cookie (set by login, HttpOnly, SameSite=Strict; server/browser-security.ts). */
export const SESSION_COOKIE = 'wss_session';

export interface ViewerContextDeps {
  db: Kysely<DB>;
  authenticate: (token: string) => Promise<Viewer | null>;
  now?: () => Date;
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(authorization: string | null | undefined): string | null {
  const match = authorization ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
  return match?.[1] ?? null;
}

/** The session token of a Cookie header, or null. */
export function cookieToken(cookie: string | null | undefined): string | null {
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** The token a request authenticates with: the bearer header first (API clients), else the session cookie. */
export function requestToken(headers: {
  authorization: string | null | undefined;
  cookie?: string | null | undefined;
}): { token: string; source: 'bearer' | 'cookie' } | null {
  const bearer = bearerToken(headers.authorization);
  if (bearer) return { token: bearer, source: 'bearer' };
  const cookie = cookieToken(headers.cookie);
  return cookie ? { token: cookie, source: 'cookie' } : null;
}

export async function createViewerContext(
  deps: ViewerContextDeps,
  headers: {
    authorization: string | null | undefined;
    cookie?: string | null | undefined;
    requestId: string | null | undefined;
  },
): Promise<ViewerContext> {
  const found = requestToken(headers);
  const token = found?.token ?? null;
  const viewer = token ? await deps.authenticate(token) : null;
  return {
    viewer,
    // Until an admin-chosen password is changed, the viewer reads nothing (services/access.ts sessionRefusal).
    readers: viewer && !viewer.mustChangePassword ? createReaders(deps.db, viewer, deps.now) : null,
    token,
    tokenSource: found?.source ?? null,
    requestId: (headers.requestId ?? '').slice(0, 100) || randomUUID(),
  };
}
