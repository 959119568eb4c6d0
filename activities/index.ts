// Combines the activity factories: every activity is built from explicit dependencies.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { createCampaignActivities } from './campaigns';
import { createHazardActivities } from './hazards';
import { createTaskActivities } from './tasks';

export interface ActivityDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createCampaignActivities(deps),
    ...createTaskActivities(deps.db),
    ...createHazardActivities(deps.db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
