// Migrations listed in code (not read from disk) so they run the same under tsx, vitest and a bundle.
import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-photo';
import * as m0003 from './0003-read-paths';
import * as m0004 from './0004-daily-figures';
import * as m0005 from './0005-audit-action-names';
import * as m0006 from './0006-login-throttle';
import * as m0007 from './0007-photo-limits';
import * as m0008 from './0008-enterprise-accounts';
import * as m0009 from './0009-self-check';
import * as m0010 from './0010-notification-inbox';
import * as m0011 from './0011-enterprise-figures';
import * as m0012 from './0012-enterprise-import';
import * as m0013 from './0013-enterprise-lifecycle';
import * as m0014 from './0014-checklist-versions';
import * as m0015 from './0015-holiday-years';
import * as m0016 from './0016-deadline-recompute';
import * as m0017 from './0017-org-unit-names';
import * as m0018 from './0018-supervision-division';
import * as m0019 from './0019-county-reports';
import * as m0020 from './0020-sample-ratio-by-grade';
import * as m0021 from './0021-grading';
import * as m0022 from './0022-lists';
import * as m0023 from './0023-public-tips';
import * as m0024 from './0024-risks-and-directives';
import * as m0025 from './0025-look-back';
import * as m0026 from './0026-inspection-plans';
import * as m0027 from './0027-inspection-groups';
import * as m0028 from './0028-routine-inspections';
import * as m0029 from './0029-grading-false-rectifications';
import * as m0030 from './0030-supervision-rounds';
import * as m0031 from './0031-emergency-response';
import * as m0032 from './0032-warnings';
import * as m0033 from './0033-situation-report-photos';
import * as m0034 from './0034-documents';
import * as m0035 from './0035-reinspection';
import * as m0036 from './0036-enforcement-cases';
import * as m0037 from './0037-listed-supervision';

const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-photo': m0002,
  '0003-read-paths': m0003,
  '0004-daily-figures': m0004,
  '0005-audit-action-names': m0005,
  '0006-login-throttle': m0006,
  '0007-photo-limits': m0007,
  '0008-enterprise-accounts': m0008,
  '0009-self-check': m0009,
  '0010-notification-inbox': m0010,
  '0011-enterprise-figures': m0011,
  '0012-enterprise-import': m0012,
  '0013-enterprise-lifecycle': m0013,
  '0014-checklist-versions': m0014,
  '0015-holiday-years': m0015,
  '0016-deadline-recompute': m0016,
  '0017-org-unit-names': m0017,
  '0018-supervision-division': m0018,
  '0019-county-reports': m0019,
  '0020-sample-ratio-by-grade': m0020,
  '0021-grading': m0021,
  '0022-lists': m0022,
  '0023-public-tips': m0023,
  '0024-risks-and-directives': m0024,
  '0025-look-back': m0025,
  '0026-inspection-plans': m0026,
  '0027-inspection-groups': m0027,
  '0028-routine-inspections': m0028,
  '0029-grading-false-rectifications': m0029,
  '0030-supervision-rounds': m0030,
  '0031-emergency-response': m0031,
  '0032-warnings': m0032,
  '0033-situation-report-photos': m0033,
  '0034-documents': m0034,
  '0035-reinspection': m0035,
  '0036-enforcement-cases': m0036,
  '0037-listed-supervision': m0037,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
