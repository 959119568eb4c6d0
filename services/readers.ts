// The read side for one user: every repository read with that user's row scope already applied,
// so no resolver can forget it.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createCampaignRepository } from '../db/repositories/campaigns';
import { createChecklistRepository } from '../db/repositories/checklists';
import { createDashboardRepository, type DashboardResult } from '../db/repositories/dashboard';
import { createEnterpriseRepository, type EnterpriseFilter } from '../db/repositories/enterprises';
import { createEscalationReader } from '../db/repositories/escalations';
import { createHazardRepository, type HazardFilter } from '../db/repositories/hazards';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createPhotoRepository } from '../db/repositories/photos';
import { createUserRepository } from '../db/repositories/users';
import { createInspectionRepository, type InspectionFilter } from '../db/repositories/inspections';
import { createTaskRepository, type TaskFilter } from '../db/repositories/tasks';
import type { DB } from '../db/schema';
import type { CampaignStatus, EscalationLevel, EscalationStatus } from '../domain/types';
import { rowScopeOf } from './access';
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
  const tasks = createTaskRepository(db);
  const inspections = createInspectionRepository(db);
  const hazards = createHazardRepository(db);
  const enterprises = createEnterpriseRepository(db);
  const escalations = createEscalationReader(db);
  const campaigns = createCampaignRepository(db);
  const checklists = createChecklistRepository(db);

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
    },
    checklists,
    campaigns: {
      list: (status: readonly CampaignStatus[] | null | undefined, page: Page) => campaigns.list(status, page),
      count: (status: readonly CampaignStatus[] | null | undefined) => campaigns.count(status),
      getByIds: campaigns.getByIds,
      progress: (ids: readonly number[]) => campaigns.progress(ids, now()),
      reportsByCampaignIds: campaigns.reportsByCampaignIds,
      reportsByIds: campaigns.reportsByIds,
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
      /** The ledger (隐患台账) for export, in keyset pages. */
      ledger: (filter: HazardFilter) => hazards.ledgerStream(scope, filter, now()),
      eventsByHazardIds: hazards.eventsByHazardIds,
    },
    escalations: {
      list: (filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null }, page: Page) =>
        escalations.list(scope, filter, page),
      count: (filter: { status?: readonly EscalationStatus[] | null; level?: EscalationLevel | null }) =>
        escalations.count(scope, filter),
      getByIds: (ids: readonly number[]) => escalations.getByIds(scope, ids),
      byHazardIds: (ids: readonly number[]) => escalations.byHazardIds(scope, ids),
    },
    photos: {
      forHazards: (ids: readonly number[]) => createPhotoRepository(db).listForHazards(scope, viewer.id, ids),
      forInspections: (ids: readonly number[]) => createPhotoRepository(db).listForInspections(scope, viewer.id, ids),
      /** One photo's bytes, if the viewer may see it. */
      file: (id: number) => createPhotoRepository(db).getVisible(scope, viewer.id, id),
    },
    /** A regulator's or a township's figures are their own; the county's are for admins and leaders. */
    dashboard(filter: DashboardFilter): Promise<DashboardResult> {
      const at = now();
      return createDashboardRepository(db).figures({
        from: filter.from ?? new Date(0),
        to: filter.to ?? new Date(at.getTime() + 1),
        campaignId: filter.campaignId ?? null,
        regulatorId: scope.kind === 'regulator' ? scope.orgUnitId : (filter.regulatorId ?? null),
        townshipId: scope.kind === 'township' ? scope.orgUnitId : (filter.townshipId ?? null),
        now: at,
      });
    },
    auditLog(subjectType: string, subjectId: number, limit: number) {
      if (viewer.role !== 'ADMIN') throw new AppError('FORBIDDEN', '只有县安委办管理员可以查看操作记录');
      return createAuditRepository(db).listForSubject(subjectType, String(subjectId), limit);
    },
  };
}

export type Readers = ReturnType<typeof createReaders>;
