// Side effects of an emergency response (应急响应): the chain notified for an epoch (two statements whatever its size),
// the rungs of missing acknowledgements, the townships' situation reports reminded and escalated, a level change and
// the end with its summary — each write keyed so a retried activity changes nothing twice.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createEmergencyResponseRepository } from '../db/repositories/emergency-responses';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import {
  composeResponseSummary,
  postNotice,
  RESPONSE_KIND_NAMES_ZH,
  RESPONSE_LEVEL_NAMES_ZH,
  RESPONSE_REFUSALS,
  type ResponseLevel,
} from '../domain/emergency-response';
import { formatShanghaiDateTime } from '../domain/reports';
import { conflict, missingRow } from './failures';

const MARK = '\u0000';

export function createEmergencyResponseActivities(db: Kysely<DB>, options: { publicUrl?: string } = {}) {
  const responses = createEmergencyResponseRepository(db);

  async function load(responseId: number) {
    const row = await responses.getById(responseId);
    if (row) return row;
    // The activation starts the workflow inside the transaction that writes the row.
    throw missingRow(
      'RESPONSE_NOT_YET_COMMITTED',
      `应急响应 ${responseId} 尚未写入，稍后重试`,
      `应急响应 ${responseId} 不存在`,
    );
  }

  return {
    /** Every link of the townships in scope: its acknowledgement row for the epoch, its notice and outbox rows. */
    async notifyResponseChain(input: {
      responseId: number;
      epoch: number;
      level: ResponseLevel;
      changed: boolean;
      at: string;
      dueAt: string;
    }): Promise<{ notified: number }> {
      const response = await load(input.responseId);
      // The wording is the domain's; the target's name goes where the mark is, link by link, in SQL.
      const notice = postNotice({
        kind: response.kind,
        level: input.level,
        instructions: response.instructions,
        targetName: MARK,
        dueAt: new Date(input.dueAt),
        changed: input.changed,
      });
      const [before, after] = notice.body.split(MARK) as [string, string];
      const notified = await responses.notifyEpoch({
        responseId: input.responseId,
        epoch: input.epoch,
        at: new Date(input.at),
        dueAt: new Date(input.dueAt),
        notice: { kind: 'DUTY_POST', title: notice.title, before, after, linkPrefix: options.publicUrl ?? '' },
      });
      return { notified };
    },

    /** At the deadline, each missing link's link above (once); one window later, the county office (once). */
    async escalateMissingAcknowledgements(input: {
      responseId: number;
      epoch: number;
      rung: 'up' | 'office';
      at: string;
    }): Promise<{ raised: number }> {
      const response = await load(input.responseId);
      if (response.status !== 'ACTIVE' || response.epoch !== input.epoch) return { raised: 0 };
      const officeId = (await createOrgUnitRepository(db).countyOffice()).id;
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const repo = createEmergencyResponseRepository(trx);
        if (input.rung === 'up')
          return { raised: await repo.escalateUp({ responseId: input.responseId, epoch: input.epoch, at, officeId }) };
        const name = `${RESPONSE_KIND_NAMES_ZH[response.kind]}${RESPONSE_LEVEL_NAMES_ZH[response.level]}应急响应`;
        return {
          raised: await repo.escalateToOffice({
            responseId: input.responseId,
            epoch: input.epoch,
            at,
            officeId,
            title: `${name}：${'包保责任人'}逾期未确认到岗`,
            body: (names, total) =>
              `${name}中仍有${total}名包保责任人逾期未确认到岗到位（已通报其上一级责任人），请县安委办直接调度：${names.join('、')}${total > names.length ? '等' : ''}。`,
          }),
        };
      });
    },

    /** A quarter period before a report is due: the townships in scope that have not reported for it yet. */
    async remindSituationReports(input: { responseId: number; dueAt: string; at: string }): Promise<void> {
      const response = await load(input.responseId);
      if (response.status !== 'ACTIVE') return;
      const dueAt = new Date(input.dueAt);
      const missing = await responses.townshipsWithoutReport(response.id, response.township_ids, dueAt);
      const notices = createNotificationRepository(db);
      const name = `${RESPONSE_KIND_NAMES_ZH[response.kind]}${RESPONSE_LEVEL_NAMES_ZH[response.level]}应急响应`;
      for (const townshipId of missing)
        await notices.send({
          kind: 'SITUATION_REPORT_DUE',
          title: '请按时报送情况报告',
          body: `${name}期间，请于${formatShanghaiDateTime(dueAt)}前报送本乡镇（街道）的雨情、汛情、转移群众、险情和损失情况。`,
          orgUnitId: townshipId,
          userId: null,
          subjectType: 'EmergencyResponse',
          subjectId: response.id,
          dedupeKey: `response-${response.id}:report:${dueAt.getTime()}:${townshipId}:remind`,
          at: new Date(input.at),
        });
    },

    /** At the due time: each township still without a report is recorded as missed, its county leader and the office told. */
    async escalateSituationReports(input: {
      responseId: number;
      dueAt: string;
      at: string;
    }): Promise<{ missed: number }> {
      const response = await load(input.responseId);
      if (response.status !== 'ACTIVE') return { missed: 0 };
      const dueAt = new Date(input.dueAt);
      const at = new Date(input.at);
      const missing = await responses.townshipsWithoutReport(response.id, response.township_ids, dueAt);
      if (missing.length === 0) return { missed: 0 };
      const units = await createOrgUnitRepository(db).getByIds(missing);
      const nameOf = new Map(units.map((u) => [u.id, u.name]));
      const officeId = (await createOrgUnitRepository(db).countyOffice()).id;
      return db.transaction().execute(async (trx) => {
        const repo = createEmergencyResponseRepository(trx);
        await repo.recordMisses(response.id, missing, dueAt, at);
        const leaders = await repo.countyLinksOf(missing);
        const notices = createNotificationRepository(trx);
        const when = formatShanghaiDateTime(dueAt);
        for (const leader of leaders)
          await notices.send({
            kind: 'SITUATION_REPORT_MISSED',
            title: '包保乡镇逾期未报送情况报告',
            body: `您包保的${nameOf.get(leader.township_id) ?? ''}未在${when}前报送应急响应情况报告，请督促立即报送。`,
            orgUnitId: null,
            userId: leader.user_id,
            phone: leader.phone,
            subjectType: 'EmergencyResponse',
            subjectId: response.id,
            dedupeKey: `response-${response.id}:report:${dueAt.getTime()}:${leader.township_id}:leader:${leader.id}`,
            at,
          });
        await notices.send({
          kind: 'SITUATION_REPORT_MISSED',
          title: '乡镇（街道）逾期未报送情况报告',
          body: `${missing.map((id) => nameOf.get(id) ?? '').join('、')}未在${when}前报送应急响应情况报告，已通报包保县领导。`,
          orgUnitId: officeId,
          userId: null,
          subjectType: 'EmergencyResponse',
          subjectId: response.id,
          dedupeKey: `response-${response.id}:report:${dueAt.getTime()}:office`,
          at,
        });
        return { missed: missing.length };
      });
    },

    /** A level change: the new epoch's row, the response's level, the audit row; once per epoch. */
    async recordResponseLevelChange(input: {
      responseId: number;
      epoch: number;
      from: ResponseLevel;
      to: ResponseLevel;
      reason: string;
      actorId: number;
      requestId: string | null;
      at: string;
    }): Promise<{ epoch: number }> {
      return db.transaction().execute(async (trx) => {
        const repo = createEmergencyResponseRepository(trx);
        const response = await repo.lock(input.responseId);
        if (!response) throw conflict(`应急响应 ${input.responseId} 不存在`);
        if (response.epoch >= input.epoch) return { epoch: response.epoch };
        if (response.status !== 'ACTIVE') throw conflict(RESPONSE_REFUSALS.ended);
        await repo.recordLevelChange({
          responseId: input.responseId,
          epoch: input.epoch,
          from: input.from,
          to: input.to,
          reason: input.reason,
          changedBy: input.actorId,
          at: new Date(input.at),
        });
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'changeResponseLevel',
          subjectType: 'EmergencyResponse',
          subjectId: input.responseId,
          requestId: input.requestId,
          before: { level: input.from, epoch: input.epoch - 1 },
          after: { level: input.to, epoch: input.epoch, reason: input.reason },
          at: input.at,
        });
        return { epoch: input.epoch };
      });
    },

    /** The end: the summary composed from what happened, the response ENDED, the audit row; once. */
    async finishResponse(input: {
      responseId: number;
      reason: string;
      actorId: number;
      requestId: string | null;
      updateId: string;
      at: string;
    }): Promise<{ summary: string }> {
      return db.transaction().execute(async (trx) => {
        const repo = createEmergencyResponseRepository(trx);
        const response = await repo.lock(input.responseId);
        if (!response) throw conflict(`应急响应 ${input.responseId} 不存在`);
        if (response.status === 'ENDED') return { summary: response.summary ?? '' };
        const at = new Date(input.at);
        const changes = await repo.levelChanges(response.id);
        const townships = await createOrgUnitRepository(trx).getByIds(response.township_ids);
        const acks = await repo.acknowledgementsForSummary(response.id);
        // Each level period: the level it asked at, from when, who confirmed in time, late, or never.
        const levelOf = (epoch: number) =>
          epoch === 1
            ? (changes[0]?.from_level ?? response.level)
            : (changes.find((c) => c.epoch === epoch)?.to_level ?? response.level);
        const fromOf = (epoch: number) =>
          epoch === 1
            ? response.activated_at
            : (changes.find((c) => c.epoch === epoch)?.changed_at ?? response.activated_at);
        const epochs = [...new Set(acks.map((a) => a.epoch))].map((epoch) => {
          const rows = acks.filter((a) => a.epoch === epoch);
          return {
            level: levelOf(epoch),
            from: fromOf(epoch),
            links: rows.length,
            acknowledged: rows.filter((l) => l.acknowledged_at !== null).length,
            onTime: rows.filter((l) => l.acknowledged_at !== null && l.acknowledged_at <= l.due_at).length,
            late: rows
              .filter((l) => (l.acknowledged_at === null ? l.due_at <= at : l.acknowledged_at > l.due_at))
              .map((l) => ({
                name: l.person_name,
                township: l.township_name,
                target: l.target_name,
                minutesLate:
                  l.acknowledged_at === null
                    ? null
                    : Math.ceil((l.acknowledged_at.getTime() - l.due_at.getTime()) / 60_000),
              })),
          };
        });
        const reports = await repo.reports(response.id, null);
        const rainfall = reports.map((r) => (r.rainfall_mm === null ? null : Number(r.rainfall_mm)));
        const measured = rainfall.filter((r): r is number => r !== null);
        const summary = composeResponseSummary({
          kind: response.kind,
          levels: [
            {
              level: changes[0]?.from_level ?? response.level,
              at: response.activated_at,
              reason: response.reason,
            },
            ...changes.map((c) => ({ level: c.to_level, at: c.changed_at, reason: c.reason })),
          ],
          townships: response.township_ids.map((id) => townships.find((t) => t.id === id)?.name ?? String(id)),
          activatedAt: response.activated_at,
          endedAt: at,
          endReason: input.reason,
          epochs,
          reports: reports.length,
          missedReports: await repo.missCount(response.id),
          rainfallMaxMm: measured.length > 0 ? Math.max(...measured) : null,
          peopleMoved: reports.reduce((n, r) => n + r.people_moved, 0),
          dangersFound: reports.reduce((n, r) => n + r.dangers_found, 0),
          losses: reports.flatMap((r) => (r.losses ? [r.losses] : [])),
        });
        await repo.recordEnd({ responseId: response.id, endedBy: input.actorId, at, reason: input.reason, summary });
        await createAuditRepository(trx).record({
          actorId: input.actorId,
          action: 'endResponse',
          subjectType: 'EmergencyResponse',
          subjectId: response.id,
          requestId: input.requestId,
          before: { status: 'ACTIVE', level: response.level },
          after: { status: 'ENDED', reason: input.reason },
          at: input.at,
        });
        return { summary };
      });
    },
  };
}
