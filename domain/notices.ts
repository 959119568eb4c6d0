// The notices the workflows send (站内通知): kind, title and body of each, in the office's wording, from the facts
// they name. Pure: the activities fill in who receives them and when.
import { ESCALATION_LEVEL_NAMES_ZH } from './escalation';
import { formatShanghaiDate, formatShanghaiDateTime } from './reports';
import { ROUTINE_KIND_NAMES_ZH, type RoutineKind } from './patrol';
import { RISK_KIND_NAMES_ZH, RISK_LEVEL_NAMES_ZH, type RiskKind, type RiskLevel } from './risks';
import type { EscalationLevel } from './types';

export type NoticeKind =
  | 'TASK_DUE_SOON'
  | 'SELF_CHECK_DUE_SOON'
  | 'SELF_CHECK_OVERDUE'
  | 'HAZARD_FOUND'
  | 'HAZARD_DUE_SOON'
  | 'RECTIFICATION_REPORTED'
  | 'VERIFICATION_REJECTED'
  | 'AWAITING_SIGN_OFF'
  | 'SIGN_OFF_RETURNED'
  | 'HAZARD_CLOSED'
  | 'ESCALATION'
  | 'BLACK_LISTED'
  | 'LISTING_ENDS_SOON'
  | 'LISTING_ENDED'
  | 'GRADING_READY'
  | 'TIP_RECEIVED'
  | 'TIP_TRIAGE_DUE_SOON'
  | 'TIP_VERIFY_ASSIGNED'
  | 'TIP_VERIFIED'
  | 'RISK_REPORTED'
  | 'RISK_DUE_SOON'
  | 'DIRECTIVE_ITEM_ASSIGNED'
  | 'DIRECTIVE_ITEM_DUE_SOON'
  | 'DIRECTIVE_ANSWERED'
  | 'LOOK_BACK_ASSIGNED'
  | 'INSPECTION_PLAN_FILED'
  | 'INSPECTION_PLAN_REVIEWED'
  | 'HAZARD_REOPENED'
  | 'INSPECTION_GROUP_FORMED'
  | 'PATROL_WINDOW_OPENED'
  | 'ILLEGAL_SITE_REPORTED'
  | 'SUPERVISION_LEDGER_PROBLEMS'
  | 'SUPERVISION_SITE_FINDING'
  | 'DOCUMENT_CORRECTED'
  | 'DOCUMENT_SERVED'
  | 'LISTING_PLAN_FILED'
  | 'REINSPECTION_REQUESTED'
  | 'REINSPECTION_DUE_SOON'
  | 'CASE_DUE_SOON'
  | 'CASE_WINDOWS_CLOSED'
  | 'CASE_OVERDUE'
  | 'CASE_OPENED';

export interface Notice {
  kind: NoticeKind;
  title: string;
  body: string;
}

interface TaskFacts {
  /** Null for a tip's verification (有奖举报核查), which belongs to no campaign. */
  campaign_name: string | null;
  /** Set for a 回头看 check, which belongs to no campaign either. */
  look_back_item_id?: number | null;
  /** Set for a routine inspection or a night patrol's task (migration 0028). */
  routine_kind?: RoutineKind | null;
  enterprise_name: string;
  due_at: Date;
}

interface HazardFacts {
  enterprise_name: string;
  description: string;
  rectify_by: Date;
}

/** Where a task comes from, as its notices open: the campaign, or the public tip it verifies. */
const taskOrigin = (t: TaskFacts) =>
  t.campaign_name !== null
    ? `「${t.campaign_name}」中`
    : t.look_back_item_id
      ? '回头看核查任务中'
      : t.routine_kind
        ? `${ROUTINE_KIND_NAMES_ZH[t.routine_kind]}中`
        : '群众举报核查任务中';

/** 打非治违 at an unregistered site: the township (属地) is to follow it up. */
export const illegalSiteNotices = {
  reported: (l: { site_name: string; address: string }, unitName: string): Notice => ({
    kind: 'ILLEGAL_SITE_REPORTED',
    title: '打非线索待属地跟进',
    body: `${unitName}登记了未纳入企业台账的场所「${l.site_name}」（${l.address}），请核查处置后办结（取缔、纳入台账或查无违法）。`,
  }),
};

