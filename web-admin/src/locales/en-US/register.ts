// Keeping the register: editing a registration and its lifecycle (suspended, closed, resumed).
import type { register as zh } from '../zh-CN/register';

export const register: Record<keyof typeof zh, string> = {
  'enum.enterpriseStatus.OPERATING': 'In business',
  'enum.enterpriseStatus.SUSPENDED': 'Suspended',
  'enum.enterpriseStatus.CLOSED': 'Closed',
  'audit.action.updateEnterprise': 'Edit an enterprise',
  'audit.action.deactivateEnterprise': 'Suspend or close an enterprise',
  'audit.action.resumeEnterprise': 'Resume an enterprise',
  'register.field.status': 'Status',
  'register.field.contactPerson': 'Contact person',
  'register.field.contactPhone': 'Contact phone',
  'register.edit.action': 'Edit',
  'register.edit.title': 'Edit the enterprise',
  'register.edit.submit': 'Save',
  'register.edit.done': '{name} saved',
  'register.edit.moveNotice':
    'A new industry or township sends new inspection tasks to the new regulator and township; tasks already sent and hazards still open stay with the units that have them.',
  'register.edit.nameRule': 'The name is 2 to 100 characters',
  'register.edit.phoneRule': 'A mobile number, or a landline with its area code',
  'register.deactivate.action': 'Suspend / close',
  'register.deactivate.title': 'Suspend or close the enterprise',
  'register.deactivate.submit': 'Confirm',
  'register.deactivate.intro':
    'A suspended or closed enterprise is left out of new campaigns and gets no new tasks; tasks already sent and hazards still open are not affected and must still be closed. Closing also stops its accounts and cannot be undone.',
  'register.deactivate.kind': 'Change to',
  'register.deactivate.at': 'Since',
  'register.deactivate.reason': 'Reason',
  'register.deactivate.reasonRule': 'Give the reason for the suspension or closure',
  'register.deactivate.done': '{name}: {status}',
  'register.resume.action': 'Resume',
  'register.resume.confirm': 'Has {name} resumed production? It will be in the scope of new campaigns again.',
  'register.resume.done': '{name} is in business again',
  'register.since': '{status} since {at}: {reason}',
};
