// What sent a task: a campaign, a 督导 round, a public tip, 回头看, an annual plan, or none (日常检查, 打非治违, 夜间巡查).
import type { RoutineKind } from './patrol';

export const TASK_ORIGINS = [
  'CAMPAIGN',
  'SUPERVISION',
  'TIP',
  'LOOK_BACK',
  'PLAN',
  'ROUTINE',
  'CRACKDOWN',
  'NIGHT_PATROL',
] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];

export const TASK_ORIGIN_NAMES_ZH: Record<TaskOrigin, string> = {
  CAMPAIGN: '专项行动',
  SUPERVISION: '督导现场检查',
  TIP: '群众举报核查',
  LOOK_BACK: '回头看核查',
  PLAN: '年度计划检查',
  ROUTINE: '日常检查',
  CRACKDOWN: '打非治违',
  NIGHT_PATROL: '夜间巡查',
};

export function taskOriginOf(task: {
  supervised_unit_id: number | null;
  campaign_id: number | null;
  tip_id: number | null;
  inspection_plan_id: number | null;
  routine_kind: RoutineKind | null;
}): TaskOrigin {
  if (task.supervised_unit_id !== null) return 'SUPERVISION';
  if (task.campaign_id !== null) return 'CAMPAIGN';
  if (task.tip_id !== null) return 'TIP';
  if (task.inspection_plan_id !== null) return 'PLAN';
  return task.routine_kind ?? 'LOOK_BACK';
}