/** 督导: a unit learns what the supervision group found wanting in its ledgers (台账). */
export const supervisionNotices = {
  ledgerProblems: (roundName: string, failed: readonly { label: string; note: string | null }[]): Notice => ({
    kind: 'SUPERVISION_LEDGER_PROBLEMS',
    title: `督导检查：台账检查发现${failed.length}项问题`,
    body: `「${roundName}」督导检查组检查了本单位台账，以下事项不合格，请立即整改：${failed
      .map((f, n) => `${n + 1}. ${f.label}：${f.note ?? ''}`)
      .join('；')}。`,
  }),
  /** A site check found a hazard at one of the unit's enterprises: the unit sees it rectified, the office verifies. */
  siteFinding: (h: HazardFacts): Notice => ({
    kind: 'SUPERVISION_SITE_FINDING',
    title: '督导检查发现隐患，请督促整改',
    body: `县安委办督导检查组现场检查发现${hazardName(h)}，请督促企业于${formatShanghaiDateTime(h.rectify_by)}前整改完毕并报告整改情况；县安委办督导检查组将在报告后的次日核查。`,
  }),
};

/** 夜间巡查: a window's tasks handed to the unit ahead of the night. */
export const patrolNotices = {
  windowOpened: (p: { name: string; tasks: number; startsAt: Date; endsAt: Date }): Notice => ({
    kind: 'PATROL_WINDOW_OPENED',
    title: '夜间巡查任务已下达',
    body: `巡查计划「${p.name}」本次巡查时段为${formatShanghaiDateTime(p.startsAt)}至${formatShanghaiDateTime(p.endsAt)}，共${p.tasks}家企业，请在时段内完成巡查并录入结果；时段外的检查将被标记。`,
  }),
};

/** A hazard is named by its enterprise and the first 60 characters of its description. */
const hazardName = (h: HazardFacts) => `${h.enterprise_name}的隐患"${h.description.slice(0, 60)}"`;

export const taskNotices = {
  dueSoon: (t: TaskFacts, dueAt: Date): Notice => ({
    kind: 'TASK_DUE_SOON',
    title: '检查任务即将到期',
    body: `${taskOrigin(t)}对${t.enterprise_name}的检查任务将于${formatShanghaiDateTime(dueAt)}到期，请及时完成检查并录入结果。`,
  }),
  escalated: (t: TaskFacts, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `检查任务逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${taskOrigin(t)}对${t.enterprise_name}的检查任务已于${formatShanghaiDateTime(t.due_at)}到期仍未完成，请督促办理。`,
  }),
};

/** The enterprise's self-check (企业自查): its reminder, and what each rung of its ladder tells whom. */
export const selfCheckNotices = {
  dueSoon: (t: TaskFacts, dueAt: Date): Notice => ({
    kind: 'SELF_CHECK_DUE_SOON',
    title: '企业自查即将到期',
    body: `「${t.campaign_name}」要求企业开展自查，请于${formatShanghaiDateTime(dueAt)}前逐项完成自查并提交，自查发现的隐患请一并登记整改方案。`,
  }),
  escalated: (t: TaskFacts, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `企业逾期未自查，提请${ESCALATION_LEVEL_NAMES_ZH[level]}督促`,
    body: `「${t.campaign_name}」中${t.enterprise_name}的企业自查已于${formatShanghaiDateTime(t.due_at)}到期仍未提交，请督促企业落实主体责任。`,
  }),
  /** The enterprise learns who now presses it. */
  overdue: (t: TaskFacts, level: EscalationLevel): Notice => ({
    kind: 'SELF_CHECK_OVERDUE',
    title: '企业自查已逾期',
    body: `「${t.campaign_name}」的企业自查已于${formatShanghaiDateTime(t.due_at)}到期，已通报${ESCALATION_LEVEL_NAMES_ZH[level]}督促，请尽快完成自查并提交。`,
  }),
};

