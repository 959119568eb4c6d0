import type { WarningService } from '../services/warnings';
import type { DocumentService } from '../services/documents';
import type { EnforcementCaseService } from '../services/enforcement-cases';
import type { ListedSupervisionService } from '../services/listed-supervision';
import type { EmergencyResponseService } from '../services/emergency-responses';
import type { DutyAssignmentService } from '../services/duty-assignments';
import type { DutyImportService } from '../services/duty-imports';
import type { SupervisionRoundService } from '../services/supervision-rounds';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { AuthService } from '../services/auth';
import type { CampaignService } from '../services/campaigns';
import type { ChecklistService } from '../services/checklists';
import type { EnterpriseService } from '../services/enterprises';
import type { HolidayService } from '../services/holidays';
import type { InspectionGroupService } from '../services/inspection-groups';
import type { SupervisionService } from '../services/supervision';
import type { CountyReportService } from '../services/county-reports';
import type { DirectiveService } from '../services/directives';
import type { OrgUnitService } from '../services/org-units';
import type { EnterpriseImportService } from '../services/enterprise-imports';
import type { EscalationService } from '../services/escalations';
import type { GradingService } from '../services/grading';
import type { HazardService } from '../services/hazards';
import type { ListService } from '../services/lists';
import type { LookBackService } from '../services/look-backs';
import type { InspectionPlanService } from '../services/inspection-plans';
import type { NotificationService } from '../services/notifications';
import type { PhotoService } from '../services/photos';
import type { RiskService } from '../services/risks';
import type { RoutineInspectionService } from '../services/routine-inspections';
import type { SelfCheckService } from '../services/self-checks';
import type { TaskService } from '../services/tasks';
import type { TipService } from '../services/tips';
import type { UserService } from '../services/users';
import type { ViewerContext } from './request-context';

export interface Services {
  auth: AuthService;
  campaigns: CampaignService;
  tasks: TaskService;
  selfChecks: SelfCheckService;
  hazards: HazardService;
  escalations: EscalationService;
  enterprises: EnterpriseService;
  checklists: ChecklistService;
  holidays: HolidayService;
  orgUnits: OrgUnitService;
  supervision: SupervisionService;
  countyReports: CountyReportService;
  grading: GradingService;
  lists: ListService;
  lookBacks: LookBackService;
  supervisionRounds: SupervisionRoundService;
  emergencyResponses: EmergencyResponseService;
  dutyAssignments: DutyAssignmentService;
  dutyImports: DutyImportService;
  warnings: WarningService;
  documents: DocumentService;
  cases: EnforcementCaseService;
  listedSupervision: ListedSupervisionService;
  inspectionPlans: InspectionPlanService;
  inspectionGroups: InspectionGroupService;
  routineInspections: RoutineInspectionService;
  enterpriseImports: EnterpriseImportService;
  photos: PhotoService;
  users: UserService;
  notifications: NotificationService;
  tips: TipService;
  risks: RiskService;
  directives: DirectiveService;
}

/** A fresh context per request: its dataloaders and its reads are bound to one viewer. */
export interface Context extends ViewerContext {
  db: Kysely<DB>;
  services: Services;
  /** Where the request comes from (server/client-address.ts): login throttling counts by it. */
  clientAddress: string;
  /** The browser's session cookie: set by login, cleared by logout (API clients ignore it). */
  sessionCookie: { issue(token: string, expiresAt: Date): void; end(): void };
}
