// 监管分工: the county office says which department leads each industry (or that its townships do, 属地管理) and
// which department answers for each co-supervision topic. Effective for new work: the register's enterprises move
// with the change in the same transaction, so campaigns launched afterwards send their tasks to the new unit, while
// open tasks and hazards stay with the unit that has them. Registry data without a process, each change audited.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSupervisionRepository } from '../db/repositories/supervision';
import type { DB } from '../db/schema';
import { isCoSupervisionTopic, SUPERVISION_REFUSALS } from '../domain/supervision-rules';
import type { Industry, SupervisionTopic } from '../domain/types';
import { requireAdmin } from './access';
import type { Viewer } from './auth';
import { badInput } from './errors';

export interface DivisionChange {
  /** The department now (null: the townships, 属地). */
  regulatorId: number | null;
  /** How many enterprises moved with it. */
  moved: number;
}

export function createSupervisionService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function department(trx: Kysely<DB>, regulatorId: number): Promise<number> {
    const [unit] = await createOrgUnitRepository(trx).ofKind([regulatorId], 'REGULATOR');
    if (!unit) throw badInput(SUPERVISION_REFUSALS.notARegulator);
    return unit.id;
  }

  return {
    /** The whole division, with how many enterprises each row covers. */
    async division() {
      const supervision = createSupervisionRepository(db);
      return { industries: await supervision.industries(), topics: await supervision.topics() };
    },

    async setIndustryRegulator(
      viewer: Viewer,
      industry: Industry,
      regulatorId: number | null,
      requestId: string | null,
    ): Promise<DivisionChange> {
      requireAdmin(viewer, '调整监管分工');
      return db.transaction().execute(async (trx) => {
        if (regulatorId !== null) await department(trx, regulatorId);
        const supervision = createSupervisionRepository(trx);
        const before = await supervision.lockIndustry(industry);
        if (before && before.regulator_id === regulatorId) throw badInput(SUPERVISION_REFUSALS.unchanged);
        const moved = await supervision.setIndustry(industry, regulatorId, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setIndustryRegulator',
          subjectType: 'Industry',
          subjectId: industry,
          requestId,
          before: { industry, regulatorId: before ? before.regulator_id : undefined },
          after: { industry, regulatorId, enterprisesMoved: moved },
        });
        return { regulatorId, moved };
      });
    },

    async setTopicRegulator(
      viewer: Viewer,
      topic: SupervisionTopic,
      regulatorId: number,
      requestId: string | null,
    ): Promise<DivisionChange> {
      requireAdmin(viewer, '调整监管分工');
      if (!isCoSupervisionTopic(topic)) throw badInput(SUPERVISION_REFUSALS.notCoSupervision);
      return db.transaction().execute(async (trx) => {
        await department(trx, regulatorId);
        const supervision = createSupervisionRepository(trx);
        const before = await supervision.lockTopic(topic);
        if (before && before.regulator_id === regulatorId) throw badInput(SUPERVISION_REFUSALS.unchanged);
        const moved = await supervision.setTopic(topic, regulatorId, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'setTopicRegulator',
          subjectType: 'SupervisionTopic',
          subjectId: topic,
          requestId,
          before: { topic, regulatorId: before ? before.regulator_id : undefined },
          after: { topic, regulatorId, enterprisesMoved: moved },
        });
        return { regulatorId, moved };
      });
    },
  };
}

export type SupervisionService = ReturnType<typeof createSupervisionService>;
