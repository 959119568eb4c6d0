// Colored tags for the domain's statuses, one mapping for every page.
import { Tag } from 'antd';
import type {
  CampaignStatus,
  EscalationLevel,
  EscalationStatus,
  Grade,
  HazardLevel,
  HazardStatus,
  ListStatus,
  TaskStatus,
} from '../gql/graphql';
import { useT } from '../locales';

const CAMPAIGN: Record<CampaignStatus, string> = {
  SCHEDULED: 'default',
  ACTIVE: 'processing',
  PAUSED: 'warning',
  CLOSED: 'success',
  CANCELLED: 'default',
};
const HAZARD: Record<HazardStatus, string> = { OPEN: 'orange', PENDING_VERIFICATION: 'blue', CLOSED: 'green' };
const TASK: Record<TaskStatus, string> = { OPEN: 'blue', DONE: 'green', CANCELLED: 'default' };
const ESCALATION_LEVEL: Record<EscalationLevel, string> = {
  REGULATOR_HEAD: 'gold',
  COUNTY_OFFICE: 'volcano',
  COUNTY_LEADER: 'red',
};
const ESCALATION_STATUS: Record<EscalationStatus, string> = { OPEN: 'red', ACKNOWLEDGED: 'blue', RESOLVED: 'green' };
const GRADE: Record<Grade, string> = { GOOD: 'green', FAIR: 'gold', POOR: 'red' };

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const t = useT();
  return (
    <Tag color={CAMPAIGN[status]} data-testid="campaign-status">
      {t(`enum.campaignStatus.${status}`)}
    </Tag>
  );
}

export function HazardStatusTag({ status }: { status: HazardStatus }) {
  const t = useT();
  return (
    <Tag color={HAZARD[status]} data-testid="hazard-status">
      {t(`enum.hazardStatus.${status}`)}
    </Tag>
  );
}

export function HazardLevelTag({ level }: { level: HazardLevel }) {
  const t = useT();
  return <Tag color={level === 'MAJOR' ? 'red' : 'default'}>{t(`enum.hazardLevel.${level}`)}</Tag>;
}

export function TaskStatusTag({ status }: { status: TaskStatus }) {
  const t = useT();
  return <Tag color={TASK[status]}>{t(`enum.taskStatus.${status}`)}</Tag>;
}

export function OverdueTag({ overdue }: { overdue: boolean }) {
  const t = useT();
  return overdue ? (
    <Tag color="red" data-testid="overdue-tag">
      {t('common.overdue')}
    </Tag>
  ) : null;
}

export function EscalationLevelTag({ level }: { level: EscalationLevel }) {
  const t = useT();
  return <Tag color={ESCALATION_LEVEL[level]}>{t(`enum.escalationLevel.${level}`)}</Tag>;
}

export function EscalationStatusTag({ status }: { status: EscalationStatus }) {
  const t = useT();
  return (
    <Tag color={ESCALATION_STATUS[status]} data-testid="escalation-status">
      {t(`enum.escalationStatus.${status}`)}
    </Tag>
  );
}

export function GradeTag({ grade }: { grade: Grade }) {
  const t = useT();
  return <Tag color={GRADE[grade]}>{t(`enum.grade.${grade}`)}</Tag>;
}

export function ListStatusTag({ status }: { status: ListStatus }) {
  const t = useT();
  if (status === 'NONE') return <span>{t('enum.listStatus.NONE')}</span>;
  return <Tag color={status === 'RED' ? 'red' : 'black'}>{t(`enum.listStatus.${status}`)}</Tag>;
}
