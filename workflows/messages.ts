// Every signal, update and query of the workflows, with their input and output types, and the task queue:
// one module shared by the workflows and their clients. Wire names equal the constants' names.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ResponseLevel, ResponsePolicy, ResponseStatus } from '../domain/emergency-response';
import type { HolidayYear } from '../domain/holidays';
import type { ReinspectionClock } from '../domain/reinspection';
import type { CaseAction, CaseStatus } from '../domain/cases';
import type { PatrolWindowRule } from '../domain/patrol';
import type { CampaignPolicy } from '../domain/policy';
import type { DirectiveItemStatus, DirectivePolicy, DirectiveStatus } from '../domain/directives';
import type { RiskLevel, RiskPolicy, RiskStatus } from '../domain/risks';
import type { TipPolicy, TipStage } from '../domain/tips';
import type {
  CampaignStatus,
  HazardLevel,
  HazardStatus,
  OrgUnitKind,
  SelfCheckAnswer,
  TaskKind,
  TaskStatus,
} from '../domain/types';

export const DEFAULT_TASK_QUEUE = 'supervision';

export const campaignWorkflowId = (campaignId: number) => `campaign-${campaignId}`;
export const taskWorkflowId = (taskId: number) => `task-${taskId}`;
export const hazardWorkflowId = (hazardId: number) => `hazard-${hazardId}`;

// ---- campaign ----

export interface CampaignWorkflowInput {
  campaignId: number;
  /** As launched: the workflow needs them before its first await, so that steering is never refused. */
  startsAt: string;
  endsAt: string;
  status: 'SCHEDULED' | 'ACTIVE';
  reportEvery: string;
  /** Continue-as-new once history is this long (default 8,000 events; tests set it low). */
  historyLimit?: number;
  /** Carried over continue-as-new; absent on the first run. */
  carried?: CampaignCarriedState;
}

export interface CampaignCarriedState {
  status: CampaignStatus;
  endsAt: string;
  pausedAt: string | null;
  pausedMs: number;
  planned: boolean;
  plannedAfterEnterpriseId: number;
  fannedOutAfterTaskId: number;
  tasksPlanned: number;
  tasksStarted: number;
  reportsWritten: string[];
  /** Messages still to deliver to the open tasks, with how far each got. */
  broadcasts: { message: TaskBroadcast; afterTaskId: number }[];
}

export type TaskBroadcast =
  | { kind: 'paused'; at: string }
  | { kind: 'resumed'; at: string }
  | { kind: 'dueChanged'; at: string }
  | { kind: 'cancelled'; at: string; reason: string };

export interface CampaignState {
  campaignId: number;
  status: CampaignStatus;
  endsAt: string;
  pausedMs: number;
  tasksPlanned: number;
  tasksStarted: number;
  reportsWritten: number;
}

export interface ActorInput {
  actorId: number | null;
  requestId?: string | null;
}

export interface PauseCampaignInput extends ActorInput {
  reason: string;
}
export interface ExtendCampaignInput extends ActorInput {
  endsAt: string;
  reason: string;
}
export interface CancelCampaignInput extends ActorInput {
  reason: string;
}

export const pause = defineUpdate<CampaignState, [PauseCampaignInput]>('pause');
export const resume = defineUpdate<CampaignState, [ActorInput]>('resume');
export const extend = defineUpdate<CampaignState, [ExtendCampaignInput]>('extend');
export const cancel = defineUpdate<CampaignState, [CancelCampaignInput]>('cancel');
export const getCampaignState = defineQuery<CampaignState>('getCampaignState');

// ---- task ----

export interface TaskWorkflowInput {
  taskId: number;
  /** INSPECT when absent (histories from before the self-check stage). */
  kind?: TaskKind;
  dueAt: string;
  policy: CampaignPolicy;
  /** The campaign was paused when this task started. */
  pausedAt?: string | null;
  /** The holiday calendar its working days are counted with (absent in histories from before it was data). */
  calendar?: HolidayYear[];
}

