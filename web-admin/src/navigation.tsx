// The menu of each portal. Kept outside the portal chunks so the layout can draw it before a portal has loaded.
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  ContainerOutlined,
  FieldTimeOutlined,
  FileDoneOutlined,
  FileExclamationOutlined,
  BankOutlined,
  DashboardOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FlagOutlined,
  FundOutlined,
  FileProtectOutlined,
  HistoryOutlined,
  ScheduleOutlined,
  RiseOutlined,
  StopOutlined,
  TrophyOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  PartitionOutlined,
  ThunderboltOutlined,
  ProfileOutlined,
  ReconciliationOutlined,
  SafetyCertificateOutlined,
  SoundOutlined,
  TeamOutlined,
  ToolOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Portal } from './access';
import type { MessageKey } from './locales';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  testId: string;
}

export const NAVIGATION: Record<Portal, readonly NavItem[]> = {
  admin: [
    { path: '/admin/campaigns', label: 'nav.campaigns', icon: <FlagOutlined />, testId: 'nav-campaigns' },
    {
      path: '/admin/supervision',
      label: 'nav.supervision',
      icon: <FileProtectOutlined />,
      testId: 'nav-supervision',
    },
    { path: '/admin/responses', label: 'nav.responses', icon: <ThunderboltOutlined />, testId: 'nav-responses' },
    { path: '/admin/warnings', label: 'nav.warnings', icon: <SoundOutlined />, testId: 'nav-warnings' },
    { path: '/admin/duty-chain', label: 'nav.dutyChain', icon: <PartitionOutlined />, testId: 'nav-duty-chain' },
    { path: '/admin/enterprises', label: 'nav.enterprises', icon: <BankOutlined />, testId: 'nav-enterprises' },
    { path: '/admin/grading', label: 'nav.grading', icon: <RiseOutlined />, testId: 'nav-grading' },
    { path: '/admin/lists', label: 'nav.lists', icon: <StopOutlined />, testId: 'nav-lists' },
    { path: '/admin/hazards', label: 'nav.hazards', icon: <SafetyCertificateOutlined />, testId: 'nav-hazards' },
    { path: '/admin/sign-off', label: 'nav.signOff', icon: <FileDoneOutlined />, testId: 'nav-sign-off' },
    { path: '/admin/cases', label: 'nav.cases', icon: <ReconciliationOutlined />, testId: 'nav-cases' },
    { path: '/admin/plans', label: 'nav.plans', icon: <ScheduleOutlined />, testId: 'nav-plans' },
    { path: '/admin/look-back', label: 'nav.lookBack', icon: <HistoryOutlined />, testId: 'nav-look-back' },
    { path: '/admin/escalations', label: 'nav.escalations', icon: <AlertOutlined />, testId: 'nav-escalations' },
    { path: '/admin/tips', label: 'nav.tips', icon: <NotificationOutlined />, testId: 'nav-tips' },
    { path: '/admin/risks', label: 'nav.risks', icon: <FundOutlined />, testId: 'nav-risks' },
    { path: '/admin/directives', label: 'nav.directives', icon: <ContainerOutlined />, testId: 'nav-directives' },
    { path: '/admin/reports', label: 'nav.countyReports', icon: <FileTextOutlined />, testId: 'nav-reports' },
    { path: '/admin/checklists', label: 'nav.checklists', icon: <ProfileOutlined />, testId: 'nav-checklists' },
    { path: '/admin/holidays', label: 'nav.holidays', icon: <CalendarOutlined />, testId: 'nav-holidays' },
    { path: '/admin/org-units', label: 'nav.orgUnits', icon: <ApartmentOutlined />, testId: 'nav-org-units' },
    { path: '/admin/users', label: 'nav.users', icon: <TeamOutlined />, testId: 'nav-users' },
    { path: '/admin/audit', label: 'nav.audit', icon: <AuditOutlined />, testId: 'nav-audit' },
  ],
  regulator: [
    { path: '/regulator/tasks', label: 'nav.tasks', icon: <OrderedListOutlined />, testId: 'nav-tasks' },
    { path: '/regulator/responses', label: 'nav.responses', icon: <ThunderboltOutlined />, testId: 'nav-responses' },
    { path: '/regulator/warnings', label: 'nav.warnings', icon: <SoundOutlined />, testId: 'nav-warnings' },
    { path: '/regulator/rectification', label: 'nav.rectification', icon: <ToolOutlined />, testId: 'nav-hazards' },
    { path: '/regulator/routine', label: 'nav.routine', icon: <FileSearchOutlined />, testId: 'nav-routine' },
    { path: '/regulator/cases', label: 'nav.cases', icon: <ReconciliationOutlined />, testId: 'nav-cases' },
    { path: '/regulator/patrols', label: 'nav.patrols', icon: <FieldTimeOutlined />, testId: 'nav-patrols' },
    { path: '/regulator/escalations', label: 'nav.escalations', icon: <AlertOutlined />, testId: 'nav-escalations' },
    { path: '/regulator/plans', label: 'nav.plans', icon: <ScheduleOutlined />, testId: 'nav-plans' },
    {
      path: '/regulator/joint-visits',
      label: 'nav.jointVisits',
      icon: <UsergroupAddOutlined />,
      testId: 'nav-joint-visits',
    },
    { path: '/regulator/risks', label: 'nav.risks', icon: <FundOutlined />, testId: 'nav-risks' },
    {
      path: '/regulator/directives',
      label: 'nav.myDirectives',
      icon: <ContainerOutlined />,
      testId: 'nav-directives',
    },
  ],
  enterprise: [
    { path: '/enterprise/tasks', label: 'nav.selfChecks', icon: <OrderedListOutlined />, testId: 'nav-tasks' },
    { path: '/enterprise/warnings', label: 'nav.warnings', icon: <SoundOutlined />, testId: 'nav-warnings' },
    { path: '/enterprise/hazards', label: 'nav.ownHazards', icon: <ToolOutlined />, testId: 'nav-hazards' },
    { path: '/enterprise/grade', label: 'nav.ownGrade', icon: <TrophyOutlined />, testId: 'nav-grade' },
    {
      path: '/enterprise/inspections',
      label: 'nav.inspectionLog',
      icon: <FileSearchOutlined />,
      testId: 'nav-inspection-log',
    },
    { path: '/enterprise/cases', label: 'nav.ownCases', icon: <FileExclamationOutlined />, testId: 'nav-cases' },
    {
      path: '/enterprise/notifications',
      label: 'nav.notifications',
      icon: <BellOutlined />,
      testId: 'nav-notifications',
    },
  ],
  leader: [
    { path: '/leader', label: 'nav.dashboard', icon: <DashboardOutlined />, testId: 'nav-dashboard' },
    { path: '/leader/responses', label: 'nav.responses', icon: <ThunderboltOutlined />, testId: 'nav-responses' },
    { path: '/leader/warnings', label: 'nav.warnings', icon: <SoundOutlined />, testId: 'nav-warnings' },
    { path: '/leader/escalations', label: 'nav.board', icon: <AlertOutlined />, testId: 'nav-escalations' },
    { path: '/leader/hazards', label: 'nav.hazards', icon: <SafetyCertificateOutlined />, testId: 'nav-hazards' },
    { path: '/leader/inspections', label: 'nav.inspections', icon: <FileSearchOutlined />, testId: 'nav-inspections' },
    { path: '/leader/cases', label: 'nav.cases', icon: <ReconciliationOutlined />, testId: 'nav-cases' },
    { path: '/leader/grading', label: 'nav.grading', icon: <RiseOutlined />, testId: 'nav-grading' },
    { path: '/leader/plans', label: 'nav.plans', icon: <ScheduleOutlined />, testId: 'nav-plans' },
    { path: '/leader/look-back', label: 'nav.lookBack', icon: <HistoryOutlined />, testId: 'nav-look-back' },
    { path: '/leader/reports', label: 'nav.countyReports', icon: <FileTextOutlined />, testId: 'nav-reports' },
  ],
};

export const PORTAL_HOME: Record<Portal, string> = {
  admin: '/admin/campaigns',
  regulator: '/regulator/tasks',
  leader: '/leader',
  enterprise: '/enterprise/tasks',
};

export function portalOfPath(pathname: string): Portal | null {
  const first = pathname.split('/')[1];
  return first === 'admin' || first === 'regulator' || first === 'leader' || first === 'enterprise' ? first : null;
}

/** The menu entry a path belongs to: the longest matching prefix. */
export function selectedNav(pathname: string, items: readonly NavItem[]): string | undefined {
  return [...items]
    .sort((a, b) => b.path.length - a.path.length)
    .find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path;
}
