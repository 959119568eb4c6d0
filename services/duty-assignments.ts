// The 包保 chain as data (issue 14 §1): the county office adds, edits and stops links, each with its audit row; anyone
// reads the links in their scope (the county all, a township its own, a person the links that name them).
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import {
  createDutyAssignmentRepository,
  type DutyAssignmentFilter,
  type NewDutyAssignment,
} from '../db/repositories/duty-assignments';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import {
  DUTY_REFUSALS,
  isMobilePhone,
  PARENT_TIER,
  tierProblem,
  type DutyTargetKind,
  type DutyTier,
} from '../domain/emergency-response';
import { LIMITS, textTooLong } from '../domain/limits';
import type { Viewer } from './auth';
import { notFound, requireAdmin, rowScopeOf } from './access';
import { AppError, badInput, refuseBadInput } from './errors';

export interface DutyAssignmentInput {
  tier: DutyTier;
  townshipId: number;
  targetKind: DutyTargetKind;
  targetName: string;
  personName: string;
  phone?: string | null;
  userId?: number | null;
  parentId?: number | null;
}

export function createDutyAssignmentService({ db }: { db: Kysely<DB> }) {
  const links = createDutyAssignmentRepository(db);

  /** The checks of a link against the units, the accounts and its parent: a row ready to write, or a refusal. */
  async function checked(viewer: Viewer, input: DutyAssignmentInput): Promise<NewDutyAssignment> {
    refuseBadInput(tierProblem(input.tier, input.targetKind));
    const targetName = input.targetName.trim();
    const personName = input.personName.trim();
    if (!targetName) throw badInput(DUTY_REFUSALS.targetRequired);
    if (!personName) throw badInput(DUTY_REFUSALS.nameRequired);
    if (targetName.length > LIMITS.shortText) throw badInput(textTooLong('包保对象', LIMITS.shortText));
    if (personName.length > LIMITS.legalRepresentative)
      throw badInput(textTooLong('责任人姓名', LIMITS.legalRepresentative));
    const phone = input.phone?.trim() || null;
    if (phone !== null && !isMobilePhone(phone)) throw badInput(DUTY_REFUSALS.phoneInvalid);
    const [township] = await createOrgUnitRepository(db).ofKind([input.townshipId], 'TOWNSHIP');
    if (!township) throw badInput('所选乡镇（街道）不存在，请刷新页面后重新选择');
    const userId = input.userId ?? null;
    if (input.tier === 'COUNTY' && userId === null) throw badInput(DUTY_REFUSALS.leaderRole);
    if (userId === null && phone === null) throw badInput(DUTY_REFUSALS.phoneInvalid);
    if (userId !== null) {
      const user = await createUserRepository(db).getById(userId);
      if (!user || user.disabled) throw badInput('所选账号不存在或已停用');
      if (input.tier === 'COUNTY' && user.role !== 'LEADER') throw badInput(DUTY_REFUSALS.leaderRole);
    }
    const parentId = input.parentId ?? null;
    const wantedParent = PARENT_TIER[input.tier];
    if ((wantedParent === null) !== (parentId === null)) throw badInput(DUTY_REFUSALS.parentTier);
    if (parentId !== null) {
      const [parent] = await links.getByIds([parentId]);
      if (!parent || !parent.active || parent.tier !== wantedParent) throw badInput(DUTY_REFUSALS.parentTier);
      if (parent.township_id !== input.townshipId) throw badInput(DUTY_REFUSALS.parentTownship);
    }
    return {
      tier: input.tier,
      township_id: input.townshipId,
      target_kind: input.targetKind,
      target_name: targetName,
      person_name: personName,
      phone,
      user_id: userId,
      parent_id: parentId,
      created_by: viewer.id,
    };
  }

  return {
    list: (viewer: Viewer, filter: DutyAssignmentFilter, page: { limit: number; offset: number }) =>
      links.list(rowScopeOf(viewer), viewer.id, filter, page),
    count: (viewer: Viewer, filter: DutyAssignmentFilter) => links.count(rowScopeOf(viewer), viewer.id, filter),
    getByIds: (ids: readonly number[]) => links.getByIds(ids),

    async create(viewer: Viewer, input: DutyAssignmentInput, requestId: string | null) {
      requireAdmin(viewer, '设置包保责任');
      const row = await checked(viewer, input);
      return db.transaction().execute(async (trx) => {
        const created = await createDutyAssignmentRepository(trx).insert(row);
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'createDutyAssignment',
          subjectType: 'DutyAssignment',
          subjectId: created.id,
          requestId,
          after: row,
        });
        return created;
      });
    },

    async update(
      viewer: Viewer,
      id: number,
      input: DutyAssignmentInput & { active?: boolean | null },
      requestId: string | null,
    ) {
      requireAdmin(viewer, '修改包保责任');
      const [before] = await links.getByIds([id]);
      if (!before) throw notFound('包保责任');
      const row = await checked(viewer, input);
      if (input.parentId === id) throw badInput(DUTY_REFUSALS.parentTier);
      if (input.active === false && (await links.activeChildren(id)) > 0)
        throw new AppError('CONFLICT', '该责任人下还有在用的下一级包保责任，请先调整下一级的上级责任人');
      return db.transaction().execute(async (trx) => {
        const { created_by: _createdBy, ...patch } = row;
        const updated = await createDutyAssignmentRepository(trx).update(id, {
          ...patch,
          ...(input.active == null ? {} : { active: input.active }),
        });
        if (!updated) throw notFound('包保责任');
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'updateDutyAssignment',
          subjectType: 'DutyAssignment',
          subjectId: id,
          requestId,
          before,
          after: updated,
        });
        return updated;
      });
    },
  };
}

export type DutyAssignmentService = ReturnType<typeof createDutyAssignmentService>;
