// The steps of the demo county's past, each written by the activity (or the repository call) that writes it when
// it happens for real, at the time it happened: an inspection with its findings, an escalation rung and its
// acknowledgement, a rectification report, a verification, a sign-off. So the read model of the past is the one the
// workflows would have written: rows, hazard events, escalations, notices and audit rows, dated.
import type { Kysely } from 'kysely';
import { createHazardActivities } from '../../../activities/hazards';
import { createTaskActivities } from '../../../activities/tasks';
import { createAuditRepository } from '../../../db/repositories/audit';
import { createEscalationRepository } from '../../../db/repositories/escalations';
import type { DB } from '../../../db/schema';
import type { EscalationLevel, HazardLevel } from '../../../domain/types';
import type { FindingInput } from '../../../workflows/messages';

/** Who acts in the demo county: logins by name, enterprise accounts by enterprise. */
export interface People {
  admin: number;
  leader: number;
  staffOf: Map<number, number>;
  headOf: Map<number, number>;
  accountOf: Map<number, number>;
}

export async function peopleOf(db: Kysely<DB>): Promise<People> {
  const users = await db
    .selectFrom('app_user')
    .select(['id', 'username', 'role', 'org_unit_id', 'enterprise_id'])
    .orderBy('id')
    .execute();
  const byName = new Map(users.map((u) => [u.username, u.id]));
  const first = (role: string) =>
    new Map(
      users
        .filter((u) => u.role === role && u.org_unit_id !== null)
        .reverse()
        .map((u) => [u.org_unit_id ?? 0, u.id]),
    );
  const admin = byName.get('admin');
  const leader = byName.get('leader');
  if (admin === undefined || leader === undefined) throw new Error('the demo history needs the demo logins');
  const staff = new Map([...first('TOWNSHIP_STAFF'), ...first('REGULATOR_STAFF')]);
  const heads = new Map([...first('TOWNSHIP_HEAD'), ...first('REGULATOR_HEAD')]);
  const accounts = new Map(
    users.filter((u) => u.role === 'ENTERPRISE' && u.enterprise_id !== null).map((u) => [u.enterprise_id ?? 0, u.id]),
  );
  return { admin, leader, staffOf: staff, headOf: heads, accountOf: accounts };
}

const iso = (at: Date) => at.toISOString();

export function createHistorySteps(db: Kysely<DB>, people: People) {
  const tasks = createTaskActivities(db);
  const hazards = createHazardActivities(db);

  /** Who acknowledges a rung: the addressed unit's head, the office's admin, or the leader addressed. */
  async function acknowledger(rungKey: string) {
    const row = await db
      .selectFrom('escalation')
      .select(['id', 'level', 'addressee_org_id', 'addressee_user_id'])
      .where('rung_key', '=', rungKey)
      .executeTakeFirst();
    if (!row) return null;
    if (row.level === 'COUNTY_LEADER') return { id: row.id, by: row.addressee_user_id ?? people.leader };
    if (row.level === 'COUNTY_OFFICE') return { id: row.id, by: people.admin };
    const head = people.headOf.get(row.addressee_org_id);
    return head === undefined ? null : { id: row.id, by: head };
  }

  return {
    async inspect(input: {
      taskId: number;
      unitId: number;
      at: Date;
      inspectors: number;
      findings: FindingInput[];
    }): Promise<{ id: number; level: HazardLevel; foundAt: string; rectifyBy: string }[]> {
      const actorId = people.staffOf.get(input.unitId) ?? people.admin;
      const recorded = await tasks.recordInspection({
        taskId: input.taskId,
        updateId: `demo:inspect:${input.taskId}`,
        submission: {
          actorId,
          requestId: null,
          inspectedAt: iso(input.at),
          inspectorCount: input.inspectors,
          notes:
            input.findings.length === 0
              ? '现场检查未发现问题'
              : `现场检查发现问题${input.findings.length}项，已下达整改通知`,
          findings: input.findings,
        },
        at: iso(input.at),
      });
      return recorded.hazards;
    },

    /** One rung of a task's ladder; acknowledged by its addressee when `ackAt` is given. */
    async escalateTask(taskId: number, key: string, level: EscalationLevel, at: Date, ackAt: Date | null) {
      const rungKey = `task-${taskId}:${key}`;
      await tasks.raiseTaskEscalation({ taskId, rungKey, level, at: iso(at) });
      if (ackAt) await this.acknowledge(rungKey, ackAt);
    },

    async escalateHazard(hazardId: number, key: string, level: EscalationLevel, at: Date, ackAt: Date | null) {
      const rungKey = `hazard-${hazardId}:${key}`;
      await hazards.raiseHazardEscalation({ hazardId, rungKey, level, listed: key === 'listed', at: iso(at) });
      if (ackAt) await this.acknowledge(rungKey, ackAt);
    },

    async acknowledge(rungKey: string, at: Date): Promise<void> {
      const who = await acknowledger(rungKey);
      if (!who) return;
      await db.transaction().execute(async (trx) => {
        if (!(await createEscalationRepository(trx).acknowledge(who.id, who.by, '已签收，正在督促整改', at))) return;
        await createAuditRepository(trx).record({
          actorId: who.by,
          action: 'acknowledgeEscalation',
          subjectType: 'Escalation',
          subjectId: who.id,
          before: { status: 'OPEN' },
          after: { status: 'ACKNOWLEDGED', comment: '已签收，正在督促整改' },
          at,
        });
      });
    },

    /** The enterprise's own report when it has an account, else its unit's head on its behalf (代报). */
    report(
      hazard: { id: number; enterpriseId: number; unitId: number; major: boolean },
      cycle: number,
      at: Date,
      measures: string,
    ) {
      const account = people.accountOf.get(hazard.enterpriseId);
      const actorId = account ?? people.headOf.get(hazard.unitId) ?? people.admin;
      return hazards.recordRectificationReport({
        hazardId: hazard.id,
        updateId: `demo:report:${hazard.id}:${cycle}`,
        actorId,
        requestId: null,
        at: iso(at),
        measures,
        onBehalf: account === undefined,
        ...(hazard.major
          ? {
              fiveItems: {
                responsible: '企业主要负责人',
                funds: 50_000 + ((hazard.id * 7919) % 20) * 5_000,
                completedAt: iso(at),
                contingencyPlan: '整改期间停用相关装置，设专人监护，配备应急器材',
              },
            }
          : {}),
      });
    },

    verify(
      hazard: { id: number; unitId: number; major: boolean },
      cycle: number,
      at: Date,
      rejection: { comment: string; newRectifyBy: Date } | null,
    ) {
      return hazards.recordVerification({
        hazardId: hazard.id,
        updateId: `demo:verify:${hazard.id}:${cycle}`,
        actorId: people.staffOf.get(hazard.unitId) ?? people.admin,
        requestId: null,
        at: iso(at),
        passed: rejection === null,
        signOff: hazard.major,
        comment: rejection?.comment ?? '现场核查，整改到位',
        newRectifyBy: rejection ? iso(rejection.newRectifyBy) : null,
      });
    },

    async signOff(hazardId: number, at: Date): Promise<void> {
      await hazards.recordSignOff({
        hazardId,
        updateId: `demo:sign-off:${hazardId}`,
        actorId: people.admin,
        requestId: null,
        at: iso(at),
        approved: true,
        comment: '经审核，整改到位，同意销号',
        newRectifyBy: null,
      });
    },

    closedNotice: (hazardId: number, at: Date) => hazards.sendHazardClosedNotice({ hazardId, at: iso(at) }),
  };
}

export type HistorySteps = ReturnType<typeof createHistorySteps>;
