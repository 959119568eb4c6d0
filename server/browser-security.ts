// What a browser is told so that it can trust the web admin: which other origins may call the API (CORS), the
// headers of every page (CSP, framing, sniffing, referrer), and the session cookie the web admin signs in with.
// API clients keep sending `Authorization: Bearer <token>`; a browser's cookie session must prove with the
// X-GraphQL-CSRF header that the request was not forged by another site.
import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE } from '../graphql/request-context';

/** The header a cookie-authenticated GraphQL request must carry (a cross-site form or image cannot set it). */
export const CSRF_HEADER = 'x-graphql-csrf';

export const CSRF_REFUSAL = '此请求须带 X-GraphQL-CSRF 请求头（防跨站请求伪造）';

/**
 * Every page of the web admin and every API answer. Scripts only from the app's own files; Ant Design writes its
 * styles at run time, so inline styles are allowed; photos are shown from blob: URLs; nothing may frame a page.
 */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** Headers every API answer carries: no sniffing, no framing, no referrer beyond the site. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
};

/** Yoga's CORS for one request: the configured origins with credentials; nothing for any other origin. */
export function corsFor(allowed: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.includes(origin)) return false as const;
    return {
      origin,
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', CSRF_HEADER, 'x-request-id', 'graphql-preflight'],
      maxAge: 600,
    };
  };
}

/** Whether the request reached us over HTTPS (behind a proxy: as the trusted proxy says). */
export function overHttps(req: IncomingMessage, trustedProxies: number): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (trustedProxies === 0) return false;
  const proto = req.headers['x-forwarded-proto'];
  return (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim() === 'https';
}

/** The Set-Cookie of a new session: script cannot read it, another site cannot send it, Secure over HTTPS. */
export function sessionCookie(token: string, expiresAt: Date, now: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAge}`,
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie that ends the browser's session. */
export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    'Max-Age=0',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}
