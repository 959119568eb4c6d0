import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuthService } from '../services/auth';
import type { CampaignService } from '../services/campaigns';
import type { EnterpriseService } from '../services/enterprises';
import type { EscalationService } from '../services/escalations';
import type { HazardService } from '../services/hazards';
import type { PhotoService } from '../services/photos';
import type { TaskService } from '../services/tasks';
import type { ViewerContext } from './request-context';

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
export interface Context extends ViewerContext {
  db: Kysely<DB>;
  services: Services;
}
