import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuthService, Viewer } from '../services/auth';
import type { CampaignService } from '../services/campaigns';
import type { EnterpriseService } from '../services/enterprises';
import type { EscalationService } from '../services/escalations';
import type { HazardService } from '../services/hazards';
import type { PhotoService } from '../services/photos';
import type { Readers } from '../services/readers';
import type { TaskService } from '../services/tasks';

export interface Services {
  auth: AuthService;
  campaigns: CampaignService;
  tasks: TaskService;
  hazards: HazardService;
  escalations: EscalationService;
  enterprises: EnterpriseService;
  photos: PhotoService;
}

/** A fresh context per request: its dataloaders and its reads are bound to one viewer. */
export interface Context {
  db: Kysely<DB>;
  services: Services;
  viewer: Viewer | null;
  /** The viewer's scoped reads; null when nobody is logged in. */
  readers: Readers | null;
  token: string | null;
  requestId: string;
}
