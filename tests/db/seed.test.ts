import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import type { DB } from '../../db/schema';
import { REGULATORS, regulatorCodeForIndustry } from '../../domain/regulators';
import { CO_SUPERVISION_TOPICS, INDUSTRIES } from '../../domain/types';
import { isValidUscc, makeEnterpriseUscc } from '../../domain/uscc';
import { verifyPassword } from '../../services/passwords';
import {
  COUNTY_DIVISION_CODE,
  COUNTY_OFFICE_CODE,
  DEFAULT_ENTERPRISE_COUNT,
  DEMO_ENTERPRISE_ACCOUNTS,
  DatabaseNotEmptyError,
  TOWNSHIPS,
  isDatabaseEmpty,
  seedDemoCounty,
  type SeedSummary,
} from '../../seed/demo-county';
import { CHECKLIST_TEMPLATES } from '../../seed/demo-county/checklists';
import { createTestDatabase, type TestDatabase } from '../support/database';

const DEMO_PASSWORD = 'demo-2026';
// openDatabase wants a data directory; with a DATABASE_URL it never touches it.
const UNUSED_DATA_DIR = path.join(tmpdir(), 'wss-seed-test-unused');
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const testDatabases: TestDatabase[] = [];
const databases: Database[] = [];

async function freshDatabase(): Promise<Kysely<DB>> {
  const testDb = await createTestDatabase('wss_seed');
  testDatabases.push(testDb);
  const database = await openDatabase({ databaseUrl: testDb.url, dataDir: UNUSED_DATA_DIR, poolSize: 2 });
  databases.push(database);
  await migrateToLatest(database.db);
  return database.db;
}

async function firstNames(db: Kysely<DB>, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('enterprise').select('name').orderBy('id').limit(limit).execute();
  return rows.map((r) => r.name);
}

