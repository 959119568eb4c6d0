// The Kysely `DB` interface: one table per concept of DOMAIN.md, singular snake_case names.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AdjustedWorkday, HolidayPeriod } from '../domain/holidays';
import type { DirectiveItemStatus, DirectiveKind, DirectiveStatus } from '../domain/directives';
import type { CaseAction, CaseStatus } from '../domain/cases';
import type { ExpertAcceptance, ListingPlan } from '../domain/listed-supervision';
import type { DocumentBody, DocumentKind } from '../domain/documents';
import type { ListEntryStatus } from '../domain/lists';
import type { RiskKind, RiskLevel, RiskStatus } from '../domain/risks';
import type { LookBackOutcome } from '../domain/look-back';
import type { InspectionPlanStatus } from '../domain/inspection-plans';
import type { IllegalSiteLeadStatus, IllegalSiteOutcome, RoutineKind } from '../domain/patrol';
import type {
  DutyTargetKind,
  DutyTier,
  ResponseKind,
  ResponseLevel,
  ResponsePolicy,
  ResponseStatus,
  WarningLevel,
} from '../domain/emergency-response';
import type { LedgerItemResult } from '../domain/supervision-rounds';
import type { TipStage } from '../domain/tips';
import type {
  CampaignKind,
  CampaignStatus,
  CoSupervisionTopic,
  EnterpriseStatus,
  EscalationLevel,
  EscalationStatus,
  EscalationSubjectType,
  Grade,
  HazardEventKind,
  HazardLevel,
  HazardSource,
  HazardStatus,
  Industry,
  ListStatus,
  OrgUnitKind,
  ReportKind,
  Role,
  SelfCheckAnswer,
  SupervisionTopic,
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
  /** The user's org unit; null only for an ENTERPRISE user, who belongs to `enterprise_id` instead. */
  org_unit_id: number | null;
  /** The one enterprise an ENTERPRISE user (企业安全管理人员) acts for; null for every other role. */
  enterprise_id: number | null;
  /** Set when an admin chose the password: the user changes it before doing anything else. */
  must_change_password: Generated<boolean>;
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

/** A login throttling count (domain/login-throttle.ts): `address:…`, `account-at:<address>|<name>`, `account:<name>`. */
export interface LoginThrottleTable {
  key: string;
  failures: number;
  first_failed_at: Timestamp;
  locked_until: Timestamp | null;
  forget_at: Timestamp;
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
  /** 联系人 and 联系电话 (migration 0012). */
  contact_person: string | null;
  contact_phone: string | null;
  /** 在营 / 停产 / 注销 (migration 0013); only OPERATING enterprises are in a campaign's scope. */
  status: Generated<EnterpriseStatus>;
  status_changed_at: Timestamp | null;
  status_reason: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** 监管分工 (migration 0018): an industry's lead department, or null for 属地管理 (the township leads). */
export interface IndustryRegulatorTable {
  industry: Industry;
  regulator_id: number | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** The department that answers for a co-supervision topic (共同监管) across the county. */
export interface TopicRegulatorTable {
  topic: CoSupervisionTopic;
  regulator_id: number;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An enterprise's co-supervisor by topic: the topic's department, kept in step with topic_regulator. */
export interface EnterpriseCoSupervisorTable {
  enterprise_id: number;
  topic: CoSupervisionTopic;
  regulator_id: number;
}

export type EnterpriseImportStatus = 'CHECKING' | 'REFUSED' | 'PREVIEWED' | 'RUNNING' | 'DONE' | 'EXPIRED';

/** An uploaded register (企业台账导入): the file, its check, its commit and its outcome counts. */
export interface EnterpriseImportTable {
  id: Generated<number>;
  status: Generated<EnterpriseImportStatus>;
  file_name: string;
  file_sha256: string;
  /** The file as uploaded; dropped once the import is done, refused or expired. */
  file_data: Buffer | null;
  uploaded_by: number;
  /** Why the whole file was refused (REFUSED): missing columns, too many rows, not readable. */
  problem: string | null;
  rows_total: Generated<number>;
  to_create: Generated<number>;
  to_update: Generated<number>;
  unchanged: Generated<number>;
  invalid: Generated<number>;
  created: Generated<number>;
  updated: Generated<number>;
  kept: Generated<number>;
  skipped: Generated<number>;
  checked_at: Timestamp | null;
  expires_at: Timestamp | null;
  committed_by: number | null;
  committed_at: Timestamp | null;
  commit_key: string | null;
  finished_at: Timestamp | null;
  created_at: CreatedAt;
}

export type ImportRowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID';
export type ImportRowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'SKIPPED';

/** One row of an uploaded register as checked, and what its commit did. */
export interface EnterpriseImportRowTable {
  import_id: number;
  row_number: number;
  uscc: string | null;
  name: string | null;
  /** The enterprise as the row gives it, normalised (domain/enterprise-import-rules.ts `ImportedEnterprise`). */
  data: Json<unknown> | null;
  action: ImportRowAction;
  problems: Json<string[]>;
  outcome: ImportRowOutcome | null;
  enterprise_id: number | null;
}

/** A version of a checklist template (migration 0014): an edit is a new row with the same code, the old one retired. */
export interface ChecklistTemplateTable {
  id: Generated<number>;
  code: string;
  name: string;
  industries: Json<Industry[]>;
  version: Generated<number>;
  /** The version this one replaced; null for a first version. */
  supersedes_id: number | null;
  /** When a newer version replaced it; campaigns launched with it keep it. */
  retired_at: Timestamp | null;
  created_by: number | null;
  /** The key a new template was created with: the same key from the same person returns it (a retried click). */
  idempotency_key: string | null;
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
  /** Where its tasks go (监管分工); absent in rows written before migration 0018: the lead regulator only. */
  topics?: SupervisionTopic[];
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
  /** 按风险分级抽查 (migration 0020): the ratio per grade, black-listed always drawn; null: one ratio for all. */
  sample_ratio_by_grade: Json<Record<Grade, number>> | null;
  checklist_template_id: number | null;
  /** The enterprises' self-check stage (企业自查): its deadline, or null for a campaign without one. */
  self_check_due_at: Timestamp | null;
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
  /** The campaign it was sent for, or null for a tip's verification (tip_id; exactly one is set, migration 0023). */
  campaign_id: number | null;
  tip_id: Generated<number | null>;
  /** Or the 回头看 check of one closed hazard (migration 0025): exactly one of the three origins is set. */
  look_back_item_id: Generated<number | null>;
  /** Or an annual inspection plan's month (migration 0026). */
  inspection_plan_id: Generated<number | null>;
  /** Or no campaign at all (migration 0028): 日常检查, 打非治违, or a night patrol's window (夜间巡查). */
  routine_kind: Generated<RoutineKind | null>;
  /** A recorded routine inspection's idempotency key, `<actor>:<key>`: one task per retried request. */
  routine_key: Generated<string | null>;
  /** A night patrol's schedule and the start of its window (the task is due at the window's end). */
  patrol_schedule_id: Generated<number | null>;
  window_starts_at: Generated<Date | null>;
  /** A 督导 site check's unit under supervision (migration 0030); the task itself is the county office's. */
  supervised_unit_id: Generated<number | null>;
  enterprise_id: number;
  kind: TaskKind;
  /** The part of the division it was sent for: the lead regulator, the township (属地) or a co-supervision topic. */
  topic: Generated<SupervisionTopic>;
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
  /** A night patrol's inspection that happened outside its window (migration 0028): accepted, flagged. */
  outside_window: Generated<boolean>;
  created_at: CreatedAt;
  /** The inspection group (检查组) whose member recorded it: one joint visit for every task of the group (migration 0027). */
  inspection_group_id: Generated<number | null>;
}

export interface HazardTable {
  id: Generated<number>;
  /** Who found it: an inspector (inspection_id), the enterprise's own self-check (self_check_id), a public tip. */
  source: Generated<HazardSource>;
  inspection_id: number | null;
  self_check_id: number | null;
  /** Position of the finding in its inspection or self-check: with either, makes the write idempotent. */
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
  /** A self-found hazard's rectification plan (整改方案), as the enterprise submitted it. */
  rectification_plan: string | null;
  rectification_measures: string | null;
  reported_at: Timestamp | null;
  /** Who entered the latest rectification report, and whether on the enterprise's behalf (代报). */
  reported_by: number | null;
  reported_on_behalf: boolean | null;
  /** 五落实 of the latest report besides its measures: 责任, 资金 (yuan, numeric: read as a string), 时限, 预案. */
  rectification_responsible: string | null;
  rectification_funds: ColumnType<string | null, string | number | null, string | number | null>;
  rectification_completed_at: Timestamp | null;
  rectification_contingency_plan: string | null;
  verified_at: Timestamp | null;
  /** The county office's sign-off of a major hazard (销号审核). */
  signed_off_at: Timestamp | null;
  closed_at: Timestamp | null;
  created_at: CreatedAt;
  /** Who verifies its rectification when not its own unit: the county office for a 督导 finding (次日核查, migration 0030). */
  verifier_org_id: Generated<number | null>;
  /** When the reported rectification must be verified: 次日核查, or the 复查 period under an order (migration 0035). */
  verify_by: Timestamp | null;
  /** The enterprise's application for 复查 (requestReinspection). */
  reinspection_requested_at: Timestamp | null;
  /** 挂牌督办 (migration 0037): when listed (its notice issued) and when removed (核销). */
  listed_at: Timestamp | null;
  delisted_at: Timestamp | null;
}

/** What is filed while a major hazard is listed (migration 0037): 五落实 治理方案, 暂时停产停业, 专家验收. */
export interface HazardListingTable {
  hazard_id: number;
  plan: Json<ListingPlan> | null;
  plan_at: Timestamp | null;
  plan_by: number | null;
  suspended_at: Timestamp | null;
  suspended_by: number | null;
  suspension_reason: string | null;
  expert_acceptance: Json<ExpertAcceptance> | null;
  accepted_at: Timestamp | null;
  accepted_by: number | null;
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

/** An enterprise's self-check (企业自查) of one campaign: its SELF_CHECK task done by the enterprise. */
export interface SelfCheckTable {
  id: Generated<number>;
  task_id: number;
  campaign_id: number;
  enterprise_id: number;
  submitted_by: number | null;
  submitted_at: Timestamp;
  notes: string | null;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

export interface SelfCheckAnswerTable {
  self_check_id: number;
  checklist_item_id: number;
  answer: SelfCheckAnswer;
  note: string | null;
}

export interface EscalationTable {
  id: Generated<number>;
  subject_type: EscalationSubjectType;
  task_id: number | null;
  hazard_id: number | null;
  /** A tip whose triage or reward decision is late (migration 0023). */
  tip_id: Generated<number | null>;
  /** A risk not closed by its deadline, a directive item not answered by its deadline (migration 0024). */
  risk_id: Generated<number | null>;
  directive_item_id: Generated<number | null>;
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

/** A notice (站内通知) to a person, a unit (each of its people) or an enterprise (each of its accounts). */
export interface NotificationTable {
  id: Generated<number>;
  org_unit_id: number | null;
  enterprise_id: number | null;
  user_id: number | null;
  kind: string;
  subject_type: string;
  subject_id: number;
  title: string;
  body: string;
  dedupe_key: string;
  created_at: CreatedAt;
  /** A person without an account, reached by text message through the county's gateway (migration 0031). */
  phone: Generated<string | null>;
}

/** Who has read a notice: read is per reader. */
export interface NotificationReadTable {
  notification_id: number;
  user_id: number;
  read_at: Timestamp;
}

export type DeliveryChannel = 'WEBHOOK';

/** A channel the workers deliver notices on beyond the app: each new notice is queued for every one enabled. */
export interface NotificationChannelTable {
  channel: DeliveryChannel;
  enabled_at: CreatedAt;
}
export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** The outbox: a notice to deliver beyond the app, retried with backoff until delivered or given up. */
export interface NotificationDeliveryTable {
  id: Generated<number>;
  notification_id: number;
  channel: DeliveryChannel;
  status: Generated<DeliveryStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  delivered_at: Timestamp | null;
  created_at: CreatedAt;
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
  /** Or an unregistered site's lead (打非治违, migration 0028). */
  lead_id: Generated<number | null>;
  /** Or a township's situation report in an emergency response (migration 0033). */
  situation_report_id: Generated<number | null>;
  step: string | null;
  attached_at: Timestamp | null;
  created_at: CreatedAt;
}

/** A year's holiday arrangement (节假日安排, migration 0015): the notice's dates, or provisional until it is published. */
export interface HolidayYearTable {
  year: number;
  provisional: boolean;
  /** The notice's number or title (文号), or how a provisional year was derived. */
  source: string;
  holidays: Json<HolidayPeriod[]>;
  adjusted_workdays: Json<AdjustedWorkday[]>;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

/** A public tip (有奖举报, migration 0023): what the tipster wrote, then each stage's facts as its workflow records them. */
/** 风险上报 (migration 0024): a township's or department's risk, handled by its deadline and closed with evidence. */
export interface RiskTable {
  id: Generated<number>;
  kind: RiskKind;
  level: RiskLevel;
  place: string;
  description: string;
  measures: string;
  status: Generated<RiskStatus>;
  reported_by_org_id: number;
  reported_by: number;
  reported_at: Timestamp;
  handle_by: Timestamp;
  handling_at: Timestamp | null;
  handling_note: string | null;
  closed_at: Timestamp | null;
  closed_by: number | null;
  closing_evidence: string | null;
  idempotency_key: string | null;
  handling_update_id: string | null;
  closing_update_id: string | null;
  workflow_id: string;
  created_at: Generated<Timestamp>;
}

/** 督促函 / 交办件 from the city or province (migration 0024), split into directive_item rows. */
export interface DirectiveTable {
  id: Generated<number>;
  kind: DirectiveKind;
  source: string;
  document_number: string;
  title: string;
  received_at: Timestamp;
  reply_due_at: Timestamp;
  status: Generated<DirectiveStatus>;
  reply: string | null;
  replied_at: Timestamp | null;
  replied_by: number | null;
  reply_update_id: string | null;
  registered_by: number;
  idempotency_key: string | null;
  workflow_id: string;
  created_at: Generated<Timestamp>;
}

export interface DirectiveItemTable {
  id: Generated<number>;
  directive_id: number;
  position: number;
  content: string;
  assignee_org_id: number;
  due_at: Timestamp;
  status: Generated<DirectiveItemStatus>;
  answer: string | null;
  answered_by: number | null;
  answered_at: Timestamp | null;
  answer_update_id: string | null;
}

export interface TipTable {
  id: Generated<number>;
  /** SHA-256 of the tracking code; the code itself is stored nowhere. */
  tracking_hash: string;
  stage: Generated<TipStage>;
  description: string;
  location: string;
  enterprise_text: string | null;
  matched_enterprise_id: number | null;
  match_method: TipMatchMethod | null;
  /** Shown to the county office only. */
  contact_name: string | null;
  contact_phone: string | null;
  received_at: Timestamp;
  triage_due_at: Timestamp;
  triaged_at: Timestamp | null;
  triaged_by: number | null;
  not_accepted_reason: string | null;
  enterprise_id: number | null;
  assignee_org_id: number | null;
  verify_due_at: Timestamp | null;
  verified_at: Timestamp | null;
  hazard_count: number | null;
  reward_rule_version: number | null;
  reward_min: number | null;
  reward_max: number | null;
  reward_proposed: number | null;
  reward_due_at: Timestamp | null;
  reward_amount: number | null;
  reward_reason: string | null;
  reward_decided_at: Timestamp | null;
  reward_decided_by: number | null;
  paid_at: Timestamp | null;
  paid_by: number | null;
  /** The Update ids of the triage, the reward decision and the payment: a retry finds its step recorded. */
  triage_update_id: string | null;
  reward_update_id: string | null;
  paid_update_id: string | null;
  workflow_id: string;
  created_at: CreatedAt;
}

export type TipMatchMethod = 'USCC' | 'NAME' | 'NAME_PART';

export interface TipPhotoTable {
  id: Generated<number>;
  tip_id: number;
  position: number;
  content_type: PhotoContentType;
  byte_size: number;
  sha256: string;
  data: Buffer;
}

/** The county's reward rules (奖励标准), one row per level and version; the highest version applies to new tips. */
export interface TipRewardRuleTable {
  id: Generated<number>;
  version: number;
  level: HazardLevel;
  min_amount: number;
  max_amount: number;
  proposed_amount: number;
  created_by: number | null;
  created_at: CreatedAt;
}

/** Accepted public submissions per key (an address, or 'all') and clock hour: the endpoint's rate limit. */
export interface TipSubmissionCountTable {
  key: string;
  window_start: Timestamp;
  submissions: number;
}

/** A broadcast of a changed calendar to the running task and hazard workflows (migration 0016). */
export interface DeadlineRecomputeTable {
  id: Generated<number>;
  status: Generated<'RUNNING' | 'DONE'>;
  requested_by: number;
  tasks: Generated<number>;
  hazards: Generated<number>;
  moved: Generated<number>;
  started_at: Generated<Date>;
  finished_at: Timestamp | null;
}

/** 分级分类 rules as data (migration 0021): each change a new version; version 1 is the shipped default. */
export interface GradingRuleSetTable {
  version: Generated<number>;
  rules: Json<unknown>;
  note: string | null;
  created_by: number | null;
  created_at: CreatedAt;
}

export type GradingProposalStatus = 'RUNNING' | 'READY' | 'PUBLISHED' | 'SUPERSEDED';

/** A grading run's proposal: computed in pages by gradingWorkflow, reviewed and published by the county office. */
export interface GradingProposalTable {
  id: Generated<number>;
  period_end: Timestamp;
  window_start: Timestamp;
  rule_set_version: number;
  status: Generated<GradingProposalStatus>;
  started_by: number | null;
  graded: Generated<number>;
  created_at: CreatedAt;
  ready_at: Timestamp | null;
  published_at: Timestamp | null;
  published_by: number | null;
}

/** One enterprise in a proposal: its indicators and score (numeric: read as a string), proposed and overridden grade. */
export interface GradingProposalItemTable {
  proposal_id: number;
  enterprise_id: number;
  score: ColumnType<string, string | number, string | number>;
  indicators: Json<unknown>;
  reasons: Json<string[]>;
  previous_grade: Grade;
  proposed_grade: Grade;
  red_record: boolean;
  previous_list_status: ListStatus;
  override_grade: Grade | null;
  override_reason: string | null;
  overridden_by: number | null;
  overridden_at: Timestamp | null;
}

/** A published grade: history, one row per enterprise and period, never changed (a trigger refuses it). */
export interface EnterpriseGradeTable {
  enterprise_id: number;
  period_end: Timestamp;
  proposal_id: number;
  grade: Grade;
  proposed_grade: Grade;
  score: ColumnType<string, string | number, string | number>;
  indicators: Json<unknown>;
  reasons: Json<string[]>;
  override_reason: string | null;
  published_at: Timestamp;
}

/** 红黑名单 (migration 0022): a listing with its history; the active ones give enterprise.list_status. */
export interface ListEntryTable {
  id: Generated<number>;
  enterprise_id: number;
  list: Exclude<ListStatus, 'NONE'>;
  status: Generated<ListEntryStatus>;
  ground: string;
  evidence: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp | null;
  decided_by: number | null;
  decided_at: Timestamp;
  proposal_id: number | null;
  reminded_at: Timestamp | null;
  ended_at: Timestamp | null;
  removed_by: number | null;
  removal_reason: string | null;
  idempotency_key: string | null;
}

/** 回头看's rule: the share of a month's closed hazards drawn and the working days to check them; versioned. */
export interface LookBackRuleTable {
  version: Generated<number>;
  /** numeric: read as a string. */
  ratio: ColumnType<string, number, number>;
  verify_days: number;
  created_by: number | null;
  created_at: CreatedAt;
}

/** One month's 回头看 draw: the population (hazards closed in the month), the seed and the number drawn. */
export interface LookBackTable {
  id: Generated<number>;
  period_start: Timestamp;
  period_end: Timestamp;
  rule_version: number;
  ratio: ColumnType<string, number, number>;
  seed: ColumnType<string, number, number>;
  population: number;
  drawn: number;
  drawn_at: Timestamp;
  requested_by: number | null;
}

/** A drawn hazard: the unit whose verification closed it, the unit checking it again, and the outcome once judged. */
export interface LookBackItemTable {
  id: Generated<number>;
  look_back_id: number;
  hazard_id: number;
  closing_org_id: number;
  assignee_org_id: number;
  outcome: LookBackOutcome | null;
  judged_at: Timestamp | null;
  judged_by: number | null;
  reason: string | null;
}

/** 年度监督检查计划: a unit's plan for a year, its visits a year as data, reviewed by the county office. */
export interface InspectionPlanTable {
  id: Generated<number>;
  org_unit_id: number;
  year: number;
  /** `InspectionFrequencies` (domain/inspection-plans.ts): visits a year by grade and for a major hazard source. */
  frequencies: Json<unknown>;
  notes: string | null;
  status: Generated<InspectionPlanStatus>;
  /** Enterprises in the unit's charge when filed, and the visits the frequencies give them over the year. */
  enterprises: number;
  planned_visits: number;
  filed_by: number;
  filed_at: Timestamp;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  review_comment: string | null;
  idempotency_key: string | null;
}

/** 检查组: who visits (members, a leader among them), on which day; its tasks are in inspection_group_task (migration 0027). */
export interface InspectionGroupTable {
  id: Generated<number>;
  name: string;
  leader_user_id: number;
  visit_date: Timestamp;
  created_by: number;
  created_at: CreatedAt;
  idempotency_key: string | null;
}

export interface InspectionGroupMemberTable {
  group_id: number;
  user_id: number;
}

/** The open tasks a group visits; a task is in one group at most. */
export interface InspectionGroupTaskTable {
  group_id: number;
  task_id: number;
}

/** 涉企检查频次上限: visits an enterprise may receive a quarter across all plans and campaigns; the highest version holds. */
export interface InspectionBudgetRuleTable {
  version: Generated<number>;
  max_visits: number;
  created_by: number | null;
  created_at: CreatedAt;
}

/** 夜间巡查: a unit's standing patrol, its window in Shanghai local time (domain/patrol.ts), written by its head. */
export interface PatrolScheduleTable {
  id: Generated<number>;
  org_unit_id: number;
  name: string;
  /** Minutes after local midnight; an end at or before the start is the next morning. */
  start_minute: number;
  end_minute: number;
  /** ISO weekdays (1 Monday … 7 Sunday) on which a window starts. */
  weekdays: number[];
  active: Generated<boolean>;
  created_by: number;
  created_at: Timestamp;
  deactivated_at: Timestamp | null;
  idempotency_key: string | null;
  workflow_id: string;
}

export interface PatrolScheduleEnterpriseTable {
  schedule_id: number;
  enterprise_id: number;
}

/** 打非治违 at a site not in the register (migration 0028): the lead, its photos, its township's follow-up. */
export interface IllegalSiteLeadTable {
  id: Generated<number>;
  site_name: string;
  address: string;
  description: string;
  /** Where the site is: the township follows it up (属地). */
  township_id: number;
  reported_by_org_id: number;
  reported_by: number;
  reported_at: Timestamp;
  idempotency_key: string | null;
  status: Generated<IllegalSiteLeadStatus>;
  outcome: IllegalSiteOutcome | null;
  outcome_note: string | null;
  closed_by: number | null;
  closed_at: Timestamp | null;
}

/** A unit supervised in a 督导 round (migration 0030): its site checks drawn, its ledgers checked once. */
export interface SupervisionTargetTable {
  id: Generated<number>;
  campaign_id: number;
  org_unit_id: number;
  /** Enterprises of the unit drawn for a site check (fewer when the unit has fewer). */
  sites: number;
  ledger_items: Json<LedgerItemResult[]> | null;
  ledger_notes: string | null;
  ledger_checked_by: number | null;
  ledger_checked_at: Timestamp | null;
}

/** The level policy of emergency responses as versioned data (migration 0031): the highest version is in force. */
export interface ResponsePolicyTable {
  version: Generated<number>;
  policy: Json<ResponsePolicy>;
  created_by: number | null;
  created_at: CreatedAt;
}

/** One link of the 包保 chain (migration 0031). */
export interface DutyAssignmentTable {
  id: Generated<number>;
  tier: DutyTier;
  township_id: number;
  target_kind: DutyTargetKind;
  target_name: string;
  person_name: string;
  /** A mobile number, for a person reached by text message (required without an account). */
  phone: string | null;
  user_id: number | null;
  /** The link above: a village cadre's township official, an official's county leader; null for a county leader. */
  parent_id: number | null;
  active: Generated<boolean>;
  created_by: number | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** An emergency response (应急响应, migration 0031). */
export interface EmergencyResponseTable {
  id: Generated<number>;
  kind: ResponseKind;
  level: ResponseLevel;
  status: Generated<ResponseStatus>;
  township_ids: number[];
  reason: string;
  instructions: string | null;
  policy: Json<ResponsePolicy>;
  policy_version: number;
  /** 1, then one more at each level change: the chain acknowledges again for the new level. */
  epoch: Generated<number>;
  epoch_started_at: Timestamp;
  activated_by: number;
  activated_at: Timestamp;
  ended_by: number | null;
  ended_at: Timestamp | null;
  end_reason: string | null;
  summary: string | null;
  workflow_id: string;
  idempotency_key: string | null;
}

export interface ResponseLevelChangeTable {
  id: Generated<number>;
  response_id: number;
  epoch: number;
  from_level: ResponseLevel;
  to_level: ResponseLevel;
  reason: string;
  changed_by: number;
  changed_at: Timestamp;
}

/** A link's acknowledgement of being at post for one level period of a response (到岗到位). */
export interface DutyAcknowledgementTable {
  id: Generated<number>;
  response_id: number;
  epoch: number;
  assignment_id: number;
  township_id: number;
  notified_at: Timestamp;
  due_at: Timestamp;
  /** Lets a person without an account acknowledge from the link in their text message. */
  token: string;
  acknowledged_at: Timestamp | null;
  acknowledged_by: number | null;
  escalated_up_at: Timestamp | null;
  escalated_office_at: Timestamp | null;
}

/** A township's situation report (汛情/灾情报告) in a response. */
export interface SituationReportTable {
  id: Generated<number>;
  response_id: number;
  township_id: number;
  period_due_at: Timestamp;
  rainfall_mm: ColumnType<string | null, number | null, number | null>;
  people_moved: number;
  dangers_found: number;
  losses: string | null;
  text: string;
  submitted_by: number;
  submitted_at: Timestamp;
  idempotency_key: string | null;
}

export interface SituationReportMissTable {
  response_id: number;
  township_id: number;
  period_due_at: Timestamp;
  escalated_at: Timestamp;
}

/** 预警信息 (migration 0032): issued to the enterprises of townships and industries, acknowledged by each. */
export interface WarningTable {
  id: Generated<number>;
  title: string;
  content: string;
  level: WarningLevel;
  township_ids: number[];
  /** Empty: every industry. */
  industries: ColumnType<Industry[], Industry[] | undefined, Industry[]>;
  issued_by: number;
  issued_at: Timestamp;
  ack_due_at: Timestamp;
  escalated_at: Timestamp | null;
  workflow_id: string;
  idempotency_key: string | null;
}

export interface WarningRecipientTable {
  warning_id: number;
  enterprise_id: number;
  /** The enterprise's regulator when the warning was issued: who is told if it does not acknowledge. */
  regulator_id: number;
  township_id: number;
  acknowledged_at: Timestamp | null;
  acknowledged_by: number | null;
  escalated_at: Timestamp | null;
}

export type DocumentSubjectType = 'Inspection' | 'Hazard' | 'EnforcementCase';

/** 文号 series (migration 0034): the last number a department gave a kind of document in a year. */
export interface DocumentSeriesTable {
  issuer_org_id: number;
  kind: DocumentKind;
  year: number;
  last_sequence: number;
}

/** 执法文书 (migration 0034): issued once, never changed (a trigger refuses); only the receipt (签收) is added later. */
export interface DocumentTable {
  id: Generated<number>;
  kind: DocumentKind;
  issuer_org_id: number;
  year: number;
  sequence: number;
  number: string;
  subject_type: DocumentSubjectType;
  subject_id: number;
  enterprise_id: number;
  body: Json<DocumentBody>;
  /** SHA-256 of the document's identity and body (domain/documents.ts hashedText). */
  content_hash: string;
  /** The document this one corrects (更正): the old one stays as issued. */
  corrects_id: number | null;
  issue_key: string;
  issued_by: number | null;
  issued_at: Timestamp;
  signed_at: Timestamp | null;
  signer_name: string | null;
  /** The account that recorded the receipt: the enterprise's own, or the issuer's staff recording it on site. */
  signed_by: number | null;
  created_at: CreatedAt;
}

/** The hazards a document covers (an order's items, a 复查's hazard). */
export interface DocumentHazardTable {
  document_id: number;
  hazard_id: number;
}

/** 行政处罚案件 (migration 0036): from 立案 to 归档, run by enforcementCaseWorkflow (domain/cases.ts). */
export interface EnforcementCaseTable {
  id: Generated<number>;
  unit_id: number;
  enterprise_id: number;
  inspection_id: number | null;
  hazard_id: number | null;
  violation: string;
  legal_basis: string;
  /** 承办人: two or more 执法人员 of the unit. */
  handler_ids: number[];
  status: Generated<CaseStatus>;
  filed_at: Timestamp;
  decision_due_at: Timestamp;
  notified_at: Timestamp | null;
  /** The party's windows from the notice (陈述申辩 3, 听证 5 working days), as the workflow counted them. */
  statement_due_at: Timestamp | null;
  hearing_due_at: Timestamp | null;
  /** Yuan (numeric: read as a string). */
  proposed_penalty: ColumnType<string | null, string | number | null, string | number | null>;
  statement: string | null;
  hearing_requested: Generated<boolean>;
  hearing_held: Generated<boolean>;
  reviewed_by: number | null;
  decided_at: Timestamp | null;
  /** 送达 within 7 working days of the decision. */
  service_due_at: Timestamp | null;
  penalty: ColumnType<string | null, string | number | null, string | number | null>;
  served_at: Timestamp | null;
  /** 缴纳罚款 within 15 days of service. */
  payment_due_at: Timestamp | null;
  executed_at: Timestamp | null;
  closed_at: Timestamp | null;
  archived_at: Timestamp | null;
  archive_number: string | null;
  workflow_id: string;
  created_by: number;
  idempotency_key: string | null;
  created_at: CreatedAt;
}

export interface EnforcementCaseEventTable {
  id: Generated<number>;
  case_id: number;
  action: CaseAction | 'OPEN' | 'REMINDED' | 'OVERDUE';
  actor_id: number | null;
  note: string | null;
  data: Json<unknown> | null;
  event_key: string;
  at: Timestamp;
}

export interface DB {
  hazard_listing: HazardListingTable;
  enforcement_case: EnforcementCaseTable;
  enforcement_case_event: EnforcementCaseEventTable;
  document_series: DocumentSeriesTable;
  document: DocumentTable;
  document_hazard: DocumentHazardTable;
  warning: WarningTable;
  warning_recipient: WarningRecipientTable;
  situation_report_miss: SituationReportMissTable;
  response_policy: ResponsePolicyTable;
  duty_assignment: DutyAssignmentTable;
  emergency_response: EmergencyResponseTable;
  response_level_change: ResponseLevelChangeTable;
  duty_acknowledgement: DutyAcknowledgementTable;
  situation_report: SituationReportTable;
  supervision_target: SupervisionTargetTable;
  org_unit: OrgUnitTable;
  app_user: AppUserTable;
  leader_assignment: LeaderAssignmentTable;
  session: SessionTable;
  login_throttle: LoginThrottleTable;
  enterprise: EnterpriseTable;
  industry_regulator: IndustryRegulatorTable;
  topic_regulator: TopicRegulatorTable;
  enterprise_co_supervisor: EnterpriseCoSupervisorTable;
  enterprise_import: EnterpriseImportTable;
  enterprise_import_row: EnterpriseImportRowTable;
  holiday_year: HolidayYearTable;
  deadline_recompute: DeadlineRecomputeTable;
  checklist_template: ChecklistTemplateTable;
  checklist_item: ChecklistItemTable;
  campaign: CampaignTable;
  task: TaskTable;
  tip: TipTable;
  tip_photo: TipPhotoTable;
  tip_reward_rule: TipRewardRuleTable;
  tip_submission_count: TipSubmissionCountTable;
  risk: RiskTable;
  directive: DirectiveTable;
  directive_item: DirectiveItemTable;
  inspection: InspectionTable;
  self_check: SelfCheckTable;
  self_check_answer: SelfCheckAnswerTable;
  hazard: HazardTable;
  hazard_event: HazardEventTable;
  escalation: EscalationTable;
  report: ReportTable;
  notification: NotificationTable;
  notification_read: NotificationReadTable;
  notification_channel: NotificationChannelTable;
  notification_delivery: NotificationDeliveryTable;
  audit_log: AuditLogTable;
  photo: PhotoTable;
  grading_rule_set: GradingRuleSetTable;
  grading_proposal: GradingProposalTable;
  grading_proposal_item: GradingProposalItemTable;
  enterprise_grade: EnterpriseGradeTable;
  list_entry: ListEntryTable;
  look_back_rule: LookBackRuleTable;
  look_back: LookBackTable;
  look_back_item: LookBackItemTable;
  inspection_plan: InspectionPlanTable;
  inspection_group: InspectionGroupTable;
  inspection_group_member: InspectionGroupMemberTable;
  inspection_group_task: InspectionGroupTaskTable;
  inspection_budget_rule: InspectionBudgetRuleTable;
  patrol_schedule: PatrolScheduleTable;
  patrol_schedule_enterprise: PatrolScheduleEnterpriseTable;
  illegal_site_lead: IllegalSiteLeadTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type AppUser = Selectable<AppUserTable>;
export type NewAppUser = Insertable<AppUserTable>;
export type Enterprise = Selectable<EnterpriseTable>;
export type NewEnterprise = Insertable<EnterpriseTable>;
export type EnterpriseUpdate = Updateable<EnterpriseTable>;
export type Session = Selectable<SessionTable>;
export type ListEntry = Selectable<ListEntryTable>;
export type GradingProposal = Selectable<GradingProposalTable>;
export type GradingProposalItem = Selectable<GradingProposalItemTable>;
export type EnterpriseGrade = Selectable<EnterpriseGradeTable>;
