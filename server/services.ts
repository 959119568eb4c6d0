// Wires the services the api needs from their dependencies.
import { createWarningService } from '../services/warnings';
import { createDocumentService } from '../services/documents';
import { createEnforcementCaseService } from '../services/enforcement-cases';
import { createListedSupervisionService } from '../services/listed-supervision';
import { createEmergencyResponseService } from '../services/emergency-responses';
import { createDutyAssignmentService } from '../services/duty-assignments';
import { createDutyImportService } from '../services/duty-imports';
import { createSupervisionRoundService } from '../services/supervision-rounds';
import type { Server } from 'node:http';
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Services } from '../graphql/context';
import { createAuthService } from '../services/auth';
import { createCampaignService } from '../services/campaigns';
import { createEnterpriseImportService } from '../services/enterprise-imports';
import { createChecklistService } from '../services/checklists';
import { createEnterpriseService } from '../services/enterprises';
import { createHolidayService } from '../services/holidays';
import { createOrgUnitService } from '../services/org-units';
import { createSupervisionService } from '../services/supervision';
import { createCountyReportService } from '../services/county-reports';
import { createDirectiveService } from '../services/directives';
import { createGradingService } from '../services/grading';
import { createListService } from '../services/lists';
import { createInspectionGroupService } from '../services/inspection-groups';
import { createLookBackService } from '../services/look-backs';
import { createInspectionPlanService } from '../services/inspection-plans';
import { createEscalationService } from '../services/escalations';
import { createHazardService } from '../services/hazards';
import { createNotificationService } from '../services/notifications';
import { createPhotoService } from '../services/photos';
import { createRiskService } from '../services/risks';
import { createRoutineInspectionService } from '../services/routine-inspections';
import { createSelfCheckService } from '../services/self-checks';
import { createTaskService } from '../services/tasks';
import { createTipService } from '../services/tips';
import { createUserService } from '../services/users';
import { createUpdateRunner } from '../services/workflow-updates';
import { createHttpServer } from './http';

export interface ServiceDeps {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  sessionTtlHours: number;
  /** How long a command waits for its workflow before answering UNAVAILABLE. */
  updateDeadlineMs?: number;
}

export function createServices(deps: ServiceDeps): Services {
  const { db, client, taskQueue } = deps;
  const updates = createUpdateRunner(client, { deadlineMs: deps.updateDeadlineMs ?? 20_000 });
  const tasks = createTaskService({ db, updates, deadlineMs: deps.updateDeadlineMs ?? 20_000 });
  return {
    auth: createAuthService(db, { sessionTtlHours: deps.sessionTtlHours }),
    campaigns: createCampaignService({ db, client, taskQueue, updates }),
    tasks,
    selfChecks: createSelfCheckService({ db, updates, deadlineMs: deps.updateDeadlineMs ?? 20_000 }),
    hazards: createHazardService({ db, updates, startWaitMs: deps.updateDeadlineMs ?? 20_000 }),
    escalations: createEscalationService({ db }),
    enterprises: createEnterpriseService({ db }),
    checklists: createChecklistService({ db }),
    holidays: createHolidayService({ db, client, taskQueue }),
    orgUnits: createOrgUnitService({ db }),
    supervision: createSupervisionService({ db }),
    countyReports: createCountyReportService({ db, client, taskQueue }),
    grading: createGradingService({ db, client, taskQueue }),
    lists: createListService({ db, client, taskQueue, updates }),
    enterpriseImports: createEnterpriseImportService({ db, client, taskQueue, updates }),
    photos: createPhotoService(db),
    users: createUserService({ db }),
    notifications: createNotificationService({ db }),
    tips: createTipService({ db, client, taskQueue, updates }),
    risks: createRiskService({ db, client, taskQueue, updates }),
    directives: createDirectiveService({ db, client, taskQueue, updates }),
    lookBacks: createLookBackService({ db, client, taskQueue, tasks }),
    supervisionRounds: createSupervisionRoundService({ db }),
    emergencyResponses: createEmergencyResponseService({ db, client, taskQueue, updates }),
    dutyAssignments: createDutyAssignmentService({ db }),
    dutyImports: createDutyImportService({ db }),
    warnings: createWarningService({ db, client, taskQueue }),
    documents: createDocumentService({ db }),
    cases: createEnforcementCaseService({ db, client, taskQueue, updates }),
    listedSupervision: createListedSupervisionService({ db }),
    inspectionPlans: createInspectionPlanService({ db, client, taskQueue }),
    inspectionGroups: createInspectionGroupService({ db }),
    routineInspections: createRoutineInspectionService({ db, client, taskQueue, tasks }),
  };
}

/** The api's HTTP server as the api process and `npm start` run it: the services over one client and database. */
export function createApiServer(
  deps: Omit<ServiceDeps, 'updateDeadlineMs'> & {
    production: boolean;
    trustedProxies: number;
    corsOrigins: readonly string[];
  },
): Server {
  return createHttpServer({
    db: deps.db,
    services: createServices(deps),
    production: deps.production,
    trustedProxies: deps.trustedProxies,
    corsOrigins: deps.corsOrigins,
    checkTemporal: async () => {
      await deps.client.connection.workflowService.getSystemInfo({});
    },
  });
}