async function countRows(
  db: Kysely<DB>,
  table: 'org_unit' | 'app_user' | 'enterprise' | 'leader_assignment',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('seedDemoCounty on PostgreSQL', () => {
  let county: Kysely<DB>;
  let summary: SeedSummary;

  beforeAll(async () => {
    county = await freshDatabase();
    expect(await isDatabaseEmpty(county)).toBe(true);
    summary = await seedDemoCounty(county, { demoPassword: DEMO_PASSWORD, withDemoUsers: true });
  });

  afterAll(async () => {
    for (const database of databases) await database.close();
    for (const testDb of testDatabases) await testDb.drop();
  });

  it('seeds the full default county and reports what it wrote', async () => {
    const itemCount = CHECKLIST_TEMPLATES.reduce((sum, t) => sum + t.items.length, 0);
    expect(summary).toMatchObject({
      orgUnits: 1 + REGULATORS.length + TOWNSHIPS.length,
      users: 2 + 2 * (REGULATORS.length + TOWNSHIPS.length) + DEMO_ENTERPRISE_ACCOUNTS.length,
      enterprises: DEFAULT_ENTERPRISE_COUNT,
      checklistTemplates: CHECKLIST_TEMPLATES.length,
      checklistItems: itemCount,
    });
    expect(await countRows(county, 'org_unit')).toBe(summary.orgUnits);
    expect(await countRows(county, 'app_user')).toBe(summary.users);
    expect(await countRows(county, 'enterprise')).toBe(DEFAULT_ENTERPRISE_COUNT);
    const first = await county
      .selectFrom('enterprise')
      .select(['uscc', 'name'])
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(summary.firstEnterprise).toEqual(first);
    expect(await isDatabaseEmpty(county)).toBe(false);
  });

  it('is reproducible: the same seed into another fresh database writes the same enterprises', async () => {
    const again = await freshDatabase();
    expect(await seedDemoCounty(again, { demoPassword: DEMO_PASSWORD, withDemoUsers: true })).toEqual(summary);
    expect(await firstNames(again, 50)).toEqual(await firstNames(county, 50));
    const usccs = async (db: Kysely<DB>) =>
      (await db.selectFrom('enterprise').select('uscc').orderBy('id').execute()).map((r) => r.uscc);
    expect(await usccs(again)).toEqual(await usccs(county));
  });

  it('gives every enterprise a valid, unique USCC of the county, and a unique name', async () => {
    const rows = await county.selectFrom('enterprise').select(['uscc', 'name']).execute();
    expect(rows.filter((r) => !isValidUscc(r.uscc))).toEqual([]);
    expect(rows.every((r) => r.uscc.startsWith(`91${COUNTY_DIVISION_CODE}`))).toBe(true);
    expect(new Set(rows.map((r) => r.uscc)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('refuses a USCC made by makeEnterpriseUscc once any one character changes', () => {
    const code = makeEnterpriseUscc(COUNTY_DIVISION_CODE, 10_291_994);
    expect(isValidUscc(code)).toBe(true);
    for (let i = 0; i < code.length; i += 1) {
      const next = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(code.charAt(i)) + 1) % USCC_ALPHABET.length);
      expect(isValidUscc(code.slice(0, i) + next + code.slice(i + 1)), `changed position ${i + 1}`).toBe(false);
    }
  });

  it('builds the county office, the regulators and the townships under it', async () => {
    const units = await county
      .selectFrom('org_unit')
      .select(['id', 'code', 'kind', 'parent_id'])
      .orderBy('id')
      .execute();
    const office = units.find((u) => u.code === COUNTY_OFFICE_CODE);
    expect(office).toMatchObject({ kind: 'COUNTY_OFFICE', parent_id: null });
    expect(units.filter((u) => u.kind === 'REGULATOR').map((u) => u.code)).toEqual(REGULATORS.map((r) => r.code));
    expect(units.filter((u) => u.kind === 'TOWNSHIP').map((u) => u.code)).toEqual(TOWNSHIPS.map((t) => t.code));
    expect(units.filter((u) => u.kind !== 'COUNTY_OFFICE').every((u) => u.parent_id === office?.id)).toBe(true);
  });

  it('creates the demo logins of API.md, sharing one hash of the demo password', async () => {
    const users = await county
      .selectFrom('app_user')
      .innerJoin('org_unit', 'org_unit.id', 'app_user.org_unit_id')
      .select(['username', 'role', 'display_name', 'password_hash', 'org_unit.code as org'])
      .execute();
    const byName = new Map(users.map((u) => [u.username, u]));
    expect(byName.get('admin')).toMatchObject({
      role: 'ADMIN',
      org: COUNTY_OFFICE_CODE,
      display_name: '县安委办管理员',
    });
    expect(byName.get('leader')).toMatchObject({ role: 'LEADER', org: COUNTY_OFFICE_CODE });
    expect(byName.get('emergency.head')).toMatchObject({ role: 'REGULATOR_HEAD', org: 'emergency' });
    expect(byName.get('emergency.staff')).toMatchObject({ role: 'REGULATOR_STAFF', org: 'emergency' });
    expect(byName.get('chengguan.head')).toMatchObject({ role: 'TOWNSHIP_HEAD', org: 'chengguan' });
    expect(byName.get('chengguan.staff')).toMatchObject({ role: 'TOWNSHIP_STAFF', org: 'chengguan' });
    for (const code of [...REGULATORS.map((r) => r.code), ...TOWNSHIPS.map((t) => t.code)]) {
      expect(byName.get(`${code}.head`)?.org).toBe(code);
      expect(byName.get(`${code}.staff`)?.org).toBe(code);
    }
    expect(new Set(users.map((u) => u.password_hash)).size).toBe(1);
    expect(await verifyPassword(DEMO_PASSWORD, users[0]?.password_hash ?? '')).toBe(true);
  });

  it('gives three enterprises their own accounts (企业安全管理人员), bound to the enterprise and no org unit', async () => {
    const accounts = await county
      .selectFrom('app_user')
      .innerJoin('enterprise', 'enterprise.id', 'app_user.enterprise_id')
      .select([
        'username',
        'role',
        'org_unit_id',
        'display_name',
        'enterprise.industry',
        'enterprise.major_hazard_source',
      ])
      .orderBy('username')
      .execute();
    expect(accounts.map((a) => [a.username, a.role, a.org_unit_id, a.industry])).toEqual([
      ['enterprise1', 'ENTERPRISE', null, 'HAZARDOUS_CHEMICALS'],
      ['enterprise2', 'ENTERPRISE', null, 'CONSTRUCTION'],
      ['enterprise3', 'ENTERPRISE', null, 'FIRE_KEY_UNIT'],
    ]);
    expect(accounts[0]?.major_hazard_source).toBe(true);
    expect(accounts.every((a) => a.display_name.endsWith('安全管理员'))).toBe(true);
  });

  it('puts the leader in charge of every industry', async () => {
    const rows = await county
      .selectFrom('leader_assignment')
      .innerJoin('app_user', 'app_user.id', 'leader_assignment.user_id')
      .select(['username', 'industry', 'township_id'])
      .execute();
    expect(rows.every((r) => r.username === 'leader' && r.township_id === null)).toBe(true);
    expect(rows.map((r) => r.industry).sort()).toEqual([...INDUSTRIES].sort());
  });

  it('spreads industries in a county’s proportions', async () => {
    const rows = await county
      .selectFrom('enterprise')
      .select('industry')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy('industry')
      .execute();
    const share = new Map(rows.map((r) => [r.industry, Number(r.n) / DEFAULT_ENTERPRISE_COUNT]));
    expect([...share.keys()].sort()).toEqual([...INDUSTRIES].sort());
    expect(share.get('HAZARDOUS_CHEMICALS')).toBeGreaterThanOrEqual(0.02);
    expect(share.get('HAZARDOUS_CHEMICALS')).toBeLessThanOrEqual(0.08);
    expect(share.get('GAS')).toBeLessThanOrEqual(0.02);
    expect(share.get('NON_COAL_MINE')).toBeLessThanOrEqual(0.02);
    const largest = [...share.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([industry]) => industry);
    expect(largest.sort()).toEqual(['FIRE_KEY_UNIT', 'OTHER', 'SPECIAL_EQUIPMENT']);
  });

  it('flags major hazard sources only among hazardous-chemicals enterprises, about one in five', async () => {
    const rows = await county.selectFrom('enterprise').select(['industry', 'major_hazard_source']).execute();
    const flagged = rows.filter((r) => r.major_hazard_source);
    expect(flagged.length).toBe(summary.majorHazardSources);
    expect(flagged.every((r) => r.industry === 'HAZARDOUS_CHEMICALS')).toBe(true);
    const chemicals = rows.filter((r) => r.industry === 'HAZARDOUS_CHEMICALS').length;
    expect(flagged.length / chemicals).toBeGreaterThan(0.1);
    expect(flagged.length / chemicals).toBeLessThan(0.3);
  });

  it('gives each enterprise the lead unit of its industry and a township, chemical plants mostly in the park', async () => {
    const rows = await county
      .selectFrom('enterprise')
      .innerJoin('org_unit as regulator', 'regulator.id', 'enterprise.regulator_id')
      .innerJoin('org_unit as township', 'township.id', 'enterprise.township_id')
      .select([
        'enterprise.industry',
        'regulator.code as regulatorCode',
        'township.kind as townshipKind',
        'township.code as townshipCode',
      ])
      .execute();
    expect(rows).toHaveLength(DEFAULT_ENTERPRISE_COUNT);
    // 属地管理 (九小场所): the township leads.
    expect(rows.filter((r) => r.regulatorCode !== (regulatorCodeForIndustry(r.industry) ?? r.townshipCode))).toEqual(
      [],
    );
    expect(rows.every((r) => r.townshipKind === 'TOWNSHIP')).toBe(true);
    const chemicals = rows.filter((r) => r.industry === 'HAZARDOUS_CHEMICALS');
    expect(chemicals.filter((r) => r.townshipCode === 'kaifaqu').length / chemicals.length).toBeGreaterThan(0.6);
  });

  it('writes the division (监管分工): every industry and topic has its unit, and every department has work', async () => {
    const industries = await county
      .selectFrom('industry_regulator')
      .leftJoin('org_unit', 'org_unit.id', 'industry_regulator.regulator_id')
      .select(['industry_regulator.industry', 'org_unit.code'])
      .execute();
    expect(industries.map((r) => r.industry).sort()).toEqual([...INDUSTRIES].sort());
    expect(industries.filter((r) => r.code !== regulatorCodeForIndustry(r.industry))).toEqual([]);
    const topics = await county
      .selectFrom('topic_regulator')
      .innerJoin('org_unit', 'org_unit.id', 'topic_regulator.regulator_id')
      .select(['topic_regulator.topic', 'org_unit.code'])
      .execute();
    expect(topics.map((r) => r.topic).sort()).toEqual([...CO_SUPERVISION_TOPICS].sort());
    // Every department leads enterprises of the register or co-supervises some.
    const working = await county
      .selectFrom('org_unit')
      .select('code')
      .where('kind', '=', 'REGULATOR')
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom('enterprise').select('id').whereRef('enterprise.regulator_id', '=', 'org_unit.id')),
          eb.exists(
            eb
              .selectFrom('enterprise_co_supervisor')
              .select('enterprise_id')
              .whereRef('enterprise_co_supervisor.regulator_id', '=', 'org_unit.id'),
          ),
        ]),
      )
      .execute();
    expect(working.map((r) => r.code).sort()).toEqual(REGULATORS.map((r) => r.code).sort());
  });

  it('grades mostly FAIR, lists a few RED and very few BLACK, with an address and a legal representative', async () => {
    const rows = await county
      .selectFrom('enterprise')
      .select(['grade', 'list_status', 'address', 'legal_representative'])
      .execute();
    const share = (predicate: (r: (typeof rows)[number]) => boolean) => rows.filter(predicate).length / rows.length;
    expect(share((r) => r.grade === 'GOOD')).toBeGreaterThan(0.2);
    expect(share((r) => r.grade === 'FAIR')).toBeGreaterThan(0.45);
    expect(share((r) => r.grade === 'POOR')).toBeLessThan(0.25);
    expect(share((r) => r.list_status === 'NONE')).toBeGreaterThan(0.9);
    expect(share((r) => r.list_status === 'BLACK')).toBeGreaterThan(0);
    expect(share((r) => r.list_status === 'BLACK')).toBeLessThan(share((r) => r.list_status === 'RED'));
    expect(rows.every((r) => /^清河县.+[路街道]\d+号$/.test(r.address ?? ''))).toBe(true);
    expect(rows.every((r) => /^[\u4e00-\u9fff]{2,3}$/.test(r.legal_representative ?? ''))).toBe(true);
  });

  it('loads the checklist templates, major criteria worded as the national standards', async () => {
    const templates = await county.selectFrom('checklist_template').select(['id', 'code', 'industries']).execute();
    expect(templates.map((t) => t.code).sort()).toEqual([
      'construction',
      'gas',
      'general',
      'hazardous-chemicals',
      'industry-trade',
    ]);
    for (const template of templates) {
      const items = await county
        .selectFrom('checklist_item')
        .selectAll()
        .where('template_id', '=', template.id)
        .orderBy('position')
        .execute();
      expect(items.length, template.code).toBeGreaterThanOrEqual(8);
      expect(items.length, template.code).toBeLessThanOrEqual(20);
      expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index + 1));
      expect(items.every((i) => i.basis !== null && i.basis.includes('《'))).toBe(true);
      expect(
        items.some((i) => i.major_criterion),
        template.code,
      ).toBe(template.code !== 'general');
      expect(template.industries.every((industry) => INDUSTRIES.includes(industry))).toBe(true);
    }
    const texts = await county
      .selectFrom('checklist_item')
      .select('text')
      .where('major_criterion', '=', true)
      .execute();
    expect(texts.map((t) => t.text)).toContain('危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格');
  });

  it('refuses to seed a database that is not empty, and leaves it untouched', async () => {
    await expect(
      seedDemoCounty(county, { demoPassword: DEMO_PASSWORD, withDemoUsers: true, enterpriseCount: 10 }),
    ).rejects.toThrow(DatabaseNotEmptyError);
    await expect(seedDemoCounty(county, { demoPassword: DEMO_PASSWORD, withDemoUsers: false })).rejects.toThrow(
      /not empty/,
    );
    expect(await countRows(county, 'enterprise')).toBe(DEFAULT_ENTERPRISE_COUNT);
    expect(await countRows(county, 'org_unit')).toBe(summary.orgUnits);
  });

  it('seeds no users in production (withDemoUsers false), and another seed draws another county', async () => {
    const production = await freshDatabase();
    const result = await seedDemoCounty(production, {
      demoPassword: DEMO_PASSWORD,
      withDemoUsers: false,
      enterpriseCount: 300,
      seed: 7,
    });
    expect(result).toMatchObject({ users: 0, enterprises: 300, orgUnits: summary.orgUnits });
    expect(await countRows(production, 'app_user')).toBe(0);
    expect(await countRows(production, 'leader_assignment')).toBe(0);
    expect(await countRows(production, 'enterprise')).toBe(300);
    expect(await firstNames(production, 50)).not.toEqual(await firstNames(county, 50));
  });
});
