/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivateResponseInput = {
  idempotencyKey?: string | null | undefined;
  instructions?: string | null | undefined;
  kind: ResponseKind;
  level: ResponseLevel;
  reason: string;
  townshipIds: Array<string | number>;
};

export type AdjustedWorkdayInput = {
  date: string;
  holiday: string;
};

export type AdvanceCaseInput = {
  action: CaseAction;
  archiveNumber?: string | null | undefined;
  caseId: string | number;
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  /** NOTIFY: the fine proposed; DECIDE: the fine decided */
  penaltyYuan?: number | null | undefined;
};

export type AnswerDirectiveItemInput = {
  answer: string;
  idempotencyKey?: string | null | undefined;
  itemId: string | number;
};

/** 列入黑名单的法定事由（《安全生产严重失信主体名单管理办法》） */
export type BlackListGround =
  | 'CONCEALED_ACCIDENT'
  | 'DEFIED_SUSPENSION_ORDER'
  | 'FALSIFIED_RECORDS'
  | 'MAJOR_HAZARD_NOT_RECTIFIED'
  | 'REFUSED_INSPECTION'
  | 'RESPONSIBLE_FOR_ACCIDENT';

export type BlackListInput = {
  /** Required: 6 months to 3 years after startsAt */
  endsAt?: string | null | undefined;
  enterpriseId: string | number;
  evidence: string;
  /** Required: refused without one */
  ground?: BlackListGround | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** Default now */
  startsAt?: string | null | undefined;
};

export type CampaignKind =
  | 'CONCENTRATED_RECTIFICATION'
  | 'HUNDRED_DAY_CRACKDOWN'
  | 'MAJOR_HAZARD_SWEEP'
  | 'OTHER'
  | 'SEASONAL'
  | 'SPECIAL_INSPECTION'
  | 'SUPERVISION';

export type CampaignStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'CLOSED'
  | 'PAUSED'
  | 'SCHEDULED';

/** INVESTIGATE 调查终结; NOTIFY 告知（行政处罚告知书）; RECORD_STATEMENT 记录陈述申辩; REQUEST_HEARING 记录听证申请; HOLD_HEARING 举行听证; REVIEW 法制审核; DECIDE 作出处罚决定; SERVE 送达决定书; EXECUTE 执行（缴纳罚款）; CLOSE 结案; ARCHIVE 归档 */
export type CaseAction =
  | 'ARCHIVE'
  | 'CLOSE'
  | 'DECIDE'
  | 'EXECUTE'
  | 'HOLD_HEARING'
  | 'INVESTIGATE'
  | 'NOTIFY'
  | 'RECORD_STATEMENT'
  | 'REQUEST_HEARING'
  | 'REVIEW'
  | 'SERVE';

export type CaseFilter = {
  enterpriseId?: string | number | null | undefined;
  statuses?: Array<CaseStatus> | null | undefined;
  unitId?: string | number | null | undefined;
};

/** FILED 已立案（调查取证）; INVESTIGATED 调查终结; NOTIFIED 已告知（陈述申辩、听证期间）; REVIEWED 法制审核通过; DECIDED 已作出处罚决定; SERVED 已送达; EXECUTED 已执行; CLOSED 已结案; ARCHIVED 已归档 */
export type CaseStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DECIDED'
  | 'EXECUTED'
  | 'FILED'
  | 'INVESTIGATED'
  | 'NOTIFIED'
  | 'REVIEWED'
  | 'SERVED';

export type ChecklistItemInput = {
  /** 依据（标准条款） */
  basis?: string | null | undefined;
  category: string;
  /** 属于重大事故隐患判定标准 */
  majorCriterion?: boolean | null | undefined;
  text: string;
};

export type ChecklistTemplateInput = {
  /** None: every industry (通用) */
  industries?: Array<Industry> | null | undefined;
  /** In order; numbered from 1 */
  items: Array<ChecklistItemInput>;
  name: string;
};

export type CorrectDocumentInput = {
  documentId: string | number;
  idempotencyKey?: string | null | undefined;
  items?: Array<CorrectedDocumentItemInput> | null | undefined;
  /** The 检查情况 of a 现场检查记录, rewritten */
  notes?: string | null | undefined;
  reason: string;
};

export type CorrectedDocumentItemInput = {
  /** The item number in the document, from 1 */
  index: number;
  text: string;
};

export type CreateEnterpriseInput = {
  address?: string | null | undefined;
  /** Co-supervision topics (SPECIAL_EQUIPMENT, FIRE_SAFETY, GAS_SAFETY, TRAFFIC_SAFETY): the full set */
  coSupervisionTopics?: Array<SupervisionTopic> | null | undefined;
  grade?: Grade | null | undefined;
  industry: Industry;
  legalRepresentative?: string | null | undefined;
  /** Only NONE: the lists are decided (blackListEnterprise) or follow the published grades */
  listStatus?: ListStatus | null | undefined;
  majorHazardSource?: boolean | null | undefined;
  name: string;
  townshipId: string | number;
  /** 统一社会信用代码（18位） */
  uscc: string;
};

export type CreateOrgUnitInput = {
  /** Default: generated */
  code?: string | null | undefined;
  /** REGULATOR (a department; give it industries or topics in the division) or TOWNSHIP */
  kind: OrgUnitKind;
  name: string;
};

export type CreateUserInput = {
  displayName: string;
  /** Required for ENTERPRISE: the enterprise the account acts for */
  enterpriseId?: string | number | null | undefined;
  /** Told to the person by the admin; they must change it at their first login */
  initialPassword: string;
  /** The unit of every role but ENTERPRISE */
  orgUnitId?: string | number | null | undefined;
  role: Role;
  username: string;
};

export type DashboardFilter = {
  campaignId?: string | number | null | undefined;
  from?: string | null | undefined;
  regulatorId?: string | number | null | undefined;
  to?: string | null | undefined;
  townshipId?: string | number | null | undefined;
};

export type DirectiveFilter = {
  kinds?: Array<DirectiveKind> | null | undefined;
  statuses?: Array<DirectiveStatus> | null | undefined;
};

export type DirectiveInput = {
  documentNumber: string;
  idempotencyKey?: string | null | undefined;
  items: Array<DirectiveItemInput>;
  kind: DirectiveKind;
  receivedAt: string;
  replyDueAt: string;
  source: string;
  title: string;
};

export type DirectiveItemFilter = {
  assigneeId?: string | number | null | undefined;
  statuses?: Array<DirectiveItemStatus> | null | undefined;
};

export type DirectiveItemInput = {
  /** The department or township that answers it */
  assigneeId: string | number;
  content: string;
  dueAt: string;
};

/** OPEN 待反馈; ANSWERED 已反馈 */
export type DirectiveItemStatus =
  | 'ANSWERED'
  | 'OPEN';

/** SUPERVISION_LETTER 督促函; ASSIGNED_CASE 交办件 */
export type DirectiveKind =
  | 'ASSIGNED_CASE'
  | 'SUPERVISION_LETTER';

/** OPEN 办理中; ANSWERED 各项已反馈，待汇总回复; REPLIED 已回复 */
export type DirectiveStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'REPLIED';

/** INSPECTION_RECORD 现场检查记录; RECTIFICATION_ORDER 责令限期整改指令书; REINSPECTION_OPINION 整改复查意见书; LISTING_NOTICE 重大事故隐患挂牌督办通知书; SUSPENSION_ORDER 现场处理措施决定书; LISTING_REMOVAL 重大事故隐患挂牌督办核销通知书; CASE_FILING 立案审批表; PENALTY_NOTICE 行政处罚告知书; PENALTY_DECISION 行政处罚决定书; CASE_CLOSING 结案审批表 */
export type DocumentKind =
  | 'CASE_CLOSING'
  | 'CASE_FILING'
  | 'INSPECTION_RECORD'
  | 'LISTING_NOTICE'
  | 'LISTING_REMOVAL'
  | 'PENALTY_DECISION'
  | 'PENALTY_NOTICE'
  | 'RECTIFICATION_ORDER'
  | 'REINSPECTION_OPINION'
  | 'SUSPENSION_ORDER';

export type DutyAssignmentFilter = {
  active?: boolean | null | undefined;
  search?: string | null | undefined;
  tier?: DutyTier | null | undefined;
  townshipId?: string | number | null | undefined;
};

export type DutyAssignmentInput = {
  /** false stops the link (update only) */
  active?: boolean | null | undefined;
  /** The link above; none for a county leader’s link */
  parentId?: string | number | null | undefined;
  personName: string;
  phone?: string | null | undefined;
  targetKind: DutyTargetKind;
  targetName: string;
  tier: DutyTier;
  townshipId: string | number;
  /** The person’s account, if any (a county leader’s is required) */
  userId?: string | number | null | undefined;
};

export type DutyTargetKind =
  | 'ENTERPRISE'
  | 'GEOLOGICAL_POINT'
  | 'HOUSEHOLDS'
  | 'OTHER_POINT'
  | 'RESERVOIR'
  | 'TORRENT_GULLY'
  | 'TOWNSHIP'
  | 'VILLAGE';

/** COUNTY 县领导包乡镇; TOWNSHIP 乡镇干部包村（点）; VILLAGE 村干部包户（点） */
export type DutyTier =
  | 'COUNTY'
  | 'TOWNSHIP'
  | 'VILLAGE';

export type EnterpriseFilter = {
  /** 分级分类（好/中/差） */
  grade?: Grade | null | undefined;
  industries?: Array<Industry> | null | undefined;
  /** 红黑名单：RED, BLACK, or NONE for neither */
  listStatus?: ListStatus | null | undefined;
  regulatorId?: string | number | null | undefined;
  search?: string | null | undefined;
  /** 在营 / 停产 / 注销 */
  status?: EnterpriseStatus | null | undefined;
  townshipIds?: Array<string | number> | null | undefined;
};

/** CHECKING (the file is being read), REFUSED (the whole file: see problem), PREVIEWED (awaiting commit, until expiresAt), RUNNING, DONE, EXPIRED */
export type EnterpriseImportStatus =
  | 'CHECKING'
  | 'DONE'
  | 'EXPIRED'
  | 'PREVIEWED'
  | 'REFUSED'
  | 'RUNNING';

/** 在营 / 停产 / 注销 */
export type EnterpriseStatus =
  | 'CLOSED'
  | 'OPERATING'
  | 'SUSPENDED';

export type EscalationLevel =
  | 'COUNTY_LEADER'
  | 'COUNTY_OFFICE'
  | 'REGULATOR_HEAD'
  | 'TOWNSHIP_HEAD';

export type EscalationPolicyInput = {
  remindBefore?: string | null | undefined;
  steps: Array<EscalationStepInput>;
};

export type EscalationStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

export type EscalationStepInput = {
  /** Duration from the due time, e.g. P3D or P2WD */
  after: string;
  level: EscalationLevel;
};

export type ExpertAcceptanceInput = {
  experts: Array<string>;
  hazardId: string | number;
  opinion: string;
  passed: boolean;
};

export type FindingInput = {
  checklistItemId?: string | number | null | undefined;
  description: string;
  level: HazardLevel;
  location?: string | null | undefined;
  /** Photos uploaded with uploadPhoto */
  photoIds?: Array<string | number> | null | undefined;
  rectifyBy: string;
};

export type Grade =
  | 'FAIR'
  | 'GOOD'
  | 'POOR';

/** 按风险分级抽查: the share of each grade drawn, 0 to 1 (black-listed enterprises are always drawn) */
export type GradeRatiosInput = {
  FAIR: number;
  GOOD: number;
  POOR: number;
};

export type GradingIndicator =
  | 'blackListEvents'
  | 'confirmedTips'
  | 'falseRectifications'
  | 'hazardsPerInspection'
  | 'majorHazards'
  | 'missedSelfChecks'
  | 'overdueRectifications'
  | 'rejectedVerifications';

export type GradingItemFilter = {
  changedOnly?: boolean | null | undefined;
  /** As it will be published */
  grade?: Grade | null | undefined;
  overridden?: boolean | null | undefined;
  previousGrade?: Grade | null | undefined;
  search?: string | null | undefined;
};

/** RUNNING being computed; READY for review; PUBLISHED; SUPERSEDED by a later run of its period */
export type GradingProposalStatus =
  | 'PUBLISHED'
  | 'READY'
  | 'RUNNING'
  | 'SUPERSEDED';

export type HandleRiskInput = {
  action: RiskAction;
  /** CLOSE: 办结材料 (what was done, the result on site) */
  evidence?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** START: what is being done */
  note?: string | null | undefined;
  riskId: string | number;
};

export type HazardEventKind =
  | 'ESCALATED'
  | 'FOUND'
  | 'LISTED_SUPERVISION'
  | 'RECTIFICATION_REPORTED'
  | 'REINSPECTION_REQUESTED'
  | 'REOPENED'
  | 'SIGNED_OFF'
  | 'SIGN_OFF_RETURNED'
  | 'VERIFICATION_PASSED'
  | 'VERIFICATION_REJECTED';

export type HazardFilter = {
  campaignId?: string | number | null | undefined;
  /** Found at or after this instant */
  foundFrom?: string | null | undefined;
  /** Found before this instant (exclusive, like the dashboard window) */
  foundTo?: string | null | undefined;
  level?: HazardLevel | null | undefined;
  overdue?: boolean | null | undefined;
  regulatorId?: string | number | null | undefined;
  status?: Array<HazardStatus> | null | undefined;
  townshipId?: string | number | null | undefined;
};

export type HazardLevel =
  | 'GENERAL'
  | 'MAJOR';

export type HazardSource =
  | 'INSPECTION'
  | 'SELF_CHECK'
  | 'TIP';

export type HazardStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'PENDING_SIGN_OFF'
  | 'PENDING_VERIFICATION';

export type HolidayPeriodInput = {
  first: string;
  last: string;
  name: string;
};

export type HolidayYearInput = {
  adjustedWorkdays: Array<AdjustedWorkdayInput>;
  holidays: Array<HolidayPeriodInput>;
  provisional: boolean;
  source: string;
  year: number;
};

/** OPEN 待属地跟进; CLOSED 已办结 */
export type IllegalSiteLeadStatus =
  | 'CLOSED'
  | 'OPEN';

/** BANNED 已取缔; REGISTERED 已纳入企业台账; NO_VIOLATION 查无违法行为 */
export type IllegalSiteOutcome =
  | 'BANNED'
  | 'NO_VIOLATION'
  | 'REGISTERED';

export type Industry =
  | 'AMMONIA_REFRIGERATION'
  | 'COMBUSTIBLE_DUST'
  | 'CONFINED_SPACE'
  | 'CONSTRUCTION'
  | 'FIRE_KEY_UNIT'
  | 'FOREST_AREA'
  | 'FUEL_STATION'
  | 'GAS'
  | 'GEOLOGICAL_HAZARD_POINT'
  | 'HAZARDOUS_CHEMICALS'
  | 'MALL'
  | 'METALLURGY'
  | 'NON_COAL_MINE'
  | 'OTHER'
  | 'ROAD_TRANSPORT'
  | 'SCHOOL'
  | 'SMALL_PREMISES'
  | 'SPECIAL_EQUIPMENT'
  | 'WATER_WORKS';

/** The inspections behind the dashboard's figures: the same window, regulator and township */
export type InspectionFilter = {
  campaignId?: string | number | null | undefined;
  /** Inspected at or after this instant */
  inspectedFrom?: string | null | undefined;
  /** Inspected before this instant (exclusive) */
  inspectedTo?: string | null | undefined;
  /** The regulator whose task was inspected */
  regulatorId?: string | number | null | undefined;
  /** The township of the inspected enterprise */
  townshipId?: string | number | null | undefined;
};

export type InspectionFrequenciesInput = {
  /** Visits a year: one of 0, 1, 2, 3, 4, 6, 12 */
  FAIR: number;
  /** Visits a year: one of 0, 1, 2, 3, 4, 6, 12 */
  GOOD: number;
  /** Visits a year: one of 0, 1, 2, 3, 4, 6, 12 */
  POOR: number;
  /** Visits a year: one of 0, 1, 2, 3, 4, 6, 12 */
  majorHazardSource: number;
};

export type InspectionGroupInput = {
  idempotencyKey?: string | null | undefined;
  /** One of the members (default: the first) */
  leaderId?: string | number | null | undefined;
  /** Users: at least two, each unit with a task sends one or more */
  memberIds: Array<string | number>;
  name: string;
  /** Open INSPECT tasks, at least one of the creator’s unit */
  taskIds: Array<string | number>;
  /** The day of the visit */
  visitDate: string;
};

export type InspectionPlanInput = {
  frequencies: InspectionFrequenciesInput;
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  /** This year or next */
  year: number;
};

/** SUBMITTED 待审核; APPROVED 已批准 (its tasks are written month by month); RETURNED 已退回 */
export type InspectionPlanStatus =
  | 'APPROVED'
  | 'RETURNED'
  | 'SUBMITTED';

export type IssueWarningInput = {
  /** Minutes the enterprises have to acknowledge; default 120 */
  ackWithinMinutes?: number | null | undefined;
  content: string;
  idempotencyKey?: string | null | undefined;
  /** Null or empty: every industry */
  industries?: Array<Industry> | null | undefined;
  level: WarningLevel;
  title: string;
  townshipIds: Array<string | number>;
};

export type LaunchCampaignInput = {
  checklistTemplateId?: string | number | null | undefined;
  endsAt: string;
  escalation?: EscalationPolicyInput | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** Null or empty: every industry */
  industries?: Array<Industry> | null | undefined;
  kind: CampaignKind;
  name: string;
  /** Default P7D */
  reportEvery?: string | null | undefined;
  /** (0, 1]; default 1: a seeded, recorded random sample of the enterprises in scope */
  sampleRatio?: number | null | undefined;
  /** Instead of sampleRatio: a seeded draw per grade, black-listed enterprises always in */
  sampleRatioByGrade?: GradeRatiosInput | null | undefined;
  /** A self-check stage: a SELF_CHECK task for every enterprise in scope, due at its dueAt */
  selfCheck?: SelfCheckStageInput | null | undefined;
  /** Default: now */
  startsAt?: string | null | undefined;
  /** Default: endsAt */
  taskDueAt?: string | null | undefined;
  /** Where the tasks go (监管分工), one task per topic that applies to an enterprise: INDUSTRY its lead regulator, LOCAL its township (属地), a co-supervision topic its department for that topic. Default [INDUSTRY] */
  topics?: Array<SupervisionTopic> | null | undefined;
  /** Null or empty: every township */
  townshipIds?: Array<string | number> | null | undefined;
};

export type LaunchSupervisionInput = {
  checklistTemplateId?: string | number | null | undefined;
  endsAt: string;
  idempotencyKey?: string | null | undefined;
  name: string;
  /** Enterprises of each unit drawn for a site check, 1–20; default 3 */
  sitesPerUnit?: number | null | undefined;
  /** Default: now */
  startsAt?: string | null | undefined;
  /** The site checks’ due time; default endsAt */
  taskDueAt?: string | null | undefined;
  /** Townships and departments to supervise (at most 60) */
  unitIds: Array<string | number>;
};

export type LedgerCheckInput = {
  campaignId: string | number;
  items: Array<LedgerItemInput>;
  notes?: string | null | undefined;
  unitId: string | number;
};

export type LedgerItemInput = {
  code: string;
  note?: string | null | undefined;
  passed: boolean;
};

export type ListEntryFilter = {
  enterpriseId?: string | number | null | undefined;
  /** RED or BLACK */
  list?: ListStatus | null | undefined;
  status?: ListEntryStatus | null | undefined;
};

/** ACTIVE in force; EXPIRED its period over; REMOVED early by decision, or (red) by a later grading */
export type ListEntryStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REMOVED';

export type ListStatus =
  | 'BLACK'
  | 'NONE'
  | 'RED';

export type ListingPlanInput = {
  completeBy: string;
  contingencyPlan: string;
  fundsYuan: number;
  measures: string;
  responsible: string;
};

/** RECTIFIED 整改到位; NOT_RECTIFIED 未整改到位 (虚假整改: the hazard was reopened) */
export type LookBackOutcome =
  | 'NOT_RECTIFIED'
  | 'RECTIFIED';

/** 回头看 conclusion on the closed hazard a look-back task re-checks */
export type LookBackVerdictInput = {
  /** Required when not rectified */
  newRectifyBy?: string | null | undefined;
  /** Required when not rectified */
  reason?: string | null | undefined;
  /** true 整改到位; false 未整改到位: the hazard is reopened */
  rectified: boolean;
};

export type OpenCaseInput = {
  /** Other 执法人员 of the unit (the opener is a handler too): two or more in all */
  coHandlerIds: Array<string | number>;
  /** Or the hazard whose 复查 failed */
  hazardId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  /** The inspection that found the violation */
  inspectionId?: string | number | null | undefined;
  legalBasis: string;
  violation: string;
};

export type OrgUnitKind =
  | 'COUNTY_OFFICE'
  | 'REGULATOR'
  | 'TOWNSHIP';

export type PatrolScheduleInput = {
  /** HH:MM; at or before startsAt: the next morning (22:00–06:00) */
  endsAt: string;
  /** 1–50 enterprises in the unit's charge */
  enterpriseIds: Array<string | number>;
  idempotencyKey?: string | null | undefined;
  name: string;
  /** HH:MM, Shanghai local time */
  startsAt: string;
  /** ISO weekdays a window starts on: 1 Monday … 7 Sunday */
  weekdays: Array<number>;
};

/** 打非治违 at a site not in the register: no enterprise, so a lead for its township, not an inspection */
export type ReportIllegalSiteInput = {
  address: string;
  description: string;
  idempotencyKey?: string | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
  /** A name or how the site is known (无名小作坊…) */
  siteName: string;
  /** The township (属地) the site is in: it follows the lead up */
  townshipId: string | number;
};

export type ReportKind =
  | 'ANNUAL'
  | 'FINAL'
  | 'MONTHLY'
  | 'WEEKLY';

/** The rectification as done: for a major hazard all five items of 五落实 and at least one photo */
export type ReportRectificationInput = {
  /** 五落实·时限: when it was completed */
  completedAt?: string | null | undefined;
  /** 五落实·预案: the contingency plan while rectifying */
  contingencyPlan?: string | null | undefined;
  /** 五落实·资金: yuan spent, at most two decimals */
  funds?: number | null | undefined;
  hazardId: string | number;
  idempotencyKey?: string | null | undefined;
  /** 五落实·措施: 整改措施 */
  measures: string;
  photoIds?: Array<string | number> | null | undefined;
  /** 五落实·责任: the person responsible */
  responsible?: string | null | undefined;
};

export type ReportRiskInput = {
  description: string;
  idempotencyKey?: string | null | undefined;
  kind: RiskKind;
  /** Sets the handling deadline */
  level: RiskLevel;
  measures: string;
  place: string;
};

/** FLOOD 防汛; TYPHOON 防台风; GEOLOGICAL 地质灾害; FOREST_FIRE 森林防火; OTHER 其他 */
export type ResponseKind =
  | 'FLOOD'
  | 'FOREST_FIRE'
  | 'GEOLOGICAL'
  | 'OTHER'
  | 'TYPHOON';

/** LEVEL_IV Ⅳ级 (lowest) … LEVEL_I Ⅰ级 (highest) */
export type ResponseLevel =
  | 'LEVEL_I'
  | 'LEVEL_II'
  | 'LEVEL_III'
  | 'LEVEL_IV';

export type ResponseStatus =
  | 'ACTIVE'
  | 'ENDED';

/** START 开始处置 (with a note); CLOSE 办结 (with the evidence) */
export type RiskAction =
  | 'CLOSE'
  | 'START';

export type RiskFilter = {
  kinds?: Array<RiskKind> | null | undefined;
  /** true: open past the deadline now */
  late?: boolean | null | undefined;
  levels?: Array<RiskLevel> | null | undefined;
  statuses?: Array<RiskStatus> | null | undefined;
  /** The reporting unit (for the county office) */
  unitId?: string | number | null | undefined;
};

