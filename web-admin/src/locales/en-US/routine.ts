// Routine inspections and crackdowns (routine.*) and night patrols (patrol.*) in the regulator portal.
import type { routine as zh } from '../zh-CN/routine';

export const routine: { readonly [K in keyof typeof zh]: string } = {
  'audit.action.recordRoutineInspection': 'Routine inspection recorded',
  'audit.action.createPatrolSchedule': 'Night patrol schedule set up',
  'audit.action.deactivatePatrolSchedule': 'Night patrol schedule deactivated',
};