export interface FindingInput {
  level: HazardLevel;
  description: string;
  location: string | null;
  checklistItemId: number | null;
  rectifyBy: string;
  /** Evidence photos already uploaded by the actor; the activity attaches them to the hazard. */
  photoIds?: number[];
}

export interface SubmitInspectionInput extends ActorInput {
  inspectedAt: string;
  inspectorCount: number;
  findings: FindingInput[];
  notes: string | null;
  photoIds?: number[];
  /**
   * A 回头看 check's conclusion on the closed hazard it re-checks: rectified, or not (reopened with a new deadline).
   * Only on a look-back task, and there required.
   */
  lookBack?: { rectified: true } | { rectified: false; reason: string; newRectifyBy: string };
}

export interface SubmitInspectionResult {
  inspectionId: number;
  hazardIds: number[];
}

/** A hazard the enterprise found itself: a finding with its own rectification plan (整改方案). */
export interface SelfFoundHazardInput extends FindingInput {
  rectificationPlan: string;
}

export interface SubmitSelfCheckInput extends ActorInput {
  /** One answer for every item of the campaign's checklist. */
  answers: { checklistItemId: number; answer: SelfCheckAnswer; note: string | null }[];
  hazards: SelfFoundHazardInput[];
  notes: string | null;
}

export interface SubmitSelfCheckResult {
  selfCheckId: number;
  hazardIds: number[];
}

export interface TaskState {
  taskId: number;
  status: TaskStatus;
  dueAt: string;
  paused: boolean;
  remindersSent: number;
  escalationsRaised: number;
}

export const submitInspection = defineUpdate<SubmitInspectionResult, [SubmitInspectionInput]>('submitInspection');
/** 企业自查: the enterprise submits its self-check on its SELF_CHECK task. */
export const submitSelfCheck = defineUpdate<SubmitSelfCheckResult, [SubmitSelfCheckInput]>('submitSelfCheck');
/** From the campaign: stop the clock (no reminders or escalations) until resumed. */
export const campaignPaused = defineSignal<[{ at: string }]>('campaignPaused');
/** From the campaign: restart the clock; open deadlines move by the time paused. */
export const campaignResumed = defineSignal<[{ at: string; dueAt: string }]>('campaignResumed');
export const taskDueChanged = defineSignal<[{ dueAt: string }]>('taskDueChanged');
export const taskCancelled = defineSignal<[{ at: string; reason: string }]>('taskCancelled');
export const getTaskState = defineQuery<TaskState>('getTaskState');

// ---- hazard ----

export interface HazardWorkflowInput {
  hazardId: number;
  level: HazardLevel;
  foundAt: string;
  rectifyBy: string;
  policy: CampaignPolicy;
  /** Its task's calendar (absent in histories from before the calendar was data). */
  calendar?: HolidayYear[];
  /**
   * A run for a closed hazard reopened by 回头看 (the REOPENED event already written): open from the start, counting
   * cycles on from `cycle` so its reminders and rungs are new, and not listed again.
   */
  reopened?: { cycle: number };
  /**
   * Under an order to rectify (责令限期整改指令书): its verification is a 复查 due on this clock, the enterprise may
   * apply for it, and it ends with an 整改复查意见书 (absent in histories from before the documents, and for hazards
   * under no order).
   */
  reinspection?: ReinspectionClock;
}

/** 申请复查: the enterprise of a hazard under an order, once its rectification is reported. */
export type RequestReinspectionInput = ActorInput;

export interface ReportRectificationInput extends ActorInput {
  measures: string;
  photoIds?: number[];
  /** 五落实 besides the measures (absent in histories from before enterprises reported themselves). */
  responsible?: string | null;
  /** Yuan, at most two decimals. */
  funds?: number | null;
  completedAt?: string | null;
  contingencyPlan?: string | null;
  /** Entered by a regulator on the enterprise's behalf (代报). */
  onBehalf?: boolean;
}
export interface VerifyRectificationInput extends ActorInput {
  passed: boolean;
  comment: string | null;
  newRectifyBy: string | null;
  photoIds?: number[];
}

export interface HazardState {
  hazardId: number;
  status: HazardStatus;
  rectifyBy: string;
  verifyBy: string | null;
  cycle: number;
  escalationsRaised: number;
}

