// Side effects of 回头看: the month's draw with its items and VERIFY tasks (once per month), and the units told.
import type { Kysely } from 'kysely';
import { createAuditRepository } from '../db/repositories/audit';
import { createHolidayRepository } from '../db/repositories/holidays';
import { createLookBackRepository } from '../db/repositories/look-backs';
import { createNotificationRepository } from '../db/repositories/notifications';
import { createOrgUnitRepository } from '../db/repositories/org-units';
import type { DB } from '../db/schema';
import { calendarOf } from '../domain/calendar';
import type { HolidayYear } from '../domain/holidays';
import {
  drawLookBack,
  lookBackAssignee,
  lookBackDueAt,
  lookBackPeriod,
  lookBackSeed,
  monthFrom,
  monthLabel,
} from '../domain/look-back';
import { lookBackNotices } from '../domain/notices';
import { badInput } from './failures';

export interface OpenedLookBack {
  lookBackId: number;
  /** False when this month was drawn before: the same tasks, nothing new written. */
  created: boolean;
  population: number;
  tasks: { taskId: number; dueAt: string }[];
  /** The calendar the tasks count with (the years in use at the draw). */
  calendar: HolidayYear[];
}

export function createLookBackActivities(db: Kysely<DB>) {
  return {
    /**
     * Draws the month (the month before `at` unless `periodStart` names one) in one transaction: the draw, its items,
     * their VERIFY tasks, the units' notices and the audit row. A second run for the same month returns the first.
     */
    async openLookBack(input: {
      periodStart?: string | null;
      at: string;
      requestedBy?: number | null;
      requestId?: string | null;
    }): Promise<OpenedLookBack> {
      const at = new Date(input.at);
      const period = input.periodStart ? monthFrom(new Date(input.periodStart)) : lookBackPeriod(at);
      if (!period) throw badInput(`回头看的月份应从某月 1 日 0 时开始：${input.periodStart}`);
      const calendar = await createHolidayRepository(db).yearsInUse(at);
      return db.transaction().execute(async (trx) => {
        const lookBacks = createLookBackRepository(trx);
        const existing = await lookBacks.byPeriod(period.start);
        if (existing) {
          const tasks = await lookBacks.tasksOf(existing.id);
          return {
            lookBackId: existing.id,
            created: false,
            population: existing.population,
            tasks: tasks.map((t) => ({ taskId: t.taskId, dueAt: t.dueAt.toISOString() })),
            calendar,
          };
        }
        const rule = await lookBacks.currentRule();
        const seed = lookBackSeed(period.start);
        const closed = await lookBacks.closedIn(period.start, period.end);
        const drawn = new Set(
          drawLookBack(
            closed.map((h) => h.id),
            rule.ratio,
            seed,
          ),
        );
        const draw = await lookBacks.insertDraw({
          periodStart: period.start,
          periodEnd: period.end,
          rule,
          seed,
          population: closed.length,
          drawn: drawn.size,
          at,
          requestedBy: input.requestedBy ?? null,
        });
        const comprehensiveId =
          (await createOrgUnitRepository(trx).getByCode('emergency'))?.id ??
          (await createOrgUnitRepository(trx).countyOffice()).id;
        const items = closed
          .filter((h) => drawn.has(h.id))
          .map((h) => ({
            ...h,
            assignee_org_id: lookBackAssignee({
              closingOrgId: h.closing_org_id,
              townshipId: h.township_id,
              regulatorId: h.regulator_id,
              comprehensiveId,
            }),
          }));
        const dueAt = lookBackDueAt(at, rule, calendarOf(calendar));
        const tasks = await lookBacks.insertItems(draw.id, items, dueAt);
        const perUnit = new Map<number, number>();
        for (const item of items) perUnit.set(item.assignee_org_id, (perUnit.get(item.assignee_org_id) ?? 0) + 1);
        const notifications = createNotificationRepository(trx);
        for (const [orgUnitId, count] of perUnit) {
          await notifications.send({
            ...lookBackNotices.assigned({ month: monthLabel(period.start), count, due_at: dueAt }),
            orgUnitId,
            userId: null,
            subjectType: 'LookBack',
            subjectId: draw.id,
            dedupeKey: `look-back-${draw.id}:assigned:${orgUnitId}`,
            at,
          });
        }
        await createAuditRepository(trx).record({
          actorId: input.requestedBy ?? null,
          action: 'runLookBack',
          subjectType: 'LookBack',
          subjectId: draw.id,
          requestId: input.requestId ?? null,
          before: null,
          after: {
            month: monthLabel(period.start),
            ratio: rule.ratio,
            seed,
            population: closed.length,
            drawn: drawn.size,
          },
          at: input.at,
        });
        return {
          lookBackId: draw.id,
          created: true,
          population: closed.length,
          tasks: tasks.map((t) => ({ taskId: t.taskId, dueAt: t.dueAt.toISOString() })),
          calendar,
        };
      });
    },
  };
}

export type LookBackActivities = ReturnType<typeof createLookBackActivities>;
