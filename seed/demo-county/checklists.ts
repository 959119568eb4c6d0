// The checklist templates the demo county starts with, as data (one file per template under checklists/).
import { CONSTRUCTION_CHECKLIST } from './checklists/construction';
import { GAS_CHECKLIST } from './checklists/gas';
import { GENERAL_CHECKLIST } from './checklists/general';
import { HAZARDOUS_CHEMICALS_CHECKLIST } from './checklists/hazardous-chemicals';
import { INDUSTRY_TRADE_CHECKLIST } from './checklists/industry-trade';
import type { ChecklistTemplateDefinition } from './checklists/item';

export type { ChecklistItemDefinition, ChecklistTemplateDefinition } from './checklists/item';

export const CHECKLIST_TEMPLATES: readonly ChecklistTemplateDefinition[] = [
  HAZARDOUS_CHEMICALS_CHECKLIST,
  INDUSTRY_TRADE_CHECKLIST,
  CONSTRUCTION_CHECKLIST,
  GAS_CHECKLIST,
  GENERAL_CHECKLIST,
];
