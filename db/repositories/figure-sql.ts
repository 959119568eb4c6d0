// Each county figure (domain/figures.ts) as a condition on one base row — task `t`, hazard `h` — written once and
// used by both counting queries: the campaign figures (figures.ts: progress and period reports) and the live part
// of the leader's dashboard (dashboard.ts: partial days and what is not yet due; its whole days are the daily
// rollups of migration 0004, which the triggers keep equal to these definitions, see tests/db/daily-figures.test.ts).
//
// A state is "as of" an instant. 'now' reads the row's status, which is what the rollups hold; an instant in the
// past (a report's period end) reads the timestamps the lifecycle writes (closed_at, done_at, cancelled_at).
import { sql, type RawBuilder } from 'kysely';

export type AsOf = Date | 'now';

type Condition = RawBuilder<unknown>;

/** 销号: the hazard was closed by then. */
export const hazardClosed = (asOf: AsOf): Condition =>
  asOf === 'now' ? sql`h.status = 'CLOSED'` : sql`(h.closed_at is not null and h.closed_at < ${asOf})`;

/** Not yet closed then. */
export const hazardOpen = (asOf: AsOf): Condition => sql`not ${hazardClosed(asOf)}`;

/** 重大事故隐患. */
export const hazardMajor: Condition = sql`h.level = 'MAJOR'`;

/** A major hazard not yet closed (under listed supervision, 挂牌督办). */
export const majorHazardOpen = (asOf: AsOf): Condition => sql`(${hazardMajor} and ${hazardOpen(asOf)})`;

/** Open and not yet due: the part of the open hazards that is not overdue (`at` is the instant compared with). */
export const hazardNotDue = (asOf: AsOf, at: Date): Condition => sql`(${hazardOpen(asOf)} and h.rectify_by >= ${at})`;

/** Open past its rectify-by time. */
export const hazardOverdue = (asOf: AsOf, at: Date): Condition => sql`(${hazardOpen(asOf)} and h.rectify_by < ${at})`;

/** 企业自查 found it. */
export const hazardSelfFound: Condition = sql`h.source = 'SELF_CHECK'`;

/** Its latest rectification report was the enterprise's own; or a regulator's on its behalf (代报). */
export const rectifiedByEnterprise: Condition = sql`h.reported_on_behalf = false`;
export const rectifiedOnBehalf: Condition = sql`h.reported_on_behalf = true`;

/** 待销号审核 as it stands (a state of now; reports leave it out, like the open major hazards). */
export const hazardAwaitingSignOff: Condition = sql`h.status = 'PENDING_SIGN_OFF'`;

/** An enterprise's self-check task, not an inspection. */
export const selfCheckTask: Condition = sql`t.kind = 'SELF_CHECK'`;
export const inspectionTask: Condition = sql`t.kind <> 'SELF_CHECK'`;

/** A task counts once dispatched, until it is cancelled. */
export const taskCounted = (asOf: AsOf): Condition =>
  asOf === 'now' ? sql`t.status <> 'CANCELLED'` : sql`(t.cancelled_at is null or t.cancelled_at >= ${asOf})`;

/** Done by then. */
export const taskDone = (asOf: AsOf): Condition =>
  asOf === 'now' ? sql`t.status = 'DONE'` : sql`(t.done_at is not null and t.done_at < ${asOf})`;

/** Still open then: counted and not done. */
export const taskOpen = (asOf: AsOf): Condition =>
  asOf === 'now' ? sql`t.status = 'OPEN'` : sql`(${taskCounted(asOf)} and not ${taskDone(asOf)})`;

/** Open and not yet due. */
export const taskNotDue = (asOf: AsOf, at: Date): Condition => sql`(${taskOpen(asOf)} and t.due_at >= ${at})`;

/** Open past its due time. */
export const taskOverdue = (asOf: AsOf, at: Date): Condition => sql`(${taskOpen(asOf)} and t.due_at < ${at})`;

/** 1 where the condition holds, else 0: a figure column of a source that is summed. */
export const oneIf = (condition: Condition): RawBuilder<number> => sql<number>`(${condition})::int`;
