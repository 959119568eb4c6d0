// Every action the audit log (操作记录) records, in one naming scheme: a camelCase verb, the GraphQL mutation's name
// where a person did it, the workflow step's where the system did. The web admin labels each in its locales.
export const AUDIT_ACTIONS = [
  'launchCampaign',
  'startCampaign',
  'pauseCampaign',
  'resumeCampaign',
  'extendCampaign',
  'cancelCampaign',
  'closeCampaign',
  'submitInspection',
  'submitSelfCheck',
  'cancelTask',
  'reportRectification',
  'verifyRectification',
  'signOffHazard',
  'escalateHazard',
  'listedSupervision',
  'acknowledgeEscalation',
  'createEnterprise',
  'updateEnterprise',
  'deactivateEnterprise',
  'resumeEnterprise',
  'createChecklistTemplate',
  'updateChecklistTemplate',
  'previewEnterpriseImport',
  'commitEnterpriseImport',
  'importEnterprise',
  'uploadPhoto',
  'removeLoosePhoto',
  'exportHazardLedger',
  'login',
  'logout',
  'createUser',
  'updateUser',
  'deactivateUser',
  'resetPassword',
  'changePassword',
  'markNotificationsRead',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The action a campaign's move to `to` is recorded as (SCHEDULED → ACTIVE is its start). */
export const CAMPAIGN_STATUS_ACTIONS = {
  ACTIVE: 'startCampaign',
  PAUSED: 'pauseCampaign',
  CLOSED: 'closeCampaign',
  CANCELLED: 'cancelCampaign',
} as const satisfies Record<string, AuditAction>;
