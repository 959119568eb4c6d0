import type { enums as zh } from '../zh-CN/enums';

export const enums: { [K in keyof typeof zh]: string } = {
  'enum.importStatus.CHECKING': 'Checking',
  'enum.importStatus.REFUSED': 'Refused',
  'enum.importStatus.PREVIEWED': 'Awaiting confirmation',
  'enum.importStatus.RUNNING': 'Importing',
  'enum.importStatus.DONE': 'Done',
  'enum.importStatus.EXPIRED': 'Expired',
  'enum.role.ADMIN': 'County safety office admin',
  'enum.role.LEADER': 'County leader',
  'enum.role.REGULATOR_HEAD': 'Head of unit',
  'enum.role.REGULATOR_STAFF': 'Inspector',
  'enum.role.TOWNSHIP_HEAD': 'Head of township',
  'enum.role.TOWNSHIP_STAFF': 'Township safety officer',
  'enum.role.ENTERPRISE': 'Enterprise safety manager',

  'enum.campaignKind.HUNDRED_DAY_CRACKDOWN': 'Hundred-day crackdown',
  'enum.campaignKind.MAJOR_HAZARD_SWEEP': 'Major hazard sweep',
  'enum.campaignKind.CONCENTRATED_RECTIFICATION': 'Concentrated rectification',
  'enum.campaignKind.SPECIAL_INSPECTION': 'Special inspection',
  'enum.campaignKind.SEASONAL': 'Seasonal inspection',
  'enum.campaignKind.OTHER': 'Other',

  'enum.campaignStatus.SCHEDULED': 'Scheduled',
  'enum.campaignStatus.ACTIVE': 'Active',
  'enum.campaignStatus.PAUSED': 'Paused',
  'enum.campaignStatus.CLOSED': 'Closed',
  'enum.campaignStatus.CANCELLED': 'Cancelled',

  'enum.taskStatus.OPEN': 'To inspect',
  'enum.taskStatus.DONE': 'Done',
  'enum.taskStatus.CANCELLED': 'Cancelled',

  'enum.taskKind.INSPECT': 'On-site inspection',
  'enum.taskKind.SELF_CHECK': 'Self-check',
  'enum.taskKind.VERIFY': 'Verification',

  'enum.hazardStatus.OPEN': 'Rectifying',
  'enum.hazardStatus.PENDING_VERIFICATION': 'Awaiting verification',
  'enum.hazardStatus.PENDING_SIGN_OFF': 'Awaiting sign-off',
  'enum.hazardStatus.CLOSED': 'Closed',

  'enum.hazardSource.INSPECTION': 'Found by inspection',
  'enum.hazardSource.SELF_CHECK': 'Found by self-check',
  'enum.hazardSource.TIP': 'Public tip',

  'enum.selfCheckAnswer.COMPLIANT': 'Met',
  'enum.selfCheckAnswer.NON_COMPLIANT': 'Not met',
  'enum.selfCheckAnswer.NOT_APPLICABLE': 'Not applicable',

  'enum.hazardLevel.GENERAL': 'General',
  'enum.hazardLevel.MAJOR': 'Major',

  'enum.escalationLevel.TOWNSHIP_HEAD': 'Township presses',
  'enum.escalationLevel.REGULATOR_HEAD': 'Head of regulator',
  'enum.escalationLevel.COUNTY_OFFICE': 'County safety office',
  'enum.escalationLevel.COUNTY_LEADER': 'County leader in charge',

  'enum.escalationStatus.OPEN': 'Open',
  'enum.escalationStatus.ACKNOWLEDGED': 'Acknowledged',
  'enum.escalationStatus.RESOLVED': 'Resolved',

  'enum.industry.HAZARDOUS_CHEMICALS': 'Hazardous chemicals',
  'enum.industry.NON_COAL_MINE': 'Non-coal mines',
  'enum.industry.METALLURGY': 'Metallurgy',
  'enum.industry.AMMONIA_REFRIGERATION': 'Ammonia refrigeration',
  'enum.industry.COMBUSTIBLE_DUST': 'Combustible dust',
  'enum.industry.CONFINED_SPACE': 'Confined spaces',
  'enum.industry.CONSTRUCTION': 'Construction',
  'enum.industry.GAS': 'Urban gas',
  'enum.industry.ROAD_TRANSPORT': 'Road transport',
  'enum.industry.FIRE_KEY_UNIT': 'Fire-safety key units',
  'enum.industry.SPECIAL_EQUIPMENT': 'Special equipment',
  'enum.industry.OTHER': 'Other',

  'enum.grade.GOOD': 'Good',
  'enum.grade.FAIR': 'Fair',
  'enum.grade.POOR': 'Poor',

  'enum.listStatus.NONE': '—',
  'enum.listStatus.RED': 'Red list',
  'enum.listStatus.BLACK': 'Black list',

  'enum.reportKind.WEEKLY': 'Weekly report',
  'enum.reportKind.MONTHLY': 'Monthly analysis',
  'enum.reportKind.FINAL': 'Final report',
  'enum.reportKind.ANNUAL': 'Annual report',

  'enum.hazardEventKind.FOUND': 'Found',
  'enum.hazardEventKind.RECTIFICATION_REPORTED': 'Rectification reported',
  'enum.hazardEventKind.VERIFICATION_PASSED': 'Verified',
  'enum.hazardEventKind.VERIFICATION_REJECTED': 'Verification failed',
  'enum.hazardEventKind.ESCALATED': 'Escalated',
  'enum.hazardEventKind.LISTED_SUPERVISION': 'Listed supervision',
  'enum.hazardEventKind.SIGNED_OFF': 'Signed off by the county office and closed',
  'enum.hazardEventKind.SIGN_OFF_RETURNED': 'Returned by the county office',

  'enum.subjectType.TASK': 'Inspection task',
  'enum.subjectType.HAZARD': 'Hazard',
};
