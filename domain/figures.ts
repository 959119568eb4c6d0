// The county's figures (DOMAIN.md: 检查企业家次, 发现/整改隐患, 整改率 …): one definition of each and of the
// rectification rate with its clamp, for campaign progress, period reports and the leader's dashboard alike.

/** Counted over tasks: dispatched (cancelled ones left out), done, open past their due time. */
export const TASK_FIGURES = ['tasksTotal', 'tasksDone', 'tasksOverdue'] as const;
/** Counted over inspections: inspections, people sent (检查组人数之和), distinct enterprises inspected. */
export const INSPECTION_FIGURES = ['inspections', 'inspectorsDispatched', 'enterprisesInspected'] as const;
/**
 * Counted over hazards: found, closed (销号), major, major still open (under listed supervision, 挂牌督办), and open
 * past their rectify-by time.
 */
export const HAZARD_FIGURES = [
  'hazardsFound',
  'hazardsClosed',
  'majorHazards',
  'majorHazardsOpen',
  'overdueHazards',
] as const;

export type FigureName =
  (typeof TASK_FIGURES)[number] | (typeof INSPECTION_FIGURES)[number] | (typeof HAZARD_FIGURES)[number];

export type Counts = Record<FigureName, number>;

/** Every figure, and the rectification rate derived from two of them. */
export interface Figures extends Counts {
  rectificationRate: number;
}

export const FIGURE_NAMES: readonly FigureName[] = [...TASK_FIGURES, ...INSPECTION_FIGURES, ...HAZARD_FIGURES];

export const emptyCounts = (): Counts => ({
  tasksTotal: 0,
  tasksDone: 0,
  tasksOverdue: 0,
  inspections: 0,
  inspectorsDispatched: 0,
  enterprisesInspected: 0,
  hazardsFound: 0,
  hazardsClosed: 0,
  majorHazards: 0,
  majorHazardsOpen: 0,
  overdueHazards: 0,
});

/**
 * 整改率: closed ÷ found, to four places; 1 when nothing was found. Closed is capped at found: a period's report
 * counts the closures in the period, some of hazards found before it, and a rate above 100 % says nothing.
 */
export function rectificationRate(found: number, closed: number): number {
  if (!Number.isSafeInteger(found) || !Number.isSafeInteger(closed) || found < 0 || closed < 0) {
    throw new RangeError(`Hazard counts must be non-negative integers, got found=${found}, closed=${closed}`);
  }
  if (found === 0) return 1;
  return Math.round((Math.min(closed, found) / found) * 10_000) / 10_000;
}

/** The counts with their rate. */
export const withRate = <T extends Pick<Counts, 'hazardsFound' | 'hazardsClosed'>>(
  f: T,
): T & { rectificationRate: number } => ({
  ...f,
  rectificationRate: rectificationRate(f.hazardsFound, f.hazardsClosed),
});
