// Colored tags for the domain's statuses, one mapping for every page.
import { Tag } from 'antd';
import type {
  CampaignStatus,
  EnterpriseStatus,
  EscalationLevel,
  EscalationStatus,
  Grade,
  HazardLevel,
  HazardSource,
  HazardStatus,
  ListStatus,
  SupervisionTopic,
  TaskStatus,
} from '../gql/graphql';
import { useT, type MessageKey } from '../locales';

const CAMPAIGN: Record<CampaignStatus, string> = {
  SCHEDULED: 'default',
  ACTIVE: 'processing',
  PAUSED: 'warning',
  CLOSED: 'success',
  CANCELLED: 'default',
};
const HAZARD: Record<HazardStatus, string> = {
  OPEN: 'orange',
  PENDING_VERIFICATION: 'blue',
  PENDING_SIGN_OFF: 'purple',
  CLOSED: 'green',
};
const TASK: Record<TaskStatus, string> = { OPEN: 'blue', DONE: 'green', CANCELLED: 'default' };
const ESCALATION_LEVEL: Record<EscalationLevel, string> = {
  TOWNSHIP_HEAD: 'lime',
  REGULATOR_HEAD: 'gold',
  COUNTY_OFFICE: 'volcano',
  COUNTY_LEADER: 'red',
};
const ESCALATION_STATUS: Record<EscalationStatus, string> = { OPEN: 'red', ACKNOWLEDGED: 'blue', RESOLVED: 'green' };
const GRADE: Record<Grade, string> = { GOOD: 'green', FAIR: 'gold', POOR: 'red' };

const HAZARD_LEVEL: Record<HazardLevel, string> = { GENERAL: 'default', MAJOR: 'red' };
const ENTERPRISE_STATUS: Record<EnterpriseStatus, string> = {
  OPERATING: 'green',
  SUSPENDED: 'orange',
  CLOSED: 'default',
};
const LIST_STATUS: Record<Exclude<ListStatus, 'NONE'>, string> = { RED: 'red', BLACK: 'black' };
const TOPIC: Record<Exclude<SupervisionTopic, 'INDUSTRY'>, string> = {
  LOCAL: 'geekblue',
  SPECIAL_EQUIPMENT: 'cyan',
  FIRE_SAFETY: 'volcano',
  GAS_SAFETY: 'orange',
  TRAFFIC_SAFETY: 'purple',
};

/** A domain value's word in its color. */
function EnumTag({ color, label, testId }: { color: string; label: MessageKey; testId?: string }) {
  const t = useT();
  return (
    <Tag color={color} data-testid={testId}>
      {t(label)}
    </Tag>
  );
}

export const CampaignStatusTag = ({ status }: { status: CampaignStatus }) => (
  <EnumTag color={CAMPAIGN[status]} label={`enum.campaignStatus.${status}`} testId="campaign-status" />
);

export const HazardStatusTag = ({ status }: { status: HazardStatus }) => (
  <EnumTag color={HAZARD[status]} label={`enum.hazardStatus.${status}`} testId="hazard-status" />
);

export const HazardLevelTag = ({ level }: { level: HazardLevel }) => (
  <EnumTag color={HAZARD_LEVEL[level]} label={`enum.hazardLevel.${level}`} />
);

export const TaskStatusTag = ({ status }: { status: TaskStatus }) => (
  <EnumTag color={TASK[status]} label={`enum.taskStatus.${status}`} />
);

export const OverdueTag = ({ overdue }: { overdue: boolean }) =>
  overdue ? <EnumTag color="red" label="common.overdue" testId="overdue-tag" /> : null;

export const EscalationLevelTag = ({ level }: { level: EscalationLevel }) => (
  <EnumTag color={ESCALATION_LEVEL[level]} label={`enum.escalationLevel.${level}`} />
);

export const EscalationStatusTag = ({ status }: { status: EscalationStatus }) => (
  <EnumTag color={ESCALATION_STATUS[status]} label={`enum.escalationStatus.${status}`} testId="escalation-status" />
);

export const GradeTag = ({ grade }: { grade: Grade }) => <EnumTag color={GRADE[grade]} label={`enum.grade.${grade}`} />;

/** Who found a hazard, where it was not an inspector: the enterprise's own self-check, or a public tip. */
export function HazardSourceTag({ source }: { source: HazardSource }) {
  if (source === 'INSPECTION') return null;
  return <EnumTag color={source === 'SELF_CHECK' ? 'cyan' : 'purple'} label={`enum.hazardSource.${source}`} />;
}

/** What a task was sent for, where it is not the lead regulator's own supervision: 属地 or a co-supervision topic. */
export function TaskTopicTag({ topic }: { topic: SupervisionTopic }) {
  if (topic === 'INDUSTRY') return null;
  return <EnumTag color={TOPIC[topic]} label={`enum.supervisionTopic.${topic}`} testId="task-topic" />;
}

/** 代报 where a regulator reported for the enterprise; the enterprise's own report otherwise. */
export function ReporterTag({ onBehalf }: { onBehalf: boolean | null }) {
  if (onBehalf === null) return null;
  return onBehalf ? (
    <EnumTag color="orange" label="hazard.reporter.onBehalf" testId="reported-on-behalf" />
  ) : (
    <EnumTag color="green" label="hazard.reporter.enterprise" testId="reported-by-enterprise" />
  );
}

export function ListStatusTag({ status }: { status: ListStatus }) {
  const t = useT();
  if (status === 'NONE') return <span>{t('enum.listStatus.NONE')}</span>;
  return <EnumTag color={LIST_STATUS[status]} label={`enum.listStatus.${status}`} />;
}

export function EnterpriseStatusTag({ status }: { status: EnterpriseStatus }) {
  return (
    <EnumTag color={ENTERPRISE_STATUS[status]} label={`enum.enterpriseStatus.${status}`} testId="enterprise-status" />
  );
}
