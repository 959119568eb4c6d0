// The one way a request names its viewer, for GraphQL and for the downloads beside it: the bearer token, the
// viewer it names, the viewer's scoped readers, and the request id.
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
  requestId: string;
}

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

export async function createViewerContext(
  deps: ViewerContextDeps,
  headers: { authorization: string | null | undefined; requestId: string | null | undefined },
): Promise<ViewerContext> {
  const token = bearerToken(headers.authorization);
  const viewer = token ? await deps.authenticate(token) : null;
  return {
    viewer,
    readers: viewer ? createReaders(deps.db, viewer, deps.now) : null,
    token,
    requestId: (headers.requestId ?? '').slice(0, 100) || randomUUID(),
  };
}
