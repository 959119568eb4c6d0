// 日常检查 / 打非治违 (routine.*) and 夜间巡查 (patrol.*) in the regulator portal; the origins of a task without a campaign.
export const routine = {
  'audit.action.recordRoutineInspection': '记录日常检查',
  'audit.action.createPatrolSchedule': '设置夜间巡查计划',
  'audit.action.deactivatePatrolSchedule': '停用夜间巡查计划',
};