export const hazardNotices = {
  /** 整改通知: the enterprise learns what was found and by when it is to be rectified. */
  found: (h: HazardFacts): Notice => ({
    kind: 'HAZARD_FOUND',
    title: '隐患整改通知',
    body: `${hazardName(h)}须于${formatShanghaiDateTime(h.rectify_by)}前整改完毕，请落实整改并报告整改情况（重大事故隐患须报告五落实并附现场照片）。`,
  }),
  /** The regulator learns a report waits for it (次日核查). */
  rectificationReported: (h: HazardFacts, verifyBy: Date): Notice => ({
    kind: 'RECTIFICATION_REPORTED',
    title: '隐患已报告整改，请核查',
    body: `${hazardName(h)}已报告整改完成，请于${formatShanghaiDateTime(verifyBy)}前现场核查（报告人以外的人员核查）。`,
  }),
  reinspectionRequested: (h: HazardFacts, verifyBy: Date): Notice => ({
    kind: 'REINSPECTION_REQUESTED',
    title: '企业申请复查，请在复查期限内复查',
    body: `${hazardName(h)}已整改完毕并申请复查，请于${formatShanghaiDateTime(verifyBy)}前复查并出具整改复查意见书。`,
  }),
  reinspectionDueSoon: (h: HazardFacts, verifyBy: Date): Notice => ({
    kind: 'REINSPECTION_DUE_SOON',
    title: '复查期限将至',
    body: `${hazardName(h)}的复查期限为${formatShanghaiDateTime(verifyBy)}，请按时复查并出具整改复查意见书。`,
  }),
  rejected: (h: HazardFacts, comment: string | null): Notice => ({
    kind: 'VERIFICATION_REJECTED',
    title: '隐患整改核查未通过',
    body: `${hazardName(h)}核查未通过${comment ? `：${comment.slice(0, 100)}` : ''}。请于${formatShanghaiDateTime(h.rectify_by)}前继续整改并重新报告。`,
  }),
  awaitingSignOff: (h: HazardFacts): Notice => ({
    kind: 'AWAITING_SIGN_OFF',
    title: '重大事故隐患待销号审核',
    body: `${hazardName(h)}已经监管部门核查通过，请县安委办审核销号。`,
  }),
  /** 回头看 found it not rectified: open again, with a new deadline. */
  reopened: (h: HazardFacts, reason: string): Notice => ({
    kind: 'HAZARD_REOPENED',
    title: '已销号隐患回头看未整改到位，重新打开',
    body: `${hazardName(h)}在回头看中发现未整改到位：${reason.slice(0, 100)}。该隐患已重新打开，请于${formatShanghaiDateTime(h.rectify_by)}前整改并重新报告。`,
  }),
  signOffReturned: (h: HazardFacts, comment: string | null): Notice => ({
    kind: 'SIGN_OFF_RETURNED',
    title: '重大事故隐患销号审核退回',
    body: `${hazardName(h)}销号审核未通过${comment ? `：${comment.slice(0, 100)}` : ''}。请于${formatShanghaiDateTime(h.rectify_by)}前继续整改并重新报告。`,
  }),
  dueSoon: (h: HazardFacts, rectifyBy: Date): Notice => ({
    kind: 'HAZARD_DUE_SOON',
    title: '隐患整改即将到期',
    body: `${hazardName(h)}整改期限为${formatShanghaiDateTime(rectifyBy)}，请督促企业按期整改。`,
  }),
  closed: (h: HazardFacts): Notice => ({
    kind: 'HAZARD_CLOSED',
    title: '隐患已整改销号',
    body: `${hazardName(h)}已整改到位，经核查验收予以销号。`,
  }),
  escalated: (h: HazardFacts, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `隐患逾期，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${hazardName(h)}未按期整改或核查，请督促办理。`,
  }),
  /** 挂牌督办: a major hazard is listed under county supervision the moment it is found. */
  listedSupervision: (h: HazardFacts): Notice => ({
    kind: 'ESCALATION',
    title: '重大事故隐患挂牌督办',
    body: `${h.enterprise_name}排查出重大事故隐患"${h.description.slice(0, 60)}"，已列入县级挂牌督办，整改期限${formatShanghaiDateTime(h.rectify_by)}。`,
  }),
};

