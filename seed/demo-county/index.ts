// Seeds the demo county 清河县: org units, enterprises, checklists and, for demos, one login per role (and three
// enterprises' own accounts).
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ChecklistItemTable, DB, ListEntryTable, NewAppUser, NewEnterprise, OrgUnitTable } from '../../db/schema';
import { REGULATORS, regulatorCodeForIndustry, regulatorCodeForTopic } from '../../domain/regulators';
import { BLACK_LIST_GROUNDS, RED_LIST_GROUND, type BlackListGround } from '../../domain/lists';
import { createRng, type Rng } from '../../domain/rng';
import {
  CO_SUPERVISION_TOPICS,
  INDUSTRIES,
  type CoSupervisionTopic,
  type Grade,
  type Industry,
  type ListStatus,
  type OrgUnitKind,
  type Role,
} from '../../domain/types';
import { makeEnterpriseUscc } from '../../domain/uscc';
import { hashPassword } from '../../services/passwords';
import { CHECKLIST_TEMPLATES } from './checklists';
import { createDemoNamer, type Place } from './names';

export { COUNTY_NAME } from './names';
/** A fictional division code (河北省 has no 130999), so demo codes never collide with a real firm's. */
export const COUNTY_DIVISION_CODE = '130999';
export const COUNTY_OFFICE_CODE = 'county_office';
export const COUNTY_OFFICE_NAME = '县安全生产委员会办公室（应急管理局）';
export const DEFAULT_ENTERPRISE_COUNT = 2500;
export const DEFAULT_SEED = 20261129;
// Rows per INSERT: 500 enterprises x 10 columns stays far below PostgreSQL's 65,535 parameters.
const BATCH_SIZE = 500;

type Setting = 'urban' | 'rural' | 'park';

export interface TownshipDefinition extends Place {
  code: string;
  setting: Setting;
  /** Relative number of enterprises registered there. */
  size: number;
}

export const TOWNSHIPS: readonly TownshipDefinition[] = [
  { code: 'chengguan', name: '城关镇', setting: 'urban', size: 20, park: false },
  { code: 'dongguan', name: '东关街道', setting: 'urban', size: 11, park: false },
  { code: 'xiguan', name: '西关街道', setting: 'urban', size: 10, park: false },
  { code: 'beiyuan', name: '北苑街道', setting: 'urban', size: 8, park: false },
  { code: 'kaifaqu', name: '经济开发区', setting: 'park', size: 12, park: true },
  { code: 'nanhu', name: '南湖镇', setting: 'rural', size: 8, park: false },
  { code: 'liuzhuang', name: '柳庄镇', setting: 'rural', size: 8, park: false },
  { code: 'wangguanzhuang', name: '王官庄镇', setting: 'rural', size: 7, park: false },
  { code: 'matou', name: '马头镇', setting: 'rural', size: 8, park: false },
  { code: 'lianzhuang', name: '连庄镇', setting: 'rural', size: 8, park: false },
];

// Shares of a county's registry (percent): many small factories and crowded places, few chemical plants.
const INDUSTRY_SHARES: Record<Industry, number> = {
  OTHER: 23,
  FIRE_KEY_UNIT: 14,
  SPECIAL_EQUIPMENT: 10,
  SMALL_PREMISES: 6,
  SCHOOL: 3,
  FUEL_STATION: 2,
  MALL: 2,
  WATER_WORKS: 1,
  FOREST_AREA: 1,
  GEOLOGICAL_HAZARD_POINT: 1,
  CONSTRUCTION: 9,
  ROAD_TRANSPORT: 8,
  COMBUSTIBLE_DUST: 5,
  HAZARDOUS_CHEMICALS: 4,
  CONFINED_SPACE: 4,
  METALLURGY: 3,
  AMMONIA_REFRIGERATION: 2,
  GAS: 1,
  NON_COAL_MINE: 1,
};

