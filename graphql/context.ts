import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuthService, Viewer } from '../services/auth';

export interface Services {
  auth: AuthService;
}

/** A fresh context per request. */
export interface Context {
  db: Kysely<DB>;
  services: Services;
  viewer: Viewer | null;
  token: string | null;
  requestId: string;
}
