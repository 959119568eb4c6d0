// County reports and the Word download of any report.
import type { reports as zh } from '../zh-CN/reports';

export const reports: Record<keyof typeof zh, string> = {
  'nav.countyReports': 'County reports',
  'countyReports.title': 'County reports',
  'countyReports.intro':
    'Weekly, monthly and annual reports on the county’s work-safety supervision, written automatically for the period just ended every Monday, on the 1st of each month and on 1 January.',
  'countyReports.kind.WEEKLY': 'Weekly',
  'countyReports.kind.MONTHLY': 'Monthly analysis',
  'countyReports.kind.ANNUAL': 'Annual',
  'countyReports.kindShort.WEEKLY': 'Weekly',
  'countyReports.kindShort.MONTHLY': 'Monthly',
  'countyReports.kindShort.ANNUAL': 'Annual',
  'countyReports.col.period': 'Period',
  'countyReports.col.createdAt': 'Written at',
  'countyReports.col.inspections': 'Enterprise visits',
  'countyReports.col.hazardsFound': 'Hazards found',
  'countyReports.col.rectificationRate': 'Rectification rate',
  'countyReports.period': '{from} – {to}',
  'countyReports.empty': 'No reports of this kind yet (they are written when a period ends)',
  'countyReports.view': 'View',
  'countyReports.createdAt': 'Written {at}',
  'countyReports.tasks': 'Inspection tasks done',
  'countyReports.generate.action': 'Generate report',
  'countyReports.generate.title': 'Generate a county report',
  'countyReports.generate.submit': 'Generate',
  'countyReports.generate.hint':
    'Writes the report of the period that holds the chosen date; only ended periods can be reported, and generating again replaces that period’s report',
  'countyReports.field.kind': 'Kind',
  'countyReports.field.day': 'Date',
  'countyReports.field.month': 'Month',
  'countyReports.field.year': 'Year',
  'countyReports.rule.month': 'Choose a month (e.g. 2026-05)',
  'countyReports.generated': '{kind} generated ({period})',
  'report.download': 'Download Word',
  'report.downloadOf': 'Download Word: {title}',
};
