// The Kysely `DB` interface: one table per concept of DOMAIN.md, singular snake_case names.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
  CampaignKind,
  CampaignStatus,
  EscalationLevel,
  EscalationStatus,
  EscalationSubjectType,
  Grade,
  HazardEventKind,
  HazardLevel,
  HazardStatus,
  Industry,
  ListStatus,
  OrgUnitKind,
  ReportKind,
  Role,
  TaskKind,
  TaskStatus,
} from '../domain/types';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export interface OrgUnitTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: OrgUnitKind;
  parent_id: number | null;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  org_unit_id: number;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: CreatedAt;
}

/** Which sectors and townships a county leader is in charge of (分管/包保). */
export interface LeaderAssignmentTable {
  id: Generated<number>;
  user_id: number;
  industry: Industry | null;
  township_id: number | null;
}

export interface SessionTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface EnterpriseTable {
  id: Generated<number>;
  uscc: string;
  name: string;
  industry: Industry;
  township_id: number;
  regulator_id: number;
  major_hazard_source: Generated<boolean>;
  grade: Generated<Grade>;
  list_status: Generated<ListStatus>;
  address: string | null;
  legal_representative: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface ChecklistTemplateTable {
  id: Generated<number>;
  code: string;
  name: string;
  industries: Json<Industry[]>;
  created_at: CreatedAt;
}

export interface ChecklistItemTable {
  id: Generated<number>;
  template_id: number;
  position: number;
  category: string;
  text: string;
  basis: string | null;
  major_criterion: Generated<boolean>;
}

export interface CampaignScope {
  industries: Industry[];
  townshipIds: number[];
}

export interface CampaignTable {
  id: Generated<number>;
  name: string;
  kind: CampaignKind;
  status: CampaignStatus;
  starts_at: Timestamp;
  ends_at: Timestamp;
  task_due_at: Timestamp;
  scope: Json<CampaignScope>;
  sample_ratio: Generated<number>;
  sample_seed: number | null;
  checklist_template_id: number | null;
  /** Escalation ladder, reminders and report cadence as data (see domain/). */
  policy: Json<unknown>;
  workflow_id: string;
  created_by: number | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface TaskTable {
  id: Generated<number>;
  campaign_id: number;
  enterprise_id: number;
  kind: TaskKind;
  status: Generated<TaskStatus>;
  assignee_org_id: number;
  assignee_user_id: number | null;
  due_at: Timestamp;
  done_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  created_at: CreatedAt;
  /** 0 while open, 1 after: stored, so the inbox order (open first, by due time) comes from an index. */
  inbox_rank: ColumnType<number, never, never>;
}

export interface InspectionTable {
  id: Generated<number>;
  task_id: number;
  enterprise_id: number;
  inspected_at: Timestamp;
  inspector_count: number;
  notes: string | null;
  submitted_by: number | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

export interface HazardTable {
  id: Generated<number>;
  inspection_id: number | null;
  /** Position of the finding in its inspection: with inspection_id, makes the write idempotent. */
  finding_index: number | null;
  campaign_id: number | null;
  enterprise_id: number;
  regulator_id: number;
  township_id: number;
  /** The enterprise's industry, filled by the database on insert (trigger hazard_industry). */
  industry: ColumnType<Industry, never, never>;
  checklist_item_id: number | null;
  level: HazardLevel;
  status: Generated<HazardStatus>;
  description: string;
  location: string | null;
  found_at: Timestamp;
  rectify_by: Timestamp;
  rectification_measures: string | null;
  reported_at: Timestamp | null;
  verified_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface HazardEventTable {
  id: Generated<number>;
  hazard_id: number;
  kind: HazardEventKind;
  from_status: HazardStatus | null;
  to_status: HazardStatus;
  actor_id: number | null;
  comment: string | null;
  data: Json<unknown> | null;
  /** The workflow Update id (or another unique step key) that produced this event: a retry writes nothing. */
  event_key: string;
  at: Timestamp;
}

export interface EscalationTable {
  id: Generated<number>;
  subject_type: EscalationSubjectType;
  task_id: number | null;
  hazard_id: number | null;
  level: EscalationLevel;
  status: Generated<EscalationStatus>;
  addressee_org_id: number;
  addressee_user_id: number | null;
  /** `<subject>-<id>:<rung>`: one row per rung, whatever the retries. */
  rung_key: string;
  raised_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: number | null;
  acknowledge_comment: string | null;
  resolved_at: Timestamp | null;
}

export interface ReportTable {
  id: Generated<number>;
  campaign_id: number | null;
  kind: ReportKind;
  period_start: Timestamp;
  period_end: Timestamp;
  stats: Json<unknown>;
  body: string;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<number>;
  org_unit_id: number;
  user_id: number | null;
  kind: string;
  subject_type: string;
  subject_id: number;
  title: string;
  body: string;
  dedupe_key: string;
  created_at: CreatedAt;
  read_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  actor_id: number | null;
  action: string;
  subject_type: string;
  subject_id: string;
  before: Json<unknown> | null;
  after: Json<unknown> | null;
  request_id: string | null;
  at: CreatedAt;
}

export type PhotoContentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic';

export interface PhotoTable {
  id: Generated<number>;
  uploaded_by: number;
  content_type: PhotoContentType;
  byte_size: number;
  sha256: string;
  file_name: string | null;
  data: Buffer;
  inspection_id: number | null;
  hazard_id: number | null;
  step: string | null;
  attached_at: Timestamp | null;
  created_at: CreatedAt;
}

export interface DB {
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  leader_assignment: LeaderAssignmentTable;
  session: SessionTable;
  enterprise: EnterpriseTable;
  checklist_template: ChecklistTemplateTable;
  checklist_item: ChecklistItemTable;
  campaign: CampaignTable;
  task: TaskTable;
  inspection: InspectionTable;
  hazard: HazardTable;
  hazard_event: HazardEventTable;
  escalation: EscalationTable;
  report: ReportTable;
  notification: NotificationTable;
  audit_log: AuditLogTable;
  photo: PhotoTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type Enterprise = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type EnterpriseUpdate = Updateable<EnterpriseTable>;
export type Session = Selectable<SessionTable>;
