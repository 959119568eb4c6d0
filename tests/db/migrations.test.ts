import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateDownAll, migrateToLatest } from '../../db/migrate';
import * as m0022 from '../../db/migrations/0022-lists';
import type { DB } from '../../db/schema';
import { createTestDatabase, type TestDatabase } from '../support/database';

const MIGRATIONS = [
  '0001-initial',
  '0002-photo',
  '0003-read-paths',
  '0004-daily-figures',
  '0005-audit-action-names',
  '0006-login-throttle',
  '0007-photo-limits',
  '0008-enterprise-accounts',
  '0009-self-check',
  '0010-notification-inbox',
  '0011-enterprise-figures',
  '0012-enterprise-import',
  '0013-enterprise-lifecycle',
  '0014-checklist-versions',
  '0015-holiday-years',
  '0016-deadline-recompute',
  '0017-org-unit-names',
  '0018-supervision-division',
  '0019-county-reports',
  '0020-sample-ratio-by-grade',
  '0021-grading',
  '0022-lists',
  '0023-public-tips',
  '0024-risks-and-directives',
  '0025-look-back',
  '0026-inspection-plans',
  '0027-inspection-groups',
  '0028-routine-inspections',
  '0029-grading-false-rectifications',
  '0030-supervision-rounds',
  '0031-emergency-response',
  '0032-warnings',
  '0033-situation-report-photos',
  '0034-documents',
  '0035-reinspection',
  '0036-enforcement-cases',
  '0037-listed-supervision',
];

const TABLES = [
  'app_user',
  'audit_log',
  'campaign',
  'checklist_item',
  'checklist_template',
  'deadline_recompute',
  'directive',
  'directive_item',
  'document',
  'document_hazard',
  'document_series',
  'duty_acknowledgement',
  'duty_assignment',
  'emergency_response',
  'enforcement_case',
  'enforcement_case_event',
  'enterprise',
  'enterprise_co_supervisor',
  'enterprise_grade',
  'enterprise_import',
  'enterprise_import_row',
  'enterprise_mask',
  'escalation',
  'grading_proposal',
  'grading_proposal_item',
  'grading_rule_set',
  'hazard',
  'hazard_daily',
  'hazard_event',
  'hazard_listing',
  'holiday_year',
  'illegal_site_lead',
  'industry_regulator',
  'inspected_enterprises_daily',
  'inspection',
  'inspection_budget_rule',
  'inspection_daily',
  'inspection_group',
  'inspection_group_member',
  'inspection_group_task',
  'inspection_plan',
  'leader_assignment',
  'list_entry',
  'login_throttle',
  'look_back',
  'look_back_item',
  'look_back_rule',
  'notification',
  'notification_channel',
  'notification_delivery',
  'notification_read',
  'org_unit',
  'patrol_schedule',
  'patrol_schedule_enterprise',
  'photo',
  'report',
  'response_level_change',
  'response_policy',
  'risk',
  'self_check',
  'self_check_answer',
  'session',
  'situation_report',
  'situation_report_miss',
  'supervision_target',
  'task',
  'task_daily',
  'tip',
  'tip_photo',
  'tip_reward_rule',
  'tip_submission_count',
  'topic_regulator',
  'warning',
  'warning_recipient',
];

async function tables(db: Kysely<DB>): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(db);
  return result.rows.map((r) => r.table_name);
}

async function exerciseSchema(db: Kysely<DB>): Promise<void> {
  const county = await db
    .insertInto('org_unit')
    .values({ code: 'county_office', name: '县安委办', kind: 'COUNTY_OFFICE', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A check constraint holds: an unknown kind is refused.
  await expect(
    db.insertInto('org_unit').values({ code: 'x', name: 'x', kind: 'COUNTY_OFFICE', parent_id: 99999 }).execute(),
  ).rejects.toThrow(/foreign key/);
  await expect(sql`insert into org_unit (code, name, kind) values ('y', 'y', 'NOPE')`.execute(db)).rejects.toThrow(
    /check/,
  );
  expect(county.id).toBeGreaterThan(0);
}

describe.each([
  ['PostgreSQL', 'postgres'],
  ['embedded PGlite', 'embedded'],
] as const)('migrations on %s', (_label, mode) => {
  let testDb: TestDatabase | undefined;
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'wss-migrate-'));
    if (mode === 'postgres') testDb = await createTestDatabase();
    database = await openDatabase({ databaseUrl: testDb?.url, dataDir });
    expect(database.mode).toBe(mode);
  });

  afterAll(async () => {
    await database.close();
    await testDb?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('apply to an empty database, create every table, and are idempotent', async () => {
    expect(await migrateToLatest(database.db)).toEqual(MIGRATIONS);
    expect(await tables(database.db)).toEqual(TABLES);
    expect(await migrateToLatest(database.db)).toEqual([]);
    await exerciseSchema(database.db);
  });

  it("carry the register's red and black marks into listings (0022), a black one for three years", async () => {
    const db = database.db;
    const unit = await db
      .insertInto('org_unit')
      .values({ code: 'lists_township', name: '名单测试镇', kind: 'TOWNSHIP', parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const marked = await db
      .insertInto('enterprise')
      .values(
        (['BLACK', 'RED', 'NONE'] as const).map((list, i) => ({
          uscc: `91130000MA0LISTS0${i}`,
          name: `名单测试企业${i}`,
          industry: 'OTHER' as const,
          township_id: unit.id,
          regulator_id: unit.id,
          list_status: list,
        })),
      )
      .returning(['id', 'list_status'])
      .execute();
    await m0022.down(db as never);
    await m0022.up(db as never);
    const entries = await db
      .selectFrom('list_entry')
      .select(['enterprise_id', 'list', 'status', 'ground', 'starts_at', 'ends_at'])
      .where(
        'enterprise_id',
        'in',
        marked.map((e) => e.id),
      )
      .orderBy('enterprise_id')
      .execute();
    expect(entries.map((e) => [e.list, e.status, e.ground])).toEqual([
      ['BLACK', 'ACTIVE', 'REGISTER'],
      ['RED', 'ACTIVE', 'REGISTER'],
    ]);
    const black = entries[0];
    const years = black?.ends_at ? (black.ends_at.getTime() - black.starts_at.getTime()) / (365.25 * 86_400_000) : 0;
    expect(years).toBeCloseTo(3, 1);
  });

  it('roll back to an empty schema and apply again', async () => {
    expect(await migrateDownAll(database.db)).toEqual([...MIGRATIONS].reverse());
    expect(await tables(database.db)).toEqual([]);
    expect(await migrateToLatest(database.db)).toEqual(MIGRATIONS);
    expect(await tables(database.db)).toEqual(TABLES);
  });
});