/** 销号审核: the county office approves a verified major hazard (CLOSED) or returns it (OPEN, a new deadline). */
export interface SignOffHazardInput extends ActorInput {
  approved: boolean;
  comment: string | null;
  newRectifyBy: string | null;
}

export const reportRectification = defineUpdate<HazardState, [ReportRectificationInput]>('reportRectification');
export const verifyRectification = defineUpdate<HazardState, [VerifyRectificationInput]>('verifyRectification');
export const requestReinspection = defineUpdate<HazardState, [RequestReinspectionInput]>('requestReinspection');
export const signOffHazard = defineUpdate<HazardState, [SignOffHazardInput]>('signOffHazard');
export const getHazardState = defineQuery<HazardState>('getHazardState');

// ── Enterprise import (企业台账导入) ────────────────────────────────────────────────────────────────────────────────

export const importEnterprisesWorkflowId = (importId: number) => `enterprise-import-${importId}`;

export interface ImportEnterprisesWorkflowInput {
  importId: number;
}

export type EnterpriseImportWorkflowStatus = 'CHECKING' | 'REFUSED' | 'PREVIEWED' | 'RUNNING' | 'DONE' | 'EXPIRED';

export interface EnterpriseImportState {
  importId: number;
  status: EnterpriseImportWorkflowStatus;
  /** Rows applied so far by the commit. */
  applied: number;
}

/** The county office confirms a checked file: its rows are applied. */
export const commitEnterpriseImport = defineUpdate<EnterpriseImportState, [ActorInput]>('commitEnterpriseImport');
export const getEnterpriseImportState = defineQuery<EnterpriseImportState>('getEnterpriseImportState');

// ── The holiday calendar broadcast (重新计算在办期限) ──────────────────────────────────────────────────────────────

/** A changed calendar for a running task or hazard: its timers re-plan with it; `moved` when any of them changed. */
export interface ApplyCalendarInput {
  calendar: HolidayYear[];
}
export interface ApplyCalendarResult {
  moved: boolean;
}
export const applyCalendar = defineUpdate<ApplyCalendarResult, [ApplyCalendarInput]>('applyCalendar');

export const recomputeDeadlinesWorkflowId = (recomputeId: number) => `recompute-deadlines-${recomputeId}`;

export interface RecomputeDeadlinesInput {
  recomputeId: number;
  actorId: number;
  requestId: string | null;
}

export interface RecomputeDeadlinesResult {
  tasks: number;
  hazards: number;
  moved: number;
}

// 分级分类 (workflows/grading.ts)
export const gradingWorkflowId = (proposalId: number) => `grading-${proposalId}`;

export interface GradingWorkflowInput {
  /** The proposal the county office opened (runGrading); absent when the Schedule runs it. */
  proposalId?: number;
  /** The period's end for a scheduled run; absent: the quarter that ended last. */
  periodEnd?: string;
  /** Enterprises graded per activity (tests make it small). */
  pageSize?: number;
  requestId?: string | null;
}

export interface GradingWorkflowResult {
  proposalId: number | null;
  graded: number;
  changed: number;
}

// 红黑名单 (workflows/listing.ts)
export const listingWorkflowId = (entryId: number) => `listing-${entryId}`;

export interface ListingWorkflowInput {
  entryId: number;
  endsAt: string;
  /** When the office is told the listing ends soon; null: too short a period for a reminder. */
  remindAt: string | null;
}

export type ListingWorkflowStatus = 'ACTIVE' | 'EXPIRED' | 'REMOVED';

export interface ListingState {
  entryId: number;
  status: ListingWorkflowStatus;
  reminded: boolean;
}

export interface RemoveListingInput extends ActorInput {
  actorId: number;
  reason: string;
}

export const removeListing = defineUpdate<ListingState, [RemoveListingInput]>('removeListing');
export const getListingState = defineQuery<ListingState>('getListingState');
// ── Public tips (有奖举报) ─────────────────────────────────────────────────────────────────────────────────────────

export const tipWorkflowId = (tipId: number) => `tip-${tipId}`;

