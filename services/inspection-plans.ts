// 年度监督检查计划: a unit's head files the unit's plan for a year (its cadence by grade as data); the county office
// approves it — which starts the plan's workflow, writing its tasks month by month — or returns it with a reason.
// Units read their own plans; the county office and the leaders read every unit's, with its completion.
import type { Client } from '@temporalio/client';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createInspectionGroupRepository } from '../db/repositories/inspection-groups';
import { createInspectionPlanRepository, type InspectionPlanFilter } from '../db/repositories/inspection-plans';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { Page } from '../db/repositories/queries';
import type { DB } from '../db/schema';
import {
  filedLate,
  frequenciesProblem,
  INSPECTION_PLAN_REFUSALS,
  monthIn,
  planYearProblem,
  shanghaiYear,
  type InspectionFrequencies,
} from '../domain/inspection-plans';
import { DEFAULT_INSPECTION_BUDGET } from '../domain/inspection-groups';
import { LIMITS } from '../domain/limits';
import { inspectionPlanNotices } from '../domain/notices';
import { inspectionPlanWorkflowId, type InspectionPlanWorkflowInput } from '../workflows/messages';
import { requireAdmin, rowScopeOf } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

const UNIT_HEADS = new Set(['REGULATOR_HEAD', 'TOWNSHIP_HEAD']);
const UNIT_ROLES = new Set(['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF']);

