// Every enum of API.md, from the glossary constants in domain/types.ts (one name everywhere).
import {
  CAMPAIGN_KINDS,
  CAMPAIGN_STATUSES,
  ENTERPRISE_STATUSES,
  ESCALATION_LEVELS,
  ESCALATION_STATUSES,
  GRADES,
  HAZARD_EVENT_KINDS,
  HAZARD_LEVELS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  INDUSTRIES,
  SUPERVISION_TOPICS,
  LIST_STATUSES,
  REPORT_KINDS,
  SELF_CHECK_ANSWERS,
  TASK_KINDS,
  TASK_STATUSES,
} from '../../domain/types';
import { builder } from '../builder';

export const IndustryEnum = builder.enumType('Industry', { values: INDUSTRIES });
export const SupervisionTopicEnum = builder.enumType('SupervisionTopic', {
  values: SUPERVISION_TOPICS,
  description:
    '监管分工: INDUSTRY the lead regulator (行业监管), LOCAL the township (属地管理), or a co-supervision topic (共同监管)',
});
export const CampaignKindEnum = builder.enumType('CampaignKind', { values: CAMPAIGN_KINDS });
export const CampaignStatusEnum = builder.enumType('CampaignStatus', { values: CAMPAIGN_STATUSES });
export const TaskKindEnum = builder.enumType('TaskKind', { values: TASK_KINDS });
export const TaskStatusEnum = builder.enumType('TaskStatus', { values: TASK_STATUSES });
export const HazardLevelEnum = builder.enumType('HazardLevel', { values: HAZARD_LEVELS });
export const HazardStatusEnum = builder.enumType('HazardStatus', { values: HAZARD_STATUSES });
export const HazardSourceEnum = builder.enumType('HazardSource', { values: HAZARD_SOURCES });
export const SelfCheckAnswerEnum = builder.enumType('SelfCheckAnswer', { values: SELF_CHECK_ANSWERS });
export const HazardEventKindEnum = builder.enumType('HazardEventKind', { values: HAZARD_EVENT_KINDS });
export const EscalationLevelEnum = builder.enumType('EscalationLevel', { values: ESCALATION_LEVELS });
export const EscalationStatusEnum = builder.enumType('EscalationStatus', { values: ESCALATION_STATUSES });
export const ReportKindEnum = builder.enumType('ReportKind', { values: REPORT_KINDS });
export const GradeEnum = builder.enumType('Grade', { values: GRADES });
export const EnterpriseStatusEnum = builder.enumType('EnterpriseStatus', {
  values: ENTERPRISE_STATUSES,
  description: '在营 / 停产 / 注销',
});
export const ListStatusEnum = builder.enumType('ListStatus', { values: LIST_STATUSES });
