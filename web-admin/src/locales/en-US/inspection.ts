import type { inspection as zh } from '../zh-CN/inspection';

export const inspection: { [K in keyof typeof zh]: string } = {
  'inspection.list.title': 'Inspections',
  'inspection.list.hint':
    'Each line is one on-site inspection of an enterprise (counted in "Enterprise inspections"); the filters are kept in the address, to bookmark or share.',
  'inspection.list.empty': 'No inspection matches these filters',
  'inspection.filter.period': 'Inspected between',
  'inspection.field.inspectedAt': 'Inspected at',
  'inspection.field.enterprise': 'Enterprise',
  'inspection.field.campaign': 'Campaign',
  'inspection.field.regulator': 'Regulator',
  'inspection.field.township': 'Township',
  'inspection.field.inspectors': 'Inspectors',
  'inspection.field.hazards': 'Hazards found',
  'inspection.hazards.none': 'None found',
  'inspection.hazards.count': '{n}',
  'inspection.hazards.major': '{n} major',
};