// How much more (or less) an industry settles in each kind of place than the township's size says.
const SETTING_FACTORS: Partial<Record<Industry, Record<Setting, number>>> = {
  HAZARDOUS_CHEMICALS: { park: 12, urban: 0.1, rural: 0.3 },
  METALLURGY: { park: 3, urban: 0.3, rural: 1 },
  COMBUSTIBLE_DUST: { park: 2, urban: 0.5, rural: 1.2 },
  AMMONIA_REFRIGERATION: { park: 2, urban: 0.5, rural: 1 },
  NON_COAL_MINE: { park: 0, urban: 0, rural: 1 },
  FIRE_KEY_UNIT: { park: 0.3, urban: 2.5, rural: 0.6 },
  GAS: { park: 0.5, urban: 2, rural: 0.5 },
  SCHOOL: { park: 0.2, urban: 1.8, rural: 0.8 },
  MALL: { park: 0.2, urban: 3, rural: 0.4 },
  SMALL_PREMISES: { park: 0.3, urban: 2, rural: 0.8 },
  WATER_WORKS: { park: 0, urban: 0, rural: 1 },
  FOREST_AREA: { park: 0, urban: 0, rural: 1 },
  GEOLOGICAL_HAZARD_POINT: { park: 0, urban: 0, rural: 1 },
};

/** 共同监管: who else an enterprise of an industry answers to, by topic (pressure vessels, fire, gas, vehicles). */
export const CO_SUPERVISION_BY_INDUSTRY: Partial<Record<Industry, readonly CoSupervisionTopic[]>> = {
  HAZARDOUS_CHEMICALS: ['SPECIAL_EQUIPMENT', 'FIRE_SAFETY'],
  METALLURGY: ['SPECIAL_EQUIPMENT'],
  AMMONIA_REFRIGERATION: ['SPECIAL_EQUIPMENT'],
  ROAD_TRANSPORT: ['TRAFFIC_SAFETY'],
  SCHOOL: ['FIRE_SAFETY'],
  MALL: ['FIRE_SAFETY', 'GAS_SAFETY'],
  FUEL_STATION: ['FIRE_SAFETY'],
  SMALL_PREMISES: ['FIRE_SAFETY'],
};

const GRADE_WEIGHTS: readonly (readonly [Grade, number])[] = [
  ['GOOD', 30],
  ['FAIR', 55],
  ['POOR', 15],
];
const MAJOR_HAZARD_SOURCE_SHARE = 0.2;
// Red list (exemplary) only among GOOD firms, black list (serious violators) only among POOR ones.
const RED_LIST_SHARE_OF_GOOD = 0.1;
const BLACK_LIST_SHARE_OF_POOR = 0.03;

export interface SeedDemoCountyOptions {
  demoPassword: string;
  withDemoUsers: boolean;
  enterpriseCount?: number;
  seed?: number;
}

export interface SeedSummary {
  orgUnits: number;
  users: number;
  enterprises: number;
  majorHazardSources: number;
  checklistTemplates: number;
  checklistItems: number;
  firstEnterprise: { uscc: string; name: string };
}

export class DatabaseNotEmptyError extends Error {
  override name = 'DatabaseNotEmptyError';
}

/** True when nothing has been seeded yet (no org unit exists). */
export async function isDatabaseEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom('org_unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export async function seedDemoCounty(db: Kysely<DB>, options: SeedDemoCountyOptions): Promise<SeedSummary> {
  const count = options.enterpriseCount ?? DEFAULT_ENTERPRISE_COUNT;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`enterpriseCount must be a positive integer, got ${count}`);
  // One scrypt hash shared by every demo login: hashing each would take seconds.
  const passwordHash = options.withDemoUsers ? await hashPassword(options.demoPassword) : null;
  const rng = createRng(options.seed ?? DEFAULT_SEED);

  return db.transaction().execute(async (trx) => {
    if (!(await isDatabaseEmpty(trx))) {
      throw new DatabaseNotEmptyError(
        'refusing to seed the demo county: the database already has org units (it is not empty)',
      );
    }
    const orgIds = await insertOrgUnits(trx);
    await insertDivision(trx, orgIds);
    const enterprises = buildEnterprises(rng, count, orgIds);
    const enterpriseIds: number[] = [];
    for (const batch of batches(enterprises)) {
      const rows = await trx.insertInto('enterprise').values(batch).returning('id').execute();
      enterpriseIds.push(...rows.map((r) => r.id));
    }
    await insertCoSupervisors(trx, enterprises, enterpriseIds, orgIds);
    // Its own draws, so the rest of the county is what it was before the lists were kept.
    await insertListEntries(trx, enterprises, enterpriseIds, createRng((options.seed ?? DEFAULT_SEED) + 17));
    const users =
      passwordHash === null
        ? 0
        : (await insertDemoUsers(trx, orgIds, passwordHash)) +
          (await insertDemoEnterpriseUsers(trx, enterprises, enterpriseIds, passwordHash));
    const checklistItems = await insertChecklists(trx);
    const first = enterprises[0];
    if (!first) throw new RangeError('no enterprise was generated');
    return {
      orgUnits: orgIds.size,
      users,
      enterprises: enterprises.length,
      majorHazardSources: enterprises.filter((e) => e.major_hazard_source === true).length,
      checklistTemplates: CHECKLIST_TEMPLATES.length,
      checklistItems,
      firstEnterprise: { uscc: first.uscc, name: first.name },
    };
  });
}

