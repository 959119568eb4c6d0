// The register (企业登记): registering an enterprise, editing it, and its lifecycle — 停产 and 注销 (no new tasks; its
// open tasks and hazards stay with the units that have them), 复产. Registry data without a process, each write
// here with its audit row.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEnterpriseRepository, type EnterpriseEdit, type EnterpriseRow } from '../db/repositories/enterprises';
import { isUniqueViolation } from '../db/errors';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import { createSessionRepository } from '../db/repositories/sessions';
import { createSupervisionRepository } from '../db/repositories/supervision';
import { createUserRepository } from '../db/repositories/users';
import type { DB } from '../db/schema';
import {
  deactivationRefusal,
  ENTERPRISE_REFUSALS,
  enterpriseFieldsProblem,
  usccRegistered,
  usccSentence,
} from '../domain/enterprise-rules';
import { LIMITS } from '../domain/limits';
import {
  coSupervisionProblem,
  industryUnmapped,
  isCoSupervisionTopic,
  leadUnitOf,
  topicUnmapped,
} from '../domain/supervision-rules';
import type {
  CoSupervisionTopic,
  EnterpriseStatus,
  Grade,
  Industry,
  ListStatus,
  SupervisionTopic,
} from '../domain/types';
import { notFound, requireAdmin } from './access';
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
  /** 共同监管: the topics it also answers to a department for (特种设备, 消防, 燃气, 道路交通). */
  coSupervisionTopics?: readonly SupervisionTopic[] | null;
}

/** An edit: a field left out keeps its value; an optional text given as null or blank is cleared. */
export interface UpdateEnterpriseCommand {
  name?: string | null;
  industry?: Industry | null;
  townshipId?: number | null;
  majorHazardSource?: boolean | null;
  address?: string | null;
  legalRepresentative?: string | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
  /** The full set of co-supervision topics; left out keeps them, an empty list removes them. */
  coSupervisionTopics?: readonly SupervisionTopic[] | null;
}

export interface DeactivateEnterpriseCommand {
  status: EnterpriseStatus;
  reason: string;
  at?: Date | null;
}

const optionalText = (given: string | null | undefined, current: string | null) =>
  given === undefined ? current : given?.trim() || null;

