// The county's figures (DOMAIN.md: 检查企业家次, 发现/整改隐患, 整改率 …): one definition of each and of the
// rectification rate with its clamp, for campaign progress, period reports and the leader's dashboard alike; and
// whose figures each role is shown in them.
import type { Role } from './types';

/** Counted over inspection tasks: dispatched (cancelled ones left out), done, open past their due time. */
export const TASK_FIGURES = ['tasksTotal', 'tasksDone', 'tasksOverdue'] as const;
/** Counted over the enterprises' self-check tasks (企业自查): asked (cancelled ones left out), submitted. */
export const SELF_CHECK_FIGURES = ['selfChecksDue', 'selfChecksDone'] as const;
/** Counted over inspections: inspections, people sent (检查组人数之和), distinct enterprises inspected. */
export const INSPECTION_FIGURES = ['inspections', 'inspectorsDispatched', 'enterprisesInspected'] as const;
/**
 * Counted over the hazards found in a window, in their state as of an instant: found, closed (销号) of those, major,
 * major still open (under listed supervision, 挂牌督办), and open past their rectify-by time.
 */
export const HAZARD_FIGURES = [
  'hazardsFound',
  'hazardsClosed',
  'majorHazards',
  'majorHazardsOpen',
  'overdueHazards',
  /** Found by the enterprise's own self-check (the rest by inspectors, or tips). */
  'hazardsSelfFound',
  /** Whose latest rectification report the enterprise made itself, or a regulator on its behalf (代报). */
  'rectificationsByEnterprise',
  'rectificationsOnBehalf',
  /** Verified by the regulator, waiting for the county office's sign-off (待销号审核). */
  'majorHazardsAwaitingSignOff',
] as const;

export type FigureName =
  | (typeof TASK_FIGURES)[number]
  | (typeof SELF_CHECK_FIGURES)[number]
  | (typeof INSPECTION_FIGURES)[number]
  | (typeof HAZARD_FIGURES)[number];

export type Counts = Record<FigureName, number>;

/** Every figure, and the rates derived from them: rectification (整改率) and self-check (自查率). */
export interface Figures extends Counts {
  rectificationRate: number;
  /** Null when no self-check was asked. */
  selfCheckRate: number | null;
}

export const FIGURE_NAMES: readonly FigureName[] = [
  ...TASK_FIGURES,
  ...SELF_CHECK_FIGURES,
  ...INSPECTION_FIGURES,
  ...HAZARD_FIGURES,
];

export const emptyCounts = (): Counts => ({
  tasksTotal: 0,
  tasksDone: 0,
  tasksOverdue: 0,
  selfChecksDue: 0,
  selfChecksDone: 0,
  inspections: 0,
  inspectorsDispatched: 0,
  enterprisesInspected: 0,
  hazardsFound: 0,
  hazardsClosed: 0,
  majorHazards: 0,
  majorHazardsOpen: 0,
  overdueHazards: 0,
  hazardsSelfFound: 0,
  rectificationsByEnterprise: 0,
  rectificationsOnBehalf: 0,
  majorHazardsAwaitingSignOff: 0,
});

/**
 * 整改率: closed ÷ found, to four places; 1 when nothing was found. Every view counts "closed" among the hazards it
 * counts as found (those found in its window, in their state as of its instant), so closed ≤ found; the cap is
 * kept as a guard, since a rate above 100 % says nothing.
 */
export function rectificationRate(found: number, closed: number): number {
  if (!Number.isSafeInteger(found) || !Number.isSafeInteger(closed) || found < 0 || closed < 0) {
    throw new RangeError(`Hazard counts must be non-negative integers, got found=${found}, closed=${closed}`);
  }
  if (found === 0) return 1;
  return Math.round((Math.min(closed, found) / found) * 10_000) / 10_000;
}

/** 自查率: self-checks submitted ÷ asked, to four places; null when none was asked (no stage, no rate). */
export function selfCheckRate(due: number, done: number): number | null {
  if (due <= 0) return null;
  return Math.round((Math.min(done, due) / due) * 10_000) / 10_000;
}

/** The counts with their rates. */
export const withRate = <T extends Counts>(f: T): T & Pick<Figures, 'rectificationRate' | 'selfCheckRate'> => ({
  ...f,
  rectificationRate: rectificationRate(f.hazardsFound, f.hazardsClosed),
  selfCheckRate: selfCheckRate(f.selfChecksDue, f.selfChecksDone),
});

/**
 * Whose figures a role is shown by every aggregate (campaign progress, reports, the dashboard): `county`, the whole
 * county's totals and every unit's row; `own`, only what the viewer's row scope reads (a regulator its own work, a
 * township the work at its enterprises), in its totals and in every breakdown. A unit with nothing in view sees
 * zeros, never the county's: a county total or another unit's row is a county-level figure.
 */
export type FigureReach = 'county' | 'own';

const FIGURE_REACH: Record<Role, FigureReach> = {
  ADMIN: 'county', // 县安委办: runs the campaigns, writes the county's reports
  LEADER: 'county', // 县领导: steers the county
  REGULATOR_HEAD: 'own',
  REGULATOR_STAFF: 'own',
  TOWNSHIP_HEAD: 'own',
  TOWNSHIP_STAFF: 'own',
  ENTERPRISE: 'own', // 企业: its own record only
};

export const figureReachOf = (role: Role): FigureReach => FIGURE_REACH[role];