export function createInspectionPlanService(deps: {
  db: Kysely<DB>;
  client: Client;
  taskQueue: string;
  now?: () => Date;
}) {
  const { db, client, taskQueue } = deps;
  const now = deps.now ?? (() => new Date());
  const plans = createInspectionPlanRepository(db);

  return {
    /** Files the viewer's unit's plan for `year`; a retried key returns the first plan. */
    async file(
      viewer: Viewer,
      input: {
        year: number;
        frequencies: InspectionFrequencies;
        notes?: string | null;
        idempotencyKey?: string | null;
      },
      requestId: string | null,
    ): Promise<number> {
      if (
        viewer.orgUnitId === null ||
        !['REGULATOR_HEAD', 'REGULATOR_STAFF', 'TOWNSHIP_HEAD', 'TOWNSHIP_STAFF'].includes(viewer.role)
      )
        throw new AppError('FORBIDDEN', INSPECTION_PLAN_REFUSALS.notAUnit);
      if (!UNIT_HEADS.has(viewer.role)) throw new AppError('FORBIDDEN', INSPECTION_PLAN_REFUSALS.headOnly);
      const unitId = viewer.orgUnitId;
      const key = input.idempotencyKey ? `${viewer.id}:${input.idempotencyKey}` : null;
      if (key) {
        const first = await plans.byIdempotencyKey(key);
        if (first) return first.id;
      }
      const at = now();
      refuseBadInput(planYearProblem(input.year, at));
      refuseBadInput(frequenciesProblem(input.frequencies));
      const notes = input.notes?.trim() || null;
      if (notes && notes.length > LIMITS.longText) throw badInput(INSPECTION_PLAN_REFUSALS.notesTooLong);
      if (await plans.current(unitId, input.year))
        throw new AppError('CONFLICT', INSPECTION_PLAN_REFUSALS.alreadyFiled);
      const charge = await plans.charge(unitId, input.frequencies);
      if (charge.enterprises === 0) throw badInput(INSPECTION_PLAN_REFUSALS.noEnterprises);
      try {
        return await db.transaction().execute(async (trx) => {
          const plan = await createInspectionPlanRepository(trx).insert({
            unitId,
            year: input.year,
            frequencies: input.frequencies,
            notes,
            enterprises: charge.enterprises,
            plannedVisits: charge.visits,
            filedBy: viewer.id,
            filedAt: at,
            idempotencyKey: key,
          });
          const units = createOrgUnitRepository(trx);
          const [unit] = await units.getByIds([unitId]);
          await createNotificationRepository(trx).send({
            ...inspectionPlanNotices.filed({
              unit_name: unit?.name ?? '',
              year: input.year,
              enterprises: charge.enterprises,
              visits: charge.visits,
              late: filedLate(input.year, at),
            }),
            orgUnitId: (await units.countyOffice()).id,
            userId: null,
            subjectType: 'InspectionPlan',
            subjectId: plan.id,
            dedupeKey: `inspection-plan-${plan.id}:filed`,
            at,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'fileInspectionPlan',
            subjectType: 'InspectionPlan',
            subjectId: plan.id,
            requestId,
            before: null,
            after: { year: input.year, frequencies: input.frequencies, ...charge, late: filedLate(input.year, at) },
            at: at.toISOString(),
          });
          return plan.id;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', INSPECTION_PLAN_REFUSALS.alreadyFiled);
        throw error;
      }
    },

    /** Approves a plan under review (its workflow starts with the row's change, or neither) or returns it. */
    async review(
      viewer: Viewer,
      input: { id: number; approved: boolean; comment?: string | null },
      requestId: string | null,
    ): Promise<void> {
      requireAdmin(viewer, INSPECTION_PLAN_REFUSALS.adminOnly);
      const comment = input.comment?.trim() || null;
      if (comment && comment.length > LIMITS.reason) throw badInput(`审核意见不能超过${LIMITS.reason}个字`);
      const at = now();
      await db.transaction().execute(async (trx) => {
        const rows = createInspectionPlanRepository(trx);
        const plan = await rows.lock(input.id);
        if (!plan) throw new AppError('NOT_FOUND', INSPECTION_PLAN_REFUSALS.notFound);
        if (plan.status !== 'SUBMITTED') throw new AppError('CONFLICT', INSPECTION_PLAN_REFUSALS.notSubmitted);
        if (!input.approved && !comment) throw badInput(INSPECTION_PLAN_REFUSALS.commentRequired);
        if (input.approved && plan.year < shanghaiYear(at))
          throw new AppError('CONFLICT', INSPECTION_PLAN_REFUSALS.yearOver);
        await rows.review({
          id: plan.id,
          status: input.approved ? 'APPROVED' : 'RETURNED',
          by: viewer.id,
          at,
          comment,
        });
        await createNotificationRepository(trx).send({
          ...inspectionPlanNotices.reviewed({ year: plan.year, approved: input.approved, comment }),
          orgUnitId: plan.org_unit_id,
          userId: null,
          subjectType: 'InspectionPlan',
          subjectId: plan.id,
          dedupeKey: `inspection-plan-${plan.id}:reviewed`,
          at,
        });
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: input.approved ? 'approveInspectionPlan' : 'returnInspectionPlan',
          subjectType: 'InspectionPlan',
          subjectId: plan.id,
          requestId,
          before: { status: plan.status },
          after: { status: input.approved ? 'APPROVED' : 'RETURNED', comment },
          at: at.toISOString(),
        });
        if (!input.approved) return;
        const args: InspectionPlanWorkflowInput = {
          planId: plan.id,
          year: plan.year,
          firstMonth: monthIn(plan.year, at),
        };
        await client.workflow.start('inspectionPlanWorkflow', {
          workflowId: inspectionPlanWorkflowId(plan.id),
          taskQueue,
          args: [args],
        });
      });
    },

    /** What a cadence would mean against the per-enterprise visit cap, for the unit's head while filing. */
    async budgetPreview(viewer: Viewer, input: { year: number; frequencies: InspectionFrequencies }) {
      if (viewer.orgUnitId === null || !UNIT_ROLES.has(viewer.role))
        throw new AppError('FORBIDDEN', INSPECTION_PLAN_REFUSALS.notAUnit);
      refuseBadInput(frequenciesProblem(input.frequencies));
      const rule = await createInspectionGroupRepository(db).budgetRule();
      return plans.budgetPreview(
        viewer.orgUnitId,
        input.year,
        input.frequencies,
        rule?.max_visits ?? DEFAULT_INSPECTION_BUDGET,
      );
    },

    async list(viewer: Viewer, filter: InspectionPlanFilter, page: Page) {
      if (viewer.role === 'ENTERPRISE') throw new AppError('FORBIDDEN', INSPECTION_PLAN_REFUSALS.countyOnly);
      return plans.list(filter, rowScopeOf(viewer), page);
    },

    async count(viewer: Viewer, filter: InspectionPlanFilter) {
      if (viewer.role === 'ENTERPRISE') throw new AppError('FORBIDDEN', INSPECTION_PLAN_REFUSALS.countyOnly);
      return plans.count(filter, rowScopeOf(viewer));
    },

    async byId(viewer: Viewer, id: number) {
      const plan = await plans.inScope(id, rowScopeOf(viewer));
      if (!plan) throw new AppError('NOT_FOUND', INSPECTION_PLAN_REFUSALS.notFound);
      return plan;
    },

    progress: (planIds: readonly number[]) => plans.progress(planIds, now()),
  };
}

export type InspectionPlanService = ReturnType<typeof createInspectionPlanService>;