interface ListingFacts {
  enterprise_name: string;
  ground_name: string;
  ends_at: Date;
}

/** 红黑名单: the enterprise and its regulator learn of a black-listing, its coming end and its end. */
export const listingNotices = {
  blackListed: (l: ListingFacts): Notice => ({
    kind: 'BLACK_LISTED',
    title: '企业列入安全生产黑名单',
    body: `${l.enterprise_name}因“${l.ground_name}”列入安全生产黑名单，管理期限至${formatShanghaiDate(l.ends_at)}。管理期间每次双随机抽查必查，并依法实施联合惩戒。`,
  }),
  endsSoon: (l: ListingFacts): Notice => ({
    kind: 'LISTING_ENDS_SOON',
    title: '黑名单管理期限即将届满',
    body: `${l.enterprise_name}的黑名单管理期限将于${formatShanghaiDate(l.ends_at)}届满，请核实其整改和信用修复情况，届满后自动移出。`,
  }),
  ended: (l: ListingFacts, removed: { reason: string } | null): Notice => ({
    kind: 'LISTING_ENDED',
    title: removed ? '企业提前移出黑名单' : '企业黑名单管理期限届满，已移出',
    body: removed
      ? `${l.enterprise_name}经县安委办决定提前移出黑名单：${removed.reason.slice(0, 100)}`
      : `${l.enterprise_name}的黑名单管理期限已于${formatShanghaiDate(l.ends_at)}届满，已自动移出黑名单。`,
  }),
};

/** 年度监督检查计划. */
export const inspectionPlanNotices = {
  /** The county office learns a plan waits for its review. */
  filed: (facts: { unit_name: string; year: number; enterprises: number; visits: number; late: boolean }): Notice => ({
    kind: 'INSPECTION_PLAN_FILED',
    title: '年度监督检查计划待审核',
    body: `${facts.unit_name}报送了${facts.year}年度监督检查计划：监管企业${facts.enterprises}家，计划检查${facts.visits}家次${facts.late ? '（逾期报送：应于一季度末前报送）' : ''}。请审核。`,
  }),
  /** The unit learns the decision. */
  reviewed: (facts: { year: number; approved: boolean; comment: string | null }): Notice => ({
    kind: 'INSPECTION_PLAN_REVIEWED',
    title: facts.approved ? '年度监督检查计划已批准' : '年度监督检查计划被退回',
    body: facts.approved
      ? `本单位${facts.year}年度监督检查计划已经县安委办批准，系统将按月生成检查任务。${facts.comment ? `审核意见：${facts.comment.slice(0, 100)}` : ''}`
      : `本单位${facts.year}年度监督检查计划被县安委办退回：${(facts.comment ?? '').slice(0, 100)}。请修改后重新报送。`,
  }),
};

/** 回头看. */
export const lookBackNotices = {
  /** A unit learns it has closed hazards of others to check again. */
  assigned: (facts: { month: string; count: number; due_at: Date }): Notice => ({
    kind: 'LOOK_BACK_ASSIGNED',
    title: '回头看核查任务',
    body: `${facts.month}已销号隐患回头看抽查中，本单位需现场核查${facts.count}项隐患的整改情况，请于${formatShanghaiDateTime(facts.due_at)}前完成并如实填报核查结论。`,
  }),
};

/** 分级分类. */
export const gradingNotices = {
  /** The county office learns a proposal waits for its review. */
  ready: (facts: { period_end: Date; graded: number; changed: number }): Notice => ({
    kind: 'GRADING_READY',
    title: '企业分级评定方案待审核',
    body: `截至${formatShanghaiDate(new Date(facts.period_end.getTime() - 1))}的企业分级评定已计算完成：共评定${facts.graded}家企业，其中${facts.changed}家分级有变化。请审核后发布。`,
  }),
};

