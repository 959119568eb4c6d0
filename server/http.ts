// The api's HTTP surface: GraphQL at /graphql, health at /healthz, the built web admin at /.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { sql, type Kysely } from 'kysely';
import { isDatabaseUnavailable } from '../db/connect';
import type { DB } from '../db/schema';
import { maskError, requestMistake } from '../graphql/errors';
import { requestLimits } from '../graphql/request-limits';
import type { Context, Services } from '../graphql/context';
import { schema } from '../graphql/schema/index';
import { clientAddressOf } from './client-address';
import { createDownloadHandler } from './downloads';
import { createViewerContext, requestToken } from '../graphql/request-context';
import {
  API_HEADERS,
  clearedSessionCookie,
  corsFor,
  CSRF_HEADER,
  CSRF_REFUSAL,
  overHttps,
  PAGE_HEADERS,
  sessionCookie,
} from './browser-security';
import { PROJECT_ROOT } from './temporal-binaries';

export interface HttpDeps {
  db: Kysely<DB>;
  services: Services;
  production: boolean;
  /** Resolves when the workflow engine answers; rejects otherwise. */
  checkTemporal: () => Promise<void>;
  webRoot?: string;
  /** TRUST_PROXY: reverse proxies in front whose X-Forwarded-For names the client; 0 (default) believes none. */
  trustedProxies?: number;
  /** CORS_ORIGINS: other origins whose pages may call the API with credentials; none by default (same-origin). */
  corsOrigins?: readonly string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const PLACEHOLDER = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>安全生产专项行动监管系统</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto"><h1>安全生产专项行动监管系统</h1>
<p>服务已启动。管理端页面尚未构建；接口地址：<a href="/graphql">/graphql</a>，健康检查：<a href="/healthz">/healthz</a>。</p></body></html>`;

/**
 * A JSON request may carry this much; a multipart request one enterprise register of 30 MB (60,000 rows of CSV) and
 * its envelope. Each file is held to its own limit again by its service (a photo 10 MB).
 */
export const BODY_LIMITS = {
  json: 1024 * 1024,
  multipart: 31 * 1024 * 1024,
  /** A multipart request without a session: only a public tip (submitTip), three photos of 5 MB and its text. */
  anonymousMultipart: 16 * 1024 * 1024,
} as const;

// Content types a cross-site HTML form can send without a preflight: such requests must prove they are not one.
const SIMPLE_CONTENT_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded', 'text/plain'];

function refuse(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Checks before GraphQL sees a request: a request authenticated by the browser's session cookie must carry the
 * CSRF header (another site can make a browser send the cookie, never a custom header); then size, and CSRF for
 * POSTs a browser form could forge. Null when fine.
 */
export function requestProblem(req: IncomingMessage): { status: number; code: string; message: string } | null {
  if (req.method === 'OPTIONS') return null;
  const csrfProof = Boolean(req.headers[CSRF_HEADER] ?? req.headers['graphql-preflight']);
  const source = requestToken({ authorization: req.headers.authorization, cookie: req.headers.cookie })?.source;
  if (source === 'cookie' && !csrfProof) return { status: 403, code: 'FORBIDDEN', message: CSRF_REFUSAL };
  if (req.method !== 'POST') return null;
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const multipart = type === 'multipart/form-data';
  const length = Number(req.headers['content-length']);
  if (!Number.isFinite(length)) return { status: 411, code: 'BAD_USER_INPUT', message: '请求缺少 Content-Length' };
  const limit = !multipart
    ? BODY_LIMITS.json
    : source === undefined
      ? BODY_LIMITS.anonymousMultipart
      : BODY_LIMITS.multipart;
  if (length > limit) {
    return {
      status: 413,
      code: 'BAD_USER_INPUT',
      message:
        source === undefined && multipart
          ? `请求过大（上限 ${Math.round(limit / 1024 / 1024)} MB）；举报最多附3张照片，每张不超过5 MB`
          : `请求过大（上限 ${Math.round(limit / 1024 / 1024)} MB）；照片请逐张上传，企业台账请拆分后分批导入`,
    };
  }
  if ((SIMPLE_CONTENT_TYPES.includes(type) || type === '') && !csrfProof) {
    return { status: 400, code: 'BAD_USER_INPUT', message: CSRF_REFUSAL };
  }
  return null;
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

const noIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) => {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
};

// Yoga does not pass validation errors through maskError: give them the API's code and a Chinese lead.
const validationErrorsAsBadInput: Plugin = {
  onValidate:
    () =>
    ({ result, setResult }) => {
      if (result.length > 0) setResult(result.map(requestMistake));
    },
};

/**
 * PostgreSQL out of reach is UNAVAILABLE with a sentence that says what to do, and one line in the log
 * rather than a stack per request while it lasts.
 */
export function maskApiError(error: unknown, fallbackMessage: string): Error {
  if (!isDatabaseUnavailable(error)) return maskError(error, fallbackMessage);
  const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  console.error(`database unavailable: ${cause instanceof Error ? cause.message || cause.name : String(cause)}`);
  return new GraphQLError('数据库暂时不可用，操作未确认；请稍后用同一请求重试（不会重复记录）', {
    path: error instanceof GraphQLError ? error.path : undefined,
    extensions: { code: 'UNAVAILABLE' },
  });
}

export function createHttpServer(deps: HttpDeps): Server {
  const viewerDeps = { db: deps.db, authenticate: (token: string) => deps.services.auth.authenticate(token) };
  const yoga = createYoga<{ req: IncomingMessage; res: ServerResponse }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // requestProblem has held the body to BODY_LIMITS already; Yoga's own default (25 MB) would cut a register.
    maxRequestBodySize: BODY_LIMITS.multipart,
    // maskError logs what is unexpected; refusals with a code are the caller's business, not the operator's.
    logging: false,
    graphiql: !deps.production,
    maskedErrors: { maskError: maskApiError },
    plugins: [...(deps.production ? [noIntrospection] : []), requestLimits, validationErrorsAsBadInput],
    // Only the configured origins may read answers cross-site; the web admin itself is same-origin.
    cors: corsFor(deps.corsOrigins ?? []),
    context: async ({ request, req, res }): Promise<Context> => {
      const secure = overHttps(req, deps.trustedProxies ?? 0);
      return {
        db: deps.db,
        services: deps.services,
        clientAddress: clientAddressOf(req, deps.trustedProxies ?? 0),
        sessionCookie: {
          issue: (token, expiresAt) =>
            res.appendHeader('set-cookie', sessionCookie(token, expiresAt, new Date(), secure)),
          end: () => res.appendHeader('set-cookie', clearedSessionCookie(secure)),
        },
        ...(await createViewerContext(viewerDeps, {
          authorization: request.headers.get('authorization'),
          cookie: request.headers.get('cookie'),
          requestId: request.headers.get('x-request-id'),
        })),
      };
    },
  });
  const downloads = createDownloadHandler(viewerDeps);
  const webRoot = deps.webRoot ?? path.join(PROJECT_ROOT, 'web-admin', 'dist');

  async function health(res: ServerResponse): Promise<void> {
    const checks = await Promise.allSettled([sql`select 1`.execute(deps.db), deps.checkTemporal()]);
    const [database, temporal] = checks.map((c) => (c.status === 'fulfilled' ? 'ok' : 'down'));
    const ok = database === 'ok' && temporal === 'ok';
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'degraded', database, temporal }));
  }

  async function staticFile(url: URL, res: ServerResponse): Promise<void> {
    const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = path.join(webRoot, relative);
    if (!file.startsWith(webRoot)) file = path.join(webRoot, 'index.html');
    const info = await stat(file).catch(() => null);
    // Client-side routes fall back to the app's index.html.
    if (!info?.isFile()) file = path.join(webRoot, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) {
      res.writeHead(200, { ...PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
      res.end(PLACEHOLDER);
      return;
    }
    res.writeHead(200, {
      ...PAGE_HEADERS,
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    res.end(body);
  }

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(API_HEADERS)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!decodablePath(url.pathname)) {
      refuse(res, 400, 'BAD_USER_INPUT', '请求地址含无效的百分号编码');
      req.resume();
      return;
    }
    const done = (error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(error instanceof Error ? '服务器内部错误' : '');
    };
    if (url.pathname === '/healthz') {
      health(res).catch(done);
    } else if (url.pathname.startsWith('/graphql')) {
      const problem = requestProblem(req);
      if (problem) {
        refuse(res, problem.status, problem.code, problem.message);
        req.resume();
      } else {
        Promise.resolve(yoga(req, res)).catch(done);
      }
    } else {
      downloads(req, res)
        .then((handled) => (handled ? undefined : staticFile(url, res)))
        .catch(done);
    }
  });
}