// ---- 回头看 ----

export interface LookBackWorkflowInput {
  /** The month drawn (its first instant, Shanghai); absent: the month before the run (the monthly Schedule). */
  periodStart?: string | null;
  requestedBy?: number | null;
  requestId?: string | null;
}
export interface LookBackWorkflowResult {
  lookBackId: number;
  population: number;
  drawn: number;
}
/** One run per month asked for (`monthKey`: 2026-11); the Schedule's runs have the Schedule's ids. */
export const lookBackWorkflowId = (monthKey: string) => `look-back-${monthKey}`;

export interface TipWorkflowInput {
  tipId: number;
  receivedAt: string;
  /** Deadlines and ladders (domain/tips.ts DEFAULT_TIP_POLICY when the service passes no other). */
  policy: TipPolicy;
  /** The holiday calendar its working days are counted with, as the service read it at receipt. */
  calendar?: HolidayYear[];
}

/** 受理 (assign a regulator unit and the enterprise to verify) or 不予受理 with a reason. */
export type TriageTipInput = ActorInput &
  ({ accepted: true; enterpriseId: number; assigneeOrgId: number } | { accepted: false; reason: string });

export type TipRewardInput = ActorInput &
  (
    | { decision: 'APPROVE'; amount: number | null; reason: string | null }
    | { decision: 'REFUSE'; reason: string }
    | { decision: 'PAID' }
  );

export interface TipState {
  tipId: number;
  stage: TipStage;
  triageBy: string;
  verifyTaskId: number | null;
  remindersSent: number;
  escalationsRaised: number;
}

export const triageTip = defineUpdate<TipState, [TriageTipInput]>('triageTip');
export const decideTipReward = defineUpdate<TipState, [TipRewardInput]>('decideTipReward');
export const getTipState = defineQuery<TipState>('getTipState');

// ── Risk reports (风险上报) ────────────────────────────────────────────────────────────────────────────────────────

export const riskWorkflowId = (riskId: number) => `risk-${riskId}`;

export interface RiskWorkflowInput {
  riskId: number;
  level: RiskLevel;
  /** The handling deadline the service set from the level (domain/risks.ts riskHandleDeadline) and stored. */
  handleBy: string;
  /** The reporting unit's kind: its head is a township's or a department's. */
  unitKind: OrgUnitKind;
  policy: RiskPolicy;
  calendar?: HolidayYear[];
}

/** 开始处置 with a note, or 办结 with the evidence. */
export type HandleRiskStepInput = ActorInput &
  ({ action: 'START'; note: string } | { action: 'CLOSE'; evidence: string });

export interface RiskState {
  riskId: number;
  status: RiskStatus;
  handleBy: string;
  remindersSent: number;
  escalationsRaised: number;
}

export const handleRiskStep = defineUpdate<RiskState, [HandleRiskStepInput]>('handleRiskStep');
export const getRiskState = defineQuery<RiskState>('getRiskState');

// ── Directives from above (督办/交办) ─────────────────────────────────────────────────────────────────────────────

export const directiveWorkflowId = (directiveId: number) => `directive-${directiveId}`;

export interface DirectiveWorkflowItem {
  itemId: number;
  assigneeOrgId: number;
  unitKind: OrgUnitKind;
  dueAt: string;
}

export interface DirectiveWorkflowInput {
  directiveId: number;
  items: DirectiveWorkflowItem[];
  policy: DirectivePolicy;
  calendar?: HolidayYear[];
}

export interface AnswerDirectiveItemInput extends ActorInput {
  itemId: number;
  answer: string;
}

export interface ReplyDirectiveInput extends ActorInput {
  reply: string;
}

export interface DirectiveState {
  directiveId: number;
  status: DirectiveStatus;
  items: { itemId: number; status: DirectiveItemStatus }[];
  remindersSent: number;
  escalationsRaised: number;
}

export const answerDirectiveItem = defineUpdate<DirectiveState, [AnswerDirectiveItemInput]>('answerDirectiveItem');
export const replyDirective = defineUpdate<DirectiveState, [ReplyDirectiveInput]>('replyDirective');
export const getDirectiveState = defineQuery<DirectiveState>('getDirectiveState');

