// 挂牌督办 as procedure: the enterprise's 五落实 治理方案, the unit's order to suspend production (with its
// 现场处理措施决定书), the experts' acceptance before the county office's 核销; and the public page of listed major
// hazards. The listing itself and its removal are the hazard workflow's (activities/hazards.ts).
import type { Kysely } from 'kysely';
import { issueListingDocument } from '../activities/documents';
import { createAuditRepository } from '../db/repositories/audit';
import { createHazardListingRepository } from '../db/repositories/hazard-listings';
import { createHazardRepository, type HazardRow } from '../db/repositories/hazards';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import {
  expertAcceptanceProblem,
  listingPlanProblem,
  LISTING_LIMITS,
  LISTING_REFUSALS,
  type ListingPlan,
  type PublicMajorHazard,
} from '../domain/listed-supervision';
import { canonicalJson } from '../domain/documents';
import { documentNotices, listingProcedureNotices } from '../domain/notices';
import { actsFor, isOfUnit, notFound, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput } from './errors';

export function createListedSupervisionService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function hazardOf(viewer: Viewer, hazardId: number): Promise<HazardRow> {
    const [hazard] = await createHazardRepository(db).getByIds(rowScopeOf(viewer), [hazardId]);
    if (!hazard) throw notFound('隐患');
    return hazard;
  }

  /** Listed and not yet removed: after who may act is settled, what the hazard's state allows. */
  function requireListed(hazard: HazardRow): void {
    if (!hazard.listed_at) throw badInput(LISTING_REFUSALS.notListed);
    if (hazard.delisted_at || hazard.status === 'CLOSED') throw new AppError('CONFLICT', LISTING_REFUSALS.closed);
  }

  /** The hazard's unit, or the county office that listed it: their people act for the listing. */
  async function actingUnit(viewer: Viewer, hazard: HazardRow): Promise<number> {
    if (isOfUnit(viewer, hazard.regulator_id)) return hazard.regulator_id;
    const office = await createOrgUnitRepository(db).countyOffice();
    if (actsFor(viewer, office.id)) return office.id;
    throw new AppError('FORBIDDEN', LISTING_REFUSALS.unitOnly);
  }

  return {
    /** 五落实 治理方案: the enterprise files it (its unit may enter it on its behalf); a revised plan replaces it. */
    async submitPlan(viewer: Viewer, hazardId: number, plan: ListingPlan, requestId: string | null) {
      const hazard = await hazardOf(viewer, hazardId);
      const byEnterprise = viewer.role === 'ENTERPRISE' && viewer.enterpriseId === hazard.enterprise_id;
      if (!byEnterprise && !isOfUnit(viewer, hazard.regulator_id))
        throw new AppError('FORBIDDEN', LISTING_REFUSALS.planBy);
      requireListed(hazard);
      const at = now();
      const clean: ListingPlan = {
        measures: plan.measures.trim(),
        responsible: plan.responsible.trim(),
        fundsYuan: plan.fundsYuan,
        completeBy: plan.completeBy,
        contingencyPlan: plan.contingencyPlan.trim(),
      };
      const problem = listingPlanProblem(clean, at);
      if (problem) throw badInput(problem);
      await db.transaction().execute(async (trx) => {
        const listings = createHazardListingRepository(trx);
        const before = await listings.lock(hazard.id);
        // The same plan again (a retried request) is recorded once; a revised plan replaces it.
        if (before.plan && canonicalJson(before.plan) === canonicalJson(clean)) return;
        await listings.recordPlan(hazard.id, clean, viewer.id, at);
        const notices = createNotificationRepository(trx);
        const office = await createOrgUnitRepository(trx).countyOffice();
        for (const orgUnitId of [hazard.regulator_id, office.id])
          await notices.send({
            ...listingProcedureNotices.planFiled(hazard.description),
            orgUnitId,
            userId: null,
            subjectType: 'Hazard',
            subjectId: hazard.id,
            dedupeKey: `hazard-${hazard.id}:plan:${at.getTime()}:${orgUnitId}`,
            at,
          });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'submitListingPlan',
          subjectType: 'Hazard',
          subjectId: hazard.id,
          requestId,
          before: { plan: before.plan },
          after: { plan: clean, onBehalf: !byEnterprise },
          at: at.toISOString(),
        });
      });
      return hazard.id;
    },

    /** 责令暂时停产停业 while safety cannot be ensured: once, with its 现场处理措施决定书 served on the enterprise. */
    async orderSuspension(viewer: Viewer, hazardId: number, reason: string, requestId: string | null) {
      const hazard = await hazardOf(viewer, hazardId);
      const unitId = await actingUnit(viewer, hazard);
      requireListed(hazard);
      const why = reason.trim();
      if (!why) throw badInput(LISTING_REFUSALS.suspendReason);
      if (why.length > LISTING_LIMITS.text) throw badInput(LISTING_REFUSALS.textTooLong);
      const at = now();
      await db.transaction().execute(async (trx) => {
        const listings = createHazardListingRepository(trx);
        const before = await listings.lock(hazard.id);
        // The same order again by the same person (a retried request) answers as the first did.
        if (before.suspended_at && before.suspended_by === viewer.id && before.suspension_reason === why) return;
        if (before.suspended_at) throw new AppError('CONFLICT', LISTING_REFUSALS.suspendedAlready);
        await listings.recordSuspension(hazard.id, why, viewer.id, at);
        const order = await issueListingDocument(trx, {
          hazardId: hazard.id,
          kind: 'SUSPENSION_ORDER',
          issuerOrgId: unitId,
          actorId: viewer.id,
          reason: why,
          issueKey: `hazard-${hazard.id}:suspension`,
          at,
        });
        await createNotificationRepository(trx).send({
          ...documentNotices.served(order.body.title, order.number),
          orgUnitId: null,
          enterpriseId: hazard.enterprise_id,
          userId: null,
          subjectType: 'Document',
          subjectId: order.id,
          dedupeKey: `hazard-${hazard.id}:suspension:served`,
          at,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'orderSuspension',
          subjectType: 'Hazard',
          subjectId: hazard.id,
          requestId,
          after: { reason: why, document: order.number },
          at: at.toISOString(),
        });
      });
      return hazard.id;
    },

    /** 专家验收 of the rectification, once it is reported; the county office reads it at 核销. */
    async recordExpertAcceptance(
      viewer: Viewer,
      input: { hazardId: number; experts: string[]; opinion: string; passed: boolean },
      requestId: string | null,
    ) {
      const hazard = await hazardOf(viewer, input.hazardId);
      await actingUnit(viewer, hazard);
      requireListed(hazard);
      if (hazard.status !== 'PENDING_VERIFICATION' && hazard.status !== 'PENDING_SIGN_OFF')
        throw new AppError('CONFLICT', LISTING_REFUSALS.acceptanceNotReady);
      const problem = expertAcceptanceProblem(input);
      if (problem) throw badInput(problem);
      const at = now();
      const acceptance = {
        experts: input.experts.map((e) => e.trim()).filter(Boolean),
        opinion: input.opinion.trim(),
        passed: input.passed,
        at: at.toISOString(),
        recordedBy: viewer.id,
      };
      await db.transaction().execute(async (trx) => {
        const listings = createHazardListingRepository(trx);
        const before = await listings.lock(hazard.id);
        // The same acceptance again (a retried request) is recorded once.
        const { at: _at, recordedBy: _by, ...same } = acceptance;
        const earlier = before.expert_acceptance;
        if (
          earlier &&
          canonicalJson({ experts: earlier.experts, opinion: earlier.opinion, passed: earlier.passed }) ===
            canonicalJson(same)
        )
          return;
        await listings.recordAcceptance(hazard.id, acceptance, viewer.id, at);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'recordExpertAcceptance',
          subjectType: 'Hazard',
          subjectId: hazard.id,
          requestId,
          before: { expertAcceptance: before.expert_acceptance },
          after: { expertAcceptance: acceptance },
          at: at.toISOString(),
        });
      });
      return hazard.id;
    },

    listingsOf: (hazardIds: readonly number[]) => createHazardListingRepository(db).byHazardIds(hazardIds),

    /** The public page: listed major hazards, under supervision or removed, newest first — no login. */
    async publicList(page: { limit: number; offset: number }): Promise<PublicMajorHazard[]> {
      const rows = await createHazardRepository(db).publicListed(page);
      return rows.map((r) => ({
        id: r.id,
        enterpriseName: r.enterprise_name,
        townshipName: r.township_name,
        regulatorName: r.regulator_name,
        description: r.description,
        listedAt: r.listed_at ?? new Date(0),
        rectifyBy: r.rectify_by,
        status: r.delisted_at ? 'REMOVED' : 'UNDER_SUPERVISION',
        removedAt: r.delisted_at,
        suspended: r.suspended_at !== null,
      }));
    },
    publicCount: () => createHazardRepository(db).countPublicListed(),
  };
}

export type ListedSupervisionService = ReturnType<typeof createListedSupervisionService>;