interface TipFacts {
  id: number;
  description: string;
}

/** A tip is named by its number and the first 40 characters of what the tipster wrote (never by the tipster). */
const tipName = (t: TipFacts) => `第${t.id}号举报"${t.description.slice(0, 40)}"`;

/** Public tips (有奖举报): what the county office and the regulator are told at each stage. */
export const tipNotices = {
  received: (t: TipFacts, triageBy: Date): Notice => ({
    kind: 'TIP_RECEIVED',
    title: '收到群众举报',
    body: `${tipName(t)}已收到，请于${formatShanghaiDateTime(triageBy)}前受理并指定核查部门，或说明不予受理的理由。`,
  }),
  triageDueSoon: (t: TipFacts, triageBy: Date): Notice => ({
    kind: 'TIP_TRIAGE_DUE_SOON',
    title: '群众举报即将超过受理时限',
    body: `${tipName(t)}须于${formatShanghaiDateTime(triageBy)}前受理，请及时处理。`,
  }),
  triageLate: (t: TipFacts, triageBy: Date, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `群众举报逾期未受理，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${tipName(t)}的受理时限${formatShanghaiDateTime(triageBy)}已过仍未受理，请督促县安委办处理。`,
  }),
  rewardLate: (t: TipFacts, decideBy: Date, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `举报奖励逾期未决定，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${tipName(t)}经核查属实，奖励应于${formatShanghaiDateTime(decideBy)}前决定，现已逾期，请督促办理。`,
  }),
  verifyAssigned: (t: TipFacts, enterpriseName: string, dueAt: Date): Notice => ({
    kind: 'TIP_VERIFY_ASSIGNED',
    title: '群众举报核查任务',
    body: `县安委办将${tipName(t)}（被举报单位：${enterpriseName}）交由本单位核查，请于${formatShanghaiDateTime(dueAt)}前到现场核查并录入核查结果。`,
  }),
  verified: (t: TipFacts, hazards: number): Notice => ({
    kind: 'TIP_VERIFIED',
    title: hazards > 0 ? '举报经核查属实，请决定奖励' : '举报经核查不属实',
    body:
      hazards > 0
        ? `${tipName(t)}经核查属实，发现隐患${hazards}项，已按奖励标准提出建议金额，请审核奖励。`
        : `${tipName(t)}经现场核查未发现所举报的隐患，按不属实办结。`,
  }),
};

interface RiskFacts {
  id: number;
  place: string;
  level: RiskLevel;
  kind: RiskKind;
}

/** A risk is named by its level, kind and place. */
const riskName = (r: RiskFacts) =>
  `${RISK_LEVEL_NAMES_ZH[r.level]}（${RISK_KIND_NAMES_ZH[r.kind]}，${r.place.slice(0, 60)}）`;

export const riskNotices = {
  reported: (r: RiskFacts, unitName: string, handleBy: Date): Notice => ({
    kind: 'RISK_REPORTED',
    title: `${unitName}上报${RISK_LEVEL_NAMES_ZH[r.level]}`,
    body: `${unitName}上报${riskName(r)}，处置期限${formatShanghaiDateTime(handleBy)}。`,
  }),
  dueSoon: (r: RiskFacts, handleBy: Date): Notice => ({
    kind: 'RISK_DUE_SOON',
    title: '风险处置即将到期',
    body: `本单位上报的${riskName(r)}须于${formatShanghaiDateTime(handleBy)}前处置办结，请及时处置并上传办结材料。`,
  }),
  late: (r: RiskFacts, unitName: string, handleBy: Date, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `风险逾期未办结，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${unitName}上报的${riskName(r)}处置期限${formatShanghaiDateTime(handleBy)}已过仍未办结，请督促处置。`,
  }),
};

interface DirectiveItemFacts {
  title: string;
  source: string;
  document_number: string;
  position: number;
  content: string;
}

/** An item is named by its letter (source, number, title) and its number within it. */
const itemName = (i: DirectiveItemFacts) =>
  `${i.source}《${i.title}》（${i.document_number}）第${i.position + 1}项"${i.content.slice(0, 60)}"`;

