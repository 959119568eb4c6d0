// Supervision rounds of the county office over townships and departments (supervision.*), and what a supervised unit
// sees of the office's next-day verification on its rectification page.
import type { supervision as zh } from '../zh-CN/supervision';

export const supervision: { readonly [K in keyof typeof zh]: string } = {
  'nav.supervision': 'Supervision',

  'supervision.list.title': 'Supervision rounds',
  'supervision.list.intro':
    "The county office's supervision group supervises townships and departments: it checks each unit's ledgers and inspects a random sample of the enterprises in its charge on site. The unit sees what the group found rectified; once reported, the group verifies it the next working day.",
  'supervision.list.empty': 'No supervision round yet',
  'supervision.field.name': 'Round',
  'supervision.field.window': 'Period',
  'supervision.field.taskDueAt': 'Site checks due',
  'supervision.field.template': 'Checklist',
  'supervision.field.units': 'Supervised units',
  'supervision.field.unitCount': '{n} units',
  'supervision.field.siteChecks': 'Site checks',
  'supervision.field.hazards': 'Hazards (closed / found)',

  'supervision.launch.action': 'Launch a supervision round',
  'supervision.launch.title': 'Launch a supervision round',
  'supervision.launch.submit': 'Launch',
  'supervision.launch.done': "Supervision round launched; drawing the units' enterprises",
  'supervision.launch.nameHint': 'e.g. Work-safety supervision, Q1 2026',
  'supervision.launch.startsAtHint': 'Empty: starts now',
  'supervision.launch.taskDueAtHint': 'Empty: the end of the round',
  'supervision.launch.unitsHint': 'Townships and departments; the county office does not supervise itself',
  'supervision.launch.unitsRequired': 'Choose at least one unit to supervise',
  'supervision.launch.group.TOWNSHIP': 'Townships',
  'supervision.launch.group.REGULATOR': 'Departments',
  'supervision.launch.sites': 'Enterprises drawn per unit',
  'supervision.launch.sitesHint':
    'Drawn at random from the operating enterprises in each unit’s charge, 1 to 20; all of them when a unit has fewer',
  'supervision.launch.sitesUnit': 'enterprises',
  'supervision.launch.sitesRange': 'Draw 1 to 20 enterprises per unit',

  'supervision.round.notFound': 'This supervision round does not exist or you may not see it',
  'supervision.round.drawing': "Drawing the units' enterprises; the site checks will appear shortly…",
  'supervision.round.targets': 'Supervised units',
  'supervision.round.unitKind.TOWNSHIP': 'Township',
  'supervision.round.unitKind.REGULATOR': 'Department',
  'supervision.col.siteChecks': 'Site checks (done / drawn)',
  'supervision.col.hazards': 'Hazards (found / awaiting verification / closed)',
  'supervision.col.ledger': 'Ledger check',

  'supervision.ledger.none': 'Not checked',
  'supervision.ledger.passed': 'Passed',
  'supervision.ledger.failed': '{n} failed',
  'supervision.ledger.action': 'Check ledgers',
  'supervision.ledger.view': 'View ledgers',
  'supervision.ledger.title': 'Ledger check',
  'supervision.ledger.submit': 'Record the check',
  'supervision.ledger.intro':
    '{unit}: give a verdict on each ledger. The check is recorded once and cannot be changed; the unit is told what failed.',
  'supervision.ledger.pass': 'Passed',
  'supervision.ledger.fail': 'Failed',
  'supervision.ledger.verdictRequired': 'Choose passed or failed',
  'supervision.ledger.note': 'Note',
  'supervision.ledger.notePlaceholder': 'For a failed item, what is wrong',
  'supervision.ledger.noteRequired': 'A failed item needs a note of what is wrong',
  'supervision.ledger.notes': 'Overall remarks',
  'supervision.ledger.done': 'Ledger check of {unit} recorded',
  'supervision.ledger.recorded': 'Checked by {by} at {at}: {n} failed',
  'supervision.ledger.recordedPassed': 'Checked by {by} at {at}: all passed',
  'supervision.ledger.viewTitle': 'Ledger check of {unit}',

  'supervision.tasks.title': 'Site checks (enterprises drawn at random)',
  'supervision.tasks.empty': 'No enterprise drawn yet',
  'supervision.tasks.enterprise': 'Enterprise',
  'supervision.tasks.unit': 'Supervised unit',
  'supervision.tasks.status': 'Status',
  'supervision.tasks.dueAt': 'Due',
  'supervision.tasks.found': '{n} hazards found',
  'supervision.tasks.inspect': 'Inspect on site',
  'supervision.tasks.view': 'View',

  'supervision.verify.title': 'Awaiting next-day verification ({n})',
  'supervision.verify.empty': 'Nothing awaits verification',
  'supervision.verify.action': 'Verify',
  'supervision.verify.detail': '{enterprise} · {unit} · reported rectified at {at}',

  'rectification.verify.byCountyOffice': "Awaiting the county office supervision group's next-day verification",
};
