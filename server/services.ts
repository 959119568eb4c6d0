// Wires the services the api needs from their dependencies.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Services } from '../graphql/context';
import { createAuthService } from '../services/auth';
import type { Config } from './config';

export function createServices(db: Kysely<DB>, config: Config): Services {
  return {
    auth: createAuthService(db, { sessionTtlHours: config.SESSION_TTL_HOURS }),
  };
}