export const directiveNotices = {
  assigned: (i: DirectiveItemFacts, dueAt: Date): Notice => ({
    kind: 'DIRECTIVE_ITEM_ASSIGNED',
    title: '上级督办交办事项',
    body: `县安委办将${itemName(i)}交由本单位办理，请于${formatShanghaiDateTime(dueAt)}前反馈办理情况。`,
  }),
  dueSoon: (i: DirectiveItemFacts, dueAt: Date): Notice => ({
    kind: 'DIRECTIVE_ITEM_DUE_SOON',
    title: '督办交办事项即将到期',
    body: `${itemName(i)}须于${formatShanghaiDateTime(dueAt)}前反馈办理情况，请抓紧办理。`,
  }),
  late: (i: DirectiveItemFacts, unitName: string, dueAt: Date, level: EscalationLevel): Notice => ({
    kind: 'ESCALATION',
    title: `督办交办事项逾期未反馈，升级至${ESCALATION_LEVEL_NAMES_ZH[level]}督办`,
    body: `${unitName}承办的${itemName(i)}办理期限${formatShanghaiDateTime(dueAt)}已过仍未反馈，请督促办理。`,
  }),
  answered: (d: { title: string; source: string; document_number: string }, replyDueAt: Date): Notice => ({
    kind: 'DIRECTIVE_ANSWERED',
    title: '督办交办事项已全部反馈，请汇总回复',
    body: `${d.source}《${d.title}》（${d.document_number}）的各项办理事项均已反馈，请汇总后于${formatShanghaiDateTime(replyDueAt)}前向${d.source}回复。`,
  }),
};

/** 执法文书. */
export const documentNotices = {
  served: (title: string, number: string): Notice => ({
    kind: 'DOCUMENT_SERVED',
    title: `请签收《${title}》`,
    body: `${number}《${title}》已向你单位送达，请查阅并签收。`,
  }),
  corrected: (d: { title: string; oldNumber: string; newNumber: string; reason: string }): Notice => ({
    kind: 'DOCUMENT_CORRECTED',
    title: `《${d.title}》已更正`,
    body: `${d.oldNumber}《${d.title}》已由${d.newNumber}更正（${d.reason.slice(0, 100)}），请以更正后的文书为准并签收。`,
  }),
};

/** 行政处罚案件. */
export const caseNotices = {
  opened: (violation: string, number: string): Notice => ({
    kind: 'CASE_OPENED',
    title: '行政处罚案件已立案',
    body: `案件${number}（${violation.slice(0, 60)}）已立案，你为承办人，请依法调查取证。`,
  }),
  dueSoon: (violation: string, what: string, dueAt: Date): Notice => ({
    kind: 'CASE_DUE_SOON',
    title: '案件办理期限将至',
    body: `案件（${violation.slice(0, 60)}）：${what}，期限为${formatShanghaiDateTime(dueAt)}，请按时办理。`,
  }),
  windowsClosed: (violation: string): Notice => ({
    kind: 'CASE_WINDOWS_CLOSED',
    title: '陈述申辩和听证申请期限已届满',
    body: `案件（${violation.slice(0, 60)}）的陈述申辩和听证申请期限已届满，可以提请法制审核。`,
  }),
  overdue: (violation: string, what: string, dueAt: Date): Notice => ({
    kind: 'CASE_OVERDUE',
    title: '案件办理已超期',
    body: `案件（${violation.slice(0, 60)}）：${what}，期限${formatShanghaiDateTime(dueAt)}已过，请立即督促办理。`,
  }),
};

/** 挂牌督办 as procedure. */
export const listingProcedureNotices = {
  planFiled: (description: string): Notice => ({
    kind: 'LISTING_PLAN_FILED',
    title: '挂牌督办隐患的治理方案已报送',
    body: `挂牌督办的重大事故隐患“${description.slice(0, 60)}”的治理方案（五落实）已报送，请审阅并督促落实。`,
  }),
};
