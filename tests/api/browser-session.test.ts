// Headers a browser can trust: CORS only for configured origins, CSP and frame protection on every page, and the
// web admin's session in an HttpOnly, SameSite=Strict cookie that works only with the CSRF header; API clients keep
// the bearer token.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/http';
import { closeServer, listen } from '../../server/listen';
import { DEMO_PASSWORD, startApiEnv, type ApiEnv } from '../support/api-env';

let api: ApiEnv;
let portal: Server;
let portalUrl: string;
const ALLOWED = 'https://portal.example.gov.cn';

beforeAll(async () => {
  api = await startApiEnv();
  // The same API as deployed behind one HTTPS proxy, with one other origin allowed.
  portal = createHttpServer({
    db: api.database.db,
    services: api.services,
    production: false,
    trustedProxies: 1,
    corsOrigins: [ALLOWED],
    checkTemporal: async () => undefined,
  });
  await listen(portal, 0, '127.0.0.1');
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
});
afterAll(async () => {
  if (portal) await closeServer(portal);
  await api?.teardown();
});

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function login(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: LOGIN, variables: { u: 'admin', p: DEMO_PASSWORD } }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('wss_session='));
  return { response, cookie: cookie ?? '', pair: (cookie ?? '').split(';')[0] ?? '' };
}

async function me(url: string, headers: Record<string, string>) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ me { username } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: { me: { username: string } | null };
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('CORS', () => {
  it('reflects no foreign origin by default, preflight or not', async () => {
    const post = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-graphql-csrf',
      },
    });
    expect(preflight.status).toBeLessThan(500);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins, with credentials', async () => {
    const allowed = await fetch(`${portalUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await fetch(`${portalUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example.gov.cn.evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('page headers', () => {
  it('sends CSP, frame protection, nosniff and a referrer policy with the web admin', async () => {
    for (const path of ['/', '/login', '/admin/hazards']) {
      const page = await fetch(`${api.url}${path}`);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe/);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('same-origin');
    }
    const answer = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Strict; Secure only over HTTPS', async () => {
    const plain = await login(api.url);
    expect(plain.cookie).toMatch(/^wss_session=[\w-]{20,}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const proxied = await login(portalUrl, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' });
    expect(proxied.cookie).toMatch(/; Secure$/);
  });

  it('authenticates only with the CSRF header; the bearer token needs none', async () => {
    const { pair, response } = await login(api.url);
    const forged = await me(api.url, { cookie: pair });
    expect(forged.status).toBe(403);
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(forged.body.errors?.[0]?.message).toContain('X-GraphQL-CSRF');
    const get = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ me { username } }')}`, {
      headers: { cookie: pair },
    });
    expect(get.status).toBe(403);

    expect((await me(api.url, { cookie: pair, 'x-graphql-csrf': '1' })).body.data?.me?.username).toBe('admin');
    const { data } = (await response.json()) as { data: { login: { token: string } } };
    expect((await me(api.url, { authorization: `Bearer ${data.login.token}` })).body.data?.me?.username).toBe('admin');
  });

  it('reaches the photo and export downloads too', async () => {
    const { pair } = await login(api.url);
    const signedIn = await fetch(`${api.url}/photos/2147483647`, { headers: { cookie: pair } });
    const anonymous = await fetch(`${api.url}/photos/2147483647`);
    expect(signedIn.status).toBe(404);
    expect(anonymous.status).toBe(401);
  });

  it('ends at logout: the cookie is cleared and its token no longer works', async () => {
    const { pair } = await login(api.url);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: pair, 'x-graphql-csrf': '1' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(((await response.json()) as { data: { logout: boolean } }).data.logout).toBe(true);
    expect(response.headers.getSetCookie().find((c) => c.startsWith('wss_session='))).toMatch(/Max-Age=0/);
    expect((await me(api.url, { cookie: pair, 'x-graphql-csrf': '1' })).body.data?.me).toBeNull();
  });
});
