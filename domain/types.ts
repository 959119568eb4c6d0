// The glossary of DOMAIN.md as code: one concept, one name, from the DB column to the UI key.

export const INDUSTRIES = [
  'HAZARDOUS_CHEMICALS',
  'NON_COAL_MINE',
  'METALLURGY',
  'AMMONIA_REFRIGERATION',
  'COMBUSTIBLE_DUST',
  'CONFINED_SPACE',
  'CONSTRUCTION',
  'GAS',
  'ROAD_TRANSPORT',
  'FIRE_KEY_UNIT',
  'SPECIAL_EQUIPMENT',
  'OTHER',
  // Migration 0018: the industries of the six departments that supervised none, and the small premises (九小场所)
  // the townships answer for (属地管理).
  'SCHOOL',
  'FUEL_STATION',
  'MALL',
  'WATER_WORKS',
  'FOREST_AREA',
  'GEOLOGICAL_HAZARD_POINT',
  'SMALL_PREMISES',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/**
 * Who a task of a campaign goes to (监管分工): the lead regulator of the enterprise's industry (行业监管), its township
 * (属地管理), or the department of a co-supervision topic (特种设备, 消防, 燃气, 道路交通) the enterprise answers to.
 */
export const SUPERVISION_TOPICS = [
  'INDUSTRY',
  'LOCAL',
  'SPECIAL_EQUIPMENT',
  'FIRE_SAFETY',
  'GAS_SAFETY',
  'TRAFFIC_SAFETY',
] as const;
export type SupervisionTopic = (typeof SUPERVISION_TOPICS)[number];

/** The topics an enterprise may answer to besides its lead regulator and township (共同监管), each with one department. */
export const CO_SUPERVISION_TOPICS = ['SPECIAL_EQUIPMENT', 'FIRE_SAFETY', 'GAS_SAFETY', 'TRAFFIC_SAFETY'] as const;
export type CoSupervisionTopic = (typeof CO_SUPERVISION_TOPICS)[number];

export const ORG_UNIT_KINDS = ['COUNTY_OFFICE', 'REGULATOR', 'TOWNSHIP'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ROLES = [
  'ADMIN',
  'LEADER',
  'REGULATOR_HEAD',
  'REGULATOR_STAFF',
  'TOWNSHIP_HEAD',
  'TOWNSHIP_STAFF',
  'ENTERPRISE',
] as const;
export type Role = (typeof ROLES)[number];

export const CAMPAIGN_KINDS = [
  'HUNDRED_DAY_CRACKDOWN',
  'MAJOR_HAZARD_SWEEP',
  'CONCENTRATED_RECTIFICATION',
  'SPECIAL_INSPECTION',
  'SEASONAL',
  'OTHER',
  /** 督导: the county office's round over townships and departments (launchSupervision, not launchCampaign). */
  'SUPERVISION',
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_STATUSES = ['SCHEDULED', 'ACTIVE', 'PAUSED', 'CLOSED', 'CANCELLED'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const TASK_KINDS = ['INSPECT', 'SELF_CHECK', 'VERIFY'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const HAZARD_LEVELS = ['GENERAL', 'MAJOR'] as const;
export type HazardLevel = (typeof HAZARD_LEVELS)[number];

/** PENDING_SIGN_OFF (待销号审核): a major hazard verified by its regulator, waiting for the county office. */
export const HAZARD_STATUSES = ['OPEN', 'PENDING_VERIFICATION', 'PENDING_SIGN_OFF', 'CLOSED'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const HAZARD_EVENT_KINDS = [
  'FOUND',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
  'ESCALATED',
  'LISTED_SUPERVISION',
  'SIGNED_OFF',
  'SIGN_OFF_RETURNED',
  /** 回头看 found it not actually rectified (or the county office reopened it): a new cycle with a new deadline. */
  'REOPENED',
  /** The enterprise applied for 复查 of a hazard under an order: the 复查 is due sooner (migration 0035). */
  'REINSPECTION_REQUESTED',
] as const;
export type HazardEventKind = (typeof HAZARD_EVENT_KINDS)[number];

/** Who found a hazard: an inspector, the enterprise's own self-check (企业自查), or a public tip (有奖举报). */
export const HAZARD_SOURCES = ['INSPECTION', 'SELF_CHECK', 'TIP'] as const;
export type HazardSource = (typeof HAZARD_SOURCES)[number];

/** The rungs, lowest first: the township (属地, a missed self-check's first rung), the regulator's head, the county. */
export const ESCALATION_LEVELS = ['TOWNSHIP_HEAD', 'REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_SUBJECT_TYPES = ['TASK', 'HAZARD', 'TIP', 'RISK', 'DIRECTIVE_ITEM'] as const;
export type EscalationSubjectType = (typeof ESCALATION_SUBJECT_TYPES)[number];

/** An enterprise's answer to one checklist item in its self-check (企业自查): 符合 / 不符合 / 不适用. */
export const SELF_CHECK_ANSWERS = ['COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE'] as const;
export type SelfCheckAnswer = (typeof SELF_CHECK_ANSWERS)[number];

export const REPORT_KINDS = ['WEEKLY', 'MONTHLY', 'FINAL', 'ANNUAL'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const GRADES = ['GOOD', 'FAIR', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];

/** An enterprise's standing in the register: 在营, 停产 (may resume), 注销 (final). Only 在营 ones get new tasks. */
export const ENTERPRISE_STATUSES = ['OPERATING', 'SUSPENDED', 'CLOSED'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

export const LIST_STATUSES = ['NONE', 'RED', 'BLACK'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
