// The read side for one user: every repository read with that user's row scope already applied,
// so no resolver can forget it.
import { createEmergencyResponseRepository } from '../db/repositories/emergency-responses';
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCampaignRepository, type ReportRow } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createDocumentRepository } from '../db/repositories/documents';
import { createEnforcementCaseRepository } from '../db/repositories/enforcement-cases';
import { createDashboardRepository, type DashboardResult } from '../db/repositories/dashboard';
import { createEnterpriseRepository, type EnterpriseFilter } from '../db/repositories/enterprises';
import { createSupervisionRepository } from '../db/repositories/supervision';
import { createEscalationReader } from '../db/repositories/escalations';
import { createFiguresRepository } from '../db/repositories/figures';
import { createGradingRepository } from '../db/repositories/grading';
import { createHazardRepository, type HazardFilter } from '../db/repositories/hazards';
import { createListRepository } from '../db/repositories/lists';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createPhotoRepository } from '../db/repositories/photos';
import { createSelfCheckRepository } from '../db/repositories/self-checks';
import { createUserRepository } from '../db/repositories/users';
import { createInspectionGroupRepository } from '../db/repositories/inspection-groups';
import { createInspectionRepository, type InspectionFilter } from '../db/repositories/inspections';
import { createTaskRepository, type TaskFilter } from '../db/repositories/tasks';
import { createTipRepository, type TipFilter } from '../db/repositories/tips';
import { createRiskRepository, type RiskFilter } from '../db/repositories/risks';
import { createPatrolRepository } from '../db/repositories/patrols';
import { createIllegalSiteRepository } from '../db/repositories/illegal-sites';
import {
  createDirectiveRepository,
  type DirectiveFilter,
  type DirectiveItemFilter,
} from '../db/repositories/directives';
import type { RowScope } from '../db/repositories/scope';
import type { DB } from '../db/schema';
import { figureReachOf } from '../domain/figures';
import { composeReportBody, reportStats } from '../domain/reports';
import type { CampaignKind, CampaignStatus, EscalationLevel, EscalationStatus } from '../domain/types';
import { inboxOf, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';

export type { Page } from '../db/repositories/queries';
import type { Page } from '../db/repositories/queries';

export interface DashboardFilter {
  from?: Date | null;
  to?: Date | null;
  campaignId?: number | null;
  regulatorId?: number | null;
  townshipId?: number | null;
}

export function createReaders(db: Kysely<DB>, viewer: Viewer, now: () => Date = () => new Date()) {
  const scope = rowScopeOf(viewer);
  /** Whose figures every aggregate below counts (domain/figures.ts figureReachOf): the county's, or its own rows'. */
  const figureScope: RowScope = figureReachOf(viewer.role) === 'county' ? { kind: 'county' } : scope;
  const tasks = createTaskRepository(db);
  const inspections = createInspectionRepository(db);
  const hazards = createHazardRepository(db);
  const enterprises = createEnterpriseRepository(db);
  const escalations = createEscalationReader(db);
  const campaigns = createCampaignRepository(db);
  const checklists = createChecklistRepository(db);

  // A stored report holds the county's figures: a unit reads the same report counted over its own rows, once per request.
  const reportsSeen = new Map<number, Promise<ReportRow>>();
  const campaignNames = new Map<number, Promise<string>>();
  const campaignName = (id: number) => {
    const name = campaignNames.get(id) ?? campaigns.getByIds([id]).then(([c]) => c?.name ?? '');
    campaignNames.set(id, name);
    return name;
  };
  function reportAsSeen(report: ReportRow): Promise<ReportRow> {
    const { campaign_id: campaignId, kind } = report;
    if (figureScope.kind === 'county') return Promise.resolve(report);
    // Not a campaign's report (reportsShown leaves these out): nothing of it is a unit's own.
    if (campaignId === null || kind === 'ANNUAL') return Promise.resolve({ ...report, stats: null, body: '' });
    const seen =
      reportsSeen.get(report.id) ??
      campaignName(campaignId).then(async (name) => {
        const period = {
          kind,
          sequence: report.sequence,
          periodStart: report.period_start,
          periodEnd: report.period_end,
        };
        const content = await createFiguresRepository(db).reportContent(
          { campaignId, campaignName: name, period },
          figureScope,
        );
        return { ...report, stats: reportStats(content), body: composeReportBody(content) };
      });
    reportsSeen.set(report.id, seen);
    return seen;
  }
  /**
   * Only campaign reports can be counted for a unit; a county-wide one is for the county's roles. Reports are the
   * government's own papers: an enterprise reads none.
   */
  const reportsShown = (reports: ReportRow[]) => {
    if (figureScope.kind === 'county') return reports;
    if (figureScope.kind === 'enterprise') return [];
    return reports.filter((r) => r.campaign_id !== null && r.kind !== 'ANNUAL');
  };

  return {
    viewer,
    orgUnits: createOrgUnitRepository(db),
    users: {
      /** Names of the people on a record (inspectors, verifiers): visible with the record. */
      getByIds: (ids: readonly number[]) => createUserRepository(db).getByIds(ids),
    },
    enterprises: {
      list: (filter: EnterpriseFilter, page: Page) => enterprises.list(scope, filter, page),
      count: (filter: EnterpriseFilter) => enterprises.count(scope, filter),
      getByIds: (ids: readonly number[]) => enterprises.getByIds(scope, ids),
      /** Who else supervises them by topic (共同监管): read with an enterprise already in scope. */
      coSupervisorsOf: (ids: readonly number[]) => createSupervisionRepository(db).coSupervisorsOf(ids),
      /** Published grades (分级分类) and listings (红黑名单): read with an enterprise already in scope. */
      gradesOf: (ids: readonly number[]) => createGradingRepository(db).historyOf(ids),
      listEntriesOf: (ids: readonly number[]) => createListRepository(db).ofEnterprises(ids),
    },
    checklists,
    campaigns: {
      list: (
        status: readonly CampaignStatus[] | null | undefined,
        page: Page,
        kinds?: readonly CampaignKind[] | null,
      ) => campaigns.list(scope, status, page, kinds),
      count: (status: readonly CampaignStatus[] | null | undefined, kinds?: readonly CampaignKind[] | null) =>
        campaigns.count(scope, status, kinds),
      getByIds: (ids: readonly number[]) => campaigns.getByIds(ids, scope),
      progress: (ids: readonly number[]) => campaigns.progress(ids, now(), figureScope),
      reportsByCampaignIds: async (ids: readonly number[]) => reportsShown(await campaigns.reportsByCampaignIds(ids)),
      reportsByIds: async (ids: readonly number[]) => reportsShown(await campaigns.reportsByIds(ids)),
      /** Its figures and text as this viewer may read them: the county's report, or the unit's own (recounted). */
      reportAsSeen,
    },
    tasks: {
      list: (filter: TaskFilter, page: Page) => tasks.list(scope, filter, page, now()),
      count: (filter: TaskFilter) => tasks.count(scope, filter, now()),
      getByIds: (ids: readonly number[]) => tasks.getByIds(scope, ids),
    },
    inspections: {
      list: (filter: InspectionFilter, page: Page) => inspections.list(scope, filter, page),
      count: (filter: InspectionFilter) => inspections.count(scope, filter),
      getByIds: (ids: readonly number[]) => inspections.getByIds(scope, ids),
      byTaskIds: (ids: readonly number[]) => inspections.byTaskIds(scope, ids),
    },
    hazards: {
      list: (filter: HazardFilter, page: Page) => hazards.list(scope, filter, page, now()),
      count: (filter: HazardFilter) => hazards.count(scope, filter, now()),
      getByIds: (ids: readonly number[]) => hazards.getByIds(scope, ids),
      byInspectionIds: (ids: readonly number[]) => hazards.byInspectionIds(scope, ids),
      bySelfCheckIds: (ids: readonly number[]) => hazards.bySelfCheckIds(scope, ids),
      /** The ledger (隐患台账) for export, in keyset pages. */
      ledger: (filter: HazardFilter) => hazards.ledgerStream(scope, filter, now()),
      eventsByHazardIds: hazards.eventsByHazardIds,
    },
    /** The viewer's own inbox, newest first. */
    notifications: {
      list: (unread: boolean | null | undefined, page: Page) =>
        createNotificationRepository(db).list(inboxOf(viewer), unread, page),
      count: (unread: boolean | null | undefined) => createNotificationRepository(db).count(inboxOf(viewer), unread),
    },
    selfChecks: {
      getByIds: (ids: readonly number[]) => createSelfCheckRepository(db).getByIds(scope, ids),
      /** A SELF_CHECK task's own; for an inspection task, its enterprise's in the same campaign. */
      besideTasks: (taskIds: readonly number[]) => createSelfCheckRepository(db).besideTasks(scope, taskIds),
      answers: (ids: readonly number[]) => createSelfCheckRepository(db).answersBySelfCheckIds(ids),
    },
    escalations: {
      list: (filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null }, page: Page) =>
        escalations.list(scope, filter, page),
      count: (filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null }) =>
        escalations.count(scope, filter),
      getByIds: (ids: readonly number[]) => escalations.getByIds(scope, ids),
      byHazardIds: (ids: readonly number[]) => escalations.byHazardIds(scope, ids),
    },
    /** Public tips (有奖举报): the county's, or those assigned to the unit; the tipster's contact for the county office only. */
    tips: {
      list: (filter: TipFilter, page: Page) => createTipRepository(db).list(scope, filter, page),
      count: (filter: TipFilter) => createTipRepository(db).count(scope, filter),
      getByIds: (ids: readonly number[]) => createTipRepository(db).getByIds(scope, ids),
      contactsOf: async (ids: readonly number[]) =>
        viewer.role === 'ADMIN' ? createTipRepository(db).contactsOf(ids) : [],
      /** Photos of tips in scope (the ids come from a tip already read through this scope). */
      photosOf: (ids: readonly number[]) => createTipRepository(db).photosOf(ids),
      photoFile: (id: number) => createTipRepository(db).photoFile(scope, id),
      /** Tips received, accepted, confirmed and rewarded in a window: the county's, or those assigned to the unit. */
      figures: (filter: DashboardFilter) => {
        if (figureScope.kind === 'enterprise') throw new AppError('FORBIDDEN', '企业账号不能查看全县统计');
        const at = now();
        const unit =
          figureScope.kind === 'county' ? (filter.regulatorId ?? filter.townshipId ?? null) : figureScope.orgUnitId;
        return createTipRepository(db).figures(
          { from: filter.from ?? new Date(0), to: filter.to ?? new Date(at.getTime() + 1) },
          unit,
        );
      },
    },
    /** Emergency responses (应急响应): the county's; a township's in scope; any a person's 包保 link is asked in. */
    emergencyResponses: {
      getByIds: (ids: readonly number[]) => createEmergencyResponseRepository(db).getByIds(scope, viewer.id, ids),
    },
    /** Risk reports (风险上报): the county's, or those the unit reported. */
    risks: {
      list: (filter: RiskFilter, page: Page) => createRiskRepository(db).list(scope, filter, page),
      count: (filter: RiskFilter) => createRiskRepository(db).count(scope, filter),
      getByIds: (ids: readonly number[]) => createRiskRepository(db).getByIds(scope, ids),
    },
    /** Night patrols (夜间巡查): the county's; a unit its own; an enterprise none. */
    patrols: {
      list: (limit: number) => createPatrolRepository(db).list(scope, limit),
      getByIds: (ids: readonly number[]) => createPatrolRepository(db).getByIds(scope, ids),
      /** Of schedules already read in scope. */
      enterprisesOf: (scheduleIds: readonly number[]) => createPatrolRepository(db).enterprisesOf(scheduleIds),
      figures: (scheduleIds: readonly number[]) => createPatrolRepository(db).figures(scheduleIds),
      tasksOf: (scheduleId: number, limit: number) => createTaskRepository(db).ofPatrol(scope, scheduleId, limit),
    },
    /** 打非线索 at unregistered sites: the county's; a unit those it recorded and those in its township. */
    illegalSites: {
      list: (limit: number) => createIllegalSiteRepository(db).list(scope, limit),
      getByIds: (ids: readonly number[]) => createIllegalSiteRepository(db).getByIds(scope, ids),
    },
    /** Directives from above (督办/交办): the county's; a unit the letters it has items of, and only its own items. */
    directives: {
      list: (filter: DirectiveFilter, page: Page) => createDirectiveRepository(db).list(scope, filter, page),
      count: (filter: DirectiveFilter) => createDirectiveRepository(db).count(scope, filter),
      getByIds: (ids: readonly number[]) => createDirectiveRepository(db).getByIds(scope, ids),
      itemsOf: (directiveIds: readonly number[]) => createDirectiveRepository(db).itemsOf(scope, directiveIds),
      listItems: (filter: DirectiveItemFilter, page: Page) =>
        createDirectiveRepository(db).listItems(scope, filter, page),
      countItems: (filter: DirectiveItemFilter) => createDirectiveRepository(db).countItems(scope, filter),
      getItemsByIds: (ids: readonly number[]) => createDirectiveRepository(db).getItemsByIds(scope, ids),
    },
    /** 行政处罚案件: the county's; a unit's own; an enterprise the cases against it. */
    cases: {
      getByIds: (ids: readonly number[]) => createEnforcementCaseRepository(db).getByIds(scope, ids),
      eventsOf: (ids: readonly number[]) => createEnforcementCaseRepository(db).eventsOf(ids),
    },
    /** 执法文书 in scope: the county's; a department's issued or about its hazards; a township's enterprises'; its own. */
    documents: {
      getByIds: (ids: readonly number[]) => createDocumentRepository(db).getByIds(scope, ids),
      /** Which of these hazards (already read in scope) are under an order to rectify. */
      underOrder: (hazardIds: readonly number[]) => createDocumentRepository(db).underOrder(hazardIds),
    },
    photos: {
      forHazards: (ids: readonly number[]) => createPhotoRepository(db).listForHazards(scope, viewer.id, ids),
      forInspections: (ids: readonly number[]) => createPhotoRepository(db).listForInspections(scope, viewer.id, ids),
      forLeads: (ids: readonly number[]) => createPhotoRepository(db).listForLeads(scope, viewer.id, ids),
      forReports: (ids: readonly number[]) => createPhotoRepository(db).listForReports(scope, viewer.id, ids),
      /** One photo's bytes, if the viewer may see it. */
      file: (id: number) => createPhotoRepository(db).getVisible(scope, viewer.id, id),
    },
    /** A regulator's or a township's figures are their own; the county's are for admins and leaders. */
    dashboard(filter: DashboardFilter): Promise<DashboardResult> {
      if (figureScope.kind === 'enterprise')
        throw new AppError('FORBIDDEN', '企业账号不能查看全县统计；本企业的任务、隐患和整改情况见企业端各页');
      const at = now();
      // The rollups are keyed by regulator and township, so the scope is the dashboard's own filter.
      return createDashboardRepository(db).figures({
        from: filter.from ?? new Date(0),
        to: filter.to ?? new Date(at.getTime() + 1),
        campaignId: filter.campaignId ?? null,
        regulatorId: figureScope.kind === 'regulator' ? figureScope.orgUnitId : (filter.regulatorId ?? null),
        townshipId: figureScope.kind === 'township' ? figureScope.orgUnitId : (filter.townshipId ?? null),
        now: at,
      });
    },
    /** 检查组 sent in the window: the county's, or those visiting for the unit's tasks (its township's enterprises). */
    inspectionGroupFigures(filter: DashboardFilter) {
      if (figureScope.kind === 'enterprise') throw new AppError('FORBIDDEN', '企业账号不能查看全县统计');
      const at = now();
      return createInspectionGroupRepository(db).figures({
        from: filter.from ?? new Date(0),
        to: filter.to ?? new Date(at.getTime() + 1),
        campaignId: filter.campaignId ?? null,
        regulatorId: figureScope.kind === 'regulator' ? figureScope.orgUnitId : (filter.regulatorId ?? null),
        townshipId: figureScope.kind === 'township' ? figureScope.orgUnitId : (filter.townshipId ?? null),
      });
    },
    auditLog(subjectType: string, subjectId: number, limit: number) {
      if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', '只有县安委办管理员可以查看操作记录');
      return createAuditRepository(db).listForSubject(subjectType, String(subjectId), limit);
    },
  };
}

export type Readers = ReturnType<typeof createReaders>;