/** Org unit ids by code. */
type OrgIds = Map<string, number>;

function idOf(ids: ReadonlyMap<string, number>, code: string): number {
  const id = ids.get(code);
  if (id === undefined) throw new RangeError(`nothing was inserted with code ${code}`);
  return id;
}

async function insertOrgUnits(trx: Transaction<DB>): Promise<OrgIds> {
  const office = await trx
    .insertInto('org_unit')
    .values({ code: COUNTY_OFFICE_CODE, name: COUNTY_OFFICE_NAME, kind: 'COUNTY_OFFICE', parent_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const unit = (code: string, name: string, kind: OrgUnitKind): Insertable<OrgUnitTable> => ({
    code,
    name,
    kind,
    parent_id: office.id,
  });
  const children = await trx
    .insertInto('org_unit')
    .values([
      ...REGULATORS.map((r) => unit(r.code, r.name, 'REGULATOR')),
      ...TOWNSHIPS.map((t) => unit(t.code, t.name, 'TOWNSHIP')),
    ])
    .returning(['id', 'code'])
    .execute();
  return new Map([[COUNTY_OFFICE_CODE, office.id], ...children.map((c): [string, number] => [c.code, c.id])]);
}

/** 监管分工 as the county starts with it (domain/regulators.ts): every industry and topic given its department. */
async function insertDivision(trx: Transaction<DB>, orgIds: OrgIds): Promise<void> {
  const industries = INDUSTRIES.map((industry) => {
    const code = regulatorCodeForIndustry(industry);
    return { industry, regulator_id: code === null ? null : idOf(orgIds, code) };
  });
  await trx
    .insertInto('industry_regulator')
    .values(industries)
    .onConflict((oc) => oc.column('industry').doUpdateSet((eb) => ({ regulator_id: eb.ref('excluded.regulator_id') })))
    .execute();
  await trx
    .insertInto('topic_regulator')
    .values(CO_SUPERVISION_TOPICS.map((topic) => ({ topic, regulator_id: idOf(orgIds, regulatorCodeForTopic(topic)) })))
    .execute();
}

async function insertCoSupervisors(
  trx: Transaction<DB>,
  enterprises: readonly NewEnterprise[],
  ids: readonly number[],
  orgIds: OrgIds,
): Promise<void> {
  const rows = enterprises.flatMap((e, index) =>
    (CO_SUPERVISION_BY_INDUSTRY[e.industry] ?? []).map((topic) => ({
      enterprise_id: ids[index] ?? -1,
      topic,
      regulator_id: idOf(orgIds, regulatorCodeForTopic(topic)),
    })),
  );
  for (const batch of batches(rows)) await trx.insertInto('enterprise_co_supervisor').values(batch).execute();
}

async function insertDemoUsers(trx: Transaction<DB>, orgIds: OrgIds, passwordHash: string): Promise<number> {
  const user = (username: string, displayName: string, role: Role, orgCode: string): NewAppUser => ({
    username,
    display_name: displayName,
    role,
    org_unit_id: idOf(orgIds, orgCode),
    password_hash: passwordHash,
  });
  const users: NewAppUser[] = [
    user('admin', '县安委办管理员', 'ADMIN', COUNTY_OFFICE_CODE),
    user('leader', '县分管领导', 'LEADER', COUNTY_OFFICE_CODE),
    ...REGULATORS.flatMap((r) => [
      user(`${r.code}.head`, `${r.name}负责人`, 'REGULATOR_HEAD', r.code),
      user(`${r.code}.staff`, `${r.name}执法人员`, 'REGULATOR_STAFF', r.code),
    ]),
    ...TOWNSHIPS.flatMap((t) => [
      user(`${t.code}.head`, `${t.name}负责人`, 'TOWNSHIP_HEAD', t.code),
      user(`${t.code}.staff`, `${t.name}安全监管员`, 'TOWNSHIP_STAFF', t.code),
    ]),
  ];
  const inserted = await trx.insertInto('app_user').values(users).returning(['id', 'username']).execute();
  const leader = inserted.find((u) => u.username === 'leader');
  if (!leader) throw new RangeError('the leader login was not created');
  // The leader is in charge of every sector, so every escalation ladder ends at someone.
  await trx
    .insertInto('leader_assignment')
    .values(INDUSTRIES.map((industry) => ({ user_id: leader.id, industry, township_id: null })))
    .execute();
  return inserted.length;
}

/**
 * The enterprises with their own demo accounts (企业安全管理人员), `enterprise1`… in this order: the first
 * hazardous-chemicals firm with a major hazard source, the first construction site, the first fire-safety key unit.
 */
export const DEMO_ENTERPRISE_ACCOUNTS: readonly ((e: NewEnterprise) => boolean)[] = [
  (e) => e.industry === 'HAZARDOUS_CHEMICALS' && e.major_hazard_source === true,
  (e) => e.industry === 'CONSTRUCTION',
  (e) => e.industry === 'FIRE_KEY_UNIT',
];

async function insertDemoEnterpriseUsers(
  trx: Transaction<DB>,
  enterprises: readonly NewEnterprise[],
  ids: readonly number[],
  passwordHash: string,
): Promise<number> {
  const users: NewAppUser[] = DEMO_ENTERPRISE_ACCOUNTS.flatMap((matches, n) => {
    const index = enterprises.findIndex(matches);
    const enterprise = enterprises[index];
    const id = ids[index];
    if (!enterprise || id === undefined) return [];
    return [
      {
        username: `enterprise${n + 1}`,
        display_name: `${enterprise.name}安全管理员`,
        role: 'ENTERPRISE',
        org_unit_id: null,
        enterprise_id: id,
        password_hash: passwordHash,
      },
    ];
  });
  if (users.length === 0) return 0;
  return (await trx.insertInto('app_user').values(users).returning('id').execute()).length;
}

/** Exactly the shares of INDUSTRY_SHARES (largest remainder), in a seeded shuffled order. */
function industryDeck(rng: Rng, count: number): Industry[] {
  const total = INDUSTRIES.reduce((sum, industry) => sum + INDUSTRY_SHARES[industry], 0);
  const quotas = INDUSTRIES.map((industry) => {
    const exact = (count * INDUSTRY_SHARES[industry]) / total;
    return { industry, n: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  const left = count - quotas.reduce((sum, q) => sum + q.n, 0);
  [...quotas]
    .sort((a, b) => b.remainder - a.remainder)
    .slice(0, left)
    .forEach((q) => {
      q.n += 1;
    });
  const deck = quotas.flatMap((q) => Array.from({ length: q.n }, () => q.industry));
  for (let i = deck.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    const a = deck[i];
    const b = deck[j];
    if (a === undefined || b === undefined) throw new RangeError('shuffle index out of range');
    deck[i] = b;
    deck[j] = a;
  }
  return deck;
}

function townshipWeights(industry: Industry): (readonly [TownshipDefinition, number])[] {
  const factors = SETTING_FACTORS[industry];
  return TOWNSHIPS.map((t): [TownshipDefinition, number] => [t, t.size * (factors ? factors[t.setting] : 1)]);
}

function buildEnterprises(rng: Rng, count: number, orgIds: OrgIds): NewEnterprise[] {
  const namer = createDemoNamer(rng);
  const weights = new Map(INDUSTRIES.map((industry) => [industry, townshipWeights(industry)]));
  const serials = new Set<number>();
  return industryDeck(rng, count).map((industry) => {
    const township = rng.weighted(weights.get(industry) ?? townshipWeights(industry));
    let serial = rng.int(1e8);
    while (serials.has(serial)) serial = rng.int(1e8);
    serials.add(serial);
    const grade = rng.weighted(GRADE_WEIGHTS);
    const listDraw = rng.next();
    const listStatus: ListStatus =
      grade === 'GOOD' && listDraw < RED_LIST_SHARE_OF_GOOD
        ? 'RED'
        : grade === 'POOR' && listDraw < BLACK_LIST_SHARE_OF_POOR
          ? 'BLACK'
          : 'NONE';
    const majorHazardDraw = rng.next();
    return {
      uscc: makeEnterpriseUscc(COUNTY_DIVISION_CODE, serial),
      name: namer.enterpriseName(industry, township),
      industry,
      township_id: idOf(orgIds, township.code),
      // 属地管理: the township leads an industry no department does.
      regulator_id: idOf(orgIds, regulatorCodeForIndustry(industry) ?? township.code),
      major_hazard_source: industry === 'HAZARDOUS_CHEMICALS' && majorHazardDraw < MAJOR_HAZARD_SOURCE_SHARE,
      grade,
      list_status: listStatus,
      address: namer.address(township),
      legal_representative: namer.personName(),
    };
  });
}

/** DEMO_BLACK_LIST_EVIDENCE per ground: what the office recorded when it decided the listing. */
const DEMO_BLACK_LIST_EVIDENCE: Record<BlackListGround, string> = {
  MAJOR_HAZARD_NOT_RECTIFIED: '挂牌督办的重大事故隐患逾期未整改，经复查仍未消除，有现场检查记录和复查意见书为证。',
  REFUSED_INSPECTION: '执法人员依法检查时拒不开门、阻挠检查，有执法记录仪视频和现场笔录为证。',
  CONCEALED_ACCIDENT: '发生一般生产安全事故后未按规定报告，经群众举报核实，有调查报告为证。',
  DEFIED_SUSPENSION_ORDER: '被责令停产整顿期间擅自恢复生产，有夜间巡查记录和照片为证。',
  FALSIFIED_RECORDS: '提供的安全培训记录和检测报告经核查系伪造，有核查笔录为证。',
  RESPONSIBLE_FOR_ACCIDENT: '对较大生产安全事故负有责任，有事故调查报告结论为证。',
};

/**
 * The register's lists as the office decided them: a black-listing with its ground, period (three years, decided
 * some months ago) and evidence; a red entry from an earlier grading. The workers start each black-listing's workflow.
 */
async function insertListEntries(
  trx: Transaction<DB>,
  enterprises: readonly NewEnterprise[],
  ids: readonly number[],
  rng: Rng,
): Promise<void> {
  const now = Date.now();
  const day = 86_400_000;
  const rows = enterprises.flatMap((e, i): Insertable<ListEntryTable>[] => {
    const enterpriseId = ids[i];
    if (enterpriseId === undefined || !e.list_status || e.list_status === 'NONE') return [];
    const startsAt = new Date(now - (30 + rng.int(300)) * day);
    if (e.list_status === 'RED')
      return [
        {
          enterprise_id: enterpriseId,
          list: 'RED' as const,
          ground: RED_LIST_GROUND,
          starts_at: startsAt,
          decided_at: startsAt,
        },
      ];
    const ground = BLACK_LIST_GROUNDS[rng.int(BLACK_LIST_GROUNDS.length)] ?? 'MAJOR_HAZARD_NOT_RECTIFIED';
    const endsAt = new Date(startsAt.getTime());
    endsAt.setUTCFullYear(endsAt.getUTCFullYear() + 3);
    return [
      {
        enterprise_id: enterpriseId,
        list: 'BLACK' as const,
        ground,
        evidence: DEMO_BLACK_LIST_EVIDENCE[ground],
        starts_at: startsAt,
        ends_at: endsAt,
        decided_at: startsAt,
      },
    ];
  });
  for (const batch of batches(rows)) await trx.insertInto('list_entry').values(batch).execute();
}

async function insertChecklists(trx: Transaction<DB>): Promise<number> {
  const templates = await trx
    .insertInto('checklist_template')
    .values(CHECKLIST_TEMPLATES.map((t) => ({ code: t.code, name: t.name, industries: JSON.stringify(t.industries) })))
    .returning(['id', 'code'])
    .execute();
  const ids = new Map(templates.map((t) => [t.code, t.id]));
  const items: Insertable<ChecklistItemTable>[] = CHECKLIST_TEMPLATES.flatMap((t) =>
    t.items.map((item, index) => ({
      template_id: idOf(ids, t.code),
      position: index + 1,
      category: item.category,
      text: item.text,
      basis: item.basis,
      major_criterion: item.majorCriterion,
    })),
  );
  for (const batch of batches(items)) await trx.insertInto('checklist_item').values(batch).execute();
  return items.length;
}

function* batches<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) yield rows.slice(start, start + BATCH_SIZE);
}
