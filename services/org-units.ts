// The county's own units (组织机构): the county office adds a department (监管部门) or a township (乡镇/街道) its
// register and its staff belong to, and renames any unit as the county names it. What a new department supervises is
// the division (services/supervision.ts). Registry data without a process, each write with its audit row.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/errors';
import { createAuditRepository } from '../db/repositories/audit';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import { nameTaken, ORG_UNIT_REFUSALS, orgUnitCodeProblem, orgUnitNameProblem } from '../domain/org-unit-rules';
import type { OrgUnitKind } from '../domain/types';
import { notFound, requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

/** A unique violation as the sentence of the constraint it broke. */
function conflictOf(error: unknown, kind: OrgUnitKind, name: string): AppError | null {
  if (!isUniqueViolation(error)) return null;
  const constraint = (error as { constraint?: string }).constraint ?? '';
  return new AppError('CONFLICT', constraint.includes('code') ? ORG_UNIT_REFUSALS.codeTaken : nameTaken(kind, name));
}

export function createOrgUnitService(deps: { db: Kysely<DB> }) {
  const { db } = deps;
  return {
    async create(
      viewer: Viewer,
      input: { kind: OrgUnitKind; name: string; code?: string | null },
      requestId: string | null,
    ) {
      requireAdmin(viewer, '新增单位');
      const kind = input.kind;
      if (kind === 'COUNTY_OFFICE') throw badInput(ORG_UNIT_REFUSALS.oneCountyOffice);
      const name = input.name.trim();
      refuseBadInput(orgUnitNameProblem(name));
      const code = input.code?.trim() || `${kind.toLowerCase()}-${randomUUID().slice(0, 8)}`;
      refuseBadInput(orgUnitCodeProblem(code));
      try {
        return await db.transaction().execute(async (trx) => {
          const county = await createOrgUnitRepository(trx).countyOffice();
          const row = await createOrgUnitRepository(trx).create({ code, name, kind, parentId: county.id });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createOrgUnit',
            subjectType: 'OrgUnit',
            subjectId: row.id,
            requestId,
            after: { code, name, kind },
          });
          return row;
        });
      } catch (error) {
        throw conflictOf(error, kind, name) ?? error;
      }
    },

    async rename(viewer: Viewer, id: number, newName: string, requestId: string | null) {
      requireAdmin(viewer, '修改单位名称');
      const name = newName.trim();
      refuseBadInput(orgUnitNameProblem(name));
      const units = createOrgUnitRepository(db);
      const before = await units.getById(id);
      if (!before) throw notFound('单位');
      if (before.name === name) throw badInput(ORG_UNIT_REFUSALS.sameName);
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createOrgUnitRepository(trx).rename(id, name);
          if (!row) throw notFound('单位');
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'renameOrgUnit',
            subjectType: 'OrgUnit',
            subjectId: id,
            requestId,
            before: { name: before.name },
            after: { name },
          });
          return row;
        });
      } catch (error) {
        throw conflictOf(error, before.kind, name) ?? error;
      }
    },
  };
}

export type OrgUnitService = ReturnType<typeof createOrgUnitService>;
