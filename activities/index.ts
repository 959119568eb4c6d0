// Combines the activity factories: every activity is built from explicit dependencies.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { createCampaignActivities } from './campaigns';
import { createCountyReportActivities } from './county-reports';
import { createDeadlineActivities } from './deadlines';
import { createDirectiveActivities } from './directives';
import { createEmergencyResponseActivities } from './emergency-responses';
import { createEnterpriseImportActivities } from './enterprise-imports';
import { createGradingActivities } from './grading';
import { createHazardActivities } from './hazards';
import { createListActivities } from './lists';
import { createInspectionPlanActivities } from './inspection-plans';
import { createLookBackActivities } from './look-backs';
import { createNotificationActivities } from './notifications';
import { createPatrolActivities } from './patrols';
import { createPhotoActivities } from './photos';
import { createRiskActivities } from './risks';
import { createSelfCheckActivities } from './self-checks';
import type { NotificationSender } from './senders';
import { createTaskActivities } from './tasks';
import { createTipActivities } from './tips';
import { createWarningActivities } from './warnings';
import { createEnforcementCaseActivities } from './enforcement-cases';

export interface ActivityDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  /** Channels that deliver notices beyond the app (a webhook); none: notices stay in the app. */
  senders?: readonly NotificationSender[];
  /** The address people open the system at: the start of a text message's link (config PUBLIC_URL). */
  publicUrl?: string;
  /** The wait before a failed delivery's first retry (tests shorten it). */
  deliveryFirstRetryMs?: number;
}

export function createActivities(deps: ActivityDeps) {
  return {
    ...createCampaignActivities(deps),
    ...createTaskActivities(deps.db),
    ...createHazardActivities(deps.db),
    ...createPhotoActivities(deps.db),
    ...createSelfCheckActivities(deps.db),
    ...createEnterpriseImportActivities(deps.db),
    ...createDeadlineActivities(deps),
    ...createCountyReportActivities(deps.db),
    ...createGradingActivities(deps.db),
    ...createListActivities(deps.db),
    ...createTipActivities(deps.db),
    ...createRiskActivities(deps.db),
    ...createDirectiveActivities(deps.db),
    ...createLookBackActivities(deps.db),
    ...createInspectionPlanActivities(deps),
    ...createPatrolActivities(deps.db),
    ...createEmergencyResponseActivities(deps.db, { publicUrl: deps.publicUrl ?? '' }),
    ...createWarningActivities(deps.db),
    ...createEnforcementCaseActivities(deps.db),
    ...createNotificationActivities(
      deps.db,
      deps.senders ?? [],
      deps.deliveryFirstRetryMs ? { firstRetryMs: deps.deliveryFirstRetryMs } : {},
    ),
  };
}

export type Activities = ReturnType<typeof createActivities>;