/** FLOOD 防汛; GEOLOGICAL 地质灾害; HAZARDOUS_CHEMICALS 危化品; CONSTRUCTION 建设施工; FIRE 消防; TRAFFIC 交通; OTHER 其他 */
export type RiskKind =
  | 'CONSTRUCTION'
  | 'FIRE'
  | 'FLOOD'
  | 'GEOLOGICAL'
  | 'HAZARDOUS_CHEMICALS'
  | 'OTHER'
  | 'TRAFFIC';

/** MAJOR 重大风险; SIGNIFICANT 较大风险; GENERAL 一般风险; LOW 低风险 */
export type RiskLevel =
  | 'GENERAL'
  | 'LOW'
  | 'MAJOR'
  | 'SIGNIFICANT';

/** REPORTED 已上报; HANDLING 处置中; CLOSED 已办结 */
export type RiskStatus =
  | 'CLOSED'
  | 'HANDLING'
  | 'REPORTED';

export type Role =
  | 'ADMIN'
  | 'ENTERPRISE'
  | 'LEADER'
  | 'REGULATOR_HEAD'
  | 'REGULATOR_STAFF'
  | 'TOWNSHIP_HEAD'
  | 'TOWNSHIP_STAFF';

/** An inspection without a campaign at an enterprise in the unit’s charge: 日常检查 or 打非治违 */
export type RoutineInspectionInput = {
  enterpriseId: string | number;
  /** Empty: no hazard found; each finding becomes a hazard in the ordinary loop */
  findings: Array<FindingInput>;
  idempotencyKey?: string | null | undefined;
  /** Default: now */
  inspectedAt?: string | null | undefined;
  /** People in the inspection group */
  inspectorCount: number;
  kind: RoutineInspectionKind;
  notes?: string | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
};

/** ROUTINE 日常检查; CRACKDOWN 打非治违 */
export type RoutineInspectionKind =
  | 'CRACKDOWN'
  | 'ROUTINE';

export type SelfCheckAnswer =
  | 'COMPLIANT'
  | 'NON_COMPLIANT'
  | 'NOT_APPLICABLE';

export type SelfCheckAnswerInput = {
  answer: SelfCheckAnswer;
  checklistItemId: string | number;
  note?: string | null | undefined;
};

/** 企业自查: every enterprise in scope checks itself against the checklist before its inspection */
export type SelfCheckStageInput = {
  /** After the start, no later than taskDueAt */
  dueAt: string;
};

/** A hazard the enterprise found itself, with its own rectification plan (整改方案) */
export type SelfFoundHazardInput = {
  /** The item answered NON_COMPLIANT it belongs to */
  checklistItemId?: string | number | null | undefined;
  description: string;
  level: HazardLevel;
  location?: string | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
  rectificationPlan: string;
  rectifyBy: string;
};

/** 销号审核 of a verified major hazard by the county office */
export type SignOffHazardInput = {
  /** true closes it (销号); false returns it for more rectification */
  approved: boolean;
  /** Required when returned */
  comment?: string | null | undefined;
  hazardId: string | number;
  idempotencyKey?: string | null | undefined;
  /** Required when returned */
  newRectifyBy?: string | null | undefined;
};

export type SituationReportInput = {
  dangersFound?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
  losses?: string | null | undefined;
  peopleMoved?: number | null | undefined;
  /** The reporter’s own uploads (uploadPhoto), at most a step’s worth */
  photoIds?: Array<string | number> | null | undefined;
  rainfallMm?: number | null | undefined;
  responseId: string | number;
  text: string;
  /** Default: the viewer’s township; another is refused */
  townshipId?: string | number | null | undefined;
};

export type SubmitInspectionInput = {
  /** Empty: no hazard found */
  findings: Array<FindingInput>;
  idempotencyKey?: string | null | undefined;
  /** Default: now */
  inspectedAt?: string | null | undefined;
  /** People in the inspection group */
  inspectorCount: number;
  /** Required on a 回头看 task (Task.lookBackCheck), refused on any other */
  lookBack?: LookBackVerdictInput | null | undefined;
  notes?: string | null | undefined;
  photoIds?: Array<string | number> | null | undefined;
  taskId: string | number;
};

export type SubmitSelfCheckInput = {
  /** One answer for every item of the campaign's checklist */
  answers: Array<SelfCheckAnswerInput>;
  /** Empty: nothing found */
  hazards: Array<SelfFoundHazardInput>;
  idempotencyKey?: string | null | undefined;
  notes?: string | null | undefined;
  /** The enterprise's own SELF_CHECK task */
  taskId: string | number;
};

export type SubmitTipInput = {
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** 举报内容: what was seen */
  description: string;
  /** 被举报单位: the name or credit code as the tipster knows it (matched against the register) */
  enterprise?: string | null | undefined;
  /** 隐患地点: where */
  location: string;
  /** At most 3 images (JPEG, PNG, WebP, HEIC; 5 MB each) in the multipart request */
  photos?: Array<File> | null | undefined;
};

/** 监管分工: INDUSTRY the lead regulator (行业监管), LOCAL the township (属地管理), or a co-supervision topic (共同监管) */
export type SupervisionTopic =
  | 'FIRE_SAFETY'
  | 'GAS_SAFETY'
  | 'INDUSTRY'
  | 'LOCAL'
  | 'SPECIAL_EQUIPMENT'
  | 'TRAFFIC_SAFETY';

export type TaskKind =
  | 'INSPECT'
  | 'SELF_CHECK'
  | 'VERIFY';

/** CAMPAIGN 专项行动; SUPERVISION 督导现场检查 (a round of the county office, see supervisedUnit); TIP 群众举报核查; LOOK_BACK 回头看核查; PLAN 年度计划检查; ROUTINE 日常检查; CRACKDOWN 打非治违; NIGHT_PATROL 夜间巡查 */
export type TaskOrigin =
  | 'CAMPAIGN'
  | 'CRACKDOWN'
  | 'LOOK_BACK'
  | 'NIGHT_PATROL'
  | 'PLAN'
  | 'ROUTINE'
  | 'SUPERVISION'
  | 'TIP';

export type TaskStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'OPEN';

export type TipFilter = {
  /** The unit verifying it */
  assigneeId?: string | number | null | undefined;
  receivedFrom?: string | null | undefined;
  /** Exclusive */
  receivedTo?: string | null | undefined;
  stages?: Array<TipStage> | null | undefined;
};

/** APPROVE the proposed or another amount in range (批准), REFUSE with a reason (不予奖励), PAID (已发放) */
export type TipRewardDecision =
  | 'APPROVE'
  | 'PAID'
  | 'REFUSE';

export type TipRewardInput = {
  /** Yuan; absent: the proposed amount */
  amount?: number | null | undefined;
  decision: TipRewardDecision;
  idempotencyKey?: string | null | undefined;
  reason?: string | null | undefined;
  tipId: string | number;
};

export type TipRewardRuleInput = {
  level: HazardLevel;
  max: number;
  min: number;
  proposed: number;
};

/** RECEIVED 已收到，待受理; NOT_ACCEPTED 不予受理; ACCEPTED 已受理，核查中; UNFOUNDED 经核查不属实; CONFIRMED 经核查属实，奖励审核中; REWARD_APPROVED 奖励已批准，待发放; REWARD_REFUSED 经核查属实，不予奖励; PAID 奖励已发放 */
export type TipStage =
  | 'ACCEPTED'
  | 'CONFIRMED'
  | 'NOT_ACCEPTED'
  | 'PAID'
  | 'RECEIVED'
  | 'REWARD_APPROVED'
  | 'REWARD_REFUSED'
  | 'UNFOUNDED';

export type TriageTipInput = {
  /** true: 受理 (enterpriseId and assigneeId); false: 不予受理 (reason) */
  accepted: boolean;
  /** The department or township that verifies it (a VERIFY task) */
  assigneeId?: string | number | null | undefined;
  enterpriseId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
  reason?: string | null | undefined;
  tipId: string | number;
};

/** A field left out keeps its value; address, legal representative and contacts given as null are cleared */
export type UpdateEnterpriseInput = {
  address?: string | null | undefined;
  /** Co-supervision topics (SPECIAL_EQUIPMENT, FIRE_SAFETY, GAS_SAFETY, TRAFFIC_SAFETY): the full set */
  coSupervisionTopics?: Array<SupervisionTopic> | null | undefined;
  contactPerson?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** A new industry moves new work to its regulator; open tasks and hazards stay */
  industry?: Industry | null | undefined;
  legalRepresentative?: string | null | undefined;
  majorHazardSource?: boolean | null | undefined;
  name?: string | null | undefined;
  townshipId?: string | number | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  /** The enterprise of an ENTERPRISE account */
  enterpriseId?: string | number | null | undefined;
  /** The new unit; a role of another kind of unit needs one */
  orgUnitId?: string | number | null | undefined;
  role?: Role | null | undefined;
};

export type UserFilter = {
  /** true: stopped accounts only; false: active only */
  disabled?: boolean | null | undefined;
  enterpriseId?: string | number | null | undefined;
  orgUnitId?: string | number | null | undefined;
  roles?: Array<Role> | null | undefined;
  /** Part of the username or the name */
  search?: string | null | undefined;
};

export type VerifyRectificationInput = {
  comment?: string | null | undefined;
  hazardId: string | number;
  idempotencyKey?: string | null | undefined;
  /** Required when not passed */
  newRectifyBy?: string | null | undefined;
  passed: boolean;
  photoIds?: Array<string | number> | null | undefined;
};

/** BLUE 蓝色预警; YELLOW 黄色预警; ORANGE 橙色预警; RED 红色预警 */
export type WarningLevel =
  | 'BLUE'
  | 'ORANGE'
  | 'RED'
  | 'YELLOW';

export type SessionUserFragment = { id: string, username: string, displayName: string, role: Role, mustChangePassword: boolean, orgUnit: { id: string, name: string, code: string } | null, enterprise: { id: string, name: string } | null };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, role: Role, mustChangePassword: boolean, orgUnit: { id: string, name: string, code: string } | null, enterprise: { id: string, name: string } | null } | null };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

type ListPage_CampaignConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_DirectiveConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_DirectiveItemConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_DutyAssignmentConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_EmergencyResponseConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_EnforcementCaseConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_EnterpriseConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_EnterpriseImportConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_EscalationConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_GradingProposalConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_GradingProposalItemConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_HazardConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_ImportRowProblemConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_InspectionConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_InspectionGroupConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_InspectionPlanConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_ListEntryConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_LookBackConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_NotificationConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_PublicMajorHazardConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_ReportConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_RiskConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_TaskConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_TipConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_UserConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

type ListPage_WarningConnection_Fragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null } };

export type ListPageFragment =
  | ListPage_CampaignConnection_Fragment
  | ListPage_DirectiveConnection_Fragment
  | ListPage_DirectiveItemConnection_Fragment
  | ListPage_DutyAssignmentConnection_Fragment
  | ListPage_EmergencyResponseConnection_Fragment
  | ListPage_EnforcementCaseConnection_Fragment
  | ListPage_EnterpriseConnection_Fragment
  | ListPage_EnterpriseImportConnection_Fragment
  | ListPage_EscalationConnection_Fragment
  | ListPage_GradingProposalConnection_Fragment
  | ListPage_GradingProposalItemConnection_Fragment
  | ListPage_HazardConnection_Fragment
  | ListPage_ImportRowProblemConnection_Fragment
  | ListPage_InspectionConnection_Fragment
  | ListPage_InspectionGroupConnection_Fragment
  | ListPage_InspectionPlanConnection_Fragment
  | ListPage_ListEntryConnection_Fragment
  | ListPage_LookBackConnection_Fragment
  | ListPage_NotificationConnection_Fragment
  | ListPage_PublicMajorHazardConnection_Fragment
  | ListPage_ReportConnection_Fragment
  | ListPage_RiskConnection_Fragment
  | ListPage_TaskConnection_Fragment
  | ListPage_TipConnection_Fragment
  | ListPage_UserConnection_Fragment
  | ListPage_WarningConnection_Fragment
;

export type HolidayYearsQueryVariables = Exact<{ [key: string]: never; }>;


export type HolidayYearsQuery = { holidayYears: Array<{ year: number, provisional: boolean }> };

export type AuditLogQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, action: string, actorName: string | null, at: string, before: string | null, after: string | null, requestId: string | null, subjectType: string, subjectId: string }> };

export type CampaignStateFragment = { id: string, status: CampaignStatus, endsAt: string };

export type CampaignDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignDetailQuery = { campaign: { createdAt: string, sampleRatio: number, sampleSeed: number | null, industries: Array<Industry>, topics: Array<SupervisionTopic>, selfCheckDueAt: string | null, id: string, name: string, kind: CampaignKind, status: CampaignStatus, startsAt: string, endsAt: string, taskDueAt: string, sampleRatioByGrade: { GOOD: number, FAIR: number, POOR: number } | null, townships: Array<{ id: string, name: string }>, checklistTemplate: { id: string, name: string } | null, duty: { selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsFound: number, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number }, escalation: { remindBefore: string | null, reportEvery: string, steps: Array<{ after: string, level: EscalationLevel }> }, reports: Array<{ id: string, kind: ReportKind, periodStart: string, periodEnd: string, createdAt: string, body: string, docxUrl: string, stats: { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number }, cumulative: { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number } }>, progress: { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number } } | null, open: { totalCount: number }, pending: { totalCount: number }, closed: { totalCount: number }, dashboard: { byRegulator: Array<{ key: string, name: string, inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, orgUnit: { id: string } | null }>, byTownship: Array<{ key: string, name: string, inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, orgUnit: { id: string } | null }> } };

export type CampaignOverdueQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignOverdueQuery = { campaign: { id: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, dueAt: string, topic: SupervisionTopic, enterprise: { id: string, name: string }, assignee: { id: string, name: string } } }> } } | null, hazards: { totalCount: number, edges: Array<{ node: { id: string, description: string, level: HazardLevel, status: HazardStatus, rectifyBy: string, enterprise: { id: string, name: string }, regulator: { id: string, name: string } } }> } };

export type CampaignFanOutQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignFanOutQuery = { campaign: { id: string, status: CampaignStatus, progress: { tasksTotal: number }, tasks: { totalCount: number } } | null };

export type PauseCampaignMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type PauseCampaignMutation = { pauseCampaign: { id: string, status: CampaignStatus, endsAt: string } };

