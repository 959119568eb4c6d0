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
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const ORG_UNIT_KINDS = ['COUNTY_OFFICE', 'REGULATOR', 'TOWNSHIP'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const ROLES = ['ADMIN', 'LEADER', 'REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_STAFF'] as const;
export type Role = (typeof ROLES)[number];

export const CAMPAIGN_KINDS = [
  'HUNDRED_DAY_CRACKDOWN',
  'MAJOR_HAZARD_SWEEP',
  'CONCENTRATED_RECTIFICATION',
  'SPECIAL_INSPECTION',
  'SEASONAL',
  'OTHER',
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

export const HAZARD_STATUSES = ['OPEN', 'PENDING_VERIFICATION', 'CLOSED'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

export const HAZARD_EVENT_KINDS = [
  'FOUND',
  'RECTIFICATION_REPORTED',
  'VERIFICATION_PASSED',
  'VERIFICATION_REJECTED',
  'ESCALATED',
  'LISTED_SUPERVISION',
] as const;
export type HazardEventKind = (typeof HAZARD_EVENT_KINDS)[number];

export const ESCALATION_LEVELS = ['REGULATOR_HEAD', 'COUNTY_OFFICE', 'COUNTY_LEADER'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export const ESCALATION_STATUSES = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_SUBJECT_TYPES = ['TASK', 'HAZARD'] as const;
export type EscalationSubjectType = (typeof ESCALATION_SUBJECT_TYPES)[number];

export const REPORT_KINDS = ['WEEKLY', 'MONTHLY', 'FINAL', 'ANNUAL'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const GRADES = ['GOOD', 'FAIR', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];

export const LIST_STATUSES = ['NONE', 'RED', 'BLACK'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}
