// 预警信息: at the deadline, each regulator is told which of its enterprises have not acknowledged the warning (once).
import type { Kysely } from 'kysely';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createWarningRepository } from '../db/repositories/warnings';
import type { DB } from '../db/schema';
import { WARNING_LEVEL_NAMES_ZH } from '../domain/emergency-response';

export function createWarningActivities(db: Kysely<DB>) {
  return {
    async escalateWarning(input: { warningId: number; at: string }): Promise<{ missing: number }> {
      const at = new Date(input.at);
      return db.transaction().execute(async (trx) => {
        const warnings = createWarningRepository(trx);
        const warning = await warnings.getById(input.warningId);
        if (!warning) return { missing: 0 };
        const missing = await warnings.markMissing(warning.id, at);
        const byRegulator = new Map<number, string[]>();
        for (const row of missing)
          byRegulator.set(row.regulator_id, [...(byRegulator.get(row.regulator_id) ?? []), row.name]);
        const notices = createNotificationRepository(trx);
        for (const [regulatorId, names] of byRegulator)
          await notices.send({
            kind: 'WARNING_NOT_ACKNOWLEDGED',
            title: '企业逾期未确认预警信息',
            body: `【${WARNING_LEVEL_NAMES_ZH[warning.level]}】${warning.title}：本部门监管的${names.length}家企业未按时确认收到，请立即电话通知并督促落实防范措施：${names.slice(0, 30).join('、')}${names.length > 30 ? '等' : ''}。`,
            orgUnitId: regulatorId,
            userId: null,
            subjectType: 'Warning',
            subjectId: warning.id,
            dedupeKey: `warning-${warning.id}:missing:${regulatorId}`,
            at,
          });
        return { missing: missing.length };
      });
    },
  };
}