export type ResumeCampaignMutationVariables = Exact<{
  id: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type ResumeCampaignMutation = { resumeCampaign: { id: string, status: CampaignStatus, endsAt: string } };

export type ExtendCampaignMutationVariables = Exact<{
  id: string | number;
  endsAt: string;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ExtendCampaignMutation = { extendCampaign: { id: string, status: CampaignStatus, endsAt: string } };

export type CancelCampaignMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type CancelCampaignMutation = { cancelCampaign: { id: string, status: CampaignStatus, endsAt: string } };

export type ProgressFieldsFragment = { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number };

export type CampaignSummaryFragment = { id: string, name: string, kind: CampaignKind, status: CampaignStatus, startsAt: string, endsAt: string, taskDueAt: string, progress: { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number } };

export type CampaignListQueryVariables = Exact<{
  status?: Array<CampaignStatus> | CampaignStatus | null | undefined;
  kinds?: Array<CampaignKind> | CampaignKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CampaignListQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string, name: string, kind: CampaignKind, status: CampaignStatus, startsAt: string, endsAt: string, taskDueAt: string, progress: { tasksTotal: number, tasksDone: number, tasksOverdue: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, rectificationRate: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ChecklistAdminListQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistAdminListQuery = { checklistTemplates: Array<{ code: string, version: number, industries: Array<Industry>, createdAt: string, downloadUrl: string, id: string, name: string, items: Array<{ id: string, position: number, category: string, text: string, basis: string | null, majorCriterion: boolean }> }> };

export type CreateChecklistTemplateMutationVariables = Exact<{
  input: ChecklistTemplateInput;
  key?: string | null | undefined;
}>;


export type CreateChecklistTemplateMutation = { createChecklistTemplate: { id: string, name: string, version: number } };

export type UpdateChecklistTemplateMutationVariables = Exact<{
  id: string | number;
  input: ChecklistTemplateInput;
}>;


export type UpdateChecklistTemplateMutation = { updateChecklistTemplate: { id: string, name: string, version: number } };

export type ChecklistItemsFromFileMutationVariables = Exact<{
  file: File;
}>;


export type ChecklistItemsFromFileMutation = { checklistItemsFromFile: Array<{ category: string, text: string, basis: string | null, majorCriterion: boolean }> };

export type ActivateResponseMutationVariables = Exact<{
  input: ActivateResponseInput;
}>;


export type ActivateResponseMutation = { activateResponse: { id: string } };

export type ChangeResponseLevelMutationVariables = Exact<{
  id: string | number;
  level: ResponseLevel;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ChangeResponseLevelMutation = { changeResponseLevel: { id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, reason: string, instructions: string | null, activatedAt: string, levelSince: string, ackMinutes: number, reportEveryMinutes: number, endedAt: string | null, endReason: string | null, townships: Array<{ id: string, name: string }> } };

export type EndResponseMutationVariables = Exact<{
  id: string | number;
  reason: string;
  idempotencyKey?: string | null | undefined;
}>;


export type EndResponseMutation = { endResponse: { summary: string | null, id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, reason: string, instructions: string | null, activatedAt: string, levelSince: string, ackMinutes: number, reportEveryMinutes: number, endedAt: string | null, endReason: string | null, townships: Array<{ id: string, name: string }> } };

export type DutyAssignmentFieldsFragment = { id: string, tier: DutyTier, targetKind: DutyTargetKind, targetName: string, personName: string, phone: string | null, hasAccount: boolean, userId: string | null, parentId: string | null, active: boolean, township: { id: string, name: string }, parent: { id: string, personName: string, targetName: string, tier: DutyTier } | null };

export type DutyAssignmentsQueryVariables = Exact<{
  filter?: DutyAssignmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DutyAssignmentsQuery = { dutyAssignments: { totalCount: number, edges: Array<{ node: { id: string, tier: DutyTier, targetKind: DutyTargetKind, targetName: string, personName: string, phone: string | null, hasAccount: boolean, userId: string | null, parentId: string | null, active: boolean, township: { id: string, name: string }, parent: { id: string, personName: string, targetName: string, tier: DutyTier } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DutyParentOptionsQueryVariables = Exact<{
  townshipId: string | number;
  tier: DutyTier;
}>;


export type DutyParentOptionsQuery = { dutyAssignments: { edges: Array<{ node: { id: string, personName: string, targetName: string } }> } };

export type DutyAccountOptionsQueryVariables = Exact<{
  filter: UserFilter;
}>;


export type DutyAccountOptionsQuery = { users: { edges: Array<{ node: { id: string, username: string, displayName: string, role: Role } }> } };

export type CreateDutyAssignmentMutationVariables = Exact<{
  input: DutyAssignmentInput;
}>;


export type CreateDutyAssignmentMutation = { createDutyAssignment: { id: string, tier: DutyTier, targetKind: DutyTargetKind, targetName: string, personName: string, phone: string | null, hasAccount: boolean, userId: string | null, parentId: string | null, active: boolean, township: { id: string, name: string }, parent: { id: string, personName: string, targetName: string, tier: DutyTier } | null } };

export type UpdateDutyAssignmentMutationVariables = Exact<{
  id: string | number;
  input: DutyAssignmentInput;
}>;


export type UpdateDutyAssignmentMutation = { updateDutyAssignment: { id: string, tier: DutyTier, targetKind: DutyTargetKind, targetName: string, personName: string, phone: string | null, hasAccount: boolean, userId: string | null, parentId: string | null, active: boolean, township: { id: string, name: string }, parent: { id: string, personName: string, targetName: string, tier: DutyTier } | null } };

export type ImportDutyAssignmentsMutationVariables = Exact<{
  file: File;
  commit: boolean;
}>;


export type ImportDutyAssignmentsMutation = { importDutyAssignments: { committed: boolean, fileName: string, rowsRead: number, rowsOk: number, problemCount: number, created: number, problems: Array<{ row: number, message: string }> } };

export type IssueWarningMutationVariables = Exact<{
  input: IssueWarningInput;
}>;


export type IssueWarningMutation = { issueWarning: { id: string, title: string, content: string, level: WarningLevel, industries: Array<Industry>, issuedAt: string, ackDueAt: string, escalatedAt: string | null, recipients: number, acknowledged: number, acknowledgedAt: string | null, townships: Array<{ id: string, name: string }> } };

export type PreviewEnterpriseImportMutationVariables = Exact<{
  file: File;
}>;


export type PreviewEnterpriseImportMutation = { previewEnterpriseImport: { id: string, status: EnterpriseImportStatus } };

export type EnterpriseImportPreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseImportPreviewQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview', id: string, status: EnterpriseImportStatus, fileName: string, problem: string | null, rowsTotal: number, toCreate: number, toUpdate: number, unchanged: number, invalid: number, expiresAt: string | null, rowProblems: { totalCount: number, edges: Array<{ node: { rowNumber: number, uscc: string | null, name: string | null, problems: Array<string> } }> }, import: { id: string, status: EnterpriseImportStatus, created: number, updated: number, unchanged: number, skipped: number, applied: number, toApply: number, reportUrl: string | null, finishedAt: string | null } }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type CommitEnterpriseImportMutationVariables = Exact<{
  id: string | number;
  key?: string | null | undefined;
}>;


export type CommitEnterpriseImportMutation = { commitEnterpriseImport: { id: string, status: EnterpriseImportStatus } };

export type EnterpriseImportListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterpriseImportListQuery = { enterpriseImports: { totalCount: number, edges: Array<{ node: { id: string, status: EnterpriseImportStatus, fileName: string, rowsTotal: number, created: number, updated: number, unchanged: number, skipped: number, createdAt: string, reportUrl: string | null, preview: { id: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EnterpriseListQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EnterpriseListQuery = { enterprises: { totalCount: number, edges: Array<{ node: { id: string, uscc: string, name: string, industry: Industry, grade: Grade, listStatus: ListStatus, majorHazardSource: boolean, address: string | null, legalRepresentative: string | null, contactPerson: string | null, contactPhone: string | null, status: EnterpriseStatus, statusChangedAt: string | null, statusReason: string | null, township: { id: string, name: string }, regulator: { id: string, name: string }, coSupervisors: Array<{ topic: SupervisionTopic, regulator: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type CreateEnterpriseMutation = { createEnterprise: { id: string, name: string, uscc: string, regulator: { name: string } } };

export type EnterpriseAccountsQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterpriseAccountsQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise', id: string, accounts: Array<{ id: string, username: string, displayName: string, disabled: boolean, mustChangePassword: boolean }> }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type UpdateEnterpriseMutationVariables = Exact<{
  id: string | number;
  input: UpdateEnterpriseInput;
}>;


export type UpdateEnterpriseMutation = { updateEnterprise: { id: string, name: string, industry: Industry, majorHazardSource: boolean, address: string | null, legalRepresentative: string | null, contactPerson: string | null, contactPhone: string | null, township: { id: string, name: string }, regulator: { id: string, name: string }, coSupervisors: Array<{ topic: SupervisionTopic, regulator: { id: string, name: string } }> } };

export type DeactivateEnterpriseMutationVariables = Exact<{
  id: string | number;
  reason: string;
  at?: string | null | undefined;
  status?: EnterpriseStatus | null | undefined;
}>;


export type DeactivateEnterpriseMutation = { deactivateEnterprise: { id: string, status: EnterpriseStatus, statusChangedAt: string | null, statusReason: string | null } };

export type ResumeEnterpriseMutationVariables = Exact<{
  id: string | number;
}>;


export type ResumeEnterpriseMutation = { resumeEnterprise: { id: string, status: EnterpriseStatus, statusChangedAt: string | null, statusReason: string | null } };

export type BlackListEnterpriseMutationVariables = Exact<{
  input: BlackListInput;
}>;


export type BlackListEnterpriseMutation = { blackListEnterprise: { id: string, status: ListEntryStatus, enterprise: { id: string, listStatus: ListStatus } } };

export type HolidayYearsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type HolidayYearsAdminQuery = { holidayYears: Array<{ year: number, provisional: boolean, source: string, updatedAt: string, holidays: Array<{ name: string, first: string, last: string }>, adjustedWorkdays: Array<{ date: string, holiday: string }> }> };

export type SetHolidayYearMutationVariables = Exact<{
  input: HolidayYearInput;
}>;


export type SetHolidayYearMutation = { setHolidayYear: { year: number, provisional: boolean } };

export type DeadlineRecomputesQueryVariables = Exact<{ [key: string]: never; }>;


export type DeadlineRecomputesQuery = { deadlineRecomputes: Array<{ id: number, status: string, tasks: number, hazards: number, moved: number, finishedAt: string | null }> };

export type RecomputeOpenDeadlinesMutationVariables = Exact<{ [key: string]: never; }>;


export type RecomputeOpenDeadlinesMutation = { recomputeOpenDeadlines: { id: number, status: string } };

export type LaunchOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type LaunchOptionsQuery = { orgUnits: Array<{ id: string, name: string, code: string }>, checklistTemplates: Array<{ id: string, code: string, name: string, industries: Array<Industry>, items: Array<{ id: string }> }> };

export type ScopeCountQueryVariables = Exact<{
  filter?: EnterpriseFilter | null | undefined;
}>;


export type ScopeCountQuery = { enterprises: { totalCount: number } };

export type CampaignSamplePreviewQueryVariables = Exact<{
  industries?: Array<Industry> | Industry | null | undefined;
  townshipIds?: Array<string | number> | string | number | null | undefined;
  ratios: GradeRatiosInput;
}>;


export type CampaignSamplePreviewQuery = { campaignSamplePreview: { inScope: { GOOD: number, FAIR: number, POOR: number, blackListed: number }, drawn: { GOOD: number, FAIR: number, POOR: number, blackListed: number } } };

export type LaunchCampaignMutationVariables = Exact<{
  input: LaunchCampaignInput;
}>;


export type LaunchCampaignMutation = { launchCampaign: { id: string, name: string, status: CampaignStatus } };

export type CampaignBudgetPreviewQueryVariables = Exact<{
  industries: Array<Industry> | Industry;
  townshipIds?: Array<string | number> | string | number | null | undefined;
  dueAt: string;
}>;


export type CampaignBudgetPreviewQuery = { campaignBudgetPreview: { cap: number, periodLabel: string, inScope: number, atCap: number } };

export type ListEntriesQueryVariables = Exact<{
  filter?: ListEntryFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ListEntriesQuery = { listEntries: { totalCount: number, edges: Array<{ node: { evidence: string | null, id: string, list: ListStatus, status: ListEntryStatus, ground: BlackListGround | null, groundName: string, startsAt: string, endsAt: string | null, decidedAt: string, endedAt: string | null, removalReason: string | null, enterprise: { id: string, name: string, uscc: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RemoveFromBlackListMutationVariables = Exact<{
  entryId: string | number;
  reason: string;
}>;


export type RemoveFromBlackListMutation = { removeFromBlackList: { id: string, status: ListEntryStatus, endedAt: string | null, removalReason: string | null } };

export type OrgUnitsAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUnitsAdminQuery = { orgUnits: Array<{ id: string, code: string, name: string, kind: OrgUnitKind }> };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { id: string, name: string } };

export type RenameOrgUnitMutationVariables = Exact<{
  id: string | number;
  name: string;
}>;


export type RenameOrgUnitMutation = { renameOrgUnit: { id: string, name: string } };

export type SupervisionDivisionQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionDivisionQuery = { supervisionDivision: { industries: Array<{ industry: Industry, enterprises: number, updatedAt: string, regulator: { id: string, name: string } | null }>, topics: Array<{ topic: SupervisionTopic, enterprises: number, updatedAt: string, regulator: { id: string, name: string } }> } };

export type SetIndustryRegulatorMutationVariables = Exact<{
  industry: Industry;
  regulatorId?: string | number | null | undefined;
}>;


export type SetIndustryRegulatorMutation = { setIndustryRegulator: { enterprisesMoved: number, regulator: { id: string, name: string } | null } };

export type SetTopicRegulatorMutationVariables = Exact<{
  topic: SupervisionTopic;
  regulatorId: string | number;
}>;


export type SetTopicRegulatorMutation = { setTopicRegulator: { enterprisesMoved: number, regulator: { id: string, name: string } | null } };

export type SignOffHazardMutationVariables = Exact<{
  input: SignOffHazardInput;
}>;


export type SignOffHazardMutation = { signOffHazard: { id: string, status: HazardStatus, rectifyBy: string } };

export type SupervisionRoundsQueryVariables = Exact<{
  status?: Array<CampaignStatus> | CampaignStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionRoundsQuery = { campaigns: { totalCount: number, edges: Array<{ node: { id: string, name: string, status: CampaignStatus, startsAt: string, endsAt: string, supervisedUnits: Array<{ id: string, siteChecks: number, siteChecksDone: number, hazardsFound: number, hazardsClosed: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SupervisionLaunchOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionLaunchOptionsQuery = { orgUnits: Array<{ id: string, kind: OrgUnitKind, name: string }>, checklistTemplates: Array<{ id: string, name: string, items: Array<{ id: string }> }> };

export type LaunchSupervisionMutationVariables = Exact<{
  input: LaunchSupervisionInput;
}>;


export type LaunchSupervisionMutation = { launchSupervision: { id: string, name: string, status: CampaignStatus } };

export type SupervisionTargetFieldsFragment = { id: string, sites: number, siteChecks: number, siteChecksDone: number, hazardsFound: number, hazardsAwaitingVerification: number, hazardsClosed: number, unit: { id: string, name: string, kind: OrgUnitKind }, ledgerCheck: { failed: number, notes: string | null, checkedAt: string, checkedByName: string | null, items: Array<{ code: string, label: string, passed: boolean, note: string | null }> } | null };

export type SupervisionRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionRoundQuery = { campaign: { id: string, name: string, kind: CampaignKind, status: CampaignStatus, startsAt: string, endsAt: string, taskDueAt: string, checklistTemplate: { id: string, name: string } | null, supervisedUnits: Array<{ id: string, sites: number, siteChecks: number, siteChecksDone: number, hazardsFound: number, hazardsAwaitingVerification: number, hazardsClosed: number, unit: { id: string, name: string, kind: OrgUnitKind }, ledgerCheck: { failed: number, notes: string | null, checkedAt: string, checkedByName: string | null, items: Array<{ code: string, label: string, passed: boolean, note: string | null }> } | null }> } | null };

export type SupervisionSiteChecksQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SupervisionSiteChecksQuery = { campaign: { id: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, status: TaskStatus, dueAt: string, overdue: boolean, enterprise: { id: string, name: string }, supervisedUnit: { id: string, name: string } | null, inspection: { id: string, hazards: Array<{ id: string }> } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SupervisionLedgerItemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisionLedgerItemsQuery = { supervisionLedgerItems: Array<{ code: string, label: string }> };

export type RecordLedgerCheckMutationVariables = Exact<{
  input: LedgerCheckInput;
}>;


export type RecordLedgerCheckMutation = { recordLedgerCheck: { id: string, sites: number, siteChecks: number, siteChecksDone: number, hazardsFound: number, hazardsAwaitingVerification: number, hazardsClosed: number, unit: { id: string, name: string, kind: OrgUnitKind }, ledgerCheck: { failed: number, notes: string | null, checkedAt: string, checkedByName: string | null, items: Array<{ code: string, label: string, passed: boolean, note: string | null }> } | null } };

export type TipFieldsFragment = { id: string, stage: TipStage, description: string, location: string, enterpriseText: string | null, matchMethod: string | null, receivedAt: string, triageDueAt: string, triagedAt: string | null, notAcceptedReason: string | null, verifyDueAt: string | null, verifiedAt: string | null, hazardCount: number | null, rewardMin: number | null, rewardMax: number | null, rewardProposed: number | null, rewardRuleVersion: number | null, rewardAmount: number | null, rewardReason: string | null, rewardDecidedAt: string | null, paidAt: string | null, matchedEnterprise: { id: string, name: string, uscc: string, regulator: { id: string, name: string } } | null, contact: { name: string | null, phone: string | null } | null, photos: Array<{ id: string, url: string }>, enterprise: { id: string, name: string } | null, assignee: { id: string, name: string } | null };

export type TipListQueryVariables = Exact<{
  filter?: TipFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TipListQuery = { tips: { totalCount: number, edges: Array<{ node: { id: string, stage: TipStage, description: string, location: string, enterpriseText: string | null, matchMethod: string | null, receivedAt: string, triageDueAt: string, triagedAt: string | null, notAcceptedReason: string | null, verifyDueAt: string | null, verifiedAt: string | null, hazardCount: number | null, rewardMin: number | null, rewardMax: number | null, rewardProposed: number | null, rewardRuleVersion: number | null, rewardAmount: number | null, rewardReason: string | null, rewardDecidedAt: string | null, paidAt: string | null, matchedEnterprise: { id: string, name: string, uscc: string, regulator: { id: string, name: string } } | null, contact: { name: string | null, phone: string | null } | null, photos: Array<{ id: string, url: string }>, enterprise: { id: string, name: string } | null, assignee: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TipEnterpriseOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type TipEnterpriseOptionsQuery = { enterprises: { edges: Array<{ node: { id: string, name: string, uscc: string, regulator: { id: string, name: string } } }> } };

export type TriageTipMutationVariables = Exact<{
  input: TriageTipInput;
}>;


export type TriageTipMutation = { triageTip: { id: string, stage: TipStage, description: string, location: string, enterpriseText: string | null, matchMethod: string | null, receivedAt: string, triageDueAt: string, triagedAt: string | null, notAcceptedReason: string | null, verifyDueAt: string | null, verifiedAt: string | null, hazardCount: number | null, rewardMin: number | null, rewardMax: number | null, rewardProposed: number | null, rewardRuleVersion: number | null, rewardAmount: number | null, rewardReason: string | null, rewardDecidedAt: string | null, paidAt: string | null, matchedEnterprise: { id: string, name: string, uscc: string, regulator: { id: string, name: string } } | null, contact: { name: string | null, phone: string | null } | null, photos: Array<{ id: string, url: string }>, enterprise: { id: string, name: string } | null, assignee: { id: string, name: string } | null } };

export type DecideTipRewardMutationVariables = Exact<{
  input: TipRewardInput;
}>;


export type DecideTipRewardMutation = { decideTipReward: { id: string, stage: TipStage, description: string, location: string, enterpriseText: string | null, matchMethod: string | null, receivedAt: string, triageDueAt: string, triagedAt: string | null, notAcceptedReason: string | null, verifyDueAt: string | null, verifiedAt: string | null, hazardCount: number | null, rewardMin: number | null, rewardMax: number | null, rewardProposed: number | null, rewardRuleVersion: number | null, rewardAmount: number | null, rewardReason: string | null, rewardDecidedAt: string | null, paidAt: string | null, matchedEnterprise: { id: string, name: string, uscc: string, regulator: { id: string, name: string } } | null, contact: { name: string | null, phone: string | null } | null, photos: Array<{ id: string, url: string }>, enterprise: { id: string, name: string } | null, assignee: { id: string, name: string } | null } };

export type TipRewardRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type TipRewardRulesQuery = { tipRewardRules: { version: number, rules: Array<{ level: HazardLevel, min: number, max: number, proposed: number }> } };

export type SetTipRewardRulesMutationVariables = Exact<{
  rules: Array<TipRewardRuleInput> | TipRewardRuleInput;
}>;


export type SetTipRewardRulesMutation = { setTipRewardRules: { version: number, rules: Array<{ level: HazardLevel, min: number, max: number, proposed: number }> } };

export type UserListQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UserListQuery = { users: { totalCount: number, edges: Array<{ node: { id: string, username: string, displayName: string, role: Role, disabled: boolean, mustChangePassword: boolean, orgUnit: { id: string, name: string, kind: OrgUnitKind } | null, enterprise: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, displayName: string, role: Role } };

export type ResetPasswordMutationVariables = Exact<{
  userId: string | number;
}>;


export type ResetPasswordMutation = { resetPassword: { password: string, user: { id: string, username: string, mustChangePassword: boolean } } };

export type DutyPostByTokenQueryVariables = Exact<{
  token: string;
}>;


export type DutyPostByTokenQuery = { dutyPostByToken: { assignmentId: string, personName: string, targetName: string, townshipName: string, kind: ResponseKind, level: ResponseLevel, instructions: string | null, active: boolean, dueAt: string, acknowledgedAt: string | null } | null };

export type AcknowledgePostByTokenMutationVariables = Exact<{
  assignmentId: string | number;
  token: string;
  idempotencyKey?: string | null | undefined;
}>;


export type AcknowledgePostByTokenMutation = { acknowledgePost: { id: string, acknowledgedAt: string | null, late: boolean } };

export type OwnInspectionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OwnInspectionsQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, inspectedAt: string, inspectorCount: number, groupName: string | null, unit: { id: string, name: string }, hazards: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SelfCheckTasksQueryVariables = Exact<{
  status?: Array<TaskStatus> | TaskStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SelfCheckTasksQuery = { myTasks: { totalCount: number, edges: Array<{ node: { id: string, status: TaskStatus, overdue: boolean, dueAt: string, doneAt: string | null, origin: TaskOrigin, campaign: { id: string, name: string, endsAt: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SelfCheckTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type SelfCheckTaskQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task', id: string, kind: TaskKind, status: TaskStatus, overdue: boolean, dueAt: string, enterprise: { id: string, name: string }, campaign: { id: string, name: string, checklistTemplate: { id: string, name: string, items: Array<{ id: string, position: number, category: string, text: string, basis: string | null, majorCriterion: boolean }> } | null } | null, selfCheck: { id: string, submittedAt: string, submitterName: string | null, notes: string | null, answers: Array<{ answer: SelfCheckAnswer, note: string | null, item: { id: string } }>, hazards: Array<{ id: string, level: HazardLevel, status: HazardStatus, description: string }> } | null }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type SubmitSelfCheckMutationVariables = Exact<{
  input: SubmitSelfCheckInput;
}>;


export type SubmitSelfCheckMutation = { submitSelfCheck: { id: string, hazards: Array<{ id: string }>, task: { id: string, status: TaskStatus } } };

export type EnterpriseHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseHomeQuery = { me: { id: string, enterprise: { id: string, name: string, uscc: string, grade: Grade, listStatus: ListStatus, township: { id: string, name: string }, regulator: { id: string, name: string } } | null } | null, openSelfChecks: { totalCount: number }, toRectify: { totalCount: number }, overdue: { totalCount: number } };

export type OwnGradeQueryVariables = Exact<{ [key: string]: never; }>;


export type OwnGradeQuery = { me: { id: string, enterprise: { id: string, name: string, grade: Grade, listStatus: ListStatus, grades: Array<{ periodEnd: string, grade: Grade, proposedGrade: Grade, score: number, overrideReason: string | null, reasons: Array<string>, publishedAt: string, indicators: Array<{ indicator: GradingIndicator, label: string, value: number, deduction: number }> }>, listEntries: Array<{ id: string, list: ListStatus, status: ListEntryStatus, ground: BlackListGround | null, groundName: string, startsAt: string, endsAt: string | null, decidedAt: string, endedAt: string | null, removalReason: string | null }> } | null } | null };

export type LeaderDashboardQueryVariables = Exact<{
  filter?: DashboardFilter | null | undefined;
}>;


export type LeaderDashboardQuery = { dashboard: { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, inspectionGroups: { groupsSent: number, inspectorsDispatched: number, jointGroups: number }, tips: { received: number, accepted: number, confirmed: number, rewarded: number, rewardAmount: number } | null, byRegulator: Array<{ key: string, name: string, inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, orgUnit: { id: string } | null }>, byTownship: Array<{ key: string, name: string, inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, orgUnit: { id: string } | null }> } };

export type GradingFiguresQueryVariables = Exact<{ [key: string]: never; }>;


export type GradingFiguresQuery = { gradingFigures: { redListed: number, blackListed: number, current: { GOOD: number, FAIR: number, POOR: number }, lastPublished: { periodEnd: string, grades: { GOOD: number, FAIR: number, POOR: number } } | null, previousPublished: { periodEnd: string, grades: { GOOD: number, FAIR: number, POOR: number } } | null } };

export type StandingSupervisionFiguresQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type StandingSupervisionFiguresQuery = { inspectionPlans: { totalCount: number, edges: Array<{ node: { id: string, status: InspectionPlanStatus, progress: { dueSoFar: number, doneOfDue: number } } }> }, falseRectificationRates: Array<{ judged: number, notRectified: number }> };

export type InspectionListQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionListQuery = { inspections: { totalCount: number, edges: Array<{ node: { id: string, inspectedAt: string, inspectorCount: number, enterprise: { id: string, name: string, township: { id: string, name: string } }, task: { id: string, origin: TaskOrigin, campaign: { id: string, name: string } | null, assignee: { id: string, name: string } }, hazards: Array<{ id: string, level: HazardLevel }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { expiresAt: string, user: { id: string, username: string, displayName: string, role: Role, mustChangePassword: boolean, orgUnit: { id: string, name: string, code: string } | null, enterprise: { id: string, name: string } | null } } };

export type PublicMajorHazardsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicMajorHazardsQuery = { publicMajorHazards: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, enterpriseName: string, townshipName: string, regulatorName: string, description: string, listedAt: string, rectifyBy: string, status: string, removedAt: string | null, suspended: boolean } }> } };

export type InspectionTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionTaskQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task', id: string, kind: TaskKind, status: TaskStatus, overdue: boolean, dueAt: string, origin: TaskOrigin, patrolWindowStartsAt: string | null, assignee: { id: string, name: string }, enterprise: { id: string, name: string, uscc: string, address: string | null, industry: Industry, legalRepresentative: string | null, majorHazardSource: boolean, township: { id: string, name: string } }, campaign: { id: string, name: string, startsAt: string, endsAt: string, checklistTemplate: { id: string, name: string, items: Array<{ id: string, position: number, category: string, text: string, basis: string | null, majorCriterion: boolean }> } | null } | null, selfCheck: { id: string, submittedAt: string, submitterName: string | null, notes: string | null, answers: Array<{ answer: SelfCheckAnswer, note: string | null, item: { id: string } }>, hazards: Array<{ id: string, level: HazardLevel, status: HazardStatus, description: string }> } | null, supervisedUnit: { id: string, name: string } | null, lookBackCheck: { month: string, hazardId: string, level: HazardLevel, hazardStatus: HazardStatus, description: string, location: string | null, rectificationMeasures: string | null, foundAt: string, closedAt: string | null, outcome: LookBackOutcome | null, reason: string | null, closingUnit: { id: string, name: string } } | null, tip: { id: string, description: string, location: string, enterpriseText: string | null, photos: Array<{ id: string, url: string }> } | null, inspection: { id: string, inspectedAt: string, inspectorCount: number, notes: string | null, hazards: Array<{ id: string, level: HazardLevel, status: HazardStatus, description: string }> } | null }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type SubmitInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
}>;


export type SubmitInspectionMutation = { submitInspection: { id: string, inspectorCount: number, hazards: Array<{ id: string, level: HazardLevel, status: HazardStatus }>, task: { id: string, status: TaskStatus } } };

export type ReopenHazardMutationVariables = Exact<{
  hazardId: string | number;
  reason: string;
  newRectifyBy: string;
  inspectorCount?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ReopenHazardMutation = { reopenHazard: { id: string, status: HazardStatus, rectifyBy: string } };

export type JointVisitProposalsQueryVariables = Exact<{ [key: string]: never; }>;


export type JointVisitProposalsQuery = { jointVisitProposals: Array<{ enterpriseId: string, enterpriseName: string, month: string, mayOrganise: boolean, units: Array<{ id: string, name: string }>, tasks: Array<{ id: string, unitName: string, origin: string, dueAt: string }>, budget: { periodLabel: string, cap: number, done: number, planned: number, total: number, over: boolean, totalIfJoint: number } | null, candidates: Array<{ id: string, name: string, unitName: string | null, unit: { id: string } | null }> }> };

export type BudgetFieldsFragment = { periodLabel: string, cap: number, done: number, planned: number, total: number, over: boolean, totalIfJoint: number };

export type InspectionGroupsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionGroupsQuery = { inspectionGroups: { totalCount: number, edges: Array<{ node: { id: string, name: string, visitDate: string, members: Array<{ id: string }>, enterprises: Array<{ id: string, name: string }>, tasks: Array<{ id: string, status: TaskStatus }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type InspectionGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionGroupQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup', id: string, name: string, visitDate: string, leader: { id: string, name: string } | null, members: Array<{ id: string, name: string, unitName: string | null }>, enterprises: Array<{ id: string, name: string }>, budgets: Array<{ periodLabel: string, cap: number, done: number, planned: number, total: number, over: boolean, totalIfJoint: number }>, tasks: Array<{ id: string, enterpriseName: string, unitName: string, origin: string, status: TaskStatus, dueAt: string, inspectedAt: string | null, findings: number, recordedByGroup: boolean }> }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type CreateInspectionGroupMutationVariables = Exact<{
  input: InspectionGroupInput;
}>;


export type CreateInspectionGroupMutation = { createInspectionGroup: { id: string } };

export type SubmitGroupInspectionMutationVariables = Exact<{
  input: SubmitInspectionInput;
}>;


export type SubmitGroupInspectionMutation = { submitInspection: { id: string, groupName: string | null } };

export type RectificationCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type RectificationCountsQuery = { open: { totalCount: number }, pending: { totalCount: number }, closed: { totalCount: number }, overdue: { totalCount: number } };

export type VerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type VerifyRectificationMutation = { verifyRectification: { id: string, status: HazardStatus, rectifyBy: string } };

export type RoutineEnterpriseOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type RoutineEnterpriseOptionsQuery = { enterprises: { edges: Array<{ node: { id: string, name: string, uscc: string, address: string | null } }> } };

export type RecordRoutineInspectionMutationVariables = Exact<{
  input: RoutineInspectionInput;
}>;


export type RecordRoutineInspectionMutation = { recordRoutineInspection: { id: string, inspectedAt: string, enterprise: { id: string, name: string }, hazards: Array<{ id: string, level: HazardLevel }>, task: { id: string, origin: TaskOrigin } } };

export type PatrolSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type PatrolSchedulesQuery = { patrolSchedules: Array<{ id: string, name: string, startsAt: string, endsAt: string, crossesMidnight: boolean, weekdays: Array<number>, active: boolean, createdAt: string, taskCount: number, inspectedCount: number, outsideWindowCount: number, unit: { id: string, name: string }, enterprises: Array<{ id: string, name: string }>, nextWindow: { startsAt: string, endsAt: string } | null }> };

export type PatrolTasksQueryVariables = Exact<{
  id: string | number;
}>;


export type PatrolTasksQuery = { node:
    | { id: string, tasks: Array<{ id: string, status: TaskStatus, overdue: boolean, dueAt: string, patrolWindowStartsAt: string | null, enterprise: { id: string, name: string }, inspection: { id: string, inspectedAt: string, outsideWindow: boolean } | null }> }
    | Record<PropertyKey, never>
   | null };

export type CreatePatrolScheduleMutationVariables = Exact<{
  input: PatrolScheduleInput;
}>;


export type CreatePatrolScheduleMutation = { createPatrolSchedule: { id: string } };

export type DeactivatePatrolScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePatrolScheduleMutation = { deactivatePatrolSchedule: { id: string, active: boolean } };

export type IllegalSiteLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type IllegalSiteLeadsQuery = { illegalSiteLeads: Array<{ id: string, siteName: string, address: string, description: string, status: IllegalSiteLeadStatus, outcome: IllegalSiteOutcome | null, outcomeNote: string | null, reportedAt: string, closedAt: string | null, township: { id: string, name: string }, unit: { id: string, name: string }, photos: Array<{ id: string, url: string }> }> };

export type ReportIllegalSiteMutationVariables = Exact<{
  input: ReportIllegalSiteInput;
}>;


export type ReportIllegalSiteMutation = { reportIllegalSite: { id: string } };

export type CloseIllegalSiteLeadMutationVariables = Exact<{
  id: string | number;
  outcome: IllegalSiteOutcome;
  note: string;
}>;


export type CloseIllegalSiteLeadMutation = { closeIllegalSiteLead: { id: string, status: IllegalSiteLeadStatus } };

export type MyTasksQueryVariables = Exact<{
  status?: Array<TaskStatus> | TaskStatus | null | undefined;
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyTasksQuery = { myTasks: { totalCount: number, edges: Array<{ node: { id: string, kind: TaskKind, topic: SupervisionTopic, status: TaskStatus, overdue: boolean, dueAt: string, doneAt: string | null, origin: TaskOrigin, enterprise: { id: string, name: string, industry: Industry, address: string | null, township: { id: string, name: string } }, campaign: { id: string, name: string } | null, assignee: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyTaskCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTaskCountsQuery = { open: { totalCount: number }, overdue: { totalCount: number }, done: { totalCount: number } };

export type SubmitTipMutationVariables = Exact<{
  input: SubmitTipInput;
}>;


export type SubmitTipMutation = { submitTip: { trackingCode: string } };

export type TipStatusQueryVariables = Exact<{
  code: string;
}>;


export type TipStatusQuery = { tipByTrackingCode: { stage: TipStage, stageName: string, receivedAt: string, triageDueAt: string, triagedAt: string | null, verifiedAt: string | null, rewardDecidedAt: string | null, paidAt: string | null } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, disabled: boolean } };

export type CaseRowFragment = { id: string, status: CaseStatus, violation: string, handlerNames: Array<string>, filedAt: string, decisionDueAt: string, hearingDueAt: string | null, serviceDueAt: string | null, paymentDueAt: string | null, penaltyYuan: number | null, proposedPenaltyYuan: number | null, unit: { id: string, name: string }, enterprise: { id: string, name: string } };

export type CasesQueryVariables = Exact<{
  filter?: CaseFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, edges: Array<{ node: { id: string, status: CaseStatus, violation: string, handlerNames: Array<string>, filedAt: string, decisionDueAt: string, hearingDueAt: string | null, serviceDueAt: string | null, paymentDueAt: string | null, penaltyYuan: number | null, proposedPenaltyYuan: number | null, unit: { id: string, name: string }, enterprise: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CaseFieldsFragment = { legalBasis: string, handlerIds: Array<string>, notifiedAt: string | null, statementDueAt: string | null, statement: string | null, hearingRequested: boolean, hearingHeld: boolean, decidedAt: string | null, servedAt: string | null, executedAt: string | null, closedAt: string | null, archivedAt: string | null, archiveNumber: string | null, id: string, status: CaseStatus, violation: string, handlerNames: Array<string>, filedAt: string, decisionDueAt: string, hearingDueAt: string | null, serviceDueAt: string | null, paymentDueAt: string | null, penaltyYuan: number | null, proposedPenaltyYuan: number | null, inspection: { id: string } | null, hazard: { id: string } | null, events: Array<{ action: string, note: string | null, actorName: string | null, at: string }>, unit: { id: string, name: string }, enterprise: { id: string, name: string } };

export type CaseQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase', legalBasis: string, handlerIds: Array<string>, notifiedAt: string | null, statementDueAt: string | null, statement: string | null, hearingRequested: boolean, hearingHeld: boolean, decidedAt: string | null, servedAt: string | null, executedAt: string | null, closedAt: string | null, archivedAt: string | null, archiveNumber: string | null, id: string, status: CaseStatus, violation: string, handlerNames: Array<string>, filedAt: string, decisionDueAt: string, hearingDueAt: string | null, serviceDueAt: string | null, paymentDueAt: string | null, penaltyYuan: number | null, proposedPenaltyYuan: number | null, inspection: { id: string } | null, hazard: { id: string } | null, events: Array<{ action: string, note: string | null, actorName: string | null, at: string }>, unit: { id: string, name: string }, enterprise: { id: string, name: string } }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, status: CaseStatus } };

export type AdvanceCaseMutationVariables = Exact<{
  input: AdvanceCaseInput;
}>;


export type AdvanceCaseMutation = { advanceCase: { legalBasis: string, handlerIds: Array<string>, notifiedAt: string | null, statementDueAt: string | null, statement: string | null, hearingRequested: boolean, hearingHeld: boolean, decidedAt: string | null, servedAt: string | null, executedAt: string | null, closedAt: string | null, archivedAt: string | null, archiveNumber: string | null, id: string, status: CaseStatus, violation: string, handlerNames: Array<string>, filedAt: string, decisionDueAt: string, hearingDueAt: string | null, serviceDueAt: string | null, paymentDueAt: string | null, penaltyYuan: number | null, proposedPenaltyYuan: number | null, inspection: { id: string } | null, hazard: { id: string } | null, events: Array<{ action: string, note: string | null, actorName: string | null, at: string }>, unit: { id: string, name: string }, enterprise: { id: string, name: string } } };

export type CaseColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseColleaguesQuery = { unitOfficers: Array<{ id: string, name: string, role: string }> };

export type ChecklistTemplateFieldsFragment = { id: string, name: string, items: Array<{ id: string, position: number, category: string, text: string, basis: string | null, majorCriterion: boolean }> };

export type SelfCheckFieldsFragment = { id: string, submittedAt: string, submitterName: string | null, notes: string | null, answers: Array<{ answer: SelfCheckAnswer, note: string | null, item: { id: string } }>, hazards: Array<{ id: string, level: HazardLevel, status: HazardStatus, description: string }> };

export type DirectiveItemFieldsFragment = { id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } };

export type DirectiveFieldsFragment = { id: string, kind: DirectiveKind, source: string, documentNumber: string, title: string, receivedAt: string, replyDueAt: string, status: DirectiveStatus, reply: string | null, repliedAt: string | null, items: Array<{ id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } }> };

export type DirectiveListQueryVariables = Exact<{
  filter?: DirectiveFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectiveListQuery = { directives: { totalCount: number, edges: Array<{ node: { id: string, kind: DirectiveKind, source: string, documentNumber: string, title: string, receivedAt: string, replyDueAt: string, status: DirectiveStatus, reply: string | null, repliedAt: string | null, items: Array<{ id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RegisterDirectiveMutationVariables = Exact<{
  input: DirectiveInput;
}>;


export type RegisterDirectiveMutation = { registerDirective: { id: string, kind: DirectiveKind, source: string, documentNumber: string, title: string, receivedAt: string, replyDueAt: string, status: DirectiveStatus, reply: string | null, repliedAt: string | null, items: Array<{ id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } }> } };

export type ReplyDirectiveMutationVariables = Exact<{
  id: string | number;
  reply: string;
  idempotencyKey?: string | null | undefined;
}>;


export type ReplyDirectiveMutation = { replyDirective: { id: string, kind: DirectiveKind, source: string, documentNumber: string, title: string, receivedAt: string, replyDueAt: string, status: DirectiveStatus, reply: string | null, repliedAt: string | null, items: Array<{ id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } }> } };

export type DirectiveItemListQueryVariables = Exact<{
  filter?: DirectiveItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DirectiveItemListQuery = { directiveItems: { totalCount: number, edges: Array<{ node: { id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, directive: { id: string, kind: DirectiveKind, source: string, documentNumber: string, title: string }, assignee: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AnswerDirectiveItemMutationVariables = Exact<{
  input: AnswerDirectiveItemInput;
}>;


export type AnswerDirectiveItemMutation = { answerDirectiveItem: { id: string, position: number, content: string, dueAt: string, status: DirectiveItemStatus, late: boolean, answer: string | null, answeredAt: string | null, answeredByName: string | null, assignee: { id: string, name: string } } };

export type DocumentFieldsFragment = { id: string, kind: DocumentKind, title: string, number: string, issuedAt: string, issuedByName: string | null, pdfUrl: string, signedAt: string | null, signerName: string | null, issuer: { id: string, name: string }, enterprise: { id: string, name: string }, items: Array<{ text: string, basis: string | null, deadline: string | null }>, corrects: { id: string, number: string } | null, correctedBy: { id: string, number: string } | null };

export type DocumentsQueryVariables = Exact<{
  subjectId: string | number;
}>;


export type DocumentsQuery = { documents: Array<{ id: string, kind: DocumentKind, title: string, number: string, issuedAt: string, issuedByName: string | null, pdfUrl: string, signedAt: string | null, signerName: string | null, issuer: { id: string, name: string }, enterprise: { id: string, name: string }, items: Array<{ text: string, basis: string | null, deadline: string | null }>, corrects: { id: string, number: string } | null, correctedBy: { id: string, number: string } | null }> };

export type SignDocumentMutationVariables = Exact<{
  id: string | number;
  signerName: string;
}>;


export type SignDocumentMutation = { signDocument: { id: string, kind: DocumentKind, title: string, number: string, issuedAt: string, issuedByName: string | null, pdfUrl: string, signedAt: string | null, signerName: string | null, issuer: { id: string, name: string }, enterprise: { id: string, name: string }, items: Array<{ text: string, basis: string | null, deadline: string | null }>, corrects: { id: string, number: string } | null, correctedBy: { id: string, number: string } | null } };

export type CorrectDocumentMutationVariables = Exact<{
  input: CorrectDocumentInput;
}>;


export type CorrectDocumentMutation = { correctDocument: { id: string, kind: DocumentKind, title: string, number: string, issuedAt: string, issuedByName: string | null, pdfUrl: string, signedAt: string | null, signerName: string | null, issuer: { id: string, name: string }, enterprise: { id: string, name: string }, items: Array<{ text: string, basis: string | null, deadline: string | null }>, corrects: { id: string, number: string } | null, correctedBy: { id: string, number: string } | null } };

export type ResponseFieldsFragment = { id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, reason: string, instructions: string | null, activatedAt: string, levelSince: string, ackMinutes: number, reportEveryMinutes: number, endedAt: string | null, endReason: string | null, townships: Array<{ id: string, name: string }> };

export type SituationReportFieldsFragment = { id: string, periodDueAt: string, rainfallMm: number | null, peopleMoved: number, dangersFound: number, losses: string | null, text: string, submittedAt: string, township: { id: string, name: string }, photos: Array<{ id: string, url: string, step: string | null }> };

export type BoardRowFieldsFragment = { links: number, acknowledged: number, overdue: number, reports: number, township: { id: string, name: string }, lateLinks: Array<{ personName: string, targetName: string, tier: DutyTier, dueAt: string, acknowledgedAt: string | null, escalatedUp: boolean }>, latestReport: { id: string, periodDueAt: string, rainfallMm: number | null, peopleMoved: number, dangersFound: number, losses: string | null, text: string, submittedAt: string, township: { id: string, name: string }, photos: Array<{ id: string, url: string, step: string | null }> } | null };

export type EmergencyResponsesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmergencyResponsesQuery = { emergencyResponses: { totalCount: number, edges: Array<{ node: { id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, reason: string, instructions: string | null, activatedAt: string, levelSince: string, ackMinutes: number, reportEveryMinutes: number, endedAt: string | null, endReason: string | null, townships: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type EmergencyResponseQueryVariables = Exact<{
  id: string | number;
}>;


export type EmergencyResponseQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse', summary: string | null, id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, reason: string, instructions: string | null, activatedAt: string, levelSince: string, ackMinutes: number, reportEveryMinutes: number, endedAt: string | null, endReason: string | null, levelChanges: Array<{ fromLevel: ResponseLevel, toLevel: ResponseLevel, reason: string, changedAt: string }>, reports: Array<{ id: string, periodDueAt: string, rainfallMm: number | null, peopleMoved: number, dangersFound: number, losses: string | null, text: string, submittedAt: string, township: { id: string, name: string }, photos: Array<{ id: string, url: string, step: string | null }> }>, townships: Array<{ id: string, name: string }> }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type ResponseBoardQueryVariables = Exact<{
  id: string | number;
}>;


export type ResponseBoardQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse', id: string, level: ResponseLevel, status: ResponseStatus, levelSince: string, board: Array<{ links: number, acknowledged: number, overdue: number, reports: number, township: { id: string, name: string }, lateLinks: Array<{ personName: string, targetName: string, tier: DutyTier, dueAt: string, acknowledgedAt: string | null, escalatedUp: boolean }>, latestReport: { id: string, periodDueAt: string, rainfallMm: number | null, peopleMoved: number, dangersFound: number, losses: string | null, text: string, submittedAt: string, township: { id: string, name: string }, photos: Array<{ id: string, url: string, step: string | null }> } | null }> }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type MyDutyPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyDutyPostsQuery = { myDutyPosts: Array<{ id: string, assignmentId: string, targetName: string, dueAt: string, acknowledgedAt: string | null, response: { id: string, kind: ResponseKind, level: ResponseLevel, status: ResponseStatus, instructions: string | null } }> };

export type AcknowledgePostMutationVariables = Exact<{
  assignmentId: string | number;
  responseId?: string | number | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type AcknowledgePostMutation = { acknowledgePost: { id: string, acknowledgedAt: string | null, late: boolean } };

export type SubmitSituationReportMutationVariables = Exact<{
  input: SituationReportInput;
}>;


export type SubmitSituationReportMutation = { submitSituationReport: { id: string, periodDueAt: string, rainfallMm: number | null, peopleMoved: number, dangersFound: number, losses: string | null, text: string, submittedAt: string, township: { id: string, name: string }, photos: Array<{ id: string, url: string, step: string | null }> } };

export type WarningFieldsFragment = { id: string, title: string, content: string, level: WarningLevel, industries: Array<Industry>, issuedAt: string, ackDueAt: string, escalatedAt: string | null, recipients: number, acknowledged: number, acknowledgedAt: string | null, townships: Array<{ id: string, name: string }> };

export type WarningsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WarningsQuery = { warnings: { totalCount: number, edges: Array<{ node: { id: string, title: string, content: string, level: WarningLevel, industries: Array<Industry>, issuedAt: string, ackDueAt: string, escalatedAt: string | null, recipients: number, acknowledged: number, acknowledgedAt: string | null, townships: Array<{ id: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcknowledgeWarningMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeWarningMutation = { acknowledgeWarning: { id: string, title: string, content: string, level: WarningLevel, industries: Array<Industry>, issuedAt: string, ackDueAt: string, escalatedAt: string | null, recipients: number, acknowledged: number, acknowledgedAt: string | null, townships: Array<{ id: string, name: string }> } };

export type EscalationBoardQueryVariables = Exact<{
  status?: Array<EscalationStatus> | EscalationStatus | null | undefined;
}>;


export type EscalationBoardQuery = { escalations: { edges: Array<{ node: { id: string, level: EscalationLevel, status: EscalationStatus, raisedAt: string, acknowledgedAt: string | null, acknowledgeComment: string | null, resolvedAt: string | null, subjectType: string, addressee: { id: string, name: string }, task: { id: string, dueAt: string, enterprise: { id: string, name: string }, campaign: { id: string, name: string } | null } | null, tip: { id: string, description: string, stage: TipStage, triageDueAt: string, rewardDueAt: string | null } | null, risk: { id: string, place: string, handleBy: string, unit: { id: string, name: string } } | null, directiveItem: { id: string, content: string, dueAt: string, assignee: { id: string, name: string } } | null, hazard: { id: string, description: string, level: HazardLevel, rectifyBy: string, enterprise: { id: string, name: string } } | null } }> } };

export type AcknowledgeEscalationMutationVariables = Exact<{
  id: string | number;
  comment?: string | null | undefined;
}>;


export type AcknowledgeEscalationMutation = { acknowledgeEscalation: { id: string, status: EscalationStatus, acknowledgedAt: string | null, acknowledgeComment: string | null } };

type Figures_CountyReportFigures_Fragment = { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number };

type Figures_Dashboard_Fragment = { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number };

type Figures_DashboardRow_Fragment = { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number };

export type FiguresFragment =
  | Figures_CountyReportFigures_Fragment
  | Figures_Dashboard_Fragment
  | Figures_DashboardRow_Fragment
;

export type FigureRowFragment = { key: string, name: string, inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number, orgUnit: { id: string } | null };

export type GradingProposalsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GradingProposalsQuery = { gradingProposals: { totalCount: number, edges: Array<{ node: { id: string, periodEnd: string, status: GradingProposalStatus, graded: number, createdAt: string, publishedAt: string | null, distribution: { changed: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GradingProposalQueryVariables = Exact<{
  id: string | number;
}>;


export type GradingProposalQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal', id: string, periodEnd: string, windowStart: string, ruleSetVersion: number, status: GradingProposalStatus, graded: number, createdAt: string, readyAt: string | null, publishedAt: string | null, distribution: { changed: number, overridden: number, redListed: number, before: { GOOD: number, FAIR: number, POOR: number }, after: { GOOD: number, FAIR: number, POOR: number } } }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type GradingItemsQueryVariables = Exact<{
  id: string | number;
  filter?: GradingItemFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GradingItemsQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal', id: string, items: { totalCount: number, edges: Array<{ node: { score: number, previousGrade: Grade, proposedGrade: Grade, grade: Grade, changed: boolean, overrideReason: string | null, overriddenAt: string | null, redListProposed: boolean, reasons: Array<string>, enterprise: { id: string, name: string, uscc: string }, indicators: Array<{ indicator: GradingIndicator, label: string, value: number, deduction: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Hazard' }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type RunGradingMutationVariables = Exact<{
  periodEnd?: string | null | undefined;
}>;


export type RunGradingMutation = { runGrading: { id: string, status: GradingProposalStatus, periodEnd: string } };

export type OverrideProposedGradeMutationVariables = Exact<{
  proposalId: string | number;
  enterpriseId: string | number;
  grade: Grade;
  reason: string;
}>;


export type OverrideProposedGradeMutation = { overrideProposedGrade: { id: string, distribution: { changed: number, overridden: number } } };

export type PublishGradingProposalMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishGradingProposalMutation = { publishGradingProposal: { id: string, status: GradingProposalStatus, publishedAt: string | null } };

export type ListEntryFieldsFragment = { id: string, list: ListStatus, status: ListEntryStatus, ground: BlackListGround | null, groundName: string, startsAt: string, endsAt: string | null, decidedAt: string, endedAt: string | null, removalReason: string | null };

export type EnterpriseGradeFieldsFragment = { periodEnd: string, grade: Grade, proposedGrade: Grade, score: number, overrideReason: string | null, reasons: Array<string>, publishedAt: string, indicators: Array<{ indicator: GradingIndicator, label: string, value: number, deduction: number }> };

export type HazardListingFieldsFragment = { listedAt: string | null, delistedAt: string | null, listing: { planAt: string | null, suspendedAt: string | null, suspensionReason: string | null, plan: { measures: string, responsible: string, fundsYuan: number, completeBy: string, contingencyPlan: string } | null, expertAcceptance: { experts: Array<string>, opinion: string, passed: boolean, at: string } | null } | null };

export type SubmitListingPlanMutationVariables = Exact<{
  hazardId: string | number;
  input: ListingPlanInput;
}>;


export type SubmitListingPlanMutation = { submitListingPlan: { id: string } };

export type OrderSuspensionMutationVariables = Exact<{
  hazardId: string | number;
  reason: string;
}>;


export type OrderSuspensionMutation = { orderSuspension: { id: string } };

export type RecordExpertAcceptanceMutationVariables = Exact<{
  input: ExpertAcceptanceInput;
}>;


export type RecordExpertAcceptanceMutation = { recordExpertAcceptance: { id: string } };

export type HazardFieldsFragment = { id: string, level: HazardLevel, status: HazardStatus, overdue: boolean, description: string, location: string | null, rectifyBy: string, foundAt: string, reportedAt: string | null, rectificationMeasures: string | null, source: HazardSource, rectificationPlan: string | null, reportedOnBehalf: boolean | null, reportedByViewer: boolean, reporterName: string | null, rectificationResponsible: string | null, rectificationFunds: number | null, rectificationCompletedAt: string | null, rectificationContingencyPlan: string | null, underOrder: boolean, verifyBy: string | null, reinspectionRequestedAt: string | null, enterprise: { id: string, name: string }, regulator: { id: string, name: string }, verifierUnit: { id: string, name: string }, township: { id: string, name: string }, campaign: { id: string, name: string } | null, photos: Array<{ id: string, url: string, step: string | null }> };

export type HazardListQueryVariables = Exact<{
  filter?: HazardFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HazardListQuery = { hazards: { totalCount: number, edges: Array<{ node: { id: string, level: HazardLevel, status: HazardStatus, overdue: boolean, description: string, location: string | null, rectifyBy: string, foundAt: string, reportedAt: string | null, rectificationMeasures: string | null, source: HazardSource, rectificationPlan: string | null, reportedOnBehalf: boolean | null, reportedByViewer: boolean, reporterName: string | null, rectificationResponsible: string | null, rectificationFunds: number | null, rectificationCompletedAt: string | null, rectificationContingencyPlan: string | null, underOrder: boolean, verifyBy: string | null, reinspectionRequestedAt: string | null, enterprise: { id: string, name: string }, regulator: { id: string, name: string }, verifierUnit: { id: string, name: string }, township: { id: string, name: string }, campaign: { id: string, name: string } | null, photos: Array<{ id: string, url: string, step: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HazardDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type HazardDetailQuery = { node:
    | { __typename: 'Campaign' }
    | { __typename: 'ChecklistItem' }
    | { __typename: 'ChecklistTemplate' }
    | { __typename: 'Directive' }
    | { __typename: 'DirectiveItem' }
    | { __typename: 'Document' }
    | { __typename: 'EmergencyResponse' }
    | { __typename: 'EnforcementCase' }
    | { __typename: 'Enterprise' }
    | { __typename: 'EnterpriseImport' }
    | { __typename: 'EnterpriseImportPreview' }
    | { __typename: 'Escalation' }
    | { __typename: 'GradingProposal' }
    | { __typename: 'Hazard', verifiedAt: string | null, signedOffAt: string | null, closedAt: string | null, id: string, level: HazardLevel, status: HazardStatus, overdue: boolean, description: string, location: string | null, rectifyBy: string, foundAt: string, reportedAt: string | null, rectificationMeasures: string | null, source: HazardSource, rectificationPlan: string | null, reportedOnBehalf: boolean | null, reportedByViewer: boolean, reporterName: string | null, rectificationResponsible: string | null, rectificationFunds: number | null, rectificationCompletedAt: string | null, rectificationContingencyPlan: string | null, underOrder: boolean, verifyBy: string | null, reinspectionRequestedAt: string | null, listedAt: string | null, delistedAt: string | null, enterprise: { uscc: string, address: string | null, id: string, name: string }, checklistItem: { id: string, category: string, text: string } | null, photos: Array<{ createdAt: string, id: string, url: string, step: string | null }>, history: Array<{ kind: HazardEventKind, at: string, actorName: string | null, comment: string | null, fromStatus: HazardStatus | null, toStatus: HazardStatus }>, escalations: Array<{ id: string, level: EscalationLevel, status: EscalationStatus, raisedAt: string, addressee: { id: string, name: string } }>, regulator: { id: string, name: string }, verifierUnit: { id: string, name: string }, township: { id: string, name: string }, campaign: { id: string, name: string } | null, listing: { planAt: string | null, suspendedAt: string | null, suspensionReason: string | null, plan: { measures: string, responsible: string, fundsYuan: number, completeBy: string, contingencyPlan: string } | null, expertAcceptance: { experts: Array<string>, opinion: string, passed: boolean, at: string } | null } | null }
    | { __typename: 'IllegalSiteLead' }
    | { __typename: 'Inspection' }
    | { __typename: 'InspectionGroup' }
    | { __typename: 'InspectionPlan' }
    | { __typename: 'ListEntry' }
    | { __typename: 'OrgUnit' }
    | { __typename: 'PatrolSchedule' }
    | { __typename: 'Report' }
    | { __typename: 'Risk' }
    | { __typename: 'SelfCheck' }
    | { __typename: 'Task' }
    | { __typename: 'Tip' }
    | { __typename: 'User' }
   | null };

export type ReportRectificationMutationVariables = Exact<{
  input: ReportRectificationInput;
}>;


export type ReportRectificationMutation = { reportRectification: { id: string, status: HazardStatus, rectificationMeasures: string | null, reportedOnBehalf: boolean | null } };

export type RequestReinspectionMutationVariables = Exact<{
  hazardId: string | number;
  idempotencyKey?: string | null | undefined;
}>;


export type RequestReinspectionMutation = { requestReinspection: { id: string, status: HazardStatus, verifyBy: string | null, reinspectionRequestedAt: string | null } };

export type InspectionPlansQueryVariables = Exact<{
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionPlansQuery = { inspectionPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, year: number, status: InspectionPlanStatus, notes: string | null, enterprises: number, plannedVisits: number, filedAt: string, filedLate: boolean, reviewedAt: string | null, reviewComment: string | null, unit: { id: string, name: string }, frequencies: { majorHazardSource: number, POOR: number, FAIR: number, GOOD: number }, progress: { tasksWritten: number, dueSoFar: number, doneOfDue: number, done: number, overdue: number, completion: number } } }> } };

export type FileInspectionPlanMutationVariables = Exact<{
  input: InspectionPlanInput;
}>;


export type FileInspectionPlanMutation = { fileInspectionPlan: { id: string, status: InspectionPlanStatus } };

export type ApproveInspectionPlanMutationVariables = Exact<{
  id: string | number;
  approved: boolean;
  comment?: string | null | undefined;
}>;


export type ApproveInspectionPlanMutation = { approveInspectionPlan: { id: string, status: InspectionPlanStatus, reviewComment: string | null } };

export type InspectionPlanBudgetQueryVariables = Exact<{
  year: number;
  frequencies: InspectionFrequenciesInput;
}>;


export type InspectionPlanBudgetQuery = { inspectionPlanBudget: { enterprises: number, cap: number, overAlone: number, overlapping: number, overTogether: number } };

export type LookBacksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LookBacksQuery = { lookBacks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, month: string, periodStart: string, ratio: number, seed: string, population: number, drawn: number, judged: number, notRectified: number, drawnAt: string, items: Array<{ id: string, enterpriseName: string, taskStatus: TaskStatus | null, dueAt: string | null, outcome: LookBackOutcome | null, judgedAt: string | null, reason: string | null, closingUnit: { id: string, name: string }, assignee: { id: string, name: string } }> } }> } };

export type LookBackFiguresQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type LookBackFiguresQuery = { lookBackRule: { version: number, ratio: number, verifyDays: number }, falseRectificationRates: Array<{ drawn: number, judged: number, notRectified: number, rate: number, unit: { id: string, name: string } }> };

export type RunLookBackMutationVariables = Exact<{
  periodStart: string;
}>;


export type RunLookBackMutation = { runLookBack: { id: string, month: string, drawn: number, population: number } };

export type SetLookBackRuleMutationVariables = Exact<{
  ratio: number;
  verifyDays: number;
}>;


export type SetLookBackRuleMutation = { setLookBackRule: { version: number, ratio: number, verifyDays: number } };

export type NotificationsQueryVariables = Exact<{
  unread?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, edges: Array<{ node: { id: string, kind: string, title: string, body: string, subjectType: string, subjectId: string | null, createdAt: string, read: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { totalCount: number } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type UploadPhotoMutationVariables = Exact<{
  file: File;
}>;


export type UploadPhotoMutation = { uploadPhoto: { id: string, url: string, contentType: string, byteSize: number } };

export type OrgUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrgUnitsQuery = { orgUnits: Array<{ id: string, kind: OrgUnitKind, code: string, name: string }> };

export type CampaignOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignOptionsQuery = { campaigns: { edges: Array<{ node: { id: string, name: string, status: CampaignStatus } }> } };

export type CountyReportsQueryVariables = Exact<{
  kind?: ReportKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CountyReportsQuery = { countyReports: { totalCount: number, edges: Array<{ node: { id: string, kind: ReportKind, periodStart: string, periodEnd: string, createdAt: string, docxUrl: string, countyFigures: { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CountyReportFieldsFragment = { id: string, kind: ReportKind, periodStart: string, periodEnd: string, createdAt: string, docxUrl: string, countyFigures: { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number } | null };

export type ReportBodyQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportBodyQuery = { node:
    | { id: string, body: string }
    | Record<PropertyKey, never>
   | null };

export type GenerateCountyReportMutationVariables = Exact<{
  kind: ReportKind;
  periodStart: string;
}>;


export type GenerateCountyReportMutation = { generateCountyReport: { id: string, kind: ReportKind, periodStart: string, periodEnd: string, createdAt: string, docxUrl: string, countyFigures: { inspections: number, inspectorsDispatched: number, enterprisesInspected: number, hazardsFound: number, hazardsClosed: number, majorHazards: number, majorHazardsOpen: number, overdueHazards: number, rectificationRate: number, tasksTotal: number, tasksDone: number, tasksOverdue: number, selfChecksDue: number, selfChecksDone: number, selfCheckRate: number | null, hazardsSelfFound: number, rectificationsByEnterprise: number, rectificationsOnBehalf: number, majorHazardsAwaitingSignOff: number } | null } };

export type RiskFieldsFragment = { id: string, kind: RiskKind, level: RiskLevel, place: string, description: string, measures: string, status: RiskStatus, reportedByName: string | null, reportedAt: string, handleBy: string, late: boolean, handlingAt: string | null, handlingNote: string | null, closedAt: string | null, closedByName: string | null, closingEvidence: string | null, unit: { id: string, name: string } };

export type RiskListQueryVariables = Exact<{
  filter?: RiskFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskListQuery = { risks: { totalCount: number, edges: Array<{ node: { id: string, kind: RiskKind, level: RiskLevel, place: string, description: string, measures: string, status: RiskStatus, reportedByName: string | null, reportedAt: string, handleBy: string, late: boolean, handlingAt: string | null, handlingNote: string | null, closedAt: string | null, closedByName: string | null, closingEvidence: string | null, unit: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportRiskMutationVariables = Exact<{
  input: ReportRiskInput;
}>;


export type ReportRiskMutation = { reportRisk: { id: string, kind: RiskKind, level: RiskLevel, place: string, description: string, measures: string, status: RiskStatus, reportedByName: string | null, reportedAt: string, handleBy: string, late: boolean, handlingAt: string | null, handlingNote: string | null, closedAt: string | null, closedByName: string | null, closingEvidence: string | null, unit: { id: string, name: string } } };

export type HandleRiskMutationVariables = Exact<{
  input: HandleRiskInput;
}>;


export type HandleRiskMutation = { handleRisk: { id: string, kind: RiskKind, level: RiskLevel, place: string, description: string, measures: string, status: RiskStatus, reportedByName: string | null, reportedAt: string, handleBy: string, late: boolean, handlingAt: string | null, handlingNote: string | null, closedAt: string | null, closedByName: string | null, closingEvidence: string | null, unit: { id: string, name: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionUserFragmentDoc = new TypedDocumentString(`
    fragment SessionUser on User {
  id
  username
  displayName
  role
  orgUnit {
    id
    name
    code
  }
  enterprise {
    id
    name
  }
  mustChangePassword
}
    `, {"fragmentName":"SessionUser"}) as unknown as TypedDocumentString<SessionUserFragment, unknown>;
export const ListPageFragmentDoc = new TypedDocumentString(`
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
    `, {"fragmentName":"ListPage"}) as unknown as TypedDocumentString<ListPageFragment, unknown>;
export const CampaignStateFragmentDoc = new TypedDocumentString(`
    fragment CampaignState on Campaign {
  id
  status
  endsAt
}
    `, {"fragmentName":"CampaignState"}) as unknown as TypedDocumentString<CampaignStateFragment, unknown>;
export const ProgressFieldsFragmentDoc = new TypedDocumentString(`
    fragment ProgressFields on CampaignProgress {
  tasksTotal
  tasksDone
  tasksOverdue
  hazardsFound
  hazardsClosed
  majorHazards
  rectificationRate
}
    `, {"fragmentName":"ProgressFields"}) as unknown as TypedDocumentString<ProgressFieldsFragment, unknown>;
export const CampaignSummaryFragmentDoc = new TypedDocumentString(`
    fragment CampaignSummary on Campaign {
  id
  name
  kind
  status
  startsAt
  endsAt
  taskDueAt
  progress {
    ...ProgressFields
  }
}
    fragment ProgressFields on CampaignProgress {
  tasksTotal
  tasksDone
  tasksOverdue
  hazardsFound
  hazardsClosed
  majorHazards
  rectificationRate
}`, {"fragmentName":"CampaignSummary"}) as unknown as TypedDocumentString<CampaignSummaryFragment, unknown>;
export const DutyAssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DutyAssignmentFields on DutyAssignment {
  id
  tier
  township {
    id
    name
  }
  targetKind
  targetName
  personName
  phone
  hasAccount
  userId
  parentId
  parent {
    id
    personName
    targetName
    tier
  }
  active
}
    `, {"fragmentName":"DutyAssignmentFields"}) as unknown as TypedDocumentString<DutyAssignmentFieldsFragment, unknown>;
export const SupervisionTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment SupervisionTargetFields on SupervisionTarget {
  id
  unit {
    id
    name
    kind
  }
  sites
  siteChecks
  siteChecksDone
  hazardsFound
  hazardsAwaitingVerification
  hazardsClosed
  ledgerCheck {
    failed
    notes
    checkedAt
    checkedByName
    items {
      code
      label
      passed
      note
    }
  }
}
    `, {"fragmentName":"SupervisionTargetFields"}) as unknown as TypedDocumentString<SupervisionTargetFieldsFragment, unknown>;
export const TipFieldsFragmentDoc = new TypedDocumentString(`
    fragment TipFields on Tip {
  id
  stage
  description
  location
  enterpriseText
  matchMethod
  matchedEnterprise {
    id
    name
    uscc
    regulator {
      id
      name
    }
  }
  contact {
    name
    phone
  }
  photos {
    id
    url
  }
  receivedAt
  triageDueAt
  triagedAt
  notAcceptedReason
  enterprise {
    id
    name
  }
  assignee {
    id
    name
  }
  verifyDueAt
  verifiedAt
  hazardCount
  rewardMin
  rewardMax
  rewardProposed
  rewardRuleVersion
  rewardAmount
  rewardReason
  rewardDecidedAt
  paidAt
}
    `, {"fragmentName":"TipFields"}) as unknown as TypedDocumentString<TipFieldsFragment, unknown>;
export const BudgetFieldsFragmentDoc = new TypedDocumentString(`
    fragment BudgetFields on InspectionBudget {
  periodLabel
  cap
  done
  planned
  total
  over
  totalIfJoint
}
    `, {"fragmentName":"BudgetFields"}) as unknown as TypedDocumentString<BudgetFieldsFragment, unknown>;
export const CaseRowFragmentDoc = new TypedDocumentString(`
    fragment CaseRow on EnforcementCase {
  id
  status
  violation
  handlerNames
  filedAt
  decisionDueAt
  hearingDueAt
  serviceDueAt
  paymentDueAt
  penaltyYuan
  proposedPenaltyYuan
  unit {
    id
    name
  }
  enterprise {
    id
    name
  }
}
    `, {"fragmentName":"CaseRow"}) as unknown as TypedDocumentString<CaseRowFragment, unknown>;
export const CaseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CaseFields on EnforcementCase {
  ...CaseRow
  legalBasis
  handlerIds
  notifiedAt
  statementDueAt
  statement
  hearingRequested
  hearingHeld
  decidedAt
  servedAt
  executedAt
  closedAt
  archivedAt
  archiveNumber
  inspection {
    id
  }
  hazard {
    id
  }
  events {
    action
    note
    actorName
    at
  }
}
    fragment CaseRow on EnforcementCase {
  id
  status
  violation
  handlerNames
  filedAt
  decisionDueAt
  hearingDueAt
  serviceDueAt
  paymentDueAt
  penaltyYuan
  proposedPenaltyYuan
  unit {
    id
    name
  }
  enterprise {
    id
    name
  }
}`, {"fragmentName":"CaseFields"}) as unknown as TypedDocumentString<CaseFieldsFragment, unknown>;
export const ChecklistTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment ChecklistTemplateFields on ChecklistTemplate {
  id
  name
  items {
    id
    position
    category
    text
    basis
    majorCriterion
  }
}
    `, {"fragmentName":"ChecklistTemplateFields"}) as unknown as TypedDocumentString<ChecklistTemplateFieldsFragment, unknown>;
export const SelfCheckFieldsFragmentDoc = new TypedDocumentString(`
    fragment SelfCheckFields on SelfCheck {
  id
  submittedAt
  submitterName
  notes
  answers {
    answer
    note
    item {
      id
    }
  }
  hazards {
    id
    level
    status
    description
  }
}
    `, {"fragmentName":"SelfCheckFields"}) as unknown as TypedDocumentString<SelfCheckFieldsFragment, unknown>;
export const DirectiveItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}
    `, {"fragmentName":"DirectiveItemFields"}) as unknown as TypedDocumentString<DirectiveItemFieldsFragment, unknown>;
export const DirectiveFieldsFragmentDoc = new TypedDocumentString(`
    fragment DirectiveFields on Directive {
  id
  kind
  source
  documentNumber
  title
  receivedAt
  replyDueAt
  status
  reply
  repliedAt
  items {
    ...DirectiveItemFields
  }
}
    fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}`, {"fragmentName":"DirectiveFields"}) as unknown as TypedDocumentString<DirectiveFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DocumentFields on Document {
  id
  kind
  title
  number
  issuedAt
  issuedByName
  pdfUrl
  signedAt
  signerName
  issuer {
    id
    name
  }
  enterprise {
    id
    name
  }
  items {
    text
    basis
    deadline
  }
  corrects {
    id
    number
  }
  correctedBy {
    id
    number
  }
}
    `, {"fragmentName":"DocumentFields"}) as unknown as TypedDocumentString<DocumentFieldsFragment, unknown>;
export const ResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment ResponseFields on EmergencyResponse {
  id
  kind
  level
  status
  reason
  instructions
  activatedAt
  levelSince
  ackMinutes
  reportEveryMinutes
  endedAt
  endReason
  townships {
    id
    name
  }
}
    `, {"fragmentName":"ResponseFields"}) as unknown as TypedDocumentString<ResponseFieldsFragment, unknown>;
export const SituationReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment SituationReportFields on SituationReport {
  id
  township {
    id
    name
  }
  periodDueAt
  rainfallMm
  peopleMoved
  dangersFound
  losses
  text
  submittedAt
  photos {
    id
    url
    step
  }
}
    `, {"fragmentName":"SituationReportFields"}) as unknown as TypedDocumentString<SituationReportFieldsFragment, unknown>;
export const BoardRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardRowFields on ResponseBoardRow {
  township {
    id
    name
  }
  links
  acknowledged
  overdue
  reports
  lateLinks {
    personName
    targetName
    tier
    dueAt
    acknowledgedAt
    escalatedUp
  }
  latestReport {
    ...SituationReportFields
  }
}
    fragment SituationReportFields on SituationReport {
  id
  township {
    id
    name
  }
  periodDueAt
  rainfallMm
  peopleMoved
  dangersFound
  losses
  text
  submittedAt
  photos {
    id
    url
    step
  }
}`, {"fragmentName":"BoardRowFields"}) as unknown as TypedDocumentString<BoardRowFieldsFragment, unknown>;
export const WarningFieldsFragmentDoc = new TypedDocumentString(`
    fragment WarningFields on Warning {
  id
  title
  content
  level
  townships {
    id
    name
  }
  industries
  issuedAt
  ackDueAt
  escalatedAt
  recipients
  acknowledged
  acknowledgedAt
}
    `, {"fragmentName":"WarningFields"}) as unknown as TypedDocumentString<WarningFieldsFragment, unknown>;
export const FiguresFragmentDoc = new TypedDocumentString(`
    fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}
    `, {"fragmentName":"Figures"}) as unknown as TypedDocumentString<FiguresFragment, unknown>;
export const FigureRowFragmentDoc = new TypedDocumentString(`
    fragment FigureRow on DashboardRow {
  key
  name
  ...Figures
  orgUnit {
    id
  }
}
    fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}`, {"fragmentName":"FigureRow"}) as unknown as TypedDocumentString<FigureRowFragment, unknown>;
export const ListEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ListEntryFields on ListEntry {
  id
  list
  status
  ground
  groundName
  startsAt
  endsAt
  decidedAt
  endedAt
  removalReason
}
    `, {"fragmentName":"ListEntryFields"}) as unknown as TypedDocumentString<ListEntryFieldsFragment, unknown>;
export const EnterpriseGradeFieldsFragmentDoc = new TypedDocumentString(`
    fragment EnterpriseGradeFields on EnterpriseGrade {
  periodEnd
  grade
  proposedGrade
  score
  overrideReason
  reasons
  publishedAt
  indicators {
    indicator
    label
    value
    deduction
  }
}
    `, {"fragmentName":"EnterpriseGradeFields"}) as unknown as TypedDocumentString<EnterpriseGradeFieldsFragment, unknown>;
export const HazardListingFieldsFragmentDoc = new TypedDocumentString(`
    fragment HazardListingFields on Hazard {
  listedAt
  delistedAt
  listing {
    plan {
      measures
      responsible
      fundsYuan
      completeBy
      contingencyPlan
    }
    planAt
    suspendedAt
    suspensionReason
    expertAcceptance {
      experts
      opinion
      passed
      at
    }
  }
}
    `, {"fragmentName":"HazardListingFields"}) as unknown as TypedDocumentString<HazardListingFieldsFragment, unknown>;
export const HazardFieldsFragmentDoc = new TypedDocumentString(`
    fragment HazardFields on Hazard {
  id
  level
  status
  overdue
  description
  location
  rectifyBy
  foundAt
  reportedAt
  rectificationMeasures
  source
  rectificationPlan
  reportedOnBehalf
  reportedByViewer
  reporterName
  rectificationResponsible
  rectificationFunds
  rectificationCompletedAt
  rectificationContingencyPlan
  underOrder
  verifyBy
  reinspectionRequestedAt
  enterprise {
    id
    name
  }
  regulator {
    id
    name
  }
  verifierUnit {
    id
    name
  }
  township {
    id
    name
  }
  campaign {
    id
    name
  }
  photos {
    id
    url
    step
  }
}
    `, {"fragmentName":"HazardFields"}) as unknown as TypedDocumentString<HazardFieldsFragment, unknown>;
export const CountyReportFieldsFragmentDoc = new TypedDocumentString(`
    fragment CountyReportFields on Report {
  id
  kind
  periodStart
  periodEnd
  createdAt
  docxUrl
  countyFigures {
    ...Figures
  }
}
    fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}`, {"fragmentName":"CountyReportFields"}) as unknown as TypedDocumentString<CountyReportFieldsFragment, unknown>;
export const RiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskFields on Risk {
  id
  kind
  level
  place
  description
  measures
  status
  unit {
    id
    name
  }
  reportedByName
  reportedAt
  handleBy
  late
  handlingAt
  handlingNote
  closedAt
  closedByName
  closingEvidence
}
    `, {"fragmentName":"RiskFields"}) as unknown as TypedDocumentString<RiskFieldsFragment, unknown>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionUser
  }
}
    fragment SessionUser on User {
  id
  username
  displayName
  role
  orgUnit {
    id
    name
    code
  }
  enterprise {
    id
    name
  }
  mustChangePassword
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const HolidayYearsDocument = new TypedDocumentString(`
    query HolidayYears {
  holidayYears {
    year
    provisional
  }
}
    `) as unknown as TypedDocumentString<HolidayYearsQuery, HolidayYearsQueryVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($subjectId: ID!) {
  auditLog(subjectId: $subjectId, first: 200) {
    id
    action
    actorName
    at
    before
    after
    requestId
    subjectType
    subjectId
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CampaignDetailDocument = new TypedDocumentString(`
    query CampaignDetail($id: ID!) {
  campaign(id: $id) {
    ...CampaignSummary
    createdAt
    sampleRatio
    sampleRatioByGrade {
      GOOD
      FAIR
      POOR
    }
    sampleSeed
    industries
    topics
    townships {
      id
      name
    }
    checklistTemplate {
      id
      name
    }
    selfCheckDueAt
    duty: progress {
      selfChecksDue
      selfChecksDone
      selfCheckRate
      hazardsFound
      hazardsSelfFound
      rectificationsByEnterprise
      rectificationsOnBehalf
      majorHazardsAwaitingSignOff
    }
    escalation {
      remindBefore
      reportEvery
      steps {
        after
        level
      }
    }
    reports {
      id
      kind
      periodStart
      periodEnd
      createdAt
      body
      docxUrl
      stats {
        ...ProgressFields
      }
      cumulative {
        ...ProgressFields
      }
    }
  }
  open: hazards(filter: {campaignId: $id, status: [OPEN]}, first: 0) {
    totalCount
  }
  pending: hazards(
    filter: {campaignId: $id, status: [PENDING_VERIFICATION]}
    first: 0
  ) {
    totalCount
  }
  closed: hazards(filter: {campaignId: $id, status: [CLOSED]}, first: 0) {
    totalCount
  }
  dashboard(filter: {campaignId: $id}) {
    byRegulator {
      ...FigureRow
    }
    byTownship {
      ...FigureRow
    }
  }
}
    fragment ProgressFields on CampaignProgress {
  tasksTotal
  tasksDone
  tasksOverdue
  hazardsFound
  hazardsClosed
  majorHazards
  rectificationRate
}
fragment CampaignSummary on Campaign {
  id
  name
  kind
  status
  startsAt
  endsAt
  taskDueAt
  progress {
    ...ProgressFields
  }
}
fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}
fragment FigureRow on DashboardRow {
  key
  name
  ...Figures
  orgUnit {
    id
  }
}`) as unknown as TypedDocumentString<CampaignDetailQuery, CampaignDetailQueryVariables>;
export const CampaignOverdueDocument = new TypedDocumentString(`
    query CampaignOverdue($id: ID!) {
  campaign(id: $id) {
    id
    tasks(overdue: true, status: [OPEN], first: 20) {
      totalCount
      edges {
        node {
          id
          dueAt
          topic
          enterprise {
            id
            name
          }
          assignee {
            id
            name
          }
        }
      }
    }
  }
  hazards(filter: {campaignId: $id, overdue: true}, first: 20) {
    totalCount
    edges {
      node {
        id
        description
        level
        status
        rectifyBy
        enterprise {
          id
          name
        }
        regulator {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignOverdueQuery, CampaignOverdueQueryVariables>;
export const CampaignFanOutDocument = new TypedDocumentString(`
    query CampaignFanOut($id: ID!) {
  campaign(id: $id) {
    id
    status
    progress {
      tasksTotal
    }
    tasks(first: 0) {
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignFanOutQuery, CampaignFanOutQueryVariables>;
export const PauseCampaignDocument = new TypedDocumentString(`
    mutation PauseCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {
  pauseCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
    ...CampaignState
  }
}
    fragment CampaignState on Campaign {
  id
  status
  endsAt
}`) as unknown as TypedDocumentString<PauseCampaignMutation, PauseCampaignMutationVariables>;
export const ResumeCampaignDocument = new TypedDocumentString(`
    mutation ResumeCampaign($id: ID!, $idempotencyKey: String) {
  resumeCampaign(id: $id, idempotencyKey: $idempotencyKey) {
    ...CampaignState
  }
}
    fragment CampaignState on Campaign {
  id
  status
  endsAt
}`) as unknown as TypedDocumentString<ResumeCampaignMutation, ResumeCampaignMutationVariables>;
export const ExtendCampaignDocument = new TypedDocumentString(`
    mutation ExtendCampaign($id: ID!, $endsAt: DateTime!, $reason: String!, $idempotencyKey: String) {
  extendCampaign(
    id: $id
    endsAt: $endsAt
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    ...CampaignState
  }
}
    fragment CampaignState on Campaign {
  id
  status
  endsAt
}`) as unknown as TypedDocumentString<ExtendCampaignMutation, ExtendCampaignMutationVariables>;
export const CancelCampaignDocument = new TypedDocumentString(`
    mutation CancelCampaign($id: ID!, $reason: String!, $idempotencyKey: String) {
  cancelCampaign(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
    ...CampaignState
  }
}
    fragment CampaignState on Campaign {
  id
  status
  endsAt
}`) as unknown as TypedDocumentString<CancelCampaignMutation, CancelCampaignMutationVariables>;
export const CampaignListDocument = new TypedDocumentString(`
    query CampaignList($status: [CampaignStatus!], $kinds: [CampaignKind!], $first: Int, $after: String) {
  campaigns(status: $status, kinds: $kinds, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...CampaignSummary
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment ProgressFields on CampaignProgress {
  tasksTotal
  tasksDone
  tasksOverdue
  hazardsFound
  hazardsClosed
  majorHazards
  rectificationRate
}
fragment CampaignSummary on Campaign {
  id
  name
  kind
  status
  startsAt
  endsAt
  taskDueAt
  progress {
    ...ProgressFields
  }
}`) as unknown as TypedDocumentString<CampaignListQuery, CampaignListQueryVariables>;
export const ChecklistAdminListDocument = new TypedDocumentString(`
    query ChecklistAdminList {
  checklistTemplates {
    ...ChecklistTemplateFields
    code
    version
    industries
    createdAt
    downloadUrl
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  id
  name
  items {
    id
    position
    category
    text
    basis
    majorCriterion
  }
}`) as unknown as TypedDocumentString<ChecklistAdminListQuery, ChecklistAdminListQueryVariables>;
export const CreateChecklistTemplateDocument = new TypedDocumentString(`
    mutation CreateChecklistTemplate($input: ChecklistTemplateInput!, $key: String) {
  createChecklistTemplate(input: $input, idempotencyKey: $key) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<CreateChecklistTemplateMutation, CreateChecklistTemplateMutationVariables>;
export const UpdateChecklistTemplateDocument = new TypedDocumentString(`
    mutation UpdateChecklistTemplate($id: ID!, $input: ChecklistTemplateInput!) {
  updateChecklistTemplate(id: $id, input: $input) {
    id
    name
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateChecklistTemplateMutation, UpdateChecklistTemplateMutationVariables>;
export const ChecklistItemsFromFileDocument = new TypedDocumentString(`
    mutation ChecklistItemsFromFile($file: File!) {
  checklistItemsFromFile(file: $file) {
    category
    text
    basis
    majorCriterion
  }
}
    `) as unknown as TypedDocumentString<ChecklistItemsFromFileMutation, ChecklistItemsFromFileMutationVariables>;
export const ActivateResponseDocument = new TypedDocumentString(`
    mutation ActivateResponse($input: ActivateResponseInput!) {
  activateResponse(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ActivateResponseMutation, ActivateResponseMutationVariables>;
export const ChangeResponseLevelDocument = new TypedDocumentString(`
    mutation ChangeResponseLevel($id: ID!, $level: ResponseLevel!, $reason: String!, $idempotencyKey: String) {
  changeResponseLevel(
    id: $id
    level: $level
    reason: $reason
    idempotencyKey: $idempotencyKey
  ) {
    ...ResponseFields
  }
}
    fragment ResponseFields on EmergencyResponse {
  id
  kind
  level
  status
  reason
  instructions
  activatedAt
  levelSince
  ackMinutes
  reportEveryMinutes
  endedAt
  endReason
  townships {
    id
    name
  }
}`) as unknown as TypedDocumentString<ChangeResponseLevelMutation, ChangeResponseLevelMutationVariables>;
export const EndResponseDocument = new TypedDocumentString(`
    mutation EndResponse($id: ID!, $reason: String!, $idempotencyKey: String) {
  endResponse(id: $id, reason: $reason, idempotencyKey: $idempotencyKey) {
    ...ResponseFields
    summary
  }
}
    fragment ResponseFields on EmergencyResponse {
  id
  kind
  level
  status
  reason
  instructions
  activatedAt
  levelSince
  ackMinutes
  reportEveryMinutes
  endedAt
  endReason
  townships {
    id
    name
  }
}`) as unknown as TypedDocumentString<EndResponseMutation, EndResponseMutationVariables>;
export const DutyAssignmentsDocument = new TypedDocumentString(`
    query DutyAssignments($filter: DutyAssignmentFilter, $first: Int, $after: String) {
  dutyAssignments(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...DutyAssignmentFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment DutyAssignmentFields on DutyAssignment {
  id
  tier
  township {
    id
    name
  }
  targetKind
  targetName
  personName
  phone
  hasAccount
  userId
  parentId
  parent {
    id
    personName
    targetName
    tier
  }
  active
}`) as unknown as TypedDocumentString<DutyAssignmentsQuery, DutyAssignmentsQueryVariables>;
export const DutyParentOptionsDocument = new TypedDocumentString(`
    query DutyParentOptions($townshipId: ID!, $tier: DutyTier!) {
  dutyAssignments(
    filter: {townshipId: $townshipId, tier: $tier, active: true}
    first: 200
  ) {
    edges {
      node {
        id
        personName
        targetName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DutyParentOptionsQuery, DutyParentOptionsQueryVariables>;
export const DutyAccountOptionsDocument = new TypedDocumentString(`
    query DutyAccountOptions($filter: UserFilter!) {
  users(filter: $filter, first: 200) {
    edges {
      node {
        id
        username
        displayName
        role
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DutyAccountOptionsQuery, DutyAccountOptionsQueryVariables>;
export const CreateDutyAssignmentDocument = new TypedDocumentString(`
    mutation CreateDutyAssignment($input: DutyAssignmentInput!) {
  createDutyAssignment(input: $input) {
    ...DutyAssignmentFields
  }
}
    fragment DutyAssignmentFields on DutyAssignment {
  id
  tier
  township {
    id
    name
  }
  targetKind
  targetName
  personName
  phone
  hasAccount
  userId
  parentId
  parent {
    id
    personName
    targetName
    tier
  }
  active
}`) as unknown as TypedDocumentString<CreateDutyAssignmentMutation, CreateDutyAssignmentMutationVariables>;
export const UpdateDutyAssignmentDocument = new TypedDocumentString(`
    mutation UpdateDutyAssignment($id: ID!, $input: DutyAssignmentInput!) {
  updateDutyAssignment(id: $id, input: $input) {
    ...DutyAssignmentFields
  }
}
    fragment DutyAssignmentFields on DutyAssignment {
  id
  tier
  township {
    id
    name
  }
  targetKind
  targetName
  personName
  phone
  hasAccount
  userId
  parentId
  parent {
    id
    personName
    targetName
    tier
  }
  active
}`) as unknown as TypedDocumentString<UpdateDutyAssignmentMutation, UpdateDutyAssignmentMutationVariables>;
export const ImportDutyAssignmentsDocument = new TypedDocumentString(`
    mutation ImportDutyAssignments($file: File!, $commit: Boolean!) {
  importDutyAssignments(file: $file, commit: $commit) {
    committed
    fileName
    rowsRead
    rowsOk
    problemCount
    problems {
      row
      message
    }
    created
  }
}
    `) as unknown as TypedDocumentString<ImportDutyAssignmentsMutation, ImportDutyAssignmentsMutationVariables>;
export const IssueWarningDocument = new TypedDocumentString(`
    mutation IssueWarning($input: IssueWarningInput!) {
  issueWarning(input: $input) {
    ...WarningFields
  }
}
    fragment WarningFields on Warning {
  id
  title
  content
  level
  townships {
    id
    name
  }
  industries
  issuedAt
  ackDueAt
  escalatedAt
  recipients
  acknowledged
  acknowledgedAt
}`) as unknown as TypedDocumentString<IssueWarningMutation, IssueWarningMutationVariables>;
export const PreviewEnterpriseImportDocument = new TypedDocumentString(`
    mutation PreviewEnterpriseImport($file: File!) {
  previewEnterpriseImport(file: $file) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<PreviewEnterpriseImportMutation, PreviewEnterpriseImportMutationVariables>;
export const EnterpriseImportPreviewDocument = new TypedDocumentString(`
    query EnterpriseImportPreview($id: ID!) {
  node(id: $id) {
    __typename
    ... on EnterpriseImportPreview {
      id
      status
      fileName
      problem
      rowsTotal
      toCreate
      toUpdate
      unchanged
      invalid
      expiresAt
      rowProblems(first: 50) {
        totalCount
        edges {
          node {
            rowNumber
            uscc
            name
            problems
          }
        }
      }
      import {
        id
        status
        created
        updated
        unchanged
        skipped
        applied
        toApply
        reportUrl
        finishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseImportPreviewQuery, EnterpriseImportPreviewQueryVariables>;
export const CommitEnterpriseImportDocument = new TypedDocumentString(`
    mutation CommitEnterpriseImport($id: ID!, $key: String) {
  commitEnterpriseImport(previewId: $id, idempotencyKey: $key) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CommitEnterpriseImportMutation, CommitEnterpriseImportMutationVariables>;
export const EnterpriseImportListDocument = new TypedDocumentString(`
    query EnterpriseImportList($first: Int, $after: String) {
  enterpriseImports(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        status
        fileName
        rowsTotal
        created
        updated
        unchanged
        skipped
        createdAt
        reportUrl
        preview {
          id
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<EnterpriseImportListQuery, EnterpriseImportListQueryVariables>;
export const EnterpriseListDocument = new TypedDocumentString(`
    query EnterpriseList($filter: EnterpriseFilter, $first: Int, $after: String) {
  enterprises(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        uscc
        name
        industry
        grade
        listStatus
        majorHazardSource
        address
        legalRepresentative
        contactPerson
        contactPhone
        status
        statusChangedAt
        statusReason
        township {
          id
          name
        }
        regulator {
          id
          name
        }
        coSupervisors {
          topic
          regulator {
            id
            name
          }
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<EnterpriseListQuery, EnterpriseListQueryVariables>;
export const CreateEnterpriseDocument = new TypedDocumentString(`
    mutation CreateEnterprise($input: CreateEnterpriseInput!) {
  createEnterprise(input: $input) {
    id
    name
    uscc
    regulator {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateEnterpriseMutation, CreateEnterpriseMutationVariables>;
export const EnterpriseAccountsDocument = new TypedDocumentString(`
    query EnterpriseAccounts($id: ID!) {
  node(id: $id) {
    __typename
    ... on Enterprise {
      id
      accounts {
        id
        username
        displayName
        disabled
        mustChangePassword
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EnterpriseAccountsQuery, EnterpriseAccountsQueryVariables>;
export const UpdateEnterpriseDocument = new TypedDocumentString(`
    mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {
  updateEnterprise(id: $id, input: $input) {
    id
    name
    industry
    majorHazardSource
    address
    legalRepresentative
    contactPerson
    contactPhone
    township {
      id
      name
    }
    regulator {
      id
      name
    }
    coSupervisors {
      topic
      regulator {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateEnterpriseMutation, UpdateEnterpriseMutationVariables>;
export const DeactivateEnterpriseDocument = new TypedDocumentString(`
    mutation DeactivateEnterprise($id: ID!, $reason: String!, $at: DateTime, $status: EnterpriseStatus) {
  deactivateEnterprise(id: $id, reason: $reason, at: $at, status: $status) {
    id
    status
    statusChangedAt
    statusReason
  }
}
    `) as unknown as TypedDocumentString<DeactivateEnterpriseMutation, DeactivateEnterpriseMutationVariables>;
export const ResumeEnterpriseDocument = new TypedDocumentString(`
    mutation ResumeEnterprise($id: ID!) {
  resumeEnterprise(id: $id) {
    id
    status
    statusChangedAt
    statusReason
  }
}
    `) as unknown as TypedDocumentString<ResumeEnterpriseMutation, ResumeEnterpriseMutationVariables>;
export const BlackListEnterpriseDocument = new TypedDocumentString(`
    mutation BlackListEnterprise($input: BlackListInput!) {
  blackListEnterprise(input: $input) {
    id
    status
    enterprise {
      id
      listStatus
    }
  }
}
    `) as unknown as TypedDocumentString<BlackListEnterpriseMutation, BlackListEnterpriseMutationVariables>;
export const HolidayYearsAdminDocument = new TypedDocumentString(`
    query HolidayYearsAdmin {
  holidayYears {
    year
    provisional
    source
    updatedAt
    holidays {
      name
      first
      last
    }
    adjustedWorkdays {
      date
      holiday
    }
  }
}
    `) as unknown as TypedDocumentString<HolidayYearsAdminQuery, HolidayYearsAdminQueryVariables>;
export const SetHolidayYearDocument = new TypedDocumentString(`
    mutation SetHolidayYear($input: HolidayYearInput!) {
  setHolidayYear(input: $input) {
    year
    provisional
  }
}
    `) as unknown as TypedDocumentString<SetHolidayYearMutation, SetHolidayYearMutationVariables>;
export const DeadlineRecomputesDocument = new TypedDocumentString(`
    query DeadlineRecomputes {
  deadlineRecomputes {
    id
    status
    tasks
    hazards
    moved
    finishedAt
  }
}
    `) as unknown as TypedDocumentString<DeadlineRecomputesQuery, DeadlineRecomputesQueryVariables>;
export const RecomputeOpenDeadlinesDocument = new TypedDocumentString(`
    mutation RecomputeOpenDeadlines {
  recomputeOpenDeadlines {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RecomputeOpenDeadlinesMutation, RecomputeOpenDeadlinesMutationVariables>;
export const LaunchOptionsDocument = new TypedDocumentString(`
    query LaunchOptions {
  orgUnits(kind: TOWNSHIP) {
    id
    name
    code
  }
  checklistTemplates {
    id
    code
    name
    industries
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<LaunchOptionsQuery, LaunchOptionsQueryVariables>;
export const ScopeCountDocument = new TypedDocumentString(`
    query ScopeCount($filter: EnterpriseFilter) {
  enterprises(filter: $filter, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ScopeCountQuery, ScopeCountQueryVariables>;
export const CampaignSamplePreviewDocument = new TypedDocumentString(`
    query CampaignSamplePreview($industries: [Industry!], $townshipIds: [ID!], $ratios: GradeRatiosInput!) {
  campaignSamplePreview(
    industries: $industries
    townshipIds: $townshipIds
    sampleRatioByGrade: $ratios
  ) {
    inScope {
      GOOD
      FAIR
      POOR
      blackListed
    }
    drawn {
      GOOD
      FAIR
      POOR
      blackListed
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignSamplePreviewQuery, CampaignSamplePreviewQueryVariables>;
export const LaunchCampaignDocument = new TypedDocumentString(`
    mutation LaunchCampaign($input: LaunchCampaignInput!) {
  launchCampaign(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchCampaignMutation, LaunchCampaignMutationVariables>;
export const CampaignBudgetPreviewDocument = new TypedDocumentString(`
    query CampaignBudgetPreview($industries: [Industry!]!, $townshipIds: [ID!], $dueAt: DateTime!) {
  campaignBudgetPreview(
    industries: $industries
    townshipIds: $townshipIds
    dueAt: $dueAt
  ) {
    cap
    periodLabel
    inScope
    atCap
  }
}
    `) as unknown as TypedDocumentString<CampaignBudgetPreviewQuery, CampaignBudgetPreviewQueryVariables>;
export const ListEntriesDocument = new TypedDocumentString(`
    query ListEntries($filter: ListEntryFilter, $first: Int, $after: String) {
  listEntries(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...ListEntryFields
        evidence
        enterprise {
          id
          name
          uscc
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment ListEntryFields on ListEntry {
  id
  list
  status
  ground
  groundName
  startsAt
  endsAt
  decidedAt
  endedAt
  removalReason
}`) as unknown as TypedDocumentString<ListEntriesQuery, ListEntriesQueryVariables>;
export const RemoveFromBlackListDocument = new TypedDocumentString(`
    mutation RemoveFromBlackList($entryId: ID!, $reason: String!) {
  removeFromBlackList(entryId: $entryId, reason: $reason) {
    id
    status
    endedAt
    removalReason
  }
}
    `) as unknown as TypedDocumentString<RemoveFromBlackListMutation, RemoveFromBlackListMutationVariables>;
export const OrgUnitsAdminDocument = new TypedDocumentString(`
    query OrgUnitsAdmin {
  orgUnits {
    id
    code
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsAdminQuery, OrgUnitsAdminQueryVariables>;
export const CreateOrgUnitDocument = new TypedDocumentString(`
    mutation CreateOrgUnit($input: CreateOrgUnitInput!) {
  createOrgUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const RenameOrgUnitDocument = new TypedDocumentString(`
    mutation RenameOrgUnit($id: ID!, $name: String!) {
  renameOrgUnit(id: $id, name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RenameOrgUnitMutation, RenameOrgUnitMutationVariables>;
export const SupervisionDivisionDocument = new TypedDocumentString(`
    query SupervisionDivision {
  supervisionDivision {
    industries {
      industry
      regulator {
        id
        name
      }
      enterprises
      updatedAt
    }
    topics {
      topic
      regulator {
        id
        name
      }
      enterprises
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionDivisionQuery, SupervisionDivisionQueryVariables>;
export const SetIndustryRegulatorDocument = new TypedDocumentString(`
    mutation SetIndustryRegulator($industry: Industry!, $regulatorId: ID) {
  setIndustryRegulator(industry: $industry, regulatorId: $regulatorId) {
    regulator {
      id
      name
    }
    enterprisesMoved
  }
}
    `) as unknown as TypedDocumentString<SetIndustryRegulatorMutation, SetIndustryRegulatorMutationVariables>;
export const SetTopicRegulatorDocument = new TypedDocumentString(`
    mutation SetTopicRegulator($topic: SupervisionTopic!, $regulatorId: ID!) {
  setTopicRegulator(topic: $topic, regulatorId: $regulatorId) {
    regulator {
      id
      name
    }
    enterprisesMoved
  }
}
    `) as unknown as TypedDocumentString<SetTopicRegulatorMutation, SetTopicRegulatorMutationVariables>;
export const SignOffHazardDocument = new TypedDocumentString(`
    mutation SignOffHazard($input: SignOffHazardInput!) {
  signOffHazard(input: $input) {
    id
    status
    rectifyBy
  }
}
    `) as unknown as TypedDocumentString<SignOffHazardMutation, SignOffHazardMutationVariables>;
export const SupervisionRoundsDocument = new TypedDocumentString(`
    query SupervisionRounds($status: [CampaignStatus!], $first: Int, $after: String) {
  campaigns(kinds: [SUPERVISION], status: $status, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        name
        status
        startsAt
        endsAt
        supervisedUnits {
          id
          siteChecks
          siteChecksDone
          hazardsFound
          hazardsClosed
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SupervisionRoundsQuery, SupervisionRoundsQueryVariables>;
export const SupervisionLaunchOptionsDocument = new TypedDocumentString(`
    query SupervisionLaunchOptions {
  orgUnits {
    id
    kind
    name
  }
  checklistTemplates {
    id
    name
    items {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisionLaunchOptionsQuery, SupervisionLaunchOptionsQueryVariables>;
export const LaunchSupervisionDocument = new TypedDocumentString(`
    mutation LaunchSupervision($input: LaunchSupervisionInput!) {
  launchSupervision(input: $input) {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<LaunchSupervisionMutation, LaunchSupervisionMutationVariables>;
export const SupervisionRoundDocument = new TypedDocumentString(`
    query SupervisionRound($id: ID!) {
  campaign(id: $id) {
    id
    name
    kind
    status
    startsAt
    endsAt
    taskDueAt
    checklistTemplate {
      id
      name
    }
    supervisedUnits {
      ...SupervisionTargetFields
    }
  }
}
    fragment SupervisionTargetFields on SupervisionTarget {
  id
  unit {
    id
    name
    kind
  }
  sites
  siteChecks
  siteChecksDone
  hazardsFound
  hazardsAwaitingVerification
  hazardsClosed
  ledgerCheck {
    failed
    notes
    checkedAt
    checkedByName
    items {
      code
      label
      passed
      note
    }
  }
}`) as unknown as TypedDocumentString<SupervisionRoundQuery, SupervisionRoundQueryVariables>;
export const SupervisionSiteChecksDocument = new TypedDocumentString(`
    query SupervisionSiteChecks($id: ID!, $first: Int, $after: String) {
  campaign(id: $id) {
    id
    tasks(first: $first, after: $after) {
      ...ListPage
      edges {
        node {
          id
          status
          dueAt
          overdue
          enterprise {
            id
            name
          }
          supervisedUnit {
            id
            name
          }
          inspection {
            id
            hazards {
              id
            }
          }
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SupervisionSiteChecksQuery, SupervisionSiteChecksQueryVariables>;
export const SupervisionLedgerItemsDocument = new TypedDocumentString(`
    query SupervisionLedgerItems {
  supervisionLedgerItems {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<SupervisionLedgerItemsQuery, SupervisionLedgerItemsQueryVariables>;
export const RecordLedgerCheckDocument = new TypedDocumentString(`
    mutation RecordLedgerCheck($input: LedgerCheckInput!) {
  recordLedgerCheck(input: $input) {
    ...SupervisionTargetFields
  }
}
    fragment SupervisionTargetFields on SupervisionTarget {
  id
  unit {
    id
    name
    kind
  }
  sites
  siteChecks
  siteChecksDone
  hazardsFound
  hazardsAwaitingVerification
  hazardsClosed
  ledgerCheck {
    failed
    notes
    checkedAt
    checkedByName
    items {
      code
      label
      passed
      note
    }
  }
}`) as unknown as TypedDocumentString<RecordLedgerCheckMutation, RecordLedgerCheckMutationVariables>;
export const TipListDocument = new TypedDocumentString(`
    query TipList($filter: TipFilter, $first: Int, $after: String) {
  tips(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...TipFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment TipFields on Tip {
  id
  stage
  description
  location
  enterpriseText
  matchMethod
  matchedEnterprise {
    id
    name
    uscc
    regulator {
      id
      name
    }
  }
  contact {
    name
    phone
  }
  photos {
    id
    url
  }
  receivedAt
  triageDueAt
  triagedAt
  notAcceptedReason
  enterprise {
    id
    name
  }
  assignee {
    id
    name
  }
  verifyDueAt
  verifiedAt
  hazardCount
  rewardMin
  rewardMax
  rewardProposed
  rewardRuleVersion
  rewardAmount
  rewardReason
  rewardDecidedAt
  paidAt
}`) as unknown as TypedDocumentString<TipListQuery, TipListQueryVariables>;
export const TipEnterpriseOptionsDocument = new TypedDocumentString(`
    query TipEnterpriseOptions($search: String) {
  enterprises(filter: {search: $search, status: OPERATING}, first: 20) {
    edges {
      node {
        id
        name
        uscc
        regulator {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TipEnterpriseOptionsQuery, TipEnterpriseOptionsQueryVariables>;
export const TriageTipDocument = new TypedDocumentString(`
    mutation TriageTip($input: TriageTipInput!) {
  triageTip(input: $input) {
    ...TipFields
  }
}
    fragment TipFields on Tip {
  id
  stage
  description
  location
  enterpriseText
  matchMethod
  matchedEnterprise {
    id
    name
    uscc
    regulator {
      id
      name
    }
  }
  contact {
    name
    phone
  }
  photos {
    id
    url
  }
  receivedAt
  triageDueAt
  triagedAt
  notAcceptedReason
  enterprise {
    id
    name
  }
  assignee {
    id
    name
  }
  verifyDueAt
  verifiedAt
  hazardCount
  rewardMin
  rewardMax
  rewardProposed
  rewardRuleVersion
  rewardAmount
  rewardReason
  rewardDecidedAt
  paidAt
}`) as unknown as TypedDocumentString<TriageTipMutation, TriageTipMutationVariables>;
export const DecideTipRewardDocument = new TypedDocumentString(`
    mutation DecideTipReward($input: TipRewardInput!) {
  decideTipReward(input: $input) {
    ...TipFields
  }
}
    fragment TipFields on Tip {
  id
  stage
  description
  location
  enterpriseText
  matchMethod
  matchedEnterprise {
    id
    name
    uscc
    regulator {
      id
      name
    }
  }
  contact {
    name
    phone
  }
  photos {
    id
    url
  }
  receivedAt
  triageDueAt
  triagedAt
  notAcceptedReason
  enterprise {
    id
    name
  }
  assignee {
    id
    name
  }
  verifyDueAt
  verifiedAt
  hazardCount
  rewardMin
  rewardMax
  rewardProposed
  rewardRuleVersion
  rewardAmount
  rewardReason
  rewardDecidedAt
  paidAt
}`) as unknown as TypedDocumentString<DecideTipRewardMutation, DecideTipRewardMutationVariables>;
export const TipRewardRulesDocument = new TypedDocumentString(`
    query TipRewardRules {
  tipRewardRules {
    version
    rules {
      level
      min
      max
      proposed
    }
  }
}
    `) as unknown as TypedDocumentString<TipRewardRulesQuery, TipRewardRulesQueryVariables>;
export const SetTipRewardRulesDocument = new TypedDocumentString(`
    mutation SetTipRewardRules($rules: [TipRewardRuleInput!]!) {
  setTipRewardRules(rules: $rules) {
    version
    rules {
      level
      min
      max
      proposed
    }
  }
}
    `) as unknown as TypedDocumentString<SetTipRewardRulesMutation, SetTipRewardRulesMutationVariables>;
export const UserListDocument = new TypedDocumentString(`
    query UserList($filter: UserFilter, $first: Int, $after: String) {
  users(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        username
        displayName
        role
        disabled
        mustChangePassword
        orgUnit {
          id
          name
          kind
        }
        enterprise {
          id
          name
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<UserListQuery, UserListQueryVariables>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
  updateUser(id: $id, input: $input) {
    id
    displayName
    role
  }
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($userId: ID!) {
  resetPassword(userId: $userId) {
    password
    user {
      id
      username
      mustChangePassword
    }
  }
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const DutyPostByTokenDocument = new TypedDocumentString(`
    query DutyPostByToken($token: String!) {
  dutyPostByToken(token: $token) {
    assignmentId
    personName
    targetName
    townshipName
    kind
    level
    instructions
    active
    dueAt
    acknowledgedAt
  }
}
    `) as unknown as TypedDocumentString<DutyPostByTokenQuery, DutyPostByTokenQueryVariables>;
export const AcknowledgePostByTokenDocument = new TypedDocumentString(`
    mutation AcknowledgePostByToken($assignmentId: ID!, $token: String!, $idempotencyKey: String) {
  acknowledgePost(
    assignmentId: $assignmentId
    token: $token
    idempotencyKey: $idempotencyKey
  ) {
    id
    acknowledgedAt
    late
  }
}
    `) as unknown as TypedDocumentString<AcknowledgePostByTokenMutation, AcknowledgePostByTokenMutationVariables>;
export const OwnInspectionsDocument = new TypedDocumentString(`
    query OwnInspections($first: Int, $after: String) {
  inspections(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        inspectedAt
        inspectorCount
        unit {
          id
          name
        }
        groupName
        hazards {
          id
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<OwnInspectionsQuery, OwnInspectionsQueryVariables>;
export const SelfCheckTasksDocument = new TypedDocumentString(`
    query SelfCheckTasks($status: [TaskStatus!], $first: Int, $after: String) {
  myTasks(status: $status, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        status
        overdue
        dueAt
        doneAt
        origin
        campaign {
          id
          name
          endsAt
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<SelfCheckTasksQuery, SelfCheckTasksQueryVariables>;
export const SelfCheckTaskDocument = new TypedDocumentString(`
    query SelfCheckTask($id: ID!) {
  node(id: $id) {
    __typename
    ... on Task {
      id
      kind
      status
      overdue
      dueAt
      enterprise {
        id
        name
      }
      campaign {
        id
        name
        checklistTemplate {
          ...ChecklistTemplateFields
        }
      }
      selfCheck {
        ...SelfCheckFields
      }
    }
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  id
  name
  items {
    id
    position
    category
    text
    basis
    majorCriterion
  }
}
fragment SelfCheckFields on SelfCheck {
  id
  submittedAt
  submitterName
  notes
  answers {
    answer
    note
    item {
      id
    }
  }
  hazards {
    id
    level
    status
    description
  }
}`) as unknown as TypedDocumentString<SelfCheckTaskQuery, SelfCheckTaskQueryVariables>;
export const SubmitSelfCheckDocument = new TypedDocumentString(`
    mutation SubmitSelfCheck($input: SubmitSelfCheckInput!) {
  submitSelfCheck(input: $input) {
    id
    hazards {
      id
    }
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfCheckMutation, SubmitSelfCheckMutationVariables>;
export const EnterpriseHomeDocument = new TypedDocumentString(`
    query EnterpriseHome {
  me {
    id
    enterprise {
      id
      name
      uscc
      grade
      listStatus
      township {
        id
        name
      }
      regulator {
        id
        name
      }
    }
  }
  openSelfChecks: myTasks(status: [OPEN], first: 0) {
    totalCount
  }
  toRectify: hazards(filter: {status: [OPEN]}, first: 0) {
    totalCount
  }
  overdue: hazards(filter: {overdue: true}, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<EnterpriseHomeQuery, EnterpriseHomeQueryVariables>;
export const OwnGradeDocument = new TypedDocumentString(`
    query OwnGrade {
  me {
    id
    enterprise {
      id
      name
      grade
      listStatus
      grades {
        ...EnterpriseGradeFields
      }
      listEntries {
        ...ListEntryFields
      }
    }
  }
}
    fragment ListEntryFields on ListEntry {
  id
  list
  status
  ground
  groundName
  startsAt
  endsAt
  decidedAt
  endedAt
  removalReason
}
fragment EnterpriseGradeFields on EnterpriseGrade {
  periodEnd
  grade
  proposedGrade
  score
  overrideReason
  reasons
  publishedAt
  indicators {
    indicator
    label
    value
    deduction
  }
}`) as unknown as TypedDocumentString<OwnGradeQuery, OwnGradeQueryVariables>;
export const LeaderDashboardDocument = new TypedDocumentString(`
    query LeaderDashboard($filter: DashboardFilter) {
  dashboard(filter: $filter) {
    ...Figures
    inspectionGroups {
      groupsSent
      inspectorsDispatched
      jointGroups
    }
    tips {
      received
      accepted
      confirmed
      rewarded
      rewardAmount
    }
    byRegulator {
      ...FigureRow
    }
    byTownship {
      ...FigureRow
    }
  }
}
    fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}
fragment FigureRow on DashboardRow {
  key
  name
  ...Figures
  orgUnit {
    id
  }
}`) as unknown as TypedDocumentString<LeaderDashboardQuery, LeaderDashboardQueryVariables>;
export const GradingFiguresDocument = new TypedDocumentString(`
    query GradingFigures {
  gradingFigures {
    current {
      GOOD
      FAIR
      POOR
    }
    lastPublished {
      periodEnd
      grades {
        GOOD
        FAIR
        POOR
      }
    }
    previousPublished {
      periodEnd
      grades {
        GOOD
        FAIR
        POOR
      }
    }
    redListed
    blackListed
  }
}
    `) as unknown as TypedDocumentString<GradingFiguresQuery, GradingFiguresQueryVariables>;
export const StandingSupervisionFiguresDocument = new TypedDocumentString(`
    query StandingSupervisionFigures($year: Int) {
  inspectionPlans(year: $year, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        progress {
          dueSoFar
          doneOfDue
        }
      }
    }
  }
  falseRectificationRates(year: $year) {
    judged
    notRectified
  }
}
    `) as unknown as TypedDocumentString<StandingSupervisionFiguresQuery, StandingSupervisionFiguresQueryVariables>;
export const InspectionListDocument = new TypedDocumentString(`
    query InspectionList($filter: InspectionFilter, $first: Int, $after: String) {
  inspections(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        inspectedAt
        inspectorCount
        enterprise {
          id
          name
          township {
            id
            name
          }
        }
        task {
          id
          origin
          campaign {
            id
            name
          }
          assignee {
            id
            name
          }
        }
        hazards {
          id
          level
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<InspectionListQuery, InspectionListQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) {
    expiresAt
    user {
      ...SessionUser
    }
  }
}
    fragment SessionUser on User {
  id
  username
  displayName
  role
  orgUnit {
    id
    name
    code
  }
  enterprise {
    id
    name
  }
  mustChangePassword
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const PublicMajorHazardsDocument = new TypedDocumentString(`
    query PublicMajorHazards($first: Int, $after: String) {
  publicMajorHazards(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        enterpriseName
        townshipName
        regulatorName
        description
        listedAt
        rectifyBy
        status
        removedAt
        suspended
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PublicMajorHazardsQuery, PublicMajorHazardsQueryVariables>;
export const InspectionTaskDocument = new TypedDocumentString(`
    query InspectionTask($id: ID!) {
  node(id: $id) {
    __typename
    ... on Task {
      id
      kind
      status
      overdue
      dueAt
      assignee {
        id
        name
      }
      enterprise {
        id
        name
        uscc
        address
        industry
        legalRepresentative
        majorHazardSource
        township {
          id
          name
        }
      }
      campaign {
        id
        name
        startsAt
        endsAt
        checklistTemplate {
          ...ChecklistTemplateFields
        }
      }
      selfCheck {
        ...SelfCheckFields
      }
      origin
      supervisedUnit {
        id
        name
      }
      patrolWindowStartsAt
      lookBackCheck {
        month
        hazardId
        level
        hazardStatus
        description
        location
        rectificationMeasures
        foundAt
        closedAt
        closingUnit {
          id
          name
        }
        outcome
        reason
      }
      tip {
        id
        description
        location
        enterpriseText
        photos {
          id
          url
        }
      }
      inspection {
        id
        inspectedAt
        inspectorCount
        notes
        hazards {
          id
          level
          status
          description
        }
      }
    }
  }
}
    fragment ChecklistTemplateFields on ChecklistTemplate {
  id
  name
  items {
    id
    position
    category
    text
    basis
    majorCriterion
  }
}
fragment SelfCheckFields on SelfCheck {
  id
  submittedAt
  submitterName
  notes
  answers {
    answer
    note
    item {
      id
    }
  }
  hazards {
    id
    level
    status
    description
  }
}`) as unknown as TypedDocumentString<InspectionTaskQuery, InspectionTaskQueryVariables>;
export const SubmitInspectionDocument = new TypedDocumentString(`
    mutation SubmitInspection($input: SubmitInspectionInput!) {
  submitInspection(input: $input) {
    id
    inspectorCount
    hazards {
      id
      level
      status
    }
    task {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitInspectionMutation, SubmitInspectionMutationVariables>;
export const ReopenHazardDocument = new TypedDocumentString(`
    mutation ReopenHazard($hazardId: ID!, $reason: String!, $newRectifyBy: DateTime!, $inspectorCount: Int, $idempotencyKey: String) {
  reopenHazard(
    hazardId: $hazardId
    reason: $reason
    newRectifyBy: $newRectifyBy
    inspectorCount: $inspectorCount
    idempotencyKey: $idempotencyKey
  ) {
    id
    status
    rectifyBy
  }
}
    `) as unknown as TypedDocumentString<ReopenHazardMutation, ReopenHazardMutationVariables>;
export const JointVisitProposalsDocument = new TypedDocumentString(`
    query JointVisitProposals {
  jointVisitProposals {
    enterpriseId
    enterpriseName
    month
    mayOrganise
    units {
      id
      name
    }
    tasks {
      id
      unitName
      origin
      dueAt
    }
    budget {
      ...BudgetFields
    }
    candidates {
      id
      name
      unitName
      unit {
        id
      }
    }
  }
}
    fragment BudgetFields on InspectionBudget {
  periodLabel
  cap
  done
  planned
  total
  over
  totalIfJoint
}`) as unknown as TypedDocumentString<JointVisitProposalsQuery, JointVisitProposalsQueryVariables>;
export const InspectionGroupsDocument = new TypedDocumentString(`
    query InspectionGroups($first: Int, $after: String) {
  inspectionGroups(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        name
        visitDate
        members {
          id
        }
        enterprises {
          id
          name
        }
        tasks {
          id
          status
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<InspectionGroupsQuery, InspectionGroupsQueryVariables>;
export const InspectionGroupDocument = new TypedDocumentString(`
    query InspectionGroup($id: ID!) {
  node(id: $id) {
    __typename
    ... on InspectionGroup {
      id
      name
      visitDate
      leader {
        id
        name
      }
      members {
        id
        name
        unitName
      }
      enterprises {
        id
        name
      }
      budgets {
        ...BudgetFields
      }
      tasks {
        id
        enterpriseName
        unitName
        origin
        status
        dueAt
        inspectedAt
        findings
        recordedByGroup
      }
    }
  }
}
    fragment BudgetFields on InspectionBudget {
  periodLabel
  cap
  done
  planned
  total
  over
  totalIfJoint
}`) as unknown as TypedDocumentString<InspectionGroupQuery, InspectionGroupQueryVariables>;
export const CreateInspectionGroupDocument = new TypedDocumentString(`
    mutation CreateInspectionGroup($input: InspectionGroupInput!) {
  createInspectionGroup(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateInspectionGroupMutation, CreateInspectionGroupMutationVariables>;
export const SubmitGroupInspectionDocument = new TypedDocumentString(`
    mutation SubmitGroupInspection($input: SubmitInspectionInput!) {
  submitInspection(input: $input) {
    id
    groupName
  }
}
    `) as unknown as TypedDocumentString<SubmitGroupInspectionMutation, SubmitGroupInspectionMutationVariables>;
export const RectificationCountsDocument = new TypedDocumentString(`
    query RectificationCounts {
  open: hazards(filter: {status: [OPEN]}, first: 0) {
    totalCount
  }
  pending: hazards(filter: {status: [PENDING_VERIFICATION]}, first: 0) {
    totalCount
  }
  closed: hazards(filter: {status: [CLOSED]}, first: 0) {
    totalCount
  }
  overdue: hazards(filter: {overdue: true}, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RectificationCountsQuery, RectificationCountsQueryVariables>;
export const VerifyRectificationDocument = new TypedDocumentString(`
    mutation VerifyRectification($input: VerifyRectificationInput!) {
  verifyRectification(input: $input) {
    id
    status
    rectifyBy
  }
}
    `) as unknown as TypedDocumentString<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const RoutineEnterpriseOptionsDocument = new TypedDocumentString(`
    query RoutineEnterpriseOptions($search: String) {
  enterprises(filter: {search: $search, status: OPERATING}, first: 20) {
    edges {
      node {
        id
        name
        uscc
        address
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RoutineEnterpriseOptionsQuery, RoutineEnterpriseOptionsQueryVariables>;
export const RecordRoutineInspectionDocument = new TypedDocumentString(`
    mutation RecordRoutineInspection($input: RoutineInspectionInput!) {
  recordRoutineInspection(input: $input) {
    id
    inspectedAt
    enterprise {
      id
      name
    }
    hazards {
      id
      level
    }
    task {
      id
      origin
    }
  }
}
    `) as unknown as TypedDocumentString<RecordRoutineInspectionMutation, RecordRoutineInspectionMutationVariables>;
export const PatrolSchedulesDocument = new TypedDocumentString(`
    query PatrolSchedules {
  patrolSchedules {
    id
    name
    startsAt
    endsAt
    crossesMidnight
    weekdays
    active
    createdAt
    unit {
      id
      name
    }
    enterprises {
      id
      name
    }
    nextWindow {
      startsAt
      endsAt
    }
    taskCount
    inspectedCount
    outsideWindowCount
  }
}
    `) as unknown as TypedDocumentString<PatrolSchedulesQuery, PatrolSchedulesQueryVariables>;
export const PatrolTasksDocument = new TypedDocumentString(`
    query PatrolTasks($id: ID!) {
  node(id: $id) {
    ... on PatrolSchedule {
      id
      tasks(first: 100) {
        id
        status
        overdue
        dueAt
        patrolWindowStartsAt
        enterprise {
          id
          name
        }
        inspection {
          id
          inspectedAt
          outsideWindow
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PatrolTasksQuery, PatrolTasksQueryVariables>;
export const CreatePatrolScheduleDocument = new TypedDocumentString(`
    mutation CreatePatrolSchedule($input: PatrolScheduleInput!) {
  createPatrolSchedule(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePatrolScheduleMutation, CreatePatrolScheduleMutationVariables>;
export const DeactivatePatrolScheduleDocument = new TypedDocumentString(`
    mutation DeactivatePatrolSchedule($id: ID!) {
  deactivatePatrolSchedule(id: $id) {
    id
    active
  }
}
    `) as unknown as TypedDocumentString<DeactivatePatrolScheduleMutation, DeactivatePatrolScheduleMutationVariables>;
export const IllegalSiteLeadsDocument = new TypedDocumentString(`
    query IllegalSiteLeads {
  illegalSiteLeads {
    id
    siteName
    address
    description
    status
    outcome
    outcomeNote
    reportedAt
    closedAt
    township {
      id
      name
    }
    unit {
      id
      name
    }
    photos {
      id
      url
    }
  }
}
    `) as unknown as TypedDocumentString<IllegalSiteLeadsQuery, IllegalSiteLeadsQueryVariables>;
export const ReportIllegalSiteDocument = new TypedDocumentString(`
    mutation ReportIllegalSite($input: ReportIllegalSiteInput!) {
  reportIllegalSite(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportIllegalSiteMutation, ReportIllegalSiteMutationVariables>;
export const CloseIllegalSiteLeadDocument = new TypedDocumentString(`
    mutation CloseIllegalSiteLead($id: ID!, $outcome: IllegalSiteOutcome!, $note: String!) {
  closeIllegalSiteLead(id: $id, outcome: $outcome, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseIllegalSiteLeadMutation, CloseIllegalSiteLeadMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($status: [TaskStatus!], $overdue: Boolean, $first: Int, $after: String) {
  myTasks(status: $status, overdue: $overdue, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        kind
        topic
        status
        overdue
        dueAt
        doneAt
        enterprise {
          id
          name
          industry
          address
          township {
            id
            name
          }
        }
        origin
        campaign {
          id
          name
        }
        assignee {
          id
          name
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MyTaskCountsDocument = new TypedDocumentString(`
    query MyTaskCounts {
  open: myTasks(status: [OPEN], first: 0) {
    totalCount
  }
  overdue: myTasks(status: [OPEN], overdue: true, first: 0) {
    totalCount
  }
  done: myTasks(status: [DONE], first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<MyTaskCountsQuery, MyTaskCountsQueryVariables>;
export const SubmitTipDocument = new TypedDocumentString(`
    mutation SubmitTip($input: SubmitTipInput!) {
  submitTip(input: $input) {
    trackingCode
  }
}
    `) as unknown as TypedDocumentString<SubmitTipMutation, SubmitTipMutationVariables>;
export const TipStatusDocument = new TypedDocumentString(`
    query TipStatus($code: String!) {
  tipByTrackingCode(code: $code) {
    stage
    stageName
    receivedAt
    triageDueAt
    triagedAt
    verifiedAt
    rewardDecidedAt
    paidAt
  }
}
    `) as unknown as TypedDocumentString<TipStatusQuery, TipStatusQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    id
    username
  }
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!, $reason: String) {
  deactivateUser(id: $id, reason: $reason) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const CasesDocument = new TypedDocumentString(`
    query Cases($filter: CaseFilter, $first: Int, $after: String) {
  cases(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...CaseRow
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment CaseRow on EnforcementCase {
  id
  status
  violation
  handlerNames
  filedAt
  decisionDueAt
  hearingDueAt
  serviceDueAt
  paymentDueAt
  penaltyYuan
  proposedPenaltyYuan
  unit {
    id
    name
  }
  enterprise {
    id
    name
  }
}`) as unknown as TypedDocumentString<CasesQuery, CasesQueryVariables>;
export const CaseDocument = new TypedDocumentString(`
    query Case($id: ID!) {
  node(id: $id) {
    __typename
    ... on EnforcementCase {
      ...CaseFields
    }
  }
}
    fragment CaseRow on EnforcementCase {
  id
  status
  violation
  handlerNames
  filedAt
  decisionDueAt
  hearingDueAt
  serviceDueAt
  paymentDueAt
  penaltyYuan
  proposedPenaltyYuan
  unit {
    id
    name
  }
  enterprise {
    id
    name
  }
}
fragment CaseFields on EnforcementCase {
  ...CaseRow
  legalBasis
  handlerIds
  notifiedAt
  statementDueAt
  statement
  hearingRequested
  hearingHeld
  decidedAt
  servedAt
  executedAt
  closedAt
  archivedAt
  archiveNumber
  inspection {
    id
  }
  hazard {
    id
  }
  events {
    action
    note
    actorName
    at
  }
}`) as unknown as TypedDocumentString<CaseQuery, CaseQueryVariables>;
export const OpenCaseDocument = new TypedDocumentString(`
    mutation OpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenCaseMutation, OpenCaseMutationVariables>;
export const AdvanceCaseDocument = new TypedDocumentString(`
    mutation AdvanceCase($input: AdvanceCaseInput!) {
  advanceCase(input: $input) {
    ...CaseFields
  }
}
    fragment CaseRow on EnforcementCase {
  id
  status
  violation
  handlerNames
  filedAt
  decisionDueAt
  hearingDueAt
  serviceDueAt
  paymentDueAt
  penaltyYuan
  proposedPenaltyYuan
  unit {
    id
    name
  }
  enterprise {
    id
    name
  }
}
fragment CaseFields on EnforcementCase {
  ...CaseRow
  legalBasis
  handlerIds
  notifiedAt
  statementDueAt
  statement
  hearingRequested
  hearingHeld
  decidedAt
  servedAt
  executedAt
  closedAt
  archivedAt
  archiveNumber
  inspection {
    id
  }
  hazard {
    id
  }
  events {
    action
    note
    actorName
    at
  }
}`) as unknown as TypedDocumentString<AdvanceCaseMutation, AdvanceCaseMutationVariables>;
export const CaseColleaguesDocument = new TypedDocumentString(`
    query CaseColleagues {
  unitOfficers {
    id
    name
    role
  }
}
    `) as unknown as TypedDocumentString<CaseColleaguesQuery, CaseColleaguesQueryVariables>;
export const DirectiveListDocument = new TypedDocumentString(`
    query DirectiveList($filter: DirectiveFilter, $first: Int, $after: String) {
  directives(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...DirectiveFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}
fragment DirectiveFields on Directive {
  id
  kind
  source
  documentNumber
  title
  receivedAt
  replyDueAt
  status
  reply
  repliedAt
  items {
    ...DirectiveItemFields
  }
}`) as unknown as TypedDocumentString<DirectiveListQuery, DirectiveListQueryVariables>;
export const RegisterDirectiveDocument = new TypedDocumentString(`
    mutation RegisterDirective($input: DirectiveInput!) {
  registerDirective(input: $input) {
    ...DirectiveFields
  }
}
    fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}
fragment DirectiveFields on Directive {
  id
  kind
  source
  documentNumber
  title
  receivedAt
  replyDueAt
  status
  reply
  repliedAt
  items {
    ...DirectiveItemFields
  }
}`) as unknown as TypedDocumentString<RegisterDirectiveMutation, RegisterDirectiveMutationVariables>;
export const ReplyDirectiveDocument = new TypedDocumentString(`
    mutation ReplyDirective($id: ID!, $reply: String!, $idempotencyKey: String) {
  replyDirective(id: $id, reply: $reply, idempotencyKey: $idempotencyKey) {
    ...DirectiveFields
  }
}
    fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}
fragment DirectiveFields on Directive {
  id
  kind
  source
  documentNumber
  title
  receivedAt
  replyDueAt
  status
  reply
  repliedAt
  items {
    ...DirectiveItemFields
  }
}`) as unknown as TypedDocumentString<ReplyDirectiveMutation, ReplyDirectiveMutationVariables>;
export const DirectiveItemListDocument = new TypedDocumentString(`
    query DirectiveItemList($filter: DirectiveItemFilter, $first: Int, $after: String) {
  directiveItems(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...DirectiveItemFields
        directive {
          id
          kind
          source
          documentNumber
          title
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}`) as unknown as TypedDocumentString<DirectiveItemListQuery, DirectiveItemListQueryVariables>;
export const AnswerDirectiveItemDocument = new TypedDocumentString(`
    mutation AnswerDirectiveItem($input: AnswerDirectiveItemInput!) {
  answerDirectiveItem(input: $input) {
    ...DirectiveItemFields
  }
}
    fragment DirectiveItemFields on DirectiveItem {
  id
  position
  content
  assignee {
    id
    name
  }
  dueAt
  status
  late
  answer
  answeredAt
  answeredByName
}`) as unknown as TypedDocumentString<AnswerDirectiveItemMutation, AnswerDirectiveItemMutationVariables>;
export const DocumentsDocument = new TypedDocumentString(`
    query Documents($subjectId: ID!) {
  documents(subjectId: $subjectId) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  kind
  title
  number
  issuedAt
  issuedByName
  pdfUrl
  signedAt
  signerName
  issuer {
    id
    name
  }
  enterprise {
    id
    name
  }
  items {
    text
    basis
    deadline
  }
  corrects {
    id
    number
  }
  correctedBy {
    id
    number
  }
}`) as unknown as TypedDocumentString<DocumentsQuery, DocumentsQueryVariables>;
export const SignDocumentDocument = new TypedDocumentString(`
    mutation SignDocument($id: ID!, $signerName: String!) {
  signDocument(id: $id, signerName: $signerName) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  kind
  title
  number
  issuedAt
  issuedByName
  pdfUrl
  signedAt
  signerName
  issuer {
    id
    name
  }
  enterprise {
    id
    name
  }
  items {
    text
    basis
    deadline
  }
  corrects {
    id
    number
  }
  correctedBy {
    id
    number
  }
}`) as unknown as TypedDocumentString<SignDocumentMutation, SignDocumentMutationVariables>;
export const CorrectDocumentDocument = new TypedDocumentString(`
    mutation CorrectDocument($input: CorrectDocumentInput!) {
  correctDocument(input: $input) {
    ...DocumentFields
  }
}
    fragment DocumentFields on Document {
  id
  kind
  title
  number
  issuedAt
  issuedByName
  pdfUrl
  signedAt
  signerName
  issuer {
    id
    name
  }
  enterprise {
    id
    name
  }
  items {
    text
    basis
    deadline
  }
  corrects {
    id
    number
  }
  correctedBy {
    id
    number
  }
}`) as unknown as TypedDocumentString<CorrectDocumentMutation, CorrectDocumentMutationVariables>;
export const EmergencyResponsesDocument = new TypedDocumentString(`
    query EmergencyResponses($first: Int, $after: String) {
  emergencyResponses(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...ResponseFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment ResponseFields on EmergencyResponse {
  id
  kind
  level
  status
  reason
  instructions
  activatedAt
  levelSince
  ackMinutes
  reportEveryMinutes
  endedAt
  endReason
  townships {
    id
    name
  }
}`) as unknown as TypedDocumentString<EmergencyResponsesQuery, EmergencyResponsesQueryVariables>;
export const EmergencyResponseDocument = new TypedDocumentString(`
    query EmergencyResponse($id: ID!) {
  node(id: $id) {
    __typename
    ... on EmergencyResponse {
      ...ResponseFields
      summary
      levelChanges {
        fromLevel
        toLevel
        reason
        changedAt
      }
      reports {
        ...SituationReportFields
      }
    }
  }
}
    fragment ResponseFields on EmergencyResponse {
  id
  kind
  level
  status
  reason
  instructions
  activatedAt
  levelSince
  ackMinutes
  reportEveryMinutes
  endedAt
  endReason
  townships {
    id
    name
  }
}
fragment SituationReportFields on SituationReport {
  id
  township {
    id
    name
  }
  periodDueAt
  rainfallMm
  peopleMoved
  dangersFound
  losses
  text
  submittedAt
  photos {
    id
    url
    step
  }
}`) as unknown as TypedDocumentString<EmergencyResponseQuery, EmergencyResponseQueryVariables>;
export const ResponseBoardDocument = new TypedDocumentString(`
    query ResponseBoard($id: ID!) {
  node(id: $id) {
    __typename
    ... on EmergencyResponse {
      id
      level
      status
      levelSince
      board {
        ...BoardRowFields
      }
    }
  }
}
    fragment SituationReportFields on SituationReport {
  id
  township {
    id
    name
  }
  periodDueAt
  rainfallMm
  peopleMoved
  dangersFound
  losses
  text
  submittedAt
  photos {
    id
    url
    step
  }
}
fragment BoardRowFields on ResponseBoardRow {
  township {
    id
    name
  }
  links
  acknowledged
  overdue
  reports
  lateLinks {
    personName
    targetName
    tier
    dueAt
    acknowledgedAt
    escalatedUp
  }
  latestReport {
    ...SituationReportFields
  }
}`) as unknown as TypedDocumentString<ResponseBoardQuery, ResponseBoardQueryVariables>;
export const MyDutyPostsDocument = new TypedDocumentString(`
    query MyDutyPosts {
  myDutyPosts {
    id
    assignmentId
    targetName
    dueAt
    acknowledgedAt
    response {
      id
      kind
      level
      status
      instructions
    }
  }
}
    `) as unknown as TypedDocumentString<MyDutyPostsQuery, MyDutyPostsQueryVariables>;
export const AcknowledgePostDocument = new TypedDocumentString(`
    mutation AcknowledgePost($assignmentId: ID!, $responseId: ID, $idempotencyKey: String) {
  acknowledgePost(
    assignmentId: $assignmentId
    responseId: $responseId
    idempotencyKey: $idempotencyKey
  ) {
    id
    acknowledgedAt
    late
  }
}
    `) as unknown as TypedDocumentString<AcknowledgePostMutation, AcknowledgePostMutationVariables>;
export const SubmitSituationReportDocument = new TypedDocumentString(`
    mutation SubmitSituationReport($input: SituationReportInput!) {
  submitSituationReport(input: $input) {
    ...SituationReportFields
  }
}
    fragment SituationReportFields on SituationReport {
  id
  township {
    id
    name
  }
  periodDueAt
  rainfallMm
  peopleMoved
  dangersFound
  losses
  text
  submittedAt
  photos {
    id
    url
    step
  }
}`) as unknown as TypedDocumentString<SubmitSituationReportMutation, SubmitSituationReportMutationVariables>;
export const WarningsDocument = new TypedDocumentString(`
    query Warnings($first: Int, $after: String) {
  warnings(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...WarningFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment WarningFields on Warning {
  id
  title
  content
  level
  townships {
    id
    name
  }
  industries
  issuedAt
  ackDueAt
  escalatedAt
  recipients
  acknowledged
  acknowledgedAt
}`) as unknown as TypedDocumentString<WarningsQuery, WarningsQueryVariables>;
export const AcknowledgeWarningDocument = new TypedDocumentString(`
    mutation AcknowledgeWarning($id: ID!) {
  acknowledgeWarning(id: $id) {
    ...WarningFields
  }
}
    fragment WarningFields on Warning {
  id
  title
  content
  level
  townships {
    id
    name
  }
  industries
  issuedAt
  ackDueAt
  escalatedAt
  recipients
  acknowledged
  acknowledgedAt
}`) as unknown as TypedDocumentString<AcknowledgeWarningMutation, AcknowledgeWarningMutationVariables>;
export const EscalationBoardDocument = new TypedDocumentString(`
    query EscalationBoard($status: [EscalationStatus!]) {
  escalations(status: $status, first: 200) {
    edges {
      node {
        id
        level
        status
        raisedAt
        acknowledgedAt
        acknowledgeComment
        resolvedAt
        subjectType
        addressee {
          id
          name
        }
        task {
          id
          dueAt
          enterprise {
            id
            name
          }
          campaign {
            id
            name
          }
        }
        tip {
          id
          description
          stage
          triageDueAt
          rewardDueAt
        }
        risk {
          id
          place
          handleBy
          unit {
            id
            name
          }
        }
        directiveItem {
          id
          content
          dueAt
          assignee {
            id
            name
          }
        }
        hazard {
          id
          description
          level
          rectifyBy
          enterprise {
            id
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EscalationBoardQuery, EscalationBoardQueryVariables>;
export const AcknowledgeEscalationDocument = new TypedDocumentString(`
    mutation AcknowledgeEscalation($id: ID!, $comment: String) {
  acknowledgeEscalation(id: $id, comment: $comment) {
    id
    status
    acknowledgedAt
    acknowledgeComment
  }
}
    `) as unknown as TypedDocumentString<AcknowledgeEscalationMutation, AcknowledgeEscalationMutationVariables>;
export const GradingProposalsDocument = new TypedDocumentString(`
    query GradingProposals($first: Int, $after: String) {
  gradingProposals(first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        periodEnd
        status
        graded
        createdAt
        publishedAt
        distribution {
          changed
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<GradingProposalsQuery, GradingProposalsQueryVariables>;
export const GradingProposalDocument = new TypedDocumentString(`
    query GradingProposal($id: ID!) {
  node(id: $id) {
    __typename
    ... on GradingProposal {
      id
      periodEnd
      windowStart
      ruleSetVersion
      status
      graded
      createdAt
      readyAt
      publishedAt
      distribution {
        before {
          GOOD
          FAIR
          POOR
        }
        after {
          GOOD
          FAIR
          POOR
        }
        changed
        overridden
        redListed
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GradingProposalQuery, GradingProposalQueryVariables>;
export const GradingItemsDocument = new TypedDocumentString(`
    query GradingItems($id: ID!, $filter: GradingItemFilter, $first: Int, $after: String) {
  node(id: $id) {
    __typename
    ... on GradingProposal {
      id
      items(filter: $filter, first: $first, after: $after) {
        ...ListPage
        edges {
          node {
            enterprise {
              id
              name
              uscc
            }
            score
            previousGrade
            proposedGrade
            grade
            changed
            overrideReason
            overriddenAt
            redListProposed
            reasons
            indicators {
              indicator
              label
              value
              deduction
            }
          }
        }
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<GradingItemsQuery, GradingItemsQueryVariables>;
export const RunGradingDocument = new TypedDocumentString(`
    mutation RunGrading($periodEnd: DateTime) {
  runGrading(periodEnd: $periodEnd) {
    id
    status
    periodEnd
  }
}
    `) as unknown as TypedDocumentString<RunGradingMutation, RunGradingMutationVariables>;
export const OverrideProposedGradeDocument = new TypedDocumentString(`
    mutation OverrideProposedGrade($proposalId: ID!, $enterpriseId: ID!, $grade: Grade!, $reason: String!) {
  overrideProposedGrade(
    proposalId: $proposalId
    enterpriseId: $enterpriseId
    grade: $grade
    reason: $reason
  ) {
    id
    distribution {
      changed
      overridden
    }
  }
}
    `) as unknown as TypedDocumentString<OverrideProposedGradeMutation, OverrideProposedGradeMutationVariables>;
export const PublishGradingProposalDocument = new TypedDocumentString(`
    mutation PublishGradingProposal($id: ID!) {
  publishGradingProposal(id: $id) {
    id
    status
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishGradingProposalMutation, PublishGradingProposalMutationVariables>;
export const SubmitListingPlanDocument = new TypedDocumentString(`
    mutation SubmitListingPlan($hazardId: ID!, $input: ListingPlanInput!) {
  submitListingPlan(hazardId: $hazardId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitListingPlanMutation, SubmitListingPlanMutationVariables>;
export const OrderSuspensionDocument = new TypedDocumentString(`
    mutation OrderSuspension($hazardId: ID!, $reason: String!) {
  orderSuspension(hazardId: $hazardId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<OrderSuspensionMutation, OrderSuspensionMutationVariables>;
export const RecordExpertAcceptanceDocument = new TypedDocumentString(`
    mutation RecordExpertAcceptance($input: ExpertAcceptanceInput!) {
  recordExpertAcceptance(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordExpertAcceptanceMutation, RecordExpertAcceptanceMutationVariables>;
export const HazardListDocument = new TypedDocumentString(`
    query HazardList($filter: HazardFilter, $first: Int, $after: String) {
  hazards(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...HazardFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment HazardFields on Hazard {
  id
  level
  status
  overdue
  description
  location
  rectifyBy
  foundAt
  reportedAt
  rectificationMeasures
  source
  rectificationPlan
  reportedOnBehalf
  reportedByViewer
  reporterName
  rectificationResponsible
  rectificationFunds
  rectificationCompletedAt
  rectificationContingencyPlan
  underOrder
  verifyBy
  reinspectionRequestedAt
  enterprise {
    id
    name
  }
  regulator {
    id
    name
  }
  verifierUnit {
    id
    name
  }
  township {
    id
    name
  }
  campaign {
    id
    name
  }
  photos {
    id
    url
    step
  }
}`) as unknown as TypedDocumentString<HazardListQuery, HazardListQueryVariables>;
export const HazardDetailDocument = new TypedDocumentString(`
    query HazardDetail($id: ID!) {
  node(id: $id) {
    __typename
    ... on Hazard {
      ...HazardFields
      ...HazardListingFields
      verifiedAt
      signedOffAt
      closedAt
      enterprise {
        uscc
        address
      }
      checklistItem {
        id
        category
        text
      }
      photos {
        createdAt
      }
      history {
        kind
        at
        actorName
        comment
        fromStatus
        toStatus
      }
      escalations {
        id
        level
        status
        raisedAt
        addressee {
          id
          name
        }
      }
    }
  }
}
    fragment HazardListingFields on Hazard {
  listedAt
  delistedAt
  listing {
    plan {
      measures
      responsible
      fundsYuan
      completeBy
      contingencyPlan
    }
    planAt
    suspendedAt
    suspensionReason
    expertAcceptance {
      experts
      opinion
      passed
      at
    }
  }
}
fragment HazardFields on Hazard {
  id
  level
  status
  overdue
  description
  location
  rectifyBy
  foundAt
  reportedAt
  rectificationMeasures
  source
  rectificationPlan
  reportedOnBehalf
  reportedByViewer
  reporterName
  rectificationResponsible
  rectificationFunds
  rectificationCompletedAt
  rectificationContingencyPlan
  underOrder
  verifyBy
  reinspectionRequestedAt
  enterprise {
    id
    name
  }
  regulator {
    id
    name
  }
  verifierUnit {
    id
    name
  }
  township {
    id
    name
  }
  campaign {
    id
    name
  }
  photos {
    id
    url
    step
  }
}`) as unknown as TypedDocumentString<HazardDetailQuery, HazardDetailQueryVariables>;
export const ReportRectificationDocument = new TypedDocumentString(`
    mutation ReportRectification($input: ReportRectificationInput!) {
  reportRectification(input: $input) {
    id
    status
    rectificationMeasures
    reportedOnBehalf
  }
}
    `) as unknown as TypedDocumentString<ReportRectificationMutation, ReportRectificationMutationVariables>;
export const RequestReinspectionDocument = new TypedDocumentString(`
    mutation RequestReinspection($hazardId: ID!, $idempotencyKey: String) {
  requestReinspection(hazardId: $hazardId, idempotencyKey: $idempotencyKey) {
    id
    status
    verifyBy
    reinspectionRequestedAt
  }
}
    `) as unknown as TypedDocumentString<RequestReinspectionMutation, RequestReinspectionMutationVariables>;
export const InspectionPlansDocument = new TypedDocumentString(`
    query InspectionPlans($year: Int, $first: Int, $after: String) {
  inspectionPlans(year: $year, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        year
        status
        unit {
          id
          name
        }
        frequencies {
          majorHazardSource
          POOR
          FAIR
          GOOD
        }
        notes
        enterprises
        plannedVisits
        filedAt
        filedLate
        reviewedAt
        reviewComment
        progress {
          tasksWritten
          dueSoFar
          doneOfDue
          done
          overdue
          completion
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InspectionPlansQuery, InspectionPlansQueryVariables>;
export const FileInspectionPlanDocument = new TypedDocumentString(`
    mutation FileInspectionPlan($input: InspectionPlanInput!) {
  fileInspectionPlan(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FileInspectionPlanMutation, FileInspectionPlanMutationVariables>;
export const ApproveInspectionPlanDocument = new TypedDocumentString(`
    mutation ApproveInspectionPlan($id: ID!, $approved: Boolean!, $comment: String) {
  approveInspectionPlan(id: $id, approved: $approved, comment: $comment) {
    id
    status
    reviewComment
  }
}
    `) as unknown as TypedDocumentString<ApproveInspectionPlanMutation, ApproveInspectionPlanMutationVariables>;
export const InspectionPlanBudgetDocument = new TypedDocumentString(`
    query InspectionPlanBudget($year: Int!, $frequencies: InspectionFrequenciesInput!) {
  inspectionPlanBudget(year: $year, frequencies: $frequencies) {
    enterprises
    cap
    overAlone
    overlapping
    overTogether
  }
}
    `) as unknown as TypedDocumentString<InspectionPlanBudgetQuery, InspectionPlanBudgetQueryVariables>;
export const LookBacksDocument = new TypedDocumentString(`
    query LookBacks($first: Int, $after: String) {
  lookBacks(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        month
        periodStart
        ratio
        seed
        population
        drawn
        judged
        notRectified
        drawnAt
        items {
          id
          enterpriseName
          closingUnit {
            id
            name
          }
          assignee {
            id
            name
          }
          taskStatus
          dueAt
          outcome
          judgedAt
          reason
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LookBacksQuery, LookBacksQueryVariables>;
export const LookBackFiguresDocument = new TypedDocumentString(`
    query LookBackFigures($year: Int) {
  lookBackRule {
    version
    ratio
    verifyDays
  }
  falseRectificationRates(year: $year) {
    unit {
      id
      name
    }
    drawn
    judged
    notRectified
    rate
  }
}
    `) as unknown as TypedDocumentString<LookBackFiguresQuery, LookBackFiguresQueryVariables>;
export const RunLookBackDocument = new TypedDocumentString(`
    mutation RunLookBack($periodStart: DateTime!) {
  runLookBack(periodStart: $periodStart) {
    id
    month
    drawn
    population
  }
}
    `) as unknown as TypedDocumentString<RunLookBackMutation, RunLookBackMutationVariables>;
export const SetLookBackRuleDocument = new TypedDocumentString(`
    mutation SetLookBackRule($ratio: Float!, $verifyDays: Int!) {
  setLookBackRule(ratio: $ratio, verifyDays: $verifyDays) {
    version
    ratio
    verifyDays
  }
}
    `) as unknown as TypedDocumentString<SetLookBackRuleMutation, SetLookBackRuleMutationVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($unread: Boolean, $first: Int, $after: String) {
  notifications(unread: $unread, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        id
        kind
        title
        body
        subjectType
        subjectId
        createdAt
        read
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationsDocument = new TypedDocumentString(`
    query UnreadNotifications {
  notifications(unread: true, first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UploadPhotoDocument = new TypedDocumentString(`
    mutation UploadPhoto($file: File!) {
  uploadPhoto(file: $file) {
    id
    url
    contentType
    byteSize
  }
}
    `) as unknown as TypedDocumentString<UploadPhotoMutation, UploadPhotoMutationVariables>;
export const OrgUnitsDocument = new TypedDocumentString(`
    query OrgUnits {
  orgUnits {
    id
    kind
    code
    name
  }
}
    `) as unknown as TypedDocumentString<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const CampaignOptionsDocument = new TypedDocumentString(`
    query CampaignOptions {
  campaigns(first: 100) {
    edges {
      node {
        id
        name
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CampaignOptionsQuery, CampaignOptionsQueryVariables>;
export const CountyReportsDocument = new TypedDocumentString(`
    query CountyReports($kind: ReportKind, $first: Int, $after: String) {
  countyReports(kind: $kind, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...CountyReportFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}
fragment CountyReportFields on Report {
  id
  kind
  periodStart
  periodEnd
  createdAt
  docxUrl
  countyFigures {
    ...Figures
  }
}`) as unknown as TypedDocumentString<CountyReportsQuery, CountyReportsQueryVariables>;
export const ReportBodyDocument = new TypedDocumentString(`
    query ReportBody($id: ID!) {
  node(id: $id) {
    ... on Report {
      id
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ReportBodyQuery, ReportBodyQueryVariables>;
export const GenerateCountyReportDocument = new TypedDocumentString(`
    mutation GenerateCountyReport($kind: ReportKind!, $periodStart: DateTime!) {
  generateCountyReport(kind: $kind, periodStart: $periodStart) {
    ...CountyReportFields
  }
}
    fragment Figures on DashboardFigures {
  inspections
  inspectorsDispatched
  enterprisesInspected
  hazardsFound
  hazardsClosed
  majorHazards
  majorHazardsOpen
  overdueHazards
  rectificationRate
  tasksTotal
  tasksDone
  tasksOverdue
  selfChecksDue
  selfChecksDone
  selfCheckRate
  hazardsSelfFound
  rectificationsByEnterprise
  rectificationsOnBehalf
  majorHazardsAwaitingSignOff
}
fragment CountyReportFields on Report {
  id
  kind
  periodStart
  periodEnd
  createdAt
  docxUrl
  countyFigures {
    ...Figures
  }
}`) as unknown as TypedDocumentString<GenerateCountyReportMutation, GenerateCountyReportMutationVariables>;
export const RiskListDocument = new TypedDocumentString(`
    query RiskList($filter: RiskFilter, $first: Int, $after: String) {
  risks(filter: $filter, first: $first, after: $after) {
    ...ListPage
    edges {
      node {
        ...RiskFields
      }
    }
  }
}
    fragment ListPage on Connection {
  totalCount
  pageInfo {
    hasNextPage
    endCursor
  }
}
fragment RiskFields on Risk {
  id
  kind
  level
  place
  description
  measures
  status
  unit {
    id
    name
  }
  reportedByName
  reportedAt
  handleBy
  late
  handlingAt
  handlingNote
  closedAt
  closedByName
  closingEvidence
}`) as unknown as TypedDocumentString<RiskListQuery, RiskListQueryVariables>;
export const ReportRiskDocument = new TypedDocumentString(`
    mutation ReportRisk($input: ReportRiskInput!) {
  reportRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  kind
  level
  place
  description
  measures
  status
  unit {
    id
    name
  }
  reportedByName
  reportedAt
  handleBy
  late
  handlingAt
  handlingNote
  closedAt
  closedByName
  closingEvidence
}`) as unknown as TypedDocumentString<ReportRiskMutation, ReportRiskMutationVariables>;
export const HandleRiskDocument = new TypedDocumentString(`
    mutation HandleRisk($input: HandleRiskInput!) {
  handleRisk(input: $input) {
    ...RiskFields
  }
}
    fragment RiskFields on Risk {
  id
  kind
  level
  place
  description
  measures
  status
  unit {
    id
    name
  }
  reportedByName
  reportedAt
  handleBy
  late
  handlingAt
  handlingNote
  closedAt
  closedByName
  closingEvidence
}`) as unknown as TypedDocumentString<HandleRiskMutation, HandleRiskMutationVariables>;