export function createEnterpriseService(deps: { db: Kysely<DB>; now?: () => Date }) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  /** The unit that leads an enterprise of this industry in this township (监管分工, the county's data). */
  async function leadUnit(trx: Kysely<DB>, industry: Industry, townshipId: number): Promise<number> {
    const lead = leadUnitOf(await createSupervisionRepository(trx).industryOf(industry), townshipId);
    if (lead === undefined) throw badInput(industryUnmapped(industry));
    return lead;
  }

  /** The topics as a sorted set, each with a department; refuses one that is not a co-supervision topic or has none. */
  async function coSupervision(trx: Kysely<DB>, given: readonly SupervisionTopic[]): Promise<CoSupervisionTopic[]> {
    refuseBadInput(coSupervisionProblem(given));
    const topics = [...new Set(given.filter(isCoSupervisionTopic))].sort();
    const departments = await createSupervisionRepository(trx).topicDepartments(topics);
    const missing = topics.find((topic) => !departments.has(topic));
    if (missing) throw badInput(topicUnmapped(missing));
    return topics;
  }

  return {
    async create(viewer: Viewer, input: CreateEnterpriseCommand, requestId: string | null): Promise<EnterpriseRow> {
      requireAdmin(viewer, '登记企业');
      const uscc = input.uscc.trim().toUpperCase();
      refuseBadInput(usccSentence(uscc));
      const name = input.name.trim();
      const address = input.address?.trim() || null;
      const legalRepresentative = input.legalRepresentative?.trim() || null;
      refuseBadInput(enterpriseFieldsProblem({ name, address, legalRepresentative }));
      if (input.listStatus && input.listStatus !== 'NONE') throw badInput(ENTERPRISE_REFUSALS.listStatusByDecision);
      const orgUnits = createOrgUnitRepository(db);
      const [township] = await orgUnits.ofKind([input.townshipId], 'TOWNSHIP');
      if (!township) throw badInput(ENTERPRISE_REFUSALS.unknownTownship);
      const regulatorId = await leadUnit(db, input.industry, township.id);
      const topics = await coSupervision(db, input.coSupervisionTopics ?? []);
      const repository = createEnterpriseRepository(db);
      if (await repository.getByUscc(uscc)) throw new AppError('CONFLICT', usccRegistered(uscc));
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await createEnterpriseRepository(trx).create({
            uscc,
            name,
            industry: input.industry,
            township_id: township.id,
            regulator_id: regulatorId,
            major_hazard_source: input.majorHazardSource ?? false,
            grade: input.grade ?? 'FAIR',
            address,
            legal_representative: legalRepresentative,
          });
          await createSupervisionRepository(trx).replaceCoSupervisors(row.id, topics);
          await createAuditRepository(trx).record({
            actorId: viewer.id,
            action: 'createEnterprise',
            subjectType: 'Enterprise',
            subjectId: row.id,
            requestId,
            after: { ...row, coSupervisionTopics: topics },
          });
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('CONFLICT', usccRegistered(uscc));
        throw error;
      }
    },

    /**
     * Edits the registration. A move to another township or industry (and so regulator) takes effect for new work:
     * tasks and hazards already open stay with the unit that has them.
     */
    async update(
      viewer: Viewer,
      id: number,
      input: UpdateEnterpriseCommand,
      requestId: string | null,
    ): Promise<EnterpriseRow> {
      requireAdmin(viewer, '修改企业信息');
      return db.transaction().execute(async (trx) => {
        const repository = createEnterpriseRepository(trx);
        const before = await repository.getForUpdate(id);
        if (!before) throw notFound('企业');
        if (before.status === 'CLOSED') throw new AppError('CONFLICT', ENTERPRISE_REFUSALS.closedNotEditable);
        const fields = {
          name: input.name?.trim() ?? before.name,
          address: optionalText(input.address, before.address),
          legalRepresentative: optionalText(input.legalRepresentative, before.legal_representative),
          contactPerson: optionalText(input.contactPerson, before.contact_person),
          contactPhone: optionalText(input.contactPhone, before.contact_phone),
        };
        refuseBadInput(enterpriseFieldsProblem(fields));
        const orgUnits = createOrgUnitRepository(trx);
        let townshipId = before.township_id;
        if (input.townshipId != null && input.townshipId !== before.township_id) {
          const [township] = await orgUnits.ofKind([input.townshipId], 'TOWNSHIP');
          if (!township) throw badInput(ENTERPRISE_REFUSALS.unknownTownship);
          townshipId = township.id;
        }
        const industry = input.industry ?? before.industry;
        // The lead follows the division for a new industry or township (a 属地 industry's lead is its township).
        const regulatorId =
          industry === before.industry && townshipId === before.township_id
            ? before.regulator_id
            : await leadUnit(trx, industry, townshipId);
        const next: Required<EnterpriseEdit> = {
          name: fields.name,
          industry,
          township_id: townshipId,
          regulator_id: regulatorId,
          major_hazard_source: input.majorHazardSource ?? before.major_hazard_source,
          address: fields.address,
          legal_representative: fields.legalRepresentative,
          contact_person: fields.contactPerson,
          contact_phone: fields.contactPhone,
        };
        const edit: EnterpriseEdit = {};
        const was: Record<string, unknown> = {};
        for (const key of Object.keys(next) as (keyof EnterpriseEdit)[]) {
          if (next[key] === before[key]) continue;
          Object.assign(edit, { [key]: next[key] });
          was[key] = before[key];
        }
        const supervision = createSupervisionRepository(trx);
        const topicsBefore = (await supervision.coSupervisorsOf([id])).map((c) => c.topic);
        const topics = input.coSupervisionTopics == null ? null : await coSupervision(trx, input.coSupervisionTopics);
        const after: Record<string, unknown> = { ...edit };
        if (topics !== null && topics.join() !== topicsBefore.join()) {
          was.coSupervisionTopics = topicsBefore;
          after.coSupervisionTopics = topics;
          await supervision.replaceCoSupervisors(id, topics);
        }
        if (Object.keys(after).length === 0) throw badInput(ENTERPRISE_REFUSALS.nothingToChange);
        const row = await repository.update(id, edit, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'updateEnterprise',
          subjectType: 'Enterprise',
          subjectId: id,
          requestId,
          before: was,
          after,
        });
        return row;
      });
    },

    /**
     * 停产 or 注销: the enterprise gets no new tasks from then on; its open tasks and hazards stay open. A closed
     * (注销) enterprise's accounts are stopped and their sessions end; a suspended one's stay (it still rectifies).
     */
    async deactivate(
      viewer: Viewer,
      id: number,
      input: DeactivateEnterpriseCommand,
      requestId: string | null,
    ): Promise<EnterpriseRow> {
      requireAdmin(viewer, '停产或注销企业');
      const reason = input.reason.trim();
      if (!reason) throw badInput(ENTERPRISE_REFUSALS.reasonRequired);
      if (reason.length > LIMITS.reason) throw badInput(ENTERPRISE_REFUSALS.reasonTooLong);
      const at = now();
      const since = input.at ?? at;
      return db.transaction().execute(async (trx) => {
        const repository = createEnterpriseRepository(trx);
        const before = await repository.getForUpdate(id);
        if (!before) throw notFound('企业');
        const refusal = deactivationRefusal(before.status, input.status, since, at);
        if (refusal) throw refusal.conflict ? new AppError('CONFLICT', refusal.message) : badInput(refusal.message);
        const row = await repository.setStatus(id, { status: input.status, at: since, reason }, at);
        const audit = createAuditRepository(trx);
        if (input.status === 'CLOSED') {
          const stopped = await createUserRepository(trx).deactivateOfEnterprise(id);
          await createSessionRepository(trx).invalidateAllForUsers(stopped, at);
          await audit.recordMany(
            stopped.map((userId) => ({
              actorId: viewer.id,
              action: 'deactivateUser' as const,
              subjectType: 'User',
              subjectId: userId,
              requestId,
              before: { disabled: false },
              after: { disabled: true, reason: `企业注销：${reason}` },
            })),
          );
        }
        await audit.record({
          actorId: viewer.id,
          action: 'deactivateEnterprise',
          subjectType: 'Enterprise',
          subjectId: id,
          requestId,
          before: { status: before.status },
          after: { status: input.status, statusChangedAt: since.toISOString(), reason },
        });
        return row;
      });
    },

    /** 复产: a suspended enterprise is in business again and in the scope of new campaigns. */
    async resume(viewer: Viewer, id: number, requestId: string | null): Promise<EnterpriseRow> {
      requireAdmin(viewer, '企业复产');
      return db.transaction().execute(async (trx) => {
        const repository = createEnterpriseRepository(trx);
        const before = await repository.getForUpdate(id);
        if (!before) throw notFound('企业');
        if (before.status !== 'SUSPENDED') throw new AppError('CONFLICT', ENTERPRISE_REFUSALS.resumeOnlySuspended);
        const row = await repository.setStatus(id, { status: 'OPERATING', at: null, reason: null }, now());
        await createAuditRepository(trx).record({
          actorId: viewer.id,
          action: 'resumeEnterprise',
          subjectType: 'Enterprise',
          subjectId: id,
          requestId,
          before: { status: before.status, reason: before.status_reason },
          after: { status: 'OPERATING' },
        });
        return row;
      });
    },
  };
}

export type EnterpriseService = ReturnType<typeof createEnterpriseService>;
