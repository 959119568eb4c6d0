// Registering an enterprise (企业登记): registry data without a process, written here with its audit row.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository, type EnterpriseRow } from '../db/repositories/enterprises';
import { isUniqueViolation } from '../db/errors';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import { ENTERPRISE_REFUSALS, enterpriseFieldsProblem, usccRegistered, usccSentence } from '../domain/enterprise-rules';
import { regulatorCodeForIndustry } from '../domain/regulators';
import type { Grade, Industry, ListStatus } from '../domain/types';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError, badInput, refuseBadInput } from './errors';

export interface CreateEnterpriseCommand {
  uscc: string;
  name: string;
  industry: Industry;
  townshipId: number;
  majorHazardSource?: boolean | null;
  grade?: Grade | null;
  listStatus?: ListStatus | null;
  address?: string | null;
  legalRepresentative?: string | null;
}

export function createEnterpriseService(deps: { db: Kysely<DB> }) {
  const { db } = deps;
  return {
    async create(viewer: Viewer, input: CreateEnterpriseCommand, requestId: string | null): Promise<EnterpriseRow> {
      requireAdmin(viewer, '登记企业');
      const uscc = input.uscc.trim().toUpperCase();
      refuseBadInput(usccSentence(uscc));
      const name = input.name.trim();
      const address = input.address?.trim() || null;
      const legalRepresentative = input.legalRepresentative?.trim() || null;
      refuseBadInput(enterpriseFieldsProblem({ name, address, legalRepresentative }));
      const orgUnits = createOrgUnitRepository(db);
      const [township] = await orgUnits.ofKind([input.townshipId], 'TOWNSHIP');
      if (!township) throw badInput(ENTERPRISE_REFUSALS.unknownTownship);
      // The industry decides the regulator (DOMAIN.md): chemicals, mines and industry-and-trade go to emergency management.
      const regulator = await orgUnits.getByCode(regulatorCodeForIndustry(input.industry));
      if (!regulator) throw new AppError('UNAVAILABLE', ENTERPRISE_REFUSALS.regulatorMissing);
      const repository = createEnterpriseRepository(db);
      if (await repository.getByUscc(uscc)) throw new AppError('CONFLICT', usccRegistered(uscc));
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createEnterpriseRepository(trx).create({
            uscc,
            name,
            industry: input.industry,
            township_id: township.id,
            regulator_id: regulator.id,
            major_hazard_source: input.majorHazardSource ?? false,
            grade: input.grade ?? 'FAIR',
            list_status: input.listStatus ?? 'NONE',
            address,
            legal_representative: legalRepresentative,
          });
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createEnterprise',
            subjectType: 'Enterprise',
            subjectId: row.id,
            requestId,
            after: row,
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', usccRegistered(uscc));
        throw error;
      }
    },
  };
}

export type EnterpriseService = ReturnType<typeof createEnterpriseService>;
