// Registering an enterprise (企业登记): registry data without a process, written here with its audit row.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository, type EnterpriseRow } from '../db/repositories/enterprises';
import type { DB } from '../db/schema';
import { LIMITS } from '../domain/limits';
import { regulatorCodeForIndustry } from '../domain/regulators';
import type { Grade, Industry, ListStatus } from '../domain/types';
import { USCC_PROBLEM_ZH, usccProblem } from '../domain/uscc';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { AppError } from './errors';

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

const bad = (message: string) => new AppError('BAD_USER_INPUT', message);

export function createEnterpriseService(deps: { db: Kysely<DB> }) {
  const { db } = deps;
  return {
    async create(viewer: Viewer, input: CreateEnterpriseCommand, requestId: string | null): Promise<EnterpriseRow> {
      requireAdmin(viewer, '登记企业');
      const uscc = input.uscc.trim().toUpperCase();
      const problem = usccProblem(uscc);
      if (problem) throw bad(`统一社会信用代码有误：${USCC_PROBLEM_ZH[problem]}`);
      const name = input.name.trim();
      if (name.length < 2 || name.length > LIMITS.name) throw bad(`企业名称应为2至${LIMITS.name}个字`);
      const address = input.address?.trim() || null;
      if (address && address.length > LIMITS.shortText) throw bad(`地址不能超过${LIMITS.shortText}个字`);
      const legalRepresentative = input.legalRepresentative?.trim() || null;
      if (legalRepresentative && legalRepresentative.length > 50) throw bad('法定代表人姓名不能超过50个字');
      const township = await db
        .selectFrom('org_unit')
        .select('id')
        .where('id', '=', input.townshipId)
        .where('kind', '=', 'TOWNSHIP')
        .executeTakeFirst();
      if (!township) throw bad('所选乡镇（街道）不存在');
      // The industry decides the regulator (DOMAIN.md): chemicals, mines and industry-and-trade go to emergency management.
      const regulator = await db
        .selectFrom('org_unit')
        .select('id')
        .where('code', '=', regulatorCodeForIndustry(input.industry))
        .executeTakeFirst();
      if (!regulator) throw new AppError('UNAVAILABLE', '该行业的监管部门尚未配置，请联系系统管理员');
      const repository = createEnterpriseRepository(db);
      if (await repository.getByUscc(uscc))
        throw new AppError('CONFLICT', `统一社会信用代码 ${uscc} 已登记，请勿重复登记`);
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
        if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505') {
          throw new AppError('CONFLICT', `统一社会信用代码 ${uscc} 已登记，请勿重复登记`);
        }
        throw error;
      }
    },
  };
}

export type EnterpriseService = ReturnType<typeof createEnterpriseService>;