// ---- 年度监督检查计划 ----

export interface InspectionPlanWorkflowInput {
  planId: number;
  year: number;
  /** The first month (0–11) the plan writes tasks for: the month it was approved in, or January of a later year. */
  firstMonth: number;
  /** Tasks started per activity (tests make it small). */
  pageSize?: number;
}
export interface InspectionPlanState {
  planId: number;
  /** Months whose tasks are written and started, counted from January. */
  monthsPlanned: number;
  tasksWritten: number;
}
export const inspectionPlanWorkflowId = (planId: number) => `inspection-plan-${planId}`;
export const getInspectionPlanState = defineQuery<InspectionPlanState>('getInspectionPlanState');
// ---- night patrol (夜间巡查) ----

export interface PatrolWorkflowInput {
  scheduleId: number;
  /** The schedule's window (it is not edited: a changed patrol is a new schedule). */
  window: PatrolWindowRule;
  /** The next window is the first to start at or after this instant; absent: the start of the run. */
  after?: string;
  /** Windows opened by earlier runs (continue-as-new). */
  windowsOpened?: number;
}

export interface PatrolWorkflowResult {
  windowsOpened: number;
}

export const patrolWorkflowId = (scheduleId: number) => `patrol-${scheduleId}`;

// ── 应急响应 (issue 14) ────────────────────────────────────────────────────────────────────────────────────────────

export const responseWorkflowId = (responseId: number) => `response-${responseId}`;

/** Where a response's clock stands, carried over a continue-as-new. */
export interface ResponseCarried {
  status: ResponseStatus;
  level: ResponseLevel;
  epoch: number;
  epochStartedAt: string;
  ackDueAt: string | null;
  reportDueAt: string;
  fired: string[];
}

export interface ResponseWorkflowInput {
  responseId: number;
  level: ResponseLevel;
  /** When the chain was (or is to be) notified: the activation. */
  activatedAt: string;
  policy: ResponsePolicy;
  carried?: ResponseCarried;
}

export interface ChangeResponseLevelInput {
  level: ResponseLevel;
  reason: string;
  actorId: number;
  requestId: string | null;
}

export interface EndResponseInput {
  reason: string;
  actorId: number;
  requestId: string | null;
}

export interface ResponseState {
  responseId: number;
  status: ResponseStatus;
  level: ResponseLevel;
  epoch: number;
  epochStartedAt: string;
  ackDueAt: string | null;
  /** When the townships' next situation reports are due. */
  reportDueAt: string;
  notified: number;
}

export const changeResponseLevel = defineUpdate<ResponseState, [ChangeResponseLevelInput]>('changeResponseLevel');
export const endResponse = defineUpdate<ResponseState, [EndResponseInput]>('endResponse');
export const getResponseState = defineQuery<ResponseState>('getResponseState');

export const warningWorkflowId = (warningId: number) => `warning-${warningId}`;

export interface WarningWorkflowInput {
  warningId: number;
  ackDueAt: string;
}

// ---- enforcement case (行政处罚案件) ----

export const enforcementCaseWorkflowId = (caseId: number) => `case-${caseId}`;

export interface CaseWorkflowInput {
  caseId: number;
  filedAt: string;
  handlerIds: number[];
  /** The county's working days the windows count in. */
  calendar?: HolidayYear[];
}

export interface CaseState {
  caseId: number;
  status: CaseStatus;
  notifiedAt: string | null;
  decidedAt: string | null;
  servedAt: string | null;
  hearingRequested: boolean;
  hearingHeld: boolean;
}

export interface AdvanceCaseInput extends ActorInput {
  action: CaseAction;
  note: string | null;
  penaltyYuan: number | null;
  archiveNumber: string | null;
}

/** 办理: one step of the case, in order, within the party's windows (domain/cases.ts). */
export const advanceCase = defineUpdate<CaseState, [AdvanceCaseInput]>('advanceCase');
export const getCaseState = defineQuery<CaseState>('getCaseState');
